"""GUI tests: the main window as a writer uses it — open, type, save, history, status, leave."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kartedit.domain.sections import SectionRef, Status
from kartedit.gui.writer.main_window import MainWindow
from kartedit.services.settings import Settings, load_settings, save_settings
from kartedit.services.workspace import Workspace
from tests.conftest import type_text

ASSESSMENT = SectionRef.parse("angst/fastlege/assessment")
REFERRAL = SectionRef.parse("angst/fastlege/referral")
STALE = SectionRef.parse("habilitering/ppt/role")
ROLE = SectionRef.parse("angst/fastlege/role")


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """Make every QMessageBox.question answer ``button``; returns the texts it was asked."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_selecting_a_section_shows_its_text_preview_and_statistics(
    qtbot, window: MainWindow
) -> None:
    assert window.select_section(ASSESSMENT)
    saved = window.workspace.section(ASSESSMENT)
    assert window.editor.text() == saved.text  # the text at once; preview and figures follow
    qtbot.waitUntil(lambda: not window.pending_work())
    assert "Kartleggingen hos fastlegen" in window.editor.preview.toPlainText()
    assert "<strong>" in window.editor.preview.html
    assert window.tree.current_ref() == ASSESSMENT
    assert window.readability.readability is not None
    assert window.readability.readability.words > 100
    assert "LIX" in window.readability.lix.text()
    assert "Assessment" in window.windowTitle()
    assert window.editor.title.text() == "Assessment"


def test_clicking_in_the_tree_opens_the_section(window: MainWindow) -> None:
    window.tree.load("angst")
    index = window.tree.model.index_of(ROLE)
    window.tree.view.setCurrentIndex(index)
    assert window.current_ref() == ROLE
    assert window.editor.text() == window.workspace.section(ROLE).text


def test_typing_marks_modified_and_saving_adds_a_revision_with_message(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.select_section(REFERRAL)
    before = window.workspace.history(REFERRAL)
    type_text(qtbot, window, " Ny setning.")
    assert window.isWindowModified()
    label = window.tree.model.itemFromIndex(window.tree.model.index_of(REFERRAL))
    assert label.text().endswith("*")
    assert label.font().bold()

    monkeypatch.setattr(window, "ask_save_message", lambda: "Ny setning om tilvising")
    window.commands.save.trigger()

    history = window.workspace.history(REFERRAL)
    assert len(history) == len(before) + 1
    assert history[0].message == "Ny setning om tilvising"
    assert history[0].author.name == "Kari Tester"
    assert history[0].text.endswith("Ny setning.")
    assert not window.isWindowModified()
    assert not label.text().endswith("*")
    first = window.history.list.item(0).text()
    assert "Ny setning om tilvising" in first
    assert "Kari Tester" in first


def test_cancelling_the_message_dialog_does_not_save(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.select_section(REFERRAL)
    before = len(window.workspace.history(REFERRAL))
    type_text(qtbot, window, " x")
    monkeypatch.setattr(window, "ask_save_message", lambda: None)
    assert not window.save_current()
    assert len(window.workspace.history(REFERRAL)) == before
    assert window.isWindowModified()


def test_saving_without_an_author_asks_for_one(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_settings(Settings())
    window.select_section(REFERRAL)
    type_text(qtbot, window, " y")
    asked = []

    def ask_author() -> Settings:
        asked.append(True)
        settings = load_settings().with_changes(author_name="Ola Ny", author_organisation="PPT")
        save_settings(settings)
        return settings

    monkeypatch.setattr(window, "ask_author", ask_author)
    assert window.save_current(message="")
    assert asked
    assert window.workspace.history(REFERRAL)[0].author.name == "Ola Ny"


def test_undo_and_redo_follow_the_editor(qtbot, window: MainWindow) -> None:
    window.select_section(REFERRAL)
    original = window.editor.text()
    assert not window.commands.undo.isEnabled()
    type_text(qtbot, window, "abc")
    assert window.commands.undo.isEnabled()
    window.commands.undo.trigger()
    assert window.editor.text() == original
    assert window.commands.redo.isEnabled()
    window.commands.redo.trigger()
    assert window.editor.text() == original + "abc"


def test_restoring_an_older_revision_makes_a_new_one(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.select_section(REFERRAL)
    history = window.workspace.history(REFERRAL)
    assert len(history) >= 2
    oldest = history[-1]
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.history.select_revision(oldest.id)
    assert window.history.restore_button.isEnabled()
    window.history.restore_button.click()

    assert asked and "revision 1" in asked[0]
    after = window.workspace.history(REFERRAL)
    assert len(after) == len(history) + 1
    assert after[0].text == oldest.text
    assert window.editor.text() == oldest.text
    assert not window.isWindowModified()
    assert window.history.list.count() == len(after)


def test_viewing_a_revision_is_read_only(window: MainWindow) -> None:
    window.select_section(REFERRAL)
    oldest = window.workspace.history(REFERRAL)[-1]
    dialog = window.view_revision(oldest.id)
    assert dialog is not None
    assert dialog.text.isReadOnly()
    assert dialog.text.toPlainText() == oldest.text
    assert dialog.restore_button.isEnabled()
    dialog.close()


@pytest.mark.parametrize(
    ("button", "moved", "saved"),
    [
        (QMessageBox.StandardButton.Save, True, True),
        (QMessageBox.StandardButton.Discard, True, False),
        (QMessageBox.StandardButton.Cancel, False, False),
    ],
)
def test_leaving_a_modified_section_asks_save_discard_cancel(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    button: QMessageBox.StandardButton,
    moved: bool,
    saved: bool,
) -> None:
    window.select_section(REFERRAL)
    type_text(qtbot, window, " Endra.")
    asked = answer(monkeypatch, button)
    monkeypatch.setattr(window, "ask_save_message", lambda: "")

    window.tree.view.setCurrentIndex(window.tree.model.index_of(ROLE))

    assert len(asked) == 1
    assert window.current_ref() == (ROLE if moved else REFERRAL)
    assert window.tree.current_ref() == (ROLE if moved else REFERRAL)
    stored = window.workspace.section(REFERRAL).text
    assert stored.endswith(" Endra.") is saved
    if not moved:
        assert window.editor.text().endswith(" Endra.")
        assert window.isWindowModified()


def test_closing_with_unsaved_text_can_be_cancelled(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.select_section(REFERRAL)
    type_text(qtbot, window, " z")
    answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible()
    answer(monkeypatch, QMessageBox.StandardButton.Discard)
    assert window.close()


def test_approving_makes_the_section_read_only_until_reopened(window: MainWindow) -> None:
    window.select_section(REFERRAL)
    assert not window.editor.editor.isReadOnly()
    window.commands.status_actions[Status.APPROVED].trigger()

    assert window.workspace.section(REFERRAL).status is Status.APPROVED
    assert window.editor.editor.isReadOnly()
    assert not window.commands.save.isEnabled()
    assert window.commands.status_actions[Status.APPROVED].isChecked()
    assert window.editor.info.isVisible()
    assert window.editor.info.reopen_button.isVisible()
    status = window.tree.model.index_of(REFERRAL).siblingAtColumn(1)
    assert status.data() == "Approved"

    window.editor.info.reopen_button.click()
    assert window.workspace.section(REFERRAL).status is Status.DRAFT
    assert not window.editor.editor.isReadOnly()
    assert window.commands.save.isEnabled()
    assert not window.editor.info.isVisible()


def test_status_change_via_hearing(window: MainWindow) -> None:
    window.select_section(REFERRAL)
    assert window.change_status(Status.IN_HEARING)
    assert window.workspace.section(REFERRAL).status is Status.IN_HEARING
    assert not window.editor.editor.isReadOnly()
    assert window.commands.status_actions[Status.IN_HEARING].isChecked()


def test_inherited_section_in_a_local_edition_is_read_only_and_marked(window: MainWindow) -> None:
    assert window.switch_edition("bergen")
    assert window.switcher.current() == "bergen"
    window.select_section(ASSESSMENT)
    assert window.view is not None and window.view.inherited
    assert window.editor.editor.isReadOnly()
    assert window.editor.info.isVisible()
    assert "inherited" in window.editor.info.message.text()
    assert window.editor.info.adapt_button.isVisible()
    assert window.editor.info.adapt_button.isEnabled()  # adapting: test_gui_main_window_editions
    assert not any(a.isEnabled() for a in window.commands.status_actions.values())
    assert not window.commands.save.isEnabled()
    label = window.tree.model.itemFromIndex(window.tree.model.index_of(ASSESSMENT))
    assert label.font().italic()
    assert "Inherited from the regional text" in label.toolTip()
    assert "inherited" in window.editor.status_text.text()


def test_stale_override_is_marked_stale_in_the_tree(window: MainWindow) -> None:
    window.switch_edition("bergen")
    window.select_section(STALE)
    status = window.tree.model.index_of(STALE).siblingAtColumn(1)
    assert "stale" in status.data()
    assert "local" in status.data()
    assert "Stale" in status.data(Qt.ItemDataRole.ToolTipRole)
    service = window.tree.model.index_of(STALE).parent().siblingAtColumn(1)
    assert "1 stale" in service.data()
    assert not window.editor.editor.isReadOnly()
    assert "regional text has changed" in window.editor.info.message.text()


def test_switching_edition_with_unsaved_text_can_be_cancelled(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.select_section(REFERRAL)
    type_text(qtbot, window, " q")
    answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.switcher.combo.setCurrentIndex(window.switcher.combo.findData("bergen"))
    assert window.edition == "regional"
    assert window.switcher.current() == "regional"
    assert window.editor.text().endswith(" q")


def test_preview_strips_scripts_and_javascript_links(qtbot, window: MainWindow) -> None:
    window.select_section(REFERRAL)
    window.editor.editor.setPlainText(
        "# Tittel\n\n<script>alert('x')</script>\n\n[Trykk her](javascript:alert(1)) og "
        "[Helsenorge](https://www.helsenorge.no)\n"
    )
    window.editor.settle()
    shown = window.editor.preview.html
    assert "<script" not in shown
    assert "javascript:" not in shown
    assert 'href="https://www.helsenorge.no"' in shown
    assert "javascript" not in window.editor.preview.toHtml()


def test_preview_follows_typing_after_a_pause(qtbot, window: MainWindow) -> None:
    window.select_section(REFERRAL)
    type_text(qtbot, window, "")
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_Return)
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor.editor, "## Ny overskrift")
    assert "Ny overskrift" not in window.editor.preview.html  # not on every keystroke
    qtbot.waitUntil(lambda: "<h2>Ny overskrift</h2>" in window.editor.preview.html, timeout=2000)


def test_map_search_opens_the_section_with_the_hit_selected(qtbot, window: MainWindow) -> None:
    window.commands.search_map.trigger()
    assert window.search_dock.isVisible()
    window.search.set_query("koffeininntak")
    hits = window.search.hits()
    assert any(h.ref == ASSESSMENT for h in hits)
    assert window.search.view.model().rowCount() == len(hits)  # every hit is a row shown
    row = next(i for i, h in enumerate(hits) if h.ref == ASSESSMENT)
    window.search.view.selectRow(row)
    qtbot.keyClick(window.search.view, Qt.Key.Key_Return)
    assert window.current_ref() == ASSESSMENT
    assert window.editor.editor.textCursor().selectedText().lower() == "koffeininntak"


def test_find_bar_opens_from_the_edit_menu(window: MainWindow) -> None:
    window.select_section(ASSESSMENT)
    window.commands.find.trigger()
    assert window.find_bar.isVisible()
    window.find_bar.find_edit.setText("fastlegen")
    assert window.find_bar.find_next()
    assert window.editor.editor.textCursor().selectedText() == "fastlegen"


def test_editor_and_preview_can_be_hidden(window: MainWindow) -> None:
    window.select_section(ASSESSMENT)
    window.commands.show_preview.setChecked(False)
    assert not window.editor.preview.isVisible()
    window.commands.show_editor.setChecked(False)
    assert not window.editor.editor.isVisible()
    assert window.editor.preview.isVisible()  # never both hidden


def test_keyboard_enter_in_tree_goes_to_editor_and_f6_cycles(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    window.tree.select(ROLE, quiet=True)
    window.tree.view.setFocus()
    qtbot.keyClick(window.tree.view, Qt.Key.Key_Return)
    assert window.current_ref() == ROLE
    assert window.editor.editor.hasFocus()
    window.cycle_focus(1)
    assert window.editor.preview.hasFocus()
    window.cycle_focus(-1)
    window.cycle_focus(-1)
    assert window.tree.view.hasFocus()


def test_every_interactive_widget_has_an_accessible_name(window: MainWindow) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
        QWidget,
    )

    window.select_section(ASSESSMENT)
    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit)
    unnamed = []
    checked = 0
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(window):
            continue
        checked += 1
        if widget.parent().metaObject().className() in ("QDockWidget", "QToolBar"):
            continue  # dock title buttons and toolbar buttons are named by their actions
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
            continue
        if not widget.accessibleName():
            unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert checked >= 8
    assert unnamed == []


def test_last_edition_and_section_come_back(qtbot, demo_db: Path, author: None) -> None:
    workspace = Workspace.open(demo_db)
    first = MainWindow(workspace)
    first.switch_edition("bergen")
    first.select_section(ROLE)
    first.close()
    second = MainWindow(workspace)
    second.restore_last_section()
    assert second.edition == "bergen"
    assert second.current_ref() == ROLE
    second.close()
    first.deleteLater()
    second.deleteLater()
    workspace.close()


def test_keyboard_alone_saves_and_changes_status(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.activateWindow()
    window.select_section(REFERRAL)
    editor = window.editor.editor
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    type_text(qtbot, window, " Tastatur.")
    monkeypatch.setattr(window, "ask_save_message", lambda: "Med tastaturet")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.history(REFERRAL)[0].message == "Med tastaturet"
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(editor, Qt.Key.Key_H, modifiers)
    assert window.workspace.section(REFERRAL).status is Status.IN_HEARING
    qtbot.keyClick(editor, Qt.Key.Key_A, modifiers)
    assert window.workspace.section(REFERRAL).status is Status.APPROVED
    assert editor.isReadOnly()
    qtbot.keyClick(editor, Qt.Key.Key_D, modifiers)
    assert not editor.isReadOnly()
