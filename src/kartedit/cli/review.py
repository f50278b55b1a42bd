"""CLI: the ``review`` group — a reviewer comments on a review bundle and exports a response."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kartedit.cli.formatting import clean, plural
from kartedit.cli.language import say
from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP, counted
from kartedit.domain.sections import SectionRef

if TYPE_CHECKING:
    pass


def register(sub: Any) -> None:
    """Add ``review`` and its actions to the top-level parser."""
    group = sub.add_parser(
        "review", help=QT_TRANSLATE_NOOP("CLI", "comment on a review bundle and export a response")
    )
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = actions.add_parser(
        "comment", help=QT_TRANSLATE_NOOP("CLI", "comment on a passage (or suggest new wording)")
    )
    p.add_argument("file", type=Path, metavar="FILE.kartbundle")
    p.add_argument("--section", required=True, metavar="PATHWAY/SERVICE/KIND")
    p.add_argument(
        "--quote",
        required=True,
        help=QT_TRANSLATE_NOOP("CLI", "the passage, exactly as in the text"),
    )
    p.add_argument(
        "--occurrence",
        type=int,
        metavar="N",
        help=QT_TRANSLATE_NOOP("CLI", "which one, if it occurs often"),
    )
    p.add_argument(
        "--text", help=QT_TRANSLATE_NOOP("CLI", "the comment (for a suggestion: why, optional)")
    )
    p.add_argument(
        "--suggest",
        metavar="REPLACEMENT",
        help=QT_TRANSLATE_NOOP("CLI", "make it a suggestion: new wording"),
    )
    _reviewer_args(p)
    p.set_defaults(handler=review_comment)

    p = actions.add_parser("reply", help=QT_TRANSLATE_NOOP("CLI", "answer a comment in its thread"))
    p.add_argument("file", type=Path, metavar="FILE.kartbundle")
    p.add_argument("--to", required=True, metavar="COMMENT_ID")
    p.add_argument("--text", required=True)
    _reviewer_args(p)
    p.set_defaults(handler=review_reply)

    p = actions.add_parser(
        "edit", help=QT_TRANSLATE_NOOP("CLI", "change one of your comments or suggestions")
    )
    p.add_argument("file", type=Path, metavar="FILE.kartbundle")
    p.add_argument("comment", metavar="COMMENT_ID")
    p.add_argument("--text")
    p.add_argument("--suggest", metavar="REPLACEMENT")
    p.set_defaults(handler=review_edit)

    p = actions.add_parser(
        "delete", help=QT_TRANSLATE_NOOP("CLI", "delete one of your comments and its replies")
    )
    p.add_argument("file", type=Path, metavar="FILE.kartbundle")
    p.add_argument("comment", metavar="COMMENT_ID")
    p.set_defaults(handler=review_delete)

    p = actions.add_parser(
        "list", help=QT_TRANSLATE_NOOP("CLI", "one line per comment, in the order of the texts")
    )
    p.add_argument("file", type=Path, metavar="FILE.kartbundle")
    p.add_argument("--section", metavar="PATHWAY/SERVICE/KIND")
    p.set_defaults(handler=review_list)

    p = actions.add_parser("export", help=QT_TRANSLATE_NOOP("CLI", "write the response bundle"))
    p.add_argument("file", type=Path, metavar="FILE.kartbundle")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="RESPONSE.kartbundle")
    _reviewer_args(p)
    p.set_defaults(handler=review_export)


def _reviewer_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--reviewer",
        help=QT_TRANSLATE_NOOP("CLI", '"Name (Organisation)" (default: from settings)'),
    )
    parser.add_argument(
        "--role", default="", help=QT_TRANSLATE_NOOP("CLI", "e.g. «brukarrepresentant»")
    )


def _session(path: Path) -> Any:
    from kartedit.services.review import ReviewSession

    session = ReviewSession.open(path)
    for notice in session.notices:
        note = say(QT_TRANSLATE_NOOP("CLI", "note: {notice}"), notice=notice)
        print(f"kartedit: {note}", file=sys.stderr)
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
        from kartedit.domain.review import ambiguous_comment_id  # not for every command

        raise ambiguous_comment_id(key, len(found))
    raise UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "No comment «{key}» on this bundle. «kartedit review list» shows them.",
        ),
        key=key,
    )


def review_comment(args: argparse.Namespace) -> int:
    from kartedit.services.review import resolve_reviewer

    ref = SectionRef.parse(args.section)
    if args.suggest is None and not args.text:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Give the comment with --text (or a suggestion with --suggest).",
            )
        )
    reviewer = resolve_reviewer(args.reviewer, args.role)
    session = _session(args.file)
    try:
        start, end = session.locate(ref, args.quote, args.occurrence)
    except UserError as exc:
        if "occurrence number" in exc.message:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "{message} Give it with --occurrence N."),
                message=exc.said,
            ) from None
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
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Give the new text with --text, or new wording with --suggest.",
            )
        )
    session = _session(args.file)
    comment = session.edit(
        _comment_id(session, args.comment), text=args.text, replacement=args.suggest
    )
    print(f"{comment.id}\tedited")
    return 0


def review_delete(args: argparse.Namespace) -> int:
    session = _session(args.file)
    gone = session.delete(_comment_id(session, args.comment))
    replies = f" with {plural(len(gone) - 1, 'reply', 'replies')}" if len(gone) > 1 else ""
    print(f"{gone[0]}\tdeleted{replies}")
    return 0


def review_list(args: argparse.Namespace) -> int:
    from kartedit.domain.review import CommentKind

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
        print(say(QT_TRANSLATE_NOOP("CLI", "No comments yet.")), file=sys.stderr)
    return 0


def review_export(args: argparse.Namespace) -> int:
    from kartedit.services.bundles import comment_counts
    from kartedit.services.review import resolve_reviewer

    reviewer = resolve_reviewer(args.reviewer, args.role)
    session = _session(args.file)
    manifest = session.export_response(args.output, reviewer)
    counts = comment_counts(session.comments())
    print(
        say(
            QT_TRANSLATE_NOOP(
                "CLI",
                "Wrote the response bundle {output}: {comments}, {suggestions}, {replies} "
                "(bundle {bundle_id}).",
            ),
            output=args.output,
            bundle_id=manifest.bundle_id,
            comments=counted(
                counts.comments,
                QT_TRANSLATE_NOOP("CLI", "1 comment"),
                QT_TRANSLATE_NOOP("CLI", "{count} comments"),
            ),
            suggestions=counted(
                counts.suggestions,
                QT_TRANSLATE_NOOP("CLI", "1 suggestion"),
                QT_TRANSLATE_NOOP("CLI", "{count} suggestions"),
            ),
            replies=counted(
                counts.replies,
                QT_TRANSLATE_NOOP("CLI", "1 reply"),
                QT_TRANSLATE_NOOP("CLI", "{count} replies"),
            ),
        )
    )
    return 0
