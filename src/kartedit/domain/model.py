"""Domain layer: read-only views of the map handed from the services to the GUI and CLI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from kartedit.domain.people import Author
from kartedit.domain.sections import SERVICE_KINDS, SectionKind, SectionRef, Status

REGIONAL = "regional"
"""Slug of the regional edition: the common text every local edition inherits from."""


class EditionKind(Enum):
    REGIONAL = "regional"
    LOCAL = "local"


@dataclass(frozen=True)
class MapInfo:
    id: str
    slug: str
    name: str


@dataclass(frozen=True)
class ServiceInfo:
    slug: str
    name: str


@dataclass(frozen=True)
class PathwayInfo:
    slug: str
    name: str
    services: tuple[ServiceInfo, ...] = ()


@dataclass(frozen=True)
class EditionInfo:
    slug: str
    name: str
    kind: EditionKind
    organisation: str = ""
    language: str = "nb"
    """Written standard of the edition's texts and generated words: «nb» or «nn»."""

    @property
    def is_regional(self) -> bool:
        return self.kind is EditionKind.REGIONAL


@dataclass(frozen=True)
class RevisionInfo:
    id: str
    seq: int
    author: Author
    created: datetime
    message: str | None
    parent_id: str | None
    base_id: str | None
    """For a local override: the regional revision it was written against."""
    text: str = field(repr=False, default="")


@dataclass(frozen=True)
class SectionState:
    """What the map tree shows for one section in one edition, without its text."""

    ref: SectionRef
    status: Status
    overridden: bool = False
    stale: bool = False
    open_comments: int = 0


@dataclass(frozen=True)
class SectionView:
    """A section as the editor opens it: the effective text in an edition and its state."""

    ref: SectionRef
    edition: str
    text: str
    status: Status
    revision_id: str | None
    inherited: bool
    """True when a local edition shows the regional text because it has no override."""
    base_revision_id: str | None = None
    stale: bool = False

    @property
    def read_only(self) -> bool:
        return self.inherited or self.status.is_read_only


@dataclass(frozen=True)
class SearchHit:
    """A section a search found, with the passage around the words found (marked ``[…]``).

    ``passage`` is the passage itself, or — for hits below what a list shows first — what
    makes it when it is first read, so a search does not make passages nobody looks at.
    """

    ref: SectionRef
    edition: str
    pathway_name: str
    service_name: str
    passage: str | Callable[[], str] = field(repr=False)

    @property
    def snippet(self) -> str:
        return self.passage if isinstance(self.passage, str) else self.passage()


KINDS: tuple[SectionKind, ...] = SERVICE_KINDS
"""The six kinds of every service (the pathway's own texts are ``PATHWAY_KINDS``)."""
