"""GUI for local editions: the switcher, compare and diff views, the three-way carry-over,
the deviation overview, edition dialogs and the editions controller."""
