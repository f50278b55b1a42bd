"""Frozen build's windowed entry script (Windows): the ``kartedit-gui`` entry point, no console."""

from kartedit.__main__ import gui

if __name__ == "__main__":
    raise SystemExit(gui())
