"""Store layer: approved regional texts — which a round approved, and applying them elsewhere."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

from sqlalchemy import false, func, select

from kartedit.domain.errors import NotFoundError, UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionRef, Status
from kartedit.store.models import (
    EditionRow,
    RevisionRow,
    SectionRow,
    StatusChangeRow,
)
from kartedit.store.repository import MapRepository
from kartedit.store.revisions import append_revision, ensure_section, same_service


class Applied(Enum):
    UPDATED = "updated"
    UP_TO_DATE = "already up to date"
    NOT_IN_MAP = "not in this map"


class ApprovedTexts:
    """Approved regional texts of the map a ``MapRepository`` reads, inside its session."""

    def __init__(self, maps: MapRepository) -> None:
        self.maps = maps
        self.session = maps.session

    def approved_since(
        self, refs: list[SectionRef], edition: str, since: datetime
    ) -> set[SectionRef]:
        """Of ``refs``, those the edition holds as approved, approved at or after ``since``."""
        found = set()
        for ref in refs:
            try:
                ids = self.maps.ids_of(ref, edition)
            except NotFoundError:
                continue
            section = self.maps.section_row(ids, ref.kind)
            if section is None or section.status != Status.APPROVED.value:
                continue
            last = self.session.scalar(
                select(func.max(StatusChangeRow.created)).where(
                    StatusChangeRow.section_id == section.id,
                    StatusChangeRow.status == Status.APPROVED.value,
                )
            )
            if last is not None and last >= since:
                found.add(ref)
        return found

    def apply(
        self,
        ref: SectionRef,
        revision_id: str,
        text: str,
        *,
        author: Author,
        created: datetime,
        message: str,
    ) -> Applied:
        """Make ``text`` the regional text of ``ref`` under the bundle's revision id.

        A revision id already here means it was applied (or made here) before; the same
        text under another id changes nothing either. Local overrides are never touched:
        where their base is no longer the regional head, they are stale.
        """
        regional = self.maps.regional_edition()
        try:
            ids = self.maps.ids_of(ref, regional.slug)
        except NotFoundError:
            return Applied.NOT_IN_MAP
        section = self.maps.section_row(ids, ref.kind)
        known = self.session.get(RevisionRow, revision_id)
        if known is not None:
            if section is None or known.section_id != section.id:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The revision {revision_id} of {ref} is already in this "
                        "database, but in another section: the bundle is not consistent "
                        "with this map.",
                    ),
                    revision_id=revision_id[:8],
                    ref=ref,
                )
            if section.head_revision_id == revision_id:
                self._approve(section, author, created)
            return Applied.UP_TO_DATE
        head = self.maps.head_of(section)
        if section is not None and head is not None and head.text == text:
            self._approve(section, author, created)
            return Applied.UP_TO_DATE
        section = ensure_section(self.session, section, ids, ref.kind)
        append_revision(
            self.session,
            section,
            text,
            author,
            created=created,
            message=message,
            base_id=None,
            revision_id=revision_id,
        )
        self._approve(section, author, created)
        return Applied.UPDATED

    def stale_editions(self, ref: SectionRef) -> list[str]:
        """Local editions whose override of ``ref`` is not based on the regional head."""
        regional = self.maps.regional_edition()
        ids = self.maps.ids_of(ref, regional.slug)
        section = self.maps.section_row(ids, ref.kind)
        head = section.head_revision_id if section else None
        rows = self.session.execute(
            select(EditionRow.slug, RevisionRow.base_id)
            .select_from(SectionRow)
            .join(EditionRow, EditionRow.id == SectionRow.edition_id)
            .join(RevisionRow, RevisionRow.id == SectionRow.head_revision_id)
            .where(
                SectionRow.edition_id != regional.id,
                SectionRow.pathway_id == ids.pathway.id,
                same_service(SectionRow.service_id, ids.service_id),
                SectionRow.kind == ref.kind.value,
                SectionRow.ended == false(),
            )
            .order_by(EditionRow.slug)
        ).all()
        return [slug for slug, base in rows if base != head]

    def _approve(self, section: SectionRow, author: Author, created: datetime) -> None:
        if section.status == Status.APPROVED.value:
            return
        section.status = Status.APPROVED.value
        self.session.add(
            StatusChangeRow(
                section_id=section.id,
                status=Status.APPROVED.value,
                author_name=author.name,
                author_organisation=author.organisation,
                created=created,
            )
        )
        self.session.flush()
