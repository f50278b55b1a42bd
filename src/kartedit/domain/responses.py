"""Domain layer: hearing comments back at the coordinator — placement, state and decision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from kartedit.domain import history
from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.people import Author
from kartedit.domain.review import Comment, CommentKind, Reviewer
from kartedit.domain.sections import SectionRef

SUBSTANTIAL_CHANGE = 0.75
"""A section keeping less than this share of the words sent out may need a new hearing."""

REASON_MAX = 5_000


class AnchorStatus(Enum):
    EXACT = "exact"
    """The quote is still at its offsets, with the same context around it."""
    MOVED = "moved"
    """The quote, or a close variant of it, was found by searching: the text around it changed."""
    ORPHANED = "orphaned"
    """The passage is gone; the comment can only be shown unanchored."""


class CommentState(Enum):
    """Where a comment or suggestion stands with the coordinator."""

    OPEN = "open"
    RESOLVED = "resolved"
    ACCEPTED = "accepted"
    """Suggestions only: the replacement went into the text."""
    REJECTED = "rejected"

    @property
    def decided(self) -> bool:
        return self is not CommentState.OPEN

    @property
    def norwegian(self) -> str:
        """The word used in hearing summaries (bokmål)."""
        return _NORWEGIAN_STATES[self]

    @classmethod
    def parse(cls, value: str) -> CommentState:
        try:
            return cls(value.strip().lower())
        except ValueError:
            names = ", ".join(s.value for s in cls)
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "Unknown state «{value}». Use one of: {names}."),
                value=value,
                names=names,
            ) from None


_NORWEGIAN_STATES = {
    CommentState.OPEN: "ikke avgjort",
    CommentState.RESOLVED: "ferdig behandlet",
    CommentState.ACCEPTED: "tatt til følge",
    CommentState.REJECTED: "ikke tatt til følge",
}


@dataclass(frozen=True)
class Placement:
    """Where a comment's passage is in a section's current text (no offsets when orphaned)."""

    status: AnchorStatus
    revision: str
    """The revision the offsets refer to: the section's text when the placement was found."""
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Decision:
    """What the coordinator decided on a comment or suggestion, who, when and why."""

    state: CommentState
    by: Author
    at: datetime
    reason: str = ""
    revision: str | None = None
    """An accepted suggestion: the revision that put it into the text (None if it was there)."""
    message: str | None = None
    """That revision's message, naming the reviewer whose suggestion it was."""

    def __post_init__(self) -> None:
        if not self.state.decided:
            raise ValueError("a decision needs a decided state")
        check_reason(self.reason)


def check_reason(reason: str) -> str:
    if len(reason) > REASON_MAX:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The reason is too long (at most {limit} characters).",
            ),
            limit=REASON_MAX,
        )
    return reason


@dataclass(frozen=True)
class HearingComment:
    """A comment, suggestion or reply as the coordinator holds it after importing responses.

    ``comment`` is exactly what the reviewer sent (anchor included); coordinator replies
    are comments too, marked ``from_coordinator``.
    """

    comment: Comment
    round_id: str
    section: SectionRef
    state: CommentState = CommentState.OPEN
    placement: Placement | None = None
    """Top-level comments and suggestions only; replies share their thread's passage."""
    decision: Decision | None = None
    response_id: str | None = None
    """The response bundle it came from; None for the coordinator's own replies."""
    from_coordinator: bool = False
    imported_at: datetime | None = None

    @property
    def id(self) -> str:
        return self.comment.id

    @property
    def kind(self) -> CommentKind:
        return self.comment.kind

    @property
    def reviewer(self) -> Reviewer:
        return self.comment.reviewer

    @property
    def is_reply(self) -> bool:
        return self.comment.is_reply

    @property
    def quote(self) -> str:
        return self.comment.anchor.quote if self.comment.anchor else ""

    @property
    def anchor_status(self) -> AnchorStatus | None:
        return self.placement.status if self.placement else None


@dataclass(frozen=True)
class HearingThread:
    """A top-level comment or suggestion with every reply under it, oldest first."""

    root: HearingComment
    replies: tuple[HearingComment, ...] = ()


def changed_substantially(kept: float | None) -> bool:
    """True when a section kept too little of the text sent out (None: nothing to compare)."""
    return kept is not None and kept < SUBSTANTIAL_CHANGE


def accepted_message(reviewer: Reviewer) -> str:
    """The message of the revision an accepted suggestion makes: it names the reviewer."""
    return history.accepted(str(reviewer.author))
