"""Store layer: full-text search over the texts an edition shows (FTS5 in ``sqlite``).

A search ranks and names up to ``limit`` hits in one statement; the passages (snippets) of
the hits below the first few are made only when first read, a batch at a time
(``search_hits``, which the quick reader shares).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from kartedit.domain.model import REGIONAL, SearchHit
from kartedit.store import sqlite
from kartedit.store.lookups import MapLookups
from kartedit.store.search_hits import SnippetReader, hits_of


class MapSearch(MapLookups):
    """Full-text search of one edition (its own texts and the regional ones)."""

    def search(
        self,
        query: str,
        edition: str = REGIONAL,
        limit: int = 200,
        *,
        marked: int | None = None,
        later: SnippetReader | None = None,
    ) -> list[SearchHit]:
        """The best ``limit`` hits, best first. The first ``marked`` come with their snippet
        and the others' are made by ``later`` when first read; without ``later`` (or with
        ``marked`` None) every hit comes with its snippet."""
        if later is None or marked is None:
            marked = limit
        found = sqlite.fts_search(self._raw(), query, edition, limit, marked)
        if found is None:
            self.edition_row(edition)  # raises the NotFoundError that lists the editions
            return []
        return hits_of(found, edition, later)

    def snippets(self, match: str, section_ids: Sequence[int]) -> dict[int, str]:
        """The snippets of some hits a search left for later (``MapSearch.search``)."""
        return sqlite.fts_snippets(self._raw(), match, section_ids)

    def _raw(self) -> sqlite3.Connection:
        """The session's own SQLite connection, inside its transaction."""
        return self.session.connection().connection.dbapi_connection  # type: ignore[return-value]
