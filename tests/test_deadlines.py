"""Deadline warnings when a round starts: short periods, summer, Christmas and Easter."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from kartedit.domain.deadlines import DeadlineConcern, deadline_warnings, easter_sunday
from tests.test_cli_hearing import KARI, ok


def _concerns(start: date, deadline: date) -> list[DeadlineConcern]:
    return [w.concern for w in deadline_warnings(start, deadline)]


def test_easter_sunday_in_known_years() -> None:
    known = {2024: date(2024, 3, 31), 2025: date(2025, 4, 20), 2027: date(2027, 3, 28)}
    assert {year: easter_sunday(year) for year in known} == known
    assert easter_sunday(2038) == date(2038, 4, 25) and easter_sunday(2008) == date(2008, 3, 23)


def test_a_calm_eight_weeks_in_autumn_gives_no_warning() -> None:
    assert _concerns(date(2026, 9, 1), date(2026, 10, 27)) == []


def test_short_periods_and_holidays_are_named() -> None:
    assert _concerns(date(2026, 9, 1), date(2026, 9, 30)) == [DeadlineConcern.SHORT]
    assert _concerns(date(2027, 6, 1), date(2027, 8, 31)) == [DeadlineConcern.SUMMER]
    assert _concerns(date(2026, 11, 1), date(2027, 1, 15)) == [DeadlineConcern.CHRISTMAS]
    assert _concerns(date(2027, 2, 15), date(2027, 4, 15)) == [DeadlineConcern.EASTER]
    short = deadline_warnings(date(2026, 12, 3), date(2027, 1, 4))
    assert [w.concern for w in short] == [DeadlineConcern.SHORT, DeadlineConcern.CHRISTMAS]
    assert short[0].days == 32 and short[0].extra_weeks == 2
    assert "only 32 days away" in short[0].message and "Christmas" in short[1].message


def test_round_start_warns_but_starts(demo_db: Path) -> None:
    soon = (date.today() + timedelta(days=10)).isoformat()
    out = ok(
        "round", "start", str(demo_db), "--name", "Rask høyring", "--deadline", soon, *KARI,
    )  # fmt: skip
    lines = out.splitlines()
    assert "\tstarted «Rask høyring»" in lines[0]
    assert (
        lines[1] == "warning\tthe deadline is only 10 days away; hearings usually give at "
        "least six weeks (consider 5 more weeks)."
    )
