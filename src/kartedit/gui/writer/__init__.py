"""GUI for the writer: the main window, editor, preview, history, search, find-and-replace,
recovery, map tree, status bar, settings and File → Publish…"""
