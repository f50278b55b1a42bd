"""Store layer: hearing rounds — start, list, close, their sections, and what is til høring."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import false, func, select
from sqlalchemy.orm import Session

from kartedit.domain.errors import NotFoundError, UserError
from kartedit.domain.hearing import HearingRound, RoundScope, RoundState
from kartedit.domain.ids import new_id
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.model import RevisionInfo
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionRef, Status
from kartedit.store.hearing_rule import OpenRound, hearing_status, scope_of
from kartedit.store.models import (
    EditionRow,
    PathwayRow,
    PathwayServiceRow,
    RevisionRow,
    RoundRow,
    RoundScopeRow,
    SectionRow,
    ServiceRow,
    StatusChangeRow,
)
from kartedit.store.revisions import revision_info

if TYPE_CHECKING:  # the repository imports this module for HearingLookup
    from kartedit.store.repository import MapRepository

MIN_PREFIX = 4
"""A round may be named by the first characters of its id, as with git commits."""


@dataclass(frozen=True)
class SectionHead:
    """A section's current text in a round's edition, as a bundle sends it out."""

    ref: SectionRef
    edition: str
    """The edition the revision belongs to: the regional one where a local edition inherits."""
    status: Status
    revision: RevisionInfo


class RoundRepository:
    """Hearing rounds of the map a ``MapRepository`` reads, inside its session."""

    def __init__(self, maps: MapRepository) -> None:
        self.maps = maps
        self.session = maps.session

    def add(
        self,
        *,
        name: str,
        edition: str,
        scope: RoundScope,
        deadline: date,
        author: Author,
        created: datetime,
        questions: str = "",
        language: str = "nb",
        names_consent: bool = False,
    ) -> HearingRound:
        self._check_scope(scope)
        self.maps.edition_row(edition)
        candidate = HearingRound(
            new_id(),
            name,
            edition,
            scope,
            deadline,
            author,
            created,
            questions=questions,
            language=language,
            names_consent=names_consent,
        )
        keys = [head.ref for head in self.heads(candidate)]
        if not keys:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "No section with text in «{edition}» matches this scope "
                    "({describe}); nothing would be sent out.",
                ),
                edition=edition,
                describe=scope.describe(),
            )
        for other in self.rounds():
            overlap = [ref for ref in keys if other.is_open and other.scope.covers(ref)]
            if overlap and other.edition == edition:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{count} of these sections (e.g. {overlap}) are already in the "
                        "open round «{round}» ({round_id}). Close that round first, "
                        "or choose another scope.",
                    ),
                    count=len(overlap),
                    overlap=overlap[0],
                    round=other.name,
                    round_id=other.id,
                )
        map_id = self.maps.map_row().id
        number = self.session.scalar(
            select(func.coalesce(func.max(RoundRow.number), 0)).where(RoundRow.map_id == map_id)
        )
        self.session.add(
            RoundRow(
                id=candidate.id,
                map_id=map_id,
                number=(number or 0) + 1,
                name=name,
                edition_id=self.maps.edition_row(edition).id,
                deadline=deadline.isoformat(),
                state=RoundState.OPEN.value,
                started_by_name=author.name,
                started_by_organisation=author.organisation,
                started_at=created,
                questions=questions,
                language=language,
                names_consent=names_consent,
            )
        )
        self.session.flush()
        items = [
            *(("pathway", slug) for slug in scope.pathways),
            *(("service", slug) for slug in scope.services),
            *(("section", ref.key) for ref in scope.sections),
        ]
        self.session.add_all(
            RoundScopeRow(round_id=candidate.id, kind=kind, value=value, position=i)
            for i, (kind, value) in enumerate(items)
        )
        self.session.flush()
        return candidate

    def _check_scope(self, scope: RoundScope) -> None:
        """Every named pathway, service and section must exist, so typos are caught now."""
        for slug in scope.pathways:
            self.maps.pathway_row(slug)
        known = {s.slug for s in self.maps.all_services()}
        for slug in scope.services:
            if slug not in known:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "No service «{slug}» in this map. Known: {known}."),
                    slug=slug,
                    known=", ".join(sorted(known)),
                )
            if scope.pathways and not any(
                slug in {s.slug for s in self.maps.services_of(p)} for p in scope.pathways
            ):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The service «{slug}» takes part in none of the pathways {pathways}.",
                    ),
                    slug=slug,
                    pathways=", ".join(scope.pathways),
                )
        for ref in scope.sections:
            self.maps.ids_of(ref, self.maps.regional_edition().slug)

    def rounds(self) -> list[HearingRound]:
        """Every round of the map, newest first."""
        rows = self.session.execute(
            select(RoundRow, EditionRow.slug)
            .join(EditionRow, EditionRow.id == RoundRow.edition_id)
            .where(RoundRow.map_id == self.maps.map_row().id)
            .order_by(RoundRow.number.desc())
        ).all()
        scopes = _scopes(self.session, [row.id for row, _ in rows])
        return [_round(row, slug, scopes[row.id]) for row, slug in rows]

    def get(self, key: str) -> HearingRound:
        """A round by its id or the first few characters of it."""
        key = key.strip().lower()
        rounds = self.rounds()
        exact = [r for r in rounds if r.id == key]
        if exact:
            return exact[0]
        found = [r for r in rounds if len(key) >= MIN_PREFIX and r.id.startswith(key)]
        if len(found) == 1:
            return found[0]
        if found:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "«{key}» fits {count} rounds; give more of the round's id.",
                ),
                key=key,
                count=len(found),
            )
        if not rounds:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Errors", "No hearing round «{key}» in this map; it has none yet."
                ),
                key=key,
            )
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "No hearing round «{key}» in this map. Rounds: {listed}."),
            key=key,
            listed=", ".join(f"{r.id[:8]} «{r.name}»" for r in rounds[:5]),
        )

    def close(self, key: str, author: Author, at: datetime) -> HearingRound:
        found = self.get(key)
        if not found.is_open:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "The round «{name}» ({round_id}) is already closed."),
                name=found.name,
                round_id=found.id,
            )
        row = self.session.get(RoundRow, found.id)
        assert row is not None
        row.state = RoundState.CLOSED.value
        row.closed_by_name = author.name
        row.closed_by_organisation = author.organisation
        row.closed_at = at
        self.session.flush()
        return self.get(found.id)

    def heads(self, hearing: HearingRound) -> list[SectionHead]:
        """The text every section of the round shows now, in the map's order.

        Two queries: the regional texts of the pathways in scope, and (for a local round)
        the edition's live overrides, which take their place.
        """
        chosen: dict[SectionRef, SectionHead] = {}
        order: list[SectionRef] = []
        query, editions, regional = self._heads_query(hearing, SectionRow, RevisionRow)
        for ref, edition_id, (section, revision) in self._covered(hearing, query):
            head = SectionHead(
                ref, editions[edition_id], Status(section.status), revision_info(revision)
            )
            if ref not in chosen:
                order.append(ref)
                chosen[ref] = head
            elif edition_id != regional:
                chosen[ref] = head  # a local override replaces the regional text
        return [chosen[ref] for ref in _map_order(order)]

    def current_texts(self, hearing: HearingRound) -> dict[SectionRef, tuple[str, str]]:
        """What ``heads`` finds, as section → (revision id, text) only: one light query,
        for placing comments in today's texts."""
        found: dict[SectionRef, tuple[str, str]] = {}
        query, _editions, regional = self._heads_query(hearing, RevisionRow.id, RevisionRow.text)
        for ref, edition_id, (revision_id, text) in self._covered(hearing, query):
            if ref not in found or edition_id != regional:
                found[ref] = (revision_id, text)
        return found

    def _heads_query(self, hearing: HearingRound, *columns: Any) -> tuple[Any, dict[int, str], int]:
        edition = self.maps.edition_row(hearing.edition)
        regional = self.maps.regional_edition()
        editions = {regional.id: regional.slug, edition.id: edition.slug}
        query = (
            select(PathwayRow.slug, ServiceRow.slug, SectionRow.kind, SectionRow.edition_id)
            .add_columns(*columns)
            .select_from(SectionRow)
            .join(RevisionRow, RevisionRow.id == SectionRow.head_revision_id)
            .join(PathwayRow, PathwayRow.id == SectionRow.pathway_id)
            .outerjoin(ServiceRow, ServiceRow.id == SectionRow.service_id)
            .outerjoin(
                PathwayServiceRow,
                (PathwayServiceRow.pathway_id == SectionRow.pathway_id)
                & (PathwayServiceRow.service_id == SectionRow.service_id),
            )
            .where(
                SectionRow.edition_id.in_(editions),
                SectionRow.ended == false(),
                SectionRow.service_id.is_(None) | PathwayServiceRow.position.is_not(None),
            )
            .order_by(
                PathwayRow.position,
                PathwayServiceRow.position.asc().nulls_first(),
                SectionRow.edition_id,
            )
        )
        if hearing.scope.pathways:
            query = query.where(PathwayRow.slug.in_(hearing.scope.pathways))
        return query, editions, regional.id

    def _covered(
        self, hearing: HearingRound, query: Any
    ) -> Iterator[tuple[SectionRef, int, tuple[Any, ...]]]:
        for pathway, service, kind, edition_id, *rest in self.session.execute(query).all():
            ref = SectionRef.of_row(pathway, service, kind)
            if hearing.scope.covers(ref):
                yield ref, edition_id, tuple(rest)


def _map_order(refs: list[SectionRef]) -> list[SectionRef]:
    """Keep the pathway/service order of the query; the six kinds in their fixed order."""
    groups: dict[tuple[str, str], list[SectionRef]] = {}
    for ref in refs:
        groups.setdefault((ref.pathway, ref.service), []).append(ref)
    return [
        ref for group in groups.values() for ref in sorted(group, key=lambda r: r.kind.position)
    ]


def _scopes(session: Session, round_ids: list[str]) -> dict[str, RoundScope]:
    items: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    if round_ids:
        rows = session.scalars(
            select(RoundScopeRow)
            .where(RoundScopeRow.round_id.in_(round_ids))
            .order_by(RoundScopeRow.position)
        ).all()
        for row in rows:
            items[row.round_id][row.kind].append(row.value)
    return {rid: scope_of(items[rid]) for rid in round_ids}


def _round(row: RoundRow, edition: str, scope: RoundScope) -> HearingRound:
    closed_by = (
        Author(row.closed_by_name, row.closed_by_organisation or "") if row.closed_by_name else None
    )
    return HearingRound(
        id=row.id,
        name=row.name,
        edition=edition,
        scope=scope,
        deadline=date.fromisoformat(row.deadline),
        started_by=Author(row.started_by_name, row.started_by_organisation),
        started_at=row.started_at,
        state=RoundState(row.state),
        closed_by=closed_by,
        closed_at=row.closed_at,
        questions=row.questions or "",
        language=row.language or "nb",
        names_consent=bool(row.names_consent),
    )


def open_rounds_key() -> Any:
    """A scalar subquery that changes whenever the set of open rounds does (a round
    started, closed or its edition renamed): a cache of ``open_rounds`` stays valid while
    it is the same. Cheap: the rounds table is small and indexed by state."""
    return (
        select(func.group_concat(RoundRow.id + ":" + EditionRow.slug, ","))
        .join(EditionRow, EditionRow.id == RoundRow.edition_id)
        .where(RoundRow.state == RoundState.OPEN.value)
        .scalar_subquery()
    )


def open_rounds(session: Session, map_id: str) -> list[OpenRound]:
    rows = session.execute(
        select(RoundRow.id, EditionRow.slug, RoundRow.started_at)
        .join(EditionRow, EditionRow.id == RoundRow.edition_id)
        .where(RoundRow.map_id == map_id, RoundRow.state == RoundState.OPEN.value)
    ).all()
    scopes = _scopes(session, [rid for rid, _, _ in rows])
    return [OpenRound(slug, started, scopes[rid]) for rid, slug, started in rows]


def approved_at_query(section_id: Any) -> Any:
    """When a section was last approved (on its own, or as a scalar subquery)."""
    return select(func.max(StatusChangeRow.created)).where(
        StatusChangeRow.section_id == section_id,
        StatusChangeRow.status == Status.APPROVED.value,
    )


class HearingLookup:
    """Which sections open rounds have put *til høring*, for one tree or editor query.

    A section shown in an edition is in a round when the round's scope covers it and the
    round is on that edition — or on the regional edition, where the section shows the
    regional text. It then reports ``IN_HEARING`` unless it was approved after the round
    started (approval is the round's outcome and wins).
    """

    def __init__(self, session: Session, map_id: str, regional: str) -> None:
        self.session = session
        self.regional = regional
        self._open = open_rounds(session, map_id)

    def status(
        self,
        stored: Status,
        ref: SectionRef,
        edition: str,
        *,
        inherited: bool,
        section_id: int | None,
    ) -> Status:
        def approved_at() -> datetime | None:
            if section_id is None:
                return None
            return self.session.scalar(approved_at_query(section_id))

        return hearing_status(
            self._open,
            self.regional,
            stored,
            ref,
            edition,
            inherited=inherited,
            approved_at=approved_at,
        )
