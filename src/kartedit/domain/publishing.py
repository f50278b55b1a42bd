"""Domain layer: publication versions, published-section records and the words a published map
uses in each written standard (bokmål «nb», nynorsk «nn»)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionKind

WRITTEN_STANDARDS: tuple[str, ...] = ("nb", "nn")

_VERSION = re.compile(r"^(\d{1,4})\.(\d{1,4})$")


@dataclass(frozen=True, order=True)
class Version:
    """A publication's number, major.minor: 1.0, 1.1, 2.0 …"""

    major: int
    minor: int

    @classmethod
    def parse(cls, value: str) -> Version:
        found = _VERSION.match(value.strip())
        if found is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "«{value}» is not a version number: write it as MAJOR.MINOR, e.g. 1.2.",
                ),
                value=value,
            )
        return cls(int(found.group(1)), int(found.group(2)))

    def next_minor(self) -> Version:
        return Version(self.major, self.minor + 1)

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}"


@dataclass(frozen=True)
class PublishedRevision:
    """One section a publication holds: which revision, local or regional, approved or draft."""

    key: str
    revision_id: str
    local: bool
    approved: bool


@dataclass(frozen=True)
class Publication:
    """A recorded publication of one edition."""

    id: str
    edition: str
    version: Version
    note: str
    drafts: bool
    author: Author
    created: datetime
    revisions: tuple[PublishedRevision, ...] = ()


def no_earlier_version(since: Version, earlier: list[Publication]) -> UserError:
    """The refusal for «what changed since X» when the edition was never published as X."""
    if not earlier:
        return UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "No earlier version {version} of this edition. Known: none."
            ),
            version=since,
        )
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors", "No earlier version {version} of this edition. Known: {known}."
        ),
        version=since,
        known=", ".join(str(p.version) for p in earlier),
    )


def check_written_standard(value: str) -> str:
    if value not in WRITTEN_STANDARDS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "Unknown written standard «{value}»: use «nb» (bokmål) or «nn» (nynorsk)."
            ),
            value=value,
        )
    return value


_BOKMAL_KINDS = {
    SectionKind.ROLE: "Rolle",
    SectionKind.ASSESSMENT: "Kartlegging",
    SectionKind.INTERVENTION: "Tiltak",
    SectionKind.EVALUATION: "Evaluering av tiltak",
    SectionKind.COLLABORATION: "Samarbeid",
    SectionKind.REFERRAL: "Videre henvisning",
    SectionKind.INTRODUCTION: "Innledning",
    SectionKind.FAMILIES: "Til barn, unge og foreldre",
}
_KIND_TITLES: dict[str, dict[SectionKind, str]] = {
    "nb": _BOKMAL_KINDS,
    "nn": {
        **_BOKMAL_KINDS,
        SectionKind.REFERRAL: "Vidare tilvising",
        SectionKind.INTRODUCTION: "Innleiing",
    },
}

_ANCHORS: dict[str, dict[SectionKind, str]] = {
    "nb": {
        SectionKind.ROLE: "rolle",
        SectionKind.ASSESSMENT: "kartlegging",
        SectionKind.INTERVENTION: "tiltak",
        SectionKind.EVALUATION: "evaluering",
        SectionKind.COLLABORATION: "samarbeid",
        SectionKind.REFERRAL: "henvisning",
        SectionKind.INTRODUCTION: "innledning",
        SectionKind.FAMILIES: "barn-unge-og-foreldre",
    },
}
_ANCHORS["nn"] = {
    **_ANCHORS["nb"],
    SectionKind.REFERRAL: "tilvising",
    SectionKind.INTRODUCTION: "innleiing",
}

_WORDS: dict[str, dict[str, str]] = {
    "nb": {
        "who_does_what": "Hvem gjør hva",
        "last_updated": "Sist oppdatert",
        "pathways": "Forløp",
        "services": "Tjenester",
        "service": "Tjeneste",
        "changes": "Hva er endret",
        "changes_since": "Endringer siden versjon {version}",
        "first_version": "Dette er den første publiserte versjonen.",
        "no_changes": "Ingen tekster er endret siden versjon {version}.",
        "added": "Ny tekst",
        "changed": "Endret",
        "removed": "Fjernet",
        "search": "Søk",
        "search_label": "Søk i samhandlingskartet",
        "search_button": "Søk",
        "search_needs_script": "Søket trenger JavaScript. Alle forløp og tjenester finner du "
        "på forsiden.",
        "search_none": "Ingen treff.",
        "search_hits": "Treff",
        "skip": "Hopp til innholdet",
        "front": "Forside",
        "draft": "Utkast",
        "hearing_draft": "Høringsutkast",
        "draft_notice": "Dette er et utkast. Teksten er ikke godkjent og kan endre seg.",
        "local": "Lokal tilpasning",
        "local_note": "Lokal tilpasning for {edition}",
        "version": "Versjon",
        "published": "Publisert",
        "note": "Endringsnotat",
        "not_published": "Teksten for denne tjenesten er under arbeid.",
        "in_pathways": "Tjenesten i forløpene",
        "works_with": "Samarbeider med",
        "contents": "Innhold",
        "part": "Del",
        "change": "Endring",
        "versions": "Publiserte versjoner",
        "page": "Side",
        "main_nav": "Hovedmeny",
        "breadcrumb": "Du er her",
        "map_title": "Samhandlingskart",
    },
    "nn": {
        "who_does_what": "Kven gjer kva",
        "last_updated": "Sist oppdatert",
        "pathways": "Forløp",
        "services": "Tenester",
        "service": "Teneste",
        "changes": "Kva er endra",
        "changes_since": "Endringar sidan versjon {version}",
        "first_version": "Dette er den første publiserte versjonen.",
        "no_changes": "Ingen tekstar er endra sidan versjon {version}.",
        "added": "Ny tekst",
        "changed": "Endra",
        "removed": "Fjerna",
        "search": "Søk",
        "search_label": "Søk i samhandlingskartet",
        "search_button": "Søk",
        "search_needs_script": "Søket treng JavaScript. Alle forløp og tenester finn du på "
        "framsida.",
        "search_none": "Ingen treff.",
        "search_hits": "Treff",
        "skip": "Hopp til innhaldet",
        "front": "Framside",
        "draft": "Utkast",
        "hearing_draft": "Høyringsutkast",
        "draft_notice": "Dette er eit utkast. Teksten er ikkje godkjend og kan endre seg.",
        "local": "Lokal tilpassing",
        "local_note": "Lokal tilpassing for {edition}",
        "version": "Versjon",
        "published": "Publisert",
        "note": "Endringsnotat",
        "not_published": "Teksten for denne tenesta er under arbeid.",
        "in_pathways": "Tenesta i forløpa",
        "works_with": "Samarbeider med",
        "contents": "Innhald",
        "part": "Del",
        "change": "Endring",
        "versions": "Publiserte versjonar",
        "page": "Side",
        "main_nav": "Hovudmeny",
        "breadcrumb": "Du er her",
        "map_title": "Samhandlingskart",
    },
}

_MONTHS = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
]
"""The month names are the same in bokmål and nynorsk."""


class Words:
    """The generated words of a published map in one written standard."""

    def __init__(self, language: str) -> None:
        self.language = check_written_standard(language)
        self._words = _WORDS[language]

    def __getitem__(self, key: str) -> str:
        return self._words[key]

    def kind(self, kind: SectionKind) -> str:
        return _KIND_TITLES[self.language][kind]

    def anchor(self, service: str, kind: SectionKind) -> str:
        """A section's id on a page, in the written standard: ``fastlege-henvisning``
        (``innledning`` for a pathway's own text, whose service is empty)."""
        if not service:
            return _ANCHORS[self.language][kind]
        return f"{service}-{_ANCHORS[self.language][kind]}"

    def date(self, moment: datetime) -> str:
        """«3. desember 2026», in the local time of the machine that publishes."""
        local = moment.astimezone()
        return f"{local.day}. {_MONTHS[local.month - 1]} {local.year}"

    @property
    def bcp47(self) -> str:
        """For ``lang`` attributes and documents: nb-NO or nn-NO."""
        return f"{self.language}-NO"
