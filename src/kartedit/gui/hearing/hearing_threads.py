"""GUI: the coordinator's comment threads — filters, cards with state and decision, buttons.

API:
    ThreadFilter(reviewer, organisation, state) — None means «all»
    HearingThreadsPanel(parent=None)
    panel.set_reviewers(reviewers) — fills the reviewer and organisation filters
    panel.filters() -> ThreadFilter; signal filters_changed()
    panel.set_threads(threads, *, section_label=None) — ``section_label(ref)`` is shown on
        each card when the threads come from many sections; the chosen comment stays chosen,
        else the first thread is
    panel.current() -> HearingComment | None (a thread's first comment or a reply),
        panel.current_thread() -> HearingThread | None, panel.select_comment(id) -> bool,
        panel.comment_ids() -> list[str], panel.threads(), panel.thread_of(id) (a reply's too),
        panel.tip(thread) — the marked passage's tooltip
    signals: thread_chosen(str) (show its passage), and reply/resolve/reopen/accept/
        reject_requested(str) with the thread's first comment (reply: the chosen one)
The cards reuse the reviewer's CardDelegate; state is said in words and colour alike.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kartedit.domain.responses import AnchorStatus, CommentState, HearingComment, HearingThread
from kartedit.domain.review import CommentKind, Reviewer
from kartedit.domain.sections import SectionRef
from kartedit.gui.common.labels import local_time, shorten
from kartedit.gui.common.theme import theme
from kartedit.gui.review.comments_panel import (
    COMMENT_ROLE,
    HTML_ROLE,
    KIND_ROLE,
    ThreadList,
    count_label,
    empty_label,
    lines_html,
    reviewer_html,
)

STATE_MEANINGS = {
    CommentState.OPEN: "open",
    CommentState.RESOLVED: "resolved_thread",
    CommentState.ACCEPTED: "accepted",
    CommentState.REJECTED: "rejected",
}
QUOTE_LIMIT = 200


@dataclass(frozen=True)
class ThreadFilter:
    reviewer: str | None = None
    organisation: str | None = None
    state: CommentState | None = None


class HearingThreadsPanel(QWidget):
    """Every thread in view, newest decisions shown on the card; buttons act on the chosen."""

    thread_chosen = Signal(str)
    filters_changed = Signal()
    reply_requested = Signal(str)
    resolve_requested = Signal(str)
    reopen_requested = Signal(str)
    accept_requested = Signal(str)
    reject_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: dict[str, HearingComment] = {}
        self._threads: dict[str, HearingThread] = {}
        self._quiet = False
        self.reviewer_box = QComboBox(self)
        self.organisation_box = QComboBox(self)
        self.state_box = QComboBox(self)
        for box in (self.reviewer_box, self.organisation_box, self.state_box):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(10)
        self.reviewer_label = QLabel(self)
        self.organisation_label = QLabel(self)
        self.state_label = QLabel(self)
        self.reviewer_label.setBuddy(self.reviewer_box)
        self.organisation_label.setBuddy(self.organisation_box)
        self.state_label.setBuddy(self.state_box)
        self.count_label = count_label(self)
        self.list = ThreadList(self)
        self.empty = empty_label(self)
        self.reply_button = QPushButton(self)
        self.resolve_button = QPushButton(self)
        self.reopen_button = QPushButton(self)
        self.accept_button = QPushButton(self)
        self.reject_button = QPushButton(self)

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.addWidget(self.reviewer_label, 0, 0)
        grid.addWidget(self.reviewer_box, 0, 1)
        grid.addWidget(self.state_label, 0, 2)
        grid.addWidget(self.state_box, 0, 3)
        grid.addWidget(self.organisation_label, 1, 0)
        grid.addWidget(self.organisation_box, 1, 1, 1, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)
        decide = QHBoxLayout()
        for button in (
            self.accept_button,
            self.reject_button,
            self.resolve_button,
            self.reopen_button,
        ):
            decide.addWidget(button)
        decide.addStretch(1)
        talk = QHBoxLayout()
        talk.addWidget(self.reply_button)
        talk.addStretch(1)
        talk.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(grid)
        layout.addLayout(talk)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(decide)
        self.setFocusProxy(self.list)

        self.reviewer_box.currentIndexChanged.connect(self._on_filter)
        self.organisation_box.currentIndexChanged.connect(self._on_filter)
        self.state_box.currentIndexChanged.connect(self._on_filter)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.itemClicked.connect(lambda item, _column: self._choose(item))
        self.list.itemActivated.connect(lambda item, _column: self._choose(item))
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.reply_button.clicked.connect(lambda: self._emit(self.reply_requested, root=False))
        self.resolve_button.clicked.connect(lambda: self._emit(self.resolve_requested))
        self.reopen_button.clicked.connect(lambda: self._emit(self.reopen_requested))
        self.accept_button.clicked.connect(lambda: self._emit(self.accept_requested))
        self.reject_button.clicked.connect(lambda: self._emit(self.reject_requested))
        self._fill_states()
        self.set_reviewers([])
        self.retranslate()
        self._show_empty(True)
        self.update_buttons()

    def retranslate(self) -> None:
        self.reviewer_label.setText(self.tr("Re&viewer:"))
        self.organisation_label.setText(self.tr("Or&ganisation:"))
        self.state_label.setText(self.tr("Sta&te:"))
        self.reviewer_box.setAccessibleName(self.tr("Show comments by this reviewer"))
        self.organisation_box.setAccessibleName(self.tr("Show comments from this organisation"))
        self.state_box.setAccessibleName(self.tr("Show comments in this state"))
        self.list.setAccessibleName(self.tr("Comments and suggestions"))
        self.list.setAccessibleDescription(
            self.tr("Choose a comment to see its passage in the text; the buttons decide on it.")
        )
        self.reply_button.setText(self.tr("&Reply…"))
        self.reply_button.setAccessibleName(self.tr("Reply in the chosen thread"))
        self.resolve_button.setText(self.tr("Re&solve"))
        self.resolve_button.setAccessibleName(self.tr("Mark the chosen comment as dealt with"))
        self.reopen_button.setText(self.tr("Re&open"))
        self.reopen_button.setAccessibleName(self.tr("Undo the decision on the chosen comment"))
        self.accept_button.setText(self.tr("&Accept…"))
        self.accept_button.setAccessibleName(self.tr("Accept the chosen suggestion into the text"))
        self.reject_button.setText(self.tr("Re&ject…"))
        self.reject_button.setAccessibleName(self.tr("Reject the chosen comment, giving a reason"))
        self.empty.setText(self.tr("No comments match.\n\nChange the filters or pick a section."))
        self.empty.setAccessibleName(self.tr("No comments"))

    # -- filters ------------------------------------------------------------------------

    def _fill_states(self) -> None:
        self.state_box.addItem(self.tr("All states"), None)
        for state, label in (
            (CommentState.OPEN, self.tr("Open")),
            (CommentState.RESOLVED, self.tr("Resolved")),
            (CommentState.ACCEPTED, self.tr("Accepted")),
            (CommentState.REJECTED, self.tr("Rejected")),
        ):
            self.state_box.addItem(label, state.value)

    def set_reviewers(self, reviewers: list[Reviewer]) -> None:
        """The choices of the reviewer and organisation filters; a choice still there stays."""
        keep = (self.reviewer_box.currentData(), self.organisation_box.currentData())
        self._quiet = True
        try:
            self.reviewer_box.clear()
            self.reviewer_box.addItem(self.tr("All reviewers"), None)
            for name in dict.fromkeys(r.name for r in reviewers):
                self.reviewer_box.addItem(name, name)
            self.organisation_box.clear()
            self.organisation_box.addItem(self.tr("All organisations"), None)
            organisations = sorted({r.organisation for r in reviewers if r.organisation})
            for organisation in organisations:
                self.organisation_box.addItem(organisation, organisation)
            for box, value in zip((self.reviewer_box, self.organisation_box), keep, strict=True):
                index = box.findData(value) if value is not None else 0
                box.setCurrentIndex(max(index, 0))
        finally:
            self._quiet = False

    def filters(self) -> ThreadFilter:
        state = self.state_box.currentData()
        return ThreadFilter(
            self.reviewer_box.currentData(),
            self.organisation_box.currentData(),
            CommentState(state) if state else None,
        )

    def _on_filter(self) -> None:
        if not self._quiet:
            self.filters_changed.emit()

    # -- threads ------------------------------------------------------------------------

    def set_threads(
        self,
        threads: list[HearingThread],
        *,
        section_label: Callable[[SectionRef], str] | None = None,
    ) -> None:
        """Show these threads; the chosen comment stays chosen when it is still there."""
        current = self.current()
        self._items = {}
        self._threads = {}
        quiet, self._quiet = self._quiet, True
        try:
            self.list.clear()
            for thread in threads:
                self._threads[thread.root.id] = thread
                where = section_label(thread.root.section) if section_label else ""
                top = self._item(thread.root, thread, where)
                self.list.addTopLevelItem(top)
                for reply in thread.replies:
                    top.addChild(self._item(reply, thread, ""))
                top.setExpanded(True)
            chosen = current is not None and self.select_comment(current.id)
            if not chosen and threads:  # the buttons always have a thread to act on
                self.select_comment(threads[0].root.id)
        finally:
            self._quiet = quiet
        count = len(threads)
        self.count_label.setText(self.tr("%n thread(s)", "", count) if count else "")
        self._show_empty(not threads)
        self.update_buttons()

    def _item(self, item: HearingComment, thread: HearingThread, where: str) -> QTreeWidgetItem:
        self._items[item.id] = item
        row = QTreeWidgetItem()
        row.setData(0, COMMENT_ROLE, item.id)
        row.setData(0, KIND_ROLE, item.kind.value)
        row.setData(0, HTML_ROLE, self._html(item, where))
        spoken = self._spoken(item)
        row.setData(0, Qt.ItemDataRole.AccessibleTextRole, spoken)
        row.setToolTip(0, spoken)
        return row

    def state_label_of(self, state: CommentState) -> str:
        return {
            CommentState.OPEN: self.tr("open"),
            CommentState.RESOLVED: self.tr("resolved"),
            CommentState.ACCEPTED: self.tr("accepted"),
            CommentState.REJECTED: self.tr("rejected"),
        }[state]

    def _badge(self, state: CommentState) -> str:
        return (
            f"<span style='color:{theme().ink(STATE_MEANINGS[state]).name()}; background-color:"
            f"{theme().tint(STATE_MEANINGS[state]).name()}; font-weight:bold'>&nbsp;"
            f"{html.escape(self.state_label_of(state).upper())}&nbsp;</span>"
        )

    def _who(self, item: HearingComment) -> str:
        when = html.escape(local_time(item.comment.created))
        return (
            f"{reviewer_html(item.reviewer)} · <span "
            f"style='color:{theme().hex.muted}'>{when}</span>"
        )

    def _place(self, item: HearingComment) -> str:
        status = item.anchor_status
        if status is AnchorStatus.MOVED:
            text, colour = (
                self.tr("moved: found elsewhere in today's text"),
                f"{theme().hex.ink_moved}",
            )
        elif status is AnchorStatus.ORPHANED:
            text, colour = (
                self.tr("orphaned: passage gone from the text"),
                f"{theme().hex.ink_error}",
            )
        else:
            return ""
        return f" <span style='color:{colour}; font-weight:bold'>[{html.escape(text)}]</span>"

    def _html(self, item: HearingComment, where: str) -> str:
        if item.is_reply:
            return f"{self._who(item)}<br>{lines_html(item.comment.text)}"
        suggestion = item.kind is CommentKind.SUGGESTION
        colour = theme().ink("suggestion" if suggestion else "comment").name()
        kind = self.tr("Suggestion") if suggestion else self.tr("Comment")
        parts = [
            f"<span style='color:{colour}; font-weight:bold'>{html.escape(kind.upper())}</span>"
            f" {self._badge(item.state)}<br>{self._who(item)}"
        ]
        if where:
            parts.append(
                f"<span style='color:{theme().hex.ink_heading}'>{html.escape(where)}</span>"
            )
        quote = html.escape(shorten(item.quote, QUOTE_LIMIT))
        parts.append(
            f"<span style='color:{theme().hex.ink_quote}'><i>«{quote}»</i></span>"
            f"{self._place(item)}"
        )
        if suggestion:
            replacement = item.comment.replacement or ""
            if replacement.strip():
                label = html.escape(self.tr("Suggested wording:"))
                parts.append(
                    f"<span style='color:{colour}'><b>{label}</b></span> "
                    f"<span style='background-color:{theme().hex.tint_suggestion}'>"
                    f"«{html.escape(shorten(replacement, 600))}»</span>"
                )
            else:
                label = html.escape(self.tr("Suggests deleting the passage."))
                parts.append(f"<span style='color:{colour}'><b>{label}</b></span>")
        if item.comment.text.strip():
            parts.append(lines_html(item.comment.text))
        decision = item.decision
        if decision is not None:
            line = self.tr("{state} by {who}, {when}").format(
                state=self.state_label_of(decision.state).capitalize(),
                who=str(decision.by),
                when=local_time(decision.at),
            )
            if decision.reason:
                line += f": {decision.reason}"
            parts.append(
                f"<span style='color:{theme().ink(STATE_MEANINGS[decision.state]).name()}'>"
                f"{lines_html(line)}</span>"
            )
        return "<br>".join(parts)

    def _spoken(self, item: HearingComment) -> str:
        who = str(item.reviewer)
        if item.is_reply:
            return self.tr("Reply from {who}: {text}").format(who=who, text=item.comment.text)
        state = self.state_label_of(item.state)
        quote = shorten(item.quote, 80)
        if item.kind is CommentKind.SUGGESTION:
            text = self.tr(
                "Suggestion from {who} for «{quote}», {state}: «{replacement}». {text}"
            ).format(
                who=who,
                quote=quote,
                state=state,
                replacement=item.comment.replacement or "",
                text=item.comment.text,
            )
        else:
            text = self.tr("Comment from {who} on «{quote}», {state}: {text}").format(
                who=who, quote=quote, state=state, text=item.comment.text
            )
        if item.anchor_status is AnchorStatus.MOVED:
            text += " " + self.tr("(moved)")
        elif item.anchor_status is AnchorStatus.ORPHANED:
            text += " " + self.tr("(orphaned: passage gone)")
        return text

    def _show_empty(self, empty: bool) -> None:
        self.list.setVisible(not empty)
        self.empty.setVisible(empty)

    # -- choosing -----------------------------------------------------------------------

    def current(self) -> HearingComment | None:
        row = self.list.currentItem()
        if row is None:
            return None
        return self._items.get(str(row.data(0, COMMENT_ROLE)))

    def current_thread(self) -> HearingThread | None:
        row = self.list.currentItem()
        if row is None:
            return None
        top = row.parent() or row
        return self._threads.get(str(top.data(0, COMMENT_ROLE)))

    def comment_ids(self) -> list[str]:
        """Every comment shown, in the list's order (threads, each followed by its replies)."""
        return list(self._items)

    def threads(self) -> list[HearingThread]:
        return list(self._threads.values())

    def thread_of(self, comment_id: str) -> HearingThread | None:
        for thread in self._threads.values():
            if comment_id in (thread.root.id, *(r.id for r in thread.replies)):
                return thread
        return None

    def tip(self, thread: HearingThread) -> str:
        """What a marked passage says when the pointer rests on it."""
        root = thread.root
        what = self.tr("Suggestion") if root.kind is CommentKind.SUGGESTION else self.tr("Comment")
        state = self.state_label_of(root.state)
        tip = f"{what} · {root.reviewer} · {state}"
        if root.anchor_status is AnchorStatus.MOVED:
            tip += " · " + self.tr("moved")
        if thread.replies:
            tip += " · " + self.tr("%n reply(s)", "", len(thread.replies))
        return f"{tip}\n{root.comment.text}".strip()

    def select_comment(self, comment_id: str) -> bool:
        """Make a comment current without telling the window (it asked for it)."""
        row = self.list.find_comment(comment_id)
        if row is None:
            return False
        quiet, self._quiet = self._quiet, True
        try:
            self.list.setCurrentItem(row)
        finally:
            self._quiet = quiet
        self.list.scrollToItem(row)
        self.update_buttons()
        return True

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        self.update_buttons()
        if current is not None and not self._quiet:
            self._choose(current)

    def _choose(self, row: QTreeWidgetItem) -> None:
        top = row.parent() or row
        self.thread_chosen.emit(str(top.data(0, COMMENT_ROLE)))

    def update_buttons(self) -> None:
        thread = self.current_thread()
        root = thread.root if thread else None
        state = root.state if root else None
        self.reply_button.setEnabled(root is not None)
        self.resolve_button.setEnabled(state is CommentState.OPEN)
        self.reject_button.setEnabled(state is CommentState.OPEN)
        self.accept_button.setEnabled(
            state is CommentState.OPEN and root is not None and root.kind is CommentKind.SUGGESTION
        )
        self.reopen_button.setEnabled(state in (CommentState.RESOLVED, CommentState.REJECTED))

    def _emit(self, signal: SignalInstance, *, root: bool = True) -> None:
        thread = self.current_thread()
        if thread is None:
            return
        current = self.current()
        target = thread.root if root or current is None else current
        signal.emit(target.id)

    def _context_menu(self, position: QPoint) -> None:
        row = self.list.itemAt(position)
        if row is None:
            return
        self.list.setCurrentItem(row)
        menu = QMenu(self)
        menu.addAction(self.tr("Show the passage"), lambda: self._choose(row))
        menu.addSeparator()
        for button in (
            self.reply_button,
            self.accept_button,
            self.reject_button,
            self.resolve_button,
            self.reopen_button,
        ):
            action = menu.addAction(button.text(), button.click)
            action.setEnabled(button.isEnabled())
        menu.exec(self.list.viewport().mapToGlobal(position))
