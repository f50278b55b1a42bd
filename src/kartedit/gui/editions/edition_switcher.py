"""GUI: the edition switcher — the regional text and each local edition, in the toolbar."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from kartedit.domain.model import EditionInfo
from kartedit.gui.common import icons


class EditionSwitcher(QWidget):
    """Emits ``edition_requested``; the window may refuse and call ``set_current`` back."""

    edition_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        self.setFocusProxy(self.combo)
        self._editions: list[EditionInfo] = []
        self._quiet = False
        self.combo.currentIndexChanged.connect(self._on_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Edition:"))
        self.combo.setAccessibleName(self.tr("Edition"))
        self.combo.setToolTip(
            self.tr("The regional text, or a local edition that adapts it where practice differs.")
        )

    def set_editions(self, editions: list[EditionInfo], current: str) -> None:
        self._quiet = True
        try:
            self._editions = list(editions)
            self.combo.clear()
            for edition in editions:
                icon = icons.pathway_icon() if edition.is_regional else icons.local_icon()
                self.combo.addItem(icon, edition.name, edition.slug)
            self.set_current(current)
        finally:
            self._quiet = False

    def current(self) -> str | None:
        value = self.combo.currentData()
        return None if value is None else str(value)

    def edition(self, slug: str) -> EditionInfo | None:
        return next((e for e in self._editions if e.slug == slug), None)

    def set_current(self, slug: str) -> None:
        """Show an edition without announcing it (used to undo a refused switch)."""
        was_quiet = self._quiet
        self._quiet = True
        try:
            index = self.combo.findData(slug)
            if index >= 0:
                self.combo.setCurrentIndex(index)
        finally:
            self._quiet = was_quiet

    def _on_changed(self, index: int) -> None:
        if not self._quiet and index >= 0:
            self.edition_requested.emit(str(self.combo.itemData(index)))
