"""Application services: the one slug → display-name lookup for pathways and services.

Headings, labels and reports show a map's own names («Angst hos barn og unge»,
«Fastlege»); where a name is unknown the slug stands in. Service names are map-wide,
so a service has one name in every pathway.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kartedit.domain.model import PathwayInfo
from kartedit.domain.sections import SectionRef

if TYPE_CHECKING:
    from kartedit.domain.content import MapContent
    from kartedit.services.workspace import Workspace


@dataclass(frozen=True)
class MapNames:
    """Display names of pathways and services, falling back to the slug."""

    pathways: dict[str, str] = field(default_factory=dict)
    services: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of_pathways(cls, pathways: Iterable[PathwayInfo]) -> MapNames:
        """From pathways that carry their services (map content, a deviation report)."""
        listed = list(pathways)
        return cls(
            {p.slug: p.name for p in listed},
            {s.slug: s.name for p in listed for s in p.services},
        )

    @classmethod
    def of_content(cls, content: MapContent | None) -> MapNames:
        """From the map content a bundle carries (none: every name is its slug)."""
        if content is None:
            return cls()
        return cls(
            {p.slug: p.name for p in content.pathways},
            {s.slug: s.name for s in content.services},
        )

    @classmethod
    def of_workspace(cls, workspace: Workspace) -> MapNames:
        """From an open map database."""
        return cls.of_pathways(
            PathwayInfo(p.slug, p.name, tuple(workspace.services_of(p.slug)))
            for p in workspace.pathways()
        )

    def pathway(self, slug: str) -> str:
        return self.pathways.get(slug, slug)

    def service(self, slug: str) -> str:
        return self.services.get(slug, slug)

    def title(self, ref: SectionRef) -> str:
        """«Angst – Fastlege: Rolle», the heading of a section in exported pages
        («Angst: Innledning» for a pathway's own text)."""
        if ref.is_pathway_level:
            return f"{self.pathway(ref.pathway)}: {ref.kind.norwegian_title}"
        return (
            f"{self.pathway(ref.pathway)} – {self.service(ref.service)}: {ref.kind.norwegian_title}"
        )
