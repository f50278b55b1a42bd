"""GUI: the pieces of the three-way view — what it compares, its wording, the region marks and
their legend, and small text helpers the carry-over dialogs share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
    QPainter,
    QPixmap,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kartedit.domain.sections import SectionRef
from kartedit.gui.common.theme import theme
from kartedit.text.rebase import RebaseResult, RegionKind, ThreeWayRegion


def region_format(kind: RegionKind) -> QTextCharFormat:
    """Each kind of region has its own underline, so colour is never the only cue."""
    fmt = QTextCharFormat()
    t = theme()
    styles = {
        RegionKind.LOCAL_ONLY: (t.tint("local"), QTextCharFormat.UnderlineStyle.DotLine),
        RegionKind.REGIONAL_ONLY: (
            t.tint("regional"),
            QTextCharFormat.UnderlineStyle.DashUnderline,
        ),
        RegionKind.BOTH_SAME: (t.tint("both"), QTextCharFormat.UnderlineStyle.SingleUnderline),
        RegionKind.CONFLICT: (
            t.tint("conflict", 0.28),
            QTextCharFormat.UnderlineStyle.WaveUnderline,
        ),
    }
    if kind in styles:
        background, underline = styles[kind]
        fmt.setBackground(background)
        fmt.setUnderlineStyle(underline)
        if kind is RegionKind.CONFLICT:
            fmt.setUnderlineColor(t.ink("deleted"))
            fmt.setFontWeight(QFont.Weight.DemiBold)
    return fmt


class ThreePreview(Protocol):
    """The service's preview of three texts (``services.editions.ThreeWayPreview``, or a
    suggestion's ``services.decisions.ThreeWayNeeded``): the view computes nothing itself."""

    @property
    def result(self) -> RebaseResult: ...

    @property
    def regions(self) -> list[ThreeWayRegion]: ...


class ThreeTexts(Protocol):
    """What the three-way view compares: an OverrideInfo, or a suggestion to merge."""

    @property
    def ref(self) -> SectionRef: ...
    @property
    def edition(self) -> str: ...
    @property
    def base_text(self) -> str: ...
    @property
    def local_text(self) -> str: ...
    @property
    def regional_text(self) -> str: ...


@dataclass(frozen=True)
class ThreeWayWording:
    """The words that name the texts and the two sides («local», «regional») of the view."""

    title: str
    """With {section}."""
    intro: str
    """With {section} and {edition}."""
    base: tuple[str, str]
    """Column title (with its &-shortcut) and accessible name; likewise the next two."""
    regional: tuple[str, str]
    local: tuple[str, str]
    legend_local: tuple[str, str]
    """The legend's word and meaning for the local side's change; likewise regional."""
    legend_regional: tuple[str, str]
    use_local: tuple[str, str]
    """Button text and accessible name; likewise use_regional."""
    use_regional: tuple[str, str]
    use_both: tuple[str, str]
    """Accessible name and tooltip of «Use both»."""
    resolved_local: str
    resolved_regional: str
    pending_note: str
    cancel: str
    """Accessible name of Cancel."""
    save_question: tuple[str, str, str]
    """Title, text (with {section} and {edition}) and detail of the question before saving."""


def _format_sample(text: str, fmt: QTextCharFormat, font: QFont) -> QPixmap:
    """A word drawn with a region's real format: rich-text labels cannot draw wavy lines."""
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(2)
    QTextCursor(document).insertText(text, fmt)
    size = document.size().toSize()
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    document.drawContents(painter)
    painter.end()
    return pixmap


class RegionLegend(QWidget):
    """The key to the four region marks, each shown as it looks and named in words."""

    def __init__(
        self,
        parent: QWidget | None = None,
        sides: tuple[tuple[str, str], tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        entries = [
            (
                RegionKind.CONFLICT,
                self.tr("conflict"),
                self.tr("both sides changed this passage (wavy underline)"),
            ),
            (
                RegionKind.LOCAL_ONLY,
                self.tr("local"),
                self.tr("changed locally only (dotted)"),
            ),
            (
                RegionKind.REGIONAL_ONLY,
                self.tr("regional"),
                self.tr("changed regionally only (dashed)"),
            ),
            (
                RegionKind.BOTH_SAME,
                self.tr("same"),
                self.tr("the same change on both sides (solid)"),
            ),
        ]
        if sides is not None:  # other names for the two sides, e.g. «suggestion» and «now»
            (local, local_meaning), (regional, regional_meaning) = sides
            entries[1] = (RegionKind.LOCAL_ONLY, local, local_meaning)
            entries[2] = (RegionKind.REGIONAL_ONLY, regional, regional_meaning)
        names = []
        for kind, word, meaning in entries:
            sample = QLabel(self)
            sample.setPixmap(_format_sample(word, region_format(kind), self.font()))
            text = QLabel(meaning, self)
            layout.addWidget(sample)
            layout.addWidget(text)
            layout.addSpacing(12)
            names.append(f"{word}: {meaning}")
        layout.addStretch(1)
        self.setAccessibleName(self.tr("Key to the marks"))
        self.setAccessibleDescription("; ".join(names))


def plain_text(edit: QPlainTextEdit) -> str:
    """The text as typed: unlike toPlainText(), no-break spaces stay no-break spaces."""
    return edit.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")


def qt_position(text: str, index: int) -> int:
    """A Python string index as a QTextDocument position (UTF-16 code units)."""
    return len(text[:index].encode("utf-16-le")) // 2


def bold_label(label: QLabel) -> None:
    font = label.font()
    font.setBold(True)
    label.setFont(font)


def titled(title: str, view: QTextBrowser, parent: QWidget) -> QWidget:
    box = QFrame(parent)
    label = QLabel(title, box)
    bold_label(label)
    label.setWordWrap(True)
    label.setBuddy(view)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 4, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(label)
    layout.addWidget(view, 1)
    return box
