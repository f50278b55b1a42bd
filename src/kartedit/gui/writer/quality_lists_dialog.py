"""GUI: the map's word list, term list and service aliases, edited in one dialog.

QualityListsDialog(lists, services, parent) — ``result_lists()`` after «OK»: the lists
as the user left them (words one per line; a term per row, its discouraged variants
separated by commas; each service's aliases separated by commas).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kartedit.domain.errors import UserError
from kartedit.domain.model import ServiceInfo
from kartedit.domain.quality import QualityLists, Term
from kartedit.gui.common.i18n import shown
from kartedit.gui.common.placement import fit_resize


def _split(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.strip() for p in text.split(",") if p.strip()))


def _cell(text: str) -> QTableWidgetItem:
    return QTableWidgetItem(text)


class QualityListsDialog(QDialog):
    def __init__(
        self, lists: QualityLists, services: Sequence[ServiceInfo], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("QualityListsDialog")
        self.setWindowTitle(self.tr("Word list, terms and aliases"))
        self._services = list(services)
        self.tabs = QTabWidget(self)

        self.words = QPlainTextEdit(self)
        self.words.setPlainText("\n".join(lists.words))
        self.words.setAccessibleName(self.tr("Words the map accepts, one per line"))
        words_page = QWidget(self)
        words_layout = QVBoxLayout(words_page)
        words_layout.addWidget(
            QLabel(self.tr("Words the dictionaries lack but the map uses, one per line:"))
        )
        words_layout.addWidget(self.words)

        self.terms = QTableWidget(0, 4, self)
        self.terms.setHorizontalHeaderLabels(
            [
                self.tr("Preferred (bokmål)"),
                self.tr("Preferred (nynorsk)"),
                self.tr("Discouraged (comma-separated)"),
                self.tr("Reason"),
            ]
        )
        self.terms.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.terms.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for term in lists.terms:
            self._add_term(term)
        add = QPushButton(self.tr("Add term"), self)
        remove = QPushButton(self.tr("Remove term"), self)
        add.clicked.connect(lambda: self._add_term(None))
        remove.clicked.connect(self._remove_term)
        terms_page = QWidget(self)
        terms_layout = QVBoxLayout(terms_page)
        terms_layout.addWidget(self.terms)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        terms_layout.addLayout(row)

        self.aliases = QTableWidget(len(self._services), 2, self)
        self.aliases.setHorizontalHeaderLabels(
            [self.tr("Service"), self.tr("Other names (comma-separated)")]
        )
        self.aliases.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for index, service in enumerate(self._services):
            name = _cell(service.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.aliases.setItem(index, 0, name)
            self.aliases.setItem(index, 1, _cell(", ".join(lists.aliases_of(service.slug))))

        self.tabs.addTab(words_page, self.tr("Word list"))
        self.tabs.addTab(terms_page, self.tr("Terms"))
        self.tabs.addTab(self.aliases, self.tr("Service aliases"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        fit_resize(self, 820, 520)
        self._result = lists

    def _add_term(self, term: Term | None) -> None:
        row = self.terms.rowCount()
        self.terms.insertRow(row)
        values = (
            (term.preferred_nb, term.preferred_nn, ", ".join(term.discouraged), term.reason)
            if term is not None
            else ("", "", "", "")
        )
        for column, value in enumerate(values):
            self.terms.setItem(row, column, _cell(value))

    def _remove_term(self) -> None:
        for row in sorted({i.row() for i in self.terms.selectedIndexes()}, reverse=True):
            self.terms.removeRow(row)

    def _text(self, table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _read(self) -> QualityLists:
        words = tuple(dict.fromkeys(w.strip() for w in self.words.toPlainText().split("\n")))
        terms = []
        for row in range(self.terms.rowCount()):
            cells = [self._text(self.terms, row, c) for c in range(4)]
            if not any(cells):
                continue
            try:
                terms.append(Term(cells[0], cells[1], _split(cells[2]), cells[3]))
            except UserError:
                raise UserError(
                    self.tr(
                        "Term {row}: give a preferred word and at least one discouraged variant."
                    ).format(row=row + 1)
                ) from None
        aliases = tuple(
            (service.slug, _split(self._text(self.aliases, index, 1)))
            for index, service in enumerate(self._services)
            if _split(self._text(self.aliases, index, 1))
        )
        return QualityLists(tuple(w for w in words if w), tuple(terms), aliases)

    def _accept(self) -> None:
        try:
            self._result = self._read()
        except UserError as exc:
            self.problem.setText(shown(exc.said))
            return
        self.accept()

    def result_lists(self) -> QualityLists:
        return self._result
