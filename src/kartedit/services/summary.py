"""Application services: the hearing summary (høringsoppsummering) of a round — gathering it.

``hearing_summary`` reads, per section in the map's order, every comment and suggestion,
who made it, the decision, who made it and why, with the replies under it, into a
``HearingSummary``; ``services.summary_render`` turns that into CSV or HTML, and
``save_summary`` writes the file.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import Enum
from pathlib import Path

from kartedit.domain.hearing import HearingRound
from kartedit.domain.model import MapInfo
from kartedit.domain.responses import HearingThread
from kartedit.domain.review import Reviewer
from kartedit.domain.sections import SectionRef
from kartedit.safe_files import export_file
from kartedit.services.decisions import Decisions
from kartedit.services.names import MapNames
from kartedit.services.workspace import Workspace
from kartedit.store.repository import MapRepository
from kartedit.store.rounds import RoundRepository


class SummaryFormat(Enum):
    CSV = "csv"
    HTML = "html"
    DOCX = "docx"
    """The merknadsdokument (``services.merknad_document``)."""


@dataclass(frozen=True)
class SummarySection:
    ref: SectionRef
    pathway: str
    service: str
    """The service's name; empty for a pathway's own text."""
    threads: tuple[HearingThread, ...] = ()

    @property
    def place(self) -> str:
        """«Angst hos barn og unge – Fastlege», or the pathway alone for its own texts."""
        return f"{self.pathway} – {self.service}" if self.service else self.pathway


@dataclass(frozen=True)
class HearingSummary:
    round: HearingRound
    map: MapInfo
    edition_name: str
    made_at: datetime
    sections: tuple[SummarySection, ...]
    reviewers: tuple[Reviewer, ...] = ()
    """Everyone who responded, by organisation."""

    @property
    def threads(self) -> list[HearingThread]:
        return [t for s in self.sections for t in s.threads]


def hearing_summary(workspace: Workspace, round_key: str) -> HearingSummary:
    """Every section of the round in the map's order, each with its threads."""
    decisions = Decisions(workspace)
    threads = decisions.threads(round_key)
    reviewers = tuple(decisions.reviewers(round_key))
    with workspace.database.reading() as session:
        maps = MapRepository(session)
        rounds = RoundRepository(maps)
        hearing = rounds.get(round_key)
        refs = [h.ref for h in rounds.heads(hearing)]
        names = MapNames(
            {p.slug: p.name for p in maps.pathways()},
            {s.slug: s.name for s in maps.all_services()},
        )
        map_info = maps.map_info()
        edition = next(e for e in maps.editions() if e.slug == hearing.edition)
    by_section: dict[SectionRef, list[HearingThread]] = {}
    for thread in threads:
        by_section.setdefault(thread.root.section, []).append(thread)
    refs += [ref for ref in by_section if ref not in refs]
    sections = tuple(
        SummarySection(
            ref,
            names.pathway(ref.pathway),
            names.service(ref.service),
            tuple(by_section.get(ref, [])),
        )
        for ref in refs
    )
    return HearingSummary(hearing, map_info, edition.name, workspace.clock(), sections, reviewers)


def save_summary(
    workspace: Workspace, round_key: str, fmt: SummaryFormat, path: Path
) -> HearingSummary:
    """Write the summary file atomically; returns what it holds."""
    from kartedit.services.summary_render import summary_csv, summary_html

    summary = hearing_summary(workspace, round_key)
    if fmt is SummaryFormat.CSV:
        data = summary_csv(summary)  # the coordinator's working list: passages as stored
    else:
        from kartedit.services.facts import Facts

        facts = Facts(workspace).context(summary.round.edition)
        if fmt is SummaryFormat.DOCX:
            from kartedit.services.merknad_document import summary_docx

            data = summary_docx(summary, facts)
        else:  # passages as the round's readers saw them, in the round's standard
            data = summary_html(summary, replace(facts, language=summary.round.language).as_read)
    export_file(path, data)
    return summary
