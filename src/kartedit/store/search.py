"""Store layer: full-text search over the texts an edition shows."""

from __future__ import annotations

from sqlalchemy import select

from kartedit.domain.model import (
    REGIONAL,
    SearchHit,
)
from kartedit.store import sqlite
from kartedit.store.lookups import MapLookups
from kartedit.store.models import (
    PathwayRow,
    SectionRow,
    ServiceRow,
)
from kartedit.store.revisions import ref_of


class MapSearch(MapLookups):
    """Full-text search of one edition (its own texts and the regional ones)."""

    def search(self, query: str, edition: str = REGIONAL, limit: int = 200) -> list[SearchHit]:
        edition_row = self.edition_row(edition)
        regional_row = self.regional_edition()
        found = sqlite.fts_search(
            self.session.connection(), query, (edition_row.id, regional_row.id), limit
        )
        if not found:
            return []
        by_id = dict(found)
        rows = self.session.execute(
            select(
                SectionRow.id,
                PathwayRow.slug,
                PathwayRow.name,
                ServiceRow.slug,
                ServiceRow.name,
                SectionRow.kind,
            )
            .join(PathwayRow, PathwayRow.id == SectionRow.pathway_id)
            .outerjoin(ServiceRow, ServiceRow.id == SectionRow.service_id)
            .where(SectionRow.id.in_(by_id))
        ).all()
        details = {r[0]: r[1:] for r in rows}
        hits = []
        for section_id, snippet in found:
            p_slug, p_name, s_slug, s_name, kind = details[section_id]
            hits.append(
                SearchHit(
                    ref_of(p_slug, s_slug, kind),
                    edition,
                    p_name,
                    s_name or "",
                    " ".join(snippet.split()),
                )
            )
        return hits
