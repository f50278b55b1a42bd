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
from kartedit.cli.language import counted, said, say
from kartedit.domain.messages import QT_TRANSLATE_NOOP, render
from kartedit.domain.messages import counted as plural

if TYPE_CHECKING:
    from kartedit.domain.quality import Finding
    from kartedit.services.quality import QualityReport

_KIND_WORDS = {
    "spelling": QT_TRANSLATE_NOOP("CLI", "spelling"),
    "standard": QT_TRANSLATE_NOOP("CLI", "written standard"),
    "term": QT_TRANSLATE_NOOP("CLI", "discouraged term"),
    "handoff_nowhere": QT_TRANSLATE_NOOP("CLI", "hand-off to a service not in the pathway"),
    "handoff_one_sided": QT_TRANSLATE_NOOP("CLI", "one-sided hand-off"),
    "long_sentence": QT_TRANSLATE_NOOP("CLI", "long sentence"),
}
_SEVERITY_WORDS = {
    "error": QT_TRANSLATE_NOOP("CLI", "error"),
    "warning": QT_TRANSLATE_NOOP("CLI", "warning"),
}
_FOREIGN_FORM = {
    "nynorsk": QT_TRANSLATE_NOOP("CLI", "nynorsk form in a bokmål text"),
    "bokmål": QT_TRANSLATE_NOOP("CLI", "bokmål form in a nynorsk text"),
}
_LIX_BANDS = {
    "very_easy": QT_TRANSLATE_NOOP("CLI", "very easy"),
    "easy": QT_TRANSLATE_NOOP("CLI", "easy"),
    "medium": QT_TRANSLATE_NOOP("CLI", "medium"),
    "difficult": QT_TRANSLATE_NOOP("CLI", "difficult"),
    "very_difficult": QT_TRANSLATE_NOOP("CLI", "very difficult"),
}
"""The words of each ``LixBand`` (by its value: every other command's parser is built
without importing the readability module)."""
COLUMNS = (
    "severity", "kind", "edition", "section", "passage", "suggestion", "detail",
    "other_section", "other_passage", "start", "end",
)  # fmt: skip


def register(sub: Any) -> None:
    p = sub.add_parser(
        "check",
        help=QT_TRANSLATE_NOOP(
            "CLI", "check the texts: spelling, written standard, terms, long sentences, hand-offs"
        ),
        description=QT_TRANSLATE_NOOP(
            "CLI",
            "Lists every finding: section, kind, passage and suggestion. Exit 1 when "
            "there are errors (discouraged terms, hand-offs to services not in the pathway), 0 "
            "with warnings only.",
        ),
    )
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument(
        "--edition", help=QT_TRANSLATE_NOOP("CLI", "only this edition (default: every edition)")
    )
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
    from kartedit.text.readability import LixBand

    lines = []
    if report.spelling_problem:
        lines.append(
            say(
                QT_TRANSLATE_NOOP("CLI", "Spelling is unavailable: {problem}."),
                problem=said(report.spelling_problem),
            )
        )
    for finding in report.findings:
        row = _row(finding)
        line = (
            f"{row['edition']} {row['section']}: {say(_SEVERITY_WORDS[row['severity']])}: "
            f"{say(_KIND_WORDS[row['kind']])}: «{row['passage'][:120]}»"
        )
        if row["suggestion"]:
            line += f" → {row['suggestion']}"
        if finding.kind.value == "long_sentence":
            line += " " + counted(
                int(row["detail"]),
                QT_TRANSLATE_NOOP("CLI", "({count} word)"),
                QT_TRANSLATE_NOOP("CLI", "({count} words)"),
            )
        elif finding.kind.value == "standard":
            line += f" ({say(_FOREIGN_FORM[row['detail']])})"
        elif row["detail"]:
            line += f" ({row['detail']})"
        if row["other_section"]:
            line += say(
                QT_TRANSLATE_NOOP(
                    "CLI", "; that service's texts in this pathway never name this one"
                )
            )
        lines.append(line)
    pathways = sorted({ref.pathway for _, ref in report.lix})
    for pathway in [*pathways, None]:
        bands = report.lix_bands(pathway)
        if bands:
            spread = ", ".join(
                f"{say(_LIX_BANDS[band.value])} {bands[band]}" for band in LixBand if bands[band]
            )
            sections = sum(bands.values())
            if pathway:
                lines.append(
                    counted(
                        sections,
                        QT_TRANSLATE_NOOP("CLI", "LIX of pathway {pathway} (1 section): {spread}."),
                        QT_TRANSLATE_NOOP(
                            "CLI", "LIX of pathway {pathway} ({count} sections): {spread}."
                        ),
                        pathway=pathway,
                        spread=spread,
                    )
                )
            else:
                lines.append(
                    counted(
                        sections,
                        QT_TRANSLATE_NOOP("CLI", "LIX of the map (1 section): {spread}."),
                        QT_TRANSLATE_NOOP("CLI", "LIX of the map ({count} sections): {spread}."),
                        spread=spread,
                    )
                )
    lines.append(
        say(
            QT_TRANSLATE_NOOP("CLI", "{errors}, {warnings}."),
            errors=plural(
                report.errors,
                QT_TRANSLATE_NOOP("CLI", "1 error"),
                QT_TRANSLATE_NOOP("CLI", "{count} errors"),
            ),
            warnings=plural(
                report.warnings,
                QT_TRANSLATE_NOOP("CLI", "1 warning"),
                QT_TRANSLATE_NOOP("CLI", "{count} warnings"),
            ),
        )
    )
    return "\n".join(lines) + "\n"


def check(args: argparse.Namespace) -> int:
    from kartedit.services.quality import QualityChecker

    with open_workspace(args.db) as workspace:
        report = QualityChecker(workspace).check(args.edition)
    if args.fmt == "json":
        document = {
            "spelling_available": not report.spelling_problem,
            "spelling_problem": render(report.spelling_problem),
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
