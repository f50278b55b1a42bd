"""GUI: the map tree view — loads a pathway's content only when it is opened."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kartedit.domain.model import PathwayInfo, SectionState, ServiceInfo
from kartedit.domain.sections import SectionRef
from kartedit.gui.writer.map_model import LABEL_COLUMN, STATUS_COLUMN, MapTreeModel, Summary

ServicesLoader = Callable[[str], list[ServiceInfo]]
StatesLoader = Callable[[str], list[SectionState]]


class MapTreeView(QTreeView):
    """The tree view; its status column is as wide as the widest status among the rows it
    shows, as Qt's «resize to contents» makes it — but measured only for the rows an
    expansion brings into view. Qt measures up to 1,000 rows again on every expansion
    (2–3 ms a click that opens a service on a region-scale map); a change of the rows'
    words or a collapse still has Qt measure them all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status_width: int | None = None
        """The widest status shown, or None: let Qt measure the rows next time."""
        self.expanded.connect(self._measure_opened)
        self.collapsed.connect(self.forget_status_width)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.forget_status_width()
        if model is not None:
            model.modelReset.connect(self.forget_status_width)
            model.layoutChanged.connect(self.forget_status_width)
            model.rowsInserted.connect(self.forget_status_width)
            model.rowsRemoved.connect(self.forget_status_width)
            model.dataChanged.connect(self._on_data_changed)

    def forget_status_width(self, *_args: object) -> None:
        self._status_width = None

    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        if top_left.column() <= STATUS_COLUMN <= bottom_right.column():
            self._status_width = None

    def sizeHintForColumn(self, column: int) -> int:
        if column != STATUS_COLUMN:
            return super().sizeHintForColumn(column)
        if self._status_width is not None:
            return self._status_width
        width = super().sizeHintForColumn(column)
        if width >= 0:  # -1: Qt has no rows laid out at this moment (a change under way)
            self._status_width = width
        return width

    # Opening many rows at once: Qt measures them (no ``expanded`` for each row).
    def expandAll(self) -> None:
        self.forget_status_width()
        super().expandAll()

    def expandToDepth(self, depth: int) -> None:
        self.forget_status_width()
        super().expandToDepth(depth)

    def expandRecursively(
        self, index: QModelIndex | QPersistentModelIndex, depth: int = -1
    ) -> None:
        self.forget_status_width()
        super().expandRecursively(index, depth)

    def _measure_opened(self, index: QModelIndex) -> None:
        """The rows an expansion shows: the widest of them against the widest before
        (Qt asks for the column's width right after this signal)."""
        if self._status_width is None or not self._shown(index):
            return
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        self._status_width = max(self._status_width, self._widest(index, option))

    def _shown(self, index: QModelIndex) -> bool:
        """Whether every row above ``index`` is expanded (so its children come into view)."""
        parent = index.parent()
        while parent.isValid():
            if not self.isExpanded(parent):
                return False
            parent = parent.parent()
        return True

    def _widest(
        self, parent: QModelIndex | QPersistentModelIndex, option: QStyleOptionViewItem
    ) -> int:
        """The widest status under an expanded row, its expanded children included; rows
        whose name spans the status column do not count, as in Qt's own measure."""
        model = self.model()
        widest = -1
        for row in range(model.rowCount(parent)):
            if not self.isFirstColumnSpanned(row, parent):
                status = model.index(row, STATUS_COLUMN, parent)
                delegate = self.itemDelegateForIndex(status)
                widest = max(widest, delegate.sizeHint(option, status).width())
            child = model.index(row, LABEL_COLUMN, parent)
            if self.isExpanded(child):
                widest = max(widest, self._widest(child, option))
        return widest


class MapTree(QWidget):
    """The tree of pathways, services and sections; asks its loaders for one pathway at a time.

    ``section_chosen`` fires when the user moves to a section; the window may refuse (an
    unsaved text) and move the tree back with ``select(ref, quiet=True)``.
    """

    section_chosen = Signal(object)
    open_requested = Signal(object)

    def __init__(
        self,
        services_loader: ServicesLoader,
        states_loader: StatesLoader,
        parent: QWidget | None = None,
        *,
        summary: Summary | None = None,
        listed_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self._services_loader = services_loader
        self._states_loader = states_loader
        self._quiet = False
        self.model = MapTreeModel(self, summary=summary, listed_only=listed_only)
        self.view = MapTreeView(self)
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAnimated(False)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setHeaderHidden(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(LABEL_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setFocusProxy(self.view)
        self.view.expanded.connect(self._on_expanded)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.view.activated.connect(self._on_activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.model.retranslate()
        self.view.setAccessibleName(self.tr("Map: pathways, services and sections"))
        self.view.setAccessibleDescription(
            self.tr("Press Enter on a section to write in it; F6 moves to the next pane.")
        )

    # -- feeding ----------------------------------------------------------------------

    def set_pathways(self, pathways: list[PathwayInfo], *, local_edition: bool) -> None:
        self._quiet = True
        try:
            self.model.set_pathways(pathways, local_edition=local_edition)
        finally:
            self._quiet = False
        for row in range(self.model.rowCount()):  # a pathway's name may use the whole width
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)
        self.view.forget_status_width()

    def load(self, pathway: str) -> None:
        """Fill one pathway: one services call and one section-states call."""
        if self.model.is_loaded(pathway) or not self.model.has_pathway(pathway):
            return
        services = self._services_loader(pathway)
        states = self._states_loader(pathway)
        self._quiet = True
        try:
            self.model.fill_pathway(pathway, services, states)
        finally:
            self._quiet = False
        self._span_services(pathway)

    def reveal(self, ref: SectionRef) -> bool:
        """Load the section's pathway if needed; False when the tree has no such section."""
        if not self.model.has_pathway(ref.pathway):
            return False
        self.load(ref.pathway)
        return self.model.index_of(ref).isValid()

    def refresh(self, pathway: str) -> None:
        """New states for a pathway already open (after a save or a status change)."""
        if self.model.is_loaded(pathway):
            self.model.update_states(pathway, self._states_loader(pathway))
            self._span_services(pathway)

    def switch_edition(self, *, local_edition: bool) -> None:
        """Repaint every open pathway for another edition: one states call each."""
        self.model.set_local_edition(local_edition)
        for pathway in self.model.loaded_pathways():
            self.model.update_states(pathway, self._states_loader(pathway))
            self._span_services(pathway)

    def _span_services(self, pathway: str) -> None:
        """A service with nothing to say in the status column lends it to its name."""
        parent = self.model.pathway_index(pathway)
        for row in range(self.model.rowCount(parent)):
            summary = self.model.index(row, STATUS_COLUMN, parent).data()
            self.view.setFirstColumnSpanned(row, parent, not summary)
        self.view.forget_status_width()  # a spanning row's status no longer counts

    def set_quality_notes(self, notes: dict[str, str]) -> None:
        self.model.set_quality_notes(notes)

    def set_modified(self, ref: SectionRef | None, modified: bool) -> None:
        self.model.set_modified(ref, modified)

    # -- selection --------------------------------------------------------------------

    def current_ref(self) -> SectionRef | None:
        return self.model.ref_at(self.view.currentIndex())

    def select(self, ref: SectionRef, *, quiet: bool = False) -> bool:
        """Open the path to a section and make it current; False when it is not in the map."""
        self.load(ref.pathway)
        index = self.model.index_of(ref)
        if not index.isValid():
            return False
        self.view.expand(index.parent().parent())
        self.view.expand(index.parent())
        self._quiet = quiet
        try:
            self.view.setCurrentIndex(index)
        finally:
            self._quiet = False
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def expand_first(self) -> None:
        """On a first start, open the first pathway so the tree does not look empty."""
        first = self.model.index(0, 0)
        if first.isValid():
            self.view.expand(first)

    # -- signals ----------------------------------------------------------------------

    def _on_expanded(self, index: QModelIndex) -> None:
        pathway = self.model.pathway_at(index)
        if pathway is not None and not self.model.is_loaded(pathway):
            self.load(pathway)
            self.view.expand(self.model.pathway_index(pathway))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet:
            return
        ref = self.model.ref_at(current)
        if ref is not None:
            self.section_chosen.emit(ref)

    def _on_activated(self, index: QModelIndex) -> None:
        ref = self.model.ref_at(index)
        if ref is not None:
            self.open_requested.emit(ref)
