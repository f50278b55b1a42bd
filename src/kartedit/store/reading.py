"""Store layer: reading sections — the effective text an edition shows, states and history."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, false, literal, select
from sqlalchemy.orm import aliased

from kartedit.domain.errors import NotFoundError
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.model import (
    REGIONAL,
    EditionKind,
    RevisionInfo,
    SectionState,
    SectionView,
)
from kartedit.domain.people import Author
from kartedit.domain.sections import PATHWAY_LEVEL, SectionKind, SectionRef, Status
from kartedit.store.hearing_rule import OpenRound, hearing_status
from kartedit.store.lookups import MapLookups
from kartedit.store.models import (
    EditionRow,
    PathwayRow,
    PathwayServiceRow,
    RevisionRow,
    SectionRow,
    ServiceRow,
)
from kartedit.store.quick_read import OpenedSection
from kartedit.store.revisions import revision_info
from kartedit.store.rounds import approved_at_query, open_rounds, open_rounds_key


@dataclass
class OpenRoundsCache:
    """The open hearing rounds, kept between clicks while the map's rounds stay the same.

    Opening a section reads a short key of the open rounds in its one query; only when
    the key changed (a round started or closed, here or in another window) are the
    rounds read again.
    """

    key: str | None = None
    rounds: list[OpenRound] = field(default_factory=list)
    loaded: bool = False


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
            .outerjoin(ServiceRow, ServiceRow.id == regional.service_id)
            .outerjoin(
                own,
                (own.edition_id == edition_row.id)
                & (own.edition_id != regional.edition_id)
                & (own.pathway_id == regional.pathway_id)
                & own.service_id.is_not_distinct_from(regional.service_id)
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
            ref = SectionRef(pathway, service or PATHWAY_LEVEL, SectionKind(kind))
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

    def open_section(
        self, ref: SectionRef, edition: str = REGIONAL, rounds: OpenRoundsCache | None = None
    ) -> OpenedSection:
        """A section and its history summaries in two queries (what one tree click costs).

        The first query resolves the slugs, the edition's own row and the regional one with
        their head texts, the last approval and the open rounds' key; the second lists the
        revisions without their texts. A wrong slug falls back to ``section`` for its
        message.
        """
        rounds = rounds if rounds is not None else OpenRoundsCache()
        row = self.session.execute(
            _open_query(pathway_level=ref.is_pathway_level),
            {
                "pathway": ref.pathway,
                "service": ref.service,
                "kind": ref.kind.value,
                "edition": edition,
            },
        ).first()
        if row is None:
            self.section(ref, edition)  # raises the NotFoundError that names the slug
            raise AssertionError(f"{ref} in {edition} was found on the slow path only")
        regional_edition = row.edition_kind == EditionKind.REGIONAL.value
        own_live = row.own_id is not None and not row.own_ended
        regional_id = row.own_id if regional_edition else row.reg_id
        if not rounds.loaded or rounds.key != row.rounds_key:
            rounds.rounds = open_rounds(self.session, self.map_row().id) if row.rounds_key else []
            rounds.key, rounds.loaded = row.rounds_key, True
        if own_live and row.own_head is not None:
            shown_id, status, inherited = row.own_id, row.own_status, False
        else:
            shown_id = regional_id
            status = (row.own_status if regional_edition else row.reg_status) or "draft"
            inherited = not regional_edition
        state = hearing_status(
            rounds.rounds,
            row.regional_slug,
            Status(status),
            ref,
            edition,
            inherited=inherited,
            approved_at=lambda: row.own_approved if shown_id == row.own_id else row.reg_approved,
        )
        if own_live and row.own_head is not None:
            view = SectionView(
                ref,
                edition,
                row.own_text,
                state,
                row.own_head,
                inherited=False,
                base_revision_id=row.own_base,
                stale=not regional_edition
                and row.reg_id is not None
                and row.own_base != row.reg_head,
            )
        else:
            head = row.own_head if regional_edition else row.reg_head
            text = row.own_text if regional_edition else row.reg_text
            view = SectionView(
                ref, edition, text or "", state, head, inherited=not regional_edition
            )
        history_id = row.own_id if own_live else regional_id
        return OpenedSection(view, self.history_summaries(history_id))

    def history_summaries(self, section_id: int | None) -> list[RevisionInfo]:
        """A section's revisions newest first, without their texts (``text`` is empty)."""
        if section_id is None:
            return []
        rows = self.session.execute(
            select(
                RevisionRow.id,
                RevisionRow.seq,
                RevisionRow.author_name,
                RevisionRow.author_organisation,
                RevisionRow.created,
                RevisionRow.message,
                RevisionRow.parent_id,
                RevisionRow.base_id,
            )
            .where(RevisionRow.section_id == section_id)
            .order_by(RevisionRow.seq.desc())
        ).all()
        return [
            RevisionInfo(rid, seq, Author(name, organisation), created, message, parent, base)
            for rid, seq, name, organisation, created, message, parent, base in rows
        ]

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


@cache
def _open_query(*, pathway_level: bool) -> Any:
    """The one query behind ``open_section`` (built once for a service's sections and once
    for a pathway's own texts; the slugs are parameters): no row when a slug is unknown."""
    shown = aliased(EditionRow)
    regional = aliased(EditionRow)
    own = aliased(SectionRow)
    reg = aliased(SectionRow)
    own_head = aliased(RevisionRow)
    reg_head = aliased(RevisionRow)

    def place(section: type[SectionRow], edition_row: type[EditionRow]) -> ColumnElement[bool]:
        return and_(
            section.edition_id == edition_row.id,
            section.pathway_id == PathwayRow.id,
            section.service_id.is_(None) if pathway_level else section.service_id == ServiceRow.id,
            section.kind == bindparam("kind"),
        )

    query = (
        select(
            shown.kind.label("edition_kind"),
            regional.slug.label("regional_slug"),
            own.id.label("own_id"),
            own.status.label("own_status"),
            own.ended.label("own_ended"),
            own.head_revision_id.label("own_head"),
            own_head.text.label("own_text"),
            own_head.base_id.label("own_base"),
            approved_at_query(own.id).scalar_subquery().label("own_approved"),
            reg.id.label("reg_id"),
            reg.status.label("reg_status"),
            reg.head_revision_id.label("reg_head"),
            reg_head.text.label("reg_text"),
            approved_at_query(reg.id).scalar_subquery().label("reg_approved"),
            open_rounds_key().label("rounds_key"),
        )
        .select_from(shown)
        .join(
            PathwayRow,
            (PathwayRow.map_id == shown.map_id) & (PathwayRow.slug == bindparam("pathway")),
        )
    )
    if not pathway_level:
        query = query.join(PathwayServiceRow, PathwayServiceRow.pathway_id == PathwayRow.id).join(
            ServiceRow,
            (ServiceRow.id == PathwayServiceRow.service_id)
            & (ServiceRow.slug == bindparam("service")),
        )
    return (
        query.join(
            regional,
            (regional.map_id == shown.map_id)
            & (regional.kind == literal(EditionKind.REGIONAL.value)),
        )
        .outerjoin(own, place(own, shown))
        .outerjoin(own_head, own_head.id == own.head_revision_id)
        .outerjoin(reg, place(reg, regional))
        .outerjoin(reg_head, reg_head.id == reg.head_revision_id)
        .where(shown.slug == bindparam("edition"))
        .limit(1)
    )
