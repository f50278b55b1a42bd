"""A tree click: the section and its history summaries in two queries, the same as read alone."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from kartedit.domain.errors import NotFoundError
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionRef, Status
from kartedit.services.rounds import close_round, start_round
from kartedit.services.workspace import Workspace
from tests.sql_support import counted

if TYPE_CHECKING:
    from kartedit.store.quick_read import FirstScreen

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


def assert_first_screen_as_full_path(workspace: Workspace, edition: str) -> None:
    from kartedit.store.quick_read import FirstScreen

    first = FirstScreen(workspace.path)
    try:
        assert first.editions() == workspace.editions()
        assert first.pathways() == workspace.pathways()
        for pathway in workspace.pathways():
            assert first.services_of(pathway.slug) == workspace.services_of(pathway.slug)
            states = first.section_states(pathway.slug, edition)
            assert states == workspace.section_states(pathway.slug, edition)
        for ref in every_ref(workspace):
            assert first.open_section(ref, edition) == workspace.open_section(ref, edition)
        assert first.open_section(SectionRef.parse("nosuch/fastlege/role"), edition) is None
        assert first.quality_lists() == workspace.quality_lists()
        assert_facts_as_full_path(first, workspace, edition)
        assert first.services_of("nosuch") is None
        assert first.section_states("nosuch", edition) is None
    finally:
        first.close()


def assert_facts_as_full_path(first: FirstScreen, workspace: Workspace, edition: str) -> None:
    facts, full = first.edition_facts(edition), workspace.fact_context(edition)
    assert facts is not None
    assert (facts.regional, facts.language) == (full.regional, full.language)
    assert facts.kinds == full.kinds and list(facts.kinds) == list(full.kinds)
    assert facts.values == full.values and list(facts.values) == list(full.values)


def test_a_click_checks_and_fills_in_with_what_the_full_path_reads(
    workspace: Workspace,
) -> None:
    """The lists a click checks the open text with, and the facts it fills in, read
    without the ORM: values replaced and cleared, a pathway-scoped kind, words and terms."""
    from kartedit.domain.facts import FactKind, FactScope
    from kartedit.domain.quality import QualityLists, Term
    from kartedit.services.facts import Facts
    from kartedit.services.quality import QualityChecker
    from kartedit.store.quick_read import FirstScreen

    facts = Facts(workspace)
    facts.add_kind(FactKind("moteplass", "Møteplass", scope=FactScope.PATHWAY))
    facts.set_value("bergen", "fastlege", "kontaktperson", "Første verdi", KARI)
    facts.set_value("bergen", "fastlege", "kontaktperson", "Andre verdi", KARI)
    facts.set_value("bergen", "ppt", "kontaktperson", "Snart borte", KARI)
    facts.set_value("bergen", "ppt", "kontaktperson", "", KARI)  # cleared: no value
    facts.set_value("bergen", "ppt", "moteplass", "Rådhuset", KARI, pathway="angst")
    facts.set_value("bergen", "ppt", "moteplass", "Skolen", KARI, pathway="depresjon")
    QualityChecker(workspace).save_lists(
        QualityLists(
            ("Kvinnherad", "BUP-en"),
            (Term("fastlege", "fastlege", ("allmennlege", "huslege"), "Fast ord"),),
            (("bup", ("BUP", "barne- og ungdomspsykiatrien")),),
        )
    )
    first = FirstScreen(workspace.path)
    try:
        assert first.quality_lists() == workspace.quality_lists()
        assert first.quality_lists().words == ("BUP-en", "Kvinnherad")
        for edition in ("regional", "bergen", "voss"):
            assert_facts_as_full_path(first, workspace, edition)
        bergen = first.edition_facts("bergen")
        assert bergen is not None
        assert [v.value for k, v in bergen.values.items() if k.service == "ppt"] == [
            "Rådhuset",
            "Skolen",
        ]
        assert first.edition_facts("oslo") is None  # the full path names the editions
    finally:
        first.close()


@pytest.mark.parametrize("edition", ["regional", "bergen", "voss"])
def test_the_first_screen_reads_what_the_full_path_reads(
    workspace: Workspace, edition: str
) -> None:
    assert_first_screen_as_full_path(workspace, edition)
    hearing = start_round(
        workspace, name="Høring", deadline=date(2027, 1, 15), author=KARI, pathways=["angst"]
    )
    workspace.set_status(SectionRef.parse("angst/fastlege/role"), Status.APPROVED, KARI)
    assert_first_screen_as_full_path(workspace, edition)
    close_round(workspace, hearing.id, KARI)


def test_the_quick_start_workspace_hands_over_to_the_full_one(demo_db: Path) -> None:
    import subprocess
    import sys

    from kartedit.services.first_screen import QuickStartWorkspace

    ref = SectionRef.parse("angst/fastlege/role")
    with QuickStartWorkspace(demo_db) as quick, Workspace.open(demo_db) as full:
        assert quick.open_section(ref, "bergen") == full.open_section(ref, "bergen")
        assert quick.section_states("angst", "bergen") == full.section_states("angst", "bergen")
        assert not quick.loaded
        assert quick.section(ref) == full.section(ref)  # not a first-screen read: loads
        assert quick.loaded
        assert quick.open_section(ref, "bergen") == full.open_section(ref, "bergen")
    code = (
        "import sys; from pathlib import Path\n"
        "from kartedit.services.first_screen import QuickStartWorkspace\n"
        "from kartedit.domain.sections import SectionRef\n"
        f"w = QuickStartWorkspace(Path({str(demo_db)!r}))\n"
        "w.editions(); w.section_states('angst', 'bergen')\n"
        "w.open_section(SectionRef.parse('angst/fastlege/role'), 'bergen')\n"
        "assert 'sqlalchemy' not in sys.modules, 'the first screen loaded the ORM'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_after_loading_a_click_still_reads_quickly_and_sees_every_write(demo_db: Path) -> None:
    """The quick reader keeps serving clicks once the full workspace is open, and what it
    shows follows what the full workspace writes (a round started, a status changed)."""
    from kartedit.services.first_screen import QuickStartWorkspace

    ref = SectionRef.parse("angst/fastlege/role")
    with QuickStartWorkspace(demo_db) as quick:
        before = quick.open_section(ref, "regional")
        full = quick.load()
        with counted(full) as statements:
            assert quick.open_section(ref, "regional") == before
        assert statements == []  # not through the ORM
        hearing = start_round(
            full, name="Høring", deadline=date(2027, 1, 15), author=KARI, pathways=["angst"]
        )
        opened = quick.open_section(ref, "regional")
        assert opened == full.open_section(ref, "regional")
        assert opened.view.status is not before.view.status  # now in the hearing
        close_round(full, hearing.id, KARI)
        assert quick.open_section(ref, "regional") == full.open_section(ref, "regional")
        assert quick.section_states("angst", "bergen") == full.section_states("angst", "bergen")


def test_before_the_store_loads_a_click_sees_what_another_program_wrote(demo_db: Path) -> None:
    """A window that has only browsed (no store loaded) still shows a round another
    program started, and its end, at the next click."""
    from kartedit.services.first_screen import QuickStartWorkspace

    ref = SectionRef.parse("angst/fastlege/role")
    with QuickStartWorkspace(demo_db) as quick, Workspace.open(demo_db) as other:
        before = quick.open_section(ref, "bergen")
        hearing = start_round(
            other, name="Høring", deadline=date(2027, 1, 15), author=KARI, pathways=["angst"]
        )
        opened = quick.open_section(ref, "bergen")
        assert opened.view.status is Status.IN_HEARING is not before.view.status
        assert quick.section_states("angst", "bergen") == other.section_states("angst", "bergen")
        close_round(other, hearing.id, KARI)
        assert quick.open_section(ref, "bergen") == other.open_section(ref, "bergen")
        assert not quick.loaded
