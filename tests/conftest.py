"""Shared test set-up: offscreen Qt, private settings and data folders, a demo database."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite asserts kartedit's own (English) words unless a test chooses a language: a
# developer's Norwegian desktop locale must not decide what the window and the CLI say.
for _variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_variable, None)
os.environ["LANG"] = "C.UTF-8"
os.environ.setdefault("KARTEDIT_NO_ERROR_DIALOGS", "1")

# Timing never decides a test on a shared, busy machine: no deadline, the same examples
# every run (derandomize) and no example database carried between runs.
settings.register_profile(
    "kartedit",
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("kartedit")


@pytest.fixture(autouse=True)
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the real user's settings, database or recovery files."""
    monkeypatch.setenv("KARTEDIT_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("KARTEDIT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("KARTEDIT_AUTHOR", raising=False)
    return tmp_path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kartedit.services.folders import import_demo
    from kartedit.services.workspace import Workspace

    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    workspace = Workspace.create(path)
    import_demo(workspace)
    workspace.close()
    return path


@pytest.fixture
def demo_db(tmp_path: Path, demo_template: Path) -> Path:
    """A fresh copy of the demo map database for one test."""
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    return path


class FixedClock:
    """A clock that starts at a known moment and ticks one minute per reading."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def workspace(demo_db: Path, clock: FixedClock) -> Iterator[object]:
    from kartedit.services.workspace import Workspace

    ws = Workspace.open(demo_db, clock=clock)
    yield ws
    ws.close()


# -- GUI: who is writing, the main window, closing what a test left open ------------------


@pytest.fixture
def author() -> None:
    """The writer the main window saves as, from the settings."""
    from kartedit.services.settings import Settings, save_settings

    save_settings(Settings(author_name="Kari Tester", author_organisation="Testkommune"))


@pytest.fixture
def coordinator() -> None:
    """The hearing's coordinator, from the settings (``tests.bundle_support.KARI``)."""
    from kartedit.services.settings import Settings, save_settings
    from tests.bundle_support import KARI

    save_settings(Settings(author_name=KARI.name, author_organisation=KARI.organisation))


@pytest.fixture
def window(qtbot, demo_db: Path, author: None) -> Iterator[object]:
    """The main window on the demo map, shown. Not handed to qtbot: its clean-up would close
    the window before the test's unsaved changes are dropped."""
    with shown_main_window(qtbot, demo_db) as main:
        yield main


@contextmanager
def shown_main_window(qtbot, db: Path) -> Iterator[Any]:
    """A main window on ``db``, shown; closed afterwards with its unsaved text dropped (a
    test that must make it itself — after changing the environment — uses this too)."""
    from kartedit.gui.writer.main_window import MainWindow
    from kartedit.services.workspace import Workspace

    workspace = Workspace.open(db)
    main = MainWindow(workspace)
    main.apply_default_layout()
    main.show()
    qtbot.waitExposed(main)
    try:
        yield main
    finally:
        main.editor.editor.document().setModified(False)
        main.close()
        main.deleteLater()
        workspace.close()


@pytest.fixture
def close_windows(qapp) -> Iterator[None]:
    """After the test: close reviewer windows, hearing windows and dialogs left open."""
    from PySide6.QtWidgets import QDialog

    from kartedit.gui.hearing.hearing_window import HearingWindow
    from kartedit.gui.review import reviewer_window

    yield
    for opened in list(reviewer_window._windows.values()):
        opened.close()
    reviewer_window._windows.clear()
    for widget in qapp.topLevelWidgets():
        if isinstance(widget, QDialog | HearingWindow):
            widget.close()
    qapp.processEvents()


def type_text(qtbot, window, text: str) -> None:
    """Type at the end of the main window's editor (QTest types single-line text only)."""
    editor = window.editor.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, text)
