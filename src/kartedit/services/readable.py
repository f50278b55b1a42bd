"""Application services: the read-only ``index.html`` inside bundles, for readers without kartedit.

Rendered from the templates ``documents/review_index.html``, ``response_index.html`` and
``approved_index.html`` with autoescaping: names, quotes and comments are escaped there, and
section texts go in as sanitiser output (``render_markdown``), the only markup let through.
The page's CSP forbids scripts and remote content, so a browser opening it loads nothing
from anywhere. Each page is in the written standard of the round it belongs to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from markupsafe import Markup

from kartedit.domain.bundles import BundleManifest
from kartedit.domain.content import MapContent, SectionRecord
from kartedit.domain.hearing import norwegian_date
from kartedit.domain.review import Comment, Thread, threads
from kartedit.domain.sections import SectionRef
from kartedit.services.fact_context import FactContext, content_context
from kartedit.services.hearing_wording import Wording
from kartedit.services.names import MapNames
from kartedit.services.publish.templates import render
from kartedit.text.markdown_html import render_markdown, shift_headings


@dataclass(frozen=True)
class _Text:
    ref: SectionRef
    revision: str
    html: Markup
    """Sanitiser output: the one piece of markup the page takes as it is."""
    inherited: bool = False
    title: str = ""


@dataclass(frozen=True)
class _Service:
    slug: str
    name: str
    texts: list[_Text] = field(default_factory=list)


@dataclass(frozen=True)
class _Pathway:
    slug: str
    name: str
    services: list[_Service] = field(default_factory=list)


@dataclass(frozen=True)
class _Section:
    ref: SectionRef
    title: str
    threads: list[Thread] = field(default_factory=list)


def _text(
    record: SectionRecord,
    level: int,
    *,
    inherited: bool = False,
    title: str = "",
    facts: FactContext | None = None,
) -> _Text:
    """A section text under its heading at ``level``: the text's own headings placed below it.

    With ``facts``, local-fact placeholders show the edition's values (or a marked chip).
    """
    head = record.revisions[-1]
    rendered = facts.html(head.text, record.ref) if facts else render_markdown(head.text)
    fragment = shift_headings(rendered, level)
    return _Text(record.ref, head.id, Markup(fragment), inherited, title)


def _title(names: MapNames, ref: SectionRef, words: Wording) -> str:
    """«Angst – Fastlege: Rolle», with the kind in the page's written standard («Angst:
    Innledning» for a pathway's own text)."""
    if ref.is_pathway_level:
        return f"{names.pathway(ref.pathway)}: {words.kind(ref.kind)}"
    return f"{names.pathway(ref.pathway)} – {names.service(ref.service)}: {words.kind(ref.kind)}"


def _page(name: str, language: str, title: str, **context: object) -> bytes:
    words = Wording(language)
    return render(
        f"documents/{name}.html", lang=words.language, title=title, wide=False, words=words,
        date=norwegian_date, **context,
    ).encode()  # fmt: skip


def review_index(
    manifest: BundleManifest,
    content: MapContent,
    records: Sequence[SectionRecord],
    language: str = "nb",
) -> bytes:
    """Every text of a review bundle, by pathway and service, in the map's order."""
    names = MapNames.of_content(content)
    facts = content_context(content, manifest.edition.slug)  # the edition's values filled in
    pathways: list[_Pathway] = []
    for record in records:
        ref = record.ref
        if not pathways or pathways[-1].slug != ref.pathway:
            pathways.append(_Pathway(ref.pathway, names.pathway(ref.pathway)))
        services = pathways[-1].services
        if not services or services[-1].slug != ref.service:
            services.append(_Service(ref.service, names.service(ref.service)))
        inherited = record.edition != manifest.edition.slug
        level = 3 if ref.is_pathway_level else 4  # a pathway's own text has no service heading
        services[-1].texts.append(_text(record, level, inherited=inherited, facts=facts))
    title = f"{manifest.round.name} – {manifest.map.name}"
    return _page("review_index", language, title, manifest=manifest, pathways=pathways)


def response_language(manifest: BundleManifest, content: MapContent | None) -> str:
    """A response is written in its review bundle's edition's standard (``map.json`` carries it)."""
    editions = content.editions if content else ()
    return next((e.language for e in editions if e.slug == manifest.edition.slug), "nb")


def response_index(
    manifest: BundleManifest, comments: Sequence[Comment], content: MapContent | None
) -> bytes:
    """A response's comments and suggestions by section, with the passages they quote."""
    names = MapNames.of_content(content)
    language = response_language(manifest, content)
    place = {entry.ref: i for i, entry in enumerate(manifest.sections)}
    ordered = sorted(threads(comments), key=lambda t: place.get(t.anchor.section, len(place)))
    sections: list[_Section] = []
    for thread in ordered:
        if not sections or sections[-1].ref != thread.anchor.section:
            ref = thread.anchor.section
            sections.append(_Section(ref, _title(names, ref, Wording(language))))
        sections[-1].threads.append(thread)
    reviewer = manifest.reviewer
    who = Wording(language)("response_title", who=reviewer.name if reviewer else "")
    return _page(
        "response_index",
        language,
        f"{who} – {manifest.round.name}",
        manifest=manifest,
        sections=sections,
        count=len(comments),
    )


def approved_index(manifest: BundleManifest, content: MapContent, language: str = "nb") -> bytes:
    """The approved texts as one readable page, sanitised like every other rendering."""
    names = MapNames.of_content(content)
    words = Wording(language)
    texts = [_text(r, 2, title=_title(names, r.ref, words)) for r in content.sections]
    title = f"{words('approved_text')} – {manifest.round.name} – {manifest.map.name}"
    return _page("approved_index", language, title, manifest=manifest, texts=texts)
