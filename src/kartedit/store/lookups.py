"""Store layer: finding the map's rows — map, editions, pathways, services, sections.

``MapLookups`` works inside one session (one user action) and is the base of every
store reader and writer of ``MapRepository``; the other store modules resolve slugs
through it instead of repeating the queries.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kartedit.domain.collation import norwegian_sort_key
from kartedit.domain.errors import NotFoundError, StoreError
from kartedit.domain.messages import QT_TRANSLATE_NOOP, Message
from kartedit.domain.model import (
    EditionInfo,
    EditionKind,
    MapInfo,
    PathwayInfo,
    ServiceInfo,
)
from kartedit.domain.sections import SectionKind, SectionRef
from kartedit.store.models import (
    EditionRow,
    MapRow,
    PathwayRow,
    PathwayServiceRow,
    RevisionRow,
    SectionRow,
    ServiceRow,
)
from kartedit.store.revisions import SectionIds, same_service
from kartedit.store.rounds import HearingLookup


def _suggest(unknown: str, value: str, known: list[str]) -> NotFoundError:
    """«No edition «x» in this map. Known: …» (``unknown`` is a marked source with {value})."""
    if not known:
        return NotFoundError(unknown, value=value)
    return NotFoundError(
        QT_TRANSLATE_NOOP("Errors", "{problem} Known: {known}."),
        problem=Message.of(unknown, value=value),
        known=", ".join(known),
    )


class MapLookups:
    """Slug → row lookups and listings of the single map a database holds."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._map: MapRow | None = None

    # -- identity ---------------------------------------------------------------------

    def map_row(self) -> MapRow:
        if self._map is None:
            row = self.session.scalars(select(MapRow)).first()
            if row is None:
                raise StoreError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This database holds no map yet. Import one with «kartedit import-folder».",
                    )
                )
            self._map = row
        return self._map

    def has_map(self) -> bool:
        return self.session.scalars(select(MapRow.id)).first() is not None

    def map_info(self) -> MapInfo:
        row = self.map_row()
        return MapInfo(row.id, row.slug, row.name)

    def edition_row(self, slug: str) -> EditionRow:
        row = self.session.scalars(
            select(EditionRow).where(
                EditionRow.map_id == self.map_row().id, EditionRow.slug == slug
            )
        ).first()
        if row is None:
            known = [e.slug for e in self.editions()]
            raise _suggest(
                QT_TRANSLATE_NOOP("Errors", "No edition «{value}» in this map."), slug, known
            )
        return row

    def pathway_row(self, slug: str) -> PathwayRow:
        row = self.session.scalars(
            select(PathwayRow).where(
                PathwayRow.map_id == self.map_row().id, PathwayRow.slug == slug
            )
        ).first()
        if row is None:
            known = [p.slug for p in self.pathways()]
            raise _suggest(
                QT_TRANSLATE_NOOP("Errors", "No pathway «{value}» in this map."), slug, known
            )
        return row

    def service_row(self, pathway: PathwayRow, slug: str) -> ServiceRow:
        row = self.session.scalars(
            select(ServiceRow)
            .join(PathwayServiceRow, PathwayServiceRow.service_id == ServiceRow.id)
            .where(PathwayServiceRow.pathway_id == pathway.id, ServiceRow.slug == slug)
        ).first()
        if row is None:
            known = [s.slug for s in self.services_of(pathway.slug)]
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "No service «{slug}» in the pathway «{pathway}». Known: {known}.",
                ),
                slug=slug,
                pathway=pathway.slug,
                known=", ".join(known),
            )
        return row

    def ids_of(self, ref: SectionRef, edition: str) -> SectionIds:
        pathway = self.pathway_row(ref.pathway)
        service = None if ref.is_pathway_level else self.service_row(pathway, ref.service)
        return SectionIds(self.edition_row(edition), pathway, service)

    # -- listings ---------------------------------------------------------------------

    def editions(self) -> list[EditionInfo]:
        rows = self.session.scalars(
            select(EditionRow).where(EditionRow.map_id == self.map_row().id)
        ).all()
        infos = [
            EditionInfo(r.slug, r.name, EditionKind(r.kind), r.organisation, r.language or "nb")
            for r in rows
        ]
        # Regional first, then local editions in Norwegian alphabetical order.
        return sorted(infos, key=lambda e: (not e.is_regional, norwegian_sort_key(e.name)))

    def pathways(self) -> list[PathwayInfo]:
        rows = self.session.scalars(
            select(PathwayRow)
            .where(PathwayRow.map_id == self.map_row().id)
            .order_by(PathwayRow.position)
        ).all()
        return [PathwayInfo(r.slug, r.name) for r in rows]

    def services_of(self, pathway: str) -> list[ServiceInfo]:
        rows = self.session.execute(
            select(ServiceRow.slug, ServiceRow.name)
            .join(PathwayServiceRow, PathwayServiceRow.service_id == ServiceRow.id)
            .join(PathwayRow, PathwayRow.id == PathwayServiceRow.pathway_id)
            .where(PathwayRow.map_id == self.map_row().id, PathwayRow.slug == pathway)
            .order_by(PathwayServiceRow.position)
        ).all()
        return [ServiceInfo(slug, name) for slug, name in rows]

    def all_services(self) -> list[ServiceInfo]:
        rows = self.session.execute(
            select(ServiceRow.slug, ServiceRow.name)
            .where(ServiceRow.map_id == self.map_row().id)
            .order_by(ServiceRow.position)
        ).all()
        return [ServiceInfo(slug, name) for slug, name in rows]

    # -- sections ---------------------------------------------------------------------

    def section_row(self, ids: SectionIds, kind: SectionKind) -> SectionRow | None:
        """The edition's own row for a section: regional text, or a live local override."""
        row = self.any_section_row(ids, kind)
        return None if row is None or row.ended else row

    def any_section_row(self, ids: SectionIds, kind: SectionKind) -> SectionRow | None:
        """Including an override that ended: it keeps its history for a later return."""
        return self.session.scalars(
            select(SectionRow).where(
                SectionRow.edition_id == ids.edition.id,
                SectionRow.pathway_id == ids.pathway.id,
                same_service(SectionRow.service_id, ids.service_id),
                SectionRow.kind == kind.value,
            )
        ).first()

    def regional_ids_of(self, ids: SectionIds) -> SectionIds:
        if ids.edition.kind == EditionKind.REGIONAL.value:
            return ids
        return SectionIds(self.regional_edition(), ids.pathway, ids.service)

    def regional_edition(self) -> EditionRow:
        row = self.session.scalars(
            select(EditionRow).where(
                EditionRow.map_id == self.map_row().id,
                EditionRow.kind == EditionKind.REGIONAL.value,
            )
        ).first()
        if row is None:
            raise StoreError(QT_TRANSLATE_NOOP("Errors", "This map has no regional edition."))
        return row

    def head_of(self, section: SectionRow | None) -> RevisionRow | None:
        if section is None or section.head_revision_id is None:
            return None
        return self.session.get(RevisionRow, section.head_revision_id)

    def hearing_lookup(self) -> HearingLookup:
        """Open hearing rounds: their sections show as *til høring* (see HearingLookup)."""
        return HearingLookup(self.session, self.map_row().id, self.regional_edition().slug)
