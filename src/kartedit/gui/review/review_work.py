"""GUI: the reviewer's work in the reviewer window — who is reviewing, comments, suggestions
and replies through their dialogs, and the response bundle.

Dialogs collect the text; ``ReviewSession`` decides and keeps it. A refused change brings
the dialog back with what was typed, so nothing typed is lost.

API:
    ReviewWork(window) — window.work
        identity() -> Reviewer | None (without asking), is_own(comment) -> bool,
        ask_reviewer(force=False) -> Reviewer | None (asked once per bundle),
        add_comment(suggestion=False), reply(comment_id=None), edit(comment_id),
        delete(comment_id) -> bool, export_response(target=None) -> Path | None,
        edit_settings(); exported_box — the last «Response exported» message
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from kartedit.domain.errors import UserError
from kartedit.domain.review import Comment, CommentKind, Reviewer, thread_root
from kartedit.gui.common import confirm
from kartedit.gui.common.bundle_drop import BUNDLE_SUFFIX
from kartedit.gui.common.errors import calmly, show_user_error
from kartedit.gui.common.labels import date_label
from kartedit.gui.review.comment_dialog import CommentDialog, DialogMode, ReviewerDialog
from kartedit.gui.writer.settings_dialog import SettingsDialog
from kartedit.services.bundles import comment_counts
from kartedit.services.identity import configured_author, remember_author
from kartedit.services.review import ReviewSession, resolve_reviewer
from kartedit.services.settings import load_settings

if TYPE_CHECKING:
    from kartedit.gui.review.reviewer_window import ReviewerWindow

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")
Accepted = QDialog.DialogCode.Accepted


class ReviewWork(QObject):
    """The window's commands that change the reviewer's comments or write the response."""

    def __init__(self, window: ReviewerWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session: ReviewSession = window.session
        self._reviewer: Reviewer | None = None
        self.exported_box: QMessageBox | None = None

    # -- who is reviewing ---------------------------------------------------------------

    def known_reviewer(self) -> tuple[Reviewer | None, bool]:
        """Who is reviewing as far as known without asking, and whether the role is settled
        (asked in this window, or found on the person's earlier comments on this bundle)."""
        if self._reviewer is not None:
            return self._reviewer, True
        try:
            guess = resolve_reviewer()  # the settings, else KARTEDIT_AUTHOR
        except UserError:  # nobody known yet: the caller asks
            return None, False
        earlier = self.session.reviewer_for(guess.author)
        return (earlier, True) if earlier is not None else (guess, False)

    def identity(self) -> Reviewer | None:
        return self.known_reviewer()[0]

    def is_own(self, comment: Comment) -> bool:
        identity = self.identity()
        return identity is None or comment.reviewer.author == identity.author

    def _selection(self) -> tuple[int, int] | None:
        """The passage chosen in the text, or else in the preview when it is found exactly once."""
        assert self.window.ref is not None
        span = self.window.view.passage.selected_range()
        if span is not None:
            return span
        cursor = self.window.view.preview.textCursor()
        quote = cursor.selectedText().replace("\u2029", "\n").strip()
        if quote:
            try:
                return self.session.locate(self.window.ref, quote)
            except UserError:  # a more precise message below
                message = self.tr(
                    "The passage you selected in the preview is not found exactly once in the "
                    "text. Select it in the text on the left instead."
                )
                show_user_error(self.window, UserError(message))
                return None
        show_user_error(
            self.window,
            UserError(self.tr("Select a passage in the text first, then choose this again.")),
        )
        return None

    def add_comment(self, *, suggestion: bool = False) -> Comment | None:
        """Comment… / Suggest wording… on the selected passage."""
        ref = self.window.ref
        if ref is None:
            return None
        span = self._selection()
        if span is None:
            return None
        reviewer = self.ask_reviewer()
        if reviewer is None:
            return None
        start, end = span
        quote = self.session.text(ref)[start:end]
        mode = DialogMode.SUGGESTION if suggestion else DialogMode.COMMENT
        dialog = CommentDialog(mode, quote, self.window.section_label(ref), self.window)
        while dialog.exec() == Accepted:  # refused: the dialog comes back with the text
            if suggestion:
                comment = calmly(
                    self.window,
                    self.session.add_suggestion,
                    ref,
                    start,
                    end,
                    dialog.replacement() or "",
                    reviewer,
                    dialog.text(),
                )
            else:
                comment = calmly(
                    self.window, self.session.add_comment, ref, start, end, dialog.text(), reviewer
                )
            if comment is None:
                continue
            self._after_change(
                comment.id,
                self.tr("Suggestion added.") if suggestion else self.tr("Comment added."),
            )
            return comment
        return None

    def reply(self, comment_id: str | None = None) -> Comment | None:
        target = self.window.panel.current_comment() if comment_id is None else None
        target_id = comment_id or (target.id if target else None)
        if target_id is None:
            show_user_error(
                self.window, UserError(self.tr("Choose a comment in the comments panel first."))
            )
            return None
        parent = calmly(self.window, self.session.comment, target_id)
        reviewer = self.ask_reviewer() if parent is not None else None
        if parent is None or reviewer is None:
            return None
        root = thread_root(self.session.comments(), target_id)
        assert root.anchor is not None
        answering = f"{parent.reviewer.name}: {parent.text or parent.replacement or ''}"
        dialog = CommentDialog(
            DialogMode.REPLY,
            root.anchor.quote,
            self.window.section_label(root.anchor.section),
            self.window,
            answering=answering,
        )
        while dialog.exec() == Accepted:
            reply = calmly(
                self.window, lambda: self.session.reply(target_id, dialog.text(), reviewer)
            )
            if reply is None:
                continue
            self._after_change(reply.id, self.tr("Reply added."))
            return reply
        return None

    def edit(self, comment_id: str) -> Comment | None:
        comment = calmly(self.window, self.session.comment, comment_id)
        if comment is None:
            return None
        root = thread_root(self.session.comments(), comment_id)
        assert root.anchor is not None
        suggestion = comment.kind is CommentKind.SUGGESTION
        dialog = CommentDialog(
            DialogMode.EDIT_SUGGESTION if suggestion else DialogMode.EDIT_COMMENT,
            root.anchor.quote,
            self.window.section_label(root.anchor.section),
            self.window,
            text=comment.text,
            replacement=comment.replacement,
        )
        while dialog.exec() == Accepted:
            edited = calmly(
                self.window,
                lambda: self.session.edit(
                    comment_id, text=dialog.text(), replacement=dialog.replacement()
                ),
            )
            if edited is None:
                continue
            self._after_change(edited.id, self.tr("Changes saved."))
            return edited
        return None

    def delete(self, comment_id: str) -> bool:
        comment = calmly(self.window, self.session.comment, comment_id)
        if comment is None:
            return False
        root = thread_root(self.session.comments(), comment_id)
        assert root.anchor is not None
        replies = [c for c in self.session.comments() if c.parent == comment_id]
        detail = self.tr("Its replies are deleted with it.") if replies else ""
        if not confirm.ask(
            self.window,
            self.tr("Delete comment"),
            self.tr("Delete your comment on «{quote}»?").format(quote=root.anchor.quote[:80]),
            self.tr("Delete"),
            detail=detail,
            destructive=True,
        ):
            return False
        if calmly(self.window, self.session.delete, comment_id) is None:
            return False
        self.window.refresh()
        self.window.statusBar().showMessage(self.tr("Comment deleted."), 5000)
        return True

    def _after_change(self, comment_id: str, message: str) -> None:
        self.window.refresh()
        self.window.show_comment(comment_id)
        self.window.statusBar().showMessage(message, 5000)

    # -- the response and the settings ----------------------------------------------

    def ask_reviewer(self, *, force: bool = False) -> Reviewer | None:
        """The reviewer for this bundle; asked once (name, organisation and role)."""
        known, settled = self.known_reviewer()
        if known is not None and settled and not force:
            self._reviewer = known
            return known
        dialog = ReviewerDialog(
            known.name if known else "",
            known.organisation if known else "",
            known.role if known else "",
            self.window,
            recipient=str(self.session.manifest.made_by),
        )
        if dialog.exec() != Accepted:
            return None
        reviewer = calmly(
            self.window, lambda: Reviewer(dialog.name(), dialog.organisation(), dialog.role())
        )
        if reviewer is None:
            return None
        try:
            remember_author(reviewer.author)
        except OSError as exc:
            log.warning("could not keep the reviewer's name in the settings: %s", exc)
        self._reviewer = reviewer
        self.window.refresh()
        return reviewer

    def edit_settings(self) -> None:
        dialog = SettingsDialog(load_settings(), self.window)
        if dialog.exec() == Accepted and self._reviewer is not None:
            named = configured_author(dialog.settings())
            if named is not None:
                self._reviewer = Reviewer.from_author(named, self._reviewer.role)
        self.window.refresh()

    # -- the response -------------------------------------------------------------------

    def export_response(self, target: Path | None = None) -> Path | None:
        """File → Export response…: the comments in a bundle to send back; says where."""
        reviewer = self.ask_reviewer()
        if reviewer is None:
            return None
        comments = self.session.comments()
        if not comments and not confirm.ask(
            self.window,
            self.tr("Export response"),
            self.tr("You have not made any comments. Send a response without comments?"),
            self.tr("Export"),
        ):
            return None
        if target is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export response"),
                str(self.session.default_response_path(reviewer)),
                self.tr("kartedit bundles (*.kartbundle)"),
            )
            if not chosen:
                return None
            target = Path(chosen)
        if target.suffix.lower() != BUNDLE_SUFFIX:
            target = target.with_name(target.name + BUNDLE_SUFFIX)
        if calmly(self.window, self.session.export_response, target, reviewer) is None:
            return None
        counts = comment_counts(comments)
        self.window.statusBar().showMessage(
            self.tr("Response saved in {path}.").format(path=target)
        )
        self._tell_exported(target, counts.comments, counts.suggestions, counts.replies)
        return target

    def _tell_exported(self, target: Path, comments: int, suggestions: int, replies: int) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Response exported"))
        box.setText(self.tr("Your response is saved as:\n{path}").format(path=str(target)))
        box.setInformativeText(
            self.tr(
                "It holds {comments}, {suggestions} and {replies}. Send the file to {sender} "
                "by {deadline}, by e-mail or on the shared drive."
            ).format(
                comments=self.tr("%n comment(s)", "", comments),
                suggestions=self.tr("%n suggestion(s)", "", suggestions),
                replies=self.tr("%n reply(s)", "", replies),
                sender=str(self.session.manifest.made_by),
                deadline=date_label(self.session.manifest.round.deadline),
            )
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(target.parent)))
        )
        box.addButton(QMessageBox.StandardButton.Ok)
        box.setAccessibleName(self.tr("Response exported"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.exported_box = box
        box.open()
