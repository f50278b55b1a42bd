"""Domain layer: text quality — the kinds of finding, findings, and a map's own word list,
term list and service aliases (what the checker uses and the folder form carries)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.sections import SectionRef

LONG_SENTENCE_WORDS = 25
"""A sentence of more than this many words is marked as long (plain language)."""

STANDARDS = ("nb", "nn")


class Severity(Enum):
    ERROR = "error"
    WARNING = "warning"


class FindingKind(Enum):
    """What a finding is about; each has its own underline in the editor."""

    SPELLING = "spelling"
    STANDARD = "standard"
    """A word of the other written standard (nynorsk in a bokmål text, or the reverse)."""
    TERM = "term"
    """A variant the map's term list discourages."""
    HANDOFF_NOWHERE = "handoff_nowhere"
    """A referral or collaboration names a service that is not in the pathway."""
    HANDOFF_ONE_SIDED = "handoff_one_sided"
    """A names B, but B's texts never name A back."""
    LONG_SENTENCE = "long_sentence"

    @property
    def severity(self) -> Severity:
        return Severity.ERROR if self in _ERRORS else Severity.WARNING

    @property
    def in_text(self) -> bool:
        """Found in one text alone (and so underlined while typing)."""
        return self in _IN_TEXT


_ERRORS = frozenset({FindingKind.TERM, FindingKind.HANDOFF_NOWHERE})
_IN_TEXT = frozenset(
    {FindingKind.SPELLING, FindingKind.STANDARD, FindingKind.TERM, FindingKind.LONG_SENTENCE}
)


@dataclass(frozen=True)
class TextMark:
    """A finding inside one text: where (offsets into the Markdown), what and what instead."""

    kind: FindingKind
    start: int
    end: int
    passage: str
    suggestions: tuple[str, ...] = ()
    detail: str = ""
    """A short reason: the term list's reason, the other standard, a word count."""


@dataclass(frozen=True)
class Finding:
    """One line of the report: a mark in a section of an edition, with what it relates to."""

    edition: str
    ref: SectionRef
    mark: TextMark
    other: SectionRef | None = None
    """For hand-offs: the section on the other side (or None when it points nowhere)."""
    other_passage: str = ""

    @property
    def kind(self) -> FindingKind:
        return self.mark.kind

    @property
    def severity(self) -> Severity:
        return self.mark.kind.severity


def check_standard(value: str) -> str:
    if value not in STANDARDS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "Unknown written standard «{value}»: use «nb» (bokmål) or «nn» (nynorsk)."
            ),
            value=value,
        )
    return value


@dataclass(frozen=True)
class Term:
    """A preferred term per written standard and the variants the map discourages."""

    preferred_nb: str
    preferred_nn: str
    discouraged: tuple[str, ...]
    reason: str = ""

    def __post_init__(self) -> None:
        if not (self.preferred_nb.strip() or self.preferred_nn.strip()):
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "A term needs a preferred word in bokmål or nynorsk.")
            )
        if not [v for v in self.discouraged if v.strip()]:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "A term needs at least one discouraged variant.")
            )

    def preferred(self, standard: str) -> str:
        chosen = self.preferred_nn if standard == "nn" else self.preferred_nb
        return chosen or self.preferred_nb or self.preferred_nn


@dataclass(frozen=True)
class QualityLists:
    """A map's own lists: accepted words, terms, and other names of each service."""

    words: tuple[str, ...] = ()
    terms: tuple[Term, ...] = ()
    aliases: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())
    """(service slug, its aliases), in service order."""

    def aliases_of(self, service: str) -> tuple[str, ...]:
        for slug, names in self.aliases:
            if slug == service:
                return names
        return ()

    @property
    def empty(self) -> bool:
        return not (self.words or self.terms or self.aliases)
