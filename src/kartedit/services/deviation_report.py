"""Application services: the deviation report — per edition and section, per pathway × service, CSV.

API:
    deviation_report(editions: Editions) -> DeviationReport   — every local edition, in bulk
    DeviationReport.rows_of(edition) / .grid(edition=None) -> list[list[GridCell | None]]
    DeviationRow.of(summary, deviation) — one CSV/table row
    write_csv(rows, stream) / save_csv(rows, path) — the CSV the CLI and the GUI both write
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from kartedit.domain.editions import EditionSummary
from kartedit.domain.model import KINDS, PathwayInfo, ServiceInfo
from kartedit.domain.sections import SectionRef
from kartedit.safe_files import export_file
from kartedit.services.editions import Deviation, Editions
from kartedit.services.names import MapNames
from kartedit.services.workspace import Workspace

CSV_HEADER = ("edition", "pathway", "service", "kind", "kept_percent", "stale")


@dataclass(frozen=True)
class DeviationRow:
    """One overridden section of one local edition and how much regional text it keeps."""

    edition: str
    edition_name: str
    ref: SectionRef
    kept: float
    stale: bool

    @property
    def deviation(self) -> float:
        return 1.0 - self.kept

    @classmethod
    def of(cls, summary: EditionSummary, deviation: Deviation) -> DeviationRow:
        return cls(
            summary.slug,
            summary.name,
            deviation.override.ref,
            deviation.kept,
            deviation.override.stale,
        )


@dataclass(frozen=True)
class GridCell:
    """One pathway × service across the chosen local editions.

    ``deviation`` is the mean deviation of the adapted sections here, so it can be checked
    against the per-edition table; ``adapted`` of ``sections`` says how widespread it is.
    """

    pathway: str
    service: str
    sections: int
    """Sections in scope: the chosen local editions × the six kinds."""
    rows: tuple[DeviationRow, ...]

    @property
    def adapted(self) -> int:
        return len(self.rows)

    @property
    def stale(self) -> int:
        return sum(row.stale for row in self.rows)

    @property
    def deviation(self) -> float:
        """0.0 (no adaptation, or only case and punctuation) to 1.0 (nothing kept)."""
        if not self.rows:
            return 0.0
        return sum(row.deviation for row in self.rows) / len(self.rows)


@dataclass(frozen=True)
class DeviationReport:
    """Everything the deviation view shows, read once so the widget never asks the store."""

    editions: tuple[EditionSummary, ...]
    """The local editions, in the order the store lists them."""
    pathways: tuple[PathwayInfo, ...]
    """Each with its services, in map order."""
    rows: tuple[DeviationRow, ...]

    @property
    def services(self) -> tuple[ServiceInfo, ...]:
        """Every service of any pathway, in order of first appearance."""
        seen: dict[str, ServiceInfo] = {}
        for pathway in self.pathways:
            for service in pathway.services:
                seen.setdefault(service.slug, service)
        return tuple(seen.values())

    @property
    def names(self) -> MapNames:
        return MapNames.of_pathways(self.pathways)

    def rows_of(self, edition: str) -> list[DeviationRow]:
        return [row for row in self.rows if row.edition == edition]

    def grid(self, edition: str | None = None) -> list[list[GridCell | None]]:
        """Pathways × :attr:`services`; None where a service has no part in a pathway.

        ``edition`` narrows the grid to one local edition; None means all of them.
        """
        chosen = [e.slug for e in self.editions if edition is None or e.slug == edition]
        by_cell: dict[tuple[str, str], list[DeviationRow]] = {}
        for row in self.rows:
            if row.edition in chosen:
                by_cell.setdefault((row.ref.pathway, row.ref.service), []).append(row)
        sections = len(chosen) * len(KINDS)
        grid: list[list[GridCell | None]] = []
        for pathway in self.pathways:
            members = {s.slug for s in pathway.services}
            grid.append(
                [
                    GridCell(
                        pathway.slug,
                        service.slug,
                        sections,
                        tuple(by_cell.get((pathway.slug, service.slug), ())),
                    )
                    if service.slug in members
                    else None
                    for service in self.services
                ]
            )
        return grid


def _pathways(workspace: Workspace) -> list[PathwayInfo]:
    return [
        PathwayInfo(p.slug, p.name, tuple(workspace.services_of(p.slug)))
        for p in workspace.pathways()
    ]


def deviation_report(editions: Editions) -> DeviationReport:
    """Read every local edition's deviation at once (an explicit report, not a click)."""
    summaries = tuple(s for s in editions.summaries() if not s.regional)
    rows = tuple(
        DeviationRow.of(summary, deviation)
        for summary in summaries
        for deviation in editions.deviation(summary.slug)
    )
    return DeviationReport(summaries, tuple(_pathways(editions.workspace)), rows)


def csv_records(rows: Iterable[DeviationRow]) -> list[list[str]]:
    """The CSV table: header, then one line per overridden section; percent as a whole number."""
    records = [list(CSV_HEADER)]
    for row in rows:
        records.append(
            [
                row.edition,
                row.ref.pathway,
                row.ref.service,
                row.ref.kind.value,
                f"{100 * row.kept:.0f}",
                "yes" if row.stale else "no",
            ]
        )
    return records


def write_csv(rows: Iterable[DeviationRow], stream: TextIO) -> None:
    csv.writer(stream, lineterminator="\n").writerows(csv_records(rows))


def save_csv(rows: Sequence[DeviationRow], path: Path) -> None:
    """UTF-8 with a byte-order mark, so Excel reads æ, ø and å right."""
    stream = io.StringIO(newline="")
    write_csv(rows, stream)
    export_file(path, stream.getvalue().encode("utf-8-sig"))
