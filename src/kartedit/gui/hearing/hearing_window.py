"""GUI: the coordinator's hearing view — pick a round, read each section's comments, decide.

API:
    HearingWindow(workspace, *, round_key=None, author=None, parent=None)
        set_round(key) -> bool; select_section(ref | None) -> bool (None: all sections);
        refresh(); show_thread(comment_id); the decisions reply / resolve / reopen /
        accept / reject (comment_id), approve_section(), approve_round(), close_round(),
        save_summary(), export_approved(), import_responses(paths=None);
        .sections, .text, .threads (the panes), .commands (HearingActions);
        signal texts_changed(object: SectionRef) — a text or status changed here
Every decision is one call to ``services.decisions``; its refusals become calm messages.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kartedit.domain.hearing import HearingRound
from kartedit.domain.people import Author
from kartedit.domain.responses import HearingThread
from kartedit.domain.review import CommentKind
from kartedit.domain.sections import SectionRef
from kartedit.gui.common import confirm, who
from kartedit.gui.common.errors import calmly, ran_calmly
from kartedit.gui.common.labels import date_label, place_label, section_label
from kartedit.gui.common.placement import remember_place
from kartedit.gui.hearing.decisions_controller import DecisionsController
from kartedit.gui.hearing.hearing_actions import HearingActions
from kartedit.gui.hearing.hearing_panes import (
    RoundBanner,
    SectionsList,
    SectionTextPane,
)
from kartedit.gui.hearing.hearing_threads import HearingThreadsPanel
from kartedit.gui.hearing.import_dialog import ResponseImport, choose_responses
from kartedit.gui.hearing.round_dialogs import (
    ApproveRoundDialog,
    approve_report_text,
    choose_bundle_target,
    choose_summary_file,
    info_box,
)
from kartedit.gui.review.reviewer_view import Highlight
from kartedit.services.approved import export_approved_bundle
from kartedit.services.decisions import Decisions, SectionOverview
from kartedit.services.names import MapNames
from kartedit.services.rounds import close_round, get_round, list_rounds
from kartedit.services.summary import save_summary
from kartedit.services.workspace import Workspace

P = ParamSpec("P")
T = TypeVar("T")
AuthorSource = Callable[[], Author | None]


class HearingWindow(QMainWindow):
    """Høyring: sections on the left, the chosen text in the middle, its threads on the right."""

    texts_changed = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        *,
        round_key: str | None = None,
        author: AuthorSource | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("HearingWindow")
        self.workspace = workspace
        self.decisions = Decisions(workspace)
        self._author = author or (lambda: who.current_author(self))
        self.hearing: HearingRound | None = None
        self.overview: dict[SectionRef, SectionOverview] = {}
        self.shown: SectionRef | None = None
        self.importer: ResponseImport | None = None
        self.names = MapNames.of_workspace(workspace)
        self._editions = {e.slug: e.name for e in calmly(self, workspace.editions) or []}

        self.deciding = DecisionsController(self, self)
        self.commands = HearingActions(self)
        self.round_box = QComboBox(self)
        self.round_box.setMinimumContentsLength(34)
        self.round_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.round_label = QLabel(self)
        self.round_label.setBuddy(self.round_box)
        self.commands.build_menus(self, [self.round_label, self.round_box])
        self.banner = RoundBanner(self)
        self.sections = SectionsList(self)
        self.text = SectionTextPane(self)
        self.threads = HearingThreadsPanel(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for pane in (self.sections, self.text, self.threads):
            self.splitter.addWidget(pane)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(1, 1)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.statusBar().setSizeGripEnabled(True)  # there from the start: no jump on a message
        self._connect()
        self.retranslate()
        self.load_rounds(round_key)

    def _connect(self) -> None:
        a = self.commands
        a.import_responses.triggered.connect(lambda: self.import_responses())
        a.refresh.triggered.connect(self.refresh)
        a.approve_section.triggered.connect(self.approve_section)
        a.approve_round.triggered.connect(self.approve_round)
        a.close_round.triggered.connect(self.close_round)
        a.summary.triggered.connect(self.save_summary)
        a.export_approved.triggered.connect(self.export_approved)
        a.close_window.triggered.connect(self.close)
        a.focus_sections.triggered.connect(lambda: self.sections.setFocus())
        a.focus_text.triggered.connect(lambda: self.text.passage.setFocus())
        a.focus_comments.triggered.connect(lambda: self.threads.list.setFocus())
        t = self.threads
        for action, button in (
            (a.reply, t.reply_button),
            (a.resolve, t.resolve_button),
            (a.reopen, t.reopen_button),
            (a.accept, t.accept_button),
            (a.reject, t.reject_button),
        ):
            action.triggered.connect(button.click)
        t.reply_requested.connect(self.reply)
        t.resolve_requested.connect(self.resolve)
        t.reopen_requested.connect(self.reopen)
        t.accept_requested.connect(self.accept)
        t.reject_requested.connect(self.reject)
        t.thread_chosen.connect(self.show_thread)
        t.filters_changed.connect(self.refresh)
        t.list.currentItemChanged.connect(lambda *_: self._update_actions())
        self.sections.section_chosen.connect(self.select_section)
        self.text.passage.highlight_clicked.connect(self._on_highlight)
        self.text.orphan_chosen.connect(self._on_highlight)
        self.text.approve_button.clicked.connect(self.approve_section)
        self.round_box.currentIndexChanged.connect(self._on_round_chosen)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hearing rounds — kartedit"))
        self.setAccessibleName(self.tr("Hearing rounds: the coordinator's review view"))
        self.round_label.setText(self.tr("&Round:"))
        self.round_box.setAccessibleName(self.tr("Hearing round"))
        self.splitter.setAccessibleName(self.tr("Sections, text and comments"))

    def apply_default_layout(self, width: int = 1280, height: int = 800) -> None:
        self.resize(width, height)
        left = max(250, width * 22 // 100)
        right = max(380, width * 37 // 100)
        self.splitter.setSizes([left, width - left - right, right])

    # -- plumbing -----------------------------------------------------------------------

    def _who(self) -> Author | None:
        return self._author()

    def _status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # -- rounds -------------------------------------------------------------------------

    def load_rounds(self, wanted: str | None = None) -> None:
        rounds = calmly(self, list_rounds, self.workspace) or []
        if wanted is not None:
            found = calmly(self, get_round, self.workspace, wanted)
            wanted = found.id if found else None
        keep = wanted or (self.hearing.id if self.hearing else None)
        self.round_box.blockSignals(True)
        self.round_box.clear()
        for hearing in rounds:
            state = self.tr("open") if hearing.is_open else self.tr("closed")
            self.round_box.addItem(
                self.tr("{name} ({state}, deadline {deadline})").format(
                    name=hearing.name, state=state, deadline=date_label(hearing.deadline)
                ),
                hearing.id,
            )
        self.round_box.blockSignals(False)
        if not rounds:
            self.hearing = None
            self.text.show_nothing(
                self.tr(
                    "No hearing rounds yet. Start one in the main window with Hearing → Start "
                    "hearing round…, export its review bundle, and import the responses here."
                )
            )
            self._update_actions()
            return
        index = self.round_box.findData(keep) if keep else 0
        self.round_box.setCurrentIndex(max(index, 0))
        self._on_round_chosen()

    def _on_round_chosen(self) -> None:
        key = self.round_box.currentData()
        if key:
            self.set_round(str(key))

    def set_round(self, key: str) -> bool:
        hearing = calmly(self, get_round, self.workspace, key)
        if hearing is None:
            return False
        changed = self.hearing is None or self.hearing.id != hearing.id
        self.hearing = hearing
        index = self.round_box.findData(hearing.id)
        if index >= 0 and index != self.round_box.currentIndex():
            self.round_box.blockSignals(True)
            self.round_box.setCurrentIndex(index)
            self.round_box.blockSignals(False)
        self.threads.set_reviewers(calmly(self, self.decisions.reviewers, hearing.id) or [])
        self._load_overview()
        if changed:
            self.sections.select(None)
            self.shown = None
        self.refresh()
        return True

    def _load_overview(self) -> None:
        hearing = self.hearing
        assert hearing is not None
        overview = calmly(self, self.decisions.sections, hearing.id) or []
        self.overview = {o.ref: o for o in overview}
        self.sections.set_sections(
            overview,
            self.names,
        )
        self.banner.show_round(
            hearing,
            self._editions.get(hearing.edition, hearing.edition),
            calmly(self, self.decisions.reviewers, hearing.id) or [],
            sum(o.open for o in overview),
            sum(o.comments for o in overview),
        )

    # -- showing ------------------------------------------------------------------------

    def select_section(self, ref: SectionRef | None) -> bool:
        """Show one section's threads (None: every section's); the text follows."""
        if self.hearing is None or (ref is not None and ref not in self.overview):
            return False
        self.sections.select(ref)
        self.shown = ref
        self.refresh()
        return True

    def refresh(self) -> None:
        """Reload the threads with the filters, and the text they are about."""
        if self.hearing is None:
            return
        wanted = self.sections.current_ref()
        f = self.threads.filters()
        found = calmly(
            self,
            self.decisions.threads,
            self.hearing.id,
            section=wanted,
            state=f.state,
            reviewer=f.reviewer,
            organisation=f.organisation,
        )
        threads = found or []
        self.threads.set_threads(threads, section_label=None if wanted else self.section_label)
        current = self.threads.current_thread()
        ref = wanted or (current.root.section if current else None)
        if ref is None and threads:
            ref = threads[0].root.section
        if ref is None:
            self.shown = None
            self.text.show_nothing(self.tr("No comments match the filters in this round."))
        else:
            self._show_text(ref, threads)
        self._update_actions()

    def _show_text(self, ref: SectionRef, threads: list[HearingThread]) -> None:
        assert self.hearing is not None
        view = calmly(self, self.workspace.section, ref, self.hearing.edition)
        if view is None:
            return
        self.shown = ref
        mine = [t for t in threads if t.root.section == ref]
        highlights = []
        orphans = []
        for thread in mine:
            root = thread.root
            placement = root.placement
            if placement is None or placement.start is None or placement.end is None:
                orphans.append(root)
                continue
            highlights.append(
                Highlight(
                    placement.start,
                    placement.end,
                    root.id,
                    root.kind is CommentKind.SUGGESTION,
                    self.threads.tip(thread),
                )
            )
        crumbs = place_label(self.names, ref)
        self.text.show_section(view, crumbs, highlights, orphans, self.overview.get(ref))
        current = self.threads.current_thread()
        if current is not None:
            self.text.passage.set_active(current.root.id)

    def show_thread(self, comment_id: str) -> None:
        """Bring a thread's passage into view (loading its section's text if needed)."""
        thread = next((t for t in self.threads.threads() if t.root.id == comment_id), None)
        if thread is None:
            return
        root = thread.root
        if root.section != self.shown:
            self._show_text(root.section, self.threads.threads())
        self.text.passage.set_active(root.id)
        placement = root.placement
        if placement is not None and placement.start is not None:
            self.text.passage.select_range(placement.start, placement.start)
        self._update_actions()

    def _on_highlight(self, comment_id: str) -> None:
        self.threads.select_comment(comment_id)
        self.text.passage.set_active(comment_id)
        self._update_actions()

    def _update_actions(self) -> None:
        t = self.threads
        a = self.commands
        a.reply.setEnabled(t.reply_button.isEnabled())
        a.resolve.setEnabled(t.resolve_button.isEnabled())
        a.reopen.setEnabled(t.reopen_button.isEnabled())
        a.accept.setEnabled(t.accept_button.isEnabled())
        a.reject.setEnabled(t.reject_button.isEnabled())
        has_round = self.hearing is not None
        for action in (a.approve_round, a.summary, a.export_approved, a.refresh):
            action.setEnabled(has_round)
        a.close_round.setEnabled(has_round and self.hearing is not None and self.hearing.is_open)
        a.approve_section.setEnabled(self.shown is not None)
        self.text.approve_button.setEnabled(self.shown is not None)

    def _after_change(self, ref: SectionRef | None = None, message: str = "") -> None:
        if self.hearing is not None:
            self._load_overview()
        self.refresh()
        if message:
            self._status(message)
        if ref is not None:
            self.texts_changed.emit(ref)

    # -- deciding (the workflows live in DecisionsController) ---------------------------

    def reply(self, comment_id: str) -> bool:
        return self.deciding.reply(comment_id)

    def resolve(self, comment_id: str) -> bool:
        return self.deciding.resolve(comment_id)

    def reopen(self, comment_id: str) -> bool:
        return self.deciding.reopen(comment_id)

    def reject(self, comment_id: str) -> bool:
        return self.deciding.reject(comment_id)

    def accept(self, comment_id: str) -> bool:
        """Into the text as a new revision — or through the three-way view if it moved."""
        return self.deciding.accept(comment_id)

    # -- the seat the decisions controller uses ------------------------------------------

    def has_round(self) -> bool:
        return self.hearing is not None

    def thread_of(self, comment_id: str) -> HearingThread | None:
        return self.threads.thread_of(comment_id)

    def section_label(self, ref: SectionRef) -> str:
        return section_label(self.names, ref)

    def edition_name(self, slug: str) -> str:
        return self._editions.get(slug, slug)

    def author(self) -> Author | None:
        return self._who()

    def changed(
        self, ref: SectionRef | None, *, message: str = "", select: str | None = None
    ) -> None:
        if select is not None:
            self.threads.select_comment(select)
        self._after_change(ref, message)

    # -- approving and closing ----------------------------------------------------------

    def approve_section(self) -> bool:
        ref = self.shown
        if ref is None or self.hearing is None:
            return False
        author = self._who()
        if author is None:
            return False
        changed = calmly(self, self.decisions.approve_section, self.hearing.id, ref, author)
        if changed is None:
            return False
        message = (
            self.tr("«{section}» is approved.")
            if changed
            else self.tr("«{section}» was already approved.")
        ).format(section=self.section_label(ref))
        self._after_change(ref, message)
        return True

    def approve_round(self) -> bool:
        hearing = self.hearing
        if hearing is None:
            return False
        dialog = ApproveRoundDialog(hearing, list(self.overview.values()), self.section_label, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        author = self._who()
        if author is None:
            return False
        report = calmly(
            self, self.decisions.approve_round, hearing.id, author, close=dialog.close_round()
        )
        if report is None:
            return False
        summary, details = approve_report_text(report, self.section_label)
        self.load_rounds(hearing.id)
        for ref in report.approved:
            self.texts_changed.emit(ref)
        self.last_report = (summary, details)
        box = info_box(self, self.tr("Approve the round"), summary, details)
        box.open()
        return True

    def close_round(self) -> bool:
        hearing = self.hearing
        if hearing is None or not hearing.is_open:
            return False
        waiting = sum(o.open for o in self.overview.values())
        detail = self.tr("%n comment(s) or suggestion(s) still have no decision.", "", waiting)
        if not confirm.ask(
            self,
            self.tr("Close the round"),
            self.tr(
                "Close «{name}»? No more responses can be imported into it, and its sections "
                "are no longer «in hearing»."
            ).format(name=hearing.name),
            self.tr("Close round"),
            detail=detail if waiting else "",
        ):
            return False
        author = self._who()
        closed = author is not None and ran_calmly(
            self, close_round, self.workspace, hearing.id, author
        )
        if closed:
            self.load_rounds(hearing.id)
            self._status(self.tr("The round «{name}» is closed.").format(name=hearing.name))
        return bool(closed)

    # -- files --------------------------------------------------------------------------

    def save_summary(self) -> Path | None:
        hearing = self.hearing
        if hearing is None:
            return None
        chosen = choose_summary_file(self, self.tr("hearing summary") + ".html")
        if chosen is None:
            return None
        path, fmt = chosen
        summary = calmly(self, save_summary, self.workspace, hearing.id, fmt, path)
        if summary is None:
            return None
        self._status(
            self.tr("Saved the hearing summary ({threads}) to {path}.").format(
                threads=self.tr("%n comment(s) and suggestion(s)", "", len(summary.threads)),
                path=str(path),
            )
        )
        return path

    def export_approved(self) -> Path | None:
        hearing = self.hearing
        if hearing is None:
            return None
        target = choose_bundle_target(self, self.tr("approved") + ".kartbundle")
        if target is None:
            return None
        author = self._who()
        if author is None:
            return None
        done = calmly(self, export_approved_bundle, self.workspace, hearing.id, target, author)
        if done is None:
            return None
        summary = self.tr("Wrote {path}: %n approved section(s).", "", len(done.manifest.sections))
        details = "\n".join(
            self.tr("Left out (not approved): {section}").format(section=self.section_label(ref))
            for ref, _status in done.left_out
        )
        info_box(
            self, self.tr("Export approved bundle"), summary.format(path=str(target)), details
        ).open()
        return target

    def import_responses(self, paths: list[Path] | None = None) -> ResponseImport | None:
        """Import response bundles in the background; the view refreshes when they are in."""
        if self.importer is not None and self.importer.is_running():
            return None
        chosen = paths if paths is not None else choose_responses(self)
        if not chosen:
            return None
        if self.importer is not None:
            self.importer.deleteLater()  # done: its report dialog lives on by itself
        self.importer = ResponseImport(self.workspace, chosen, self)
        self.importer.finished.connect(lambda _report: self.load_rounds())
        self.importer.start()
        return self.importer

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.importer is not None and self.importer.is_running():
            self.importer.cancel()
            self.importer.wait()
        remember_place(self, "hearing")
        super().closeEvent(event)
