"""Store layer: publications — what an edition publishes (last approved revision of each
section, or the drafts), and the record of every publication with the revisions it held."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    delete,
    false,
    insert,
    select,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from kartedit.domain.ids import new_id
from kartedit.domain.people import Author
from kartedit.domain.publishing import Publication, PublishedRevision, Version
from kartedit.domain.sections import SectionRef, Status
from kartedit.store.models import (
    Base,
    EditionRow,
    PathwayRow,
    RevisionRow,
    SectionRow,
    ServiceRow,
    StatusChangeRow,
    UTCDateTime,
)
from kartedit.store.repository import MapRepository
from kartedit.store.rounds import HearingLookup


class PublicationRow(Base):
    """One publication of an edition: its version, change note, who and when."""

    __tablename__ = "publications"
    __table_args__ = (UniqueConstraint("edition_id", "major", "minor"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    map_id: Mapped[str] = mapped_column(ForeignKey("maps.id"))
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id"))
    major: Mapped[int] = mapped_column(Integer)
    minor: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    drafts: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    author_name: Mapped[str] = mapped_column(Text)
    author_organisation: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[datetime] = mapped_column(UTCDateTime())


class PublicationRevisionRow(Base):
    """A revision a publication holds, by section key."""

    __tablename__ = "publication_revisions"

    publication_id: Mapped[str] = mapped_column(ForeignKey("publications.id"), primary_key=True)
    section_key: Mapped[str] = mapped_column(String(140), primary_key=True)
    revision_id: Mapped[str] = mapped_column(ForeignKey("revisions.id"))
    local: Mapped[bool] = mapped_column(Boolean, default=False)
    approved: Mapped[bool] = mapped_column(Boolean, default=True)


@dataclass(frozen=True)
class _Revision:
    id: str
    text: str
    created: datetime


@dataclass(frozen=True)
class Candidate:
    """What an edition would publish for one section (or why it would publish nothing)."""

    ref: SectionRef
    status: Status
    """The status the edition shows: stored, or *til høring* while an open round covers it."""
    local: bool
    revision_id: str | None
    """The revision to publish: the last approved one, or the head when drafts are included."""
    text: str
    approved: bool
    """True when ``revision_id`` is an approved revision."""
    head_text: str
    """The newest text, approved or not (the pre-publish check reads it)."""


class PublicationStore:
    """Publications of the map a ``MapRepository`` reads, inside its session."""

    def __init__(self, maps: MapRepository) -> None:
        self.maps = maps
        self.session = maps.session

    def set_language(self, edition: str, language: str) -> bool:
        """Set the edition's written standard; False when it already had it."""
        row = self.maps.edition_row(edition)
        if row.language == language:
            return False
        row.language = language
        self.session.flush()
        return True

    def candidates(self, edition: str, *, include_drafts: bool) -> list[Candidate]:
        """Every section of the edition, with the revision a publication would hold.

        Without drafts that is the last approved revision: the head of an approved section,
        or, for a section reopened since, the newest revision saved before its last approval
        — or, where no approval was recorded here (a map imported with approved texts), the
        approved revision an earlier publication of the edition held.
        """
        edition_row = self.maps.edition_row(edition)
        regional = self.maps.regional_edition()
        edition_ids = {regional.id, edition_row.id}
        rows = self.session.execute(
            select(
                SectionRow.id,
                SectionRow.edition_id,
                SectionRow.status,
                SectionRow.ended,
                SectionRow.kind,
                SectionRow.head_revision_id,
                PathwayRow.slug,
                ServiceRow.slug,
            )
            .join(PathwayRow, PathwayRow.id == SectionRow.pathway_id)
            .outerjoin(ServiceRow, ServiceRow.id == SectionRow.service_id)
            .where(SectionRow.edition_id.in_(edition_ids))
        ).all()
        shown: dict[tuple[str, str, str], tuple] = {}
        for row in rows:
            key = (row[6], row[7], row[4])
            is_own = row[1] == edition_row.id and edition_row.id != regional.id
            if is_own and row[3]:
                continue  # an ended override: the edition shows the regional text again
            if is_own or key not in shown:
                shown[key] = (*row, is_own)
        section_ids = [v[0] for v in shown.values()]
        approved_at = self._last_approvals(section_ids)
        revisions = self._revisions(section_ids)
        published = self._published_approved(edition_row.id)
        hearing = HearingLookup(self.session, self.maps.map_row().id, regional.slug)
        found = []
        for (pathway, service, kind), values in shown.items():
            section_id, _, status, _, _, head_id, _, _, is_own = values
            history = revisions.get(section_id, [])
            head = next((r for r in history if r.id == head_id), None)
            approved_rev = None
            if status == Status.APPROVED.value:
                approved_rev = head
            elif section_id in approved_at:
                before = [r for r in history if r.created <= approved_at[section_id]]
                approved_rev = before[-1] if before else None
            ref = SectionRef.of_row(pathway, service, kind)
            if approved_rev is None and ref.key in published:
                wanted = published[ref.key]
                approved_rev = next((r for r in history if r.id == wanted), None)
            chosen = head if include_drafts else approved_rev
            found.append(
                Candidate(
                    ref=ref,
                    status=hearing.status(
                        Status(status),
                        ref,
                        edition,
                        inherited=not is_own and edition_row.id != regional.id,
                        section_id=section_id,
                    ),
                    local=is_own,
                    revision_id=chosen.id if chosen else None,
                    text=chosen.text if chosen else "",
                    approved=chosen is not None
                    and approved_rev is not None
                    and chosen.id == approved_rev.id,
                    head_text=head.text if head else "",
                )
            )
        return found

    def _published_approved(self, edition_id: int) -> dict[str, str]:
        """Section key → the approved revision the edition's latest publication of it held."""
        rows = self.session.execute(
            select(PublicationRevisionRow.section_key, PublicationRevisionRow.revision_id)
            .join(PublicationRow, PublicationRow.id == PublicationRevisionRow.publication_id)
            .where(
                PublicationRow.edition_id == edition_id,
                PublicationRevisionRow.approved == true(),
            )
            .order_by(PublicationRow.created, PublicationRow.major, PublicationRow.minor)
        ).all()
        return dict(rows)

    def _last_approvals(self, section_ids: list[int]) -> dict[int, datetime]:
        last: dict[int, datetime] = {}
        for chunk in _chunks(section_ids):
            for section_id, created in self.session.execute(
                select(StatusChangeRow.section_id, StatusChangeRow.created).where(
                    StatusChangeRow.section_id.in_(chunk),
                    StatusChangeRow.status == Status.APPROVED.value,
                )
            ).all():
                if section_id not in last or created > last[section_id]:
                    last[section_id] = created
        return last

    def _revisions(self, section_ids: list[int]) -> dict[int, list[_Revision]]:
        """Each section's revisions, oldest first (plain rows: nothing here is written)."""
        found: dict[int, list[_Revision]] = defaultdict(list)
        for chunk in _chunks(section_ids):
            for section_id, revision_id, text, created in self.session.execute(
                select(
                    RevisionRow.section_id, RevisionRow.id, RevisionRow.text, RevisionRow.created
                )
                .where(RevisionRow.section_id.in_(chunk))
                .order_by(RevisionRow.section_id, RevisionRow.seq)
            ).all():
                found[section_id].append(_Revision(revision_id, text, created))
        return found

    # -- the record -----------------------------------------------------------------------

    def publications(self, edition: str) -> list[Publication]:
        """The edition's publications, oldest first, each with the revisions it holds."""
        edition_row = self.maps.edition_row(edition)
        rows = self.session.scalars(
            select(PublicationRow)
            .where(PublicationRow.edition_id == edition_row.id)
            .order_by(PublicationRow.created, PublicationRow.major, PublicationRow.minor)
        ).all()
        held: dict[str, list[PublishedRevision]] = defaultdict(list)
        ids = [r.id for r in rows]
        for chunk in _chunks(ids):
            for item in self.session.scalars(
                select(PublicationRevisionRow).where(
                    PublicationRevisionRow.publication_id.in_(chunk)
                )
            ).all():
                held[item.publication_id].append(
                    PublishedRevision(item.section_key, item.revision_id, item.local, item.approved)
                )
        return [
            Publication(
                id=r.id,
                edition=edition,
                version=Version(r.major, r.minor),
                note=r.note,
                drafts=r.drafts,
                author=Author(r.author_name, r.author_organisation),
                created=r.created,
                revisions=tuple(sorted(held[r.id], key=lambda p: p.key)),
            )
            for r in rows
        ]

    def forget(self, publication_id: str) -> None:
        """Take back a publication whose files could not be written."""
        self.session.execute(
            delete(PublicationRevisionRow).where(
                PublicationRevisionRow.publication_id == publication_id
            )
        )
        self.session.execute(delete(PublicationRow).where(PublicationRow.id == publication_id))

    def record(
        self,
        edition: str,
        version: Version,
        *,
        note: str,
        drafts: bool,
        author: Author,
        created: datetime,
        revisions: list[PublishedRevision],
    ) -> Publication:
        edition_row: EditionRow = self.maps.edition_row(edition)
        row = PublicationRow(
            id=new_id(),
            map_id=self.maps.map_row().id,
            edition_id=edition_row.id,
            major=version.major,
            minor=version.minor,
            note=note,
            drafts=drafts,
            author_name=author.name,
            author_organisation=author.organisation,
            created=created,
        )
        self.session.add(row)
        self.session.flush()
        self.session.execute(
            insert(PublicationRevisionRow),
            [
                {
                    "publication_id": row.id,
                    "section_key": p.key,
                    "revision_id": p.revision_id,
                    "local": p.local,
                    "approved": p.approved,
                }
                for p in revisions
            ],
        )
        return Publication(
            row.id,
            edition,
            version,
            note,
            drafts,
            author,
            created,
            tuple(sorted(revisions, key=lambda p: p.key)),
        )


def _chunks(values: list, size: int = 500) -> list[list]:
    return [values[i : i + size] for i in range(0, len(values), size)]
