"""GUI for the reviewer: the reviewer window, its text view, actions, comment dialogs,
comments panel and the work that writes the response bundle."""
