"""Application services: a workspace whose first screen is read before the ORM is loaded.

The window's first paint needs the editions, the pathways, one pathway's states and one
section: ``store.quick_read.FirstScreen`` reads them with the standard library. Every
other use — and any of those reads the quick reader cannot answer — goes to the full
``Workspace``, opened on first need, or earlier by ``load`` (the window calls it once
it has painted). Nothing here imports SQLAlchemy until then.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from kartedit.domain.model import REGIONAL, EditionInfo, PathwayInfo, SectionState, ServiceInfo
from kartedit.domain.sections import SectionRef
from kartedit.store.quick_read import FirstScreen, OpenedSection

if TYPE_CHECKING:
    from kartedit.services.workspace import Workspace


class QuickStartWorkspace:
    """A ``Workspace`` stand-in: the first screen's reads without the ORM, the rest through
    the full workspace (every attribute it does not define is the full workspace's)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._quick: FirstScreen | None = FirstScreen(path)
        self._full: Workspace | None = None

    @property
    def ready(self) -> bool:
        """Whether the quick reader could open the file (current schema, readable)."""
        return self._quick is not None and self._quick.connection is not None

    @property
    def loaded(self) -> bool:
        return self._full is not None

    def load(self) -> Workspace:
        """The full workspace (importing the store), opened once; the quick reader ends."""
        if self._full is None:
            from kartedit.services.workspace import Workspace

            self._full = Workspace.open(self.path)
            if self._quick is not None:
                self._quick.close()
                self._quick = None
        return self._full

    def __getattr__(self, name: str) -> Any:
        return getattr(self.load(), name)

    def close(self) -> None:
        if self._quick is not None:
            self._quick.close()
            self._quick = None
        if self._full is not None:
            self._full.close()

    def __enter__(self) -> QuickStartWorkspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the first screen ---------------------------------------------------------------

    def editions(self) -> list[EditionInfo]:
        found = self._quick.editions() if self._quick else None
        return found if found is not None else self.load().editions()

    def pathways(self) -> list[PathwayInfo]:
        found = self._quick.pathways() if self._quick else None
        return found if found is not None else self.load().pathways()

    def services_of(self, pathway: str) -> list[ServiceInfo]:
        found = self._quick.services_of(pathway) if self._quick else None
        return found if found is not None else self.load().services_of(pathway)

    def section_states(self, pathway: str, edition: str = REGIONAL) -> list[SectionState]:
        found = self._quick.section_states(pathway, edition) if self._quick else None
        return found if found is not None else self.load().section_states(pathway, edition)

    def open_section(self, ref: SectionRef, edition: str = REGIONAL) -> OpenedSection:
        found = self._quick.open_section(ref, edition) if self._quick else None
        return found if found is not None else self.load().open_section(ref, edition)
