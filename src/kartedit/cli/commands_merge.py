"""CLI: the coordinator's side of a hearing — import responses, decide, approve, publish.

``bundle import|apply``, ``bundle export --kind approved``, ``comments``, ``decide``,
``status`` and ``round approve|sections|summary``. Exit codes: 0 done (``round approve``
also when it lists sections still waiting for decisions); 1 a user error (one line on
stderr; for ``bundle import``: some file was refused, the others went in); 3 ``decide
--accept`` on a passage that changed since the reviewer read it — nothing is written, the
suggestion must be merged in the three-way view.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kartedit.cli.commands_hearing import clean, round_author
from kartedit.domain.errors import UserError

if TYPE_CHECKING:
    from kartedit.domain.merge import HearingComment
    from kartedit.services.merge import FileReport

COMMANDS = {"comments", "decide", "status"}
EXIT_NEEDS_PERSON = 3
_AUTHOR_HELP = '"Name (Organisation)" (default: from settings)'
_STATUSES = ("draft", "in_hearing", "approved")
_STATES = ("open", "resolved", "accepted", "rejected")


def register(sub: Any, groups: dict[str, Any], section_args: Any) -> None:
    """Add this module's commands, and its actions to the ``round`` and ``bundle`` groups."""
    _register_bundle(groups["bundle"])
    _register_round(groups["round"])

    p = sub.add_parser("comments", help="list the comments and suggestions of hearing rounds")
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("--round", metavar="ROUND", help="the round's id (or its first characters)")
    p.add_argument("--section", metavar="PATHWAY/SERVICE/KIND")
    p.add_argument("--state", choices=_STATES)
    p.add_argument("--reviewer", metavar="NAME", help="part of the reviewer's name")
    p.add_argument("--organisation", metavar="ORG", help="part of the organisation's name")
    p.set_defaults(handler=comments)

    p = sub.add_parser("decide", help="accept, reject or resolve a comment or suggestion")
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("comment", metavar="COMMENT_ID", help="the id (or its first characters)")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--accept", action="store_true", help="put a suggestion into the text")
    what.add_argument("--reject", metavar="REASON", help="do not follow it, saying why")
    what.add_argument("--resolve", action="store_true", help="mark it as dealt with")
    what.add_argument("--reopen", action="store_true", help="undo a resolve or reject")
    p.add_argument("--reply", metavar="TEXT", help="answer in the comment's thread")
    p.add_argument("--reason", default="", help="why (with --accept or --resolve)")
    p.add_argument("--author", help=_AUTHOR_HELP)
    p.set_defaults(handler=decide)

    p = sub.add_parser("status", help="set a section's status (draft, in_hearing, approved)")
    section_args(p)
    p.add_argument("--set", required=True, choices=_STATUSES, dest="status")
    p.add_argument("--author", help=_AUTHOR_HELP)
    p.set_defaults(handler=status)


def _register_bundle(actions: Any) -> None:
    export = actions.choices["export"]
    export.add_argument(
        "--kind",
        choices=("review", "approved"),
        default="review",
        help="review: the texts sent out (default); approved: the approved regional texts",
    )
    export.set_defaults(handler=bundle_export)

    p = actions.add_parser(
        "import", help="import response bundles and answered hearing documents (.docx)"
    )
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.set_defaults(handler=bundle_import)

    p = actions.add_parser("apply", help="apply an approved bundle to this copy of the map")
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(handler=bundle_apply)


def _register_round(actions: Any) -> None:
    p = actions.add_parser("approve", help="approve every section whose comments are decided")
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("round", metavar="ROUND")
    p.add_argument("--close", action="store_true", help="close the round if all got approved")
    p.add_argument("--author", help=_AUTHOR_HELP)
    p.set_defaults(handler=round_approve)

    p = actions.add_parser("sections", help="the round's sections: status, comments, changes")
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("round", metavar="ROUND")
    p.set_defaults(handler=round_sections)

    p = actions.add_parser("summary", help="write the hearing summary (høringsoppsummering)")
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("round", metavar="ROUND")
    p.add_argument("--format", choices=("csv", "html", "docx"), required=True)
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    p.set_defaults(handler=round_summary)


def _open(path: Path) -> Any:
    from kartedit.cli.commands import _open as open_workspace

    return open_workspace(path)


def _count(number: int, one: str, many: str | None = None) -> str:
    return f"{number} {one if number == 1 else many or one + 's'}"


# -- bundle -------------------------------------------------------------------------------


def bundle_export(args: argparse.Namespace) -> int:
    if args.format == "docx":
        if args.kind != "review":
            raise UserError(
                "A Word document is made of a round's review texts only (--kind review)."
            )
        from kartedit.cli.commands_word import export_hearing_document

        return export_hearing_document(args)
    if args.kind == "review":
        from kartedit.cli.commands_hearing import bundle_export as export_review

        return export_review(args)
    from kartedit.services.approved import export_approved_bundle

    author = round_author(args.author)
    workspace = _open(args.db)
    try:
        done = export_approved_bundle(workspace, args.round, args.output, author)
    finally:
        workspace.close()
    m = done.manifest
    for ref, shown in done.left_out:
        print(f"left out\t{ref}\t{shown.value}")
    print(
        f"Wrote the approved bundle {args.output}: {_count(len(m.sections), 'approved section')} "
        f"of «{clean(m.round.name)}» (bundle {m.bundle_id})."
    )
    return 0


def _file_lines(report: FileReport) -> list[str]:
    if report.cancelled:
        return [f"{report.path}: not imported (cancelled)"]
    if report.refused is not None:
        return [f"{report.path}: refused: {clean(report.refused)}"]
    people = report.reviewers or ((report.reviewer,) if report.reviewer else ())
    whom = "; ".join(
        clean(f"{who.name} ({', '.join(p for p in (who.organisation, who.role) if p)})")
        for who in people
    )
    again = " (this response was imported before)" if report.seen_before else ""
    lines = [
        f"{report.path}: {whom} on «{clean(report.round_name or '')}»{again}: "
        f"{report.imported} new, {report.present} already present, {report.updated} updated; "
        f"{len(report.moved)} re-anchored (moved), {len(report.orphaned)} orphaned"
    ]
    for item in report.items:
        where = "reply" if item.is_reply else item.anchor.value if item.anchor else "-"
        lines.append(
            "\t".join(
                [
                    f"  {item.outcome.value}",
                    where,
                    item.comment_id,
                    item.kind.value,
                    item.section.key,
                    f"«{clean(item.quote, 60)}»",
                    *([item.note] if item.note else []),
                ]
            )
        )
    lines.extend(f"  note\t{clean(note)}" for note in report.notes)
    return lines


def bundle_import(args: argparse.Namespace) -> int:
    from kartedit.services.merge import import_responses

    workspace = _open(args.db)
    try:
        report = import_responses(workspace, args.files)
    finally:
        workspace.close()
    for file_report in report.files:
        print("\n".join(_file_lines(file_report)))
    refused = len(report.refused)
    total = len(report.files)
    print(f"Imported {total - refused} of {_count(total, 'file')}; {refused} refused.")
    if refused:
        rest = "nothing was imported" if refused == total else "the others were imported"
        print(
            f"kartedit: {refused} of {_count(total, 'file')} refused (see above); {rest}.",
            file=sys.stderr,
        )
        return 1
    return 0


def bundle_apply(args: argparse.Namespace) -> int:
    from kartedit.services.approved import apply_approved_bundle

    workspace = _open(args.db)
    try:
        report = apply_approved_bundle(workspace, args.file)
    finally:
        workspace.close()
    stale: dict[str, int] = {}
    for entry in report.sections:
        line = f"{entry.ref}\t{entry.outcome.value}\trevision {entry.revision_id}"
        if entry.stale:
            line += f"\tstale in: {', '.join(entry.stale)}"
            for edition in entry.stale:
                stale[edition] = stale.get(edition, 0) + 1
        print(line)
    m = report.manifest
    updated = len(report.updated)
    print(
        f"Applied the approved bundle of «{clean(m.round.name)}» by {clean(str(m.made_by))}: "
        f"{updated} updated, {len(report.sections) - updated} unchanged."
    )
    for edition, number in sorted(stale.items()):
        print(
            f"«{edition}»: {_count(number, 'local adaptation')} now stale; re-base with "
            f"«kartedit rebase {args.db} --edition {edition}»."
        )
    return 0


# -- comments and decisions ---------------------------------------------------------------


def _comment_line(item: HearingComment, replies: int = 0) -> str:
    from kartedit.domain.review import CommentKind

    text = clean(item.comment.text, 200)
    if item.kind is CommentKind.SUGGESTION:
        text = f"→ «{clean(item.comment.replacement or '', 200)}» {text}".rstrip()
    fields = [
        item.id,
        clean(item.reviewer.name),
        clean(item.reviewer.organisation) or "-",
        item.state.value,
        item.anchor_status.value if item.anchor_status else "-",
        f"«{clean(item.quote, 60)}»",
        item.section.key,
        item.kind.value,
        text,
    ]
    if replies:
        fields.append(_count(replies, "reply", "replies"))
    return "\t".join(fields)


def comments(args: argparse.Namespace) -> int:
    from kartedit.domain.merge import CommentState
    from kartedit.domain.sections import SectionRef
    from kartedit.services.decisions import Decisions

    section = SectionRef.parse(args.section) if args.section else None
    state = CommentState.parse(args.state) if args.state else None
    workspace = _open(args.db)
    try:
        found = Decisions(workspace).threads(
            args.round,
            section=section,
            state=state,
            reviewer=args.reviewer,
            organisation=args.organisation,
        )
    finally:
        workspace.close()
    for thread in found:
        print(_comment_line(thread.root, len(thread.replies)))
    if not found:
        print("No comments match.", file=sys.stderr)
    return 0


def decide(args: argparse.Namespace) -> int:
    from kartedit.services.decisions import Decisions, ThreeWayNeeded
    from kartedit.services.identity import resolve_author

    chosen = args.accept or args.resolve or args.reopen or args.reject is not None
    if not chosen and args.reply is None:
        raise UserError("Say what to do: --accept, --reject REASON, --resolve or --reply TEXT.")
    author = resolve_author(args.author)
    workspace = _open(args.db)
    try:
        decisions = Decisions(workspace)
        key = args.comment
        if args.accept:
            outcome = decisions.accept(key, author, args.reason)
            if isinstance(outcome, ThreeWayNeeded):
                item = outcome.comment
                print(
                    f"kartedit: {item.id}: {outcome.reason} ({item.reviewer.name}'s suggestion "
                    f"on {item.section}); nothing was changed. Resolve it in the three-way "
                    "view of the coordinator's review window.",
                    file=sys.stderr,
                )
                return EXIT_NEEDS_PERSON
            revision = outcome.revision
            detail = (
                f"revision {revision.id}\t{clean(revision.message or '')}"
                if revision
                else "the text already said so"
            )
            print(f"{outcome.comment.id}\taccepted\t{detail}")
        elif args.reject is not None:
            item = decisions.reject(key, author, args.reject)
            print(f"{item.id}\trejected\t{clean(args.reject, 200)}")
        elif args.resolve:
            item = decisions.resolve(key, author, args.reason)
            print(f"{item.id}\tresolved")
        elif args.reopen:
            item = decisions.reopen(key)
            print(f"{item.id}\treopened")
        if args.reply is not None:
            reply = decisions.reply(key, args.reply, author)
            print(f"{reply.id}\treplied to {reply.comment.parent}")
    finally:
        workspace.close()
    return 0


def status(args: argparse.Namespace) -> int:
    from kartedit.cli.commands import _ref
    from kartedit.domain.sections import Status
    from kartedit.services.identity import resolve_author

    ref = _ref(args)
    wanted = Status.parse(args.status)
    author = resolve_author(args.author)
    workspace = _open(args.db)
    try:
        changed = workspace.set_status(ref, wanted, author, edition=args.edition)
    finally:
        workspace.close()
    note = "" if changed else " (it already was)"
    print(f"{ref}\t{wanted.value}\t{args.edition}{note}")
    return 0


# -- rounds -------------------------------------------------------------------------------


def round_approve(args: argparse.Namespace) -> int:
    from kartedit.services.decisions import Decisions
    from kartedit.services.identity import resolve_author

    author = resolve_author(args.author)
    workspace = _open(args.db)
    try:
        report = Decisions(workspace).approve_round(args.round, author, close=args.close)
    finally:
        workspace.close()
    for ref in report.approved:
        print(f"{ref}\tapproved")
    for ref in report.already:
        print(f"{ref}\talready approved")
    for ref, waiting in report.undecided:
        waits = _count(waiting, "comment or suggestion", "comments or suggestions")
        print(f"{ref}\tnot approved\t{waits} without a decision")
    for ref, why in report.refused:
        print(f"{ref}\tnot approved\t{clean(why)}")
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

    workspace = _open(args.db)
    try:
        found = Decisions(workspace).sections(args.round)
    finally:
        workspace.close()
    for o in found:
        kept = "-" if o.kept is None else f"keeps {100 * o.kept:.0f}%"
        fields = [
            o.ref.key,
            o.status.value,
            _count(o.comments, "comment"),
            f"{o.open} open",
            kept,
        ]
        if o.changed_substantially:
            fields.append("changed substantially since the hearing: may need a new hearing")
        print("\t".join(fields))
    return 0


def round_summary(args: argparse.Namespace) -> int:
    from kartedit.services.summary import SummaryFormat, save_summary

    workspace = _open(args.db)
    try:
        summary = save_summary(workspace, args.round, SummaryFormat(args.format), args.output)
    finally:
        workspace.close()
    print(
        f"Wrote the hearing summary {args.output}: "
        f"{_count(len(summary.threads), 'comment or suggestion', 'comments and suggestions')} "
        f"on {_count(len(summary.sections), 'section')} of «{clean(summary.round.name)}»."
    )
    return 0
