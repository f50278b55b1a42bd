"""A bundle opened from outside a map (double-click, command line, a drop on any window):
a response is imported into the map the user picks, an approved bundle is previewed, then
applied; the map is remembered for next time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from kartedit.gui.common import bundle_open
from kartedit.gui.common.i18n import install_translator
from kartedit.gui.writer.main_window import MainWindow
from kartedit.services.decisions import Decisions
from kartedit.services.settings import default_database, load_settings
from kartedit.services.workspace import Workspace
from tests.test_approved import INTERVENTION, approved, municipality  # noqa: F401 (fixtures)
from tests.test_gui_coordinator import (  # noqa: F401 (fixtures)
    Hearing,
    hearing,
    run_import,
)

pytestmark = pytest.mark.usefixtures("coordinator", "close_windows")
SHOTS = Path("/work/notes/shots")


@pytest.fixture
def nb(qapp: QApplication) -> Iterator[None]:
    install_translator(qapp, "nb")
    yield
    install_translator(qapp, "en")


class Chooser:
    """The map chooser: answers with the maps queued (then cancels), records its suggestions."""

    def __init__(self) -> None:
        self.answers: list[Path] = []
        self.suggested: list[Path] = []

    def append(self, answer: Path) -> None:
        self.answers.append(answer)

    def __call__(self, _parent: object, suggestion: Path) -> Path | None:
        self.suggested.append(suggestion)
        return self.answers.pop(0) if self.answers else None


@pytest.fixture
def picked(monkeypatch: pytest.MonkeyPatch) -> Chooser:
    chooser = Chooser()
    monkeypatch.setattr(bundle_open, "choose_map", chooser)
    return chooser


@pytest.fixture
def windows() -> Iterator[list[MainWindow]]:
    opened: list[MainWindow] = []
    yield opened
    for window in opened:
        window.close()


def _shot(widget: object, name: str) -> None:
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / name))


def test_a_response_bundle_is_imported_into_the_map_the_user_picks(
    qtbot: QtBot,
    nb: None,
    hearing: Hearing,  # noqa: F811
    workspace: Workspace,
    picked: Chooser,
    windows: list[MainWindow],
) -> None:
    before = len(Decisions(workspace).comments(hearing.round.id))
    picked.append(workspace.path)
    window = bundle_open.open_any_bundle(hearing.paths[0])
    assert isinstance(window, MainWindow)
    windows.append(window)
    assert window.workspace.path == workspace.path
    qtbot.waitUntil(lambda: window.hearing.importer is not None, timeout=5_000)
    dialog = run_import(qtbot, window.hearing.importer)
    assert len(dialog.report.files) == 1
    _shot(dialog, "dist_response_import_nb.png")
    after = len(Decisions(workspace).comments(hearing.round.id))
    assert after == before + len(hearing.responses[0].comments)
    assert load_settings().last_map == str(workspace.path)


def test_the_map_chooser_suggests_the_map_used_last_time(
    qtbot: QtBot,
    hearing: Hearing,  # noqa: F811
    workspace: Workspace,
    picked: Chooser,
    windows: list[MainWindow],
) -> None:
    assert bundle_open.open_in_map(hearing.paths[0]) is None  # cancelled: nothing opens
    assert picked.suggested == [default_database()]
    picked.append(workspace.path)
    window = bundle_open.open_in_map(hearing.paths[1])
    assert window is not None
    windows.append(window)
    qtbot.waitUntil(lambda: window.hearing.importer is not None, timeout=5_000)
    run_import(qtbot, window.hearing.importer)
    assert bundle_open.open_in_map(hearing.paths[2]) is None
    assert picked.suggested[-1] == workspace.path


def test_an_approved_bundle_shows_what_it_will_change_then_applies(
    qtbot: QtBot,
    nb: None,
    approved: Path,  # noqa: F811
    municipality: Workspace,  # noqa: F811
    picked: Chooser,
    windows: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        box.show()
        _shot(box, "dist_approved_preview_nb.png")
        shown.append(f"{box.text()}\n{box.informativeText()}")
        apply = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.AcceptRole)
        apply.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    picked.append(municipality.path)
    regional_before = municipality.section(INTERVENTION).revision_id
    window = bundle_open.open_any_bundle(approved)
    assert isinstance(window, MainWindow)
    windows.append(window)
    assert len(shown) == 1
    assert "Ny regional tekst: Depresjon" in shown[0]
    assert "bergen" in shown[0]  # the adaptation that goes stale is named before applying
    assert "Allerede oppdatert: 5 seksjoner" in shown[0]
    assert municipality.section(INTERVENTION).revision_id != regional_before
    assert municipality.section(INTERVENTION).status.value == "approved"


def test_an_approved_bundle_is_left_alone_when_the_user_cancels(
    approved: Path,  # noqa: F811
    municipality: Workspace,  # noqa: F811
    picked: Chooser,
    windows: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(bundle_open, "choose_map", lambda *_: municipality.path)
    monkeypatch.setattr("kartedit.gui.common.confirm.ask", lambda *_a, **_k: False)
    before = municipality.section(INTERVENTION).revision_id
    window = bundle_open.open_any_bundle(approved)
    assert isinstance(window, MainWindow)
    windows.append(window)
    assert municipality.section(INTERVENTION).revision_id == before
