"""Store layer: queries and writes over the ORM tables, in terms the services understand.

A ``MapRepository`` works inside one session (one user action). It hands out domain
values, never ORM rows, so nothing above the store can change the database by accident.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, false, func, select, update
from sqlalchemy.orm import Session, aliased

from kartedit.domain.collation import norwegian_sort_key
from kartedit.domain.editions import OverrideInfo
from kartedit.domain.errors import NotFoundError, StoreError, UserError
from kartedit.domain.ids import new_id
from kartedit.domain.model import (
    REGIONAL,
    EditionInfo,
    EditionKind,
    MapInfo,
    PathwayInfo,
    RevisionInfo,
    SearchHit,
    SectionState,
    SectionView,
    ServiceInfo,
)
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionKind, SectionRef, Status
from kartedit.store import sqlite
from kartedit.store.models import (
    EditionRow,
    MapRow,
    PathwayRow,
    PathwayServiceRow,
    RevisionRow,
    RoundRow,
    SectionRow,
    ServiceRow,
    StatusChangeRow,
)
from kartedit.store.rounds import HearingLookup


@dataclass(frozen=True)
class _Ids:
    edition: EditionRow
    pathway: PathwayRow
    service: ServiceRow


def _revision_info(row: RevisionRow) -> RevisionInfo:
    return RevisionInfo(
        id=row.id,
        seq=row.seq,
        author=Author(row.author_name, row.author_organisation),
        created=row.created,
        message=row.message,
        parent_id=row.parent_id,
        base_id=row.base_id,
        text=row.text,
    )


def _suggest(what: str, value: str, known: list[str]) -> str:
    listed = ", ".join(known) if known else "none"
    return f"No {what} «{value}» in this map. Known: {listed}."


class MapRepository:
    """Reads and writes of the single map a database holds."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._map: MapRow | None = None

    # -- identity ---------------------------------------------------------------------

    def map_row(self) -> MapRow:
        if self._map is None:
            row = self.session.scalars(select(MapRow)).first()
            if row is None:
                raise StoreError(
                    "This database holds no map yet. Import one with «kartedit import-folder»."
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
            raise NotFoundError(_suggest("edition", slug, known))
        return row

    def pathway_row(self, slug: str) -> PathwayRow:
        row = self.session.scalars(
            select(PathwayRow).where(
                PathwayRow.map_id == self.map_row().id, PathwayRow.slug == slug
            )
        ).first()
        if row is None:
            known = [p.slug for p in self.pathways()]
            raise NotFoundError(_suggest("pathway", slug, known))
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
                f"No service «{slug}» in the pathway «{pathway.slug}». Known: {', '.join(known)}."
            )
        return row

    def _ids(self, ref: SectionRef, edition: str) -> _Ids:
        pathway = self.pathway_row(ref.pathway)
        return _Ids(self.edition_row(edition), pathway, self.service_row(pathway, ref.service))

    # -- listings ---------------------------------------------------------------------

    def editions(self) -> list[EditionInfo]:
        rows = self.session.scalars(
            select(EditionRow).where(EditionRow.map_id == self.map_row().id)
        ).all()
        infos = [EditionInfo(r.slug, r.name, EditionKind(r.kind), r.organisation) for r in rows]
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

    def _section_row(self, ids: _Ids, kind: SectionKind) -> SectionRow | None:
        """The edition's own row for a section: regional text, or a live local override."""
        row = self._any_section_row(ids, kind)
        return None if row is None or row.ended else row

    def _any_section_row(self, ids: _Ids, kind: SectionKind) -> SectionRow | None:
        """Including an override that ended: it keeps its history for a later return."""
        return self.session.scalars(
            select(SectionRow).where(
                SectionRow.edition_id == ids.edition.id,
                SectionRow.pathway_id == ids.pathway.id,
                SectionRow.service_id == ids.service.id,
                SectionRow.kind == kind.value,
            )
        ).first()

    def _regional_ids(self, ids: _Ids) -> _Ids:
        if ids.edition.kind == EditionKind.REGIONAL.value:
            return ids
        return _Ids(self._regional_edition(), ids.pathway, ids.service)

    def _regional_edition(self) -> EditionRow:
        row = self.session.scalars(
            select(EditionRow).where(
                EditionRow.map_id == self.map_row().id,
                EditionRow.kind == EditionKind.REGIONAL.value,
            )
        ).first()
        if row is None:
            raise StoreError("This map has no regional edition.")
        return row

    def _head(self, section: SectionRow | None) -> RevisionRow | None:
        if section is None or section.head_revision_id is None:
            return None
        return self.session.get(RevisionRow, section.head_revision_id)

    def section(self, ref: SectionRef, edition: str = REGIONAL) -> SectionView:
        """The effective text of a section in an edition (local override or regional)."""
        ids = self._ids(ref, edition)
        own = self._section_row(ids, ref.kind)
        regional_ids = self._regional_ids(ids)
        regional = own if regional_ids is ids else self._section_row(regional_ids, ref.kind)
        if own is not None and own.head_revision_id is not None:
            head = self._head(own)
            assert head is not None
            stale = (
                regional_ids is not ids
                and regional is not None
                and head.base_id != regional.head_revision_id
            )
            return SectionView(
                ref,
                edition,
                head.text,
                self._hearing().status(
                    Status(own.status), ref, edition, inherited=False, section_id=own.id
                ),
                head.id,
                inherited=False,
                base_revision_id=head.base_id,
                stale=stale,
            )
        head = self._head(regional)
        return SectionView(
            ref,
            edition,
            head.text if head else "",
            self._hearing().status(
                Status(regional.status) if regional else Status.DRAFT,
                ref,
                edition,
                inherited=regional_ids is not ids,
                section_id=regional.id if regional else None,
            ),
            head.id if head else None,
            inherited=regional_ids is not ids,
        )

    def section_states(self, edition: str, pathway: str) -> list[SectionState]:
        """Status, override and staleness of every section of one pathway, in one query."""
        edition_row = self.edition_row(edition)
        pathway_row = self.pathway_row(pathway)
        regional_row = self._regional_edition()
        regional = aliased(SectionRow)
        own = aliased(SectionRow)
        own_head = aliased(RevisionRow)
        rows = self.session.execute(
            select(
                ServiceRow.slug,
                regional.kind,
                regional.status,
                regional.head_revision_id,
                own.status,
                own_head.base_id,
                regional.id,
                own.id,
            )
            .select_from(regional)
            .join(ServiceRow, ServiceRow.id == regional.service_id)
            .outerjoin(
                own,
                (own.edition_id == edition_row.id)
                & (own.edition_id != regional.edition_id)
                & (own.pathway_id == regional.pathway_id)
                & (own.service_id == regional.service_id)
                & (own.kind == regional.kind)
                & (own.ended == false()),
            )
            .outerjoin(own_head, own_head.id == own.head_revision_id)
            .where(regional.edition_id == regional_row.id, regional.pathway_id == pathway_row.id)
        ).all()
        states = []
        hearing = self._hearing()
        for service, kind, r_status, r_head, o_status, o_base, r_id, o_id in rows:
            overridden = o_status is not None
            ref = SectionRef(pathway, service, SectionKind(kind))
            states.append(
                SectionState(
                    ref,
                    hearing.status(
                        Status(o_status if overridden else r_status),
                        ref,
                        edition,
                        inherited=not overridden and edition_row.id != regional_row.id,
                        section_id=o_id if overridden else r_id,
                    ),
                    overridden=overridden,
                    stale=overridden and o_base != r_head,
                )
            )
        return states

    def _hearing(self) -> HearingLookup:
        """Open hearing rounds: their sections show as *til høring* (see HearingLookup)."""
        return HearingLookup(self.session, self.map_row().id, self._regional_edition().slug)

    def history(self, ref: SectionRef, edition: str = REGIONAL) -> list[RevisionInfo]:
        """Revisions of the section an edition shows, newest first."""
        ids = self._ids(ref, edition)
        section = self._section_row(ids, ref.kind) or self._section_row(
            self._regional_ids(ids), ref.kind
        )
        if section is None:
            return []
        rows = self.session.scalars(
            select(RevisionRow)
            .where(RevisionRow.section_id == section.id)
            .order_by(RevisionRow.seq.desc())
        ).all()
        return [_revision_info(r) for r in rows]

    def revision(self, revision_id: str) -> RevisionInfo:
        row = self.session.get(RevisionRow, revision_id)
        if row is None:
            raise NotFoundError(f"No revision «{revision_id}» in this database.")
        return _revision_info(row)

    def save(
        self,
        ref: SectionRef,
        text: str,
        author: Author,
        *,
        edition: str = REGIONAL,
        message: str | None = None,
        created: datetime,
        keep_unchanged: bool = False,
    ) -> RevisionInfo | None:
        """Append a revision; in a local edition this creates or updates the override.

        Returns None when the text equals what the edition already shows: an unchanged
        save makes no revision — unless ``keep_unchanged`` (adapting, or re-basing onto a
        new regional text, records the new base even when the words stay the same).
        """
        ids = self._ids(ref, edition)
        section = self._any_section_row(ids, ref.kind)
        regional_ids = self._regional_ids(ids)
        regional = section if regional_ids is ids else self._section_row(regional_ids, ref.kind)
        if regional_ids is not ids and regional is None:
            raise NotFoundError(f"The section {ref} has no regional text to adapt.")
        current = self.section(ref, edition)
        if current.text == text and not keep_unchanged:
            return None
        if current.status.is_read_only and not current.inherited:
            raise UserError(
                f"The section {ref} is approved and read-only. Reopen it as a draft to edit it."
            )
        if section is None:
            section = SectionRow(
                edition_id=ids.edition.id,
                pathway_id=ids.pathway.id,
                service_id=ids.service.id,
                kind=ref.kind.value,
                status=Status.DRAFT.value,
            )
            self.session.add(section)
            self.session.flush()
        section.ended = False
        seq = self.session.scalar(
            select(func.coalesce(func.max(RevisionRow.seq), 0)).where(
                RevisionRow.section_id == section.id
            )
        )
        row = RevisionRow(
            id=new_id(),
            section_id=section.id,
            seq=(seq or 0) + 1,
            text=text,
            author_name=author.name,
            author_organisation=author.organisation,
            created=created,
            message=message or None,
            parent_id=section.head_revision_id,
            base_id=regional.head_revision_id if regional is not section and regional else None,
        )
        self.session.add(row)
        self.session.flush()
        section.head_revision_id = row.id
        self.session.flush()
        sqlite.fts_replace(self.session.connection(), section.id, text)
        return _revision_info(row)

    def set_status(
        self,
        ref: SectionRef,
        status: Status,
        author: Author,
        *,
        edition: str = REGIONAL,
        created: datetime,
    ) -> bool:
        """Record a status change; False when the section already had that status."""
        ids = self._ids(ref, edition)
        section = self._section_row(ids, ref.kind)
        if section is None:
            raise UserError(
                f"The section {ref} is inherited from the regional text in «{edition}»; "
                "change its status in the regional edition, or adapt it locally first."
            )
        shown = self._hearing().status(
            Status(section.status), ref, edition, inherited=False, section_id=section.id
        )
        if shown is status:
            # Compared with what is shown: approving a section that an open round has put
            # back in hearing is recorded, even though it was approved before the round.
            return False
        section.status = status.value
        self.session.add(
            StatusChangeRow(
                section_id=section.id,
                status=status.value,
                author_name=author.name,
                author_organisation=author.organisation,
                created=created,
            )
        )
        return True

    def search(self, query: str, edition: str = REGIONAL, limit: int = 200) -> list[SearchHit]:
        edition_row = self.edition_row(edition)
        regional_row = self._regional_edition()
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
            .join(ServiceRow, ServiceRow.id == SectionRow.service_id)
            .where(SectionRow.id.in_(by_id))
        ).all()
        details = {r[0]: r[1:] for r in rows}
        hits = []
        for section_id, snippet in found:
            p_slug, p_name, s_slug, s_name, kind = details[section_id]
            hits.append(
                SearchHit(
                    SectionRef(p_slug, s_slug, SectionKind(kind)),
                    edition,
                    p_name,
                    s_name,
                    " ".join(snippet.split()),
                )
            )
        return hits

    def end_override(self, ref: SectionRef, edition: str) -> bool:
        """Return a local section to the regional text; its revisions stay for the record."""
        ids = self._ids(ref, edition)
        if ids.edition.kind == EditionKind.REGIONAL.value:
            raise UserError("The regional edition has no overrides to end.")
        section = self._section_row(ids, ref.kind)
        if section is None:
            return False
        section.ended = True
        self.session.flush()
        sqlite.fts_remove(self.session.connection(), section.id)
        return True

    def overrides(self, edition: str, pathway: str | None = None) -> list[OverrideInfo]:
        """Every live override of an edition with its base and current regional texts."""
        edition_row = self.edition_row(edition)
        regional_row = self._regional_edition()
        if edition_row.id == regional_row.id:
            raise UserError("The regional edition has no overrides; name a local edition.")
        own, regional = aliased(SectionRow), aliased(SectionRow)
        own_head, base, regional_head = (
            aliased(RevisionRow),
            aliased(RevisionRow),
            aliased(RevisionRow),
        )
        query = (
            select(
                PathwayRow.slug,
                ServiceRow.slug,
                own.kind,
                own_head.id,
                own_head.text,
                base.id,
                base.text,
                regional_head.id,
                regional_head.text,
            )
            .select_from(own)
            .join(own_head, own_head.id == own.head_revision_id)
            .join(PathwayRow, PathwayRow.id == own.pathway_id)
            .join(ServiceRow, ServiceRow.id == own.service_id)
            .join(
                PathwayServiceRow,
                (PathwayServiceRow.pathway_id == own.pathway_id)
                & (PathwayServiceRow.service_id == own.service_id),
            )
            .outerjoin(base, base.id == own_head.base_id)
            .outerjoin(
                regional,
                (regional.edition_id == regional_row.id)
                & (regional.pathway_id == own.pathway_id)
                & (regional.service_id == own.service_id)
                & (regional.kind == own.kind),
            )
            .outerjoin(regional_head, regional_head.id == regional.head_revision_id)
            .where(own.edition_id == edition_row.id, own.ended == false())
        )
        if pathway is not None:
            query = query.where(PathwayRow.id == self.pathway_row(pathway).id)
        rows = self.session.execute(
            query.add_columns(PathwayRow.position, PathwayServiceRow.position)
        ).all()
        rows = sorted(rows, key=lambda r: (r[-2], r[-1], SectionKind(r[2]).position))
        return [
            OverrideInfo(
                SectionRef(r[0], r[1], SectionKind(r[2])),
                edition,
                r[3],
                r[4],
                r[5],
                r[6] or "",
                r[7],
                r[8] or "",
            )
            for r in rows
        ]

    # -- editions ---------------------------------------------------------------------

    def create_edition(self, slug: str, name: str, organisation: str) -> EditionInfo:
        if any(e.slug == slug for e in self.editions()):
            raise UserError(f"An edition «{slug}» already exists.")
        if not name.strip():
            raise UserError("A local edition needs a name.")
        row = EditionRow(
            map_id=self.map_row().id,
            slug=slug,
            name=name.strip(),
            kind=EditionKind.LOCAL.value,
            organisation=organisation.strip(),
        )
        self.session.add(row)
        self.session.flush()
        return EditionInfo(row.slug, row.name, EditionKind.LOCAL, row.organisation)

    def rename_edition(
        self,
        slug: str,
        *,
        name: str | None = None,
        new_slug: str | None = None,
        organisation: str | None = None,
    ) -> EditionInfo:
        row = self.edition_row(slug)
        if new_slug and new_slug != slug:
            if row.kind == EditionKind.REGIONAL.value:
                raise UserError("The regional edition keeps its slug «regional».")
            if any(e.slug == new_slug for e in self.editions()):
                raise UserError(f"An edition «{new_slug}» already exists.")
            row.slug = new_slug
        if name is not None:
            if not name.strip():
                raise UserError("An edition needs a name.")
            row.name = name.strip()
        if organisation is not None:
            row.organisation = organisation.strip()
        self.session.flush()
        return EditionInfo(row.slug, row.name, EditionKind(row.kind), row.organisation)

    def delete_edition(self, slug: str) -> int:
        """Remove a local edition with its overrides and their history; returns how many
        sections it held. The caller has confirmed and offered an export first."""
        row = self.edition_row(slug)
        if row.kind == EditionKind.REGIONAL.value:
            raise UserError("The regional edition cannot be deleted: every edition builds on it.")
        if self.session.scalars(select(RoundRow.id).where(RoundRow.edition_id == row.id)).first():
            # Its rounds, their responses and decisions refer to its texts: keep the record.
            raise UserError(
                f"«{row.name}» has had hearing rounds, whose comments and decisions refer to "
                "its texts; it cannot be deleted."
            )
        section_ids = list(
            self.session.scalars(select(SectionRow.id).where(SectionRow.edition_id == row.id))
        )
        if section_ids:
            self.session.execute(
                update(SectionRow)
                .where(SectionRow.id.in_(section_ids))
                .values(head_revision_id=None)
            )
            self.session.execute(
                update(RevisionRow)
                .where(RevisionRow.section_id.in_(section_ids))
                .values(parent_id=None)
            )
            self.session.execute(delete(RevisionRow).where(RevisionRow.section_id.in_(section_ids)))
            self.session.execute(
                delete(StatusChangeRow).where(StatusChangeRow.section_id.in_(section_ids))
            )
            self.session.execute(delete(SectionRow).where(SectionRow.id.in_(section_ids)))
            for section_id in section_ids:
                sqlite.fts_remove(self.session.connection(), section_id)
        self.session.delete(row)
        self.session.flush()
        return len(section_ids)
