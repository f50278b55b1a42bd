"""Application services: the check before publishing — what would embarrass the publisher:
empty sections, placeholders left in the text, links that point nowhere or are malformed,
and sections that are not approved."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from urllib.parse import urlsplit

from kartedit.domain.facts import referred_kinds
from kartedit.domain.messages import QT_TRANSLATE_NOOP, Message
from kartedit.domain.model import PathwayInfo
from kartedit.domain.sections import (
    PATHWAY_KINDS,
    PATHWAY_LEVEL,
    SERVICE_KINDS,
    SectionRef,
    Status,
)
from kartedit.services.fact_context import FactContext
from kartedit.store.publications import Candidate


class Problem(Enum):
    EMPTY = "empty"
    PLACEHOLDER = "placeholder"
    LINK_NOWHERE = "link-nowhere"
    LINK_MALFORMED = "link-malformed"
    NOT_APPROVED = "not-approved"
    MISSING_FACT = "missing-fact"


@dataclass(frozen=True)
class Finding:
    ref: SectionRef
    problem: Problem
    detail: str

    def describe(self) -> Message:
        """The finding as a sentence for a reader: «angst/bup/role: the section is empty»."""
        if self.problem is Problem.NOT_APPROVED:
            source = _NOT_APPROVED.get(self.detail, _WHAT[Problem.NOT_APPROVED])
        else:
            source = _WHAT[self.problem]
        return Message.of(
            QT_TRANSLATE_NOOP("Publishing", "{section}: {problem}"),
            section=self.ref.key,
            problem=Message.of(source, detail=self.detail),
        )


_WHAT = {
    Problem.EMPTY: QT_TRANSLATE_NOOP("Publishing", "the section is empty"),
    Problem.PLACEHOLDER: QT_TRANSLATE_NOOP(
        "Publishing", "placeholder left in the text: «{detail}»"
    ),
    Problem.LINK_NOWHERE: QT_TRANSLATE_NOOP(
        "Publishing", "the link «{detail}» points nowhere in this map"
    ),
    Problem.LINK_MALFORMED: QT_TRANSLATE_NOOP("Publishing", "the link «{detail}» is malformed"),
    Problem.NOT_APPROVED: QT_TRANSLATE_NOOP("Publishing", "not approved ({detail})"),
    Problem.MISSING_FACT: QT_TRANSLATE_NOOP("Publishing", "the local fact «{detail}» has no value"),
}
_NOT_APPROVED = {
    Status.DRAFT.value: QT_TRANSLATE_NOOP("Publishing", "not approved (draft)"),
    Status.IN_HEARING.value: QT_TRANSLATE_NOOP("Publishing", "not approved (in hearing)"),
}


PLACEHOLDERS = re.compile(
    r"\((?:link|lenke|lenkje)\)|\bTODO\b|\bXXX*\b|\[(?:…|\.\.\.)\]|\bFIXME\b", re.IGNORECASE
)
"""«(link)», «TODO», «XX», «[…]»: words a writer leaves to fill in later."""

_LINK = re.compile(r"(?<!!)\[(?P<label>[^\]]*)\]\((?P<target>[^)]*)\)")
_AUTOLINK = re.compile(r"<(?P<target>[a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]*)>")
_HOST = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d{1,5})?$", re.I)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.I)


def links(text: str) -> list[str]:
    """Every link target written in a Markdown text (title and angle brackets removed)."""
    found = []
    for match in _LINK.finditer(text):
        target = match.group("target").strip()
        if target.startswith("<") and ">" in target:
            target = target[1 : target.index(">")]
        else:
            target = re.sub(r"\s+([\"'(]).*$", "", target)
        found.append(target)
    found.extend(m.group("target") for m in _AUTOLINK.finditer(text))
    return found


def link_problem(target: str, internal: set[str]) -> Problem | None:
    """Whether a link target is fine, points nowhere (internal) or is malformed."""
    if not target or any(c.isspace() for c in target):
        return Problem.LINK_MALFORMED
    parts = urlsplit(target)
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        return None if _HOST.match(parts.netloc.split("@")[-1]) else Problem.LINK_MALFORMED
    if scheme == "mailto":
        return None if _EMAIL.match(parts.path) else Problem.LINK_MALFORMED
    if scheme:
        return Problem.LINK_MALFORMED  # javascript:, file:, ftp: … never published
    wanted = target.lstrip("#/").removesuffix("/")
    return None if wanted in internal else Problem.LINK_NOWHERE


INTERNAL = "https://kart.invalid/"
"""Where an internal link points while its text passes the sanitiser (which refuses relative
links); each writer turns it into a link to the page or section in its own form."""


def mark_internal_links(text: str, internal: set[str]) -> str:
    """Markdown with every working internal link (``angst/bup``) pointed at ``INTERNAL``."""

    def replace(match: re.Match[str]) -> str:
        target = match.group("target").strip()
        if not target or urlsplit(target).scheme or link_problem(target, internal) is not None:
            return match.group(0)
        wanted = target.lstrip("#/").removesuffix("/")
        return f"[{match.group('label')}]({INTERNAL}{wanted})"

    return _LINK.sub(replace, text)


def internal_targets(structure: list[PathwayInfo]) -> set[str]:
    """What a text may link to inside the map: a pathway, its own texts, a pathway's service,
    a section."""
    found = set()
    for pathway in structure:
        found.add(pathway.slug)
        found.update(f"{pathway.slug}/{kind.value}" for kind in PATHWAY_KINDS)
        for service in pathway.services:
            found.add(f"{pathway.slug}/{service.slug}")
            found.update(f"{pathway.slug}/{service.slug}/{kind.value}" for kind in SERVICE_KINDS)
    return found


def check(
    candidates: list[Candidate],
    structure: list[PathwayInfo],
    facts: FactContext | None = None,
) -> list[Finding]:
    """Findings in map order: pathway, service, kind. With ``facts`` of a local edition,
    local facts the texts refer to without a value are findings too."""
    internal = internal_targets(structure)
    order = {
        (p.slug, s.slug): (i, j) for i, p in enumerate(structure) for j, s in enumerate(p.services)
    } | {(p.slug, PATHWAY_LEVEL): (i, -1) for i, p in enumerate(structure)}
    findings: list[Finding] = []
    for candidate in sorted(
        candidates,
        key=lambda c: (order.get((c.ref.pathway, c.ref.service), (999, 999)), c.ref.kind.position),
    ):
        ref = candidate.ref
        text = candidate.text if candidate.revision_id else candidate.head_text
        if not candidate.head_text.strip():
            findings.append(Finding(ref, Problem.EMPTY, ""))
            continue
        for match in PLACEHOLDERS.finditer(text):
            findings.append(Finding(ref, Problem.PLACEHOLDER, match.group(0)))
        if facts is not None and not facts.regional:
            for slug in referred_kinds(text):
                if facts.value_for(slug, ref) is None:
                    kind = facts.kinds.get(slug)
                    findings.append(Finding(ref, Problem.MISSING_FACT, kind.name if kind else slug))
        for target in links(text):
            problem = link_problem(target, internal)
            if problem is not None:
                findings.append(Finding(ref, problem, target))
        if not candidate.approved or candidate.status is not Status.APPROVED:
            findings.append(Finding(ref, Problem.NOT_APPROVED, candidate.status.value))
    return findings
