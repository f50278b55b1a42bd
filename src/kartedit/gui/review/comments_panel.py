"""GUI: the reviewer's comments panel — threads as cards, replies under them, fed with values.

API:
    CommentsPanel(parent=None)
    panel.set_threads(threads, *, section_label, own) — ``section_label(ref) -> str`` (shown
        in the «all sections» view), ``own(comment) -> bool`` (may edit and delete it)
    panel.select_comment(comment_id) -> bool — quietly, no signal
    panel.current_comment() -> Comment | None
    panel.all_sections -> bool, signal scope_changed(bool)
    signals: comment_chosen(str) (a click, Enter or arrow keys: show its passage),
             reply_requested(str), edit_requested(str), delete_requested(str)
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kartedit.domain.review import Comment, CommentKind, Reviewer, Thread
from kartedit.domain.sections import SectionRef
from kartedit.gui.common.labels import local_time, shorten
from kartedit.gui.common.parts import child_items, tree_items
from kartedit.gui.common.theme import theme

COMMENT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3

"""Comments are purple and suggestions green: in the tree, here and in the text."""
QUOTE_LIMIT = 180

AnyIndex = QModelIndex | QPersistentModelIndex


def lines_html(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.strip().splitlines())


def reviewer_html(reviewer: Reviewer) -> str:
    """«<b>Name</b> (Organisation), role», escaped, as the cards show who wrote."""
    text = f"<b>{html.escape(reviewer.name)}</b>"
    if reviewer.organisation:
        text += f" ({html.escape(reviewer.organisation)})"
    if reviewer.role:
        text += f", {html.escape(reviewer.role)}"
    return text


def count_label(parent: QWidget) -> QLabel:
    """The quiet «N thread(s)» beside a thread list."""
    label = QLabel(parent)
    label.setStyleSheet(f"color: {theme().hex.muted};")
    return label


def empty_label(parent: QWidget) -> QLabel:
    """What stands in a thread list's place when it has no threads."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setStyleSheet(f"color: {theme().hex.muted}; padding: 12px;")
    return label


class CardDelegate(QStyledItemDelegate):
    """Paints an item's HTML as a card: a coloured edge for its kind, a calm selection."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self._view = view

    def _document(self, index: AnyIndex, width: int, font_source: QWidget) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(font_source.font())
        document.setDocumentMargin(6)
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        document.setTextWidth(max(80, width - 8))
        return document

    def _width(self, index: AnyIndex) -> int:
        depth = 1 if index.parent().isValid() else 0
        return self._view.viewport().width() - depth * self._view.indentation()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        document = self._document(index, self._width(index), self._view)
        return QSize(self._width(index), math.ceil(document.size().height()) + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        rect: QRect = option.rect
        state = option.state
        painter.save()
        selected = bool(state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, theme().tint("selected"))
        top_level = not index.parent().isValid()
        kind = index.data(KIND_ROLE)
        if top_level:
            edge = theme().mark("suggestion" if kind == CommentKind.SUGGESTION.value else "comment")
            painter.fillRect(QRect(rect.left(), rect.top() + 2, 4, rect.height() - 4), edge)
            painter.setPen(theme().border)
            painter.drawLine(rect.topLeft(), rect.topRight())
        else:
            painter.fillRect(
                QRect(rect.left() + 2, rect.top() + 4, 2, rect.height() - 8), theme().border
            )
        if state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(theme().ink("selected"))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        document = self._document(index, rect.width(), self._view)
        painter.translate(QPoint(rect.left() + 8, rect.top() + 2))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, theme().text)
        document.documentLayout().draw(painter, context)
        painter.restore()


class ThreadList(QTreeWidget):
    """Threads as cards (a CardDelegate), replies indented under them, one chosen at a time.

    Re-measures its cards when its width changes (they wrap); Delete is told as a signal.
    """

    delete_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setRootIsDecorated(False)
        self.setIndentation(22)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setItemDelegate(CardDelegate(self))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def find_comment(self, comment_id: str) -> QTreeWidgetItem | None:
        """The card of a comment, a thread's first or a reply."""
        for top in tree_items(self):
            for row in [top, *child_items(top)]:
                if row.data(0, COMMENT_ROLE) == comment_id:
                    return row
        return None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.doItemsLayout()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class CommentsPanel(QWidget):
    """The threads of the open section (or of all sections), oldest reply last."""

    comment_chosen = Signal(str)
    reply_requested = Signal(str)
    edit_requested = Signal(str)
    delete_requested = Signal(str)
    scope_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._comments: dict[str, Comment] = {}
        self._own: Callable[[Comment], bool] = lambda _comment: True
        self._quiet = False
        self.all_box = QCheckBox(self)
        self.count_label = count_label(self)
        self.list = ThreadList(self)
        self.empty = empty_label(self)
        self.reply_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        top = QHBoxLayout()
        top.addWidget(self.all_box)
        top.addStretch(1)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reply_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.list)

        self.all_box.toggled.connect(self.scope_changed)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.itemClicked.connect(lambda item, _column: self._choose(item))
        self.list.itemActivated.connect(lambda item, _column: self._choose(item))
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.delete_pressed.connect(self._on_delete)
        self.reply_button.clicked.connect(self._on_reply)
        self.edit_button.clicked.connect(self._on_edit)
        self.delete_button.clicked.connect(self._on_delete)
        self.retranslate()
        self._show_empty(True)
        self._update_buttons()

    def retranslate(self) -> None:
        self.all_box.setText(self.tr("&All sections"))
        self.all_box.setAccessibleName(self.tr("Show the comments of all sections"))
        self.list.setAccessibleName(self.tr("Comments"))
        self.list.setAccessibleDescription(
            self.tr("Choose a comment to see its passage; Delete deletes your own comment.")
        )
        self.reply_button.setText(self.tr("&Reply…"))
        self.reply_button.setAccessibleName(self.tr("Reply to the chosen comment"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the chosen comment"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen comment"))
        self.empty.setAccessibleName(self.tr("No comments"))
        self._set_empty_text()

    @property
    def all_sections(self) -> bool:
        return self.all_box.isChecked()

    # -- feeding ----------------------------------------------------------------------

    def set_threads(
        self,
        threads: list[Thread],
        *,
        section_label: Callable[[SectionRef], str],
        own: Callable[[Comment], bool],
    ) -> None:
        """Show these threads; the chosen comment stays chosen when it is still there."""
        current = self.current_comment()
        self._own = own
        self._comments = {}
        self._quiet = True
        try:
            self.list.clear()
            for thread in threads:
                root = self._item(thread.root, thread, section_label)
                self.list.addTopLevelItem(root)
                for reply in thread.replies:
                    root.addChild(self._item(reply, thread, section_label))
                root.setExpanded(True)
            if current is not None:
                self.select_comment(current.id)
        finally:
            self._quiet = False
        roots = len(threads)
        self.count_label.setText(self.tr("%n thread(s)", "", roots) if roots else "")
        self._show_empty(not threads)
        self._update_buttons()

    def _item(
        self, comment: Comment, thread: Thread, section_label: Callable[[SectionRef], str]
    ) -> QTreeWidgetItem:
        self._comments[comment.id] = comment
        item = QTreeWidgetItem()
        item.setData(0, COMMENT_ROLE, comment.id)
        item.setData(0, KIND_ROLE, comment.kind.value)
        where = section_label(thread.anchor.section) if self.all_sections else ""
        item.setData(0, HTML_ROLE, self._html(comment, thread, where))
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, self._spoken(comment, thread))
        item.setToolTip(0, self._spoken(comment, thread))
        return item

    def _who(self, comment: Comment) -> str:
        return reviewer_html(comment.reviewer)

    def _when(self, comment: Comment) -> str:
        when = local_time(comment.created)
        if comment.edited is not None:
            when = self.tr("{created}, edited {edited}").format(
                created=when, edited=local_time(comment.edited)
            )
        return f"<span style='color:{theme().hex.muted}'>{html.escape(when)}</span>"

    def _html(self, comment: Comment, thread: Thread, where: str) -> str:
        if comment.is_reply:
            return f"{self._who(comment)} · {self._when(comment)}<br>{lines_html(comment.text)}"
        suggestion = comment.kind is CommentKind.SUGGESTION
        colour = theme().ink("suggestion" if suggestion else "comment").name()
        kind = self.tr("Suggestion") if suggestion else self.tr("Comment")
        parts = [
            f"<span style='color:{colour}; font-weight:bold'>{html.escape(kind.upper())}</span>"
            f" · {self._who(comment)}<br>{self._when(comment)}"
        ]
        if where:
            parts.append(
                f"<span style='color:{theme().hex.ink_heading}'>{html.escape(where)}</span>"
            )
        quote = html.escape(shorten(thread.anchor.quote, QUOTE_LIMIT))
        parts.append(f"<span style='color:{theme().hex.ink_quote}'><i>«{quote}»</i></span>")
        if suggestion:
            replacement = comment.replacement or ""
            if replacement.strip():
                label = html.escape(self.tr("Suggested wording:"))
                text = html.escape(shorten(replacement, 600))
                parts.append(
                    f"<span style='color:{colour}'><b>{label}</b></span> "
                    f"<span style='background-color:{theme().hex.tint_suggestion}'>«{text}»</span>"
                )
            else:
                parts.append(
                    f"<span style='color:{colour}'><b>"
                    f"{html.escape(self.tr('Suggests deleting the passage.'))}</b></span>"
                )
        if comment.text.strip():
            parts.append(lines_html(comment.text))
        return "<br>".join(parts)

    def _spoken(self, comment: Comment, thread: Thread) -> str:
        who = str(comment.reviewer)
        if comment.is_reply:
            return self.tr("Reply from {who}: {text}").format(who=who, text=comment.text)
        quote = shorten(thread.anchor.quote, 80)
        if comment.kind is CommentKind.SUGGESTION:
            return self.tr("Suggestion from {who} for «{quote}»: «{replacement}». {text}").format(
                who=who, quote=quote, replacement=comment.replacement or "", text=comment.text
            )
        return self.tr("Comment from {who} on «{quote}»: {text}").format(
            who=who, quote=quote, text=comment.text
        )

    def _show_empty(self, empty: bool) -> None:
        self.list.setVisible(not empty)
        self.empty.setVisible(empty)

    def _set_empty_text(self) -> None:
        self.empty.setText(
            self.tr(
                "No comments here yet.\n\nSelect a passage in the text, then choose "
                "Comment… (Ctrl+M) or Suggest wording… (Ctrl+Shift+M)."
            )
        )

    # -- choosing ---------------------------------------------------------------------

    def current_comment(self) -> Comment | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self._comments.get(str(item.data(0, COMMENT_ROLE)))

    def comment_ids(self) -> list[str]:
        """Every comment shown, in the list's order (threads, each followed by its replies)."""
        return list(self._comments)

    def select_comment(self, comment_id: str) -> bool:
        """Make a comment current without telling the window (it asked for it)."""
        item = self.list.find_comment(comment_id)
        if item is None:
            return False
        quiet, self._quiet = self._quiet, True
        try:
            self.list.setCurrentItem(item)
        finally:
            self._quiet = quiet
        self.list.scrollToItem(item)
        self._update_buttons()
        return True

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        self._update_buttons()
        if current is not None and not self._quiet:
            self.comment_chosen.emit(str(current.data(0, COMMENT_ROLE)))

    def _choose(self, item: QTreeWidgetItem) -> None:
        self.comment_chosen.emit(str(item.data(0, COMMENT_ROLE)))

    def _update_buttons(self) -> None:
        comment = self.current_comment()
        own = comment is not None and self._own(comment)
        self.reply_button.setEnabled(comment is not None)
        self.edit_button.setEnabled(own)
        self.delete_button.setEnabled(own)
        tip = "" if comment is None or own else self.tr("Only your own comments can be changed.")
        self.edit_button.setToolTip(tip)
        self.delete_button.setToolTip(tip)

    def _on_reply(self) -> None:
        comment = self.current_comment()
        if comment is not None:
            self.reply_requested.emit(comment.id)

    def _on_edit(self) -> None:
        comment = self.current_comment()
        if comment is not None and self._own(comment):
            self.edit_requested.emit(comment.id)

    def _on_delete(self) -> None:
        comment = self.current_comment()
        if comment is not None and self._own(comment):
            self.delete_requested.emit(comment.id)

    def _context_menu(self, position: QPoint) -> None:
        item = self.list.itemAt(position)
        if item is None:
            return
        self.list.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(self.tr("Show the passage"), lambda: self._choose(item))
        menu.addSeparator()
        menu.addAction(self.reply_button.text(), self._on_reply)
        edit = menu.addAction(self.edit_button.text(), self._on_edit)
        delete = menu.addAction(self.delete_button.text(), self._on_delete)
        edit.setEnabled(self.edit_button.isEnabled())
        delete.setEnabled(self.delete_button.isEnabled())
        menu.exec(self.list.viewport().mapToGlobal(position))
