"""CLI: a local edition's adaptations — adapt, revert, diff, stale, rebase, deviation.

Exit codes: 0 done; 1 a user error; 3 ``rebase`` left passages changed on both sides."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kartedit.cli.common import (
    open_editions,
    section_args,
    section_ref,
)
from kartedit.cli.language import say
from kartedit.domain.ids import format_utc, utc_now
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.services.identity import resolve_author

if TYPE_CHECKING:
    from kartedit.domain.editions import EditionSummary
    from kartedit.services.editions import Deviation

EXIT_CONFLICTS = 3


def register(sub: Any) -> None:
    """Add the adaptation commands to the top-level parser."""
    p = sub.add_parser(
        "adapt", help=QT_TRANSLATE_NOOP("CLI", "start a local adaptation of a section")
    )
    section_args(p, edition_required=True)
    p.add_argument(
        "--author", help=QT_TRANSLATE_NOOP("CLI", '"Name (Organisation)" (default: from settings)')
    )
    p.set_defaults(handler=adapt)

    p = sub.add_parser(
        "revert", help=QT_TRANSLATE_NOOP("CLI", "return a section to the regional text")
    )
    section_args(p, edition_required=True)
    p.set_defaults(handler=revert)

    p = sub.add_parser(
        "diff", help=QT_TRANSLATE_NOOP("CLI", "regional vs local text of every adaptation")
    )
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("--edition", required=True)
    p.add_argument("--pathway")
    p.add_argument("--format", choices=("text", "json", "html"), default="text")
    p.set_defaults(handler=diff)

    p = sub.add_parser(
        "stale", help=QT_TRANSLATE_NOOP("CLI", "adaptations whose regional text has changed")
    )
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("--edition", required=True)
    p.set_defaults(handler=stale)

    p = sub.add_parser(
        "rebase",
        help=QT_TRANSLATE_NOOP("CLI", "carry stale adaptations over to the new regional text"),
    )
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("--edition", required=True)
    p.add_argument(
        "--apply", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "save the clean ones")
    )
    p.add_argument(
        "--author", help=QT_TRANSLATE_NOOP("CLI", '"Name (Organisation)" (default: from settings)')
    )
    p.set_defaults(handler=rebase)

    p = sub.add_parser(
        "deviation",
        help=QT_TRANSLATE_NOOP("CLI", "how far each edition strays from the regional text"),
    )
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("--format", choices=("text", "csv"), default="text")
    p.set_defaults(handler=deviation)


def adapt(args: argparse.Namespace) -> int:
    ref = section_ref(args)
    with open_editions(args) as editions:
        editions.workspace.section(ref, args.edition)  # a wrong name before «who is writing?»
        revision = editions.adapt(ref, args.edition, resolve_author(args.author))
    print(
        say(
            QT_TRANSLATE_NOOP(
                "CLI",
                "{ref}: adapted locally in «{edition}» (revision {revision_id}).",
            ),
            ref=ref,
            edition=args.edition,
            revision_id=revision.id,
        )
    )
    return 0


def revert(args: argparse.Namespace) -> int:
    ref = section_ref(args)
    with open_editions(args) as editions:
        editions.revert(ref, args.edition)
    print(
        say(
            QT_TRANSLATE_NOOP(
                "CLI",
                "{ref}: «{edition}» shows the regional text again; the local history is kept.",
            ),
            ref=ref,
            edition=args.edition,
        )
    )
    return 0


def diff(args: argparse.Namespace) -> int:
    from kartedit.services.diff_export import diff_html, diff_json, diff_text

    with open_editions(args) as editions:
        found = editions.diff(args.edition, args.pathway)
        edition = next(e for e in editions.workspace.editions() if e.slug == args.edition)
    if args.format == "json":
        print(diff_json(found))
    elif args.format == "html":
        sys.stdout.write(diff_html(edition, found))
    else:
        sys.stdout.write(diff_text(found))
    if not found:
        print(
            say(
                QT_TRANSLATE_NOOP("CLI", "«{edition}» has no local adaptations in scope."),
                edition=args.edition,
            ),
            file=sys.stderr,
        )
    return 0


def stale(args: argparse.Namespace) -> int:
    with open_editions(args) as editions:
        found = editions.stale(args.edition)
    for item in found:
        kind = "minor" if item.minor else "changed"
        print(
            f"{item.override.ref.key}\t{kind}\tbase {item.override.base_revision_id}\t"
            f"regional {item.override.regional_revision_id}"
        )
    if not found:
        print(
            say(QT_TRANSLATE_NOOP("CLI", "Nothing in «{edition}» is stale."), edition=args.edition),
            file=sys.stderr,
        )
    return 0


def rebase(args: argparse.Namespace) -> int:
    author = resolve_author(args.author) if args.apply else None
    with open_editions(args) as editions:
        outcomes = editions.rebase(args.edition, apply=args.apply, author=author)
    conflicts = 0
    for outcome in outcomes:
        key = outcome.override.ref.key
        if outcome.result.clean:
            state = "saved" if outcome.saved else "clean"
            print(f"{key}\t{state}")
        else:
            conflicts += 1
            print(
                f"{key}\tconflict\t{len(outcome.result.conflicts)} passages changed on both "
                "sides; resolve them in the three-way view"
            )
    return EXIT_CONFLICTS if conflicts else 0


def deviation(args: argparse.Namespace) -> int:
    with open_editions(args) as editions:
        rows: list[tuple[EditionSummary, Deviation]] = []
        summaries = [s for s in editions.summaries() if not s.regional]
        for summary in summaries:
            rows.extend((summary, d) for d in editions.deviation(summary.slug))
    if args.format == "csv":
        from kartedit.services.deviation_report import DeviationRow, write_csv

        write_csv([DeviationRow.of(summary, d) for summary, d in rows], sys.stdout)
        return 0
    print(
        say(
            QT_TRANSLATE_NOOP("CLI", "Deviation from the regional text, {time}"),
            time=format_utc(utc_now()),
        )
    )
    for summary in summaries:
        print(f"{summary.slug}\t{summary.name}\t{summary.overrides} adapted\t{summary.stale} stale")
        for s, d in rows:
            if s is summary:
                flag = "\tstale" if d.override.stale else ""
                print(f"  {d.override.ref.key}\tkeeps {100 * d.kept:.0f}%{flag}")
    return 0
