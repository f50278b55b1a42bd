"""GUI: the reviewer's dialogs — write a comment, a suggestion or a reply; say who is reviewing.

API:
    CommentDialog(mode, quote, section, parent=None, *, text="", replacement=None,
                  answering="")
        mode: DialogMode (COMMENT, SUGGESTION, REPLY, EDIT_COMMENT, EDIT_SUGGESTION);
        after exec(): text() and replacement() (suggestions only, else None)
    ReviewerDialog(name, organisation, role, parent=None, *, recipient="")
        after exec(): name(), organisation(), role()
Both only collect text: the window hands it to ``ReviewSession`` and shows its refusals.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kartedit.gui.common.theme import theme


class DialogMode(Enum):
    COMMENT = "comment"
    SUGGESTION = "suggestion"
    REPLY = "reply"
    EDIT_COMMENT = "edit-comment"
    EDIT_SUGGESTION = "edit-suggestion"

    @property
    def is_suggestion(self) -> bool:
        return self in (DialogMode.SUGGESTION, DialogMode.EDIT_SUGGESTION)


def _text_box(text: str, *, read_only: bool, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setReadOnly(read_only)
    box.setTabChangesFocus(True)
    height = box.fontMetrics().lineSpacing() * lines + 16
    box.setMinimumHeight(height)
    if read_only:
        box.setMaximumHeight(height)
        palette = QPalette(box.palette())
        palette.setColor(QPalette.ColorRole.Base, theme().panel)
        palette.setColor(QPalette.ColorRole.Text, theme().soft)
        box.setPalette(palette)
    return box


class CommentDialog(QDialog):
    """The quoted passage on top, then what the reviewer writes; Ctrl+Enter sends it."""

    def __init__(
        self,
        mode: DialogMode,
        quote: str,
        section: str,
        parent: QWidget | None = None,
        *,
        text: str = "",
        replacement: str | None = None,
        answering: str = "",
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self._quote = quote
        self.setMinimumWidth(560)
        self.section_label = QLabel(section)
        self.section_label.setStyleSheet(f"color: {theme().hex.muted};")
        self.section_label.setWordWrap(True)
        self.quote_view = _text_box(quote, read_only=True, lines=3)
        self.answering_view = _text_box(answering, read_only=True, lines=3)
        self.replacement_edit = _text_box(
            quote if replacement is None else replacement, read_only=False, lines=4
        )
        self.text_edit = _text_box(text, read_only=False, lines=5)
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {theme().hex.muted};")
        self.problem.setWordWrap(True)

        self.quote_label = QLabel()
        self.quote_label.setBuddy(self.quote_view)
        self.answering_label = QLabel()
        self.answering_label.setBuddy(self.answering_view)
        self.replacement_label = QLabel()
        self.replacement_label.setBuddy(self.replacement_edit)
        self.text_label = QLabel()
        self.text_label.setBuddy(self.text_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = QPushButton()
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        send = QShortcut(QKeySequence("Ctrl+Return"), self)
        send.activated.connect(self._accept_if_valid)

        layout = QVBoxLayout(self)
        layout.addWidget(self.section_label)
        for label, widget in (
            (self.quote_label, self.quote_view),
            (self.answering_label, self.answering_view),
            (self.replacement_label, self.replacement_edit),
            (self.text_label, self.text_edit),
        ):
            layout.addWidget(label)
            layout.addWidget(widget)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        suggestion = mode.is_suggestion
        self.replacement_label.setVisible(suggestion)
        self.replacement_edit.setVisible(suggestion)
        self.answering_label.setVisible(bool(answering))
        self.answering_view.setVisible(bool(answering))
        self.text_edit.textChanged.connect(self._check)
        self.replacement_edit.textChanged.connect(self._check)
        self.retranslate()
        self._check()
        first = self.replacement_edit if suggestion else self.text_edit
        first.setFocus()
        if suggestion and replacement is None:
            first.selectAll()

    def retranslate(self) -> None:
        titles = {
            DialogMode.COMMENT: self.tr("Comment on a passage"),
            DialogMode.SUGGESTION: self.tr("Suggest wording"),
            DialogMode.REPLY: self.tr("Reply"),
            DialogMode.EDIT_COMMENT: self.tr("Edit comment"),
            DialogMode.EDIT_SUGGESTION: self.tr("Edit suggestion"),
        }
        buttons = {
            DialogMode.COMMENT: self.tr("Add comment"),
            DialogMode.SUGGESTION: self.tr("Add suggestion"),
            DialogMode.REPLY: self.tr("Reply"),
            DialogMode.EDIT_COMMENT: self.tr("Save"),
            DialogMode.EDIT_SUGGESTION: self.tr("Save"),
        }
        self.setWindowTitle(titles[self.mode])
        self.ok_button.setText(buttons[self.mode])
        self.ok_button.setAccessibleName(buttons[self.mode])
        self.ok_button.setToolTip(self.tr("Ctrl+Enter"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.quote_label.setText(self.tr("The passage:"))
        self.quote_view.setAccessibleName(self.tr("The passage you selected"))
        self.answering_label.setText(self.tr("You are answering:"))
        self.answering_view.setAccessibleName(self.tr("The comment you answer"))
        self.replacement_label.setText(self.tr("&Your wording for the passage:"))
        self.replacement_edit.setAccessibleName(self.tr("Suggested wording"))
        self.replacement_edit.setPlaceholderText(
            self.tr("Leave empty to suggest deleting the passage.")
        )
        if self.mode.is_suggestion:
            self.text_label.setText(self.tr("&Why (optional):"))
            self.text_edit.setAccessibleName(self.tr("Why you suggest this wording"))
            self.text_edit.setPlaceholderText(self.tr("A short reason helps the working group."))
        elif self.mode is DialogMode.REPLY:
            self.text_label.setText(self.tr("&Your reply:"))
            self.text_edit.setAccessibleName(self.tr("Your reply"))
            self.text_edit.setPlaceholderText(self.tr("What should the working group know?"))
        else:
            self.text_label.setText(self.tr("&Your comment:"))
            self.text_edit.setAccessibleName(self.tr("Your comment"))
            self.text_edit.setPlaceholderText(self.tr("What should the working group know?"))
        self.section_label.setAccessibleName(self.tr("Section"))
        self._check()

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()

    def replacement(self) -> str | None:
        """The proposed text, kept exactly as typed (spaces matter in a replacement)."""
        return self.replacement_edit.toPlainText() if self.mode.is_suggestion else None

    def _problem(self) -> str:
        if self.mode.is_suggestion:
            if self.replacement_edit.toPlainText() == self._quote:
                return self.tr("Change the wording, or write a comment instead.")
            return ""
        if not self.text():
            return self.tr("Write what you want to say.")
        return ""

    def _check(self) -> None:
        problem = self._problem()
        self.ok_button.setEnabled(not problem)
        self.problem.setText(problem)

    def _accept_if_valid(self) -> None:
        if not self._problem():
            self.accept()


class ReviewerDialog(QDialog):
    """Who is reviewing: name and organisation (kept in the settings) and a role per bundle."""

    def __init__(
        self,
        name: str,
        organisation: str,
        role: str,
        parent: QWidget | None = None,
        *,
        recipient: str = "",
    ) -> None:
        super().__init__(parent)
        self._recipient = recipient
        self.setMinimumWidth(480)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.name_edit = QLineEdit(name)
        self.organisation_edit = QLineEdit(organisation)
        self.role_box = QComboBox()
        self.role_box.setEditable(True)
        self.role_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name_edit)
        self.organisation_label = QLabel()
        self.organisation_label.setBuddy(self.organisation_edit)
        self.role_label = QLabel()
        self.role_label.setBuddy(self.role_box)
        self.form.addRow(self.name_label, self.name_edit)
        self.form.addRow(self.organisation_label, self.organisation_edit)
        self.form.addRow(self.role_label, self.role_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._check)
        self.retranslate()
        self.role_box.setCurrentText(role)
        self._check()
        (self.role_box if name.strip() else self.name_edit).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Who is reviewing?"))
        intro = self.tr(
            "Your name, organisation and role go with every comment you make on this bundle, "
            "and into the response you send back."
        )
        if self._recipient:
            intro = self.tr(
                "Your name, organisation and role go with every comment you make on this "
                "bundle, and into the response you send back to {recipient}."
            ).format(recipient=self._recipient)
        self.intro.setText(intro)
        self.name_label.setText(self.tr("&Name:"))
        self.organisation_label.setText(self.tr("&Organisation:"))
        self.role_label.setText(self.tr("&Role in this hearing:"))
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Kari Nordmann"))
        self.organisation_edit.setAccessibleName(self.tr("Your organisation"))
        self.organisation_edit.setPlaceholderText(self.tr("e.g. PPT Voss"))
        self.role_box.setAccessibleName(self.tr("Your role in this hearing"))
        self.role_box.setToolTip(self.tr("Choose one, or write your own; it may be left empty."))
        current = self.role_box.currentText()
        self.role_box.clear()
        self.role_box.addItems(
            [
                "",
                self.tr("adviser"),
                self.tr("user representative"),
                self.tr("public health nurse"),
                self.tr("general practitioner"),
                self.tr("teacher"),
                self.tr("psychologist"),
                self.tr("manager"),
            ]
        )
        self.role_box.setCurrentText(current)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setAccessibleName(self.tr("OK"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))

    def name(self) -> str:
        return self.name_edit.text().strip()

    def organisation(self) -> str:
        return self.organisation_edit.text().strip()

    def role(self) -> str:
        return self.role_box.currentText().strip()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name()))
