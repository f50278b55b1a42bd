"""Map search: the passages of hits below the first ones are made when first read, and
they are the same passages, in the same order, as a search that makes them all at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from kartedit.domain.errors import NotFoundError
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionRef
from kartedit.services.workspace import Workspace

KARI = Author("Kari Nordmann", "Voss herad")
REF = SectionRef.parse("angst/ppt/assessment")
OTHER = SectionRef.parse("angst/ppt/intervention")


def _shown(hits: list) -> list[tuple[str, str]]:
    return [(hit.ref.key, hit.snippet) for hit in hits]


def test_later_passages_are_those_a_full_search_shows(workspace: Workspace) -> None:
    for query, edition in (("angst", "regional"), ("barn", "bergen"), ("sam", "voss")):
        everything = workspace.search(query, edition, marked=None)
        assert len(everything) > 3
        assert all("[" in hit.snippet for hit in everything)
        for marked in (0, 1, 3):
            hits = workspace.search(query, edition, marked=marked)
            assert [h.ref for h in hits] == [h.ref for h in everything]  # the same ranking
            assert _shown(hits) == _shown(everything)


def test_a_later_passage_read_out_of_order_is_marked(workspace: Workspace) -> None:
    hits = workspace.search("angst", marked=1)
    last, first = hits[-1].snippet, hits[1].snippet
    assert "[angst" in last.lower() and "[angst" in first.lower()
    assert _shown(hits) == _shown(workspace.search("angst", marked=None))


def test_a_later_passage_follows_a_text_saved_since(workspace: Workspace) -> None:
    """The list was made before the save: a hit's passage read after it is today's."""
    workspace.save(REF, "Kvitlauk i eit avsnitt.\n\nMeir om kvitlauk her.\n", KARI)
    workspace.save(OTHER, "Kvitlauk òg her.\n", KARI)
    hits = workspace.search("kvitlauk", marked=0)
    assert {h.ref for h in hits} == {REF, OTHER}
    workspace.save(REF, "Kvitlauk, men skriven om.\n", KARI)
    assert next(h for h in hits if h.ref == REF).snippet == "[Kvitlauk], men skriven om."


def test_a_pathway_text_found_lower_down_gets_its_passage_too(workspace: Workspace) -> None:
    """A pathway's own text (no service) is named and shown like any other hit."""
    everything = workspace.search("varseltegn", marked=None)
    later = workspace.search("varseltegn", marked=0)
    assert any(h.service_name == "" for h in later)
    assert _shown(later) == _shown(everything)
    assert all("[" in hit.snippet for hit in later)


def test_a_list_kept_after_its_map_closed_shows_no_later_passages(demo_db: Path) -> None:
    """A closed map is not opened again to make a passage: those hits show none."""
    workspace = Workspace.open(demo_db)
    hits = workspace.search("angst", marked=1)
    first = hits[0].snippet
    workspace.close()
    assert hits[0].snippet == first and "[" in first
    assert hits[-1].snippet == ""


def _whole(hits: list) -> list[tuple[object, ...]]:
    return [(h.ref, h.edition, h.pathway_name, h.service_name, h.snippet) for h in hits]


def test_a_search_before_the_store_loads_finds_what_the_full_path_finds(
    workspace: Workspace,
) -> None:
    """The window searches without the ORM: the same hits, order, names and passages —
    later ones made from the same open map, and a text saved since shown as it is now."""
    from kartedit.services.first_screen import QuickStartWorkspace

    workspace.save(REF, "Kvitlauk i eit avsnitt.\n\nMeir om kvitlauk her.\n", KARI)
    with QuickStartWorkspace(workspace.path) as quick:
        for query, edition in (
            ("angst", "regional"),
            ("barn", "bergen"),
            ("sam henv", "voss"),
            ("varseltegn", "bergen"),
            ("kvitlauk", "regional"),
            ('"ingen" slike ord', "voss"),
        ):
            for marked in (None, 0, 3):
                found = quick.search(query, edition, marked=marked)
                assert _whole(found) == _whole(workspace.search(query, edition, marked=marked))
        hits = quick.search("kvitlauk", marked=0)
        workspace.save(REF, "Kvitlauk, men skriven om.\n", KARI)
        assert next(h for h in hits if h.ref == REF).snippet == "[Kvitlauk], men skriven om."
        unread = quick.search("angst", marked=1)
        assert not quick.loaded
        with pytest.raises(NotFoundError, match="bergen"):  # the full path names them
            quick.search("angst", "oslo")
        assert quick.loaded
    assert "[" in unread[0].snippet and unread[-1].snippet == ""  # the map closed since
