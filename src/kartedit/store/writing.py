"""Store layer: the write rules of a section — saving a text and changing its status.

Every revision a user action makes goes through ``store.revisions.append_revision``.
"""

from __future__ import annotations

from datetime import datetime

from kartedit.domain.errors import NotFoundError, UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.model import (
    REGIONAL,
    RevisionInfo,
)
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionRef, Status
from kartedit.store.models import (
    StatusChangeRow,
)
from kartedit.store.reading import SectionReading
from kartedit.store.revisions import append_revision, ensure_section


class SectionWriting(SectionReading):
    """Saving a section (creating a local override when needed) and its status."""

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
        ids = self.ids_of(ref, edition)
        section = self.any_section_row(ids, ref.kind)
        regional_ids = self.regional_ids_of(ids)
        regional = section if regional_ids is ids else self.section_row(regional_ids, ref.kind)
        if regional_ids is not ids and regional is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "The section {ref} has no regional text to adapt."),
                ref=ref,
            )
        current = self.section(ref, edition)
        if current.text == text and not keep_unchanged:
            return None
        if current.status.is_read_only and not current.inherited:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The section {ref} is approved and read-only. Reopen it as a draft to edit it.",
                ),
                ref=ref,
            )
        section = ensure_section(self.session, section, ids, ref.kind)
        return append_revision(
            self.session,
            section,
            text,
            author,
            created=created,
            message=message,
            base_id=regional.head_revision_id if regional is not section and regional else None,
        )

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
        ids = self.ids_of(ref, edition)
        section = self.section_row(ids, ref.kind)
        if section is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The section {ref} is inherited from the regional text in "
                    "«{edition}»; change its status in the regional edition, or "
                    "adapt it locally first.",
                ),
                ref=ref,
                edition=edition,
            )
        shown = self.hearing_lookup().status(
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
