"""GUI: map-wide search panel — query field and result list (Ctrl+Shift+F; dockable).

API:
    SearchPanel(search: Callable[[str], list[SearchHit]], parent: QWidget | None = None,
                *, delay_ms: int = 400)
        e.g. SearchPanel(lambda q: workspace.search(q, current_edition))
    signal section_activated(object, str) — (SectionRef, the matched word in the text),
        on Enter or double-click on a result
    panel.focus_query() — select the query text and focus it (wire Ctrl+Shift+F here)
    panel.set_query(text: str, run: bool = True); panel.run_search() -> int (hits shown)
    panel.hits() -> list[SearchHit]; panel.clear()
    snippet_parts(snippet, query) -> list[tuple[str, bool]] — (text, is_hit) pieces
Searches on Enter and, debounced, while typing (two letters or more); Down moves into the
results, Enter there (or a second Enter in the query) opens a hit. A UserError from the
search callable is shown in the panel's status line, not as a dialog.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kartedit.domain.errors import UserError
from kartedit.domain.model import SearchHit
from kartedit.gui.common.i18n import shown
from kartedit.gui.common.labels import kind_label

AnyIndex = QModelIndex | QPersistentModelIndex
Search = Callable[[str], list[SearchHit]]

SNIPPET_HTML_ROLE = Qt.ItemDataRole.UserRole + 1
HIT_ROLE = Qt.ItemDataRole.UserRole + 2
MIN_TYPED_LETTERS = 2

_WORD = re.compile(r"[^\W_]+")
_MARKED = re.compile(r"\[([^\[\]]+)\]")


def snippet_parts(snippet: str, query: str) -> list[tuple[str, bool]]:
    """Split an FTS snippet into (text, is_hit) pieces and drop the ``[`` ``]`` marks.

    The store marks hits with square brackets, which Markdown links also use; a bracketed
    run counts as a hit only if one of its words starts with a word of the query.
    """
    terms = [w.casefold() for w in _WORD.findall(query)]
    parts: list[tuple[str, bool]] = []
    position = 0
    for match in _MARKED.finditer(snippet):
        inner = match.group(1)
        words = [w.casefold() for w in _WORD.findall(inner)]
        if not any(w.startswith(t) for w in words for t in terms):
            continue
        if match.start() > position:
            parts.append((snippet[position : match.start()], False))
        parts.append((inner, True))
        position = match.end()
    if position < len(snippet):
        parts.append((snippet[position:], False))
    return parts


def first_hit(snippet: str, query: str) -> str:
    """The matched word as it stands in the text, so the editor can select it."""
    for text, is_hit in snippet_parts(snippet, query):
        if is_hit:
            return text
    words = _WORD.findall(query)
    return words[0] if words else ""


class SearchResultsModel(QAbstractTableModel):
    """Search hits as rows: pathway, service, section kind, snippet. Fed, never fetching."""

    PATHWAY, SERVICE, SECTION, SNIPPET = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._query = ""

    def set_hits(self, hits: list[SearchHit], query: str) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._query = query
        self.endResetModel()

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Pathway"), self.tr("Service"), self.tr("Section"), self.tr("Text"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        column = index.column()
        if role == HIT_ROLE:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.PATHWAY:
                return hit.pathway_name
            if column == self.SERVICE:
                return hit.service_name
            if column == self.SECTION:
                return kind_label(hit.ref.kind)
            if column == self.SNIPPET:
                return "".join(text for text, _ in snippet_parts(hit.snippet, self._query))
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.SNIPPET:
            return "".join(text for text, _ in snippet_parts(hit.snippet, self._query))
        if role == SNIPPET_HTML_ROLE and column == self.SNIPPET:
            return "".join(
                f"<b>{html.escape(text)}</b>" if is_hit else html.escape(text)
                for text, is_hit in snippet_parts(hit.snippet, self._query)
            )
        return None


class SnippetDelegate(QStyledItemDelegate):
    """Paints the snippet column as rich text, so hits stand out in bold."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        markup = index.data(SNIPPET_HTML_ROLE)
        if markup is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = self._document(markup, option)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        document.setDefaultStyleSheet(f"body {{ color: {colour.name()}; }}")
        document.setHtml(f"<body>{markup}</body>")
        painter.save()
        rect = option.rect
        top = rect.top() + max(0.0, (rect.height() - document.size().height()) / 2)
        painter.translate(rect.left(), top)
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        document.drawContents(painter)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        markup = index.data(SNIPPET_HTML_ROLE)
        if markup is None:
            return super().sizeHint(option, index)
        document = self._document(markup, option)
        document.setHtml(markup)
        return QSize(int(document.idealWidth()), int(document.size().height()))

    @staticmethod
    def _document(markup: str, option: QStyleOptionViewItem) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(2)
        document.setDefaultFont(option.font)
        return document


class SearchPanel(QWidget):
    """Type a few words, see where in the map they occur, jump there."""

    section_activated = Signal(object, str)

    def __init__(
        self, search: Search, parent: QWidget | None = None, *, delay_ms: int = 400
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._last_query: str | None = None

        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText(self.tr("Search the whole map"))
        self.query_edit.setAccessibleName(self.tr("Search the whole map"))
        self.query_edit.setClearButtonEnabled(True)
        query_label = QLabel(self.tr("&Search:"))
        query_label.setBuddy(self.query_edit)

        self.model = SearchResultsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.setItemDelegateForColumn(SearchResultsModel.SNIPPET, SnippetDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)

        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Search status"))
        self.status_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(query_label)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._typed_search)

        self.query_edit.textEdited.connect(lambda _text: self._timer.start())
        self.query_edit.returnPressed.connect(self._enter_in_query)
        self.query_edit.installEventFilter(self)
        self.view.installEventFilter(self)
        self.view.doubleClicked.connect(self._activate)

    # -- public -------------------------------------------------------------------------

    def focus_query(self) -> None:
        self.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query_edit.selectAll()

    def set_query(self, text: str, run: bool = True) -> None:
        self.query_edit.setText(text)
        if run:
            self.run_search()

    def hits(self) -> list[SearchHit]:
        return self.model.hits()

    def clear(self) -> None:
        self._timer.stop()
        self._last_query = None
        self.query_edit.clear()
        self.model.set_hits([], "")
        self.status_label.clear()

    def run_search(self) -> int:
        """Search now for what is in the query field; returns the number of hits shown."""
        self._timer.stop()
        query = self.query_edit.text().strip()
        self._last_query = query
        if not query:
            self.model.set_hits([], "")
            self.status_label.clear()
            return 0
        try:
            hits = self._search(query)
        except UserError as error:  # said in the panel's status line, not a dialog
            self.model.set_hits([], query)
            self.status_label.setText(shown(error.said))
            return 0
        self.model.set_hits(hits, query)
        self._fit_columns()
        if hits:
            if len(hits) == 1:
                self.status_label.setText(self.tr("1 section found."))
            else:
                found = self.tr("{count} sections found.").format(count=len(hits))
                self.status_label.setText(found)
            self.view.selectRow(0)
        else:
            self.status_label.setText(self.tr("Nothing found for «{query}».").format(query=query))
        return len(hits)

    # -- behaviour ----------------------------------------------------------------------

    def _fit_columns(self) -> None:
        """Names get what they need up to a limit (the tooltip has the rest); text the rest."""
        limit = max(120, self.view.viewport().width() // 5)
        for column in (SearchResultsModel.PATHWAY, SearchResultsModel.SERVICE):
            self.view.resizeColumnToContents(column)
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), limit))
        self.view.resizeColumnToContents(SearchResultsModel.SECTION)

    def _typed_search(self) -> None:
        query = self.query_edit.text().strip()
        if query == self._last_query:
            return
        if len(query) < MIN_TYPED_LETTERS:
            self._last_query = None
            self.model.set_hits([], "")
            self.status_label.setText(
                self.tr("Type at least two letters, or press Enter.") if query else ""
            )
            return
        self.run_search()

    def _enter_in_query(self) -> None:
        if self.query_edit.text().strip() != self._last_query or not self.model.rowCount():
            self.run_search()
        elif self.model.rowCount():  # a second Enter on the same query opens the top hit
            current = self.view.currentIndex()
            self._activate(current if current.isValid() else self.model.index(0, 0))

    def _activate(self, index: AnyIndex) -> None:
        if not index.isValid():
            return
        hit = self.model.hit(index.row())
        self.section_activated.emit(hit.ref, first_hit(hit.snippet, self._last_query or ""))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.query_edit and key == Qt.Key.Key_Down and self.model.rowCount():
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.view.currentIndex().isValid():
                    self.view.selectRow(0)
                return True
            if watched is self.view and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._activate(self.view.currentIndex())
                return True
        return super().eventFilter(watched, event)
