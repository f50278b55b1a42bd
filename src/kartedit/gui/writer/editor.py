"""GUI: the centre of the window — section header, info bar, Markdown editor and live preview."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QIcon,
    QKeyEvent,
    QPalette,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from kartedit.domain.facts import FactKind, placeholder
from kartedit.domain.model import SectionView
from kartedit.domain.quality import FindingKind, TextMark
from kartedit.gui.common import icons
from kartedit.gui.common.labels import kind_label, status_label
from kartedit.gui.common.parts import SectionPage
from kartedit.gui.common.theme import theme
from kartedit.gui.writer.eliding import elide_when_narrow
from kartedit.gui.writer.markdown_highlighter import MarkdownHighlighter
from kartedit.gui.writer.preview import PreviewPane
from kartedit.gui.writer.quality_marks import explain
from kartedit.text.checker import TextChecker

if TYPE_CHECKING:  # the facts (and Markdown) are read after the first paint
    from kartedit.services.fact_context import FactContext

PREVIEW_DELAY_MS = 250
"""Typing restarts this timer; preview and statistics follow once the writer pauses."""
NARROWEST_PAGE = (420, 200)
"""The section page's minimum size, whatever the section: its header's words are cut with
«…» before the window would have to grow, so a click never changes the window's minimum."""


@dataclass(frozen=True)
class SectionContext:
    """Names the header shows next to a section: no lookups happen in the widget."""

    pathway_name: str
    service_name: str
    """Empty for a pathway's own text."""
    edition_name: str
    local_edition: bool
    last_saved: str = ""
    facts: FactContext | None = None
    """The edition's local facts: the preview shows their values, or a marked chip."""


class MarkdownEdit(QPlainTextEdit):
    """The plain-text editor with Markdown highlighting; grey when it is read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fact_kinds: list[FactKind] = []
        """What «Insert local fact» offers (the map's fact kinds)."""
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().setDocumentMargin(12)
        self.highlighter = MarkdownHighlighter(self.document())
        self._normal = QPalette(self.palette())
        self._locked: bool | None = None

    def set_checker(self, checker: TextChecker | None) -> None:
        """Underline what ``checker`` finds (None: no underlines); re-checks every line."""
        self.highlighter.quality.checker = checker
        blocked = self.blockSignals(True)  # new underlines are no new text to preview
        try:
            self.highlighter.rehighlight()
        finally:
            self.blockSignals(blocked)

    def pause_checks(self) -> None:
        """No underlines for the text about to be put in: it is shown first, checked after
        (``set_checker`` again)."""
        self.highlighter.quality.checker = None

    @property
    def checked(self) -> bool:
        """Whether the text shows the checker's underlines."""
        return self.highlighter.quality.checker is not None

    def _mark_at(self, position: QPoint) -> tuple[TextMark | None, QTextCursor]:
        cursor = self.cursorForPosition(position)
        block = cursor.block()
        return self.highlighter.quality.mark_at(block.text(), cursor.positionInBlock()), cursor

    def quality_tip(self, position: QPoint) -> str | None:
        """The explanation of the underline at a viewport position, if there is one."""
        mark, _ = self._mark_at(position)
        return explain(mark) if mark is not None else None

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.quality_tip(event.pos())
            if tip is not None:
                QToolTip.showText(event.globalPos(), tip, self)
                return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        mark, cursor = self._mark_at(event.pos())
        if (
            mark is not None
            and mark.kind is not FindingKind.LONG_SENTENCE
            and not self.isReadOnly()
        ):
            first = menu.actions()[0]
            block_start = cursor.block().position()
            for word in mark.suggestions:
                action = QAction(word, menu)
                action.triggered.connect(
                    lambda _=False, w=word, m=mark: self._replace(block_start, m, w)
                )
                menu.insertAction(first, action)
            quality = self.highlighter.quality
            if mark.kind is FindingKind.SPELLING and quality.on_add_word is not None:
                add = QAction(
                    self.tr("Add «{word}» to the map's word list").format(word=mark.passage), menu
                )
                add.triggered.connect(lambda _=False, w=mark.passage: self._add_word(w))
                menu.insertAction(first, add)
            menu.insertSeparator(first)
        if self.fact_kinds and not self.isReadOnly():
            menu.addSeparator()
            menu.addMenu(self.fact_menu(menu))
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _replace(self, block_start: int, mark: TextMark, word: str) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(block_start + mark.start)
        cursor.setPosition(block_start + mark.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(word)

    def _add_word(self, word: str) -> None:
        quality = self.highlighter.quality
        if quality.on_add_word is not None:
            quality.on_add_word(word)
        self.highlighter.rehighlight()

    def set_font_size(self, points: int) -> None:
        font = QFont(self.font())
        font.setPointSize(max(6, points))
        self.setFont(font)

    def fact_menu(self, parent: QWidget) -> QMenu:
        """«Insert local fact»: one entry per fact kind; no syntax to remember."""
        menu = QMenu(self.tr("Insert local fact"), parent)
        for kind in self.fact_kinds:
            action = menu.addAction(kind.name)
            action.triggered.connect(lambda _=False, slug=kind.slug: self.insert_fact(slug))
        return menu

    def insert_fact(self, slug: str) -> None:
        """Put the placeholder of a fact kind at the cursor, as one undoable edit; the «{{»
        a writer typed to ask for the list becomes part of it."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if self._typed_opening(cursor):
            cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, 2)
        cursor.insertText(placeholder(slug))
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.setFocus()

    @staticmethod
    def _typed_opening(cursor: QTextCursor) -> bool:
        block = cursor.block().text()
        column = cursor.positionInBlock()
        return not cursor.hasSelection() and block[max(0, column - 2) : column] == "{{"

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        offer = event.text() == "{" and self.fact_kinds and not self.isReadOnly()
        if offer and self._typed_opening(self.textCursor()):
            self.complete_fact()

    def complete_fact(self) -> QMenu:
        """Typing «{{» offers the map's facts at the cursor: no syntax to remember."""
        menu = self.fact_menu(self)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.viewport().mapToGlobal(self.cursorRect().bottomLeft()))
        return menu

    def set_locked(self, locked: bool) -> None:
        if locked is self._locked:
            return  # the same look: no new palette for the editor and its scroll bars
        self._locked = locked
        self.setReadOnly(locked)
        palette = QPalette(self._normal)
        if locked:
            palette.setColor(QPalette.ColorRole.Base, theme().panel)
            palette.setColor(QPalette.ColorRole.Text, theme().soft)
        self.setPalette(palette)


class InfoBar(QFrame):
    """A calm strip above the editor that says why the text is read-only, and what to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InfoBar")
        self.setStyleSheet(
            f"#InfoBar {{ background: {theme().hex.tint_local}; border: 1px "
            f"solid {theme().hex.border}; border-radius: 4px; }}"
        )
        self.icon = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reopen_button = QPushButton(self)
        self.adapt_button = QPushButton(self)
        self.adapt_button.setEnabled(False)
        self.changes_button = QPushButton(self)
        self.carry_button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.reopen_button)
        layout.addWidget(self.adapt_button)
        layout.addWidget(self.changes_button)
        layout.addWidget(self.carry_button)
        for button in (
            self.reopen_button,
            self.adapt_button,
            self.changes_button,
            self.carry_button,
        ):
            button.setAutoDefault(False)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.reopen_button.setText(self.tr("Reopen as draft"))
        self.reopen_button.setAccessibleName(self.tr("Reopen as draft"))
        self.adapt_button.setText(self.tr("Adapt locally…"))
        self.adapt_button.setAccessibleName(self.tr("Adapt locally"))
        self.adapt_button.setToolTip(
            self.tr("Write a local version of this section, starting from the regional text.")
        )
        self.changes_button.setText(self.tr("What changed regionally…"))
        self.changes_button.setAccessibleName(
            self.tr("Show what changed in the regional text since the adaptation was written")
        )
        self.carry_button.setText(self.tr("Carry over…"))
        self.carry_button.setAccessibleName(
            self.tr("Carry the local adaptation over to the new regional text")
        )
        self.carry_button.setToolTip(
            self.tr("You see the carried-over text, and confirm it, before anything is saved.")
        )
        self.setAccessibleName(self.tr("Information about this section"))

    def show_message(
        self,
        icon: QIcon,
        text: str,
        *,
        reopen: bool = False,
        adapt: bool = False,
        stale: bool = False,
    ) -> None:
        """``stale`` shows «What changed regionally…» and «Carry over…»."""
        self.icon.setPixmap(icon.pixmap(20, 20))
        self.message.setText(text)
        self.setAccessibleDescription(text)
        self.reopen_button.setVisible(reopen)
        self.adapt_button.setVisible(adapt)
        self.changes_button.setVisible(stale)
        self.carry_button.setVisible(stale)
        self.show()


class SectionEditor(QWidget):
    """Header, info bar and the editor | preview splitter, or a hint when nothing is open."""

    modification_changed = Signal(bool)
    text_settled = Signal(str)
    reopen_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: SectionView | None = None
        self.context: SectionContext | None = None
        parts = SectionPage(self)
        self.stack, self.empty, self.page = parts.stack, parts.empty, parts.page
        self.crumbs, self.title = parts.crumbs, parts.title
        self.status_icon = QLabel(self.page)
        self.status_text = QLabel(self.page)
        self.saved = QLabel(self.page)
        self.saved.setStyleSheet(f"color: {theme().hex.muted};")
        self.info = InfoBar(self.page)
        self.info.reopen_button.clicked.connect(self.reopen_requested)

        self.editor = MarkdownEdit(self.page)
        self.preview = PreviewPane(self.page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.page)
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.preview)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(6)

        heading = QHBoxLayout()
        heading.setSpacing(8)
        heading.addWidget(self.title)
        heading.addSpacing(8)
        heading.addWidget(self.status_icon)
        heading.addWidget(self.status_text)
        heading.addStretch(1)
        heading.addWidget(self.saved)
        layout = QVBoxLayout(self.page)
        layout.setContentsMargins(10, 8, 10, 0)
        layout.setSpacing(6)
        layout.addWidget(self.crumbs)
        layout.addLayout(heading)
        layout.addWidget(self.info)
        layout.addWidget(self.splitter, 1)
        self._layout = layout
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        elide_when_narrow(self.crumbs, self.status_text, self.saved)  # the title stays whole
        self.setMinimumSize(*NARROWEST_PAGE)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.settle)
        self.editor.textChanged.connect(self._timer.start)
        self._soon = QTimer(self)
        """The preview and the statistics of a text just opened: right after it is painted
        (a new click before then renders only the newest)."""
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.settle)
        self.editor.modificationChanged.connect(self.modification_changed)
        self.setFocusProxy(self.editor)
        self.retranslate()

    def retranslate(self) -> None:
        self.empty.setText(
            self.tr("Choose a section in the map on the left to read and write its text.")
        )
        self.editor.setAccessibleName(self.tr("Section text (Markdown)"))
        self.editor.setPlaceholderText(self.tr("This section has no text yet. Write it here."))
        self.preview.retranslate()
        self.info.retranslate()
        self.splitter.setAccessibleName(self.tr("Editor and preview"))
        if self.view is not None and self.context is not None:
            self._show_header(self.view, self.context)

    # -- content ----------------------------------------------------------------------

    def show_section(self, view: SectionView, context: SectionContext) -> None:
        """Load a section: the text replaces the old one and the undo history starts fresh."""
        self.view = view
        self.context = context
        self.editor.fact_kinds = list(context.facts.kinds.values()) if context.facts else []
        self.editor.blockSignals(True)
        try:
            self.editor.setPlainText(view.text)
        finally:
            self.editor.blockSignals(False)
        self.editor.document().setModified(False)
        self.editor.set_locked(view.read_only)
        self._show_header(view, context)
        self.stack.setCurrentWidget(self.page)
        self._timer.stop()
        self._soon.start()  # the text is shown now; the preview once it is painted
        self.modification_changed.emit(False)

    def update_context(self, context: SectionContext) -> None:
        """New surroundings for the open text (its edition's facts, read once the store has
        loaded): the text and its undo history stay, the preview follows."""
        self.context = context
        self.editor.fact_kinds = list(context.facts.kinds.values()) if context.facts else []
        self._soon.start()

    def settling(self) -> bool:
        """Whether the preview and the statistics still wait for the open text."""
        return self._soon.isActive() or self._timer.isActive()

    def text(self) -> str:
        return self.editor.toPlainText()

    def is_modified(self) -> bool:
        return self.view is not None and self.editor.document().isModified()

    def mark_saved(self, view: SectionView, context: SectionContext) -> None:
        """After a save or a status change: new state, same text and cursor, undo kept."""
        self.view = view
        self.context = context
        self.editor.document().setModified(False)
        self.editor.set_locked(view.read_only)
        self._show_header(view, context)

    def settle(self) -> None:
        """Render now: the preview and the statistics catch up with the editor."""
        self._timer.stop()
        self._soon.stop()
        if self.view is None:
            return
        text = self.text()
        facts = self.context.facts if self.context is not None else None
        if facts is not None and "{{" in text:
            self.preview.show_html(facts.html(text, self.view.ref))
        else:
            self.preview.show_markdown(text)
        self.text_settled.emit(text)

    def add_bar(self, bar: QWidget) -> None:
        """A bar under the editor and preview (the find-and-replace bar)."""
        self._layout.addWidget(bar)

    def set_font_size(self, points: int) -> None:
        """The writer's text size, for the editor and the preview alike."""
        self.editor.set_font_size(points)
        font = QFont(self.preview.font())
        font.setPointSize(max(6, points))
        self.preview.setFont(font)

    def set_editor_visible(self, visible: bool) -> None:
        self.editor.setVisible(visible)

    def set_preview_visible(self, visible: bool) -> None:
        self.preview.setVisible(visible)

    def _show_header(self, view: SectionView, context: SectionContext) -> None:
        place = "  ›  ".join(n for n in (context.pathway_name, context.service_name) if n)
        self.crumbs.setText(f"{place}  ·  {context.edition_name}")
        self.title.setText(kind_label(view.ref.kind))
        self.status_icon.setPixmap(icons.status_icon(view.status).pixmap(18, 18))
        status = status_label(view.status)
        if view.inherited:
            status = self.tr("{status} · inherited").format(status=status)
        elif context.local_edition and view.stale:
            status = self.tr("{status} · local · stale").format(status=status)
        elif context.local_edition:
            status = self.tr("{status} · local").format(status=status)
        self.status_text.setText(status)
        self.saved.setText(context.last_saved)
        self._show_info(view, context)

    def _show_info(self, view: SectionView, context: SectionContext) -> None:
        if view.inherited:
            self.info.show_message(
                icons.inherited_icon(),
                self.tr(
                    "This section is inherited from the regional text and is read-only in "
                    "{edition}. Adapt it locally only where your practice really differs."
                ).format(edition=context.edition_name),
                adapt=True,
            )
        elif view.stale:
            message = self.tr(
                "The regional text has changed since this local adaptation was written. "
                "Check whether the local text should follow."
            )
            if view.status.is_read_only:
                message += " " + self.tr("Reopen it as a draft to carry the change over.")
            self.info.show_message(
                icons.stale_icon(), message, reopen=view.status.is_read_only, stale=True
            )
            self.info.carry_button.setEnabled(not view.status.is_read_only)
        elif view.status.is_read_only:
            self.info.show_message(
                icons.status_icon(view.status),
                self.tr("This section is approved and read-only. Reopen it as a draft to edit it."),
                reopen=True,
            )
        else:
            self.info.hide()
