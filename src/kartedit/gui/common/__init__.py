"""GUI pieces every window shares: start-up, error dialogs, confirmation, labels, theme,
icons, translations and small widget parts."""
