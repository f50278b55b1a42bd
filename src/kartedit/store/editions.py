"""Store layer: creating, renaming and deleting editions."""

from __future__ import annotations

from sqlalchemy import delete, select, update

from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.model import (
    EditionInfo,
    EditionKind,
)
from kartedit.store import sqlite
from kartedit.store.lookups import MapLookups
from kartedit.store.models import (
    EditionRow,
    FactValueRow,
    RevisionRow,
    RoundRow,
    SectionRow,
    StatusChangeRow,
)


class EditionAdmin(MapLookups):
    """Editions of the map: a local one is created, renamed or deleted here."""

    def create_edition(self, slug: str, name: str, organisation: str) -> EditionInfo:
        if any(e.slug == slug for e in self.editions()):
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "An edition «{slug}» already exists."), slug=slug
            )
        if not name.strip():
            raise UserError(QT_TRANSLATE_NOOP("Errors", "A local edition needs a name."))
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
                raise UserError(
                    QT_TRANSLATE_NOOP("Errors", "The regional edition keeps its slug «regional».")
                )
            if any(e.slug == new_slug for e in self.editions()):
                raise UserError(
                    QT_TRANSLATE_NOOP("Errors", "An edition «{new_slug}» already exists."),
                    new_slug=new_slug,
                )
            row.slug = new_slug
        if name is not None:
            if not name.strip():
                raise UserError(QT_TRANSLATE_NOOP("Errors", "An edition needs a name."))
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
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The regional edition cannot be deleted: every edition builds on it.",
                )
            )
        if self.session.scalars(select(RoundRow.id).where(RoundRow.edition_id == row.id)).first():
            # Its rounds, their responses and decisions refer to its texts: keep the record.
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "«{edition}» has had hearing rounds, whose comments and "
                    "decisions refer to its texts; it cannot be deleted.",
                ),
                edition=row.name,
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
        # Its local facts go with it (exported with the map first when asked).
        self.session.execute(delete(FactValueRow).where(FactValueRow.edition_id == row.id))
        self.session.delete(row)
        self.session.flush()
        return len(section_ids)
