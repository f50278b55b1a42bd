"""Domain layer: local overrides seen against the regional text they adapt."""

from __future__ import annotations

from dataclasses import dataclass

from kartedit.domain.sections import SectionRef


@dataclass(frozen=True)
class OverrideInfo:
    """One live local override with the three texts every comparison needs."""

    ref: SectionRef
    edition: str
    local_revision_id: str
    local_text: str
    base_revision_id: str | None
    """The regional revision the override was written against."""
    base_text: str
    regional_revision_id: str | None
    regional_text: str

    @property
    def stale(self) -> bool:
        """The regional text moved on since the override was written."""
        return self.base_revision_id != self.regional_revision_id


@dataclass(frozen=True)
class EditionSummary:
    slug: str
    name: str
    organisation: str
    regional: bool
    overrides: int
    stale: int
