"""CLI: the coordinator's decisions — ``comments``, ``decide`` and ``status``.

Exit codes: 0 done; 1 a user error; 3 ``decide --accept`` on a passage that changed since
the reviewer read it — nothing is written, the suggestion must be resolved in the
three-way view."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kartedit.cli.common import (
    AUTHOR_HELP,
    open_workspace,
    section_args,
    section_ref,
)
from kartedit.cli.formatting import clean, plural
from kartedit.cli.language import said, say
from kartedit.domain.errors import UserError
from kartedit.domain.history import revision_message
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.sections import SectionRef
from kartedit.services.identity import resolve_author

if TYPE_CHECKING:
    from kartedit.domain.responses import HearingComment

EXIT_NEEDS_PERSON = 3
_STATUSES = ("draft", "in_hearing", "approved")
_STATES = ("open", "resolved", "accepted", "rejected")


def register(sub: Any) -> None:
    """Add ``comments``, ``decide`` and ``status`` to the top-level parser."""
    p = sub.add_parser(
        "comments",
        help=QT_TRANSLATE_NOOP("CLI", "list the comments and suggestions of hearing rounds"),
    )
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument(
        "--round",
        metavar="ROUND",
        help=QT_TRANSLATE_NOOP("CLI", "the round's id (or its first characters)"),
    )
    p.add_argument("--section", metavar="PATHWAY/SERVICE/KIND")
    p.add_argument("--state", choices=_STATES)
    p.add_argument(
        "--reviewer", metavar="NAME", help=QT_TRANSLATE_NOOP("CLI", "part of the reviewer's name")
    )
    p.add_argument(
        "--organisation",
        metavar="ORG",
        help=QT_TRANSLATE_NOOP("CLI", "part of the organisation's name"),
    )
    p.set_defaults(handler=comments)

    p = sub.add_parser(
        "decide", help=QT_TRANSLATE_NOOP("CLI", "accept, reject or resolve a comment or suggestion")
    )
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument(
        "comment",
        metavar="COMMENT_ID",
        help=QT_TRANSLATE_NOOP("CLI", "the id (or its first characters)"),
    )
    what = p.add_mutually_exclusive_group()
    what.add_argument(
        "--accept",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CLI", "put a suggestion into the text"),
    )
    what.add_argument(
        "--reject", metavar="REASON", help=QT_TRANSLATE_NOOP("CLI", "do not follow it, saying why")
    )
    what.add_argument(
        "--resolve", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "mark it as dealt with")
    )
    what.add_argument(
        "--reopen", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "undo a resolve or reject")
    )
    p.add_argument(
        "--reply", metavar="TEXT", help=QT_TRANSLATE_NOOP("CLI", "answer in the comment's thread")
    )
    p.add_argument(
        "--reason", default="", help=QT_TRANSLATE_NOOP("CLI", "why (with --accept or --resolve)")
    )
    p.add_argument("--author", help=AUTHOR_HELP)
    p.set_defaults(handler=decide)

    p = sub.add_parser(
        "status",
        help=QT_TRANSLATE_NOOP("CLI", "set a section's status (draft, in_hearing, approved)"),
    )
    section_args(p)
    p.add_argument("--set", required=True, choices=_STATUSES, dest="status")
    p.add_argument("--author", help=AUTHOR_HELP)
    p.set_defaults(handler=status)


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
        fields.append(plural(replies, "reply", "replies"))
    return "\t".join(fields)


def comments(args: argparse.Namespace) -> int:
    from kartedit.domain.responses import CommentState
    from kartedit.services.decisions import Decisions

    section = SectionRef.parse(args.section) if args.section else None
    state = CommentState.parse(args.state) if args.state else None
    with open_workspace(args.db) as workspace:
        found = Decisions(workspace).threads(
            args.round,
            section=section,
            state=state,
            reviewer=args.reviewer,
            organisation=args.organisation,
        )
    for thread in found:
        print(_comment_line(thread.root, len(thread.replies)))
    if not found:
        print(say(QT_TRANSLATE_NOOP("CLI", "No comments match.")), file=sys.stderr)
    return 0


def decide(args: argparse.Namespace) -> int:
    from kartedit.services.decisions import Decisions, ThreeWayNeeded

    chosen = args.accept or args.resolve or args.reopen or args.reject is not None
    if not chosen and args.reply is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Say what to do: --accept, --reject REASON, --resolve or --reply TEXT.",
            )
        )
    author = resolve_author(args.author)
    with open_workspace(args.db) as workspace:
        decisions = Decisions(workspace)
        key = args.comment
        if args.accept:
            outcome = decisions.accept(key, author, args.reason)
            if isinstance(outcome, ThreeWayNeeded):
                item = outcome.comment
                print(
                    say(
                        QT_TRANSLATE_NOOP(
                            "CLI",
                            "kartedit: {item_id}: {reason} ({reviewer_name}'s suggestion on "
                            "{section}); nothing was changed. Resolve it in the three-way "
                            "view of the coordinator's review window.",
                        ),
                        item_id=item.id,
                        reason=outcome.reason,
                        reviewer_name=item.reviewer.name,
                        section=item.section,
                    ),
                    file=sys.stderr,
                )
                return EXIT_NEEDS_PERSON
            revision = outcome.revision
            detail = (
                f"revision {revision.id}\t{clean(said(revision_message(revision.message) or ''))}"
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
    return 0


def status(args: argparse.Namespace) -> int:
    from kartedit.domain.sections import Status

    ref = section_ref(args)
    wanted = Status.parse(args.status)
    author = resolve_author(args.author)
    with open_workspace(args.db) as workspace:
        changed = workspace.set_status(ref, wanted, author, edition=args.edition)
    note = "" if changed else " (it already was)"
    print(f"{ref}\t{wanted.value}\t{args.edition}{note}")
    return 0
