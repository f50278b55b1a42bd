"""CLI: the ``round`` group — start, list, close, approve, sections and summary of hearing rounds.

Exit codes: 0 done (``round approve`` also when it lists sections still waiting for
decisions); 1 a user error."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kartedit.cli.common import (
    AUTHOR_HELP,
    open_workspace,
)
from kartedit.cli.formatting import clean, local_time, plural, read_text_file
from kartedit.cli.language import said, say
from kartedit.domain.messages import QT_TRANSLATE_NOOP, counted
from kartedit.domain.sections import SectionRef
from kartedit.services.identity import resolve_author

if TYPE_CHECKING:
    pass


def register(sub: Any) -> None:
    """Add ``round`` and its actions to the top-level parser."""
    group = sub.add_parser(
        "round",
        help=QT_TRANSLATE_NOOP("CLI", "start, list, close, approve and summarise hearing rounds"),
    )
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = actions.add_parser(
        "start", help=QT_TRANSLATE_NOOP("CLI", "start a hearing round on a scope of sections")
    )
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument(
        "--name", required=True, help=QT_TRANSLATE_NOOP("CLI", "e.g. «Høring angst 2027»")
    )
    p.add_argument(
        "--edition",
        default="regional",
        help=QT_TRANSLATE_NOOP("CLI", "edition slug (default: regional)"),
    )
    p.add_argument(
        "--pathway",
        action="append",
        default=[],
        metavar="P",
        help=QT_TRANSLATE_NOOP("CLI", "repeatable"),
    )
    p.add_argument(
        "--service",
        action="append",
        default=[],
        metavar="S",
        help=QT_TRANSLATE_NOOP("CLI", "repeatable"),
    )
    p.add_argument(
        "--section",
        action="append",
        default=[],
        metavar="P/S/K",
        help=QT_TRANSLATE_NOOP("CLI", "repeatable"),
    )
    p.add_argument("--deadline", required=True, metavar="YYYY-MM-DD")
    p.add_argument(
        "--author", help=QT_TRANSLATE_NOOP("CLI", '"Name (Organisation)" (default: from settings)')
    )
    p.add_argument(
        "--questions-file",
        type=Path,
        metavar="FILE.md",
        help=QT_TRANSLATE_NOOP("CLI", "questions for the hearing letter"),
    )
    p.add_argument(
        "--language",
        choices=("nb", "nn"),
        help=QT_TRANSLATE_NOOP(
            "CLI", "written standard of the round's documents (default: the edition's)"
        ),
    )
    p.add_argument(
        "--names-consent",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CLI",
            "private persons who answer agreed to be named in the hearing summary "
            "(without it they show as «privatperson»)",
        ),
    )
    p.set_defaults(handler=round_start)

    p = actions.add_parser(
        "list", help=QT_TRANSLATE_NOOP("CLI", "one line per round, newest first")
    )
    p.add_argument("db", type=Path, metavar="DB")
    p.set_defaults(handler=round_list)

    p = actions.add_parser("close", help=QT_TRANSLATE_NOOP("CLI", "close a round"))
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument(
        "round",
        metavar="ROUND",
        help=QT_TRANSLATE_NOOP("CLI", "the round's id (or its first characters)"),
    )
    p.add_argument(
        "--author", help=QT_TRANSLATE_NOOP("CLI", '"Name (Organisation)" (default: from settings)')
    )
    p.set_defaults(handler=round_close)

    p = actions.add_parser(
        "approve", help=QT_TRANSLATE_NOOP("CLI", "approve every section whose comments are decided")
    )
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("round", metavar="ROUND")
    p.add_argument(
        "--close",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CLI", "close the round if all got approved"),
    )
    p.add_argument("--author", help=AUTHOR_HELP)
    p.set_defaults(handler=round_approve)

    p = actions.add_parser(
        "sections", help=QT_TRANSLATE_NOOP("CLI", "the round's sections: status, comments, changes")
    )
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("round", metavar="ROUND")
    p.set_defaults(handler=round_sections)

    p = actions.add_parser(
        "summary", help=QT_TRANSLATE_NOOP("CLI", "write the hearing summary (høringsoppsummering)")
    )
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("round", metavar="ROUND")
    p.add_argument("--format", choices=("csv", "html", "docx"), required=True)
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    p.set_defaults(handler=round_summary)


def round_start(args: argparse.Namespace) -> int:
    from kartedit.domain.deadlines import deadline_warnings
    from kartedit.domain.hearing import STANDARD_NAMES, norwegian_date, parse_deadline
    from kartedit.services.identity import resolve_author
    from kartedit.services.rounds import round_sections, start_round

    deadline = parse_deadline(args.deadline)
    sections = [SectionRef.parse(value) for value in args.section]
    questions = read_text_file(args.questions_file) if args.questions_file else ""
    with open_workspace(args.db) as workspace:
        if args.edition:
            workspace.edition(args.edition)  # a wrong edition is told before «who is writing?»
        started = start_round(
            workspace,
            name=args.name,
            deadline=deadline,
            author=resolve_author(args.author),
            edition=args.edition,
            pathways=args.pathway,
            services=args.service,
            sections=sections,
            questions=questions,
            language=args.language,
            names_consent=args.names_consent,
        )
        count = len(round_sections(workspace, started.id))
    print(
        f"{started.id}\tstarted «{clean(started.name)}» on {started.edition}: "
        f"{plural(count, 'section')}, "
        f"deadline {norwegian_date(started.deadline)}"
    )
    named = QT_TRANSLATE_NOOP(
        "CLI", "The round's documents are in {language}; private persons are named in the summary."
    )
    unnamed = QT_TRANSLATE_NOOP(
        "CLI",
        "The round's documents are in {language}; private persons are not named in the summary.",
    )
    for warning in deadline_warnings(started.started_at.astimezone().date(), started.deadline):
        print(f"warning\t{said(warning.said)}")
    language = STANDARD_NAMES.get(started.language, started.language)
    print(say(named if started.names_consent else unnamed, language=language))
    return 0


def round_list(args: argparse.Namespace) -> int:
    from kartedit.domain.hearing import norwegian_date
    from kartedit.services.rounds import list_rounds

    with open_workspace(args.db) as workspace:
        rounds = list_rounds(workspace)
    for r in rounds:
        print(
            "\t".join(
                [
                    r.id,
                    r.state.value,
                    f"deadline {norwegian_date(r.deadline)}",
                    r.edition,
                    clean(r.name),
                    f"started {local_time(r.started_at)} by {clean(str(r.started_by))}",
                    str(r.scope.describe()),  # a record: the same in every language
                ]
            )
        )
    if not rounds:
        print(say(QT_TRANSLATE_NOOP("CLI", "No hearing rounds yet.")), file=sys.stderr)
    return 0


def round_close(args: argparse.Namespace) -> int:
    from kartedit.services.rounds import close_round

    author = resolve_author(args.author)
    with open_workspace(args.db) as workspace:
        closed = close_round(workspace, args.round, author)
    print(f"{closed.id}\tclosed «{clean(closed.name)}»")
    return 0


def round_approve(args: argparse.Namespace) -> int:
    from kartedit.services.decisions import Decisions

    author = resolve_author(args.author)
    with open_workspace(args.db) as workspace:
        report = Decisions(workspace).approve_round(args.round, author, close=args.close)
    for ref in report.approved:
        print(f"{ref}\tapproved")
    for ref in report.already:
        print(f"{ref}\talready approved")
    for ref, waiting in report.undecided:
        waits = plural(waiting, "comment or suggestion", "comments or suggestions")
        print(f"{ref}\tnot approved\t{waits} without a decision")
    for ref, why in report.refused:
        print(f"{ref}\tnot approved\t{clean(said(why))}")
    for overview in report.changed:
        print(
            f"{overview.ref}\tchanged since the hearing\tkeeps "
            f"{100 * (overview.kept or 0):.0f}% of the text sent out; it may need a new hearing"
        )
    if report.closed:
        print(f"{report.round.id}\tclosed «{clean(report.round.name)}»")
    elif args.close:
        print(f"{report.round.id}\tnot closed: some sections are not approved")
    return 0


def round_sections(args: argparse.Namespace) -> int:
    from kartedit.services.decisions import Decisions

    with open_workspace(args.db) as workspace:
        found = Decisions(workspace).sections(args.round)
    for o in found:
        kept = "-" if o.kept is None else f"keeps {100 * o.kept:.0f}%"
        fields = [
            o.ref.key,
            o.status.value,
            plural(o.comments, "comment"),
            f"{o.open} open",
            kept,
        ]
        if o.changed_substantially:
            fields.append("changed substantially since the hearing: may need a new hearing")
        print("\t".join(fields))
    return 0


def round_summary(args: argparse.Namespace) -> int:
    from kartedit.services.summary import SummaryFormat, save_summary

    with open_workspace(args.db) as workspace:
        summary = save_summary(workspace, args.round, SummaryFormat(args.format), args.output)
    print(
        say(
            QT_TRANSLATE_NOOP(
                "CLI",
                "Wrote the hearing summary {output}: {threads} on {sections} of «{round_name}».",
            ),
            output=args.output,
            round_name=clean(summary.round.name),
            threads=counted(
                len(summary.threads),
                QT_TRANSLATE_NOOP("CLI", "1 comment or suggestion"),
                QT_TRANSLATE_NOOP("CLI", "{count} comments and suggestions"),
            ),
            sections=counted(
                len(summary.sections),
                QT_TRANSLATE_NOOP("CLI", "1 section"),
                QT_TRANSLATE_NOOP("CLI", "{count} sections"),
            ),
        )
    )
    return 0
