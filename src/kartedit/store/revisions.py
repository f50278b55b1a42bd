"""Store layer: the one way a revision is written — sequence number, head and search index.

``append_revision`` is used by every action that adds a revision (save, restore,
re-base, applying approved texts, accepting suggestions); the bulk import writes many
at once with ``last_seqs`` and ``record_heads``, the same numbering and index rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, bindparam, func, select, update
from sqlalchemy.orm import Session

from kartedit.domain.ids import new_id
from kartedit.domain.model import RevisionInfo
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionKind, Status
from kartedit.store import sqlite
from kartedit.store.models import (
    Base,
    EditionRow,
    PathwayRow,
    RevisionRow,
    SectionRow,
    ServiceRow,
)


def revision_info(row: RevisionRow) -> RevisionInfo:
    """The domain value of a revision row."""
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


@dataclass(frozen=True)
class SectionIds:
    """The rows that place a section: its edition, pathway and service (None: the pathway's own)."""

    edition: EditionRow
    pathway: PathwayRow
    service: ServiceRow | None

    @property
    def service_id(self) -> int | None:
        return None if self.service is None else self.service.id


def same_service(column: Any, service_id: int | None) -> ColumnElement[bool]:
    """``column`` names this service, or no service for a pathway-level text (IS NULL)."""
    return column.is_(None) if service_id is None else column == service_id


def ensure_section(
    session: Session, existing: SectionRow | None, ids: SectionIds, kind: SectionKind
) -> SectionRow:
    """The section row to write to: ``existing``, or a new draft section at ``ids``."""
    if existing is not None:
        return existing
    section = SectionRow(
        edition_id=ids.edition.id,
        pathway_id=ids.pathway.id,
        service_id=ids.service_id,
        kind=kind.value,
        status=Status.DRAFT.value,
    )
    session.add(section)
    session.flush()
    return section


def last_seqs(session: Session, section_id: int | None = None) -> dict[int, int]:
    """The highest revision number of each section (of one section when given)."""
    query = select(RevisionRow.section_id, func.max(RevisionRow.seq)).group_by(
        RevisionRow.section_id
    )
    if section_id is not None:
        query = query.where(RevisionRow.section_id == section_id)
    return {row[0]: row[1] for row in session.execute(query).all()}


def append_revision(
    session: Session,
    section: SectionRow,
    text: str,
    author: Author,
    *,
    created: datetime,
    message: str | None,
    base_id: str | None,
    revision_id: str | None = None,
) -> RevisionInfo:
    """Add a revision on top of the section's head, make it the head and index its text.

    ``revision_id`` keeps an id made elsewhere (an approved bundle's revision); a new
    id is made otherwise. The section stops being an ended override.
    """
    section.ended = False
    row = RevisionRow(
        id=revision_id or new_id(),
        section_id=section.id,
        seq=last_seqs(session, section.id).get(section.id, 0) + 1,
        text=text,
        author_name=author.name,
        author_organisation=author.organisation,
        created=created,
        message=message or None,
        parent_id=section.head_revision_id,
        base_id=base_id,
    )
    session.add(row)
    session.flush()
    section.head_revision_id = row.id
    session.flush()
    sqlite.fts_replace(session.connection(), section.id, text)
    return revision_info(row)


def record_heads(session: Session, heads: dict[int, str], texts: dict[int, str]) -> None:
    """Bulk variant of the last step of ``append_revision``: set heads, index texts.

    ``texts`` holds only sections whose text is shown (an ended override is not indexed).
    """
    sections = Base.metadata.tables[SectionRow.__tablename__]
    session.connection().execute(
        update(sections)
        .where(sections.c.id == bindparam("sid"))
        .values(head_revision_id=bindparam("head")),
        [{"sid": sid, "head": head} for sid, head in heads.items()],
    )
    sqlite.fts_replace_many(session.connection(), sorted(texts.items()))
