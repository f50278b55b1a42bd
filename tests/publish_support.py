"""Test support for publishing: a demo workspace on a clock that moves a day per reading."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kartedit.domain.people import Author
from kartedit.domain.sections import SectionRef, Status

COORDINATOR = Author("Kari Koordinator", "Helse Bergen")


class DailyClock:
    """Every reading is the next day at noon, so each publication has its own date."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(days=1)
        return self.now


def approve_change(workspace: object, key: str, text: str) -> None:
    """Reopen an approved section, save a new text and approve it again."""
    ref = SectionRef.parse(key)
    workspace.set_status(ref, Status.DRAFT, COORDINATOR)  # type: ignore[attr-defined]
    workspace.save(ref, text, COORDINATOR)  # type: ignore[attr-defined]
    workspace.set_status(ref, Status.APPROVED, COORDINATOR)  # type: ignore[attr-defined]
