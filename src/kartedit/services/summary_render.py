"""Application services: the hearing summary rendered — CSV for spreadsheets, HTML to read.

Pure functions of a ``HearingSummary`` (gathered by ``services.summary``), in the round's
written standard (``HearingRound.language``). The HTML comes from the template
``documents/summary.html`` with autoescaping: everything a reviewer wrote is escaped there,
and formulas are defused in the CSV; nothing of it is ever interpreted. Private persons are
named only when the round has their consent (``HearingRound.names_consent``); otherwise the
HTML shows «privatperson». The CSV is the coordinator's working list and keeps every name.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from kartedit.domain.hearing import is_private_person, norwegian_date
from kartedit.domain.responses import HearingComment
from kartedit.domain.review import Reviewer
from kartedit.domain.sections import SectionRef
from kartedit.services.hearing_wording import Wording
from kartedit.services.publish.templates import render
from kartedit.services.summary import HearingSummary, SummarySection

# -- words --------------------------------------------------------------------------------


def _day(moment: datetime | None) -> str:
    return norwegian_date(moment.astimezone().date()) if moment else ""


def _kind(item: HearingComment, words: Wording) -> str:
    return words("kind_reply") if item.is_reply else words(f"kind_{item.kind.value}")


def _place(item: HearingComment, words: Wording) -> str:
    return words(f"place_{item.anchor_status.value}") if item.anchor_status else ""


def shown_reviewer(reviewer: Reviewer, consent: bool, words: Wording) -> Reviewer:
    """Who the summary names: a private person without the round's consent is «privatperson»."""
    if consent or not is_private_person(reviewer.organisation, reviewer.role):
        return reviewer
    return Reviewer(words("private"), "", reviewer.role)


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
"""The columns in bokmål; ``csv_header`` gives them in the round's written standard."""

CSV_HEADER_NN = (
    "seksjon",
    "forløp",
    "teneste",
    "del",
    "id",
    "type",
    "svar på",
    "namn",
    "organisasjon",
    "rolle",
    "dato",
    "sitert tekst",
    "plassering",
    "merknad",
    "føreslått tekst",
    "vedtak",
    "vedteke av",
    "vedtaksdato",
    "grunngjeving",
)


def csv_header(language: str) -> tuple[str, ...]:
    return CSV_HEADER_NN if language == "nn" else CSV_HEADER


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    """Defuse spreadsheet formulas: a cell starting like one is shown as text."""
    return "'" + value if value.startswith(_FORMULA) else value


def _csv_row(section: SummarySection, item: HearingComment, words: Wording) -> list[str]:
    decision = item.decision
    reviewer = item.reviewer
    return [
        _cell(v)
        for v in (
            section.ref.key,
            section.pathway,
            section.service,
            words.kind(section.ref.kind),
            item.id,
            _kind(item, words),
            item.comment.parent or "",
            reviewer.name,
            reviewer.organisation,
            reviewer.role,
            _day(item.comment.created),
            item.quote,
            _place(item, words),
            item.comment.text,
            item.comment.replacement if item.comment.replacement is not None else "",
            "" if item.is_reply else words.state(item.state.value),
            str(decision.by) if decision else "",
            _day(decision.at) if decision else "",
            decision.reason if decision else "",
        )
    ]


def summary_csv(summary: HearingSummary) -> bytes:
    """One row per comment, suggestion and reply; UTF-8 with a BOM so Excel reads ÆØÅ."""
    words = Wording(summary.round.language)
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(csv_header(words.language))
    for section in summary.sections:
        for thread in section.threads:
            writer.writerow(_csv_row(section, thread.root, words))
            for reply in thread.replies:
                writer.writerow(_csv_row(section, reply, words))
    return stream.getvalue().encode("utf-8-sig")


# -- HTML ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Group:
    pathway: str
    service: str
    sections: list[SummarySection] = field(default_factory=list)


def summary_html(
    summary: HearingSummary, filled: Callable[[str, SectionRef], str] | None = None
) -> bytes:
    """A readable page: one table per section with remarks (who, what, decision, reason),
    then the sections nobody remarked on, listed compactly per pathway and service.

    ``filled`` shows a quoted passage as the round's readers saw it (local facts filled in,
    ``FactContext.as_read``); without it a passage is quoted as stored."""
    hearing = summary.round
    words = Wording(hearing.language)
    groups: list[_Group] = []
    untouched: dict[tuple[str, str], list[str]] = {}
    for section in summary.sections:
        where = (section.pathway, section.service)
        if not section.threads:
            untouched.setdefault(where, []).append(words.kind(section.ref.kind))
        elif groups and (groups[-1].pathway, groups[-1].service) == where:
            groups[-1].sections.append(section)
        else:
            groups.append(_Group(*where, [section]))
    consent = hearing.names_consent
    return render(
        "documents/summary.html",
        lang=words.language,
        title=f"{words('summary_title')} – {hearing.name}",
        wide=True,
        words=words,
        round=hearing,
        summary=summary,
        respondents=[str(shown_reviewer(r, consent, words).author) for r in summary.reviewers],
        groups=groups,
        untouched=untouched,
        person=lambda reviewer: shown_reviewer(reviewer, consent, words),
        day=_day,
        date=norwegian_date,
        kind=lambda item: _kind(item, words),
        place=lambda item: _place(item, words),
        passage=filled or (lambda text, _ref: text),
    ).encode("utf-8")
