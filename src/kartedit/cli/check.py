"""CLI: ``check`` — every finding of the text quality check (spelling, written standard,
terms, long sentences, hand-offs between services), as text, JSON or CSV.

Exit codes: 0 no errors (warnings only, or nothing); 1 errors found (discouraged terms,
hand-offs that point nowhere) or a user error."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kartedit.cli.common import open_workspace

if TYPE_CHECKING:
    from kartedit.domain.quality import Finding
    from kartedit.services.quality import QualityReport

_KIND_WORDS = {
    "spelling": "spelling",
    "standard": "written standard",
    "term": "discouraged term",
    "handoff_nowhere": "hand-off to a service not in the pathway",
    "handoff_one_sided": "one-sided hand-off",
    "long_sentence": "long sentence",
}
_OWN = {"nynorsk": "bokmål", "bokmål": "nynorsk"}
COLUMNS = (
    "severity", "kind", "edition", "section", "passage", "suggestion", "detail",
    "other_section", "other_passage", "start", "end",
)  # fmt: skip


def register(sub: Any) -> None:
    p = sub.add_parser(
        "check",
        help="check the texts: spelling, written standard, terms, long sentences, hand-offs",
        description="Lists every finding: section, kind, passage and suggestion. Exit 1 when "
        "there are errors (discouraged terms, hand-offs to services not in the pathway), 0 "
        "with warnings only.",
    )
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("--edition", help="only this edition (default: every edition)")
    p.add_argument("--format", dest="fmt", choices=("text", "json", "csv"), default="text")
    p.set_defaults(handler=check)


def _row(finding: Finding) -> dict[str, Any]:
    mark = finding.mark
    return {
        "severity": finding.severity.value,
        "kind": finding.kind.value,
        "edition": finding.edition,
        "section": finding.ref.key,
        "passage": mark.passage,
        "suggestion": " / ".join(mark.suggestions),
        "detail": mark.detail,
        "other_section": finding.other.key if finding.other else "",
        "other_passage": finding.other_passage,
        "start": mark.start,
        "end": mark.end,
    }


def _text(report: QualityReport) -> str:
    lines = []
    if report.spelling_problem:
        lines.append(f"Spelling is unavailable: {report.spelling_problem}.")
    for finding in report.findings:
        row = _row(finding)
        line = (
            f"{row['edition']} {row['section']}: {row['severity']}: "
            f"{_KIND_WORDS[row['kind']]}: «{row['passage'][:120]}»"
        )
        if row["suggestion"]:
            line += f" → {row['suggestion']}"
        if finding.kind.value == "long_sentence":
            line += f" ({row['detail']} words)"
        elif finding.kind.value == "standard":
            line += f" ({row['detail']} form in a {_OWN[row['detail']]} text)"
        elif row["detail"]:
            line += f" ({row['detail']})"
        if row["other_section"]:
            line += "; that service's texts in this pathway never name this one"
        lines.append(line)
    pathways = sorted({ref.pathway for _, ref in report.lix})
    for pathway in [*pathways, None]:
        bands = report.lix_bands(pathway)
        if bands:
            from kartedit.text.readability import LixBand

            spread = ", ".join(
                f"{band.value.replace('_', ' ')} {bands[band]}" for band in LixBand if bands[band]
            )
            where = f"pathway {pathway}" if pathway else "the map"
            lines.append(f"LIX of {where} ({sum(bands.values())} sections): {spread}.")
    lines.append(f"{report.errors} errors, {report.warnings} warnings.")
    return "\n".join(lines) + "\n"


def check(args: argparse.Namespace) -> int:
    from kartedit.services.quality import QualityChecker

    with open_workspace(args.db) as workspace:
        report = QualityChecker(workspace).check(args.edition)
    if args.fmt == "json":
        document = {
            "spelling_available": not report.spelling_problem,
            "spelling_problem": report.spelling_problem,
            "errors": report.errors,
            "warnings": report.warnings,
            "findings": [_row(f) for f in report.findings],
        }
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    elif args.fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(_row(f) for f in report.findings)
        sys.stdout.write(out.getvalue())
    else:
        sys.stdout.write(_text(report))
    return 1 if report.errors else 0
