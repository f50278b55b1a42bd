"""Application services: a workspace that answers the map's browsing without the ORM.

The window's first paint needs the editions, the pathways, one pathway's states and one
section; a click in the map needs a section with its history, the map's word and term
lists it is checked with, and the edition's facts it is filled in with.
``store.quick_read.FirstScreen`` reads all of them with the standard library, in a tenth
of the ORM's time. Every other use — a save, a command, and any read the quick reader
cannot answer — goes to the full ``Workspace``, opened on first need, or earlier by
``load`` (the window calls it once a text has been changed, so the save finds it ready).
A writer who only reads never loads SQLAlchemy and its ORM (about 28 MiB).

The quick reader stays open once the full workspace is loaded, and sees every write of it,
which commits before it returns (what the reader keeps — the open hearing rounds — is read
again once the file has changed).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kartedit.domain.model import (
    REGIONAL,
    EditionInfo,
    PathwayInfo,
    SearchHit,
    SectionState,
    ServiceInfo,
)
from kartedit.domain.quality import QualityLists
from kartedit.domain.sections import SectionRef
from kartedit.store.quick_read import FirstScreen, OpenedSection
from kartedit.store.search_hits import SHOWN_FIRST

if TYPE_CHECKING:
    from kartedit.services.fact_context import FactContext
    from kartedit.services.workspace import Workspace


class QuickStartWorkspace:
    """A ``Workspace`` stand-in: the first screen's reads without the ORM, the rest through
    the full workspace (every attribute it does not define is the full workspace's)."""

    def __init__(
        self, path: Path, loading: Callable[[], AbstractContextManager[object]] = nullcontext
    ) -> None:
        self.path = path
        self.loading = loading
        """What the store is imported and opened within (the window: past PySide6's import
        hook)."""
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
            with self.loading():
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
        if quick is not None:
            self._follow_writes(quick)
        found = getattr(quick, name)(*args) if quick else None
        if found is None:
            return getattr(self.load(), name)(*args)
        if self._full is None:  # what ``check`` asks again
            self._answered.append((name, args))
        return found

    def _follow_writes(self, quick: FirstScreen) -> None:
        """Forget what the quick reader keeps once another connection — the full workspace,
        or another program — has written."""
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

    def search(
        self,
        query: str,
        edition: str = REGIONAL,
        limit: int = 200,
        *,
        marked: int | None = SHOWN_FIRST,
    ) -> list[SearchHit]:
        """As ``Workspace.search``: a passage left for later is made while this map is open."""
        quick = self._quick
        hits = None
        if quick is not None:
            hits = quick.search(
                query,
                edition,
                limit,
                limit if marked is None else marked,
                None if marked is None else quick.snippets,
            )
        if hits is None:
            return self.load().search(query, edition, limit, marked=marked)
        return hits

    # -- what a click checks and fills the open text with ----------------------------------

    def quality_lists(self) -> QualityLists:
        return self._quickly("quality_lists")

    def fact_context(self, edition: str = REGIONAL) -> FactContext:
        quick = self._quick
        facts = quick.edition_facts(edition) if quick is not None else None
        if facts is None:
            return self.load().fact_context(edition)
        from kartedit.services.fact_context import FactContext  # Markdown: not at start-up

        return FactContext(edition, facts.regional, facts.language, facts.kinds, facts.values)
