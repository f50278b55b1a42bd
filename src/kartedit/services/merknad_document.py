"""Application services: the merknadsdokument — a round's hearing summary as a Word document.

Per section with responses, a table with one row per comment or suggestion: who (the
organisation; for someone who answered as a private person, see
``domain.hearing.is_private_person``, their name only when the round has their consent,
otherwise «privatperson»), the remark, the coordinator's assessment
(decision and reason) and what changed in the text (the accepted wording, or no change).
Then the sections nobody commented on, listed compactly, the respondents and the counts.
Written in the round's written standard; the same content as the HTML summary. Quoted
passages and proposed wordings show local facts as the hearing document did: the round's
edition's values, or the marked «[lokal opplysning: …]» wording.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from docx.shared import Cm

from kartedit.bundle.worddoc.writer import WordWriter
from kartedit.domain.hearing import HearingRound, is_private_person, norwegian_date
from kartedit.domain.responses import CommentState, HearingThread
from kartedit.domain.review import CommentKind, Reviewer
from kartedit.domain.sections import SectionRef
from kartedit.services.fact_context import FactContext
from kartedit.services.hearing_wording import Wording
from kartedit.services.summary import HearingSummary, SummarySection

_QUOTE_MAX = 300
_WIDTHS = (Cm(2.8), Cm(7.2), Cm(3.0), Cm(3.0))
_MARKUP = re.compile(r"\*\*|__|[*_`]|^#+\s*", re.MULTILINE)


def _short(text: str, limit: int = _QUOTE_MAX) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _who(reviewer: Reviewer, words: Wording, consent: bool) -> str:
    if not _private(reviewer):
        return reviewer.organisation.strip()
    return reviewer.name if consent else words("private")


def _private(reviewer: Reviewer) -> bool:
    return is_private_person(reviewer.organisation, reviewer.role)


Passage = Callable[[str, SectionRef], str]
"""A passage of a round's texts as its readers saw it (``FactContext.as_read``)."""


def as_read(hearing: HearingRound, facts: FactContext | None) -> Passage:
    """The round's passages as its hearing document showed them, in the round's standard."""
    if facts is None:
        return lambda text, _ref: text
    return replace(facts, language=hearing.language).as_read


def _remark(thread: HearingThread, words: Wording, consent: bool, filled: Passage) -> str:
    root = thread.root
    lines = []
    general = root.comment.text.startswith(words("general_remark", pathway="").split("«")[0])
    if root.quote and not general:
        quote = filled(_MARKUP.sub("", root.quote), root.section)
        lines.append(words("on_passage", quote=_short(quote, 120)))
    if root.comment.text.strip():
        lines.append(root.comment.text.strip())
    if root.kind is CommentKind.SUGGESTION:
        replacement = filled(root.comment.replacement or "", root.section)
        lines.append(
            words("suggests", text=_short(replacement))
            if replacement.strip()
            else words("suggests_delete")
        )
    lines.extend(
        f"{_who(reply.reviewer, words, consent)}: {reply.comment.text.strip()}"
        for reply in thread.replies
    )
    return "\n".join(lines)


def _assessment(thread: HearingThread, words: Wording) -> str:
    root = thread.root
    text = words.state(root.state.value).capitalize()
    if root.decision is not None and root.decision.reason:
        text += f"\n{root.decision.reason}"
    return text


def _change(thread: HearingThread, words: Wording, filled: Passage) -> str:
    root = thread.root
    if root.state is CommentState.ACCEPTED:
        if root.kind is CommentKind.SUGGESTION:
            replacement = filled(root.comment.replacement or "", root.section)
            return words("changed_yes", text=_short(replacement))
        if root.decision is not None and root.decision.revision:
            return words("changed_yes", text=_short(filled(root.quote, root.section)))
    return words("changed_no")


def _section_title(section: SummarySection, words: Wording) -> str:
    return f"{section.place}: {words.kind(section.ref.kind)}"


def summary_docx(summary: HearingSummary, facts: FactContext | None = None) -> bytes:
    """The merknadsdokument of a round, as .docx bytes; ``facts`` are the round's edition's
    (its passages then show values as the hearing document did)."""
    hearing = summary.round
    words = Wording(hearing.language)
    filled = as_read(hearing, facts)
    consent = hearing.names_consent
    title = f"{words('summary')}: {hearing.name}"
    writer = WordWriter(hearing.language, title, str(hearing.started_by), summary.made_at)
    writer.footer(title, words("page"))
    writer.heading(title, 0)
    writer.paragraph(
        words("summary_lead", round=hearing.name, deadline=norwegian_date(hearing.deadline))
    )
    untouched: dict[str, list[str]] = {}
    for section in summary.sections:
        if not section.threads:
            group = section.place
            untouched.setdefault(group, []).append(words.kind(section.ref.kind))
            continue
        writer.heading(_section_title(section, words), 2)
        table = writer.table(len(section.threads) + 1, 4)
        for column, key in enumerate(("who", "the_remark", "assessment", "changed")):
            table.cell(0, column).paragraphs[0].add_run(words(key)).bold = True
        for row, thread in enumerate(section.threads, start=1):
            values = (
                _who(thread.root.reviewer, words, consent),
                _remark(thread, words, consent, filled),
                _assessment(thread, words),
                _change(thread, words, filled),
            )
            for column, value in enumerate(values):
                table.cell(row, column).text = value
        table.autofit = False
        for column, width in enumerate(_WIDTHS):
            table.columns[column].width = width
            for cell in table.columns[column].cells:
                cell.width = width
    if untouched:
        writer.heading(words("untouched"), 1)
        for group, kinds in untouched.items():
            item = writer.paragraph()
            item.style = writer.document.styles["List Bullet"]
            item.add_run(f"{group}: ").bold = True
            item.add_run(", ".join(kinds))
    writer.heading(words("respondents"), 1)
    # One line per organisation, however many of its people answered; one per private person.
    organisations = sorted(
        {_who(r, words, consent) for r in summary.reviewers if not _private(r)}, key=str.casefold
    )
    organisations += sorted(
        (_who(r, words, consent) for r in summary.reviewers if _private(r)), key=str.casefold
    )
    for organisation in organisations:
        writer.paragraph(organisation).style = writer.document.styles["List Bullet"]
    writer.heading(words("counts"), 1)
    roots = [t.root for t in summary.threads]
    writer.paragraph(
        words(
            "count_line",
            sections=words("n_texts", count=len(summary.sections)),
            respondents=words("n_respondents", count=len(organisations)),
            comments=words(
                "n_comments", count=sum(1 for r in roots if r.kind is CommentKind.COMMENT)
            ),
            suggestions=words(
                "n_suggestions", count=sum(1 for r in roots if r.kind is CommentKind.SUGGESTION)
            ),
        )
    )
    return writer.save({})
