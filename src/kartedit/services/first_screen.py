"""Application services: a workspace whose first screen is read before the ORM is loaded.

The window's first paint needs the editions, the pathways, one pathway's states and one
section: ``store.quick_read.FirstScreen`` reads them with the standard library. Every
other use — and any of those reads the quick reader cannot answer — goes to the full
``Workspace``, opened on first need, or earlier by ``load`` (the window calls it once
it has painted). Nothing here imports SQLAlchemy until then.

The quick reader stays open after that: a click in the map reads the same few things
(a tenth of the time through the ORM), and sees every write of the full workspace, which
commits before it returns (what the reader keeps — the open hearing rounds — is read again
once the file has changed).
"""

from __future__ import annotations

import sqlite3
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
        self._answered: list[tuple[str, tuple[Any, ...]]] = []
        self._version: int | None = None

    @property
    def ready(self) -> bool:
        """Whether the quick reader could open the file (current schema, readable)."""
        return self._quick is not None and self._quick.connection is not None

    @property
    def loaded(self) -> bool:
        return self._full is not None

    def load(self) -> Workspace:
        """The full workspace (importing the store), opened once."""
        if self._full is None:
            from kartedit.services.workspace import Workspace

            self._full = Workspace.open(self.path)
        return self._full

    def check(self) -> None:
        """Ask the full workspace again what the quick reader answered (raising what it
        raises): the first screen read only the pages it shows, so a damaged database can
        look sound to it. A window started only to be pictured calls this before it ends."""
        full = self.load()
        for name, args in self._answered:
            getattr(full, name)(*args)

    def _quickly(self, name: str, *args: Any) -> Any:
        quick = self._quick
        if quick is not None and self._full is not None:
            self._follow_writes(quick)
        found = getattr(quick, name)(*args) if quick else None
        if found is None:
            return getattr(self.load(), name)(*args)
        if self._full is None:  # what ``check`` asks again
            self._answered.append((name, args))
        return found

    def _follow_writes(self, quick: FirstScreen) -> None:
        """Forget what the quick reader keeps once another connection has written."""
        if quick.connection is None:
            return
        try:
            (version,) = quick.connection.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error:
            return
        if version != self._version:
            quick.forget()
            self._version = version

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
        return self._quickly("editions")

    def pathways(self) -> list[PathwayInfo]:
        return self._quickly("pathways")

    def services_of(self, pathway: str) -> list[ServiceInfo]:
        return self._quickly("services_of", pathway)

    def section_states(self, pathway: str, edition: str = REGIONAL) -> list[SectionState]:
        return self._quickly("section_states", pathway, edition)

    def open_section(self, ref: SectionRef, edition: str = REGIONAL) -> OpenedSection:
        return self._quickly("open_section", ref, edition)
