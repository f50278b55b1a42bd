"""GUI for the coordinator: Hearing → Start hearing round… and Export review bundle…."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QListWidget,
    QMessageBox,
    QWidget,
)

from kartedit.bundle.kartbundle import read_bundle
from kartedit.domain.bundles import BundleKind
from kartedit.domain.sections import SectionRef
from kartedit.gui.common import confirm
from kartedit.gui.hearing.start_round_dialog import StartRoundDialog
from kartedit.gui.writer.main_window import MainWindow
from kartedit.services.bundles import validate_bundle
from kartedit.services.publish.publisher import Publisher
from kartedit.services.rounds import list_rounds, start_round
from kartedit.services.workspace import Workspace
from tests.bundle_support import KARI

BUP_ROLE = SectionRef.parse("angst/bup/role")
GP_ROLE = SectionRef.parse("angst/fastlege/role")


pytestmark = pytest.mark.usefixtures("coordinator")


@pytest.fixture
def main(qapp: QApplication, workspace: Workspace) -> Iterator[MainWindow]:
    window = MainWindow(workspace)
    yield window
    for widget in qapp.topLevelWidgets():
        if isinstance(widget, QDialog):
            widget.close()
    window.close()
    window.deleteLater()
    qapp.processEvents()


@pytest.fixture
def offers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """confirm.ask answers «no» and records what it was asked."""
    asked: list[str] = []

    def ask(_parent: QWidget | None, _title: str, text: str, *_a: object, **_k: object) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(confirm, "ask", ask)
    return asked


def check(widget: QListWidget, slug: str) -> None:
    for row in range(widget.count()):
        item = widget.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == slug:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{slug} is not in the list")


def set_date(dialog: StartRoundDialog, day: date) -> None:
    dialog.deadline.setDate(QDate(day.year, day.month, day.day))


def status_text(main: MainWindow, ref: SectionRef) -> str:
    main.tree.load(ref.pathway)
    return str(main.tree.model.index_of(ref).siblingAtColumn(1).data())


def test_starting_a_round_through_the_dialog_puts_its_sections_in_hearing(
    main: MainWindow, workspace: Workspace, offers: list[str]
) -> None:
    main.tree.load("angst")
    assert not status_text(main, BUP_ROLE).startswith("In hearing")
    dialog = main.hearing.start_round()
    assert isinstance(dialog, StartRoundDialog)
    assert dialog.deadline.displayFormat() == "dd.MM.yyyy"
    assert dialog.deadline.calendarPopup()
    assert dialog.deadline_date() == date(2027, 1, 4)  # six weeks after the clock's today
    # Six weeks from 23 November span Christmas: a warning, not a refusal.
    assert dialog.deadline_warning.text() == (
        "The hearing period spans Christmas; consider one more week."
    )
    dialog.deadline.setDate(date(2026, 12, 21))
    assert dialog.deadline_warning.text() == (
        "The deadline is only 28 days away; hearings usually give at least six weeks."
    )
    assert dialog.edition.currentData() == "regional"
    assert dialog.started_by.text() == "Kari Koordinator (Helse Bergen)"
    dialog.name.setText("Høring angst BUP 2027")
    check(dialog.pathways, "angst")
    check(dialog.services, "bup")
    assert dialog.language.currentData() == "nb"
    dialog.questions.setPlainText("Er **rolla** til BUP klar?")
    dialog.language.setCurrentIndex(dialog.language.findData("nn"))
    assert not dialog.names_consent.isChecked()
    dialog.names_consent.setChecked(True)

    dialog.accept()

    [started] = list_rounds(workspace)
    assert started.name == "Høring angst BUP 2027" and started.is_open
    assert (started.questions, started.language) == ("Er **rolla** til BUP klar?", "nn")
    assert started.names_consent
    assert started.scope.pathways == ("angst",) and started.scope.services == ("bup",)
    assert started.deadline == date(2026, 12, 21) and started.started_by == KARI
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert status_text(main, BUP_ROLE).startswith("In hearing")
    assert not status_text(main, GP_ROLE).startswith("In hearing")
    assert len(offers) == 1 and "Høring angst BUP 2027" in offers[0]


def test_the_written_standard_starts_as_the_chosen_editions(
    main: MainWindow, workspace: Workspace, offers: list[str]
) -> None:
    Publisher(workspace).set_language("bergen", "nn")
    dialog = main.hearing.start_round()
    assert dialog.language.currentData() == "nb"
    dialog.edition.setCurrentIndex(dialog.edition.findData("bergen"))
    assert dialog.language.currentData() == "nn"
    dialog.edition.setCurrentIndex(dialog.edition.findData("regional"))
    assert dialog.language.currentData() == "nb"
    dialog.reject()


def test_a_past_deadline_shows_the_services_message_and_starts_nothing(
    main: MainWindow, workspace: Workspace, offers: list[str]
) -> None:
    dialog = main.hearing.start_round()
    dialog.name.setText("For seint")
    set_date(dialog, date(2026, 11, 1))

    dialog.accept()

    assert list_rounds(workspace) == []
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.error.isHidden()
    assert "01.11.2026 has already passed" in dialog.error.text()
    assert dialog.name.text() == "For seint"  # what was typed stays
    assert offers == []

    set_date(dialog, date(2027, 1, 15))
    dialog.accept()
    assert [r.name for r in list_rounds(workspace)] == ["For seint"]
    assert dialog.error.isHidden()


def test_an_overlapping_round_is_refused_inside_the_dialog(
    main: MainWindow, workspace: Workspace, offers: list[str]
) -> None:
    start_round(workspace, name="Første", deadline=date(2027, 1, 15), author=KARI)
    dialog = main.hearing.start_round()
    dialog.name.setText("Andre")
    dialog.accept()
    assert [r.name for r in list_rounds(workspace)] == ["Første"]
    assert dialog.isVisible() and dialog.error.text()


def test_exporting_the_review_bundle_through_the_menu(
    qtbot,
    main: MainWindow,
    workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started = start_round(
        workspace,
        name="Høring angst 2027",
        deadline=date(2027, 1, 15),
        author=KARI,
        pathways=["angst"],
    )
    target = tmp_path / "ut" / "sendes.kartbundle"
    target.parent.mkdir()
    suggested: list[str] = []

    def save_name(_parent: object, _title: str, default: str, *_args: object) -> tuple[str, str]:
        suggested.append(default)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    main.hearing.export_bundle_action.trigger()

    assert Path(suggested[0]).name == "høyring-høring-angst-2027-2026-11-23.kartbundle"
    assert validate_bundle(target) == []
    bundle = read_bundle(target, BundleKind.REVIEW)
    assert bundle.manifest.round.id == started.id
    assert any(s.ref == BUP_ROLE for s in bundle.manifest.sections)
    assert all(s.ref.pathway == "angst" for s in bundle.manifest.sections)
    [message] = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and str(target) in w.text()
    ]
    assert "hearing participants" in message.text()
    [ok] = message.buttons()  # one button to acknowledge; pressing it closes the message
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not message.isVisible()


def test_exporting_without_an_open_round_says_so(
    main: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    problems: list[str] = []
    monkeypatch.setattr(
        "kartedit.gui.common.errors.show_user_error",
        lambda _p, e: problems.append(e.message),
    )
    assert main.hearing.export_review_bundle() is None
    assert problems and "no open hearing round" in problems[0]


def test_exporting_the_hearing_document_through_the_menu(
    main: MainWindow,
    workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.word_support import custom_properties

    started = start_round(
        workspace, name="Høring angst 2027", deadline=date(2027, 1, 15), author=KARI,
        pathways=["angst"], services=["bup"],
    )  # fmt: skip
    target = tmp_path / "hoyring"
    suggested: list[str] = []

    def save_name(_parent: object, _title: str, default: str, *_args: object) -> tuple[str, str]:
        suggested.append(default)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    main.hearing.export_document_action.trigger()

    assert Path(suggested[0]).name == "høyring-høring-angst-2027-2026-11-23.docx"
    written = target.with_name("hoyring.docx")
    assert custom_properties(written)["kartedit-round-id"] == started.id
    [message] = [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and str(written) in getattr(w, "text", lambda: "")()
    ]
    assert "Word or LibreOffice" in message.text()  # type: ignore[attr-defined]


def test_a_map_without_rounds_points_the_coordinator_to_the_menu(
    qapp: QApplication, qtbot, workspace: Workspace
) -> None:
    """The hearing view's empty page names the menu that starts a round, not a command line."""
    from kartedit.gui.common.i18n import install_translator
    from kartedit.gui.hearing.hearing_window import HearingWindow

    install_translator(qapp, "nb")
    try:
        window = HearingWindow(workspace, author=lambda: None)
        qtbot.addWidget(window)
        shown = window.text.empty.text()
        assert "Start en i hovedvinduet med Høring → Start høringsrunde…" in shown
        assert "kartedit" not in shown
    finally:
        install_translator(qapp, "en")
