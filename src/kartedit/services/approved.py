"""Application services: the approved bundle — export a round's approved regional texts, and
apply them to another copy of the map (a municipality's database).

Applying adds each text as a regional revision under the bundle's own revision id, so
applying twice changes nothing; local overrides keep their text and go stale where their
regional base moved on, to be re-based as usual.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kartedit.bundle.kartbundle import INDEX, content_files, read_bundle, write_bundle
from kartedit.domain import history
from kartedit.domain.bundles import BundleKind, BundleManifest
from kartedit.domain.content import MapContent, RevisionRecord, SectionRecord
from kartedit.domain.errors import UserError
from kartedit.domain.facts import FactKind
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.model import PathwayInfo
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionRef, Status
from kartedit.services.bundles import round_manifest
from kartedit.services.readable import approved_index
from kartedit.services.workspace import Workspace
from kartedit.store.approved import Applied, ApprovedTexts
from kartedit.store.facts import FactStore
from kartedit.store.repository import MapRepository
from kartedit.store.rounds import RoundRepository, SectionHead

__all__ = [
    "Applied",
    "AppliedSection",
    "ApplyReport",
    "ApprovedExport",
    "apply_approved_bundle",
    "export_approved_bundle",
    "preview_approved_bundle",
]


@dataclass(frozen=True)
class ApprovedExport:
    manifest: BundleManifest
    left_out: tuple[tuple[SectionRef, Status], ...] = ()
    """Sections of the round not approved (since the round started), with their status."""


@dataclass(frozen=True)
class AppliedSection:
    ref: SectionRef
    outcome: Applied
    revision_id: str
    stale: tuple[str, ...] = ()
    """Updated sections: the local editions whose override of it is now stale."""


@dataclass(frozen=True)
class ApplyReport:
    manifest: BundleManifest
    sections: tuple[AppliedSection, ...]
    added_fact_kinds: tuple[FactKind, ...] = ()
    """Fact kinds the map did not have yet (values are never carried: they stay local)."""

    @property
    def updated(self) -> list[AppliedSection]:
        return [s for s in self.sections if s.outcome is Applied.UPDATED]


def export_approved_bundle(
    workspace: Workspace, round_key: str, path: Path, author: Author | None = None
) -> ApprovedExport:
    """Write the regional texts a round approved: one revision per section, the current one.

    Only sections approved since the round started go in; the others are listed. A round on
    a local edition has no regional texts to publish and is refused.
    """
    with workspace.database.reading() as session:
        maps = MapRepository(session)
        rounds = RoundRepository(maps)
        hearing = rounds.get(round_key)
        editions = {e.slug: e for e in maps.editions()}
        regional = next(e for e in editions.values() if e.is_regional)
        if hearing.edition != regional.slug:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The round «{round}» is on the local edition «{edition}»; "
                    "an approved bundle carries regional texts only.",
                ),
                round=hearing.name,
                edition=hearing.edition,
            )
        heads = rounds.heads(hearing)
        approved = ApprovedTexts(maps).approved_since(
            [h.ref for h in heads], hearing.edition, hearing.started_at
        )
        chosen = [h for h in heads if h.ref in approved]
        left_out = tuple(
            (h.ref, maps.section(h.ref, hearing.edition).status)
            for h in heads
            if h.ref not in approved
        )
        map_info = maps.map_info()
        pathways = [(p, maps.services_of(p.slug)) for p in maps.pathways()]
        services = maps.all_services()
        kinds = tuple(FactStore(session).fact_kinds())  # kinds travel; values stay local
    if not chosen:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Nothing in the round «{round}» is approved yet; approve "
                "sections first (kartedit round approve).",
            ),
            round=hearing.name,
        )
    used = {(h.ref.pathway, h.ref.service) for h in chosen}
    content = MapContent(
        map_info,
        tuple(s for s in services if any(s.slug == service for _, service in used)),
        tuple(
            PathwayInfo(p.slug, p.name, tuple(s for s in ss if (p.slug, s.slug) in used))
            for p, ss in pathways
            if any(p.slug == pathway for pathway, _ in used)
        ),
        (regional,),
        tuple(_record(h) for h in chosen),
        kinds,
    )
    manifest = round_manifest(
        BundleKind.APPROVED,
        hearing,
        map_info,
        regional,
        chosen,
        author or hearing.started_by,
        workspace.clock(),
    )
    payload = content_files(content)
    payload[INDEX] = approved_index(manifest, content, hearing.language)
    return ApprovedExport(write_bundle(path, manifest, payload), left_out)


def _record(head: SectionHead) -> SectionRecord:
    r = head.revision
    return SectionRecord(
        head.ref,
        head.edition,
        Status.APPROVED,
        (RevisionRecord(r.id, r.author, r.created, r.text, r.message),),
    )


def apply_approved_bundle(workspace: Workspace, path: Path) -> ApplyReport:
    """Check an approved bundle whole, then add its texts as regional revisions, in one go."""
    return _apply(workspace, path, dry_run=False)


def preview_approved_bundle(workspace: Workspace, path: Path) -> ApplyReport:
    """What applying the bundle would change (updated, up to date, stale overrides), unwritten.

    The apply itself runs in a transaction that is rolled back, so the preview and the real
    apply can never disagree.
    """
    return _apply(workspace, path, dry_run=True)


class _PreviewRollbackError(Exception):
    """Rolls back a dry run's transaction, carrying its report out."""

    def __init__(self, report: ApplyReport) -> None:
        super().__init__("preview")
        self.report = report


def _apply(workspace: Workspace, path: Path, *, dry_run: bool) -> ApplyReport:
    bundle = read_bundle(path, BundleKind.APPROVED)
    manifest = bundle.manifest
    assert bundle.content is not None
    texts = {(s.edition, s.ref): s.revisions[-1] for s in bundle.content.sections}
    message = history.approved(manifest.round.name, manifest.bundle_id)
    results = []
    try:
        with workspace.database.transaction() as session:
            maps = MapRepository(session)
            ours = maps.map_info()
            if ours.id != manifest.map.id:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{path}: this approved bundle is for another map («{theirs}»); "
                        "this database holds «{ours}». Nothing was changed.",
                    ),
                    path=path,
                    theirs=manifest.map.name,
                    ours=ours.name,
                )
            store = ApprovedTexts(maps)
            added = FactStore(session).add_fact_kinds(bundle.content.fact_kinds)
            for entry in manifest.sections:
                revision = texts[(entry.edition, entry.ref)]
                outcome = store.apply(
                    entry.ref,
                    revision.id,
                    revision.text,
                    author=manifest.made_by,
                    created=manifest.made_at,
                    message=message,
                )
                stale = store.stale_editions(entry.ref) if outcome is Applied.UPDATED else []
                results.append(AppliedSection(entry.ref, outcome, revision.id, tuple(stale)))
            if dry_run:
                raise _PreviewRollbackError(ApplyReport(manifest, tuple(results), tuple(added)))
    except _PreviewRollbackError as preview:
        return preview.report
    return ApplyReport(manifest, tuple(results), tuple(added))
