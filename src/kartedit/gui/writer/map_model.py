"""GUI: the map tree's item model — pathway → its own texts, then service → six sections.

The model never touches the database: the window hands it pathways, and for one pathway at
a time its services and section states (one ``section_states`` call), when the user opens
it. Until then a pathway holds one placeholder row so the view shows it can be expanded.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QIcon, QStandardItem, QStandardItemModel

from kartedit.domain.model import KINDS, PathwayInfo, SectionState, ServiceInfo
from kartedit.domain.sections import PATHWAY_KINDS, SectionRef
from kartedit.gui.common import icons
from kartedit.gui.common.labels import kind_label, state_summary, state_tooltip

AnyIndex = QModelIndex | QPersistentModelIndex
Summary = Callable[[SectionState, bool], str]
"""The status column's words for a section: (state, local edition) → text."""


class Node(IntEnum):
    PLACEHOLDER = 0
    PATHWAY = 1
    SERVICE = 2
    SECTION = 3


NODE_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
"""Pathway slug, ``pathway/service`` or the section key, by node type."""

LABEL_COLUMN = 0
STATUS_COLUMN = 1


def _item(text: str, node: Node, key: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(int(node), NODE_ROLE)
    item.setData(key, KEY_ROLE)
    return item


class MapTreeModel(QStandardItemModel):
    """Two columns: the name (with the status icon) and the state in words.

    ``summary`` replaces the status column's words (the reviewer shows comment counts);
    with ``listed_only`` a service shows only the sections it was given states for (a review
    bundle carries the round's sections, not necessarily all six).
    """

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        summary: Summary | None = None,
        listed_only: bool = False,
    ) -> None:
        super().__init__(0, 2, parent)
        self._summary: Summary = summary or state_summary
        self._listed_only = listed_only
        self._pathways: dict[str, QStandardItem] = {}
        self._loaded: set[str] = set()
        self._sections: dict[SectionRef, tuple[QStandardItem, QStandardItem]] = {}
        self._states: dict[SectionRef, SectionState] = {}
        self._modified: set[SectionRef] = set()
        self._local = False
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("MapTreeModel", "Map"),
                QCoreApplication.translate("MapTreeModel", "Status"),
            ]
        )

    # -- feeding ----------------------------------------------------------------------

    def set_pathways(self, pathways: list[PathwayInfo], *, local_edition: bool) -> None:
        """Start over with the pathways only; their content comes later, one at a time."""
        self.removeRows(0, self.rowCount())
        self._pathways.clear()
        self._loaded.clear()
        self._sections.clear()
        self._states.clear()
        self._local = local_edition
        for pathway in pathways:
            item = _item(pathway.name, Node.PATHWAY, pathway.slug)
            item.setIcon(icons.pathway_icon())
            item.setToolTip(pathway.name)
            status = _item("", Node.PATHWAY, pathway.slug)
            placeholder = _item(
                QCoreApplication.translate("MapTreeModel", "Loading…"), Node.PLACEHOLDER, ""
            )
            item.appendRow([placeholder, _item("", Node.PLACEHOLDER, "")])
            self.appendRow([item, status])
            self._pathways[pathway.slug] = item

    def is_loaded(self, pathway: str) -> bool:
        return pathway in self._loaded

    def loaded_pathways(self) -> list[str]:
        return [slug for slug in self._pathways if slug in self._loaded]

    def has_pathway(self, pathway: str) -> bool:
        return pathway in self._pathways

    def fill_pathway(
        self, pathway: str, services: list[ServiceInfo], states: list[SectionState]
    ) -> None:
        """Put a pathway's services and their six sections in place of the placeholder."""
        parent = self._pathways[pathway]
        parent.removeRows(0, parent.rowCount())
        for ref in [r for r in self._sections if r.pathway == pathway]:
            del self._sections[ref]
        listed = {state.ref for state in states}
        for kind in PATHWAY_KINDS:
            ref = SectionRef.of_pathway(pathway, kind)
            if self._listed_only and ref not in listed:
                continue
            label = _item(kind_label(kind), Node.SECTION, ref.key)
            status = _item("", Node.SECTION, ref.key)
            parent.appendRow([label, status])
            self._sections[ref] = (label, status)
        for service in services:
            kinds = [
                kind
                for kind in KINDS
                if not self._listed_only or SectionRef(pathway, service.slug, kind) in listed
            ]
            if not kinds:
                continue
            key = f"{pathway}/{service.slug}"
            service_item = _item(service.name, Node.SERVICE, key)
            service_item.setIcon(icons.service_icon())
            service_item.setToolTip(service.name)
            service_status = _item("", Node.SERVICE, key)
            for kind in kinds:
                ref = SectionRef(pathway, service.slug, kind)
                label = _item(kind_label(kind), Node.SECTION, ref.key)
                status = _item("", Node.SECTION, ref.key)
                service_item.appendRow([label, status])
                self._sections[ref] = (label, status)
            parent.appendRow([service_item, service_status])
        self._loaded.add(pathway)
        self.update_states(pathway, states)

    def update_states(self, pathway: str, states: list[SectionState]) -> None:
        for state in states:
            if state.ref.pathway == pathway and state.ref in self._sections:
                self._states[state.ref] = state
                self._paint(state.ref)
        self._summarise(pathway)

    def set_local_edition(self, local_edition: bool) -> None:
        self._local = local_edition

    def set_modified(self, ref: SectionRef | None, modified: bool) -> None:
        if ref is None:
            return
        changed = (ref in self._modified) != modified
        if modified:
            self._modified.add(ref)
        else:
            self._modified.discard(ref)
        if changed and ref in self._sections:
            self._paint(ref)

    def _paint(self, ref: SectionRef) -> None:
        label, status = self._sections[ref]
        state = self._states.get(ref)
        modified = ref in self._modified
        text = kind_label(ref.kind)
        label.setText(f"{text} *" if modified else text)
        font = QFont()
        font.setBold(modified)
        font.setItalic(self._local and state is not None and not state.overridden)
        label.setFont(font)
        if state is None:
            return
        tooltip = state_tooltip(state, self._local)
        if modified:
            tooltip += "\n" + QCoreApplication.translate("MapTreeModel", "Unsaved changes.")
        label.setIcon(icons.status_icon(state.status))
        label.setToolTip(tooltip)
        label.setData(f"{text}. {tooltip}", Qt.ItemDataRole.AccessibleTextRole)
        status.setText(self._summary(state, self._local))
        status.setToolTip(tooltip)
        if state.stale:
            status.setIcon(icons.stale_icon())
        elif state.open_comments:
            status.setIcon(icons.comments_icon())
        elif self._local and state.overridden:
            status.setIcon(icons.local_icon())
        elif self._local:
            status.setIcon(icons.inherited_icon())
        else:
            status.setIcon(QIcon())

    def set_quality_notes(self, notes: dict[str, str]) -> None:
        """Each pathway's tooltip: its name, then what the text check found in it."""
        for slug, item in self._pathways.items():
            name = item.text()
            note = notes.get(slug, "")
            item.setToolTip(f"{name}\n{note}" if note else name)

    def _summarise(self, pathway: str) -> None:
        """Services say in words how many of their sections are local or stale."""
        parent = self._pathways[pathway]
        by_service: dict[str, list[SectionState]] = {}
        for ref in self._sections:
            if ref.pathway == pathway and ref in self._states:
                by_service.setdefault(ref.service, []).append(self._states[ref])
        for row in range(parent.rowCount()):
            service_item = parent.child(row, LABEL_COLUMN)
            if self.node(service_item.index()) is not Node.SERVICE:
                continue  # the pathway's own texts, before its services
            summary_item = parent.child(row, STATUS_COLUMN)
            service = str(service_item.data(KEY_ROLE)).split("/")[1]
            states = by_service.get(service, [])
            local = sum(1 for s in states if s.overridden) if self._local else 0
            stale = sum(1 for s in states if s.stale)
            parts = []
            if local:
                parts.append(self.tr("%n local", "", local))
            if stale:
                parts.append(self.tr("%n stale", "", stale))
            summary_item.setText(" · ".join(parts))
            summary_item.setIcon(icons.stale_icon() if stale else icons.local_icon())
            if not parts:
                summary_item.setIcon(QIcon())
            summary_item.setToolTip(summary_item.text())

    # -- reading ----------------------------------------------------------------------

    def node(self, index: AnyIndex) -> Node | None:
        value = index.data(NODE_ROLE)
        return None if value is None else Node(int(value))

    def ref_at(self, index: AnyIndex) -> SectionRef | None:
        if self.node(index) is not Node.SECTION:
            return None
        return SectionRef.parse(str(index.data(KEY_ROLE)))

    def pathway_at(self, index: AnyIndex) -> str | None:
        if self.node(index) is not Node.PATHWAY:
            return None
        return str(index.data(KEY_ROLE))

    def index_of(self, ref: SectionRef) -> QModelIndex:
        items = self._sections.get(ref)
        return items[0].index() if items else QModelIndex()

    def pathway_index(self, pathway: str) -> QModelIndex:
        item = self._pathways.get(pathway)
        return item.index() if item else QModelIndex()
