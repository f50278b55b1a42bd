"""GUI for local editions: diff view, three-way re-base, deviation view, edition dialogs."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QTextEdit
from pytestqt.qtbot import QtBot

from kartedit.cli.main import run
from kartedit.domain.editions import OverrideInfo
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionRef
from kartedit.domain.slugs import suggest_slug
from kartedit.gui.common import confirm
from kartedit.gui.common.i18n import install_translator
from kartedit.gui.editions.carry_over import CleanRebaseDialog, carry_over
from kartedit.gui.editions.deviation_view import DeviationView
from kartedit.gui.editions.diff_view import DiffDialog, DiffMode, DiffView
from kartedit.gui.editions.edition_dialogs import (
    CreateEditionDialog,
    DeleteEditionDialog,
    RenameEditionDialog,
    StaleOverridesDialog,
    delete_edition,
)
from kartedit.gui.editions.three_way_dialog import ThreeWayDialog
from kartedit.services.deviation_report import deviation_report
from kartedit.services.editions import Editions
from kartedit.services.workspace import Workspace
from kartedit.text.diff import hunks
from kartedit.text.resolve import Choice, join_both

WRITER = Author("Kari Nordmann", "Voss herad")
COORDINATOR = Author("Per Hansen", "Helsefellesskapet Bergen")
REFERRAL = SectionRef.parse("angst/fastlege/referral")
STALE = SectionRef.parse("habilitering/ppt/role")
"""The demo's stale Bergen adaptation (its referral became a local fact)."""
SCHOOL = SectionRef.parse("angst/skole/role")
SENTENCE = "Lærere skal ikke behandle angst, men de er helt avgjørende"


@pytest.fixture
def editions(workspace: Workspace) -> Editions:
    return Editions(workspace)


@pytest.fixture
def conflict(workspace: Workspace, editions: Editions) -> OverrideInfo:
    """Voss adapts one sentence of the school's role; the region rewrites the same one."""
    regional = workspace.section(SCHOOL).text
    assert SENTENCE in regional
    editions.adapt(SCHOOL, "voss", WRITER)
    local = regional.replace("helt avgjørende", "svært viktige")
    workspace.save(SCHOOL, local, WRITER, edition="voss")
    workspace.save(
        SCHOOL, regional.replace("behandle angst", "utrede eller behandle angst"), COORDINATOR
    )
    override = editions.override(SCHOOL, "voss")
    assert override.stale
    assert len(editions.rebase_preview(override).conflicts) == 1
    return override


@pytest.fixture
def no_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Confirmation questions are answered «yes» and recorded."""
    asked: list[str] = []

    def ask(_parent: object, title: str, *_args: object, **_kwargs: object) -> bool:
        asked.append(title)
        return True

    monkeypatch.setattr(confirm, "ask", ask)
    return asked


def fragments(view: QTextEdit) -> list[tuple[str, bool, bool]]:
    """(text, struck through, underlined) for every run of text in a view."""
    found = []
    block = view.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            found.append((fragment.text(), fmt.fontStrikeOut(), fmt.fontUnderline()))
            iterator += 1
        block = block.next()
    return found


def marked(view: QTextEdit, word: str) -> tuple[bool, bool]:
    """Whether ``word`` stands in a struck-through and/or an underlined run."""
    runs = [(strike, underline) for text, strike, underline in fragments(view) if word in text]
    assert runs, f"{word!r} is not shown"
    return runs[0]


# -- the diff view ------------------------------------------------------------------------


def test_diff_view_counts_changes_and_walks_them(qtbot: QtBot, editions: Editions) -> None:
    override = editions.override(STALE, "bergen")
    view = DiffView()
    qtbot.addWidget(view)
    view.set_texts("Regional", override.regional_text, "Bergen", override.local_text)
    count = len(hunks(override.regional_text, override.local_text))
    assert count == view.change_count() == 5
    assert view.position_label.text() == "Change 1 of 5"
    assert not view.previous_button.isEnabled()
    view.next_change()
    view.next_change()
    assert (view.current_change(), view.position_label.text()) == (2, "Change 3 of 5")
    view.previous_change()
    assert view.position_label.text() == "Change 2 of 5"
    with qtbot.waitSignal(view.current_change_changed) as signal:
        view.go_to_change(4)
    assert signal.args == [4, 5]
    assert not view.next_button.isEnabled()
    view.next_change()  # past the last: stays
    assert view.position_label.text() == "Change 5 of 5"


def test_diff_view_keyboard_moves_between_changes(qtbot: QtBot) -> None:
    view = DiffView()
    qtbot.addWidget(view)
    view.set_texts("a", "Ein to tre fire fem.", "b", "Ein TO tre fire FEM.")
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()  # shortcuts work in the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.left_view.setFocus()
    qtbot.keyClick(view.left_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.position_label.text() == "Change 2 of 2"
    qtbot.keyClick(view.left_view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert view.position_label.text() == "Change 1 of 2"


def test_diff_view_with_equal_texts_says_so(qtbot: QtBot) -> None:
    view = DiffView()
    qtbot.addWidget(view)
    view.set_texts("a", "Samme tekst.", "b", "Samme tekst.")
    assert (view.change_count(), view.current_change()) == (0, -1)
    assert view.position_label.text() == "No differences"
    assert not view.next_button.isEnabled()


def test_diff_view_marks_words_by_strike_and_underline_in_both_modes(qtbot: QtBot) -> None:
    view = DiffView()
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.mode_changed):
        view.set_mode(DiffMode.INLINE)
    view.set_texts(
        "Regional", "Barnet får hjelp i kommunen.", "Lokal", "Barnet får rask hjelp i BUP."
    )
    assert view.change_count() == 2
    # side by side: deletions on the left, insertions on the right
    assert marked(view.left_view, "kommunen") == (True, False)
    assert marked(view.right_view, "BUP") == (False, True)
    assert marked(view.right_view, "rask") == (False, True)
    assert marked(view.left_view, "Barnet") == (False, False)
    assert view.left_view.toPlainText().startswith("Barnet får \u2038hjelp")  # ‸ marks «rask»
    # inline: both in one text
    assert view.mode() is DiffMode.INLINE
    assert view.stack.currentIndex() == 1
    assert marked(view.inline_view, "kommunen") == (True, False)
    assert marked(view.inline_view, "BUP") == (False, True)
    assert marked(view.inline_view, "Barnet") == (False, False)
    assert view.inline_view.isReadOnly() and view.left_view.isReadOnly()
    view.set_mode(DiffMode.SIDE_BY_SIDE)
    assert view.stack.currentIndex() == 0


def test_diff_view_scrolls_both_sides_together(qtbot: QtBot) -> None:
    old = "\n".join(f"Linje {i} er lik." for i in range(200))
    new = old.replace("Linje 3 er lik.", "Linje 3 er ny.\n" * 40)
    view = DiffView()
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    view.set_texts("a", old, "b", new)
    left, right = view.left_view.verticalScrollBar(), view.right_view.verticalScrollBar()
    left.setValue(left.maximum())
    assert right.value() == right.maximum()
    left.setValue(left.maximum() // 2)
    top_left = view.left_view.cursorForPosition(view.left_view.rect().topLeft())
    top_right = view.right_view.cursorForPosition(view.right_view.rect().topLeft())
    assert top_left.block().text() == top_right.block().text()  # the same line at the top


def test_diff_dialog_shows_the_regional_change_since_the_override(
    qtbot: QtBot, editions: Editions
) -> None:
    override = editions.override(STALE, "bergen")
    dialog = DiffDialog("t", "Base", override.base_text, "Now", override.regional_text)
    qtbot.addWidget(dialog)
    assert dialog.view.change_count() == len(hunks(override.base_text, override.regional_text))
    assert dialog.view.change_count() > 0


# -- the three-way view -------------------------------------------------------------------


def test_three_way_picking_a_side_resolves_and_saving_clears_stale(
    qtbot: QtBot, editions: Editions, conflict: OverrideInfo, no_questions: list[str]
) -> None:
    dialog = ThreeWayDialog(conflict, section_title="Skole › Rolle", edition_name="Voss herad")
    qtbot.addWidget(dialog)
    assert dialog.status_label.text() == "0 of 1 resolved"
    assert dialog.conflict_label.text() == "Conflict 1 of 1: not resolved yet"
    assert not dialog.save_button.isEnabled()
    assert "svært viktige" in dialog.final_text()  # the local wording as a start
    assert "utrede eller behandle" in dialog.regional_view.toPlainText()
    qtbot.mouseClick(dialog.regional_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text() == "1 of 1 resolved"
    assert dialog.resolution(0) is Choice.REGIONAL
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert no_questions == ["Save the carried-over text"]  # the writer confirmed
    assert dialog.result() == QDialog.DialogCode.Accepted
    text = dialog.final_text()
    assert "Lærere skal ikke utrede eller behandle angst, men de er helt avgjørende" in text
    assert "svært viktige" not in text
    editions.save_rebased(conflict, text, WRITER)
    after = editions.override(SCHOOL, "voss")
    assert not after.stale
    assert after.local_text == text


def test_three_way_use_local_and_use_both(qtbot: QtBot, conflict: OverrideInfo) -> None:
    dialog = ThreeWayDialog(conflict)
    qtbot.addWidget(dialog)
    dialog.choose(Choice.BOTH)
    text = dialog.final_text()
    assert "svært viktige" in text and "utrede eller behandle" in text
    dialog.choose(Choice.LOCAL)
    assert dialog.status_label.text() == "1 of 1 resolved"
    assert "svært viktige" in dialog.final_text()
    assert "utrede" not in dialog.final_text()
    assert dialog.conflict_label.text() == "Conflict 1 of 1: resolved with the local wording"


def test_three_way_editing_a_conflict_resolves_it(
    qtbot: QtBot, conflict: OverrideInfo, no_questions: list[str]
) -> None:
    dialog = ThreeWayDialog(conflict)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    cursor = dialog.result_edit.textCursor()
    cursor.setPosition(dialog.result_edit.toPlainText().index("svært viktige"))
    dialog.result_edit.setTextCursor(cursor)
    qtbot.keyClicks(dialog.result_edit, "ofte ")
    assert dialog.resolution(0) == "edited"
    assert dialog.status_label.text() == "1 of 1 resolved"
    assert "ofte svært viktige" in dialog.final_text()
    # typing elsewhere does not touch the conflict's state
    dialog2 = ThreeWayDialog(conflict)
    qtbot.addWidget(dialog2)
    dialog2.result_edit.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(dialog2.result_edit, "Merk: ")
    assert dialog2.status_label.text() == "0 of 1 resolved"


def test_three_way_open_and_cancel_changes_nothing(
    qtbot: QtBot,
    workspace: Workspace,
    editions: Editions,
    conflict: OverrideInfo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_question(*_args: object, **_kwargs: object) -> bool:
        raise AssertionError("an untouched dialog closes without asking")

    monkeypatch.setattr(confirm, "ask", no_question)
    history = [r.id for r in workspace.history(SCHOOL, "voss")]
    dialog = ThreeWayDialog(conflict)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.is_dirty()
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert editions.override(SCHOOL, "voss") == conflict
    assert [r.id for r in workspace.history(SCHOOL, "voss")] == history


def test_three_way_cancel_after_a_choice_asks_first(
    qtbot: QtBot, conflict: OverrideInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [False, True]
    monkeypatch.setattr(confirm, "ask", lambda *_a, **_k: answers.pop(0))
    dialog = ThreeWayDialog(conflict)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose(Choice.REGIONAL)
    dialog.reject()  # «keep working»
    assert dialog.isVisible()
    dialog.reject()  # «discard»
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_carry_over_opens_the_three_way_view_for_a_conflict(
    qtbot: QtBot, editions: Editions, conflict: OverrideInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[ThreeWayDialog] = []

    def resolve(dialog: ThreeWayDialog) -> int:
        opened.append(dialog)
        dialog.choose(Choice.BOTH)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ThreeWayDialog, "exec", resolve)
    revision = carry_over(editions, conflict, lambda: WRITER)
    assert revision is not None and len(opened) == 1
    after = editions.override(SCHOOL, "voss")
    assert not after.stale
    assert "svært viktige" in after.local_text and "utrede eller behandle" in after.local_text


# -- the stale list and the clean re-base -------------------------------------------------


def test_stale_list_carries_the_demo_adaptation_over_after_confirming(
    qtbot: QtBot, editions: Editions, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[CleanRebaseDialog] = []

    def confirm_clean(dialog: CleanRebaseDialog) -> int:
        shown.append(dialog)
        assert dialog.view.change_count() > 0
        assert dialog.view.left_title.text() == "Local text now"
        return QDialog.DialogCode.Accepted.value

    def no_three_way(_dialog: ThreeWayDialog) -> int:
        raise AssertionError("the demo's stale adaptation re-bases cleanly")

    monkeypatch.setattr(CleanRebaseDialog, "exec", confirm_clean)
    monkeypatch.setattr(ThreeWayDialog, "exec", no_three_way)
    expected = editions.rebase_preview(editions.override(STALE, "bergen")).text
    dialog = StaleOverridesDialog(editions, "bergen", lambda: WRITER)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() in ("Changed", "Minor")
    assert dialog.select(STALE)
    with qtbot.waitSignal(dialog.carried_over) as signal:
        qtbot.mouseClick(dialog.carry_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and signal.args[0] == STALE
    after = editions.override(STALE, "bergen")
    assert not after.stale
    assert after.local_text == expected
    assert dialog.model.rowCount() == 0
    assert editions.stale("bergen") == []


def test_stale_list_cancelled_carry_over_saves_nothing(
    qtbot: QtBot, editions: Editions, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(CleanRebaseDialog, "exec", lambda _d: QDialog.DialogCode.Rejected.value)
    before = editions.override(STALE, "bergen")
    dialog = StaleOverridesDialog(editions, "bergen", lambda: WRITER)
    qtbot.addWidget(dialog)
    dialog.select(STALE)
    assert dialog.carry_over_current() is None
    assert editions.override(STALE, "bergen") == before


def test_stale_list_shows_what_changed_regionally(qtbot: QtBot, editions: Editions) -> None:
    dialog = StaleOverridesDialog(editions, "bergen", lambda: WRITER)
    qtbot.addWidget(dialog)
    dialog.select(STALE)
    diff = dialog.show_regional_change()
    assert isinstance(diff, DiffDialog)
    override = editions.override(STALE, "bergen")
    assert diff.view.change_count() == len(hunks(override.base_text, override.regional_text))
    diff.close()


def test_stale_list_of_an_edition_without_stale_overrides(qtbot: QtBot, editions: Editions) -> None:
    dialog = StaleOverridesDialog(editions, "voss", lambda: WRITER)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert not dialog.carry_button.isEnabled()
    assert "every adaptation is up to date" in dialog.intro.text()


# -- deviation ----------------------------------------------------------------------------


def test_deviation_grid_has_a_number_in_every_pathway_service_cell(
    qtbot: QtBot, workspace: Workspace, editions: Editions, qtmodeltester: object
) -> None:
    report = deviation_report(editions)
    view = DeviationView()
    qtbot.addWidget(view)
    view.set_report(report)
    model = view.grid_model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    services = [s.slug for s in report.services]
    assert model.rowCount() == len(workspace.pathways()) == 3
    assert model.columnCount() == len(services)
    cells = 0
    for row, pathway in enumerate(workspace.pathways()):
        members = {s.slug for s in workspace.services_of(pathway.slug)}
        for column, service in enumerate(services):
            index = model.index(row, column)
            if service in members:
                cells += 1
                assert re.fullmatch(r"(<1|>99|\d+)%", index.data()), index.data()
                assert index.data(Qt.ItemDataRole.ToolTipRole)
            else:
                assert index.data() is None
    assert cells == sum(len(workspace.services_of(p.slug)) for p in workspace.pathways())
    fastlege = model.index(2, services.index("ppt"))
    assert fastlege.data() == "24%"
    assert "Bergen kommune: Role keeps 76% (stale)" in fastlege.data(Qt.ItemDataRole.ToolTipRole)
    quiet = model.index(2, services.index("skole"))
    assert quiet.data() == "0%"
    assert fastlege.data(Qt.ItemDataRole.BackgroundRole) != quiet.data(
        Qt.ItemDataRole.BackgroundRole
    )
    view.scope_combo.setCurrentIndex(view.scope_combo.findData("voss"))
    assert model.index(2, services.index("ppt")).data() == "0%"


def test_deviation_table_per_edition(
    qtbot: QtBot, editions: Editions, qtmodeltester: object
) -> None:
    view = DeviationView()
    qtbot.addWidget(view)
    view.set_report(deviation_report(editions))
    view.show_edition("bergen")
    model = view.table_model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    rows = {
        model.index(r, 2).data() + "/" + model.index(r, 1).data(): r
        for r in range(model.rowCount())
    }
    assert len(rows) == 3
    assert "Introduction/" in rows  # the pathway's own text has no service
    referral = rows["Role/PP-tjenesten (PPT)"]
    assert model.index(referral, model.KEPT).data() == "76%"
    assert model.index(referral, model.STALE).data() == "Yes"
    assert model.index(referral, model.STALE).data(Qt.ItemDataRole.DecorationRole) is not None
    assert view.summary_label.text() == "«Bergen kommune»: 3 section(s) adapted; stale: 1."
    with qtbot.waitSignal(view.section_activated) as signal:
        view.table.activated.emit(view.table_proxy.mapFromSource(model.index(referral, 0)))
    assert signal.args == ["bergen", STALE]


def test_deviation_summary_counts_one_adaptation_in_the_singular(
    qtbot: QtBot, qapp: QApplication, editions: Editions
) -> None:
    """An edition that has adapted one section says so in the singular, in nb and nn."""
    _kept, *others = editions.overrides("voss")
    for override in others:
        editions.revert(override.ref, "voss")
    view = DeviationView()
    qtbot.addWidget(view)
    shown = {}
    for language in ("nb", "nn"):
        install_translator(qapp, language)
        try:
            view.set_report(deviation_report(editions))
            view.show_edition("voss")
            shown[language] = view.summary_label.text()
        finally:
            install_translator(qapp, "en")
    assert shown == {
        "nb": "«Voss herad»: 1 seksjon tilpasset; utdatert: 0.",
        "nn": "«Voss herad»: 1 seksjon tilpassa; forelda: 0.",
    }


def test_deviation_export_writes_the_same_csv_as_the_cli(
    qtbot: QtBot,
    demo_db: Path,
    editions: Editions,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = DeviationView()
    qtbot.addWidget(view)
    view.set_report(deviation_report(editions))
    target = tmp_path / "avvik"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    with qtbot.waitSignal(view.exported):
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    written = (tmp_path / "avvik.csv").read_text(encoding="utf-8-sig")
    out = io.StringIO()
    old, sys.stdout = sys.stdout, out
    try:
        assert run(["deviation", str(demo_db), "--format", "csv"]) == 0
    finally:
        sys.stdout = old
    assert written == out.getvalue()
    assert written.splitlines()[0] == "edition,pathway,service,kind,kept_percent,stale"
    assert "bergen,habilitering,ppt,role,76,yes" in written.splitlines()


# -- managing editions --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Øygarden kommune", "oygarden-kommune"),
        ("Bø i Telemark", "bo-i-telemark"),
        ("Ærøy – Helse", "aeroy-helse"),
        ("Vågå", "vaga"),
        ("  ", ""),
    ],
)
def test_slug_suggested_from_a_norwegian_name(name: str, slug: str) -> None:
    assert suggest_slug(name) == slug


def test_use_both_keeps_lines_on_lines_and_commas_close() -> None:
    assert join_both("en setning", "ei anna") == "en setning ei anna"
    assert join_both("- punkt a", "- punkt b") == "- punkt a\n- punkt b"
    assert join_both("med eleven", ", for eksempel") == "med eleven, for eksempel"


def test_create_edition_suggests_the_slug(qtbot: QtBot, editions: Editions) -> None:
    dialog = CreateEditionDialog(editions)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Øygarden kommune")
    assert dialog.slug_edit.text() == "oygarden-kommune"
    qtbot.keyClicks(dialog.organisation_edit, "Øygarden kommune")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.created is not None and dialog.created.slug == "oygarden-kommune"
    summary = editions.summary("oygarden-kommune")
    assert (summary.name, summary.organisation, summary.overrides) == (
        "Øygarden kommune",
        "Øygarden kommune",
        0,
    )


def test_create_edition_keeps_an_edited_slug_and_reports_problems(
    qtbot: QtBot, editions: Editions
) -> None:
    dialog = CreateEditionDialog(editions)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.slug_edit, "Askøy!")
    qtbot.keyClicks(dialog.name_edit, "Askøy")
    assert dialog.slug_edit.text() == "Askøy!"  # the writer's own slug is not overwritten
    assert not dialog.ok_button.isEnabled()
    assert "lower-case" in dialog.slug_hint.text()
    dialog.slug_edit.clear()
    qtbot.keyClicks(dialog.slug_edit, "voss")  # taken
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.created is None and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisibleTo(dialog) and "voss" in dialog.error_label.text()


def test_rename_edition(qtbot: QtBot, editions: Editions) -> None:
    dialog = RenameEditionDialog(editions, "voss")
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == "Voss herad"
    dialog.name_edit.setText("Voss herad (Vestland)")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.renamed is not None
    summary = editions.summary("voss")
    assert (summary.name, summary.overrides) == ("Voss herad (Vestland)", 2)


def test_delete_edition_with_overrides_asks_first(qtbot: QtBot, editions: Editions) -> None:
    dialog = DeleteEditionDialog(editions, "voss")
    qtbot.addWidget(dialog)
    assert dialog.export_button.isVisibleTo(dialog)
    assert dialog.cancel_button.isDefault()
    assert "voss" in [s.slug for s in editions.summaries()]  # nothing happens by opening
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.deleted and dialog.exported_to is None
    assert "voss" not in [s.slug for s in editions.summaries()]


def test_delete_edition_can_export_first(
    qtbot: QtBot, editions: Editions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(tmp_path))
    dialog = DeleteEditionDialog(editions, "bergen")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.deleted and dialog.exported_to is not None
    assert dialog.exported_to.parent == tmp_path and dialog.exported_to.name.startswith(
        "kartedit-bergen-"
    )
    assert any(dialog.exported_to.rglob("*.md"))
    assert "bergen" not in [s.slug for s in editions.summaries()]


def test_delete_edition_without_overrides_and_regional_refused(
    qtbot: QtBot, editions: Editions, capsys: pytest.CaptureFixture[str]
) -> None:
    editions.create("odda", "Odda", "Ullensvang herad")
    dialog = DeleteEditionDialog(editions, "odda")
    qtbot.addWidget(dialog)
    assert not dialog.export_button.isVisibleTo(dialog)
    dialog.cancel_button.click()
    assert not dialog.deleted
    assert "odda" in [s.slug for s in editions.summaries()]
    assert delete_edition(editions, "regional") is False
    assert "cannot be deleted" in capsys.readouterr().err
