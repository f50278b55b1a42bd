"""Store and workspace: revisions, local fallback, staleness, status, search."""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

import pytest

from kartedit.domain.errors import NotFoundError, UserError
from kartedit.domain.history import revision_message
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionRef, Status
from kartedit.services.workspace import Workspace

KARI = Author("Kari Nordmann", "Voss herad")
REF = SectionRef.parse("angst/ppt/assessment")


def test_every_save_is_a_new_revision_and_unchanged_saves_make_none(
    workspace: Workspace,
) -> None:
    before = workspace.history(REF)
    first = workspace.save(REF, "Ny tekst om **kartlegging**.\n", KARI, message="Kortare")
    assert first is not None
    assert workspace.save(REF, "Ny tekst om **kartlegging**.\n", KARI) is None
    second = workspace.save(REF, "Endå ein tekst.\n", KARI)
    assert second is not None

    history = workspace.history(REF)
    assert [r.id for r in history] == [second.id, first.id, *[r.id for r in before]]
    assert history[1].message == "Kortare"
    assert history[1].author == KARI
    assert second.parent_id == first.id
    assert history[0].created > history[1].created
    assert workspace.section(REF).text == "Endå ein tekst.\n"
    # The old text is still there, untouched.
    assert workspace.revision(before[0].id).text == before[0].text


def test_revisions_are_never_updated_in_place(workspace: Workspace, demo_db: Path) -> None:
    original = workspace.history(REF)[0]
    workspace.save(REF, "Endra.\n", KARI)
    with sqlite3.connect(demo_db) as connection:
        text = connection.execute(
            "SELECT text FROM revisions WHERE id = ?", (original.id,)
        ).fetchone()[0]
    assert text == original.text


def test_local_edition_falls_back_to_regional_until_it_overrides(workspace: Workspace) -> None:
    regional = workspace.section(REF)
    inherited = workspace.section(REF, "voss")
    assert inherited.inherited and inherited.read_only
    assert inherited.text == regional.text

    override = workspace.save(
        REF, regional.text + "\nPå Voss ringer du PPT direkte.\n", KARI, edition="voss"
    )
    assert override is not None
    assert override.base_id == regional.revision_id
    local = workspace.section(REF, "voss")
    assert not local.inherited and not local.stale
    assert local.text.endswith("PPT direkte.\n")
    assert workspace.section(REF).text == regional.text  # the regional text is untouched
    assert workspace.section(REF, "bergen").text == regional.text


def test_regional_change_makes_local_override_stale(workspace: Workspace) -> None:
    regional = workspace.section(REF)
    workspace.save(REF, regional.text + "\nLokalt tillegg.\n", KARI, edition="voss")
    workspace.save(REF, "Ny regional tekst.\n", KARI)
    assert workspace.section(REF, "voss").stale
    states = {s.ref: s for s in workspace.section_states("angst", "voss")}
    assert states[REF].overridden and states[REF].stale


def test_demo_has_a_stale_override(workspace: Workspace) -> None:
    stale = [
        s.ref.key
        for p in workspace.pathways()
        for s in workspace.section_states(p.slug, "bergen")
        if s.stale
    ]
    assert stale == ["habilitering/ppt/role"]


def test_tree_states_cover_every_section_of_a_pathway(workspace: Workspace) -> None:
    states = workspace.section_states("habilitering")
    services = workspace.services_of("habilitering")
    assert len(states) == 6 * len(services) + 2 >= 50
    # every service's six kinds and the pathway's own two texts
    assert {"habilitering/introduction", "habilitering/families"} <= {s.ref.key for s in states}
    assert "habu" in {s.slug for s in services}


def test_status_changes_are_recorded_and_approved_is_read_only(
    workspace: Workspace, demo_db: Path
) -> None:
    assert workspace.set_status(REF, Status.APPROVED, KARI)
    assert not workspace.set_status(REF, Status.APPROVED, KARI)
    assert workspace.section(REF).read_only
    with pytest.raises(UserError, match="approved and read-only"):
        workspace.save(REF, "Forsøk.\n", KARI)
    workspace.set_status(REF, Status.DRAFT, KARI)
    assert workspace.save(REF, "Forsøk.\n", KARI) is not None
    with sqlite3.connect(demo_db) as connection:
        changes = connection.execute("SELECT status FROM status_changes").fetchall()
    assert changes == [("approved",), ("draft",)]


def test_restore_brings_back_old_text_as_a_new_revision(workspace: Workspace) -> None:
    ref = SectionRef.parse("angst/fastlege/referral")
    oldest = workspace.history(ref)[-1]
    restored = workspace.restore(ref, oldest.id, KARI)
    assert restored is not None
    assert workspace.section(ref).text == oldest.text
    assert len(workspace.history(ref)) == 4
    shown = revision_message(restored.message)
    assert shown is not None and str(shown).startswith("Restored the revision of ")


def test_search_finds_norwegian_words_without_folding_letters(workspace: Workspace) -> None:
    hits = workspace.search("søvn")
    assert hits
    assert all("søvn" in workspace.section(h.ref).text.lower() for h in hits)
    # «sovn» is not «søvn»: ø is a letter of its own, not an o with a mark.
    assert workspace.search("sovn") == []
    assert any(h.ref.kind.value == "assessment" for h in workspace.search("kartlegging"))


def test_search_follows_the_edition(workspace: Workspace) -> None:
    assert workspace.search("Ungdomslosen") == []
    hits = workspace.search("Ungdomslosen", "bergen")
    assert [h.ref.key for h in hits] == ["depresjon/kommunal-psykisk-helse/intervention"]
    hits = workspace.search("inntaksteamet", "bergen")  # Bergen's introduction names its own
    assert "angst/introduction" in [h.ref.key for h in hits]
    assert "angst/introduction" not in [h.ref.key for h in workspace.search("inntaksteamet")]
    workspace.save(REF, "Ein heilt særeigen kvitlauk-tekst.\n", KARI, edition="voss")
    assert [h.ref for h in workspace.search("kvitlauk", "voss")] == [REF]
    assert workspace.search("kvitlauk") == []


def test_search_survives_query_syntax(workspace: Workspace) -> None:
    for query in ['"', "AND", "NEAR(", "*", "-fastlege", "a OR"]:
        workspace.search(query)


def test_unknown_names_are_explained(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError, match=r"No pathway «spiseforstyrrelser».*angst"):
        workspace.section(SectionRef.parse("spiseforstyrrelser/fastlege/role"))
    with pytest.raises(NotFoundError, match="No service «habu» in the pathway «angst»"):
        workspace.section(SectionRef.parse("angst/habu/role"))
    with pytest.raises(NotFoundError, match=r"No edition «oslo».*bergen"):
        workspace.section(REF, "oslo")


def test_editions_list_regional_first_then_alphabetically(workspace: Workspace) -> None:
    assert [e.slug for e in workspace.editions()] == ["regional", "bergen", "voss"]


def test_database_settings_for_a_desktop_app(workspace: Workspace) -> None:
    with workspace.database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_two_workspaces_on_one_database_see_each_others_saves(
    demo_db: Path, workspace: Workspace
) -> None:
    other = Workspace.open(demo_db)
    try:
        workspace.save(REF, "Frå vindauge 1.\n", KARI)
        other.save(REF, "Frå vindauge 2.\n", KARI)
        assert workspace.section(REF).text == "Frå vindauge 2.\n"
        assert [r.seq for r in workspace.history(REF)][:2] == [3, 2]
    finally:
        other.close()
    with sqlite3.connect(demo_db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_search_finds_a_word_typed_decomposed(workspace: Workspace) -> None:
    """«å» typed as a + combining ring is the same letter (NFC), and still not an «a»."""
    decomposed = unicodedata.normalize("NFD", "Påminningsbrev")
    assert decomposed != "Påminningsbrev"
    workspace.save(REF, f"Send eit {decomposed} i dag.\n", KARI)
    assert [h.ref for h in workspace.search("påminningsbrev")] == [REF]
    assert [h.ref for h in workspace.search(unicodedata.normalize("NFD", "påminning"))] == [REF]
    assert workspace.search("paminningsbrev") == []


def test_search_of_an_unknown_edition_is_explained_even_without_words(
    workspace: Workspace,
) -> None:
    with pytest.raises(NotFoundError, match="oslo"):
        workspace.search("", "oslo")
