"""Application services: the use cases on one open map database, for the GUI and the CLI.

Each method is one user action and runs in one transaction; what comes back are domain
values, so callers never hold database state.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kartedit.domain import history
from kartedit.domain.errors import UserError
from kartedit.domain.facts import check_placeholders
from kartedit.domain.ids import utc_now
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.model import (
    REGIONAL,
    EditionInfo,
    MapInfo,
    PathwayInfo,
    RevisionInfo,
    SearchHit,
    SectionState,
    SectionView,
    ServiceInfo,
)
from kartedit.domain.people import Author
from kartedit.domain.quality import QualityLists
from kartedit.domain.sections import SectionRef, Status
from kartedit.domain.text_forms import section_text
from kartedit.store.db import Database, create_database, open_database
from kartedit.store.facts import FactStore
from kartedit.store.reading import OpenedSection, OpenRoundsCache
from kartedit.store.repository import MapRepository
from kartedit.store.search_hits import SHOWN_FIRST

if TYPE_CHECKING:
    from kartedit.services.fact_context import FactContext


class Workspace:
    """One open map database and the actions a writer takes on it.

    A command uses it as a context manager (``with Workspace.open(path) as ws:``), which
    closes the database however the block ends; the window keeps one open while it lives.
    """

    def __init__(self, database: Database, clock: Callable[[], datetime] = utc_now) -> None:
        self.database = database
        self.clock = clock
        self._open_rounds = OpenRoundsCache()
        self._closed = False

    @classmethod
    def open(cls, path: Path, clock: Callable[[], datetime] = utc_now) -> Workspace:
        return cls(open_database(path), clock)

    @classmethod
    def create(cls, path: Path, clock: Callable[[], datetime] = utc_now) -> Workspace:
        return cls(create_database(path), clock)

    @property
    def path(self) -> Path:
        return self.database.path

    def close(self) -> None:
        self._closed = True
        self.database.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading ----------------------------------------------------------------------

    def map_info(self) -> MapInfo:
        with self.database.reading() as session:
            return MapRepository(session).map_info()

    def has_map(self) -> bool:
        with self.database.reading() as session:
            return MapRepository(session).has_map()

    def editions(self) -> list[EditionInfo]:
        with self.database.reading() as session:
            return MapRepository(session).editions()

    def edition(self, slug: str) -> EditionInfo:
        """The edition named, or the «no such edition» refusal that lists the known ones:
        a command checks what it was given before it asks who is writing."""
        with self.database.reading() as session:
            repo = MapRepository(session)
            repo.edition_row(slug)
            return next(e for e in repo.editions() if e.slug == slug)

    def pathways(self) -> list[PathwayInfo]:
        with self.database.reading() as session:
            return MapRepository(session).pathways()

    def services_of(self, pathway: str) -> list[ServiceInfo]:
        with self.database.reading() as session:
            repo = MapRepository(session)
            repo.pathway_row(pathway)
            return repo.services_of(pathway)

    def section_states(self, pathway: str, edition: str = REGIONAL) -> list[SectionState]:
        with self.database.reading() as session:
            return MapRepository(session).section_states(edition, pathway)

    def section(self, ref: SectionRef, edition: str = REGIONAL) -> SectionView:
        with self.database.reading() as session:
            return MapRepository(session).section(ref, edition)

    def open_section(self, ref: SectionRef, edition: str = REGIONAL) -> OpenedSection:
        """What a tree click shows — the section and its history without texts — in two
        queries; the open hearing rounds are read again only when they changed."""
        with self.database.reading() as session:
            return MapRepository(session).open_section(ref, edition, self._open_rounds)

    def quality_lists(self) -> QualityLists:
        """The map's word list, terms and service aliases: what its texts are checked with."""
        from kartedit.store.quality import load_lists

        with self.database.reading() as session:
            return load_lists(session)

    def fact_context(self, edition: str = REGIONAL) -> FactContext:
        """An edition's fact kinds and values: what its texts are filled in with."""
        from kartedit.services.facts import context_in

        with self.database.reading() as session:
            return context_in(session, edition)

    def history(self, ref: SectionRef, edition: str = REGIONAL) -> list[RevisionInfo]:
        with self.database.reading() as session:
            return MapRepository(session).history(ref, edition)

    def revision(self, revision_id: str) -> RevisionInfo:
        with self.database.reading() as session:
            return MapRepository(session).revision(revision_id)

    def search(
        self,
        query: str,
        edition: str = REGIONAL,
        limit: int = 200,
        *,
        marked: int | None = SHOWN_FIRST,
    ) -> list[SearchHit]:
        """The best ``limit`` hits, best first. The first ``marked`` hits (what a result
        list shows at once) come with their snippet; the others' is made when first read,
        while this workspace is open. ``marked=None``: every snippet now."""
        with self.database.reading() as session:
            return MapRepository(session).search(
                query, edition, limit, marked=marked, later=self._snippets
            )

    def _snippets(self, match: str, section_ids: Sequence[int]) -> dict[int, str]:
        if self._closed:  # a list left on screen after its map was closed reads nothing
            return {}
        with self.database.reading() as session:
            return MapRepository(session).snippets(match, section_ids)

    # -- writing ----------------------------------------------------------------------

    def save(
        self,
        ref: SectionRef,
        text: str,
        author: Author,
        *,
        edition: str = REGIONAL,
        message: str | None = None,
    ) -> RevisionInfo | None:
        """Save a new revision; None when nothing changed (no empty revisions)."""
        text = section_text(text, str(ref))
        with self.database.transaction() as session:
            if "{{" in text:  # a placeholder naming no fact kind is refused here
                kinds = {kind.slug for kind in FactStore(session).fact_kinds()}
                check_placeholders(text, kinds, str(ref))
            return MapRepository(session).save(
                ref, text, author, edition=edition, message=message, created=self.clock()
            )

    def restore(
        self, ref: SectionRef, revision_id: str, author: Author, *, edition: str = REGIONAL
    ) -> RevisionInfo | None:
        """Bring back an earlier text as a new revision; history is never rewritten."""
        with self.database.transaction() as session:
            repo = MapRepository(session)
            old = repo.revision(revision_id)
            if old.id not in {r.id for r in repo.history(ref, edition)}:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Revision {revision_id} does not belong to the section {ref}.",
                    ),
                    revision_id=revision_id,
                    ref=ref,
                )
            return repo.save(
                ref,
                old.text,
                author,
                edition=edition,
                message=history.restored(old.created),
                created=self.clock(),
            )

    def set_status(
        self, ref: SectionRef, status: Status, author: Author, *, edition: str = REGIONAL
    ) -> bool:
        with self.database.transaction() as session:
            return MapRepository(session).set_status(
                ref, status, author, edition=edition, created=self.clock()
            )
