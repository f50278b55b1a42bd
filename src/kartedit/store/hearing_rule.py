"""Store layer: the *til høring* rule on open rounds, without SQLAlchemy.

Shared by ``rounds.HearingLookup`` (the ORM path) and ``quick_read`` (the first screen,
read with the standard library), so both show a section's status alike.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from kartedit.domain.hearing import RoundScope
from kartedit.domain.sections import SectionRef, Status


@dataclass(frozen=True)
class OpenRound:
    """What the *til høring* rule needs of an open round: its edition, start and scope."""

    edition: str
    started_at: datetime
    scope: RoundScope


def scope_of(items: Mapping[str, Sequence[str]]) -> RoundScope:
    """A round's scope from its stored rows, grouped by kind (pathway, service, section)."""
    return RoundScope(
        tuple(items.get("pathway", ())),
        tuple(items.get("service", ())),
        tuple(SectionRef.parse(key) for key in items.get("section", ())),
    )


def hearing_status(
    rounds: list[OpenRound],
    regional: str,
    stored: Status,
    ref: SectionRef,
    edition: str,
    *,
    inherited: bool,
    approved_at: Callable[[], datetime | None],
) -> Status:
    """``IN_HEARING`` when an open round on the edition (or, for inherited text, on the
    regional edition) covers the section — unless it was approved after the round started;
    ``approved_at`` is asked only when that matters."""
    started = [
        r.started_at
        for r in rounds
        if r.scope.covers(ref) and (r.edition == edition or (inherited and r.edition == regional))
    ]
    if not started:
        return stored
    if stored is Status.APPROVED:
        approved = approved_at()
        if approved is not None and approved >= max(started):
            return Status.APPROVED
    return Status.IN_HEARING
