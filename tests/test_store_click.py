"""A tree click: the section and its history summaries in two queries, the same as read alone."""

from __future__ import annotations

from datetime import date

import pytest

from kartedit.domain.errors import NotFoundError
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionRef, Status
from kartedit.services.rounds import close_round, start_round
from kartedit.services.workspace import Workspace
from tests.sql_support import counted

KARI = Author("Kari Koordinator", "Helse Bergen")


def every_ref(workspace: Workspace) -> list[SectionRef]:
    return [
        state.ref
        for pathway in workspace.pathways()
        for state in workspace.section_states(pathway.slug)
    ]


def assert_same_as_read_alone(workspace: Workspace, edition: str) -> None:
    for ref in every_ref(workspace):
        opened = workspace.open_section(ref, edition)
        assert opened.view == workspace.section(ref, edition), ref
        full = workspace.history(ref, edition)
        assert [r.id for r in opened.history] == [r.id for r in full]
        assert [(r.seq, r.author, r.created, r.message, r.base_id) for r in opened.history] == [
            (r.seq, r.author, r.created, r.message, r.base_id) for r in full
        ]
        assert all(r.text == "" for r in opened.history)  # texts come when one is viewed


@pytest.mark.parametrize("edition", ["regional", "bergen", "voss"])
def test_a_click_shows_what_the_section_and_its_history_show(
    workspace: Workspace, edition: str
) -> None:
    assert_same_as_read_alone(workspace, edition)


def test_a_click_follows_rounds_started_and_closed(workspace: Workspace) -> None:
    ref = SectionRef.parse("angst/fastlege/role")
    assert workspace.open_section(ref).view.status is not Status.IN_HEARING
    hearing = start_round(
        workspace, name="Høring", deadline=date(2027, 1, 15), author=KARI, pathways=["angst"]
    )
    assert workspace.open_section(ref).view.status is Status.IN_HEARING
    assert workspace.open_section(ref, "bergen").view.status is Status.IN_HEARING
    assert_same_as_read_alone(workspace, "bergen")
    workspace.set_status(ref, Status.APPROVED, KARI)  # the round's outcome wins
    assert workspace.open_section(ref).view.status is Status.APPROVED
    close_round(workspace, hearing.id, KARI)
    assert_same_as_read_alone(workspace, "regional")


def test_opening_a_section_costs_at_most_two_statements(workspace: Workspace) -> None:
    refs = every_ref(workspace)[:12]
    workspace.open_section(refs[0], "bergen")  # the first click may read the open rounds
    for ref in refs:
        for edition in ("regional", "bergen"):
            with counted(workspace) as statements:
                workspace.open_section(ref, edition)
            assert len(statements) <= 2, statements


def test_opening_a_section_in_a_round_costs_at_most_two_statements(workspace: Workspace) -> None:
    start_round(
        workspace, name="Høring", deadline=date(2027, 1, 15), author=KARI, pathways=["angst"]
    )
    ref = SectionRef.parse("angst/fastlege/role")
    workspace.open_section(ref)
    with counted(workspace) as statements:
        workspace.open_section(SectionRef.parse("angst/ppt/role"))
    assert len(statements) <= 2, statements


def test_an_unknown_slug_is_named(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError, match="oslo"):
        workspace.open_section(SectionRef.parse("angst/fastlege/role"), "oslo")
    with pytest.raises(NotFoundError, match="nosuch"):
        workspace.open_section(SectionRef.parse("nosuch/fastlege/role"))


@pytest.mark.parametrize("edition", ["regional", "bergen", "voss"])
def test_the_quick_reader_shows_the_same_text(workspace: Workspace, edition: str) -> None:
    from kartedit.store.quick_read import section_text

    workspace.save(  # a fresh override beside the demo's own
        SectionRef.parse("angst/ppt/role"), "Lokal.\n", KARI, edition="voss"
    )
    for ref in every_ref(workspace):
        assert section_text(workspace.path, ref, edition) == workspace.section(ref, edition).text


def test_the_quick_reader_leaves_unknown_names_to_the_full_path(workspace: Workspace) -> None:
    from kartedit.store.quick_read import section_text

    ref = SectionRef.parse("angst/fastlege/role")
    assert section_text(workspace.path, ref, "oslo") is None
    assert (
        section_text(workspace.path, SectionRef.parse("nosuch/fastlege/role"), "regional") is None
    )
    assert section_text(workspace.path.with_name("missing.sqlite"), ref, "regional") is None
