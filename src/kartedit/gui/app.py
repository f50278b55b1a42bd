"""GUI: start-up — parse window options, create the QApplication, show the main window."""

from __future__ import annotations

from collections.abc import Sequence


def run_gui(argv: Sequence[str]) -> int:
    raise SystemExit("kartedit: the window is not built yet")
