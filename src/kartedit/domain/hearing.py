"""Domain layer: hearing rounds (høringsrunder) — their scope, deadline and state."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP, Message
from kartedit.domain.people import Author
from kartedit.domain.publishing import check_written_standard
from kartedit.domain.sections import PATHWAY_SLUG, SERVICE_SLUG, SectionRef, check_slug

ROUND_NAME_MAX = 300
QUESTIONS_MAX = 20_000
LANGUAGES = ("nb", "nn")
"""Written standards of generated documents: bokmål (default) and nynorsk."""
STANDARD_NAMES = {
    "nb": Message.of(QT_TRANSLATE_NOOP("Terms", "bokmål")),
    "nn": Message.of(QT_TRANSLATE_NOOP("Terms", "nynorsk")),
}
"""The written standards as a sentence names them («the round's documents are in nynorsk»),
not by their codes."""


class RoundState(Enum):
    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True)
class RoundScope:
    """Which sections a round sends out: a filter, each empty list meaning «all».

    A section is in scope when its pathway is listed (or none are), its service is listed
    (or none are) and its key is listed (or none are): ``--pathway angst --service bup``
    means BUP's six sections in the anxiety pathway.
    """

    pathways: tuple[str, ...] = ()
    services: tuple[str, ...] = ()
    sections: tuple[SectionRef, ...] = ()

    def __post_init__(self) -> None:
        for slug in self.pathways:
            check_slug(slug, PATHWAY_SLUG)
        for slug in self.services:
            check_slug(slug, SERVICE_SLUG)
        for twice, values in (
            (
                QT_TRANSLATE_NOOP("Errors", "The round's scope names the same pathway twice."),
                self.pathways,
            ),
            (
                QT_TRANSLATE_NOOP("Errors", "The round's scope names the same service twice."),
                self.services,
            ),
            (
                QT_TRANSLATE_NOOP("Errors", "The round's scope names the same section twice."),
                [s.key for s in self.sections],
            ),
        ):
            if len(set(values)) != len(values):
                raise UserError(twice)

    def covers(self, ref: SectionRef) -> bool:
        return (
            (not self.pathways or ref.pathway in self.pathways)
            and (not self.services or ref.service in self.services)
            and (not self.sections or ref in self.sections)
        )

    @property
    def is_everything(self) -> bool:
        return not (self.pathways or self.services or self.sections)

    def describe(self) -> Message:
        """Short summary for lists: ``pathways angst, depresjon; services bup``."""
        if self.is_everything:
            return Message.of(QT_TRANSLATE_NOOP("Hearing", "all sections"))
        parts = []
        if self.pathways:
            parts.append(
                Message.of(
                    QT_TRANSLATE_NOOP("Hearing", "pathways {slugs}"), slugs=", ".join(self.pathways)
                )
            )
        if self.services:
            parts.append(
                Message.of(
                    QT_TRANSLATE_NOOP("Hearing", "services {slugs}"), slugs=", ".join(self.services)
                )
            )
        if self.sections:
            parts.append(
                Message.of(
                    QT_TRANSLATE_NOOP("Hearing", "sections {keys}"),
                    keys=", ".join(s.key for s in self.sections),
                )
            )
        described = parts[0]
        for part in parts[1:]:
            described = Message.of(
                QT_TRANSLATE_NOOP("Hearing", "{first}; {then}"), first=described, then=part
            )
        return described


@dataclass(frozen=True)
class HearingRound:
    id: str
    name: str
    edition: str
    scope: RoundScope
    deadline: date
    started_by: Author
    started_at: datetime
    state: RoundState = RoundState.OPEN
    closed_by: Author | None = None
    closed_at: datetime | None = None
    questions: str = ""
    """What the coordinator wants the participants to answer (Markdown; may be empty)."""
    language: str = "nb"
    """The written standard of the round's generated documents (see ``LANGUAGES``)."""
    names_consent: bool = False
    """Whether private persons who answer agreed to be named: only then does the hearing
    summary (HTML and merknadsdokument) print their names (see ``is_private_person``)."""

    def __post_init__(self) -> None:
        check_round_name(self.name)
        check_questions(self.questions)
        check_language(self.language)

    @property
    def is_open(self) -> bool:
        return self.state is RoundState.OPEN


PRIVATE_WORDS: frozenset[str] = frozenset(
    {
        "privat", "privatperson", "privatpersoner", "privatpersonar", "privat person",
        "forelder", "foreldre", "pårørende", "pårørande", "innbygger", "innbyggjar",
    }
)  # fmt: skip
"""What the response form's «organisation» or «role» says when someone answers for themselves."""


def is_private_person(organisation: str, role: str) -> bool:
    """Whether a reviewer answered as a private person, not on behalf of an organisation.

    From the response form (or a response bundle's reviewer): the organisation is left empty,
    or the organisation or the role is one of ``PRIVATE_WORDS`` («privatperson», «forelder»,
    «pårørande» …). Anyone naming a real organisation answers on its behalf.
    """
    named = organisation.strip().casefold()
    return not named or named in PRIVATE_WORDS or role.strip().casefold() in PRIVATE_WORDS


def check_round_name(name: str) -> str:
    if not name.strip():
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "A hearing round needs a name, e.g. «Høring angst 2027».")
        )
    if len(name) > ROUND_NAME_MAX:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The round's name is too long (at most {limit} characters).",
            ),
            limit=ROUND_NAME_MAX,
        )
    return name


def check_questions(questions: str) -> str:
    if len(questions) > QUESTIONS_MAX:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "The round's questions are too long (at most {limit} characters)."
            ),
            limit=QUESTIONS_MAX,
        )
    return questions


def check_language(language: str) -> str:
    """The written standard of a round's documents: one of ``LANGUAGES``, else a refusal."""
    return check_written_standard(language)


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_deadline(value: str) -> date:
    """The command line's ``YYYY-MM-DD``; anything else gets a message saying the form."""
    text = value.strip()
    try:
        if not _DATE.fullmatch(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "«{value}» is not a date: write the deadline as YYYY-MM-DD, e.g. 2027-01-15.",
            ),
            value=value,
        ) from None


def norwegian_date(day: date) -> str:
    """15.01.2027, as Norwegian readers write dates."""
    return day.strftime("%d.%m.%Y")
