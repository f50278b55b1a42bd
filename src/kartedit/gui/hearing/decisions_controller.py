"""GUI: the coordinator's decisions on comments — reply, resolve, reopen, reject, accept a
suggestion (through the editions' three-way view when its passage has changed).

The hearing window hands these workflows here, as the main window hands its edition and
hearing commands to their controllers. The controller sees the window only through a
narrow seat (DecisionSeat): the decisions service, a thread by comment id, names, who is
deciding, and «something changed». Every decision is one call to ``services.decisions``;
its refusals become calm messages. Words stay in the «HearingWindow» translation context.

API:
    DecisionSeat — Protocol the hosting window provides
    DecisionsController(seat, parent_widget)
        reply / resolve / reopen / reject / accept (comment_id) -> bool (True when saved)
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QWidget

from kartedit.domain.people import Author
from kartedit.domain.responses import AnchorStatus, HearingThread
from kartedit.domain.review import CommentKind
from kartedit.domain.sections import SectionRef
from kartedit.gui.common.errors import calmly, ran_calmly
from kartedit.gui.hearing.decision_dialogs import (
    ReasonDialog,
    confirm_accept,
    suggestion_three_way_dialog,
)
from kartedit.gui.review.comment_dialog import CommentDialog, DialogMode
from kartedit.services.decisions import Accepted, Decisions, ThreeWayNeeded


class DecisionSeat(Protocol):
    """What the decision workflows need from the window that hosts them."""

    decisions: Decisions

    def has_round(self) -> bool: ...

    def thread_of(self, comment_id: str) -> HearingThread | None: ...

    def section_label(self, ref: SectionRef) -> str: ...

    def edition_name(self, slug: str) -> str: ...

    def author(self) -> Author | None: ...

    def changed(
        self, ref: SectionRef | None, *, message: str = "", select: str | None = None
    ) -> None: ...


class DecisionsController(QObject):
    """The coordinator's decisions, through their dialogs, for one hosting window."""

    def __init__(self, seat: DecisionSeat, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.seat = seat
        self.parent_widget = parent_widget

    def reply(self, comment_id: str) -> bool:
        thread = self.seat.thread_of(comment_id)
        if thread is None:
            return False
        target = next(
            (c for c in (thread.root, *thread.replies) if c.id == comment_id), thread.root
        )
        dialog = CommentDialog(
            DialogMode.REPLY,
            thread.root.quote,
            self.seat.section_label(thread.root.section),
            self.parent_widget,
            answering=f"{target.reviewer}: {target.comment.text}",
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        author = self.seat.author()
        if author is None:
            return False
        done = calmly(
            self.parent_widget, self.seat.decisions.reply, comment_id, dialog.text(), author
        )
        if done is not None:
            self.seat.changed(
                None,
                select=done.id,
                message=QCoreApplication.translate("HearingWindow", "Reply saved."),
            )
        return done is not None

    def resolve(self, comment_id: str) -> bool:
        author = self.seat.author()
        done = author is not None and ran_calmly(
            self.parent_widget, self.seat.decisions.resolve, comment_id, author
        )
        if done:
            self.seat.changed(
                None, message=QCoreApplication.translate("HearingWindow", "Marked as resolved.")
            )
        return bool(done)

    def reopen(self, comment_id: str) -> bool:
        done = calmly(self.parent_widget, self.seat.decisions.reopen, comment_id)
        if done is not None:
            self.seat.changed(
                None,
                message=QCoreApplication.translate(
                    "HearingWindow", "Reopened: the decision is undone."
                ),
            )
        return done is not None

    def reject(self, comment_id: str) -> bool:
        thread = self.seat.thread_of(comment_id)
        if thread is None:
            return False
        if thread.root.kind is CommentKind.SUGGESTION:
            why = QCoreApplication.translate(
                "HearingWindow",
                "Why is this suggestion not followed? The reason goes in the hearing summary.",
            )
        else:
            why = QCoreApplication.translate(
                "HearingWindow",
                "Why is this comment not followed? The reason goes in the hearing summary.",
            )
        dialog = ReasonDialog(
            QCoreApplication.translate("HearingWindow", "Reject…"),
            why,
            thread.root.quote,
            self.parent_widget,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        author = self.seat.author()
        done = author is not None and ran_calmly(
            self.parent_widget, self.seat.decisions.reject, comment_id, author, dialog.reason()
        )
        if done:
            self.seat.changed(
                None,
                message=QCoreApplication.translate(
                    "HearingWindow", "Rejected; the reason is kept."
                ),
            )
        return bool(done)

    def accept(self, comment_id: str) -> bool:
        """Into the text as a new revision — or through the three-way view if it moved."""
        root = calmly(
            self.parent_widget, self.seat.decisions.comment, comment_id
        )  # placed in today's text
        if root is None or not self.seat.has_round():
            return False
        title = self.seat.section_label(root.section)
        exact = root.anchor_status is AnchorStatus.EXACT
        if exact and not confirm_accept(self.parent_widget, root, title):
            return False
        author = self.seat.author()
        if author is None:
            return False
        outcome = calmly(self.parent_widget, self.seat.decisions.accept, comment_id, author)
        if outcome is None:
            return False
        if isinstance(outcome, ThreeWayNeeded):
            return self._merge(outcome, title, author)
        return self._accepted(outcome)

    def _merge(self, outcome: ThreeWayNeeded, title: str, author: Author) -> bool:
        dialog = suggestion_three_way_dialog(
            outcome,
            section_title=title,
            edition_name=self.seat.edition_name(outcome.edition),
            parent=self.parent_widget,
        )
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            saved = calmly(
                self.parent_widget,
                self.seat.decisions.save_three_way,
                outcome,
                dialog.final_text(),
                author,
            )
        finally:
            dialog.deleteLater()
        return saved is not None and self._accepted(saved)

    def _accepted(self, outcome: Accepted) -> bool:
        revision = outcome.revision
        message = (
            QCoreApplication.translate(
                "HearingWindow", "Suggestion accepted: saved as revision {seq}."
            ).format(seq=revision.seq)
            if revision is not None
            else QCoreApplication.translate(
                "HearingWindow", "Suggestion accepted; the text already said so."
            )
        )
        self.seat.changed(outcome.comment.section, message=message)
        return True
