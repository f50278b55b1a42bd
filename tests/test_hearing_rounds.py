"""Hearing rounds: start, list, close, and sections shown *til høring* while a round is open."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from kartedit.domain.errors import NotFoundError, UserError
from kartedit.domain.hearing import RoundScope, RoundState, parse_deadline
from kartedit.domain.people import Author
from kartedit.domain.sections import SERVICE_KINDS, SectionRef, Status
from kartedit.services.rounds import (
    close_round,
    get_round,
    list_rounds,
    round_sections,
    start_round,
)
from kartedit.services.workspace import Workspace

KARI = Author("Kari Koordinator", "Helse Bergen")
DEADLINE = date(2027, 1, 15)
ROLE = SectionRef.parse("angst/fastlege/role")


def start(workspace: Workspace, **changes: object) -> object:
    values: dict[str, object] = {
        "name": "Høring angst 2027",
        "deadline": DEADLINE,
        "author": KARI,
        "pathways": ["angst"],
    }
    values.update(changes)
    return start_round(workspace, **values)  # type: ignore[arg-type]


def statuses(workspace: Workspace, pathway: str, edition: str = "regional") -> dict[str, Status]:
    return {s.ref.key: s.status for s in workspace.section_states(pathway, edition)}


def test_a_round_puts_its_sections_in_hearing_until_it_closes(workspace: Workspace) -> None:
    before = statuses(workspace, "angst")
    assert Status.APPROVED in before.values()  # the demo has approved and draft sections

    hearing = start(workspace)

    assert hearing.is_open and hearing.edition == "regional"
    assert hearing.started_by == KARI and hearing.deadline == DEADLINE
    assert set(statuses(workspace, "angst").values()) == {Status.IN_HEARING}
    assert Status.IN_HEARING not in statuses(workspace, "depresjon").values()
    assert workspace.section(ROLE).status is Status.IN_HEARING
    # Inherited text in a local edition is the regional text: in hearing there too.
    assert statuses(workspace, "angst", "bergen")["angst/fastlege/role"] is Status.IN_HEARING

    closed = close_round(workspace, hearing.id, KARI)

    assert closed.state is RoundState.CLOSED and closed.closed_by == KARI
    assert closed.closed_at is not None
    assert statuses(workspace, "angst") == before


def test_scope_filters_by_pathway_service_and_section(workspace: Workspace) -> None:
    hearing = start(workspace, services=["bup", "fastlege"])
    refs = [h.ref for h in round_sections(workspace, hearing.id)]

    assert {r.service for r in refs} == {"bup", "fastlege"}
    assert {r.pathway for r in refs} == {"angst"}
    assert len(refs) == 12
    # Map order: services as the pathway lists them, kinds in their fixed order.
    assert [r.kind for r in refs[:6]] == list(SERVICE_KINDS)

    single = start(
        workspace,
        name="Ein seksjon",
        pathways=[],
        sections=[SectionRef.parse("depresjon/nav/role")],
    )
    assert [h.ref.key for h in round_sections(workspace, single.id)] == ["depresjon/nav/role"]
    states = statuses(workspace, "depresjon")
    assert states["depresjon/nav/role"] is Status.IN_HEARING
    assert states["depresjon/nav/assessment"] is not Status.IN_HEARING


def test_a_local_round_sends_overrides_and_inherited_text(workspace: Workspace) -> None:
    ref = SectionRef.parse("habilitering/ppt/role")
    inherited = SectionRef.parse("habilitering/ppt/referral")
    hearing = start(workspace, edition="bergen", pathways=["habilitering"], services=["ppt"])
    heads = {h.ref: h for h in round_sections(workspace, hearing.id)}

    assert heads[ref].edition == "bergen"  # the demo's Bergen override
    assert heads[inherited].edition == "regional"  # inherited
    assert heads[ref].revision.text == workspace.section(ref, "bergen").text
    assert statuses(workspace, "habilitering", "bergen")[ref.key] is Status.IN_HEARING
    # The regional edition is not in this round.
    assert statuses(workspace, "habilitering")[ref.key] is not Status.IN_HEARING
    assert statuses(workspace, "habilitering", "voss")[ref.key] is not Status.IN_HEARING


def test_approval_during_the_round_wins_but_earlier_approval_does_not(
    workspace: Workspace,
) -> None:
    other = SectionRef.parse("angst/fastlege/assessment")
    for ref in (ROLE, other):
        workspace.set_status(ref, Status.DRAFT, KARI)
        workspace.set_status(ref, Status.APPROVED, KARI)  # approved before the round
    start(workspace, services=["fastlege"])

    assert workspace.section(other).status is Status.IN_HEARING
    assert workspace.set_status(ROLE, Status.APPROVED, KARI)  # the round's outcome
    assert not workspace.set_status(ROLE, Status.APPROVED, KARI)

    states = statuses(workspace, "angst")
    assert states[ROLE.key] is Status.APPROVED
    assert states[other.key] is Status.IN_HEARING
    assert workspace.section(ROLE).status is Status.APPROVED


def test_rounds_are_listed_newest_first_and_found_by_id_prefix(workspace: Workspace) -> None:
    first = start(workspace, name="Første")
    second = start(workspace, name="Andre", pathways=["depresjon"])

    assert [r.name for r in list_rounds(workspace)] == ["Andre", "Første"]
    assert get_round(workspace, first.id[:6]) == first
    assert get_round(workspace, second.id.upper()) == second
    with pytest.raises(NotFoundError, match="No hearing round «zzzz»"):
        get_round(workspace, "zzzz")
    with pytest.raises(NotFoundError):
        get_round(workspace, first.id[:3])  # too short to be a prefix


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": "  "}, "needs a name"),
        ({"deadline": date(2020, 1, 1)}, "has already passed"),
        ({"edition": "oslo"}, "No edition «oslo»"),
        ({"pathways": ["tannhelse"]}, "No pathway «tannhelse»"),
        ({"services": ["tannlege"]}, "No service «tannlege» in this map"),
        ({"pathways": ["angst"], "services": ["habu"]}, "takes part in none"),
        ({"pathways": ["angst", "angst"]}, "names the same pathway twice"),
        ({"pathways": ["Angst!"]}, "not a valid pathway slug"),
        ({"pathways": [], "sections": [SectionRef.parse("angst/nav/role")]}, "No service «nav»"),
    ],
)
def test_bad_rounds_are_refused_and_nothing_is_stored(
    workspace: Workspace, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(UserError, match=message):
        start(workspace, **changes)
    assert list_rounds(workspace) == []


def test_overlapping_open_rounds_are_refused_closed_ones_are_not(workspace: Workspace) -> None:
    first = start(workspace)
    with pytest.raises(UserError, match="already in the open round «Høring angst 2027»"):
        start(workspace, name="Igjen", services=["bup"])
    start(workspace, name="Voss", edition="voss")  # another edition may have its own
    close_round(workspace, first.id, KARI)
    assert start(workspace, name="Ny runde").is_open
    with pytest.raises(UserError, match="already closed"):
        close_round(workspace, first.id, KARI)


def test_a_scope_with_no_text_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    empty = Workspace.create(tmp_path / "empty.sqlite")
    try:
        with pytest.raises(UserError):
            start(empty)
    finally:
        empty.close()


def test_rounds_are_stored_in_their_own_tables(workspace: Workspace, demo_db: Path) -> None:
    hearing = start(workspace, services=["bup"])
    with sqlite3.connect(demo_db) as connection:
        row = connection.execute(
            "SELECT number, name, deadline, state, started_by_name FROM hearing_rounds"
        ).fetchone()
        scope = connection.execute(
            "SELECT kind, value FROM hearing_round_scope ORDER BY position"
        ).fetchall()
    assert row == (1, hearing.name, "2027-01-15", "open", "Kari Koordinator")
    assert scope == [("pathway", "angst"), ("service", "bup")]


def test_scope_and_deadline_values() -> None:
    scope = RoundScope(("angst",), ("bup",))
    assert scope.covers(SectionRef.parse("angst/bup/role"))
    assert not scope.covers(SectionRef.parse("angst/ppt/role"))
    assert str(RoundScope().describe()) == "all sections"
    assert str(scope.describe()) == "pathways angst; services bup"
    assert parse_deadline(" 2027-01-15 ") == DEADLINE
    for bad in ("15.01.2027", "2027-13-01", "tomorrow", "2027-1-5"):
        with pytest.raises(UserError, match="YYYY-MM-DD"):
            parse_deadline(bad)
