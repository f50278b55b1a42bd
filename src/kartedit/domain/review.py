"""Domain layer: reviewers, and their comments and suggestions anchored to passages."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionRef
from kartedit.domain.text_forms import nfc, nfc_or_none

COMMENT_TEXT_MAX = 20_000
"""A remark, not a document: longer text belongs in a suggestion or a letter."""

REPLACEMENT_MAX = 200_000
ROLE_MAX = 200


class CommentKind(Enum):
    COMMENT = "comment"
    """A remark on a passage (merknad)."""
    SUGGESTION = "suggestion"
    """Proposed replacement text for a passage (forslag)."""


@dataclass(frozen=True)
class Reviewer:
    """Who takes part in a hearing: a person, their organisation and their role in it."""

    name: str
    organisation: str = ""
    role: str = ""
    """Free text, e.g. «brukarrepresentant» or «helsesjukepleiar»; may be empty."""

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise UserError(QT_TRANSLATE_NOOP("Errors", "A reviewer needs a name."))
        if len(self.role) > ROLE_MAX:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The reviewer's role is too long (at most {limit} characters).",
                ),
                limit=ROLE_MAX,
            )

    @classmethod
    def from_author(cls, author: Author, role: str = "") -> Reviewer:
        return cls(author.name, author.organisation, role.strip())

    @property
    def author(self) -> Author:
        return Author(self.name, self.organisation)

    def __str__(self) -> str:
        text = str(self.author)
        return f"{text}, {self.role}" if self.role else text


@dataclass(frozen=True)
class CommentAnchor:
    """Where a comment belongs: the section, the exact revision the reviewer read, and the
    passage by quote, context and offsets (see ``text.anchor`` for finding it again)."""

    section: SectionRef
    revision: str
    quote: str
    prefix: str
    suffix: str
    start: int
    end: int

    def __post_init__(self) -> None:
        # Anchors arrive in response bundles, so a broken one is a user-facing problem.
        if not self.quote:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors", "A comment on {section} is anchored to an empty passage."
                ),
                section=self.section,
            )
        if self.start < 0 or self.end - self.start != len(self.quote):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A comment on {section} has a damaged anchor: its offsets do not "
                    "fit its quote.",
                ),
                section=self.section,
                detail=f"start={self.start} end={self.end} quote length={len(self.quote)}",
            )


@dataclass(frozen=True)
class Comment:
    """A comment, a suggestion, or a reply in a thread.

    Top-level comments and suggestions carry an anchor; replies carry the id of the
    comment they answer and share its passage. Ids are random (``new_id``), so comments
    made on many laptops never collide and importing one twice is recognisable.
    """

    id: str
    kind: CommentKind
    text: str
    reviewer: Reviewer
    created: datetime
    anchor: CommentAnchor | None = None
    replacement: str | None = None
    parent: str | None = None
    edited: datetime | None = None

    def __post_init__(self) -> None:
        # Frozen, so set through object: the words of a comment are kept in NFC (see
        # text_forms); the anchor's quote stays as read, since its offsets count it.
        object.__setattr__(self, "text", nfc(self.text))
        object.__setattr__(self, "replacement", nfc_or_none(self.replacement))
        if not self.id:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "A comment has no id."))
        if self.parent is None and self.anchor is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The comment {comment_id} is not anchored to any passage."
                ),
                comment_id=self.id,
            )
        if self.parent is not None and self.anchor is not None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The reply {comment_id} has an anchor of its own; replies have none.",
                ),
                comment_id=self.id,
            )
        if self.parent is not None and self.kind is not CommentKind.COMMENT:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The reply {comment_id} is a suggestion; replies are comments.",
                ),
                comment_id=self.id,
            )
        if self.kind is CommentKind.SUGGESTION and self.replacement is None:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "The suggestion {comment_id} has no replacement text."),
                comment_id=self.id,
            )
        if self.kind is CommentKind.COMMENT and self.replacement is not None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The comment {comment_id} has replacement text; only suggestions do.",
                ),
                comment_id=self.id,
            )
        check_comment_text(self.text, required=self.kind is CommentKind.COMMENT)
        if self.replacement is not None and len(self.replacement) > REPLACEMENT_MAX:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The suggested text is too long (at most {limit} characters).",
                ),
                limit=REPLACEMENT_MAX,
            )

    @property
    def is_reply(self) -> bool:
        return self.parent is not None


def check_comment_text(text: str, *, required: bool = True) -> str:
    if required and not text.strip():
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The comment is empty: write what you want to say.")
        )
    if len(text) > COMMENT_TEXT_MAX:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The comment is too long ({count} characters; at most {limit}).",
            ),
            count=len(text),
            limit=COMMENT_TEXT_MAX,
        )
    return text


@dataclass(frozen=True)
class Thread:
    """A top-level comment or suggestion and every reply under it, oldest first."""

    root: Comment
    replies: tuple[Comment, ...] = ()

    @property
    def anchor(self) -> CommentAnchor:
        assert self.root.anchor is not None
        return self.root.anchor


def thread_root(comments: Iterable[Comment], comment_id: str) -> Comment:
    """The top-level comment a reply (or a reply to a reply) belongs to."""
    return _root(_by_id(comments), comment_id)


def threads(comments: Iterable[Comment]) -> list[Thread]:
    """Group comments into threads, ordered by section, place in the text, then time."""
    by_id = _by_id(comments)
    replies: dict[str, list[Comment]] = {}
    roots = []
    for comment in by_id.values():
        if comment.parent is None:
            roots.append(comment)
        else:
            replies.setdefault(_root(by_id, comment.id).id, []).append(comment)
    roots.sort(key=_place)
    return [
        Thread(root, tuple(sorted(replies.get(root.id, []), key=lambda c: (c.created, c.id))))
        for root in roots
    ]


def _by_id(comments: Iterable[Comment]) -> dict[str, Comment]:
    return {c.id: c for c in comments}


def _root(by_id: dict[str, Comment], comment_id: str) -> Comment:
    current = by_id.get(comment_id)
    if current is None:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "No comment «{comment_id}» here."), comment_id=comment_id
        )
    seen = set()
    while current.parent is not None:
        if current.id in seen or current.parent not in by_id:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The comment «{comment_id}» answers a comment that is not here.",
                ),
                comment_id=comment_id,
            )
        seen.add(current.id)
        current = by_id[current.parent]
    return current


def section_order(ref: SectionRef) -> tuple[str, str, int]:
    """Sort key for section references (kinds in their fixed order, not alphabetical)."""
    return ref.pathway, ref.service, ref.kind.position


def _place(comment: Comment) -> tuple[tuple[str, str, int], int, int, datetime, str]:
    assert comment.anchor is not None
    anchor = comment.anchor
    return section_order(anchor.section), anchor.start, anchor.end, comment.created, comment.id


def ambiguous_comment_id(key: str, count: int) -> UserError:
    """The refusal of a shortened comment id that fits several comments."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors", "«{key}» fits {count} comments; give more of the comment's id."
        ),
        key=key,
        count=count,
    )
