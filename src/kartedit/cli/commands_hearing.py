"""CLI: hearing rounds, bundles and the reviewer's work — ``round``, ``bundle``, ``review``."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kartedit.cli.formatting import local_time, read_text_file
from kartedit.domain.errors import UserError

if TYPE_CHECKING:
    from kartedit.domain.people import Author

COMMANDS = {"round", "bundle", "review"}

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def clean(text: str, limit: int | None = None) -> str:
    """One line of untrusted text for a terminal: no control characters, no escapes."""
    flat = " ".join(_CONTROL.sub(" ", text).split())
    if limit is not None and len(flat) > limit:
        return flat[: limit - 1] + "…"
    return flat


def _count(number: int, one: str, many: str | None = None) -> str:
    return f"{number} {one if number == 1 else many or one + 's'}"


def register(sub: Any) -> dict[str, Any]:
    """Add ``round``, ``bundle`` and ``review`` with their actions to the top-level parser.

    Returns each group's action parsers, so other modules can add actions to them.
    """
    return {
        "round": _register_round(sub),
        "bundle": _register_bundle(sub),
        "review": _register_review(sub),
    }


def _register_round(sub: Any) -> Any:
    group = sub.add_parser("round", help="start, list or close hearing rounds")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = actions.add_parser("start", help="start a hearing round on a scope of sections")
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("--name", required=True, help="e.g. «Høring angst 2027»")
    p.add_argument("--edition", default="regional", help="edition slug (default: regional)")
    p.add_argument("--pathway", action="append", default=[], metavar="P", help="repeatable")
    p.add_argument("--service", action="append", default=[], metavar="S", help="repeatable")
    p.add_argument("--section", action="append", default=[], metavar="P/S/K", help="repeatable")
    p.add_argument("--deadline", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--author", help='"Name (Organisation)" (default: from settings)')
    p.add_argument(
        "--questions-file", type=Path, metavar="FILE.md", help="questions for the hearing letter"
    )
    p.add_argument(
        "--language", choices=("nb", "nn"), default="nb", help="written standard of documents"
    )
    p.set_defaults(handler=round_start)

    p = actions.add_parser("list", help="one line per round, newest first")
    p.add_argument("db", type=Path, metavar="DB")
    p.set_defaults(handler=round_list)

    p = actions.add_parser("close", help="close a round")
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("round", metavar="ROUND", help="the round's id (or its first characters)")
    p.add_argument("--author", help='"Name (Organisation)" (default: from settings)')
    p.set_defaults(handler=round_close)
    return actions


def _register_bundle(sub: Any) -> Any:
    group = sub.add_parser("bundle", help="export, inspect and validate .kartbundle files")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = actions.add_parser("export", help="write the review bundle of a round")
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("--round", required=True, metavar="ROUND")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.kartbundle")
    p.add_argument("--author", help='"Name (Organisation)" (default: settings, else the round)')
    p.add_argument(
        "--format",
        choices=("kartbundle", "docx"),
        default="kartbundle",
        help="kartbundle (default), or docx: a hearing document to answer in Word",
    )
    p.set_defaults(handler=bundle_export)

    p = actions.add_parser("info", help="kind, round, who, when and counts of a bundle")
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(handler=bundle_info)

    p = actions.add_parser("validate", help="check bundles whole; one line per problem")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.set_defaults(handler=bundle_validate)
    return actions


def _reviewer_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--reviewer", help='"Name (Organisation)" (default: from settings)')
    parser.add_argument("--role", default="", help="e.g. «brukarrepresentant»")


def _register_review(sub: Any) -> Any:
    group = sub.add_parser("review", help="comment on a review bundle and export a response")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = actions.add_parser("comment", help="comment on a passage (or suggest new wording)")
    p.add_argument("file", type=Path, metavar="FILE.kartbundle")
    p.add_argument("--section", required=True, metavar="PATHWAY/SERVICE/KIND")
    p.add_argument("--quote", required=True, help="the passage, exactly as in the text")
    p.add_argument("--occurrence", type=int, metavar="N", help="which one, if it occurs often")
    p.add_argument("--text", help="the comment (for a suggestion: why, optional)")
    p.add_argument("--suggest", metavar="REPLACEMENT", help="make it a suggestion: new wording")
    _reviewer_args(p)
    p.set_defaults(handler=review_comment)

    p = actions.add_parser("reply", help="answer a comment in its thread")
    p.add_argument("file", type=Path, metavar="FILE.kartbundle")
    p.add_argument("--to", required=True, metavar="COMMENT_ID")
    p.add_argument("--text", required=True)
    _reviewer_args(p)
    p.set_defaults(handler=review_reply)

    p = actions.add_parser("edit", help="change one of your comments or suggestions")
    p.add_argument("file", type=Path, metavar="FILE.kartbundle")
    p.add_argument("comment", metavar="COMMENT_ID")
    p.add_argument("--text")
    p.add_argument("--suggest", metavar="REPLACEMENT")
    p.set_defaults(handler=review_edit)

    p = actions.add_parser("delete", help="delete one of your comments and its replies")
    p.add_argument("file", type=Path, metavar="FILE.kartbundle")
    p.add_argument("comment", metavar="COMMENT_ID")
    p.set_defaults(handler=review_delete)

    p = actions.add_parser("list", help="one line per comment, in the order of the texts")
    p.add_argument("file", type=Path, metavar="FILE.kartbundle")
    p.add_argument("--section", metavar="PATHWAY/SERVICE/KIND")
    p.set_defaults(handler=review_list)

    p = actions.add_parser("export", help="write the response bundle")
    p.add_argument("file", type=Path, metavar="FILE.kartbundle")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="RESPONSE.kartbundle")
    _reviewer_args(p)
    p.set_defaults(handler=review_export)
    return actions


# -- round ------------------------------------------------------------------------------


def round_start(args: argparse.Namespace) -> int:
    from kartedit.cli.commands import _open
    from kartedit.domain.deadlines import deadline_warnings
    from kartedit.domain.hearing import norwegian_date, parse_deadline
    from kartedit.domain.sections import SectionRef
    from kartedit.services.identity import resolve_author
    from kartedit.services.rounds import round_sections, start_round

    deadline = parse_deadline(args.deadline)
    sections = [SectionRef.parse(value) for value in args.section]
    author = resolve_author(args.author)
    questions = read_text_file(args.questions_file) if args.questions_file else ""
    workspace = _open(args.db)
    try:
        started = start_round(
            workspace,
            name=args.name,
            deadline=deadline,
            author=author,
            edition=args.edition,
            pathways=args.pathway,
            services=args.service,
            sections=sections,
            questions=questions,
            language=args.language,
        )
        count = len(round_sections(workspace, started.id))
    finally:
        workspace.close()
    print(
        f"{started.id}\tstarted «{clean(started.name)}» on {started.edition}: "
        f"{_count(count, 'section')}, "
        f"deadline {norwegian_date(started.deadline)}"
    )
    for warning in deadline_warnings(started.started_at.astimezone().date(), started.deadline):
        print(f"warning\t{warning.message}")
    return 0


def round_list(args: argparse.Namespace) -> int:
    from kartedit.cli.commands import _open
    from kartedit.domain.hearing import norwegian_date
    from kartedit.services.rounds import list_rounds

    workspace = _open(args.db)
    try:
        rounds = list_rounds(workspace)
    finally:
        workspace.close()
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
                    r.scope.describe(),
                ]
            )
        )
    if not rounds:
        print("No hearing rounds yet.", file=sys.stderr)
    return 0


def round_close(args: argparse.Namespace) -> int:
    from kartedit.cli.commands import _open
    from kartedit.services.identity import resolve_author
    from kartedit.services.rounds import close_round

    author = resolve_author(args.author)
    workspace = _open(args.db)
    try:
        closed = close_round(workspace, args.round, author)
    finally:
        workspace.close()
    print(f"{closed.id}\tclosed «{clean(closed.name)}»")
    return 0


# -- bundle -----------------------------------------------------------------------------


def round_author(given: str | None) -> Author | None:
    """The --author given, or else the configured one; with neither, None: the person
    who started the round (a --author that cannot be used is still refused)."""
    from kartedit.services.identity import resolve_author

    try:
        return resolve_author(given)
    except UserError:
        if given:
            raise
        return None


def bundle_export(args: argparse.Namespace) -> int:
    from kartedit.cli.commands import _open
    from kartedit.services.bundles import export_review_bundle

    author = round_author(args.author)
    workspace = _open(args.db)
    try:
        manifest = export_review_bundle(workspace, args.round, args.output, author)
    finally:
        workspace.close()
    print(
        f"Wrote the review bundle {args.output}: {len(manifest.sections)} sections of "
        f"«{clean(manifest.round.name)}» (bundle {manifest.bundle_id})."
    )
    return 0


def bundle_info(args: argparse.Namespace) -> int:
    from kartedit.domain.bundles import BundleKind
    from kartedit.domain.hearing import norwegian_date
    from kartedit.services.bundles import comment_counts, open_bundle

    bundle = open_bundle(args.file)
    m = bundle.manifest
    lines = [
        ("kind", m.kind.value),
        ("bundle", m.bundle_id),
        ("map", f"{clean(m.map.name)} ({m.map.slug})"),
        ("edition", f"{clean(m.edition.name)} ({m.edition.slug})"),
        ("round", f"{clean(m.round.name)} ({m.round.id})"),
        ("deadline", norwegian_date(m.round.deadline)),
        ("made by", clean(str(m.made_by))),
        ("made at", local_time(m.made_at)),
        ("sections", str(len(m.sections))),
    ]
    if bundle.content is not None:
        pathways = ", ".join(clean(p.name) for p in bundle.content.pathways)
        lines.append(("pathways", pathways))
    if m.kind is BundleKind.RESPONSE and bundle.comments is not None:
        counts = comment_counts(bundle.comments.comments)
        lines += [
            ("reviewer", clean(str(m.reviewer))),
            ("in response to", str(m.in_response_to)),
            ("comments", str(counts.comments)),
            ("suggestions", str(counts.suggestions)),
            ("replies", str(counts.replies)),
        ]
    for key, value in lines:
        print(f"{key}:\t{value}")
    return 0


def bundle_validate(args: argparse.Namespace) -> int:
    from kartedit.services.bundles import open_bundle, validate_bundle

    failed = False
    for path in args.files:
        problems = validate_bundle(path)
        if problems:
            failed = True
            for problem in problems:
                print(f"kartedit: {clean(problem)}", file=sys.stderr)
            continue
        manifest = open_bundle(path).manifest
        print(f"{path}: a valid {manifest.kind.label} ({len(manifest.sections)} sections).")
    return 1 if failed else 0


# -- review -----------------------------------------------------------------------------


def _session(path: Path) -> Any:
    from kartedit.services.review import ReviewSession

    session = ReviewSession.open(path)
    for notice in session.notices:
        print(f"kartedit: note: {notice}", file=sys.stderr)
    return session


def _comment_id(session: Any, key: str) -> str:
    """A comment by id or its first few characters, as with rounds."""
    ids = [c.id for c in session.comments()]
    key = key.strip().lower()
    if key in ids:
        return key
    found = [i for i in ids if len(key) >= 4 and i.startswith(key)]
    if len(found) == 1:
        return found[0]
    if found:
        raise UserError(f"«{key}» fits {len(found)} comments; give more of the comment's id.")
    raise UserError(f"No comment «{key}» on this bundle. «kartedit review list» shows them.")


def review_comment(args: argparse.Namespace) -> int:
    from kartedit.domain.sections import SectionRef
    from kartedit.services.review import resolve_reviewer

    ref = SectionRef.parse(args.section)
    if args.suggest is None and not args.text:
        raise UserError("Give the comment with --text (or a suggestion with --suggest).")
    reviewer = resolve_reviewer(args.reviewer, args.role)
    session = _session(args.file)
    try:
        start, end = session.locate(ref, args.quote, args.occurrence)
    except UserError as exc:
        if "occurrence number" in exc.message:
            raise UserError(f"{exc.message} Give it with --occurrence N.") from None
        raise
    if args.suggest is None:
        comment = session.add_comment(ref, start, end, args.text, reviewer)
    else:
        comment = session.add_suggestion(ref, start, end, args.suggest, reviewer, args.text or "")
    print(f"{comment.id}\tadded a {comment.kind.value} on {ref}: «{clean(args.quote, 60)}»")
    return 0


def review_reply(args: argparse.Namespace) -> int:
    from kartedit.services.review import resolve_reviewer

    reviewer = resolve_reviewer(args.reviewer, args.role)
    session = _session(args.file)
    parent = _comment_id(session, args.to)
    reply = session.reply(parent, args.text, reviewer)
    print(f"{reply.id}\treplied to {parent}")
    return 0


def review_edit(args: argparse.Namespace) -> int:
    if args.text is None and args.suggest is None:
        raise UserError("Give the new text with --text, or new wording with --suggest.")
    session = _session(args.file)
    comment = session.edit(
        _comment_id(session, args.comment), text=args.text, replacement=args.suggest
    )
    print(f"{comment.id}\tedited")
    return 0


def review_delete(args: argparse.Namespace) -> int:
    session = _session(args.file)
    gone = session.delete(_comment_id(session, args.comment))
    replies = f" with {_count(len(gone) - 1, 'reply', 'replies')}" if len(gone) > 1 else ""
    print(f"{gone[0]}\tdeleted{replies}")
    return 0


def review_list(args: argparse.Namespace) -> int:
    from kartedit.domain.review import CommentKind
    from kartedit.domain.sections import SectionRef

    ref = SectionRef.parse(args.section) if args.section else None
    session = _session(args.file)
    for thread in session.threads(ref):
        root = thread.root
        section = thread.anchor.section.key
        text = clean(root.text, 200)
        if root.kind is CommentKind.SUGGESTION:
            text = f"→ «{clean(root.replacement or '', 200)}» {text}".rstrip()
        quote = f"«{clean(thread.anchor.quote, 60)}»"
        print(
            "\t".join([root.id, root.kind.value, section, clean(str(root.reviewer)), quote, text])
        )
        for reply in thread.replies:
            print(
                "\t".join(
                    [
                        reply.id,
                        f"reply to {reply.parent}",
                        section,
                        clean(str(reply.reviewer)),
                        "",
                        clean(reply.text, 200),
                    ]
                )
            )
    if not session.comments(ref):
        print("No comments yet.", file=sys.stderr)
    return 0


def review_export(args: argparse.Namespace) -> int:
    from kartedit.services.bundles import comment_counts
    from kartedit.services.review import resolve_reviewer

    reviewer = resolve_reviewer(args.reviewer, args.role)
    session = _session(args.file)
    manifest = session.export_response(args.output, reviewer)
    counts = comment_counts(session.comments())
    print(
        f"Wrote the response bundle {args.output}: {_count(counts.comments, 'comment')}, "
        f"{_count(counts.suggestions, 'suggestion')}, {_count(counts.replies, 'reply', 'replies')} "
        f"(bundle {manifest.bundle_id})."
    )
    return 0
