"""Store layer: reading sections — the effective text an edition shows, states and history."""

from __future__ import annotations

from sqlalchemy import false, select
from sqlalchemy.orm import aliased

from kartedit.domain.errors import NotFoundError
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.model import (
    REGIONAL,
    RevisionInfo,
    SectionState,
    SectionView,
)
from kartedit.domain.sections import SectionKind, SectionRef, Status
from kartedit.store.lookups import MapLookups
from kartedit.store.models import (
    RevisionRow,
    SectionRow,
    ServiceRow,
)
from kartedit.store.revisions import revision_info


class SectionReading(MapLookups):
    """What a section shows in an edition, its status and its revisions."""

    def section(self, ref: SectionRef, edition: str = REGIONAL) -> SectionView:
        """The effective text of a section in an edition (local override or regional)."""
        ids = self.ids_of(ref, edition)
        own = self.section_row(ids, ref.kind)
        regional_ids = self.regional_ids_of(ids)
        regional = own if regional_ids is ids else self.section_row(regional_ids, ref.kind)
        if own is not None and own.head_revision_id is not None:
            head = self.head_of(own)
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
                self.hearing_lookup().status(
                    Status(own.status), ref, edition, inherited=False, section_id=own.id
                ),
                head.id,
                inherited=False,
                base_revision_id=head.base_id,
                stale=stale,
            )
        head = self.head_of(regional)
        return SectionView(
            ref,
            edition,
            head.text if head else "",
            self.hearing_lookup().status(
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
        regional_row = self.regional_edition()
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
        hearing = self.hearing_lookup()
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

    def history(self, ref: SectionRef, edition: str = REGIONAL) -> list[RevisionInfo]:
        """Revisions of the section an edition shows, newest first."""
        ids = self.ids_of(ref, edition)
        section = self.section_row(ids, ref.kind) or self.section_row(
            self.regional_ids_of(ids), ref.kind
        )
        if section is None:
            return []
        rows = self.session.scalars(
            select(RevisionRow)
            .where(RevisionRow.section_id == section.id)
            .order_by(RevisionRow.seq.desc())
        ).all()
        return [revision_info(r) for r in rows]

    def revision(self, revision_id: str) -> RevisionInfo:
        row = self.session.get(RevisionRow, revision_id)
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "No revision «{revision_id}» in this database."),
                revision_id=revision_id,
            )
        return revision_info(row)
