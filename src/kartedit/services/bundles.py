"""Application services: exporting review bundles, and opening and checking any bundle."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from kartedit.bundle.kartbundle import INDEX, Bundle, bundle_problems, content_files, read_bundle
from kartedit.bundle.kartbundle import write_bundle as _write_bundle
from kartedit.bundle.mapfiles import sha256
from kartedit.domain.bundles import BundleKind, BundleManifest, BundleSection, RoundRef
from kartedit.domain.content import MapContent, RevisionRecord, SectionRecord
from kartedit.domain.hearing import HearingRound
from kartedit.domain.ids import new_id
from kartedit.domain.messages import Message
from kartedit.domain.model import EditionInfo, MapInfo, PathwayInfo, ServiceInfo
from kartedit.domain.people import Author
from kartedit.domain.review import Comment, CommentKind
from kartedit.services.facts import bundle_facts
from kartedit.services.readable import review_index
from kartedit.services.rounds import outgoing
from kartedit.services.workspace import Workspace
from kartedit.store.hearing_comments import CommentRepository
from kartedit.store.quality import load_lists
from kartedit.store.repository import MapRepository
from kartedit.store.rounds import SectionHead

__all__ = [
    "Bundle",
    "CommentCounts",
    "comment_counts",
    "export_review_bundle",
    "open_bundle",
    "validate_bundle",
]


def export_review_bundle(
    workspace: Workspace, round_key: str, path: Path, author: Author | None = None
) -> BundleManifest:
    """Write the review bundle of an open round: each section's current text, exactly.

    ``author`` is who made the bundle; without one, the person who started the round.
    """
    with workspace.database.reading() as session:
        maps = MapRepository(session)
        hearing, heads, pathways = outgoing(maps, round_key)
        map_info = maps.map_info()
        editions = [e for e in maps.editions() if e.is_regional or e.slug == hearing.edition]
        all_services = maps.all_services()
        content = _content(map_info, editions, pathways, all_services, heads)
        kinds, values = bundle_facts(
            session,
            hearing.edition,
            {s.slug for s in content.services},
            {p.slug for p in content.pathways},
        )
        quality = load_lists(session)
    content = replace(content, fact_kinds=kinds, fact_values=values, quality=quality)
    edition = next(e for e in editions if e.slug == hearing.edition)
    manifest = round_manifest(
        BundleKind.REVIEW,
        hearing,
        map_info,
        edition,
        heads,
        author or hearing.started_by,
        workspace.clock(),
    )
    payload = content_files(content)
    payload[INDEX] = review_index(manifest, content, content.sections, hearing.language)
    with workspace.database.transaction() as session:
        # What was sent out is what «changed since the hearing» is measured against.
        CommentRepository(session).record_sent(
            hearing.id, ((s.ref, s.revision) for s in manifest.sections), manifest.made_at
        )
    return _write_bundle(path, manifest, payload)


def round_manifest(
    kind: BundleKind,
    hearing: HearingRound,
    map_info: MapInfo,
    edition: EditionInfo,
    heads: list[SectionHead],
    made_by: Author,
    made_at: datetime,
) -> BundleManifest:
    """The manifest of a bundle a round sends out: the exact revision of every section."""
    return BundleManifest(
        kind=kind,
        bundle_id=new_id(),
        map=map_info,
        edition=edition,
        round=RoundRef(hearing.id, hearing.name, hearing.deadline),
        made_by=made_by,
        made_at=made_at,
        sections=tuple(
            BundleSection(h.ref, h.edition, h.revision.id, sha256(h.revision.text.encode("utf-8")))
            for h in heads
        ),
    )


def _content(
    map_info: MapInfo,
    editions: list[EditionInfo],
    pathways: list[tuple[PathwayInfo, list[ServiceInfo]]],
    all_services: list[ServiceInfo],
    heads: list[SectionHead],
) -> MapContent:
    """Only what the round sends: its pathways, their services in scope, one revision each."""
    used = {(h.ref.pathway, h.ref.service) for h in heads}
    pathway_infos = tuple(
        PathwayInfo(p.slug, p.name, tuple(s for s in services if (p.slug, s.slug) in used))
        for p, services in pathways
    )
    service_slugs = {s for _, s in used}
    sections = tuple(
        SectionRecord(
            h.ref,
            h.edition,
            h.status,
            (
                RevisionRecord(
                    h.revision.id,
                    h.revision.author,
                    h.revision.created,
                    h.revision.text,
                    h.revision.message,
                ),
            ),
        )
        for h in heads
    )
    return MapContent(
        map_info,
        tuple(s for s in all_services if s.slug in service_slugs),
        pathway_infos,
        tuple(editions),
        sections,
    )


def open_bundle(path: Path, expect: BundleKind | None = None) -> Bundle:
    """A bundle checked whole (see ``bundle.kartbundle.read_bundle``)."""
    return read_bundle(path, expect)


def validate_bundle(path: Path) -> list[Message]:
    """Every problem with a bundle, one line each; empty when it is sound."""
    return bundle_problems(path)


@dataclass(frozen=True)
class CommentCounts:
    comments: int = 0
    suggestions: int = 0
    replies: int = 0


def comment_counts(comments: tuple[Comment, ...] | list[Comment]) -> CommentCounts:
    replies = sum(1 for c in comments if c.is_reply)
    suggestions = sum(1 for c in comments if c.kind is CommentKind.SUGGESTION)
    return CommentCounts(len(comments) - replies - suggestions, suggestions, replies)
