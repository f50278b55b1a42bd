"""Test helpers for the coordinator's side: reviewers, and response bundles made through the
reviewer's own code path (``ReviewSession``), as many as a test needs."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from kartedit.domain.review import Comment, Reviewer
from kartedit.domain.sections import SectionRef
from kartedit.services.review import ReviewSession
from tests.conftest import FixedClock

OLA = Reviewer("Ola Nordmann", "PPT Voss", "rådgjevar")
SIRI = Reviewer("Siri Helse", "BUP Bergen", "psykologspesialist")
REVIEWERS = (
    OLA,
    SIRI,
    Reviewer("Nils Lege", "Legekontoret Os", "fastlege"),
    Reviewer("Aud Brukar", "Mental Helse Ungdom", "brukarrepresentant"),
    Reviewer("Kari Skule", "Voss ungdomsskule", "rektor"),
    Reviewer("Per Vern", "Barnevernet Bergen", ""),
    Reviewer("Lise Stasjon", "Helsestasjonen Askøy", "helsesjukepleiar"),
    Reviewer("Tor NAV", "NAV Vestland", "rettleiar"),
)

ROLE = SectionRef.parse("angst/fastlege/role")
ASSESSMENT = SectionRef.parse("angst/fastlege/assessment")
BUP_ROLE = SectionRef.parse("angst/bup/role")
BUP_INTERVENTION = SectionRef.parse("angst/bup/intervention")

MOVES = (ROLE, "portåpner til spesialisthelsetjenesten")
"""A passage that stays, while new text goes in before it: its comments are MOVED."""
GOES = (ROLE, "magesmerter, hodepine, hjertebank eller svimmelhet")
"""A passage deleted after the export: its comments are ORPHANED."""
PASSAGES = (
    MOVES,
    GOES,
    (ASSESSMENT, "Unngå omfattende utredning"),
    (BUP_ROLE, "utredning, diagnostikk og behandling"),
    (BUP_INTERVENTION, "vanligvis 12–16 timer"),
    (BUP_INTERVENTION, "gradvis eksponering"),
)
SUGGESTED = (BUP_INTERVENTION, "vanligvis 12–16 timer", "vanligvis 10–16 timer")


def edit_after_export(text: str) -> str:
    """New words before the moving passage; the deleted passage taken out."""
    return "Fastlegen er ofte første kontakt.\n\n" + text.replace(
        " som magesmerter, hodepine, hjertebank eller svimmelhet", ""
    )


@dataclass
class Response:
    """One generated response bundle and what importing it should report."""

    path: Path
    reviewer: Reviewer
    comments: list[Comment] = field(default_factory=list)

    @property
    def roots(self) -> list[Comment]:
        return [c for c in self.comments if c.parent is None]

    def on(self, passage: tuple[SectionRef, str]) -> set[str]:
        return {
            c.id
            for c in self.roots
            if c.anchor is not None and (c.anchor.section, c.anchor.quote) == passage
        }


def respond(
    review: Path,
    folder: Path,
    reviewer: Reviewer,
    passages: list[tuple[SectionRef, str]],
    *,
    suggest: bool = False,
    reply: bool = False,
    clock: FixedClock | None = None,
    name: str | None = None,
) -> Response:
    """A reviewer comments on ``passages`` (optionally suggests and replies), then exports."""
    work = folder / f"work-{name or reviewer.name.split()[0].lower()}"
    session = ReviewSession.open(review, clock=clock or FixedClock(), work_dir=work)
    made = []
    for number, (ref, quote) in enumerate(passages, start=1):
        start, end = session.locate(ref, quote)
        made.append(
            session.add_comment(ref, start, end, f"Merknad {number} frå {reviewer.name}", reviewer)
        )
    if suggest:
        ref, quote, replacement = SUGGESTED
        start, end = session.locate(ref, quote)
        made.append(session.add_suggestion(ref, start, end, replacement, reviewer, "Kortare"))
    if reply and made:
        made.append(session.reply(made[0].id, "Eit tillegg til merknaden min.", reviewer))
    path = folder / f"svar-{name or reviewer.name.split()[0].lower()}.kartbundle"
    session.export_response(path, reviewer)
    return Response(path, reviewer, made)


def table_rows(db: Path, *tables: str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the given tables, sorted: to prove an action changed nothing."""
    with sqlite3.connect(db) as connection:
        return {
            t: sorted(connection.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables
        }


HEARING_TABLES = ("hearing_comments", "hearing_responses", "hearing_round_sent")
TEXT_TABLES = ("revisions", "sections", "status_changes")
