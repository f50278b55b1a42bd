"""Application services: local editions — adapt, return, compare, stay in step, deviation."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from kartedit.domain import history
from kartedit.domain.editions import EditionSummary, OverrideInfo
from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP, counted
from kartedit.domain.model import EditionInfo, RevisionInfo
from kartedit.domain.people import Author
from kartedit.domain.sections import EDITION_SLUG, SectionRef, check_slug
from kartedit.services.workspace import Workspace
from kartedit.store.repository import MapRepository
from kartedit.text.diff import Hunk, hunks, is_minor_change, similarity
from kartedit.text.rebase import RebaseResult, ThreeWayRegion, rebase, three_way_regions


@dataclass(frozen=True)
class StaleOverride:
    override: OverrideInfo
    minor: bool
    """The regional change touched only whitespace, punctuation or case."""


@dataclass(frozen=True)
class RebaseOutcome:
    override: OverrideInfo
    result: RebaseResult
    saved: RevisionInfo | None = None


@dataclass(frozen=True)
class Deviation:
    """How far one override strays from the regional text (0 = the same words)."""

    override: OverrideInfo
    kept: float
    """Share of the regional text the local text keeps, ignoring case and punctuation."""

    @property
    def deviation(self) -> float:
        return 1.0 - self.kept


@dataclass(frozen=True)
class ThreeWayPreview:
    """What the three-way view shows for three texts (the old base, the local text, the new
    base): the re-based text with its conflicts, and the base cut into regions. The one
    source for the carry-over and for merging a suggestion by hand."""

    base: str
    local: str
    regional: str

    @cached_property
    def result(self) -> RebaseResult:
        return rebase(self.base, self.local, self.regional)

    @cached_property
    def regions(self) -> list[ThreeWayRegion]:
        return three_way_regions(self.base, self.local, self.regional)


class Editions:
    """The use cases of regional and local editions on one workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    # -- managing editions ---------------------------------------------------------------

    def create(self, slug: str, name: str, organisation: str = "") -> EditionInfo:
        check_slug(slug, EDITION_SLUG)
        with self.workspace.database.transaction() as session:
            return MapRepository(session).create_edition(slug, name, organisation)

    def rename(
        self,
        slug: str,
        *,
        name: str | None = None,
        new_slug: str | None = None,
        organisation: str | None = None,
    ) -> EditionInfo:
        if new_slug is not None:
            check_slug(new_slug, EDITION_SLUG)
        with self.workspace.database.transaction() as session:
            return MapRepository(session).rename_edition(
                slug, name=name, new_slug=new_slug, organisation=organisation
            )

    def delete(self, slug: str, *, confirmed: bool, export_to: Path | None = None) -> int:
        """Delete a local edition. One holding overrides needs ``confirmed``; ``export_to``
        saves the whole map in folder form first, so nothing is lost silently."""
        summary = self.summary(slug)
        if summary.regional:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The regional edition cannot be deleted: every edition builds on it.",
                )
            )
        if summary.overrides and not confirmed and export_to is None:
            raise UserError(
                counted(
                    summary.overrides,
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "«{edition}» holds one local adaptation. Export it first "
                        "(--export FOLDER) or confirm the deletion (--yes).",
                    ),
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "«{edition}» holds {count} local adaptations. Export "
                        "them first (--export FOLDER) or confirm the deletion (--yes).",
                    ),
                    edition=summary.name,
                )
            )
        if export_to is not None:
            from kartedit.services.folders import export_folder

            export_folder(self.workspace, export_to)
        with self.workspace.database.transaction() as session:
            return MapRepository(session).delete_edition(slug)

    def summaries(self) -> list[EditionSummary]:
        return [self.summary(e.slug) for e in self.workspace.editions()]

    def summary(self, slug: str) -> EditionSummary:
        with self.workspace.database.reading() as session:
            repo = MapRepository(session)
            edition = next((e for e in repo.editions() if e.slug == slug), None)
            if edition is None:
                repo.edition_row(slug)  # raises with the list of known editions
                raise AssertionError
            overrides = [] if edition.is_regional else repo.overrides(slug)
        return EditionSummary(
            edition.slug,
            edition.name,
            edition.organisation,
            edition.is_regional,
            len(overrides),
            sum(o.stale for o in overrides),
        )

    # -- adapting ------------------------------------------------------------------------

    def adapt(self, ref: SectionRef, edition: str, author: Author) -> RevisionInfo:
        """Start a local override from the current regional text, remembering its base."""
        with self.workspace.database.transaction() as session:
            repo = MapRepository(session)
            view = repo.section(ref, edition)
            if repo.edition_row(edition).kind == "regional":
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Adapting is for local editions; the regional text is the base.",
                    )
                )
            if not view.inherited:
                raise UserError(
                    QT_TRANSLATE_NOOP("Errors", "{ref} is already adapted locally in «{edition}»."),
                    ref=ref,
                    edition=edition,
                )
            revision = repo.save(
                ref,
                view.text,
                author,
                edition=edition,
                message=history.adapted(),
                created=self.workspace.clock(),
                keep_unchanged=True,
            )
            assert revision is not None
            return revision

    def revert(self, ref: SectionRef, edition: str) -> None:
        """Return to the regional text; the override's history stays in the database."""
        with self.workspace.database.transaction() as session:
            if not MapRepository(session).end_override(ref, edition):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{ref} is not adapted locally in «{edition}»; nothing to return.",
                    ),
                    ref=ref,
                    edition=edition,
                )

    # -- comparing -----------------------------------------------------------------------

    def overrides(self, edition: str, pathway: str | None = None) -> list[OverrideInfo]:
        with self.workspace.database.reading() as session:
            return MapRepository(session).overrides(edition, pathway)

    def override(self, ref: SectionRef, edition: str) -> OverrideInfo:
        found = [o for o in self.overrides(edition, ref.pathway) if o.ref == ref]
        if not found:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "{ref} is not adapted locally in «{edition}»."),
                ref=ref,
                edition=edition,
            )
        return found[0]

    def diff(
        self, edition: str, pathway: str | None = None
    ) -> list[tuple[OverrideInfo, list[Hunk]]]:
        """Regional → local differences of every override in scope."""
        return [(o, hunks(o.regional_text, o.local_text)) for o in self.overrides(edition, pathway)]

    def stale(self, edition: str) -> list[StaleOverride]:
        return [
            StaleOverride(o, is_minor_change(o.base_text, o.regional_text))
            for o in self.overrides(edition)
            if o.stale
        ]

    def deviation(self, edition: str) -> list[Deviation]:
        return [
            Deviation(o, similarity(o.regional_text, o.local_text)) for o in self.overrides(edition)
        ]

    # -- staying in step -----------------------------------------------------------------

    def rebase_preview(self, override: OverrideInfo) -> RebaseResult:
        return self.three_way(override).result

    def three_way(self, override: OverrideInfo) -> ThreeWayPreview:
        """The three-way view of carrying ``override`` over: re-based text and regions."""
        return ThreeWayPreview(override.base_text, override.local_text, override.regional_text)

    def rebase(self, edition: str, *, apply: bool, author: Author | None) -> list[RebaseOutcome]:
        """Carry every stale override onto the new regional text; only clean ones are saved.

        ``author`` writes the saved ones, so it is needed with ``apply`` (a preview has none).
        """
        if apply and author is None:
            raise ValueError("saving re-based texts needs an author")
        stale = [s.override for s in self.stale(edition)]
        if not stale:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Nothing in «{edition}» is stale; every override is up to date.",
                ),
                edition=edition,
            )
        outcomes = []
        for override in stale:
            result = self.rebase_preview(override)
            saved = None
            if author is not None and apply and result.clean:
                saved = self.save_rebased(override, result.text, author)
            outcomes.append(RebaseOutcome(override, result, saved))
        return outcomes

    def save_rebased(self, override: OverrideInfo, text: str, author: Author) -> RevisionInfo:
        """Save a re-based (or three-way resolved) text; the new regional revision becomes
        the override's base, so it is no longer stale."""
        with self.workspace.database.transaction() as session:
            repo = MapRepository(session)
            current = repo.overrides(override.edition, override.ref.pathway)
            now = next((o for o in current if o.ref == override.ref), None)
            if (
                now is None
                or now.local_revision_id != override.local_revision_id
                or (now.regional_revision_id != override.regional_revision_id)
            ):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{ref} changed while you were re-basing it; open it again.",
                    ),
                    ref=override.ref,
                )
            revision = repo.save(
                override.ref,
                text,
                author,
                edition=override.edition,
                message=history.carried_over(),
                created=self.workspace.clock(),
                keep_unchanged=True,
            )
            assert revision is not None
            return revision
