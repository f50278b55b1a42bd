"""Application services: the hearing summary rendered — CSV for spreadsheets, HTML to read.

Pure functions of a ``HearingSummary`` (gathered by ``services.summary``). Everything a
reviewer wrote is escaped (HTML) or defused (CSV formulas); nothing of it is ever
interpreted.
"""

from __future__ import annotations

import csv
import html
import io
from datetime import datetime

from kartedit.domain.hearing import norwegian_date
from kartedit.domain.responses import AnchorStatus, HearingComment, HearingThread
from kartedit.domain.review import CommentKind
from kartedit.services.summary import HearingSummary, SummarySection
from kartedit.text.markdown_html import html_page

# -- words --------------------------------------------------------------------------------

_KIND = {CommentKind.COMMENT: "merknad", CommentKind.SUGGESTION: "forslag"}
_PLACE = {
    AnchorStatus.EXACT: "på plass",
    AnchorStatus.MOVED: "flyttet",
    AnchorStatus.ORPHANED: "ikke funnet i teksten",
}


def _day(moment: datetime | None) -> str:
    return norwegian_date(moment.astimezone().date()) if moment else ""


def _kind(item: HearingComment) -> str:
    return "svar" if item.is_reply else _KIND[item.kind]


# -- CSV ----------------------------------------------------------------------------------

CSV_HEADER = (
    "seksjon",
    "forløp",
    "tjeneste",
    "del",
    "id",
    "type",
    "svar på",
    "navn",
    "organisasjon",
    "rolle",
    "dato",
    "sitert tekst",
    "plassering",
    "merknad",
    "foreslått tekst",
    "vedtak",
    "vedtatt av",
    "vedtaksdato",
    "begrunnelse",
)

_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    """Defuse spreadsheet formulas: a cell starting like one is shown as text."""
    return "'" + value if value.startswith(_FORMULA) else value


def _csv_row(section: SummarySection, item: HearingComment) -> list[str]:
    decision = item.decision
    reviewer = item.reviewer
    return [
        _cell(v)
        for v in (
            section.ref.key,
            section.pathway,
            section.service,
            section.ref.kind.norwegian_title,
            item.id,
            _kind(item),
            item.comment.parent or "",
            reviewer.name,
            reviewer.organisation,
            reviewer.role,
            _day(item.comment.created),
            item.quote,
            _PLACE[item.anchor_status] if item.anchor_status else "",
            item.comment.text,
            item.comment.replacement if item.comment.replacement is not None else "",
            "" if item.is_reply else item.state.norwegian,
            str(decision.by) if decision else "",
            _day(decision.at) if decision else "",
            decision.reason if decision else "",
        )
    ]


def summary_csv(summary: HearingSummary) -> bytes:
    """One row per comment, suggestion and reply; UTF-8 with a BOM so Excel reads ÆØÅ."""
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for section in summary.sections:
        for thread in section.threads:
            writer.writerow(_csv_row(section, thread.root))
            for reply in thread.replies:
                writer.writerow(_csv_row(section, reply))
    return stream.getvalue().encode("utf-8-sig")


# -- HTML ---------------------------------------------------------------------------------

_STYLE = """
body { max-width: 72rem; }
table.summary { table-layout: fixed; }
table.summary .nr { width: 2.5em; }
table.summary .who { width: 20%; }
table.summary .decision { width: 18%; }
table.summary .reason { width: 22%; }
table.summary blockquote { margin: 0.3em 0; }
.decision-accepted { color: #1d6b2a; font-weight: bold; }
.decision-rejected { color: #8a1c1c; font-weight: bold; }
.decision-open { color: #7a5b00; font-weight: bold; }
.muted { color: #555; font-size: 0.92em; }
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _plain(text: str) -> str:
    """Text as written: escaped, line breaks kept, never read as Markdown or HTML."""
    return _e(text).replace("\n", "<br>")


def _who(item: HearingComment) -> str:
    r = item.reviewer
    parts = [f"<strong>{_e(r.name)}</strong>"]
    if r.organisation:
        parts.append(_e(r.organisation))
    if r.role:
        parts.append(f"<em>{_e(r.role)}</em>")
    return "<br>".join(parts) + f'<br><span class="muted">{_day(item.comment.created)}</span>'


def _what(thread: HearingThread) -> str:
    root = thread.root
    out = [f"<strong>{_KIND[root.kind].capitalize()}</strong>"]
    if root.quote:
        place = ""
        if root.anchor_status is not None and root.anchor_status is not AnchorStatus.EXACT:
            place = f' <span class="muted">({_PLACE[root.anchor_status]})</span>'
        out.append(f"<blockquote>«{_plain(root.quote)}»{place}</blockquote>")
    if root.kind is CommentKind.SUGGESTION:
        proposed = root.comment.replacement or ""
        shown = _plain(proposed) if proposed else "<em>(stryk teksten)</em>"
        out.append(f"Foreslått tekst:<blockquote>{shown}</blockquote>")
    if root.comment.text.strip():
        out.append(f"<p>{_plain(root.comment.text)}</p>")
    for reply in thread.replies:
        out.append(
            f'<p class="muted">Svar fra {_e(str(reply.reviewer))}, '
            f"{_day(reply.comment.created)}:</p><p>{_plain(reply.comment.text)}</p>"
        )
    return "\n".join(out)


def _decision(item: HearingComment) -> str:
    css = {"accepted": "accepted", "rejected": "rejected", "open": "open"}.get(
        item.state.value, "resolved"
    )
    out = [f'<span class="decision-{css}">{_e(item.state.norwegian.capitalize())}</span>']
    if item.decision is not None:
        d = item.decision
        out.append(f'<span class="muted">{_e(str(d.by))}, {_day(d.at)}</span>')
        if d.revision:
            out.append(
                f'<span class="muted">Innarbeidet i teksten (revisjon {_e(d.revision[:8])})</span>'
            )
    return "<br>".join(out)


def summary_html(summary: HearingSummary) -> bytes:
    """A readable page: one table per section (who, what, decision, reason)."""
    r = summary.round
    count = len(summary.threads)
    body = [
        f"<style>{_STYLE}</style>",
        f"<h1>Høringsoppsummering: {_e(r.name)}</h1>",
        f"<p>{_e(summary.map.name)} · {_e(summary.edition_name)}. Høringsfrist "
        f"{norwegian_date(r.deadline)}. Startet av {_e(str(r.started_by))} "
        f"{_day(r.started_at)}. {count} merknader og forslag. Laget "
        f"{_day(summary.made_at)}.</p>",
    ]
    if summary.reviewers:
        names = ", ".join(_e(str(r.author)) for r in summary.reviewers)
        body.append(f"<p>Høringssvar fra {len(summary.reviewers)}: {names}.</p>")
    group = None
    untouched: dict[tuple[str, str], list[str]] = {}
    for section in summary.sections:
        if not section.threads:
            where = (section.pathway, section.service)
            untouched.setdefault(where, []).append(section.ref.kind.norwegian_title)
            continue
        if (section.pathway, section.service) != group:
            group = (section.pathway, section.service)
            body.append(f"<h2>{_e(section.pathway)} – {_e(section.service)}</h2>")
        body.append(f"<h3>{_e(section.ref.kind.norwegian_title)}</h3>")
        body.append(f'<p class="muted">{_e(section.ref.key)}</p>')
        body.append(
            '<table class="summary"><thead><tr><th class="nr">Nr.</th><th class="who">Fra</th>'
            '<th>Merknad eller forslag</th><th class="decision">Vedtak</th>'
            '<th class="reason">Begrunnelse</th></tr></thead><tbody>'
        )
        for number, thread in enumerate(section.threads, start=1):
            root = thread.root
            reason = root.decision.reason if root.decision else ""
            body.append(
                f"<tr><td>{number}</td><td>{_who(root)}</td><td>{_what(thread)}</td>"
                f"<td>{_decision(root)}</td><td>{_plain(reason)}</td></tr>"
            )
        body.append("</tbody></table>")
    if untouched:
        body.append("<h2>Tekster uten merknader</h2>\n<ul>")
        body.extend(
            f"<li><strong>{_e(pathway)} – {_e(service)}:</strong> {_e(', '.join(kinds))}</li>"
            for (pathway, service), kinds in untouched.items()
        )
        body.append("</ul>")
    title = f"Høringsoppsummering – {r.name}"
    return html_page(title, "\n".join(body)).encode("utf-8")
