"""Application services: the published map as plain values — pages, service blocks, sections
and the changes since the previous publication — gathered once and handed to every writer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from kartedit.domain.model import EditionInfo, PathwayInfo, ServiceInfo
from kartedit.domain.publishing import Publication, Version, Words, no_earlier_version
from kartedit.domain.sections import PATHWAY_KINDS, SERVICE_KINDS, SectionKind, SectionRef, Status
from kartedit.services.fact_context import FactContext
from kartedit.services.publish.check import internal_targets, mark_internal_links
from kartedit.store.publications import Candidate
from kartedit.text.markdown_html import plain_words, render_markdown

_INGRESS_MAX = 160


@dataclass(frozen=True)
class PageSection:
    """One published section text on a page; ``html`` is sanitised, its headings unshifted."""

    ref: SectionRef
    title: str
    text: str
    html: str
    local: bool
    approved: bool
    status: Status
    changed_at: datetime
    anchor: str
    """Its id on a page, in the written standard (``fastlege-henvisning``)."""
    lead: str = ""
    """An introduction's first paragraph as plain words (facts filled in): the index shows it."""
    language: str = ""
    """The text's written standard where it is not the page's — a regional text in bokmål
    inherited into a nynorsk edition is «nb» — so a screen reader reads it as written
    (``lang`` on the text); empty where the text is in the page's standard."""


@dataclass(frozen=True)
class ServiceBlock:
    """A service's six kinds in one pathway («Kven gjer kva»), those that are published."""

    pathway: PathwayInfo
    service: ServiceInfo
    sections: tuple[PageSection, ...]

    @property
    def last_changed(self) -> datetime | None:
        return max((s.changed_at for s in self.sections), default=None)

    @property
    def has_local(self) -> bool:
        return any(s.local for s in self.sections)

    @property
    def has_draft(self) -> bool:
        return any(not s.approved for s in self.sections)


@dataclass(frozen=True)
class PathwayPage:
    pathway: PathwayInfo
    blocks: tuple[ServiceBlock, ...]
    texts: tuple[PageSection, ...] = ()
    """The pathway's own texts (introduction, for families) that open the page."""

    @property
    def last_changed(self) -> datetime | None:
        return max(
            [
                *(b.last_changed for b in self.blocks if b.last_changed),
                *(t.changed_at for t in self.texts),
            ],
            default=None,
        )

    @property
    def ingress(self) -> str:
        """The introduction's first paragraph as plain words, cut at about 160 characters:
        what the index shows under the pathway's name («» without an introduction)."""
        intro = next((t for t in self.texts if t.ref.kind is SectionKind.INTRODUCTION), None)
        words = intro.lead if intro else ""
        if len(words) <= _INGRESS_MAX:
            return words
        return words[: words.rfind(" ", 0, _INGRESS_MAX)].rstrip(",.;:") + " …"


@dataclass(frozen=True)
class ServiceInPathway:
    block: ServiceBlock
    partners: tuple[ServiceInfo, ...]
    """The other services of the pathway: who this service works with there."""


@dataclass(frozen=True)
class ServicePage:
    service: ServiceInfo
    entries: tuple[ServiceInPathway, ...]

    @property
    def last_changed(self) -> datetime | None:
        return max(
            (e.block.last_changed for e in self.entries if e.block.last_changed), default=None
        )


@dataclass(frozen=True)
class Change:
    """A section whose published text differs from the previous publication."""

    ref: SectionRef
    pathway: PathwayInfo
    service: ServiceInfo | None
    """None for a pathway's own text."""
    title: str
    what: str
    """«added», «changed» or «removed»."""
    anchor: str


@dataclass(frozen=True)
class PublishedMap:
    map_name: str
    edition: EditionInfo
    words: Words
    publication: Publication
    previous: Version | None
    """The version «what changed» compares with: the previous one, or the one asked for."""
    pathways: tuple[PathwayPage, ...]
    services: tuple[ServicePage, ...]
    changes: tuple[Change, ...] = field(default=())
    history: tuple[Publication, ...] = field(default=())
    """Every publication of the edition up to this one, oldest first."""

    @property
    def drafts(self) -> bool:
        return self.publication.drafts

    @property
    def last_changed(self) -> datetime | None:
        return max((p.last_changed for p in self.pathways if p.last_changed), default=None)


def changed_at(history: list[Publication]) -> dict[str, datetime]:
    """For each section of the newest publication: when its published text last changed.

    That is the moment of the earliest publication in the unbroken run, ending with the
    newest, that held the same revision.
    """
    if not history:
        return {}
    newest = history[-1]
    held = [{p.key: p.revision_id for p in pub.revisions} for pub in history]
    found: dict[str, datetime] = {}
    for item in newest.revisions:
        moment = newest.created
        for index in range(len(history) - 2, -1, -1):
            if held[index].get(item.key) != item.revision_id:
                break
            moment = history[index].created
        found[item.key] = moment
    return found


def changes_between(
    previous: Publication | None,
    current: Publication,
    pathways: dict[str, PathwayInfo],
    services: dict[str, ServiceInfo],
    words: Words,
) -> tuple[Change, ...]:
    if previous is None:
        return ()
    before = {p.key: p.revision_id for p in previous.revisions}
    after = {p.key: p.revision_id for p in current.revisions}
    found = []
    for key in sorted(before.keys() | after.keys()):
        if before.get(key) == after.get(key):
            continue
        what = "added" if key not in before else "removed" if key not in after else "changed"
        ref = SectionRef.parse(key)
        if ref.pathway not in pathways or not (ref.is_pathway_level or ref.service in services):
            continue
        found.append(
            Change(
                ref,
                pathways[ref.pathway],
                None if ref.is_pathway_level else services[ref.service],
                words.kind(ref.kind),
                what,
                words.anchor(ref.service, ref.kind),
            )
        )
    pathway_order = list(pathways)
    service_order = list(services)
    found.sort(
        key=lambda c: (
            pathway_order.index(c.ref.pathway),
            -1 if c.ref.is_pathway_level else service_order.index(c.ref.service),
            c.ref.kind.position,
        )
    )
    return tuple(found)


def gather(
    *,
    map_name: str,
    edition: EditionInfo,
    structure: list[PathwayInfo],
    all_services: list[ServiceInfo],
    candidates: list[Candidate],
    history: list[Publication],
    render: bool = True,
    progress: Callable[[int, int], None] | None = None,
    since: Version | None = None,
    facts: FactContext | None = None,
    regional_language: str | None = None,
) -> PublishedMap:
    """The published map of ``history[-1]`` (the publication being written); ``facts``
    fills in the edition's local facts (escaped, never read as Markdown). A text inherited
    from the regional edition is marked as written in ``regional_language`` when that is
    not the edition's.

    ``progress(done, total)`` is called after each pathway; it may raise to stop.
    """
    words = Words(edition.language)
    publication = history[-1]
    earlier = history[:-1]
    if since is not None:
        previous = next((p for p in earlier if p.version == since), None)
        if previous is None:
            raise no_earlier_version(since, earlier)
    else:
        previous = earlier[-1] if earlier else None
    dates = changed_at(history)
    internal = internal_targets(structure)
    held = {p.key for p in publication.revisions}
    by_key = {c.ref.key: c for c in candidates if c.ref.key in held}
    pages = []
    blocks_of_service: dict[str, list[ServiceInPathway]] = {s.slug: [] for s in all_services}
    inherited_language = "" if regional_language in (None, edition.language) else regional_language

    def section(ref: SectionRef) -> PageSection | None:
        candidate = by_key.get(ref.key)
        if candidate is None or not candidate.text.strip():
            return None

        def html_of(text: str) -> str:
            if facts is not None and "{{" in text:
                return facts.html(text, candidate.ref)
            return render_markdown(text)

        text = mark_internal_links(candidate.text, internal)
        lead = ""
        if render and ref.kind is SectionKind.INTRODUCTION:
            blocks = (b for b in candidate.text.split("\n\n") if b.strip())
            lead = plain_words(html_of(next((b for b in blocks if not b.startswith("#")), "")))
        return PageSection(
            ref=candidate.ref,
            title=words.kind(ref.kind),
            text=candidate.text,
            html=html_of(text) if render else "",
            lead=lead,
            local=candidate.local,
            approved=candidate.approved,
            status=candidate.status,
            changed_at=dates.get(candidate.ref.key, publication.created),
            anchor=words.anchor(ref.service, ref.kind),
            language=inherited_language if not candidate.local else "",
        )

    for pathway in structure:
        texts = [section(SectionRef.of_pathway(pathway.slug, kind)) for kind in PATHWAY_KINDS]
        blocks = []
        for service in pathway.services:
            sections = [
                section(SectionRef(pathway.slug, service.slug, kind)) for kind in SERVICE_KINDS
            ]
            blocks.append(ServiceBlock(pathway, service, tuple(s for s in sections if s)))
        pages.append(PathwayPage(pathway, tuple(blocks), tuple(t for t in texts if t)))
        if progress is not None:
            progress(len(pages), len(structure) + 1)
        for block in blocks:
            partners = tuple(s for s in pathway.services if s.slug != block.service.slug)
            blocks_of_service.setdefault(block.service.slug, []).append(
                ServiceInPathway(block, partners)
            )
    service_pages = tuple(
        ServicePage(s, tuple(blocks_of_service[s.slug]))
        for s in all_services
        if blocks_of_service.get(s.slug)
    )
    return PublishedMap(
        map_name=map_name,
        edition=edition,
        words=words,
        publication=publication,
        previous=previous.version if previous else None,
        pathways=tuple(pages),
        services=service_pages,
        changes=changes_between(
            previous,
            publication,
            {p.slug: p for p in structure},
            {s.slug: s for s in all_services},
            words,
        ),
        history=tuple(history),
    )
