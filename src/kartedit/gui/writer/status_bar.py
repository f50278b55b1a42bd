"""GUI: the readability read-out in the status bar — characters, words, LIX and its band."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from kartedit.gui.common.labels import band_label
from kartedit.text.readability import Readability, measure


class ReadabilityIndicator(QWidget):
    """Three labels, updated from the editor's settled text (not on every keystroke)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.characters = QLabel(self)
        self.words = QLabel(self)
        self.lix = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(14)
        for label in (self.characters, self.words, self.lix):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            layout.addWidget(label)
        self.readability: Readability | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Text statistics"))
        self.lix.setToolTip(
            self.tr(
                "LIX readability: words per sentence plus the share of words longer than "
                "six letters. Below 25 is very easy, 55 and above very difficult."
            )
        )
        self._show()

    def show_text(self, markdown_text: str) -> None:
        self.readability = measure(markdown_text)
        self._show()

    def _show(self) -> None:
        value = self.readability
        if value is None:
            for label in (self.characters, self.words, self.lix):
                label.setText("")
            return
        self.characters.setText(self.tr("%Ln character(s)", "", value.characters))
        self.words.setText(self.tr("%Ln word(s)", "", value.words))
        if value.words:
            self.lix.setText(
                self.tr("LIX {score} ({band})").format(
                    score=round(value.lix), band=band_label(value.band)
                )
            )
        else:
            self.lix.setText(self.tr("LIX –"))
        self.setAccessibleDescription(
            " · ".join(label.text() for label in (self.characters, self.words, self.lix))
        )
