"""Application services: the read-only ``index.html`` inside bundles, for readers without kartedit.

Section texts go through the sanitiser (``render_markdown``); everything else a bundle
carries (names, quotes, comments) is escaped. The page's CSP forbids scripts and remote
content, so a browser opening it loads nothing from anywhere.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from kartedit.domain.bundles import BundleManifest
from kartedit.domain.content import MapContent, SectionRecord
from kartedit.domain.hearing import norwegian_date
from kartedit.domain.review import Comment, CommentKind, Thread, threads
from kartedit.domain.sections import SectionRef
from kartedit.services.fact_context import content_context
from kartedit.services.names import MapNames
from kartedit.text.markdown_html import html_page


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _plain(text: str) -> str:
    """A comment as paragraphs: escaped, never interpreted as Markdown or HTML."""
    paragraphs = [p for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "\n".join(f"<p>{_e(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)


def _header(manifest: BundleManifest, heading: str) -> list[str]:
    return [
        f"<h1>{_e(heading)}</h1>",
        f"<p>{_e(manifest.map.name)} · {_e(manifest.edition.name)}. "
        f"Frist for høringssvar: <strong>{norwegian_date(manifest.round.deadline)}</strong>.</p>",
    ]


def review_index(
    manifest: BundleManifest, content: MapContent, records: Sequence[SectionRecord]
) -> bytes:
    """Every text of a review bundle, by pathway and service, in the map's order."""
    names = MapNames.of_content(content)
    facts = content_context(content, manifest.edition.slug)  # the edition's values filled in
    body = _header(manifest, manifest.round.name)
    body.append(
        f"<p>Sendt på høring av {_e(str(manifest.made_by))}, "
        f"{norwegian_date(manifest.made_at.date())}. Denne sida viser tekstene slik de ble "
        "sendt ut. Merknader og forslag gir du i kartedit (åpne .kartbundle-fila).</p>"
    )
    pathway = service = None
    for record in records:
        ref = record.ref
        if ref.pathway != pathway:
            pathway, service = ref.pathway, None
            body.append(f'<h2 id="{_e(ref.pathway)}">{_e(names.pathway(ref.pathway))}</h2>')
        if ref.service != service:
            service = ref.service
            body.append(f"<h3>{_e(names.service(ref.service))}</h3>")
        head = record.revisions[-1]
        inherited = " · regional tekst" if record.edition != manifest.edition.slug else ""
        body.append(f"<h4>{_e(ref.kind.norwegian_title)}</h4>")
        body.append(facts.html(head.text, ref))
        body.append(
            f'<p class="meta"><small>{_e(ref.key)} · revisjon {_e(head.id[:8])}'
            f"{inherited}</small></p>"
        )
    return html_page(f"{manifest.round.name} – {manifest.map.name}", "\n".join(body)).encode()


def _thread_html(thread: Thread) -> list[str]:
    root = thread.root
    anchor = thread.anchor
    what = "Forslag" if root.kind is CommentKind.SUGGESTION else "Merknad"
    out = [f"<blockquote>{_e(anchor.quote)}</blockquote>", f"<p><strong>{what}</strong></p>"]
    if root.kind is CommentKind.SUGGESTION:
        replacement = root.replacement or ""
        shown = _e(replacement) if replacement else "<em>(stryk teksten)</em>"
        out.append(f"<p>Foreslått tekst:</p><blockquote>{shown}</blockquote>")
    out.append(_plain(root.text))
    for reply in thread.replies:
        out.append(f"<p><em>Svar fra {_e(str(reply.reviewer))}:</em></p>")
        out.append(_plain(reply.text))
    out.append("<hr>")
    return out


def response_index(
    manifest: BundleManifest, comments: Sequence[Comment], content: MapContent | None
) -> bytes:
    """A response's comments and suggestions by section, with the passages they quote."""
    names = MapNames.of_content(content)
    reviewer = manifest.reviewer
    body = _header(manifest, f"Høringssvar: {manifest.round.name}")
    body.append(
        f"<p>Fra {_e(str(reviewer))}, {norwegian_date(manifest.made_at.date())}. "
        f"{len(comments)} merknader, forslag og svar.</p>"
    )
    place = {entry.ref: i for i, entry in enumerate(manifest.sections)}
    ordered = sorted(threads(comments), key=lambda t: place.get(t.anchor.section, len(place)))
    section: SectionRef | None = None
    for thread in ordered:
        if thread.anchor.section != section:
            section = thread.anchor.section
            body.append(f"<h2>{_e(names.title(section))}</h2>")
            body.append(f'<p class="meta"><small>{_e(section.key)}</small></p>')
        body.extend(_thread_html(thread))
    if not comments:
        body.append("<p>Ingen merknader.</p>")
    title = f"Høringssvar fra {reviewer.name if reviewer else ''} – {manifest.round.name}"
    return html_page(title, "\n".join(body)).encode()
