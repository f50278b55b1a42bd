"""GUI: the reviewer window — a review bundle's texts, the reviewer's comments, the response.

No database: everything comes from a ``ReviewSession`` (services/review.py), which checks
the bundle whole and keeps each change in the data folder as it is made. The window only
shows values and hands the reviewer's input to the session.

API:
    ReviewerWindow(session, parent=None)
        start(select=None), apply_default_layout(w, h), show_notices(), refresh(),
        select_section(ref) -> bool, show_comment(comment_id), step_comment(step);
        .work (gui/review/review_work.py): the comments' and the response's commands
    open_reviewer_window(path, parent=None, *, select=None) -> ReviewerWindow | None
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec, TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from kartedit import __version__
from kartedit.domain.errors import UserError
from kartedit.domain.model import REGIONAL, SectionState, ServiceInfo
from kartedit.domain.review import Comment, CommentKind, thread_root
from kartedit.domain.sections import SectionRef
from kartedit.gui.common.bundle_drop import (
    accept_bundle_drops,
    choose_bundle,
    open_bundle_window,
)
from kartedit.gui.common.errors import calmly, show_user_error
from kartedit.gui.common.labels import kind_and_owner, place_label
from kartedit.gui.common.parts import add_dock, focus_next_pane
from kartedit.gui.common.placement import place_window, remember_place
from kartedit.gui.review.comments_panel import CommentsPanel
from kartedit.gui.review.review_work import ReviewWork
from kartedit.gui.review.reviewer_actions import ReviewerActions, ReviewerMenus
from kartedit.gui.review.reviewer_view import Highlight, ReviewerView
from kartedit.gui.writer.map_tree import MapTree
from kartedit.services.bundles import comment_counts
from kartedit.services.fact_context import content_context
from kartedit.services.names import MapNames
from kartedit.services.quality import content_checker
from kartedit.services.review import ReviewSession

P = ParamSpec("P")
T = TypeVar("T")


def comment_summary(state: SectionState, _local: bool) -> str:
    """The tree's status column in a review: the number of threads, beside the comments icon
    (the tooltip says it in words)."""
    return str(state.open_comments) if state.open_comments else ""


class ReviewerWindow(QMainWindow):
    """One review bundle: map on the left, text and preview in the middle, comments right."""

    def __init__(self, session: ReviewSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ref: SectionRef | None = None
        self._shown: list[Comment] = []
        self.names = MapNames.of_pathways(session.pathways())
        self.setObjectName("ReviewerWindow")
        _remember(self)

        self.work = ReviewWork(self)
        self.commands = ReviewerActions(self)
        self.menus = ReviewerMenus(self, self.commands)
        self.tree = MapTree(
            self._services_of, self._states_of, self, summary=comment_summary, listed_only=True
        )
        self.view = ReviewerView(self)
        # the writer's underlines: spelling, terms, the other written standard — in the
        # standard of the edition each text comes from (an inherited one is regional)
        self._checkers = {
            inherited: content_checker(
                session.content, REGIONAL if inherited else session.manifest.edition.slug
            )
            for inherited in (False, True)
        }
        self.view.banner.export_button.setDefaultAction(self.commands.export_response)
        self.panel = CommentsPanel(self)
        self.setCentralWidget(self.view)
        self.map_dock = self._dock("ReviewMapDock", self.tree, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.comments_dock = self._dock(
            "CommentsDock", self.panel, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.drop = accept_bundle_drops(
            self,
            lambda path: open_bundle_window(path, self),
            [self.view.passage.viewport(), self.view.preview.viewport()],
        )
        self._connect()
        self.retranslate()
        self.tree.set_pathways(session.pathways(), local_edition=False)
        self.view.show_bundle(session.manifest)
        self.view.show_nothing()
        self.refresh()

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        return add_dock(self, self.menus, name, widget, area)

    def _connect(self) -> None:
        a = self.commands
        a.open_bundle.triggered.connect(self._open_other_bundle)
        a.export_response.triggered.connect(lambda: self.work.export_response())
        a.reviewer_details.triggered.connect(lambda: self.work.ask_reviewer(force=True))
        a.settings.triggered.connect(self.work.edit_settings)
        a.close_window.triggered.connect(self.close)
        a.quit.triggered.connect(QApplication.closeAllWindows)
        a.comment.triggered.connect(lambda: self.work.add_comment(suggestion=False))
        a.suggest.triggered.connect(lambda: self.work.add_comment(suggestion=True))
        a.reply.triggered.connect(lambda: self.work.reply())
        a.edit_comment.triggered.connect(lambda: self._on_current(self.work.edit))
        a.delete_comment.triggered.connect(lambda: self._on_current(self.work.delete))
        a.next_comment.triggered.connect(lambda: self.step_comment(1))
        a.previous_comment.triggered.connect(lambda: self.step_comment(-1))
        a.copy.triggered.connect(self.view.passage.copy)
        a.select_all.triggered.connect(self.view.passage.selectAll)
        a.all_sections.toggled.connect(self.panel.all_box.setChecked)
        a.next_pane.triggered.connect(lambda: self.cycle_focus(1))
        a.previous_pane.triggered.connect(lambda: self.cycle_focus(-1))
        a.focus_map.triggered.connect(lambda: self._focus(self.map_dock, self.tree.view))
        a.focus_text.triggered.connect(lambda: self.view.passage.setFocus())
        a.focus_comments.triggered.connect(lambda: self._focus(self.comments_dock, self.panel))
        a.about.triggered.connect(self.about)

        self.tree.section_chosen.connect(self.open_section)
        self.tree.open_requested.connect(self._open_and_focus)
        self.panel.comment_chosen.connect(self.show_comment)
        self.panel.reply_requested.connect(self.work.reply)
        self.panel.edit_requested.connect(self.work.edit)
        self.panel.delete_requested.connect(self.work.delete)
        self.panel.scope_changed.connect(self._on_scope_changed)
        self.panel.list.currentItemChanged.connect(lambda *_: self._update_actions())
        self.view.passage.highlight_clicked.connect(self._on_highlight_clicked)

    def retranslate(self) -> None:
        self.map_dock.setWindowTitle(self.tr("Sections in this hearing"))
        self.comments_dock.setWindowTitle(self.tr("Comments"))
        self.map_dock.toggleViewAction().setText(self.tr("&Map"))
        self.comments_dock.toggleViewAction().setText(self.tr("C&omments panel"))
        self.tree.view.setAccessibleDescription(
            self.tr("Press Enter on a section to read it and comment on it; F6 moves on.")
        )
        self.setAccessibleName(self.tr("kartedit reviewer window"))

    def apply_default_layout(self, width: int = 1280, height: int = 800) -> None:
        self.resize(width, height)
        self.resizeDocks(
            [self.map_dock, self.comments_dock],
            [max(240, width * 21 // 100), max(280, width * 24 // 100)],
            Qt.Orientation.Horizontal,
        )
        half = max(200, width * 26 // 100)
        self.view.splitter.setSizes([half, half])

    def start(self, select: SectionRef | None = None) -> None:
        """Open a section: the one asked for, else the first with comments, else the first."""
        sections = self.session.sections()
        commented = [t.anchor.section for t in self.session.threads()]
        for ref in [select, *commented[:1], *sections[:1]]:
            if ref is not None and self.select_section(ref):
                return

    def show_notices(self) -> None:
        for notice in self.session.notices:
            show_user_error(self, UserError(notice))
        self.session.notices.clear()

    # -- values for the widgets ---------------------------------------------------------

    def _services_of(self, pathway: str) -> list[ServiceInfo]:
        found = next((p for p in self.session.pathways() if p.slug == pathway), None)
        return list(found.services) if found else []

    def _states_of(self, pathway: str) -> list[SectionState]:
        return calmly(self, self.session.section_states, pathway) or []

    def section_label(self, ref: SectionRef) -> str:
        return kind_and_owner(self.names, ref)

    def _crumbs(self, ref: SectionRef) -> str:
        place = place_label(self.names, ref).replace(" › ", "  ›  ")
        return f"{place}  ·  {self.session.manifest.edition.name}"

    def _highlights(self, ref: SectionRef) -> list[Highlight]:
        marks = []
        for thread in calmly(self, self.session.threads, ref) or []:
            root = thread.root
            suggestion = root.kind is CommentKind.SUGGESTION
            if suggestion:
                tip = self.tr("Suggestion from {who}: «{replacement}»").format(
                    who=root.reviewer.name, replacement=root.replacement or ""
                )
            else:
                tip = self.tr("Comment from {who}: {text}").format(
                    who=root.reviewer.name, text=root.text
                )
            if thread.replies:
                tip += "\n" + self.tr("%n reply(s)", "", len(thread.replies))
            anchor = thread.anchor
            marks.append(Highlight(anchor.start, anchor.end, root.id, suggestion, tip))
        return marks

    # -- sections -----------------------------------------------------------------------

    def select_section(self, ref: SectionRef) -> bool:
        if not self.tree.reveal(ref) or not self.open_section(ref):
            return False
        self.tree.select(ref, quiet=True)
        return True

    def open_section(self, ref: SectionRef) -> bool:
        if ref == self.ref:
            return True
        view = calmly(self, self.session.section, ref)
        if view is None:
            return False
        self.ref = ref
        self.view.passage.set_checker(self._checkers[view.inherited])
        self.view.show_section(view, self._crumbs(ref), self._highlights(ref))
        facts = content_context(self.session.content, self.session.bundle.manifest.edition.slug)
        if "{{" in view.text:  # the round's edition's local facts, filled in
            self.view.preview.show_html(facts.html(view.text, ref))
        self.refresh()
        return True

    def _open_and_focus(self, ref: SectionRef) -> None:
        if self.open_section(ref):
            self._focus_text()

    def _focus_text(self) -> None:
        self.view.passage.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- comments -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the comments as the session has them now: panel, marks, tree, counts."""
        threads = []
        if self.panel.all_sections:
            threads = calmly(self, self.session.threads) or []
        elif self.ref is not None:
            threads = calmly(self, self.session.threads, self.ref) or []
        self.panel.set_threads(threads, section_label=self.section_label, own=self.work.is_own)
        if self.ref is not None:
            self.view.set_highlights(self._highlights(self.ref))
        for pathway in self.tree.model.loaded_pathways():
            self.tree.refresh(pathway)
        self._shown = calmly(self, self.session.comments) or []
        counts = comment_counts(self._shown)
        self.statusBar().showMessage(
            self.tr("{comments} · {suggestions} · {replies} — kept on this computer").format(
                comments=self.tr("%n comment(s)", "", counts.comments),
                suggestions=self.tr("%n suggestion(s)", "", counts.suggestions),
                replies=self.tr("%n reply(s)", "", counts.replies),
            )
        )
        self._show_identity()
        self._update_actions()
        self._update_title()

    def show_comment(self, comment_id: str) -> None:
        """Open the comment's section and select its passage; focus stays where it is."""
        root = calmly(self, lambda: thread_root(self.session.comments(), comment_id))
        if root is None:
            return
        assert root.anchor is not None
        if root.anchor.section != self.ref and not self.select_section(root.anchor.section):
            return
        self.panel.select_comment(comment_id)
        self.view.passage.select_range(root.anchor.start, root.anchor.end)
        self.view.passage.set_active(root.id)
        self._update_actions()

    def _on_highlight_clicked(self, comment_id: str) -> None:
        self.view.passage.set_active(comment_id)
        self.panel.select_comment(comment_id)
        self._update_actions()

    def _on_scope_changed(self, all_sections: bool) -> None:
        self.commands.all_sections.setChecked(all_sections)
        self.refresh()

    def _on_current(self, action: Callable[[str], object]) -> None:
        comment = self.panel.current_comment()
        if comment is None:
            show_user_error(
                self, UserError(self.tr("Choose a comment in the comments panel first."))
            )
            return
        action(comment.id)

    def step_comment(self, step: int) -> None:
        """F8 / Shift+F8: the next or previous comment in the panel, with its passage."""
        ids = self.panel.comment_ids()
        if not ids:
            return
        current = self.panel.current_comment()
        index = ids.index(current.id) if current and current.id in ids else -1
        target = ids[(index + step) % len(ids)] if index >= 0 else ids[0 if step > 0 else -1]
        self.show_comment(target)

    # -- who is reviewing ---------------------------------------------------------------

    def _show_identity(self) -> None:
        identity = self.work.identity()
        if identity is None:
            text = self.tr("You are asked for your name and role with your first comment.")
        else:
            text = self.tr("You comment as {reviewer}.").format(reviewer=str(identity))
        self.view.show_reviewer(text)

    # -- window ------------------------------------------------------------------------

    def _open_other_bundle(self) -> None:
        path = choose_bundle(self)
        if path is not None:
            open_bundle_window(path, self)

    def _update_actions(self) -> None:
        a = self.commands
        has_section = self.ref is not None
        a.comment.setEnabled(has_section)
        a.suggest.setEnabled(has_section)
        current = self.panel.current_comment()
        a.reply.setEnabled(current is not None)
        a.edit_comment.setEnabled(current is not None and self.work.is_own(current))
        a.delete_comment.setEnabled(current is not None and self.work.is_own(current))

    def _update_title(self) -> None:
        name = self.session.manifest.round.name
        if self.ref is None:
            self.setWindowTitle(self.tr("{round} — review — kartedit").format(round=name))
        else:
            self.setWindowTitle(
                self.tr("{section} · {round} — review — kartedit").format(
                    section=self.section_label(self.ref), round=name
                )
            )

    def _focus(self, dock: QDockWidget, widget: QWidget) -> None:
        dock.show()
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def cycle_focus(self, step: int) -> None:
        """F6 / Shift+F6: map → text → preview → comments."""
        panes = [self.tree.view, self.view.passage, self.view.preview, self.panel.list]
        panes = [p for p in panes if p.isVisible() and p.isEnabled()]
        focus_next_pane(panes, step)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About kartedit"),
            self.tr(
                "<p><b>kartedit {version}</b></p><p>Reviewing «{round}».</p><p>Bundle: {path}"
                "<br>Your comments are kept in: {work}</p>"
            ).format(
                version=__version__,
                round=self.session.manifest.round.name,
                path=str(self.session.path),
                work=str(self.session.work_path),
            ),
        )

    def changeEvent(self, event: QEvent) -> None:
        """Back in the window: show comments made meanwhile (another window, the CLI)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            try:
                changed = self.session.comments() != self._shown
            except UserError:  # on activation: no dialog, just no refresh
                changed = False
            if changed:
                self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Every change is already saved; closing loses nothing (its size is kept)."""
        remember_place(self, "reviewer")
        event.accept()


_windows: dict[Path, ReviewerWindow] = {}
"""Open reviewer windows by bundle: opening a bundle twice raises the first window."""


def _remember(window: ReviewerWindow) -> None:
    key = window.session.path.resolve()
    _windows[key] = window
    marker = id(window)

    def forget(*_args: object) -> None:
        if id(_windows.get(key)) == marker:
            del _windows[key]

    window.destroyed.connect(forget)


def open_reviewer_window(
    path: Path, parent: QWidget | None = None, *, select: SectionRef | None = None
) -> ReviewerWindow | None:
    """A reviewer window on a bundle, shown; a refused bundle is a calm message and None."""
    key = path.resolve()
    existing = _windows.get(key)
    if existing is not None:
        existing.show()
        existing.raise_()
        existing.activateWindow()
        return existing
    session = calmly(parent, lambda: ReviewSession.open(path))
    if session is None:
        return None
    window = ReviewerWindow(session)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    place_window(window, "reviewer", window.apply_default_layout)
    window.show()
    window.start(select)
    window.show_notices()
    return window
