"""Domain layer: section kinds, section statuses and section references.

Every service has the six fixed kinds in every pathway. A pathway also has two texts of
its own, before its services: an introduction and information for children, young
people and parents. These pathway-level texts are sections too (revisioned, adapted per
edition, heard, published), placed in the pathway's own slot: a ``SectionRef`` whose
service is ``PATHWAY_LEVEL`` (no service) and whose kind is one of ``PATHWAY_KINDS``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP, Message


class SectionKind(Enum):
    """The six kinds of every service, in their fixed order, then the two pathway texts."""

    ROLE = "role"
    ASSESSMENT = "assessment"
    INTERVENTION = "intervention"
    EVALUATION = "evaluation"
    COLLABORATION = "collaboration"
    REFERRAL = "referral"
    INTRODUCTION = "introduction"
    """Pathway-level: what the condition is, when to worry, who handles what."""
    FAMILIES = "families"
    """Pathway-level: information for children, young people and parents."""

    @property
    def position(self) -> int:
        """Order within its slot: the six service kinds 0–5, the pathway texts 0–1."""
        if self.is_pathway_level:
            return PATHWAY_KINDS.index(self)
        return SERVICE_KINDS.index(self)

    @property
    def is_pathway_level(self) -> bool:
        """True for the pathway's own texts, which belong to no service."""
        return self in PATHWAY_KINDS

    @property
    def norwegian_title(self) -> str:
        """The heading used in published texts (bokmål); the GUI translates its own labels."""
        return _NORWEGIAN_TITLES[self]

    @classmethod
    def parse(cls, value: str) -> SectionKind:
        try:
            return cls(value.strip().lower())
        except ValueError:
            names = ", ".join(k.value for k in cls)
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "Unknown section kind «{value}». Use one of: {names}."),
                value=value,
                names=names,
            ) from None


SERVICE_KINDS: tuple[SectionKind, ...] = (
    SectionKind.ROLE,
    SectionKind.ASSESSMENT,
    SectionKind.INTERVENTION,
    SectionKind.EVALUATION,
    SectionKind.COLLABORATION,
    SectionKind.REFERRAL,
)
"""The six fixed kinds every service has in every pathway, in their order."""

PATHWAY_KINDS: tuple[SectionKind, ...] = (SectionKind.INTRODUCTION, SectionKind.FAMILIES)
"""The pathway's own texts, in the order a pathway page shows them (before the services)."""

PATHWAY_LEVEL = ""
"""The service slot of a pathway-level text: it belongs to the pathway, not to a service."""

_NORWEGIAN_TITLES = {
    SectionKind.ROLE: "Rolle",
    SectionKind.ASSESSMENT: "Kartlegging",
    SectionKind.INTERVENTION: "Tiltak",
    SectionKind.EVALUATION: "Evaluering av tiltak",
    SectionKind.COLLABORATION: "Samarbeid",
    SectionKind.REFERRAL: "Videre henvisning",
    SectionKind.INTRODUCTION: "Innledning",
    SectionKind.FAMILIES: "Til barn, unge og foreldre",
}


class Status(Enum):
    """A section's place in the hearing cycle: utkast → til høring → godkjent."""

    DRAFT = "draft"
    IN_HEARING = "in_hearing"
    APPROVED = "approved"

    @classmethod
    def parse(cls, value: str) -> Status:
        try:
            return cls(value.strip().lower())
        except ValueError:
            names = ", ".join(s.value for s in cls)
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "Unknown status «{value}». Use one of: {names}."),
                value=value,
                names=names,
            ) from None

    @property
    def is_read_only(self) -> bool:
        """Approved text is frozen until someone reopens it."""
        return self is Status.APPROVED


SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


SLUG = Message.of(QT_TRANSLATE_NOOP("Terms", "slug"))
PATHWAY_SLUG = Message.of(QT_TRANSLATE_NOOP("Terms", "pathway slug"))
SERVICE_SLUG = Message.of(QT_TRANSLATE_NOOP("Terms", "service slug"))
EDITION_SLUG = Message.of(QT_TRANSLATE_NOOP("Terms", "edition slug"))


def check_slug(value: str, what: Message | str = SLUG) -> str:
    """Slugs travel in file paths and bundles, so they are kept to a safe alphabet."""
    if not SLUG_PATTERN.fullmatch(value):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "«{value}» is not a valid {what}: use lower-case letters a–z, digits and hyphens.",
            ),
            value=value,
            what=what,
        )
    return value


@dataclass(frozen=True, order=True)
class SectionRef:
    """Which section: pathway slug, service slug and kind. The same in every edition.

    A pathway-level text has the service ``PATHWAY_LEVEL`` and a kind of
    ``PATHWAY_KINDS``; a service has only the six ``SERVICE_KINDS``.
    """

    pathway: str
    service: str
    kind: SectionKind

    def __post_init__(self) -> None:
        check_slug(self.pathway, PATHWAY_SLUG)
        if self.kind.is_pathway_level:
            if self.service != PATHWAY_LEVEL:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "«{kind}» is a text of the pathway itself, not of a service: "
                        "write it as {pathway}/{kind}.",
                    ),
                    kind=self.kind.value,
                    pathway=self.pathway,
                )
        else:
            check_slug(self.service, SERVICE_SLUG)

    @classmethod
    def of_pathway(cls, pathway: str, kind: SectionKind) -> SectionRef:
        """A pathway-level text: the introduction or the text for families."""
        return cls(pathway, PATHWAY_LEVEL, kind)

    @classmethod
    def of_row(cls, pathway: str, service: str | None, kind: str) -> SectionRef:
        """The section a database row names; a row without a service is a pathway-level
        text."""
        return cls(pathway, service or PATHWAY_LEVEL, SectionKind(kind))

    @property
    def is_pathway_level(self) -> bool:
        return self.service == PATHWAY_LEVEL

    @property
    def key(self) -> str:
        """Stable id used in files and bundles: ``angst/fastlege/role``, ``angst/introduction``."""
        if self.is_pathway_level:
            return f"{self.pathway}/{self.kind.value}"
        return f"{self.pathway}/{self.service}/{self.kind.value}"

    @classmethod
    def parse(cls, value: str) -> SectionRef:
        parts = value.strip().split("/")
        if len(parts) == 2 and parts[1].lower() in {k.value for k in PATHWAY_KINDS}:
            return cls(parts[0], PATHWAY_LEVEL, SectionKind(parts[1].lower()))
        if len(parts) != 3:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "«{value}» is not a section: write it as PATHWAY/SERVICE/KIND "
                    "(or PATHWAY/introduction, PATHWAY/families for the pathway's own texts).",
                ),
                value=value,
            )
        return cls(parts[0], parts[1], SectionKind.parse(parts[2]))

    def __str__(self) -> str:
        return self.key
