"""Domain layer: the six fixed section kinds, section statuses and section references."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP, Message


class SectionKind(Enum):
    """The six kinds every service has in every pathway, in their fixed order."""

    ROLE = "role"
    ASSESSMENT = "assessment"
    INTERVENTION = "intervention"
    EVALUATION = "evaluation"
    COLLABORATION = "collaboration"
    REFERRAL = "referral"

    @property
    def position(self) -> int:
        return _KIND_ORDER.index(self)

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


_KIND_ORDER = list(SectionKind)
_NORWEGIAN_TITLES = {
    SectionKind.ROLE: "Rolle",
    SectionKind.ASSESSMENT: "Kartlegging",
    SectionKind.INTERVENTION: "Tiltak",
    SectionKind.EVALUATION: "Evaluering av tiltak",
    SectionKind.COLLABORATION: "Samarbeid",
    SectionKind.REFERRAL: "Videre henvisning",
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
    """Which section: pathway slug, service slug and kind. The same in every edition."""

    pathway: str
    service: str
    kind: SectionKind

    def __post_init__(self) -> None:
        check_slug(self.pathway, PATHWAY_SLUG)
        check_slug(self.service, SERVICE_SLUG)

    @property
    def key(self) -> str:
        """Stable, human-readable id used in files and bundles: ``angst/fastlege/role``."""
        return f"{self.pathway}/{self.service}/{self.kind.value}"

    @classmethod
    def parse(cls, value: str) -> SectionRef:
        parts = value.strip().split("/")
        if len(parts) != 3:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "«{value}» is not a section: write it as PATHWAY/SERVICE/KIND.",
                ),
                value=value,
            )
        return cls(parts[0], parts[1], SectionKind.parse(parts[2]))

    def __str__(self) -> str:
        return self.key
