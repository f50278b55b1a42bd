"""GUI: the save dialog — an optional message for the new revision."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class SaveMessageDialog(QDialog):
    """Save with an optional message: Enter saves, Escape goes back to the text."""

    def __init__(self, section_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save revision"))
        intro = QLabel(
            self.tr("Save «{section}» as a new revision.").format(section=section_title), self
        )
        intro.setWordWrap(True)
        self.message = QLineEdit(self)
        self.message.setPlaceholderText(self.tr("For example: shorter referral criteria"))
        self.message.setAccessibleName(self.tr("What changed (optional)"))
        self.message.setMaxLength(500)
        label = QLabel(self.tr("&What changed (optional):"), self)
        label.setBuddy(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def text(self) -> str:
        return self.message.text().strip()
