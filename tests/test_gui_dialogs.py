"""Tests for the window's dialogs and panels: errors, find/replace, search, settings, recovery."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from kartedit.bundle.problems import BundleError
from kartedit.domain.errors import StoreError, UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP, Message
from kartedit.domain.model import SearchHit
from kartedit.domain.sections import SectionKind, SectionRef
from kartedit.gui.common import errors
from kartedit.gui.common.errors import CrashDialog, install_crash_handler, show_user_error
from kartedit.gui.common.i18n import install_translator
from kartedit.gui.writer.find_replace import FindReplaceBar
from kartedit.gui.writer.recovery_dialog import RecoveryDialog, ask_recovery
from kartedit.gui.writer.search_panel import SNIPPET_HTML_ROLE, SearchPanel, snippet_parts
from kartedit.gui.writer.settings_dialog import SettingsDialog
from kartedit.services.recovery import RecoveryStore
from kartedit.services.settings import Settings, load_settings, save_settings

REF = SectionRef("angst", "fastlege", SectionKind.ASSESSMENT)


@pytest.fixture(autouse=True)
def reset_error_dialog_switch() -> Iterator[None]:
    yield
    errors._dialogs_enabled = None


# -- errors ---------------------------------------------------------------------------


def test_user_error_without_dialogs_goes_to_stderr(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    assert not errors.error_dialogs_enabled()  # conftest sets KARTEDIT_NO_ERROR_DIALOGS=1
    show_user_error(None, StoreError("kart.sqlite: the database is read-only.", detail="SQL"))
    assert "the database is read-only" in capsys.readouterr().err


def test_user_error_dialog_shows_message_and_folded_detail(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    errors.set_error_dialogs_enabled(True)
    message = "kart.sqlite: the disk is full. Free some space and try again; nothing was saved."
    show_user_error(None, StoreError(message, detail="sqlite3.OperationalError: full"))
    (box,) = shown
    assert box.text() == message
    assert box.detailedText() == "sqlite3.OperationalError: full"
    assert box.icon() == QMessageBox.Icon.Warning


def test_a_bundles_problems_are_detailed_in_the_readers_language(
    qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A refused bundle names its first problem and lists all of them behind «Show
    Details…»: that list is for the reader too, in nynorsk for a nynorsk window."""
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    errors.set_error_dialogs_enabled(True)

    def problem(label: str, source: str) -> Message:
        return Message.of(
            QT_TRANSLATE_NOOP("Errors", "{label}: {problem}"),
            label=label,
            problem=Message.of(source),
        )

    error = BundleError(
        [
            problem("svar-kari.kartbundle", QT_TRANSLATE_NOOP("Errors", "no such file.")),
            problem(
                "svar-ola.kartbundle",
                QT_TRANSLATE_NOOP("Errors", "the file is empty: not a kartedit bundle."),
            ),
        ]
    )
    install_translator(qapp, "nn")
    try:
        show_user_error(None, error)
    finally:
        install_translator(qapp, "en")
    (box,) = shown
    assert box.text() == "svar-kari.kartbundle: fila finst ikkje. (og 1 problem til)"
    assert box.detailedText().splitlines() == [
        "svar-kari.kartbundle: fila finst ikkje.",
        "svar-ola.kartbundle: fila er tom: ikkje ein kartedit-pakke.",
    ]


def test_crash_handler_logs_and_shows_one_dialog(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs: list[CrashDialog] = []

    def fake_exec(dialog: CrashDialog) -> int:
        dialogs.append(dialog)
        handler.handle(RuntimeError, RuntimeError("second"), None)  # a cascade while open
        return 0

    monkeypatch.setattr(CrashDialog, "exec", fake_exec)
    errors.set_error_dialogs_enabled(True)
    log_path = tmp_path / "logs" / "kartedit.log"
    previous = sys.excepthook
    handler = install_crash_handler(QApplication.instance(), log_path)  # type: ignore[arg-type]
    try:
        assert sys.excepthook == handler.handle
        try:
            raise ZeroDivisionError("division by zero in a slot")
        except ZeroDivisionError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        handler.uninstall()
    assert sys.excepthook is previous
    assert len(dialogs) == 1
    report = dialogs[0].report()
    assert "ZeroDivisionError: division by zero in a slot" in report
    assert str(log_path) in report
    assert "0.1.0" in report
    logged = log_path.read_text(encoding="utf-8")
    assert "division by zero in a slot" in logged
    assert "RuntimeError: second" in logged
    dialogs[0].copy_details()
    assert "ZeroDivisionError" in QGuiApplication.clipboard().text()


def test_crash_handler_without_dialogs_prints_and_logs(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log_path = tmp_path / "kartedit.log"
    handler = install_crash_handler(QApplication.instance(), log_path)  # type: ignore[arg-type]
    try:
        handler.handle(ValueError, ValueError("bad value"), None)
    finally:
        handler.uninstall()
    err = capsys.readouterr().err
    assert "ValueError: bad value" in err
    assert str(log_path) in err
    assert "bad value" in log_path.read_text(encoding="utf-8")


def test_the_log_keeps_to_a_megabyte_and_three_older_files(qtbot: QtBot, tmp_path: Path) -> None:
    log_path = tmp_path / "kartedit.log"
    handler = install_crash_handler(QApplication.instance(), log_path)  # type: ignore[arg-type]
    try:
        for n in range(9):  # two to a file
            errors.log.warning("entry %d %s", n, "x" * 400_000)
    finally:
        handler.uninstall()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "kartedit.log",
        "kartedit.log.1",
        "kartedit.log.2",
        "kartedit.log.3",
    ]
    assert "entry 8" in log_path.read_text(encoding="utf-8")
    assert all(p.stat().st_size < 1_000_000 for p in tmp_path.iterdir())


def test_a_user_error_reaching_the_hook_gets_the_calm_dialog(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calm: list[UserError] = []
    monkeypatch.setattr(errors, "show_user_error", lambda parent, error: calm.append(error))
    monkeypatch.setattr(CrashDialog, "exec", lambda dialog: pytest.fail("no crash dialog"))
    errors.set_error_dialogs_enabled(True)
    handler = install_crash_handler(QApplication.instance(), tmp_path / "k.log")  # type: ignore[arg-type]
    try:
        handler.handle(UserError, UserError("The file is missing."), None)
    finally:
        handler.uninstall()
    assert [e.message for e in calm] == ["The file is missing."]


def test_crash_dialog_opens_and_closes(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = CrashDialog("0.1.0", "Traceback …", tmp_path / "kartedit.log")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.details_view.toPlainText() == "Traceback …"
    assert dialog.details_view.isReadOnly()
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert str(tmp_path / "kartedit.log") in labels  # where to find the log, for a report
    close = next(b for b in dialog.findChildren(QPushButton) if b.accessibleName() == "Close")
    assert close.isDefault()  # Enter closes it
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


# -- find and replace -----------------------------------------------------------------


@pytest.fixture
def editor_and_bar(qtbot: QtBot) -> tuple[QPlainTextEdit, FindReplaceBar]:
    editor = QPlainTextEdit("Angst hos barn. Barn med angst trenger hjelp. ANGST er vanleg.")
    bar = FindReplaceBar(editor)
    qtbot.addWidget(editor)
    qtbot.addWidget(bar)
    editor.show()
    return editor, bar


def test_find_is_case_insensitive_and_counts(
    qtbot: QtBot, editor_and_bar: tuple[QPlainTextEdit, FindReplaceBar]
) -> None:
    editor, bar = editor_and_bar
    bar.open_find()
    assert bar.isVisible()
    qtbot.keyClicks(bar.find_edit, "angst")
    assert editor.textCursor().selectedText() == "Angst"
    assert bar.counter_text() == "1 of 3"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert bar.counter_text() == "2 of 3"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert editor.textCursor().selectedText() == "ANGST"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)  # wraps around
    assert bar.counter_text() == "1 of 3"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.counter_text() == "3 of 3"


def test_match_case(qtbot: QtBot, editor_and_bar: tuple[QPlainTextEdit, FindReplaceBar]) -> None:
    _editor, bar = editor_and_bar
    bar.open_find()
    bar.case_box.setChecked(True)
    qtbot.keyClicks(bar.find_edit, "ANGST")
    assert bar.counter_text() == "1 of 1"
    bar.find_edit.setText("angsten")
    bar.find_next()
    assert bar.counter_text() == "No matches"
    assert not bar.next_button.isEnabled()


def test_replace_and_replace_all_is_one_undo_step(
    qtbot: QtBot, editor_and_bar: tuple[QPlainTextEdit, FindReplaceBar]
) -> None:
    editor, bar = editor_and_bar
    original = editor.toPlainText()
    bar.open_replace()
    assert bar.replace_edit.isVisible()
    bar.find_edit.setText("barn")
    bar.replace_edit.setText("ungdom")
    assert bar.find_next()
    assert bar.replace()
    assert editor.toPlainText().startswith("Angst hos ungdom.")
    editor.undo()
    assert editor.toPlainText() == original
    bar.find_edit.setText("angst")
    bar.replace_edit.setText("uro")
    assert bar.replace_all() == 3
    assert editor.toPlainText() == "uro hos barn. Barn med uro trenger hjelp. uro er vanleg."
    editor.undo()
    assert editor.toPlainText() == original


def test_read_only_editor_cannot_be_replaced_in(
    qtbot: QtBot, editor_and_bar: tuple[QPlainTextEdit, FindReplaceBar]
) -> None:
    editor, bar = editor_and_bar
    bar.open_replace()
    bar.find_edit.setText("angst")
    bar.find_next()
    assert bar.replace_all_button.isEnabled()
    editor.setReadOnly(True)
    assert not bar.replace_button.isEnabled()
    assert not bar.replace_all_button.isEnabled()
    assert not bar.replace_edit.isEnabled()
    assert bar.replace_all() == 0
    assert "angst" in editor.toPlainText()
    assert bar.find_next()  # finding still works
    editor.setReadOnly(False)
    assert bar.replace_all_button.isEnabled()


def test_escape_closes_and_returns_to_the_editor(
    qtbot: QtBot, editor_and_bar: tuple[QPlainTextEdit, FindReplaceBar]
) -> None:
    editor, bar = editor_and_bar
    editor.selectAll()
    cursor = editor.textCursor()
    cursor.setPosition(16)
    cursor.setPosition(20, cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    bar.open_find()
    assert bar.find_edit.text() == "Barn"  # seeded from the selection
    with qtbot.waitSignal(bar.closed):
        bar.close_bar()
    assert not bar.isVisible()


def test_escape_key_closes(qtbot: QtBot) -> None:
    editor = QPlainTextEdit("tekst")
    bar = FindReplaceBar(editor)
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(editor)
    layout.addWidget(bar)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    bar.open_find()
    bar.find_edit.setFocus()
    with qtbot.waitSignal(bar.closed, timeout=1000):
        qtbot.keyClick(bar.find_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    bar.open_find()
    with qtbot.waitSignal(bar.closed, timeout=1000):
        qtbot.keyClick(bar.case_box, Qt.Key.Key_Escape)
    assert not bar.isVisible()


# -- map search -----------------------------------------------------------------------

HITS = [
    SearchHit(REF, "regional", "Angst hos barn og unge", "Fastlege", "…ved [angst] hos barn…"),
    SearchHit(
        SectionRef("angst", "bup", SectionKind.REFERRAL),
        "regional",
        "Angst hos barn og unge",
        "BUP",
        "Se [lenke](https://x.no) om [angstlidelser] og …",
    ),
]


def test_snippet_marks_become_bold_but_markdown_links_stay() -> None:
    assert snippet_parts("Se [lenke](https://x.no) om [angstlidelser] og", "angst") == [
        ("Se [lenke](https://x.no) om ", False),
        ("angstlidelser", True),
        (" og", False),
    ]


def test_search_runs_on_enter_and_opens_the_section(qtbot: QtBot) -> None:
    queries: list[str] = []

    def search(query: str) -> list[SearchHit]:
        queries.append(query)
        return HITS

    panel = SearchPanel(search)
    qtbot.addWidget(panel)
    panel.show()
    panel.focus_query()
    qtbot.keyClicks(panel.query_edit, "angst")
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Return)
    assert queries == ["angst"]
    model = panel.view.model()
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "Angst hos barn og unge"
    assert model.index(0, 1).data() == "Fastlege"
    assert model.index(0, 2).data() == "Assessment"
    assert model.index(0, 3).data() == "…ved angst hos barn…"
    assert model.index(1, 3).data(SNIPPET_HTML_ROLE).count("<b>angstlidelser</b>") == 1
    assert panel.status_label.text() == "2 sections found."

    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Down)  # from the query into the list
    assert panel.view.currentIndex().row() == 0
    assert panel.view.selectionModel().isRowSelected(0)
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)  # and on to the second hit
    assert panel.view.currentIndex().row() == 1
    with qtbot.waitSignal(panel.section_activated) as signal:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert signal.args == [SectionRef("angst", "bup", SectionKind.REFERRAL), "angstlidelser"]


def test_search_is_debounced_while_typing(qtbot: QtBot) -> None:
    queries: list[str] = []
    panel = SearchPanel(lambda q: queries.append(q) or HITS[:1], delay_ms=50)
    qtbot.addWidget(panel)
    qtbot.keyClicks(panel.query_edit, "angs")
    qtbot.waitUntil(lambda: panel.view.model().rowCount() == 1)
    assert queries == ["angs"]  # once, after typing stopped


def test_search_double_click_and_errors(qtbot: QtBot) -> None:
    def search(query: str) -> list[SearchHit]:
        if query == "feil":
            raise UserError("The database is busy in another window. Try again.")
        return HITS[:1] if query == "angst" else []

    panel = SearchPanel(search)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_query("angst")
    index = panel.view.model().index(0, 3)
    rect = panel.view.visualRect(index)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(panel.section_activated) as signal:
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [REF, "angst"]
    panel.set_query("feil")
    assert panel.view.model().rowCount() == 0
    assert panel.status_label.text() == "The database is busy in another window. Try again."
    panel.set_query("ingenting-her")
    assert panel.view.model().rowCount() == 0
    assert panel.status_label.text() == "Nothing found for «ingenting-her»."


def test_search_against_the_demo_map(qtbot: QtBot, workspace: object) -> None:
    panel = SearchPanel(lambda q: workspace.search(q))  # type: ignore[attr-defined]
    qtbot.addWidget(panel)
    panel.set_query("angst")
    model = panel.view.model()
    assert model.rowCount() >= 3
    assert panel.status_label.text() == f"{model.rowCount()} sections found."
    assert {model.index(r, 0).data() for r in range(model.rowCount())} >= {"Angst hos barn og unge"}
    assert all("<b>" in panel.view.model().index(r, 3).data(SNIPPET_HTML_ROLE) for r in range(3))


# -- settings -------------------------------------------------------------------------


def test_settings_dialog_saves_what_the_user_typed(
    qtbot: QtBot,
) -> None:
    save_settings(Settings(author_name="Kari", last_edition="voss"))
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == "Kari"
    dialog.name_edit.setText("Kari Nordmann ")
    dialog.organisation_edit.setText("Helsestasjonen i Voss")
    assert not dialog.restart_note.isVisibleTo(dialog)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("nn"))
    assert dialog.restart_note.isVisibleTo(dialog)
    dialog.font_size_box.setValue(14)
    with qtbot.waitSignal(dialog.settings_saved) as signal:
        dialog.accept()
    saved = load_settings()
    assert saved == Settings(
        author_name="Kari Nordmann",
        author_organisation="Helsestasjonen i Voss",
        language="nn",
        editor_font_size=14,
        last_edition="voss",
    )
    assert signal.args == [saved]


def test_settings_dialog_cancel_saves_nothing(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    names = [dialog.language_box.itemText(i) for i in range(dialog.language_box.count())]
    assert names == ["Follow the system", "Norsk bokmål", "Norsk nynorsk", "English"]
    dialog.name_edit.setText("Ola")
    dialog.reject()
    assert load_settings() == Settings()


# -- recovery -------------------------------------------------------------------------


def test_recovery_dialog_shows_when_and_how_much(
    qtbot: QtBot, workspace: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    section = workspace.section(REF)  # type: ignore[attr-defined]
    store = RecoveryStore(
        Path(workspace.path).parent / "drafts",  # type: ignore[attr-defined]
        clock=lambda: datetime(2026, 11, 23, 13, 5, tzinfo=UTC),
    )
    store.put("regional", REF, section.text + " Ny setning.", section.revision_id)
    other = SectionRef("angst", "bup", SectionKind.ROLE)
    store.put("regional", other, "Heilt ny tekst", "an-older-revision")
    drafts = store.drafts()

    def saved(draft: object) -> object:
        return workspace.section(draft.ref, draft.edition)  # type: ignore[attr-defined]

    dialog = RecoveryDialog(drafts, saved=saved)
    qtbot.addWidget(dialog)
    second, first = dialog.items()  # same time: in map order, bup before fastlege
    assert first.text(0) == "angst / fastlege / Assessment"
    assert first.text(1) == "Regional text"
    expected_time = (
        datetime(2026, 11, 23, 13, 5, tzinfo=UTC).astimezone().strftime("%d.%m.%Y %H:%M")
    )
    assert first.text(2) == expected_time
    assert "characters added" in first.text(3)
    assert "saved again" not in first.text(3)
    assert "saved again after this text was written" in second.text(3)
    assert dialog.preview.toPlainText() == "Heilt ny tekst"
    dialog.tree.setCurrentItem(first)
    assert dialog.preview.toPlainText() == section.text + " Ny setning."

    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.set_ticked(0, False)
    dialog.restore_ticked_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert asked == ["Discard this unsaved text? This cannot be undone."]
    choice = dialog.choice()
    assert [d.ref for d in choice.restore] == [REF]
    assert [d.ref for d in choice.discard] == [other]


def test_recovery_discard_all_can_be_cancelled(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = RecoveryStore(tmp_path)
    store.put("voss", REF, "lokal tekst", None)
    dialog = RecoveryDialog(store.drafts())
    qtbot.addWidget(dialog)
    assert dialog.items()[0].text(1) == "voss"
    assert dialog.items()[0].text(3) == "11 characters"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Cancel)
    dialog.discard_all_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    dialog.discard_all_button.click()
    assert [d.text for d in dialog.choice().discard] == ["lokal tekst"]
    assert dialog.choice().restore == []


def test_ask_recovery(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = RecoveryStore(tmp_path)
    assert ask_recovery([]).restore == []
    store.put("regional", REF, "tekst", None)

    def restore_all(dialog: RecoveryDialog) -> int:
        dialog.restore_all_button.click()
        return dialog.result()

    monkeypatch.setattr(RecoveryDialog, "exec", restore_all)
    assert [d.text for d in ask_recovery(store.drafts()).restore] == ["tekst"]

    def later(dialog: RecoveryDialog) -> int:
        dialog.later_button.click()
        return dialog.result()

    monkeypatch.setattr(RecoveryDialog, "exec", later)
    choice = ask_recovery(store.drafts())
    assert choice.restore == choice.discard == []
    assert len(store.drafts()) == 1  # the dialog never touches the store


def test_recovery_dialog_missing_section_is_unticked(qtbot: QtBot, tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    store.put("regional", REF, "tekst", None)

    def gone(draft: object) -> None:
        raise UserError("No such section.")

    dialog = RecoveryDialog(store.drafts(), saved=gone)
    qtbot.addWidget(dialog)
    item = dialog.items()[0]
    assert item.checkState(0) == Qt.CheckState.Unchecked
    assert "not found" in item.text(3)


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_the_settings_dialog_shows_its_examples_whole(
    qapp: QApplication, qtbot: QtBot, language: str
) -> None:
    """The dialog opens at its smallest size: the name and organisation fields must still
    show «t.d. Helsestasjonen i Voss» whole, not «t.d. Helsestasjone…»."""
    from PySide6.QtWidgets import QStyle, QStyleOptionFrame

    from kartedit.gui.common.i18n import install_translator

    install_translator(qapp, language)
    try:
        dialog = SettingsDialog(Settings())
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.adjustSize()
        for edit in (dialog.name_edit, dialog.organisation_edit):
            option = QStyleOptionFrame()
            edit.initStyleOption(option)
            contents = edit.style().subElementRect(
                QStyle.SubElement.SE_LineEditContents, option, edit
            )
            shown = contents.width() - 4  # QLineEdit keeps 2 px free on either side
            example = edit.placeholderText()
            assert edit.fontMetrics().horizontalAdvance(example) <= shown, example
    finally:
        install_translator(qapp, "en")
