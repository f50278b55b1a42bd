"""Store layer: the local overrides of an edition — listing them and ending one."""

from __future__ import annotations

from sqlalchemy import false, select
from sqlalchemy.orm import aliased

from kartedit.domain.editions import OverrideInfo
from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.model import (
    EditionKind,
)
from kartedit.domain.sections import SectionKind, SectionRef
from kartedit.store import sqlite
from kartedit.store.lookups import MapLookups
from kartedit.store.models import (
    PathwayRow,
    PathwayServiceRow,
    RevisionRow,
    SectionRow,
    ServiceRow,
)


class OverrideQueries(MapLookups):
    """Live overrides of a local edition, with their base and regional texts."""

    def end_override(self, ref: SectionRef, edition: str) -> bool:
        """Return a local section to the regional text; its revisions stay for the record."""
        ids = self.ids_of(ref, edition)
        if ids.edition.kind == EditionKind.REGIONAL.value:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "The regional edition has no overrides to end.")
            )
        section = self.section_row(ids, ref.kind)
        if section is None:
            return False
        section.ended = True
        self.session.flush()
        sqlite.fts_remove(self.session.connection(), section.id)
        return True

    def overrides(self, edition: str, pathway: str | None = None) -> list[OverrideInfo]:
        """Every live override of an edition with its base and current regional texts."""
        edition_row = self.edition_row(edition)
        regional_row = self.regional_edition()
        if edition_row.id == regional_row.id:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The regional edition has no overrides; name a local edition.",
                )
            )
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
            .outerjoin(ServiceRow, ServiceRow.id == own.service_id)
            .outerjoin(
                PathwayServiceRow,
                (PathwayServiceRow.pathway_id == own.pathway_id)
                & (PathwayServiceRow.service_id == own.service_id),
            )
            .outerjoin(base, base.id == own_head.base_id)
            .outerjoin(
                regional,
                (regional.edition_id == regional_row.id)
                & (regional.pathway_id == own.pathway_id)
                & regional.service_id.is_not_distinct_from(own.service_id)
                & (regional.kind == own.kind),
            )
            .outerjoin(regional_head, regional_head.id == regional.head_revision_id)
            .where(
                own.edition_id == edition_row.id,
                own.ended == false(),
                own.service_id.is_(None) | PathwayServiceRow.position.is_not(None),
            )
        )
        if pathway is not None:
            query = query.where(PathwayRow.id == self.pathway_row(pathway).id)
        rows = self.session.execute(
            query.add_columns(PathwayRow.position, PathwayServiceRow.position)
        ).all()
        rows = sorted(
            rows, key=lambda r: (r[-2], -1 if r[-1] is None else r[-1], SectionKind(r[2]).position)
        )
        return [
            OverrideInfo(
                SectionRef.of_row(r[0], r[1], r[2]),
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
