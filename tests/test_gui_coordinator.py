"""GUI for the coordinator: import responses off the UI thread, the hearing view, decisions,
approving, the summary, approved bundles — and the whole hearing cycle through the windows."""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from kartedit.domain.hearing import HearingRound
from kartedit.domain.history import revision_message
from kartedit.domain.people import Author
from kartedit.domain.responses import AnchorStatus, CommentState
from kartedit.domain.review import CommentKind
from kartedit.domain.sections import SectionRef, Status
from kartedit.gui.common import confirm
from kartedit.gui.common.i18n import install_translator
from kartedit.gui.editions.three_way_dialog import ThreeWayDialog
from kartedit.gui.hearing.decision_dialogs import ReasonDialog
from kartedit.gui.hearing.hearing_window import HearingWindow
from kartedit.gui.hearing.import_dialog import ImportReportDialog, ResponseImport
from kartedit.gui.hearing.round_dialogs import ApplyReportDialog, ApproveRoundDialog
from kartedit.gui.review import reviewer_window
from kartedit.gui.review.comment_dialog import CommentDialog
from kartedit.gui.writer.main_window import MainWindow
from kartedit.services.decisions import Decisions
from kartedit.services.editions import Editions
from kartedit.services.workspace import Workspace
from kartedit.text.resolve import Choice
from tests.bundle_support import KARI, make_review_bundle
from tests.conftest import FixedClock
from tests.gui_support import drag_and_drop
from tests.response_support import (
    BUP_INTERVENTION,
    GOES,
    HEARING_TABLES,
    MOVES,
    OLA,
    PASSAGES,
    REVIEWERS,
    ROLE,
    SIRI,
    SUGGESTED,
    Response,
    edit_after_export,
    respond,
    table_rows,
)
from tests.test_i18n import untranslated_english, visible_texts

AUD = REVIEWERS[3]
Accepted = QDialog.DialogCode.Accepted


# -- set-up -------------------------------------------------------------------------------


pytestmark = pytest.mark.usefixtures("coordinator", "close_windows")


@pytest.fixture
def yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every confirmation is answered with its action; the titles are recorded."""
    asked: list[str] = []

    def ask(_parent: object, title: str, *_args: object, **_kwargs: object) -> bool:
        asked.append(title)
        return True

    monkeypatch.setattr(confirm, "ask", ask)
    return asked


class Hearing:
    """A round with its review bundle, and three reviewers' responses to it."""

    def __init__(self, workspace: Workspace, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.review = folder / "høyring.kartbundle"
        self.round: HearingRound = make_review_bundle(workspace, self.review)[0]
        clock = FixedClock()
        self.responses: list[Response] = [
            respond(self.review, folder, OLA, list(PASSAGES[:3]), suggest=True, clock=clock),
            respond(self.review, folder, SIRI, [MOVES, PASSAGES[3]], reply=True, clock=clock),
            respond(self.review, folder, AUD, [GOES, PASSAGES[5]], clock=clock),
        ]

    @property
    def paths(self) -> list[Path]:
        return [r.path for r in self.responses]

    @property
    def comments(self) -> int:
        return sum(len(r.comments) for r in self.responses)

    def suggestion(self) -> str:
        return next(c.id for c in self.responses[0].comments if c.kind is CommentKind.SUGGESTION)


@pytest.fixture
def hearing(workspace: Workspace, tmp_path: Path) -> Hearing:
    made = Hearing(workspace, tmp_path / "mail")
    text = workspace.section(ROLE).text
    workspace.save(ROLE, edit_after_export(text), KARI, message="Edited after the export")
    return made


@pytest.fixture
def main(workspace: Workspace) -> Iterator[MainWindow]:
    window = MainWindow(workspace)
    yield window
    window.close()
    window.deleteLater()


def run_import(qtbot: QtBot, importer: ResponseImport | None) -> ImportReportDialog:
    assert importer is not None
    qtbot.waitUntil(lambda: importer.report_dialog is not None, timeout=20_000)
    assert not importer.is_running()
    assert importer.report_dialog is not None
    return importer.report_dialog


def import_through_menu(
    qtbot: QtBot, main: MainWindow, paths: list[Path], monkeypatch: pytest.MonkeyPatch
) -> ImportReportDialog:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *args: ([str(p) for p in paths], "")
    )
    main.hearing.import_responses_action.trigger()
    return run_import(qtbot, main.hearing.importer)


@pytest.fixture
def imported(
    qtbot: QtBot, main: MainWindow, hearing: Hearing, monkeypatch: pytest.MonkeyPatch
) -> HearingWindow:
    import_through_menu(qtbot, main, hearing.paths, monkeypatch)
    window = main.hearing.open_rounds(hearing.round.id)
    window.select_section(None)
    return window


def rows(dialog: ImportReportDialog) -> dict[str, list[list[str]]]:
    """Per file (its first column), every comment's row as the columns' texts."""
    found = {}
    for index in range(dialog.tree.topLevelItemCount()):
        top = dialog.tree.topLevelItem(index)
        found[top.text(0)] = [
            [top.child(i).text(c) for c in range(4)] for i in range(top.childCount())
        ]
    return found


# -- importing ----------------------------------------------------------------------------


def test_three_responses_import_off_the_ui_thread_with_an_itemised_report(
    qtbot: QtBot,
    main: MainWindow,
    hearing: Hearing,
    workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = import_through_menu(qtbot, main, hearing.paths, monkeypatch)
    report = dialog.report
    assert [f.path for f in report.files] == hearing.paths and report.all_imported
    found = rows(dialog)
    assert len(found) == 3
    ola, siri, aud = found.values()
    assert len(ola) == 4 and len(siri) == 3 and len(aud) == 2
    assert all(row[0].endswith(": new") for row in ola + siri + aud)
    titles = list(found)
    assert "Ola Nordmann (PPT Voss), rådgjevar" in titles[0]
    assert "Siri Helse (BUP Bergen)" in titles[1]
    assert siri[-1][:2] == ["Reply: new", "Fastlege › Role"]
    assert siri[-1][3] == "in its thread"
    assert [r[0] for r in ola if r[0].startswith("Suggestion")] == ["Suggestion: new"]
    where = {(row[2], row[3]) for row in ola + siri + aud}
    assert (f"«{MOVES[1]}»", "moved: re-anchored") in where
    assert (f"«{GOES[1]}»", "orphaned: passage gone") in where
    assert (f"«{SUGGESTED[1]}»", "in place") in where
    text = dialog.report_text()
    assert "3 file(s) imported; 0 refused." in text
    assert "9 new" in text and "Aud Brukar" in text
    dialog.copy_report()
    assert QApplication.clipboard().text() == text
    # everything is in the database, once
    assert len(Decisions(workspace).comments(hearing.round.id)) == hearing.comments - 1

    before = table_rows(workspace.path, *HEARING_TABLES)
    again = import_through_menu(qtbot, main, hearing.paths, monkeypatch)
    assert all(row[0].endswith(": already present") for r in rows(again).values() for row in r)
    assert "(imported before)" in again.report_text()
    assert table_rows(workspace.path, *HEARING_TABLES) == before


def test_a_refused_file_is_reported_and_the_others_go_in(
    qtbot: QtBot,
    main: MainWindow,
    hearing: Hearing,
    workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = tmp_path / "svar-øydelagt.kartbundle"
    broken.write_bytes(b"not a zip at all")
    dialog = import_through_menu(qtbot, main, [broken, hearing.paths[0]], monkeypatch)
    top = dialog.tree.topLevelItem(0)
    assert top.text(0) == f"{broken.name}: refused"
    assert "not a ZIP" in top.child(0).text(0)
    assert str(broken) in top.child(0).text(0)
    assert dialog.tree.topLevelItem(1).childCount() == 4
    assert "1 file(s) imported; 1 refused." in dialog.summary.text()
    assert len(Decisions(workspace).comments(hearing.round.id)) == 4


def test_a_cancelled_import_leaves_the_files_not_reached_untouched(
    qtbot: QtBot, hearing: Hearing, workspace: Workspace
) -> None:
    before = table_rows(workspace.path, *HEARING_TABLES)
    importer = ResponseImport(workspace, hearing.paths)
    importer.cancel()  # before the first file: nothing is reached
    importer.start()
    dialog = run_import(qtbot, importer)
    assert dialog.report.cancelled
    assert all(f.cancelled for f in dialog.report.files)
    assert "not imported (cancelled)" in dialog.report_text()
    assert table_rows(workspace.path, *HEARING_TABLES) == before
    dialog.close()


def test_dropped_response_bundles_are_imported_and_a_review_bundle_opens(
    qtbot: QtBot, main: MainWindow, hearing: Hearing, workspace: Workspace
) -> None:
    main.show()
    _enter, drop = drag_and_drop([*hearing.paths, hearing.review], main.editor.editor.viewport())
    assert drop.isAccepted()
    assert list(reviewer_window._windows) == [hearing.review.resolve()]
    qtbot.waitUntil(lambda: main.hearing.importer is not None, timeout=5_000)
    dialog = run_import(qtbot, main.hearing.importer)
    assert len(dialog.report.files) == 3  # one import for the three responses
    assert main.editor.text() == ""
    assert len(Decisions(workspace).comments(hearing.round.id)) == hearing.comments - 1


# -- the review view ----------------------------------------------------------------------


def test_the_review_view_lists_every_comment_with_who_and_filters(
    imported: HearingWindow, hearing: Hearing
) -> None:
    panel = imported.threads
    assert len(panel.comment_ids()) == hearing.comments
    cards = [panel.list.topLevelItem(i) for i in range(panel.list.topLevelItemCount())]
    html = "\n".join(str(c.data(0, Qt.ItemDataRole.UserRole + 2)) for c in cards)
    for reviewer in (OLA, SIRI, AUD):
        assert reviewer.name in html and reviewer.organisation in html and reviewer.role in html
    assert "23.11.2026" in html  # local time, Norwegian order
    assert "OPEN" in html and "moved" in html and "orphaned" in html
    assert imported.banner.details.text().count("reviewer") == 1

    panel.reviewer_box.setCurrentIndex(panel.reviewer_box.findData(SIRI.name))
    assert {t.root.reviewer for t in panel.threads()} == {SIRI}
    panel.reviewer_box.setCurrentIndex(0)
    panel.organisation_box.setCurrentIndex(panel.organisation_box.findData(AUD.organisation))
    assert {t.root.reviewer for t in panel.threads()} == {AUD}
    panel.organisation_box.setCurrentIndex(0)

    assert imported.select_section(ROLE)
    assert {t.root.section for t in panel.threads()} == {ROLE}
    roots = panel.threads()
    orphaned = [t.root for t in roots if t.root.anchor_status is AnchorStatus.ORPHANED]
    assert len(orphaned) == 2  # Ola's and Aud's comments on the deleted passage
    passage = imported.text.passage
    assert len(passage.highlights()) == len(roots) - 2
    assert imported.text.orphans.count() == 2
    assert "passage gone" in imported.text.orphans.item(0).text()
    assert GOES[1] in imported.text.orphans.item(0).text()
    for mark in passage.highlights():
        assert passage.source[mark.start : mark.end] in {q for _, q in PASSAGES}
    moved = next(t.root for t in roots if t.root.anchor_status is AnchorStatus.MOVED)
    assert "moved" in next(m.tip for m in passage.highlights() if m.comment_id == moved.id)

    imported.resolve(moved.id)
    panel.state_box.setCurrentIndex(panel.state_box.findData("resolved"))
    assert [t.root.id for t in panel.threads()] == [moved.id]
    assert panel.reopen_button.isEnabled() and not panel.resolve_button.isEnabled()
    panel.state_box.setCurrentIndex(panel.state_box.findData("open"))
    assert moved.id not in [t.root.id for t in panel.threads()]


def test_reply_and_reject_with_a_reason_are_stored(
    imported: HearingWindow, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = imported.threads
    first = panel.threads()[0].root

    def reply(self: CommentDialog) -> int:
        self.text_edit.setPlainText("Takk, vi tek det med.")
        return int(Accepted.value)

    monkeypatch.setattr(CommentDialog, "exec", reply)
    assert imported.reply(first.id)
    thread = Decisions(workspace).thread(first.id)
    assert [r.comment.text for r in thread.replies][-1] == "Takk, vi tek det med."
    assert thread.replies[-1].reviewer.name == KARI.name

    shown: list[ReasonDialog] = []

    def reason(self: ReasonDialog) -> int:
        shown.append(self)
        assert not self.ok_button.isEnabled()  # a reason is required
        self.text_edit.setPlainText("Dekt av nasjonal rettleiar.")
        assert self.ok_button.isEnabled()
        return int(Accepted.value)

    monkeypatch.setattr(ReasonDialog, "exec", reason)
    assert imported.reject(first.id)
    stored = Decisions(workspace).comment(first.id)
    assert stored.state is CommentState.REJECTED
    assert stored.decision is not None
    assert stored.decision.reason == "Dekt av nasjonal rettleiar."
    assert stored.decision.by == KARI
    assert "Dekt av nasjonal rettleiar." in str(
        panel.list.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole + 2)
    )


def test_accepting_a_suggestion_makes_a_revision_with_the_replacement(
    imported: HearingWindow, hearing: Hearing, workspace: Workspace, yes: list[str]
) -> None:
    changed: list[SectionRef] = []
    imported.texts_changed.connect(changed.append)
    key = hearing.suggestion()
    imported.select_section(BUP_INTERVENTION)
    imported.threads.select_comment(key)
    assert imported.threads.accept_button.isEnabled()
    imported.threads.accept_button.click()
    assert yes == ["Accept the suggestion"]
    text = workspace.section(BUP_INTERVENTION).text
    assert SUGGESTED[2] in text and SUGGESTED[1] not in text
    head = workspace.history(BUP_INTERVENTION)[0]
    assert str(revision_message(head.message)) == f"Accepted suggestion from {OLA.author}"
    assert head.author == KARI
    assert Decisions(workspace).comment(key).state is CommentState.ACCEPTED
    assert changed == [BUP_INTERVENTION]
    assert SUGGESTED[2] in imported.text.passage.source
    assert not imported.threads.accept_button.isEnabled()


def test_an_outdated_suggestion_opens_the_three_way_view_and_saves(
    imported: HearingWindow,
    hearing: Hearing,
    workspace: Workspace,
    yes: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = workspace.section(BUP_INTERVENTION).text
    workspace.save(BUP_INTERVENTION, text.replace("12–16 timer", "12–14 timer"), KARI)
    imported.refresh()
    opened: list[ThreeWayDialog] = []

    def merge(dialog: ThreeWayDialog) -> int:
        opened.append(dialog)
        assert dialog.windowTitle().startswith("Accept a suggestion for")
        assert dialog.local_button.text() == "Use the s&uggestion"
        for index in range(dialog.conflict_count()):
            dialog.choose(Choice.LOCAL, index)
        return int(Accepted.value)

    monkeypatch.setattr(ThreeWayDialog, "exec", merge)
    assert imported.accept(hearing.suggestion())
    assert len(opened) == 1 and opened[0].conflict_count() == 1
    assert yes == []  # no plain confirmation: the three-way view is the question
    assert SUGGESTED[2] in workspace.section(BUP_INTERVENTION).text
    stored = Decisions(workspace).comment(hearing.suggestion())
    assert stored.state is CommentState.ACCEPTED


def test_cancelling_the_three_way_view_changes_nothing(
    imported: HearingWindow, hearing: Hearing, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = workspace.section(BUP_INTERVENTION).text
    workspace.save(BUP_INTERVENTION, text.replace("12–16 timer", "12–14 timer"), KARI)
    monkeypatch.setattr(
        ThreeWayDialog, "exec", lambda _self: int(QDialog.DialogCode.Rejected.value)
    )
    assert not imported.accept(hearing.suggestion())
    assert Decisions(workspace).comment(hearing.suggestion()).state is CommentState.OPEN
    assert "12–14 timer" in workspace.section(BUP_INTERVENTION).text


def test_approve_a_section_then_the_round(
    imported: HearingWindow,
    hearing: Hearing,
    workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    imported.select_section(ROLE)
    imported.approve_section()  # comments still open: refused calmly, nothing changes
    assert workspace.section(ROLE).status is Status.IN_HEARING
    for thread in imported.threads.threads():
        imported.resolve(thread.root.id)
    assert imported.approve_section()
    assert workspace.section(ROLE).status is Status.APPROVED

    shown: list[ApproveRoundDialog] = []

    def approve(self: ApproveRoundDialog) -> int:
        shown.append(self)
        self.close_box.setChecked(True)
        return int(Accepted.value)

    monkeypatch.setattr(ApproveRoundDialog, "exec", approve)
    assert imported.approve_round()
    dialog = shown[0]
    waiting = [dialog.waiting.child(i).text(0) for i in range(dialog.waiting.childCount())]
    assert "Angst hos barn og unge › Fastlege › Assessment" in waiting
    assert any("Interventions" in w for w in waiting)
    summary, details = imported.last_report
    assert "Not approved: 3." in summary and "Decide on the remaining" in summary
    assert "Fastlege › Assessment: not approved, 1 without a decision" in details
    assert workspace.section(SectionRef.parse("angst/fastlege/evaluation")).status is (
        Status.APPROVED
    )
    assert imported.hearing is not None and imported.hearing.is_open  # not all approved


def test_a_section_rewritten_after_the_hearing_is_flagged(
    imported: HearingWindow, workspace: Workspace
) -> None:
    assessment = SectionRef.parse("angst/fastlege/assessment")
    workspace.save(assessment, "Heilt ny tekst om kartlegging hos fastlegen.", KARI)
    imported.load_rounds()
    imported.select_section(assessment)
    row = imported.sections.currentItem()
    assert row.text(2) == "changed"
    assert "new hearing" in row.toolTip(0)
    assert imported.text.changed.isVisibleTo(imported.text)
    assert "Changed substantially since the hearing" in imported.text.changed.text()
    imported.select_section(BUP_INTERVENTION)
    assert not imported.text.changed.isVisibleTo(imported.text)


def test_closing_the_round_asks_first_and_says_what_is_undecided(
    imported: HearingWindow, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str]] = []

    def ask(_parent: object, title: str, _text: str, _action: str, **kwargs: str) -> bool:
        asked.append((title, kwargs.get("detail", "")))
        return len(asked) > 1  # the first time: Cancel

    monkeypatch.setattr(confirm, "ask", ask)
    assert not imported.close_round()
    assert imported.hearing is not None and imported.hearing.is_open
    assert imported.close_round()
    assert asked[0] == ("Close the round", "8 comment(s) or suggestion(s) still have no decision.")
    assert imported.hearing is not None and not imported.hearing.is_open
    assert not imported.commands.close_round.isEnabled()
    assert "closed" in imported.round_box.currentText()


def test_the_hearing_summary_is_saved_as_csv_and_html(
    imported: HearingWindow, hearing: Hearing, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = imported.threads.comment_ids()
    for name, chosen_filter in (
        ("oppsummering.csv", ""),
        ("oppsummering", "Web page (*.html)"),
        ("merknader", "Word document (*.docx)"),
    ):
        target = tmp_path / name
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *args, t=target, f=chosen_filter: (str(t), f)
        )
        imported.commands.summary.trigger()
    with (tmp_path / "oppsummering.csv").open(encoding="utf-8-sig") as stream:
        table = list(csv.DictReader(io.StringIO(stream.read())))
    assert sorted(row["id"] for row in table) == sorted(ids)
    assert {row["navn"] for row in table} == {OLA.name, SIRI.name, AUD.name}
    page = (tmp_path / "oppsummering.html").read_text(encoding="utf-8")
    for reviewer in (OLA, SIRI, AUD):
        assert reviewer.name in page
    assert page.count("<tr>") >= len(hearing.responses[0].roots)
    import docx

    cells = {
        c.text for t in docx.Document(str(tmp_path / "merknader.docx")).tables for c in t._cells
    }
    assert {OLA.organisation, SIRI.organisation, AUD.organisation} <= cells


def test_the_hearing_view_speaks_bokmal(
    imported: HearingWindow, qapp: QApplication, qtbot: QtBot, hearing: Hearing
) -> None:
    install_translator(qapp, "nb")
    try:
        window = HearingWindow(imported.workspace, round_key=hearing.round.id)
        qtbot.addWidget(window)
        window.select_section(ROLE)
        assert window.commands.round_menu.title() == "&Runde"
        leftovers = sorted(set(visible_texts(window)) & untranslated_english("nb"))
        assert leftovers == []
        dialog = ReasonDialog(window.tr("Reject…"), "x", "y", window)
        qtbot.addWidget(dialog)
        assert sorted(set(visible_texts(dialog)) & untranslated_english("nb")) == []
    finally:
        install_translator(qapp, "en")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nb", "1 merknad eller forslag, 1 uten avgjørelse"),
        ("nn", "1 merknad eller forslag, 1 utan avgjerd"),
    ],
)
def test_the_round_banner_counts_one_comment_in_the_singular(
    qtbot: QtBot, qapp: QApplication, hearing: Hearing, language: str, expected: str
) -> None:
    """«1 merknader og forslag» was wrong: the banner's count takes the singular for one."""
    from kartedit.gui.hearing.hearing_panes import RoundBanner

    banner = RoundBanner()
    qtbot.addWidget(banner)
    install_translator(qapp, language)
    try:
        banner.show_round(hearing.round, "Regional", [OLA], open_count=1, total=1)
    finally:
        install_translator(qapp, "en")
    assert banner.details.text().splitlines()[-1] == expected


def test_screenshot_of_the_coordinators_view(
    imported: HearingWindow, hearing: Hearing, workspace: Workspace, tmp_path: Path
) -> None:
    from tests.test_gui_app import run_kartedit

    target = tmp_path / "coordinator.png"
    result = run_kartedit(
        str(workspace.path),
        "--screenshot",
        str(target),
        "--coordinator",
        hearing.round.id[:6],
        "--select",
        ROLE.key,
        "--language",
        "nb",
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 800)


# -- the whole cycle ----------------------------------------------------------------------


def test_the_whole_hearing_cycle_through_the_windows(
    qtbot: QtBot,
    demo_template: Path,
    tmp_path: Path,
    yes: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    region_db = tmp_path / "region.sqlite"
    town_db = tmp_path / "voss.sqlite"
    shutil.copy(demo_template, region_db)
    shutil.copy(demo_template, town_db)
    region = Workspace.open(region_db, clock=FixedClock())
    town = Workspace.open(town_db, clock=FixedClock())
    main = MainWindow(region)
    second = MainWindow(town, edition="voss")
    try:
        # the municipality adapts the BUP intervention text locally, before the hearing
        Editions(town).adapt(BUP_INTERVENTION, "voss", Author("Vera", "Voss herad"))
        local = town.section(BUP_INTERVENTION, "voss").text + "\n\nI Voss: ring BUP-vakta."
        town.save(BUP_INTERVENTION, local, Author("Vera", "Voss herad"), edition="voss")
        assert not town.section(BUP_INTERVENTION, "voss").stale

        # start the round and export it (services); three reviewers respond (reviewer path)
        hearing = Hearing(region, tmp_path / "mail")

        # import through the window
        import_through_menu(qtbot, main, hearing.paths, monkeypatch)
        window = main.hearing.open_rounds(hearing.round.id)
        window.select_section(None)
        assert len(window.threads.comment_ids()) == hearing.comments

        # decide: accept the suggestion, reject one comment, resolve the rest
        assert window.accept(hearing.suggestion())
        rejected = next(t.root.id for t in window.threads.threads() if t.root.state.value == "open")
        monkeypatch.setattr(
            ReasonDialog,
            "exec",
            lambda self: (self.text_edit.setPlainText("Ikkje no."), int(Accepted.value))[1],
        )
        assert window.reject(rejected)
        for thread in list(window.threads.threads()):
            if thread.root.state is CommentState.OPEN:
                assert window.resolve(thread.root.id)

        # approve the round and close it
        monkeypatch.setattr(
            ApproveRoundDialog,
            "exec",
            lambda self: (self.close_box.setChecked(True), int(Accepted.value))[1],
        )
        assert window.approve_round()
        assert window.hearing is not None and not window.hearing.is_open
        assert region.section(BUP_INTERVENTION).status is Status.APPROVED

        # export the approved bundle (patched file dialog)
        approved = tmp_path / "out" / "godkjent.kartbundle"
        approved.parent.mkdir()
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(approved), ""))
        assert window.export_approved() == approved and approved.is_file()

        # apply it to the municipality's copy, through its own window
        def stale_in(edition: str) -> set[SectionRef]:
            return {s.override.ref for s in Editions(town).stale(edition)}

        before = {edition: stale_in(edition) for edition in ("voss", "bergen")}
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(approved), ""))
        second.hearing.apply_action.trigger()
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, ApplyReportDialog)]
        assert len(shown) == 1
        report = shown[0].report
        assert [s.ref for s in report.updated] == [BUP_INTERVENTION]
        assert {s.ref: s.stale for s in report.updated}[BUP_INTERVENTION] == ("voss",)
        voss = next(e.name for e in town.editions() if e.slug == "voss")
        assert voss != "voss" and voss in shown[0].summary.text()  # by its name, not its slug
        tree = shown[0].tree
        rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        assert [r.text(2) for r in rows if r.toolTip(0) == BUP_INTERVENTION.key] == [voss]
        assert SUGGESTED[2] in town.section(BUP_INTERVENTION).text
        assert town.section(BUP_INTERVENTION, "voss").text == local  # never overwritten

        # the right overrides are stale, the others not
        assert stale_in("voss") == before["voss"] | {BUP_INTERVENTION}
        assert BUP_INTERVENTION not in before["voss"]
        assert stale_in("bergen") == before["bergen"]  # Bergen did not adapt that section

        # re-base through the editions window: the clean result is confirmed and saved
        assert second.select_section(BUP_INTERVENTION)
        from kartedit.gui.editions.carry_over import CleanRebaseDialog

        monkeypatch.setattr(CleanRebaseDialog, "exec", lambda _self: int(Accepted.value))
        assert second.editions.carry_over() is not None
        carried = town.section(BUP_INTERVENTION, "voss")
        assert not carried.stale
        assert SUGGESTED[2] in carried.text and "I Voss: ring BUP-vakta." in carried.text
    finally:
        for window_ in (main, second):
            window_.close()
            window_.deleteLater()
        region.close()
        town.close()


def test_a_word_documents_notes_show_in_the_report_in_the_users_language(
    qtbot: QtBot, qapp: QApplication
) -> None:
    from kartedit.domain.messages import QT_TRANSLATE_NOOP, Message
    from kartedit.services.response_import import (
        FileReport,
        ImportedItem,
        ImportReport,
        ItemOutcome,
    )
    from kartedit.services.word_responses import FACT_EDIT, UNTRACKED

    role = SectionRef.parse("angst/fastlege/role")
    items = (
        ImportedItem("c1", CommentKind.SUGGESTION, False, role, "ansvaret", ItemOutcome.NEW,
                     AnchorStatus.EXACT, UNTRACKED),
        ImportedItem("c2", CommentKind.COMMENT, False, role, "{{lokal:inntaksteam}}",
                     ItemOutcome.NEW, AnchorStatus.EXACT, FACT_EDIT),
    )  # fmt: skip
    left_out = Message.of(
        QT_TRANSLATE_NOOP("Hearing", "an empty comment by {author} was left out"), author="Siri"
    )
    report = ImportReport((FileReport(Path("svar.docx"), items, notes=(left_out,)),))
    install_translator(qapp, "nb")
    try:
        dialog = ImportReportDialog(report)
        qtbot.addWidget(dialog)
        text = dialog.report_text()
        assert "En tom merknad fra Siri ble utelatt" in text
        assert "på plass · endret uten sporing" in text
        assert "en lokal opplysning ble endret" in text.lower()
        assert "changed without tracking" not in text and "was left out" not in text
    finally:
        install_translator(qapp, "en")
