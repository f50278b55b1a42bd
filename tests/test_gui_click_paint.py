"""GUI: what a click in the map repaints — the panes whose content changed, the window's
layout left alone, and everything a writer sees the same as before."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kartedit.gui.writer.main_window import MainWindow
from kartedit.gui.writer.painting import NO_PAINT_THREADS


@pytest.fixture
def fresh_window(qtbot, demo_db: Path, author: None) -> Iterator[MainWindow]:
    """A main window made inside the test (after the test's changes to the environment)."""
    from kartedit.services.workspace import Workspace

    workspace = Workspace.open(demo_db)
    main = MainWindow(workspace)
    main.apply_default_layout()
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
    main.deleteLater()
    workspace.close()


@pytest.fixture
def no_paint_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(NO_PAINT_THREADS, raising=False)


def test_the_window_keeps_qt_fills_on_the_painting_thread(
    no_paint_setting: None, fresh_window: MainWindow
) -> None:
    import os

    assert os.environ[NO_PAINT_THREADS] == "1"
