"""Domain layer: a whole map as plain values — what folders and bundles carry in and out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from kartedit.domain.facts import FactKind, FactValue
from kartedit.domain.model import EditionInfo, MapInfo, PathwayInfo, ServiceInfo
from kartedit.domain.people import Author
from kartedit.domain.quality import QualityLists
from kartedit.domain.sections import SectionRef, Status


@dataclass(frozen=True)
class RevisionRecord:
    id: str
    author: Author
    created: datetime
    text: str
    message: str | None = None
    parent: str | None = None
    base: str | None = None


@dataclass(frozen=True)
class SectionRecord:
    """A section in one edition with its revisions, oldest first (the last is current)."""

    ref: SectionRef
    edition: str
    status: Status
    revisions: tuple[RevisionRecord, ...]
    ended: bool = False
    """A local override that returned to the regional text; kept for its history."""


@dataclass(frozen=True)
class MapContent:
    map: MapInfo
    services: tuple[ServiceInfo, ...]
    pathways: tuple[PathwayInfo, ...]
    """Each pathway lists the services taking part in it, in the pathway's order."""
    editions: tuple[EditionInfo, ...]
    sections: tuple[SectionRecord, ...]
    fact_kinds: tuple[FactKind, ...] = ()
    """Kinds of local fact the texts may refer to (``{{lokal:slug}}``)."""
    fact_values: tuple[FactValue, ...] = ()
    """Local editions' fact values, every revision, oldest first per fact."""
    quality: QualityLists = field(default_factory=QualityLists)
    """The map's word list, term list and service aliases."""
