"""GUI: the map tree view — loads a pathway's content only when it is opened."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QVBoxLayout, QWidget

from kartedit.domain.model import PathwayInfo, SectionState, ServiceInfo
from kartedit.domain.sections import SectionRef
from kartedit.gui.writer.map_model import LABEL_COLUMN, STATUS_COLUMN, MapTreeModel, Summary

ServicesLoader = Callable[[str], list[ServiceInfo]]
StatesLoader = Callable[[str], list[SectionState]]


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
        self.view = QTreeView(self)
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
