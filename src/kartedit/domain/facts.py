"""Domain layer: local facts — kinds, typed values, and the placeholder regional text uses.

A map defines fact *kinds* («Inntaksteam — telefon og telefontid», «Tilvisingsskjema
(lenke)» …), each with a type and a scope; every local edition fills in its own *values*.
Regional text refers to a kind with a placeholder, ``{{lokal:inntaksteam}}``, that reads as
what it is in plain Markdown, survives every export and import, and diffs as one word.
Values are plain text, never markup: whoever shows one escapes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP, Message
from kartedit.domain.people import Author
from kartedit.domain.sections import SLUG_PATTERN

MAX_VALUE_LENGTH = 500
"""A fact is a phone number, an address or a link, not a paragraph."""


class FactType(Enum):
    TEXT = "text"
    PHONE = "phone"
    EMAIL = "email"
    URL = "url"
    HOURS = "hours"

    @classmethod
    def parse(cls, value: str) -> FactType:
        try:
            return cls(value.strip().lower())
        except ValueError:
            known = ", ".join(t.value for t in cls)
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "Unknown fact type «{value}». Known: {known}."),
                value=value,
                known=known,
            ) from None


class FactScope(Enum):
    SERVICE = "service"
    """One value per service, whatever the pathway (an intake team's phone)."""
    PATHWAY = "pathway"
    """One value per service in each pathway (a pathway's own referral form)."""


@dataclass(frozen=True)
class FactKind:
    """A kind of local fact the map's regional text may refer to."""

    slug: str
    name: str
    type: FactType = FactType.TEXT
    scope: FactScope = FactScope.SERVICE

    def __post_init__(self) -> None:
        if not SLUG_PATTERN.fullmatch(self.slug):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "«{slug}» cannot name a fact kind: use a–z, digits and single hyphens.",
                ),
                slug=self.slug,
            )
        if not self.name.strip() or len(self.name) > 300:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The fact kind «{slug}» needs a name (at most 300 characters)."
                ),
                slug=self.slug,
            )


@dataclass(frozen=True)
class FactKey:
    """Where a value belongs: a kind for a service (and a pathway, for pathway-scoped kinds)."""

    kind: str
    service: str
    pathway: str | None = None


@dataclass(frozen=True)
class FactValue:
    """One revision of a local edition's value; the newest is the value."""

    id: str
    edition: str
    key: FactKey
    seq: int
    value: str
    author: Author
    created: datetime
    message: str | None = None


@dataclass(frozen=True)
class FactNeed:
    """A fact an edition's texts refer to, where, and the value it has (None: missing)."""

    key: FactKey
    kind: FactKind
    sections: tuple[str, ...]
    value: str | None

    @property
    def missing(self) -> bool:
        return self.value is None


# -- placeholders ------------------------------------------------------------------------

PLACEHOLDER_PREFIX = "lokal"
PLACEHOLDER = re.compile(r"\{\{\s*lokal\s*:\s*([^{}\n]*?)\s*\}\}")
"""``{{lokal:slug}}``; anything between the braces is captured so a bad slug is reported."""


def placeholder(slug: str) -> str:
    """The Markdown a writer inserts to refer to a fact kind."""
    return "{{" + PLACEHOLDER_PREFIX + ":" + slug + "}}"


def referred_kinds(text: str) -> list[str]:
    """The fact kinds a text refers to, once each, in the order they first appear."""
    seen: dict[str, None] = {}
    for match in PLACEHOLDER.finditer(text):
        seen.setdefault(match.group(1), None)
    return list(seen)


def unknown_placeholders(text: str, known: set[str]) -> list[str]:
    """Placeholders naming no fact kind of the map (a typo, or a kind not yet defined)."""
    return [slug for slug in referred_kinds(text) if slug not in known]


def check_placeholders(text: str, known: set[str], where: str) -> None:
    """Refuse a text whose placeholders name fact kinds the map does not have."""
    unknown = unknown_placeholders(text, known)
    if unknown:
        names = ", ".join(placeholder(slug) for slug in unknown)
        listed: Message | str = ", ".join(sorted(known)) or Message.of(
            QT_TRANSLATE_NOOP("Errors", "none yet")
        )
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{where}: the text refers to local facts that do not exist: {names}. "
                "Insert a fact from the list instead (known: {listed}); nothing was saved.",
            ),
            where=where,
            names=names,
            listed=listed,
        )


def substitute(text: str, replace: Callable[[str], str]) -> str:
    """The text with every placeholder replaced by ``replace(slug)``."""
    return PLACEHOLDER.sub(lambda match: replace(match.group(1)), text)


def key_for(kind: FactKind, service: str, pathway: str) -> FactKey:
    """Where the value a section (``pathway``, ``service``) refers to lives."""
    return FactKey(kind.slug, service, pathway if kind.scope is FactScope.PATHWAY else None)


# -- values ------------------------------------------------------------------------------

_PHONE_PREFIX = re.compile(r"^(\+47|0047)")
_PHONE_SEPARATORS = re.compile(r"[ \u00a0.\-]")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")
_URL = re.compile(r"^https?://[^\s/?#<>\"]+\.[^\s/?#<>\"]+([/?#][^\s<>\"]*)?$", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_TIME = re.compile(
    r"\d{1,2}[.:]\d{2}|\d{1,2}\s*[–-]\s*\d{1,2}\b|\bkl(?:\.|okka|okken)?\s*\d", re.IGNORECASE
)
"""Hours say when: «09.00», «9–11», «kl. 9»."""


def format_phone(digits: str, country: bool) -> str:
    """Eight digits as Norwegians write them: «55 56 78 90», or «400 12 345» for mobiles."""
    if digits[0] in "49":
        grouped = f"{digits[:3]} {digits[3:5]} {digits[5:]}"
    else:
        grouped = " ".join(digits[i : i + 2] for i in range(0, 8, 2))
    return f"+47 {grouped}" if country else grouped


def check_value(kind: FactKind, value: str) -> str:
    """The value as stored (tidied), or a UserError saying what is wrong and how to write it.

    An empty value clears the fact. Values are one line of plain text; markup in them is
    shown as typed, never interpreted.
    """
    text = " ".join(value.split())
    if not text:
        return ""
    if len(text) > MAX_VALUE_LENGTH:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "«{name}» is too long ({length} characters); a fact holds at most "
                "{most}. Put longer explanations in the section text.",
            ),
            name=kind.name,
            length=len(text),
            most=MAX_VALUE_LENGTH,
        )
    if _CONTROL.search(text):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "«{name}» contains control characters; type it as plain text."
            ),
            name=kind.name,
        )
    if kind.type is FactType.PHONE:
        prefix = _PHONE_PREFIX.match(text)
        digits = _PHONE_SEPARATORS.sub("", text[prefix.end() :] if prefix else text)
        if not (digits.isascii() and digits.isdigit() and len(digits) == 8):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "«{value}» is not a Norwegian phone number: write 8 digits, optionally "
                    "with +47 first and spaces between, e.g. «55 56 78 90» or «+47 400 12 345».",
                ),
                value=text,
            )
        return format_phone(digits, prefix is not None)
    if kind.type is FactType.EMAIL:
        if not _EMAIL.match(text):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "«{value}» is not an e-mail address: write it as name@domain.no, "
                    "without spaces.",
                ),
                value=text,
            )
        return text
    if kind.type is FactType.URL:
        if not _URL.match(text):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "«{value}» is not a web address: write it in full, starting with https:// "
                    "(e.g. https://www.bergen.kommune.no/skjema).",
                ),
                value=text,
            )
        return text
    if kind.type is FactType.HOURS and not _TIME.search(text):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "«{value}» does not say when: write days and times, "
                "e.g. «hverdager kl. 09.00–11.00».",
            ),
            value=text,
        )
    return text


# -- proposals ---------------------------------------------------------------------------

_CONTACT_DETAILS = re.compile(
    r"(\+47)?\s?\b\d{2}\s?\d{2}\s?\d{2}\s?\d{2}\b"  # a phone number
    r"|\b\d{3}\s\d{2}\s\d{3}\b"  # a mobile number
    r"|[\w.+\-]+@[\w\-]+\.[\w.\-]+"  # an e-mail address
    r"|https?://\S+"  # a link
    r"|\bkl\.?\s*\d{1,2}[.:]\d{2}",  # hours
    re.IGNORECASE,
)
_CONTACT_WORDS = re.compile(
    r"\binntaksteam|\bkontakt(?:person|informasjon|opplysning)|^\s*kontakt\s*:"
    r"|\btelefontid|\btelefonnummer|\btlf\.",
    re.IGNORECASE | re.MULTILINE,
)
_CONTACT_LINE_MAX = 160
"""A line longer than this that only names the intake team is prose about how the
service works, not a contact line."""


def looks_like_contact_information(passage: str) -> bool:
    """Phone numbers, hours, e-mail, links, or a short «inntaksteam»/«kontakt» line: local
    facts. A long paragraph that mentions the intake team describes practice instead."""
    if _CONTACT_DETAILS.search(passage):
        return True
    return bool(_CONTACT_WORDS.search(passage)) and all(
        len(line.strip()) <= _CONTACT_LINE_MAX for line in passage.splitlines()
    )


# -- the generated words, in the edition's written standard --------------------------------

_CHIP_WORDS = {
    ("nb", False): "lokal opplysning: {name}",
    ("nn", False): "lokal opplysning: {name}",
    ("nb", True): "lokal opplysning mangler: {name}",
    ("nn", True): "lokal opplysning manglar: {name}",
}


@dataclass(frozen=True)
class FactShown:
    """What a placeholder shows a reader: the edition's value, or the marked wording (a chip)."""

    text: str
    chip: bool = False


def chip_label(name: str, language: str = "nb", *, missing: bool = False) -> str:
    """What a reader sees in place of a value: the regional edition's «lokal opplysning:
    Inntaksteam», or a local edition's «… mangler»/«… manglar» (nb/nn)."""
    words = _CHIP_WORDS.get((language, missing), _CHIP_WORDS[("nb", missing)])
    return words.format(name=name)


_DAYS = (
    r"(?:hverdager|kvardagar|virkedager|vyrkedagar|alle dager|mandag|måndag|tirsdag|tysdag|"
    r"onsdag|torsdag|fredag|lørdag|laurdag|søndag|sundag)"
)
_EXTRACT: tuple[tuple[FactType, re.Pattern[str]], ...] = (
    (FactType.PHONE, re.compile(r"(?:\+47\s?)?\b(?:\d{2}\s?){3}\d{2}\b|\b\d{3}\s\d{2}\s\d{3}\b")),
    (FactType.EMAIL, re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}")),
    (FactType.URL, re.compile(r"https?://[^\s<>()\"*]+[^\s<>()\"*.,;:]")),
    (
        FactType.HOURS,
        re.compile(
            rf"(?:{_DAYS}(?:\s*[–-]\s*{_DAYS})?\s+)?(?:kl\.?|klokka|klokken)\s*\d{{1,2}}[.:]\d{{2}}"
            r"(?:\s*[–-]\s*\d{1,2}[.:]\d{2})?",
            re.IGNORECASE,
        ),
    ),
)


def extract_fact(passage: str) -> tuple[FactType, str]:
    """The most specific piece of contact information in a passage, and its type: a phone
    number before an e-mail address, a link, or hours; else the passage as plain text."""
    for fact_type, pattern in _EXTRACT:
        found = pattern.search(passage)
        if found:
            return fact_type, found.group(0).strip()
    return FactType.TEXT, plain_passage(passage)


def plain_passage(passage: str) -> str:
    """A Markdown passage as one line of plain text, short enough for a fact."""
    return " ".join(re.sub(r"[*_`#>\[\]]", "", passage).split())[:MAX_VALUE_LENGTH]
