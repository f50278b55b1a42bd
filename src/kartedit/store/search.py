"""Store layer: full-text search over the texts an edition shows (FTS5 in ``sqlite``)."""

from __future__ import annotations

from kartedit.domain.model import (
    REGIONAL,
    SearchHit,
)
from kartedit.store import sqlite
from kartedit.store.lookups import MapLookups
from kartedit.store.revisions import ref_of


class MapSearch(MapLookups):
    """Full-text search of one edition (its own texts and the regional ones)."""

    def search(self, query: str, edition: str = REGIONAL, limit: int = 200) -> list[SearchHit]:
        found = sqlite.fts_search(self.session.connection(), query, edition, limit)
        if found is None:
            self.edition_row(edition)  # raises the NotFoundError that lists the editions
            return []
        return [
            SearchHit(
                ref_of(p_slug, s_slug, kind),
                edition,
                p_name,
                s_name or "",
                " ".join(snippet.split()),
            )
            for _sid, snippet, p_slug, p_name, s_slug, s_name, kind in found
        ]
