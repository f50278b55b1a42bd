"""Application services: hand-offs between services, checked in each pathway.

When service A's «Videre henvisning» or «Samarbeid» names service B (by its name, the short
name in brackets, or an alias the map defines), B should be a service of that pathway, and
B's «Samarbeid» or «Kartlegging» should name A back — otherwise the referral points nowhere
or is one-sided. Names are matched in their inflected forms («fastlegen», «BUPs»).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from kartedit.domain.model import PathwayInfo, ServiceInfo
from kartedit.domain.quality import FindingKind, QualityLists, TextMark
from kartedit.domain.sections import SectionKind, SectionRef
from kartedit.text.terms import InflectedMatcher
from kartedit.text.tokens import prose_lines

HANDING_OVER = (SectionKind.REFERRAL, SectionKind.COLLABORATION)
"""The kinds in which a service hands over to, or works with, another."""
ANSWERING = tuple(SectionKind)
"""The kinds in which a service says what it does with what it receives."""

_BRACKETS = re.compile(r"\(([^)]+)\)")


def service_names(service: ServiceInfo, lists: QualityLists) -> list[str]:
    """The names a service is found by: its name with and without the bracketed short name,
    the short name («PPT», «BUP»), and its aliases."""
    names = [service.name]
    short = _BRACKETS.findall(service.name)
    if short:
        names.append(_BRACKETS.sub("", service.name).strip())
        names.extend(s.strip() for s in short)
    names.extend(lists.aliases_of(service.slug))
    return [n for n in names if n.strip()]


@dataclass(frozen=True)
class Mention:
    service: str
    start: int
    end: int
    passage: str


class ServiceFinder:
    """Finds which services a text names, and where."""

    def __init__(self, services: Sequence[ServiceInfo], lists: QualityLists) -> None:
        self._matcher = InflectedMatcher(
            (name, service.slug) for service in services for name in service_names(service, lists)
        )
        self._seen: dict[str, list[Mention]] = {}

    def mentions(self, text: str) -> list[Mention]:
        """Every service a text names, where (cached: each edition reads the regional texts)."""
        cached = self._seen.get(text)
        if cached is None:
            cached = self._seen[text] = self._find(text)
        return cached

    def _find(self, text: str) -> list[Mention]:
        found = []
        for offset, line in prose_lines(text):
            for hit in self._matcher.hits(line):
                found.append(
                    Mention(
                        hit.payload, offset + hit.start, offset + hit.end, line[hit.start : hit.end]
                    )
                )
        return found


@dataclass(frozen=True)
class HandoffFinding:
    ref: SectionRef
    mark: TextMark
    other: SectionRef | None
    other_passage: str


def _first_sentence(text: str) -> str:
    for _, line in prose_lines(text):
        if line.strip():
            return line.strip()[:160]
    return ""


def pathway_handoffs(
    pathway: PathwayInfo,
    texts: Mapping[SectionRef, str],
    finder: ServiceFinder,
    names: Mapping[str, str],
) -> Iterable[HandoffFinding]:
    """The hand-offs of one pathway that point nowhere or are one-sided.

    ``texts`` holds the pathway's sections as the edition shows them; ``names`` is service
    slug → display name, for the explanation.
    """
    in_pathway = {s.slug for s in pathway.services}
    named_by: dict[str, set[str]] = {}
    for ref, text in texts.items():
        if ref.kind in ANSWERING:
            named_by.setdefault(ref.service, set()).update(m.service for m in finder.mentions(text))
    for service in pathway.services:
        for kind in HANDING_OVER:
            ref = SectionRef(pathway.slug, service.slug, kind)
            text = texts.get(ref, "")
            seen: set[str] = set()
            for mention in finder.mentions(text):
                other = mention.service
                if other == service.slug or other in seen:
                    continue
                seen.add(other)
                if other not in in_pathway:
                    yield HandoffFinding(
                        ref,
                        TextMark(
                            FindingKind.HANDOFF_NOWHERE,
                            mention.start,
                            mention.end,
                            mention.passage,
                            (),
                            names.get(other, other),
                        ),
                        None,
                        "",
                    )
                elif kind is SectionKind.REFERRAL and service.slug not in named_by.get(other, ()):
                    answer = SectionRef(pathway.slug, other, SectionKind.COLLABORATION)
                    yield HandoffFinding(
                        ref,
                        TextMark(
                            FindingKind.HANDOFF_ONE_SIDED,
                            mention.start,
                            mention.end,
                            mention.passage,
                            (),
                            names.get(other, other),
                        ),
                        answer,
                        _first_sentence(texts.get(answer, "")),
                    )
