"""GUI: the reviewer window's centre — the bundle's banner, the section's text with its
commented passages marked, and the sanitised preview beside it.

API:
    OffsetMap(text) — code-point offsets (anchors) ↔ QTextDocument positions (UTF-16, and a
        "\\r\\n" counted once)
    Highlight(start, end, comment_id, suggestion, tip) — offsets in code points
    PassageView — read-only Markdown source: show_text(text, highlights), selected_range(),
        select_range(start, end), set_active(comment_id); signal highlight_clicked(str)
    ReviewerView — show_bundle(manifest), show_reviewer(text), show_section(view, crumbs,
        highlights), set_highlights(highlights); .passage, .preview, .export_button
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from kartedit.domain.bundles import BundleManifest
from kartedit.domain.model import SectionView
from kartedit.gui.common import icons
from kartedit.gui.common.labels import date_label, kind_label, local_time, titled
from kartedit.gui.common.parts import SectionPage, set_heading_font, swatch
from kartedit.gui.common.theme import theme
from kartedit.gui.writer.editor import MarkdownEdit
from kartedit.gui.writer.preview import PreviewPane


def comment_mark(active: bool = False) -> QColor:
    """A commented passage's background; stronger for the one being looked at."""
    return theme().tint("comment", 0.3 if active else 0.14)


def suggestion_mark(active: bool = False) -> QColor:
    return theme().tint("suggestion", 0.34 if active else 0.16)


class OffsetMap:
    """Anchors count Unicode code points; Qt counts UTF-16 units and one paragraph break."""

    def __init__(self, text: str) -> None:
        positions: list[int] = []
        position = 0
        for index, char in enumerate(text):
            positions.append(position)
            if char == "\r" and text[index + 1 : index + 2] == "\n":
                continue  # Qt keeps "\r\n" as one paragraph break
            position += 2 if ord(char) > 0xFFFF else 1
        positions.append(position)
        self._positions = positions

    def to_qt(self, offset: int) -> int:
        return self._positions[max(0, min(offset, len(self._positions) - 1))]

    def from_qt(self, position: int) -> int:
        return min(bisect_left(self._positions, position), len(self._positions) - 1)


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    comment_id: str
    suggestion: bool
    tip: str


class PassageView(MarkdownEdit):
    """The section's Markdown, read-only but selectable by mouse and keyboard alike.

    Selections here are exact offsets into the text an anchor records, which the rendered
    preview cannot promise; so comments are made on this view.
    """

    highlight_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._text = ""
        self._map = OffsetMap("")
        self._highlights: list[Highlight] = []
        self._active: str | None = None
        self.viewport().installEventFilter(self)

    @property
    def source(self) -> str:
        """The section text exactly as the bundle carries it (the anchors' reference)."""
        return self._text

    def show_text(self, text: str, highlights: list[Highlight]) -> None:
        self._text = text
        self._map = OffsetMap(text)
        self.setPlainText(text)
        self.set_highlights(highlights)

    def set_highlights(self, highlights: list[Highlight]) -> None:
        self._highlights = list(highlights)
        self._paint()

    def set_active(self, comment_id: str | None) -> None:
        if comment_id != self._active:
            self._active = comment_id
            self._paint()

    def highlights(self) -> list[Highlight]:
        return list(self._highlights)

    def _paint(self) -> None:
        """Background AND underline, so the marks show without colour vision too; the
        suggestion's underline is dashed, the comment's solid."""
        selections = []
        for mark in self._highlights:
            active = mark.comment_id == self._active
            fmt = QTextCharFormat()
            if mark.suggestion:
                fmt.setBackground(suggestion_mark(active))
                fmt.setUnderlineColor(theme().mark("suggestion"))
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            else:
                fmt.setBackground(comment_mark(active))
                fmt.setUnderlineColor(theme().mark("comment"))
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            selection = QTextEdit.ExtraSelection()
            selection.format = fmt
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._map.to_qt(mark.start))
            cursor.setPosition(self._map.to_qt(mark.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.setExtraSelections(selections)

    def selected_range(self) -> tuple[int, int] | None:
        """The selection in code points of the source, without surrounding white space."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._map.from_qt(cursor.selectionStart())
        end = self._map.from_qt(cursor.selectionEnd())
        while start < end and self._text[start].isspace():
            start += 1
        while end > start and self._text[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    def select_range(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(start))
        cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def highlight_at(self, position: int) -> Highlight | None:
        """The innermost marked passage at a document position."""
        offset = self._map.from_qt(position)
        found = [h for h in self._highlights if h.start <= offset < h.end]
        return min(found, key=lambda h: h.end - h.start) if found else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport():
            if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
                mark = self.highlight_at(self.cursorForPosition(event.pos()).position())
                tip = mark.tip if mark is not None else self.quality_tip(event.pos())
                if tip is not None:
                    QToolTip.showText(event.globalPos(), tip, self)
                else:
                    QToolTip.hideText()
                return True
            if (
                event.type() == QEvent.Type.MouseButtonRelease
                and isinstance(event, QMouseEvent)
                and not self.textCursor().hasSelection()
            ):
                mark = self.highlight_at(
                    self.cursorForPosition(event.position().toPoint()).position()
                )
                if mark is not None:
                    self.highlight_clicked.emit(mark.comment_id)
        return super().eventFilter(watched, event)


def _caption() -> QLabel:
    label = QLabel()
    label.setStyleSheet(f"color: {theme().hex.muted}; padding: 2px 2px;")
    return label


class BundleBanner(QFrame):
    """What is being reviewed, for whom and by when — and the way to send the answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BundleBanner")
        self.setStyleSheet(theme().banner("BundleBanner", "bundle"))
        self.title = QLabel(self)
        set_heading_font(self.title, 1.25)
        self.details = QLabel(self)
        self.details.setStyleSheet(f"color: {theme().hex.soft};")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reviewer = QLabel(self)
        self.reviewer.setStyleSheet(f"color: {theme().hex.soft};")
        self.reviewer.setWordWrap(True)
        self.icon = QLabel(self)
        self.icon.setPixmap(icons.comments_icon().pixmap(32, 32))
        self.export_button = QToolButton(self)
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.export_button.setStyleSheet("QToolButton { padding: 6px 12px; font-weight: bold; }")
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.details)
        text.addWidget(self.reviewer)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(12)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignVCenter)


class ReviewerView(QWidget):
    """Banner on top; then the section's header, its marked text and the preview."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.manifest: BundleManifest | None = None
        self.banner = BundleBanner(self)
        parts = SectionPage(self)
        self.stack, self.empty, self.page = parts.stack, parts.empty, parts.page
        self.crumbs, self.title = parts.crumbs, parts.title
        self.count = QLabel(self.page)
        self.count.setStyleSheet(f"color: {theme().mark('comment').name()}; font-weight: bold;")
        self.comment_legend = QLabel(self.page)
        self.suggestion_legend = QLabel(self.page)
        self.hint = QLabel(self.page)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {theme().hex.muted};")

        self.passage = PassageView(self.page)
        self.preview = PreviewPane(self.page)
        self.text_caption = _caption()
        self.preview_caption = _caption()
        left = QWidget(self.page)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(2)
        left_layout.addWidget(self.text_caption)
        left_layout.addWidget(self.passage, 1)
        right = QWidget(self.page)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(2)
        right_layout.addWidget(self.preview_caption)
        right_layout.addWidget(self.preview, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.page)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(6)

        heading = QHBoxLayout()
        heading.setSpacing(8)
        heading.addWidget(self.title)
        heading.addSpacing(8)
        heading.addWidget(self.count)
        heading.addStretch(1)
        heading.addWidget(swatch(comment_mark(), theme().mark("comment"), dashed=False))
        heading.addWidget(self.comment_legend)
        heading.addSpacing(10)
        heading.addWidget(swatch(suggestion_mark(), theme().mark("suggestion"), dashed=True))
        heading.addWidget(self.suggestion_legend)
        page = QVBoxLayout(self.page)
        page.setContentsMargins(10, 8, 10, 0)
        page.setSpacing(6)
        page.addWidget(self.crumbs)
        page.addLayout(heading)
        page.addWidget(self.hint)
        page.addWidget(self.splitter, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.banner)
        outer.addWidget(self.stack, 1)
        self.setFocusProxy(self.passage)
        self._count = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.empty.setText(
            self.tr("Choose a section in the map on the left to read it and comment on it.")
        )
        self.passage.setAccessibleName(self.tr("Section text (read-only)"))
        self.passage.setAccessibleDescription(
            self.tr(
                "Select a passage with the mouse or with Shift and the arrow keys, then press "
                "Ctrl+M to comment or Ctrl+Shift+M to suggest wording."
            )
        )
        self.preview.retranslate()
        self.text_caption.setText(self.tr("Text — select a passage to comment on it"))
        self.preview_caption.setText(self.tr("Preview — how the text will look"))
        self.comment_legend.setText(self.tr("Comment"))
        self.suggestion_legend.setText(self.tr("Suggestion"))
        self.hint.setText(
            self.tr(
                "Select a passage in the text, then choose Comment… (Ctrl+M) or "
                "Suggest wording… (Ctrl+Shift+M). When you are done, send your comments with "
                "«Export response…»."
            )
        )
        self.splitter.setAccessibleName(self.tr("Text and preview"))
        self.banner.setAccessibleName(self.tr("About this review bundle"))
        self.banner.export_button.setAccessibleName(self.tr("Export your response"))
        self._show_count()
        if self.manifest is not None:
            self.show_bundle(self.manifest)

    # -- content ----------------------------------------------------------------------

    def show_bundle(self, manifest: BundleManifest) -> None:
        self.manifest = manifest
        self.banner.title.setText(titled(self.tr("Hearing: {round}"), manifest.round.name, "round"))
        self.banner.details.setText(
            self.tr("Deadline {deadline} · {edition} · sent by {sender}, {sent}").format(
                deadline=date_label(manifest.round.deadline),
                edition=manifest.edition.name,
                sender=str(manifest.made_by),
                sent=local_time(manifest.made_at),
            )
        )
        self.banner.setAccessibleDescription(
            f"{self.banner.title.text()}. {self.banner.details.text()}"
        )

    def show_reviewer(self, text: str) -> None:
        self.banner.reviewer.setText(text)

    def show_section(self, view: SectionView, crumbs: str, highlights: list[Highlight]) -> None:
        self.crumbs.setText(crumbs)
        self.title.setText(kind_label(view.ref.kind))
        self.passage.show_text(view.text, highlights)
        self.preview.show_markdown(view.text)
        self._count = len(highlights)
        self._show_count()
        self.stack.setCurrentWidget(self.page)

    def set_highlights(self, highlights: list[Highlight]) -> None:
        self.passage.set_highlights(highlights)
        self._count = len(highlights)
        self._show_count()

    def show_nothing(self) -> None:
        self.stack.setCurrentWidget(self.empty)

    def _show_count(self) -> None:
        self.count.setText(self.tr("%n comment(s)", "", self._count) if self._count else "")
