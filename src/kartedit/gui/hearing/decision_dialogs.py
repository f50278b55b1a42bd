"""GUI: the coordinator's decision dialogs — a reason for rejecting, accepting a suggestion,
and resolving in the editions' three-way view a suggestion whose passage has changed since.

API:
    ReasonDialog(title, prompt, quote, parent=None, *, required=True) — after exec():
        reason() -> str; OK stays disabled while a required reason is empty
    SuggestionTexts(outcome: ThreeWayNeeded) — the three texts as the three-way view wants
        them (base: the text the reviewer read; local: it with the suggestion; regional: now)
    suggestion_wording() -> ThreeWayWording — the three-way view's words for a suggestion
    suggestion_three_way_dialog(outcome, *, section_title, parent) -> ThreeWayDialog
    confirm_accept(parent, item, section_title) -> bool — «Accept the suggestion?»
Nothing here saves: the review view hands the results to ``services.decisions``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kartedit.domain.responses import REASON_MAX, HearingComment
from kartedit.domain.sections import SectionRef
from kartedit.gui.common import confirm
from kartedit.gui.common.labels import shorten
from kartedit.gui.common.theme import theme
from kartedit.gui.editions.three_way_dialog import ThreeWayDialog
from kartedit.gui.editions.three_way_parts import ThreeWayWording
from kartedit.services.decisions import ThreeWayNeeded

QUOTE_LIMIT = 400


class ReasonDialog(QDialog):
    """The reason goes in the hearing summary, so a rejection needs one."""

    def __init__(
        self,
        title: str,
        prompt: str,
        quote: str,
        parent: QWidget | None = None,
        *,
        required: bool = True,
    ) -> None:
        super().__init__(parent)
        self._required = required
        self.setWindowTitle(title)
        quoted = QLabel(f"«{shorten(quote, QUOTE_LIMIT)}»", self)
        quoted.setWordWrap(True)
        quoted.setStyleSheet(f"color: {theme().hex.ink_quote}; font-style: italic;")
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setAccessibleName(self.tr("Reason"))
        self.text_edit.setMinimumHeight(self.text_edit.fontMetrics().lineSpacing() * 5 + 16)
        label.setBuddy(self.text_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(title.replace("…", ""))
        self.hint = QLabel(self.tr("Ctrl+Enter saves."), self)
        self.hint.setStyleSheet(f"color: {theme().hex.muted};")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text_edit.textChanged.connect(self._update)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self).activated.connect(self._accept_if_ready)
        layout = QVBoxLayout(self)
        layout.addWidget(quoted)
        layout.addWidget(label)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._update()
        self.text_edit.setFocus()
        self.resize(560, 320)

    def reason(self) -> str:
        return self.text_edit.toPlainText().strip()

    def _ready(self) -> bool:
        text = self.reason()
        return (bool(text) or not self._required) and len(text) <= REASON_MAX

    def _update(self) -> None:
        self.ok_button.setEnabled(self._ready())

    def _accept_if_ready(self) -> None:
        if self._ready():
            self.accept()


@dataclass(frozen=True)
class SuggestionTexts:
    """A ThreeWayNeeded in the shape the three-way view reads (like an OverrideInfo)."""

    outcome: ThreeWayNeeded

    @property
    def ref(self) -> SectionRef:
        return self.outcome.comment.section

    @property
    def edition(self) -> str:
        return self.outcome.edition

    @property
    def base_text(self) -> str:
        return self.outcome.base

    @property
    def local_text(self) -> str:
        return self.outcome.local

    @property
    def regional_text(self) -> str:
        return self.outcome.regional


def suggestion_wording() -> ThreeWayWording:
    """The three-way view speaks of the reviewer's text, the suggestion and the text now."""
    return ThreeWayWording(
        title=QCoreApplication.translate("SuggestionMerge", "Accept a suggestion for «{section}»"),
        intro=QCoreApplication.translate(
            "SuggestionMerge",
            "The text of «{section}» has changed since the reviewer read it, so the "
            "suggestion cannot simply be put in. Where only the suggestion or only the later "
            "edits changed a passage, the result already takes that change. Where both changed "
            "the same passage, it is marked as a conflict: pick a side for it, or edit it.",
        ),
        base=(
            QCoreApplication.translate("SuggestionMerge", "Text the &reviewer read"),
            QCoreApplication.translate("SuggestionMerge", "The text the reviewer read (read-only)"),
        ),
        regional=(
            QCoreApplication.translate("SuggestionMerge", "Text &now"),
            QCoreApplication.translate("SuggestionMerge", "The section's text now (read-only)"),
        ),
        local=(
            QCoreApplication.translate("SuggestionMerge", "With the &suggestion"),
            QCoreApplication.translate(
                "SuggestionMerge", "The text the reviewer read, with the suggestion (read-only)"
            ),
        ),
        legend_local=(
            QCoreApplication.translate("SuggestionMerge", "suggestion"),
            QCoreApplication.translate(
                "SuggestionMerge", "changed by the suggestion only (dotted)"
            ),
        ),
        legend_regional=(
            QCoreApplication.translate("SuggestionMerge", "now"),
            QCoreApplication.translate(
                "SuggestionMerge", "changed since the hearing only (dashed)"
            ),
        ),
        use_local=(
            QCoreApplication.translate("SuggestionMerge", "Use the s&uggestion"),
            QCoreApplication.translate(
                "SuggestionMerge", "Use the suggested wording for this conflict"
            ),
        ),
        use_regional=(
            QCoreApplication.translate("SuggestionMerge", "Keep the text &now"),
            QCoreApplication.translate("SuggestionMerge", "Keep today's wording for this conflict"),
        ),
        use_both=(
            QCoreApplication.translate(
                "SuggestionMerge", "Use both wordings for this conflict, the suggestion first"
            ),
            QCoreApplication.translate(
                "SuggestionMerge",
                "Keep the suggested wording followed by today's, then edit it down.",
            ),
        ),
        resolved_local=QCoreApplication.translate(
            "SuggestionMerge", "resolved with the suggestion"
        ),
        resolved_regional=QCoreApplication.translate(
            "SuggestionMerge", "resolved with today's wording"
        ),
        pending_note=QCoreApplication.translate(
            "SuggestionMerge",
            "Save becomes available when every conflict is resolved: use «Use the suggestion», "
            "«Keep the text now» or «Use both», or edit the marked passage yourself.",
        ),
        cancel=QCoreApplication.translate(
            "SuggestionMerge", "Cancel: leave the suggestion undecided and the text as it is"
        ),
        save_question=(
            QCoreApplication.translate("SuggestionMerge", "Accept the suggestion"),
            QCoreApplication.translate(
                "SuggestionMerge",
                "Save the result as a new revision of «{section}» in «{edition}»?",
            ),
            QCoreApplication.translate(
                "SuggestionMerge",
                "The suggestion is marked as accepted and the revision names the reviewer. "
                "The earlier text stays in the history.",
            ),
        ),
    )


def suggestion_three_way_dialog(
    outcome: ThreeWayNeeded, *, section_title: str, edition_name: str, parent: QWidget | None
) -> ThreeWayDialog:
    """The editions' three-way view on a suggestion; the caller runs it and saves."""
    dialog = ThreeWayDialog(
        SuggestionTexts(outcome),
        outcome,
        section_title=section_title,
        edition_name=edition_name,
        parent=parent,
        wording=suggestion_wording(),
    )
    dialog.setAccessibleName(
        QCoreApplication.translate("SuggestionMerge", "Merge the suggestion into today's text")
    )
    return dialog


def confirm_accept(parent: QWidget | None, item: HearingComment, section_title: str) -> bool:
    """Accepting writes a revision that cannot be undone here: say what will change."""
    replacement = item.comment.replacement or ""
    if replacement:
        text = QCoreApplication.translate(
            "SuggestionMerge", "Replace «{quote}» with «{replacement}» in «{section}»?"
        ).format(
            quote=shorten(item.quote, 200),
            replacement=shorten(replacement, 300),
            section=section_title,
        )
    else:
        text = QCoreApplication.translate(
            "SuggestionMerge", "Delete «{quote}» from «{section}»?"
        ).format(quote=shorten(item.quote, 200), section=section_title)
    return confirm.ask(
        parent,
        QCoreApplication.translate("SuggestionMerge", "Accept the suggestion"),
        text,
        QCoreApplication.translate("SuggestionMerge", "Accept"),
        detail=QCoreApplication.translate(
            "SuggestionMerge",
            "This saves a new revision naming {reviewer}. To undo it later, restore the "
            "earlier revision from the history.",
        ).format(reviewer=str(item.reviewer.author)),
    )
