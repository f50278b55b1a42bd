"""GUI tests: local editions in the writer's main window — adapt, compare, return, carry over."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from kartedit.domain.errors import UserError
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionRef, Status
from kartedit.gui.common import confirm, errors
from kartedit.gui.editions.carry_over import CleanRebaseDialog
from kartedit.gui.editions.compare_dialogs import CompareDialog
from kartedit.gui.editions.diff_view import DiffMode
from kartedit.gui.editions.edition_dialogs import (
    CreateEditionDialog,
    DeleteEditionDialog,
    RenameEditionDialog,
)
from kartedit.gui.editions.three_way_dialog import ThreeWayDialog
from kartedit.gui.writer.main_window import MainWindow
from kartedit.services.editions import Editions
from kartedit.text.resolve import Choice
from tests.cli_support import run_kartedit
from tests.conftest import type_text

ASSESSMENT = SectionRef.parse("angst/fastlege/assessment")
REFERRAL = SectionRef.parse("angst/fastlege/referral")
STALE = SectionRef.parse("habilitering/ppt/role")
"""The demo's stale Bergen adaptation (its referral became a local fact)."""
SCHOOL = SectionRef.parse("angst/skole/role")
SENTENCE = "Lærere skal ikke behandle angst, men de er helt avgjørende"
COORDINATOR = Author("Per Hansen", "Helsefellesskapet Bergen")


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every confirmation is answered with its action; the titles asked are recorded."""
    titles: list[str] = []

    def ask(_parent: object, title: str, *_args: object, **_kwargs: object) -> bool:
        titles.append(title)
        return True

    monkeypatch.setattr(confirm, "ask", ask)
    return titles


def status_text(window: MainWindow, ref: SectionRef) -> str:
    return str(window.tree.model.index_of(ref).siblingAtColumn(1).data())


def open_dialogs(window: MainWindow) -> list[CompareDialog]:
    return [d for d in window.findChildren(CompareDialog) if d.isVisible()]


# -- adapting, comparing, returning -------------------------------------------------------


def test_adapt_locally_edit_save_and_compare_with_regional(
    qtbot: QtBot, window: MainWindow, asked: list[str]
) -> None:
    assert window.switch_edition("bergen")
    assert window.select_section(ASSESSMENT)
    assert window.view is not None and window.view.inherited
    assert window.commands.adapt_locally.isEnabled()
    assert not window.editions.actions.compare_regional.isEnabled()
    regional = window.workspace.section(ASSESSMENT).text

    qtbot.mouseClick(window.editor.info.adapt_button, Qt.MouseButton.LeftButton)
    assert asked == ["Adapt locally"]
    assert window.view is not None and not window.view.inherited
    assert not window.editor.editor.isReadOnly()
    assert window.editor.text() == regional
    assert "local" in window.editor.status_text.text()
    assert not window.editor.info.isVisible()
    assert "local" in status_text(window, ASSESSMENT)
    assert window.history.list.count() == 1
    assert not window.commands.adapt_locally.isEnabled()
    assert window.editions.actions.return_to_regional.isEnabled()

    type_text(qtbot, window, " Bergen har eget inntaksteam.")
    unsaved = window.editions.compare_with_regional()
    assert unsaved is not None
    assert "unsaved" in unsaved.view.right_title.text()
    unsaved.close()
    assert window.save_current("Lokal praksis")
    dialog = window.editions.compare_with_regional()
    assert dialog is not None and dialog.isVisible()
    assert dialog.view.change_count() >= 1
    assert dialog.view.left_title.text() == "Regional text"
    assert "Bergen kommune" in dialog.view.right_title.text()
    assert "inntaksteam" in dialog.view.right_view.toPlainText()
    assert "1 change" in dialog.summary.text()
    dialog.view.set_mode(DiffMode.INLINE)
    assert "inntaksteam" in dialog.view.inline_view.toPlainText()
    dialog.close()
    override = Editions(window.workspace).override(ASSESSMENT, "bergen")
    assert override.local_text.endswith("inntaksteam.") and not override.stale


def test_adapting_can_be_cancelled(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(confirm, "ask", lambda *_a, **_k: False)
    window.switch_edition("bergen")
    window.select_section(ASSESSMENT)
    assert window.editions.adapt_locally() is None
    assert window.view is not None and window.view.inherited
    assert window.workspace.section(ASSESSMENT, "bergen").inherited


def test_adapting_is_not_offered_in_the_regional_edition(window: MainWindow) -> None:
    window.select_section(ASSESSMENT)
    a = window.editions.actions
    assert not window.commands.adapt_locally.isEnabled()
    assert not any(
        action.isEnabled()
        for action in (a.return_to_regional, a.compare_regional, a.carry_over, a.rename_edition)
    )
    assert a.new_edition.isEnabled() and a.deviation.isEnabled()
    assert not window.editions.compare_tool.isVisible()
    assert window.editions.adapt_locally() is None
    window.switch_edition("bergen")
    assert window.editions.compare_tool.isVisible()
    assert a.rename_edition.isEnabled() and a.stale_list.isEnabled()


def test_the_comparison_button_sits_right_of_the_edition_switcher(window: MainWindow) -> None:
    toolbar = window.menus.toolbar
    actions = toolbar.actions()
    widgets = [toolbar.widgetForAction(action) for action in actions]
    assert widgets[widgets.index(window.switcher) + 1] is window.editions.compare_button


def test_return_to_regional_keeps_the_history(
    qtbot: QtBot, window: MainWindow, asked: list[str]
) -> None:
    window.switch_edition("bergen")
    window.select_section(ASSESSMENT)
    window.editions.adapt_locally()
    type_text(qtbot, window, " Lokalt tillegg.")
    assert window.save_current("")
    assert window.editions.return_to_regional()
    assert asked == ["Adapt locally", "Return to regional"]
    assert window.view is not None and window.view.inherited
    assert window.editor.editor.isReadOnly()
    assert window.editor.text() == window.workspace.section(ASSESSMENT).text
    assert "local" not in status_text(window, ASSESSMENT)
    assert window.commands.adapt_locally.isEnabled()
    # adapting again brings the old revisions back into view: nothing was lost
    window.editions.adapt_locally()
    texts = [r.text for r in window.workspace.history(ASSESSMENT, "bergen")]
    assert len(texts) == 3
    assert any(t.endswith("Lokalt tillegg.") for t in texts)


def test_return_to_regional_can_be_cancelled(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter([True, False])
    monkeypatch.setattr(confirm, "ask", lambda *_a, **_k: next(answers))
    window.switch_edition("bergen")
    window.select_section(ASSESSMENT)
    window.editions.adapt_locally()
    assert not window.editions.return_to_regional()
    assert window.view is not None and not window.view.inherited


# -- the regional text moves on -----------------------------------------------------------


def adapt_then_change_the_regional_text(qtbot: QtBot, window: MainWindow) -> None:
    """Bergen's adaptation of ASSESSMENT, open, made stale by a new regional text."""
    window.switch_edition("bergen")
    window.select_section(ASSESSMENT)
    window.editions.adapt_locally()
    type_text(qtbot, window, " Lokalt i Bergen.")
    assert window.save_current("")
    assert "stale" not in status_text(window, ASSESSMENT)

    regional = window.workspace.section(ASSESSMENT).text
    window.workspace.set_status(ASSESSMENT, Status.DRAFT, COORDINATOR)  # approved in the demo
    window.workspace.save(ASSESSMENT, "Ny innledning. " + regional, COORDINATOR)
    window.switch_edition("regional")  # the tree reads the states again for each edition
    window.switch_edition("bergen")


def test_a_regional_change_makes_the_override_stale_in_tree_and_editor(
    qtbot: QtBot, window: MainWindow, asked: list[str]
) -> None:
    adapt_then_change_the_regional_text(qtbot, window)

    assert "stale" in status_text(window, ASSESSMENT)
    assert window.view is not None and window.view.stale
    assert "stale" in window.editor.status_text.text()
    info = window.editor.info
    assert info.isVisible() and "regional text has changed" in info.message.text()
    assert info.changes_button.isVisible() and info.carry_button.isVisible()
    assert window.editions.actions.carry_over.isEnabled()
    assert window.editions.actions.regional_change.isEnabled()
    changes = window.editions.show_regional_change()
    assert changes is not None
    assert changes.view.change_count() >= 1  # type: ignore[attr-defined]
    assert "Ny innledning." in changes.view.right_view.toPlainText()  # type: ignore[attr-defined]
    changes.close()


def test_an_adaptation_returned_elsewhere_is_a_calm_message_over_the_window(
    qtbot: QtBot, window: MainWindow, asked: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    adapt_then_change_the_regional_text(qtbot, window)
    Editions(window.workspace).revert(ASSESSMENT, "bergen")  # another window, say
    shown: list[tuple[object, UserError]] = []
    monkeypatch.setattr(errors, "show_user_error", lambda *shown_with: shown.append(shown_with))

    assert window.editions.show_regional_change() is None
    assert [(parent, str(error)) for parent, error in shown] == [
        (window, f"{ASSESSMENT} is not adapted locally in «bergen».")
    ]


def test_carry_over_the_demo_stale_adaptation_from_the_info_bar(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[CleanRebaseDialog] = []

    def confirm_clean(dialog: CleanRebaseDialog) -> int:
        shown.append(dialog)
        assert dialog.view.change_count() > 0
        return QDialog.DialogCode.Accepted.value

    def no_three_way(_dialog: ThreeWayDialog) -> int:
        raise AssertionError("the demo's stale adaptation carries over cleanly")

    monkeypatch.setattr(CleanRebaseDialog, "exec", confirm_clean)
    monkeypatch.setattr(ThreeWayDialog, "exec", no_three_way)
    window.switch_edition("bergen")
    window.select_section(STALE)
    assert "stale" in status_text(window, STALE)
    service = window.tree.model.index_of(STALE).parent().siblingAtColumn(1)
    assert "1 stale" in service.data()
    editions = Editions(window.workspace)
    expected = editions.rebase_preview(editions.override(STALE, "bergen")).text

    qtbot.mouseClick(window.editor.info.carry_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1  # the writer saw the result and confirmed it
    assert window.view is not None and not window.view.stale
    assert window.editor.text() == expected
    assert "stale" not in status_text(window, STALE)
    assert "stale" not in (service.data() or "")
    assert not window.editor.info.isVisible()
    assert not window.editions.actions.carry_over.isEnabled()
    assert not editions.override(STALE, "bergen").stale
    assert window.history.list.count() == 2


def test_carry_over_cancelled_saves_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(CleanRebaseDialog, "exec", lambda _d: QDialog.DialogCode.Rejected.value)
    window.switch_edition("bergen")
    window.select_section(STALE)
    assert window.editions.carry_over() is None
    assert window.view is not None and window.view.stale
    assert "stale" in status_text(window, STALE)


def test_stale_list_carries_over_and_refreshes_tree_and_editor(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(CleanRebaseDialog, "exec", lambda _d: QDialog.DialogCode.Accepted.value)
    window.switch_edition("bergen")
    window.select_section(STALE)
    window.editions.actions.stale_list.trigger()
    dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.model.rowCount() == 1  # type: ignore[attr-defined]
    assert dialog.select(STALE)  # type: ignore[attr-defined]
    assert dialog.carry_over_current() is not None  # type: ignore[attr-defined]
    assert window.view is not None and not window.view.stale
    assert "stale" not in status_text(window, STALE)
    dialog.close()


def test_a_conflict_opens_the_three_way_view_and_the_result_is_saved(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, asked: list[str]
) -> None:
    """Voss rewrote one sentence of the school's role; the region rewrote the same one."""
    workspace = window.workspace
    editions = Editions(workspace)
    regional = workspace.section(SCHOOL).text
    assert SENTENCE in regional
    editions.adapt(SCHOOL, "voss", COORDINATOR)
    workspace.save(
        SCHOOL, regional.replace("helt avgjørende", "svært viktige"), COORDINATOR, edition="voss"
    )
    workspace.save(
        SCHOOL, regional.replace("behandle angst", "utrede eller behandle angst"), COORDINATOR
    )
    opened: list[ThreeWayDialog] = []

    def resolve(dialog: ThreeWayDialog) -> int:
        opened.append(dialog)
        assert dialog.conflict_count() == 1
        assert dialog.status_label.text() == "0 of 1 resolved"
        dialog.choose(Choice.BOTH)
        assert dialog.status_label.text() == "1 of 1 resolved"
        dialog.save_button.click()
        return dialog.result()

    monkeypatch.setattr(ThreeWayDialog, "exec", resolve)
    window.switch_edition("voss")
    window.select_section(SCHOOL)
    assert window.view is not None and window.view.stale
    revision = window.editions.carry_over()
    assert revision is not None and len(opened) == 1
    assert asked[-1] == "Save the carried-over text"  # the writer confirmed
    assert window.view is not None and not window.view.stale
    assert "svært viktige" in window.editor.text()
    assert "utrede eller behandle" in window.editor.text()
    assert "stale" not in status_text(window, SCHOOL)


# -- managing editions --------------------------------------------------------------------


def test_create_rename_and_delete_an_edition_from_the_menu(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def create(dialog: CreateEditionDialog) -> int:
        dialog.name_edit.setText("Odda kommune")
        dialog.organisation_edit.setText("Ullensvang herad")
        dialog.ok_button.click()
        return dialog.result()

    def rename(dialog: RenameEditionDialog) -> int:
        dialog.name_edit.setText("Odda (Ullensvang)")
        dialog.ok_button.click()
        return dialog.result()

    def delete(dialog: DeleteEditionDialog) -> int:
        dialog.delete_button.click()
        return dialog.result()

    monkeypatch.setattr(CreateEditionDialog, "exec", create)
    monkeypatch.setattr(RenameEditionDialog, "exec", rename)
    monkeypatch.setattr(DeleteEditionDialog, "exec", delete)
    menus = [a.text() for a in window.menuBar().actions()]
    assert "E&dition" in menus
    assert menus.index("E&dition") < menus.index("&Section")
    window.select_section(REFERRAL)

    window.editions.actions.new_edition.trigger()
    assert window.edition == "odda-kommune"
    assert window.switcher.current() == "odda-kommune"
    assert window.view is not None and window.view.inherited
    assert "Odda kommune" in window.editor.crumbs.text()

    window.editions.actions.rename_edition.trigger()
    assert window.switcher.combo.currentText() == "Odda (Ullensvang)"
    assert "Odda (Ullensvang)" in window.editor.crumbs.text()

    window.editions.actions.delete_edition.trigger()
    assert window.edition == "regional"
    assert window.switcher.combo.findData("odda-kommune") == -1
    assert window.view is not None and not window.view.inherited
    assert "odda-kommune" not in [e.slug for e in window.workspace.editions()]


def test_deviation_overview_opens_a_section_in_its_edition(window: MainWindow) -> None:
    window.editions.actions.deviation.trigger()
    dialog = window.editions.deviation_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.view.table_model.rowCount() > 0
    dialog.view.section_activated.emit("voss", SCHOOL)
    assert window.edition == "voss"
    assert window.current_ref() == SCHOOL
    dialog.close()


# -- history: compare two revisions -------------------------------------------------------


def test_history_compares_a_revision_with_the_current_one_or_two_chosen(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.select_section(REFERRAL)
    type_text(qtbot, window, " Første tillegg.")
    assert window.save_current("")
    type_text(qtbot, window, " Andre tillegg.")
    assert window.save_current("")
    panel = window.history
    assert panel.list.count() >= 3
    assert not panel.compare_button.isEnabled()  # the current revision alone: nothing to compare
    panel.list.setCurrentRow(1)
    assert panel.compare_button.isEnabled()
    qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    [dialog] = open_dialogs(window)
    assert dialog.view.change_count() == 1
    assert "Andre tillegg" in dialog.view.right_view.toPlainText()
    assert "(current)" in dialog.view.right_title.text()
    dialog.close()

    panel.list.setCurrentRow(2)
    panel.list.item(1).setSelected(True)
    assert len(panel.selected_revisions()) == 2
    qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    [dialog] = open_dialogs(window)
    assert "Første tillegg" in dialog.view.right_view.toPlainText()
    assert "Andre tillegg" not in dialog.view.right_view.toPlainText()
    assert "(current)" not in dialog.view.right_title.text()
    dialog.close()


# -- the screenshot -----------------------------------------------------------------------


def test_screenshot_of_the_side_by_side_diff(demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "diff.png"
    result = run_kartedit(
        str(demo_db),
        "--screenshot",
        str(target),
        "--select",
        "habilitering/ppt/role",
        "--edition",
        "bergen",
        "--diff",
        "--language",
        "nb",
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 800)


def test_screenshot_diff_of_an_inherited_section_is_refused(demo_db: Path, tmp_path: Path) -> None:
    result = run_kartedit(
        str(demo_db),
        "--screenshot",
        str(tmp_path / "x.png"),
        "--select",
        "angst/fastlege/assessment",
        "--edition",
        "bergen",
        "--diff",
    )
    assert result.returncode == 2
    assert "locally adapted section" in result.stderr
    assert not (tmp_path / "x.png").exists()
