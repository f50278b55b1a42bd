"""GUI pieces every window shares: start-up, error dialogs, confirmation, labels, theme,
icons, translations, who is writing, window size and place, and small widget parts."""
