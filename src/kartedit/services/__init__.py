"""Application services: one function or method per user action, for the window and the CLI."""
