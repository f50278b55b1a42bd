"""Bundle layer: ``comments.json`` ⇄ comment values — in response bundles and work in progress."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kartedit.bundle.manifest import check_schema, check_version, person_json
from kartedit.bundle.problems import BundleError
from kartedit.bundle.schemas import dump_json, parse_json, version_needed
from kartedit.domain.errors import UserError
from kartedit.domain.ids import format_utc, parse_utc
from kartedit.domain.messages import QT_TRANSLATE_NOOP, Message
from kartedit.domain.review import Comment, CommentAnchor, CommentKind, Reviewer
from kartedit.domain.sections import SectionRef

FORMAT = "kartedit-comments"
SCHEMA_VERSION = 2
"""The newest version this kartedit reads; 2 allows comments on pathway-level texts."""
SCHEMA = "comments"
COMMENTS = "comments.json"


@dataclass(frozen=True)
class CommentsDocument:
    """A reviewer's comments on one review bundle, in the order they were made."""

    review_bundle: str
    comments: tuple[Comment, ...] = ()


def comment_json(comment: Comment) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": comment.id,
        "kind": comment.kind.value,
        "text": comment.text,
        "reviewer": person_json(comment.reviewer),
        "created": format_utc(comment.created),
    }
    if comment.edited is not None:
        out["edited"] = format_utc(comment.edited)
    if comment.replacement is not None:
        out["replacement"] = comment.replacement
    if comment.parent is not None:
        out["parent"] = comment.parent
    if comment.anchor is not None:
        a = comment.anchor
        out["anchor"] = {
            "section": a.section.key,
            "revision": a.revision,
            "quote": a.quote,
            "prefix": a.prefix,
            "suffix": a.suffix,
            "start": a.start,
            "end": a.end,
        }
    return out


def dump_comments(document: CommentsDocument) -> bytes:
    return dump_json(
        {
            "format": FORMAT,
            "schema_version": version_needed(
                c.anchor.section for c in document.comments if c.anchor is not None
            ),
            "review_bundle": document.review_bundle,
            "comments": [comment_json(c) for c in document.comments],
        }
    )


def _comment(item: dict[str, Any]) -> Comment:
    anchor = item.get("anchor")
    reviewer = item["reviewer"]
    return Comment(
        id=item["id"],
        kind=CommentKind(item["kind"]),
        text=item["text"],
        reviewer=Reviewer(
            reviewer["name"], reviewer.get("organisation", ""), reviewer.get("role", "")
        ),
        created=parse_utc(item["created"]),
        anchor=(
            CommentAnchor(
                SectionRef.parse(anchor["section"]),
                anchor["revision"],
                anchor["quote"],
                anchor["prefix"],
                anchor["suffix"],
                anchor["start"],
                anchor["end"],
            )
            if anchor is not None
            else None
        ),
        replacement=item.get("replacement"),
        parent=item.get("parent"),
        edited=parse_utc(item["edited"]) if "edited" in item else None,
    )


COMMENTS_FILE = Message.of(QT_TRANSLATE_NOOP("Bundles", "comments file"))


def parse_comments(raw: bytes, label: str) -> CommentsDocument:
    """JSON, version, schema, then each comment's values and the threads' consistency."""
    try:
        document = parse_json(raw, label)
    except UserError as exc:
        raise BundleError([exc.said]) from None
    check_version(document, label, FORMAT, SCHEMA_VERSION, COMMENTS_FILE)
    check_schema(document, SCHEMA, label, COMMENTS_FILE)
    problems = []
    comments = []
    for index, item in enumerate(document["comments"]):
        try:
            comments.append(_comment(item))
        except UserError as exc:
            problems.append(
                Message.of(
                    QT_TRANSLATE_NOOP("Errors", "{label}: comment {number}: {message}"),
                    label=label,
                    number=index + 1,
                    message=exc.said,
                )
            )
        except ValueError as exc:
            problems.append(
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: comment {number}: a time in it is not valid ({exc}).",
                    ),
                    label=label,
                    number=index + 1,
                    exc=exc,
                )
            )
    if problems:
        raise BundleError(problems)
    problems.extend(thread_problems(comments, label))
    if problems:
        raise BundleError(problems)
    return CommentsDocument(document["review_bundle"], tuple(comments))


def thread_problems(comments: list[Comment], label: str) -> list[Message]:
    """Unique ids, and every reply answering a comment in the same file (no loops)."""
    problems = []
    seen: set[str] = set()
    for comment in comments:
        if comment.id in seen:
            problems.append(
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{label}: the comment id {comment_id} appears twice."
                    ),
                    label=label,
                    comment_id=comment.id,
                )
            )
        seen.add(comment.id)
    if problems:
        return problems
    parents = {c.id: c.parent for c in comments}
    settled: dict[str, bool] = {}  # id → reaches a top-level comment
    for comment in comments:
        path, current = [], comment.id
        while current not in settled and parents.get(current) is not None and current not in path:
            path.append(current)
            current = str(parents[current])
        if current in settled:
            fine = settled[current]
        else:
            fine = current in parents and parents[current] is None
        for item in path:
            settled[item] = fine
        settled.setdefault(comment.id, fine)
        if not fine:
            problems.append(
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: the reply {comment_id} answers a comment that is not "
                        "in the file (or replies answer each other in a loop).",
                    ),
                    label=label,
                    comment_id=comment.id,
                )
            )
    return problems
