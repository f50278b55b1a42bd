"""Domain layer: hearing deadlines as Norwegian practice expects — warnings, never refusals.

A hearing usually gives at least six weeks, and more when the period spans the summer
holiday (July), Christmas or Easter, when few services answer letters. Easter Sunday is
computed with the anonymous Gregorian algorithm (Meeus/Jones/Butcher), so no calendar
library is needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from kartedit.domain.messages import QT_TRANSLATE_NOOP, Message, counted

MIN_DAYS = 6 * 7
"""Six weeks: the usual shortest hearing period."""


class DeadlineConcern(Enum):
    SHORT = "short"
    SUMMER = "summer"
    CHRISTMAS = "christmas"
    EASTER = "easter"


_EXTRA_WEEKS = {
    DeadlineConcern.SHORT: 0,
    DeadlineConcern.SUMMER: 3,
    DeadlineConcern.CHRISTMAS: 1,
    DeadlineConcern.EASTER: 1,
}


@dataclass(frozen=True)
class DeadlineWarning:
    concern: DeadlineConcern
    days: int
    """Days from the start to the deadline."""

    @property
    def extra_weeks(self) -> int:
        """How much more time to suggest (for SHORT: up to six weeks in all)."""
        if self.concern is DeadlineConcern.SHORT:
            return max(1, -(-(MIN_DAYS - self.days) // 7))
        return _EXTRA_WEEKS[self.concern]

    @property
    def said(self) -> Message:
        """The warning as a sentence, to render in the reader's language."""
        weeks = self.extra_weeks
        if self.concern is DeadlineConcern.SHORT:
            return counted(
                weeks,
                QT_TRANSLATE_NOOP(
                    "Hearing",
                    "the deadline is only {days} days away; hearings usually give at least six "
                    "weeks (consider 1 more week).",
                ),
                QT_TRANSLATE_NOOP(
                    "Hearing",
                    "the deadline is only {days} days away; hearings usually give at least six "
                    "weeks (consider {count} more weeks).",
                ),
                days=self.days,
            )
        season = {
            DeadlineConcern.SUMMER: QT_TRANSLATE_NOOP("Hearing", "the summer holiday (July)"),
            DeadlineConcern.CHRISTMAS: QT_TRANSLATE_NOOP("Hearing", "Christmas"),
            DeadlineConcern.EASTER: QT_TRANSLATE_NOOP("Hearing", "Easter"),
        }[self.concern]
        return counted(
            weeks,
            QT_TRANSLATE_NOOP(
                "Hearing",
                "the hearing period spans {season}, when few answer; consider 1 more week.",
            ),
            QT_TRANSLATE_NOOP(
                "Hearing",
                "the hearing period spans {season}, when few answer; consider {count} more weeks.",
            ),
            season=Message.of(season),
        )

    @property
    def message(self) -> str:
        """The warning in English."""
        return self.said.render()


def easter_sunday(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (anonymous algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _overlaps(start: date, end: date, first: date, last: date) -> bool:
    return start <= last and first <= end


def deadline_warnings(start: date, deadline: date) -> list[DeadlineWarning]:
    """What to warn about for a hearing from ``start`` to ``deadline`` (both days included)."""
    days = (deadline - start).days
    found: list[DeadlineWarning] = []
    if days < MIN_DAYS:
        found.append(DeadlineWarning(DeadlineConcern.SHORT, days))
    years = range(start.year - 1, deadline.year + 1)
    seasons = {
        DeadlineConcern.EASTER: [
            (easter_sunday(y) - timedelta(days=7), easter_sunday(y) + timedelta(days=1))
            for y in years
        ],
        DeadlineConcern.SUMMER: [(date(y, 7, 1), date(y, 7, 31)) for y in years],
        DeadlineConcern.CHRISTMAS: [(date(y, 12, 24), date(y + 1, 1, 1)) for y in years],
    }
    for concern in (DeadlineConcern.SUMMER, DeadlineConcern.CHRISTMAS, DeadlineConcern.EASTER):
        if any(_overlaps(start, deadline, first, last) for first, last in seasons[concern]):
            found.append(DeadlineWarning(concern, days))
    return found
