"""Store layer: local facts — the map's fact kinds and each edition's revisioned values.

Values are append-only like section revisions: setting one adds a row with the next
sequence number for its (kind, edition, service, pathway); the newest row is the value.
Nothing here touches sections, so a fact never makes a section stale.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from kartedit.domain.errors import UserError
from kartedit.domain.facts import PLACEHOLDER, FactKey, FactKind, FactScope, FactType
from kartedit.domain.facts import FactValue as FactValueInfo
from kartedit.domain.ids import new_id
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.model import EditionKind
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionKind, SectionRef
from kartedit.store.lookups import MapLookups, _suggest
from kartedit.store.models import (
    EditionRow,
    FactKindRow,
    FactValueRow,
    PathwayRow,
    RevisionRow,
    SectionRow,
    ServiceRow,
)


def kind_info(row: FactKindRow) -> FactKind:
    return FactKind(row.slug, row.name, FactType(row.type), FactScope(row.scope))


class FactStore(MapLookups):
    """Fact kinds and values of the single map a database holds."""

    # -- kinds ------------------------------------------------------------------------

    def fact_kinds(self) -> list[FactKind]:
        rows = self.session.scalars(
            select(FactKindRow)
            .where(FactKindRow.map_id == self.map_row().id)
            .order_by(FactKindRow.position)
        ).all()
        return [kind_info(row) for row in rows]

    def fact_kind_row(self, slug: str) -> FactKindRow:
        row = self.session.scalars(
            select(FactKindRow).where(
                FactKindRow.map_id == self.map_row().id, FactKindRow.slug == slug
            )
        ).first()
        if row is None:
            raise _suggest(
                QT_TRANSLATE_NOOP("Errors", "No fact kind «{value}» in this map."),
                slug,
                [k.slug for k in self.fact_kinds()],
            )
        return row

    def add_fact_kinds(self, kinds: Iterable[FactKind]) -> list[FactKind]:
        """Add the kinds the map lacks, at the end; known slugs keep their name and type."""
        known = {k.slug for k in self.fact_kinds()}
        position = len(known)
        added = []
        for kind in kinds:
            if kind.slug in known:
                continue
            self.session.add(
                FactKindRow(
                    map_id=self.map_row().id,
                    slug=kind.slug,
                    name=kind.name,
                    type=kind.type.value,
                    scope=kind.scope.value,
                    position=position,
                )
            )
            known.add(kind.slug)
            position += 1
            added.append(kind)
        self.session.flush()
        return added

    # -- values -----------------------------------------------------------------------

    def _local_edition(self, slug: str) -> EditionRow:
        row = self.edition_row(slug)
        if row.kind == EditionKind.REGIONAL.value:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The regional edition has no local facts: each local edition fills in "
                    "its own. Name a local edition.",
                )
            )
        return row

    def _service_id(self, slug: str) -> int:
        found = self.session.scalars(
            select(ServiceRow.id).where(
                ServiceRow.map_id == self.map_row().id, ServiceRow.slug == slug
            )
        ).first()
        if found is None:
            raise _suggest(
                QT_TRANSLATE_NOOP("Errors", "No service «{value}» in this map."),
                slug,
                [s.slug for s in self.all_services()],
            )
        return found

    def fact_values(self, edition: str) -> dict[FactKey, FactValueInfo]:
        """The current value of every fact an edition has filled in (cleared ones left out)."""
        return {
            value.key: value for value in self._newest(self.edition_row(edition).id) if value.value
        }

    def fact_history(self, edition: str, key: FactKey) -> list[FactValueInfo]:
        """Every value a fact has had in an edition, oldest first."""
        edition_row = self.edition_row(edition)
        kind = self.fact_kind_row(key.kind)
        query = self._value_query().where(
            FactValueRow.edition_id == edition_row.id,
            FactValueRow.kind_id == kind.id,
            ServiceRow.slug == key.service,
        )
        rows = self.session.execute(query.order_by(FactValueRow.seq)).all()
        pathway = key.pathway if kind.scope == FactScope.PATHWAY.value else None
        return [self._info(edition_row.slug, row) for row in rows if row[3] == pathway]

    def set_fact_value(
        self,
        edition: str,
        key: FactKey,
        value: str,
        author: Author,
        *,
        created: datetime,
        message: str | None = None,
    ) -> FactValueInfo | None:
        """Append a value; None when it equals the current one (no empty revisions)."""
        edition_row = self._local_edition(edition)
        kind = self.fact_kind_row(key.kind)
        pathway_id = None
        if kind.scope == FactScope.PATHWAY.value:
            if key.pathway is None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "«{name}» has a value per pathway: name the pathway too (--pathway).",
                    ),
                    name=kind.name,
                )
            pathway_id = self.pathway_row(key.pathway).id
        elif key.pathway is not None:
            key = FactKey(key.kind, key.service, None)
        service_id = self._service_id(key.service)
        history = self.fact_history(edition, key)
        if (history[-1].value if history else "") == value:
            return None
        row = FactValueRow(
            id=new_id(),
            kind_id=kind.id,
            edition_id=edition_row.id,
            service_id=service_id,
            pathway_id=pathway_id,
            seq=(history[-1].seq if history else 0) + 1,
            value=value,
            author_name=author.name,
            author_organisation=author.organisation,
            created=created,
            message=message,
        )
        self.session.add(row)
        self.session.flush()
        return FactValueInfo(
            row.id, edition_row.slug, key, row.seq, value, author, created, message
        )

    def import_facts(self, kinds: Iterable[FactKind], values: Iterable[FactValueInfo]) -> int:
        """Merge kinds and value revisions by id (known ones are skipped); how many were new.

        A value revision that is already here is not written again, so importing twice
        changes nothing; new ones follow the edition's own after them.
        """
        self.add_fact_kinds(kinds)
        values = list(values)
        if not values:
            return 0
        known = set(
            self.session.scalars(
                select(FactValueRow.id).where(FactValueRow.id.in_([v.id for v in values]))
            )
        )
        new = 0
        for value in values:
            if value.id in known:
                continue
            edition = self.edition_row(value.edition)
            kind = self.fact_kind_row(value.key.kind)
            service_id = self._service_id(value.key.service)
            pathway_id = self.pathway_row(value.key.pathway).id if value.key.pathway else None
            last = self.session.scalar(
                select(func.max(FactValueRow.seq)).where(
                    FactValueRow.edition_id == edition.id,
                    FactValueRow.kind_id == kind.id,
                    FactValueRow.service_id == service_id,
                    FactValueRow.pathway_id.is_(None)
                    if pathway_id is None
                    else FactValueRow.pathway_id == pathway_id,
                )
            )
            self.session.add(
                FactValueRow(
                    id=value.id,
                    kind_id=kind.id,
                    edition_id=edition.id,
                    service_id=service_id,
                    pathway_id=pathway_id,
                    seq=(last or 0) + 1,
                    value=value.value,
                    author_name=value.author.name,
                    author_organisation=value.author.organisation,
                    created=value.created,
                    message=value.message,
                )
            )
            self.session.flush()
            new += 1
        return new

    def all_fact_values(self) -> list[FactValueInfo]:
        """Every value revision of every edition, for the folder form (oldest first)."""
        query = self._value_query().add_columns(EditionRow.slug)
        query = query.join(EditionRow, EditionRow.id == FactValueRow.edition_id)
        rows = self.session.execute(
            query.order_by(
                EditionRow.id, FactKindRow.position, ServiceRow.position, FactValueRow.seq
            )
        ).all()
        return [self._info(row[-1], row) for row in rows]

    def _value_query(self) -> Any:  # a Select of four columns, more added by callers
        pathway = aliased(PathwayRow)
        return (
            select(
                FactValueRow,
                FactKindRow.slug,
                ServiceRow.slug,
                pathway.slug,
            )
            .join(FactKindRow, FactKindRow.id == FactValueRow.kind_id)
            .join(ServiceRow, ServiceRow.id == FactValueRow.service_id)
            .outerjoin(pathway, pathway.id == FactValueRow.pathway_id)
            .where(FactKindRow.map_id == self.map_row().id)
        )

    def _newest(self, edition_id: int) -> list[FactValueInfo]:
        newest = (
            select(
                FactValueRow.kind_id,
                FactValueRow.service_id,
                func.coalesce(FactValueRow.pathway_id, 0).label("pathway"),
                func.max(FactValueRow.seq).label("seq"),
            )
            .where(FactValueRow.edition_id == edition_id)
            .group_by(
                FactValueRow.kind_id,
                FactValueRow.service_id,
                func.coalesce(FactValueRow.pathway_id, 0),
            )
            .subquery()
        )
        query = self._value_query().join(
            newest,
            (newest.c.kind_id == FactValueRow.kind_id)
            & (newest.c.service_id == FactValueRow.service_id)
            & (newest.c.pathway == func.coalesce(FactValueRow.pathway_id, 0))
            & (newest.c.seq == FactValueRow.seq),
        )
        rows = self.session.execute(
            query.where(FactValueRow.edition_id == edition_id).order_by(
                FactKindRow.position, ServiceRow.position
            )
        ).all()
        slug = self.session.get(EditionRow, edition_id)
        return [self._info(slug.slug if slug else "", row) for row in rows]

    @staticmethod
    def _info(edition: str, row: object) -> FactValueInfo:
        value_row, kind, service, pathway = row[0], row[1], row[2], row[3]  # type: ignore[index]
        return FactValueInfo(
            value_row.id,
            edition,
            FactKey(kind, service, pathway),
            value_row.seq,
            value_row.value,
            Author(value_row.author_name, value_row.author_organisation),
            value_row.created,
            value_row.message,
        )

    # -- references -------------------------------------------------------------------

    def texts_with_placeholders(self, edition: str) -> dict[SectionRef, str]:
        """The text each section shows in an edition, for sections whose text refers to a
        fact: the regional text, or the edition's live override where it has one.

        Only texts that hold ``{{`` are read (a LIKE on the head revisions), so this does
        not load the whole map's text.
        """
        edition_row = self.edition_row(edition)
        regional = self.regional_edition()
        place = (
            select(PathwayRow.slug, ServiceRow.slug, SectionRow.kind)
            .join(PathwayRow, PathwayRow.id == SectionRow.pathway_id)
            .join(ServiceRow, ServiceRow.id == SectionRow.service_id)
        )
        overridden = set()
        if edition_row.id != regional.id:
            rows = self.session.execute(
                place.where(SectionRow.edition_id == edition_row.id, SectionRow.ended.is_(False))
            ).all()
            overridden = {SectionRef(p, s, SectionKind(k)) for p, s, k in rows}
        query = (
            place.add_columns(SectionRow.edition_id, RevisionRow.text)
            .join(RevisionRow, RevisionRow.id == SectionRow.head_revision_id)
            .where(
                SectionRow.edition_id.in_({edition_row.id, regional.id}),
                SectionRow.ended.is_(False),
                RevisionRow.text.contains("{{"),
            )
        )
        shown: dict[SectionRef, str] = {}
        for pathway, service, kind, edition_id, text in self.session.execute(query).all():
            ref = SectionRef(pathway, service, SectionKind(kind))
            if edition_id == edition_row.id or ref not in overridden:
                shown[ref] = text
        return {ref: text for ref, text in shown.items() if PLACEHOLDER.search(text)}
