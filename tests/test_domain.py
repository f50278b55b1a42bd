"""Domain rules: section kinds, references, authors and Norwegian sort order."""

from __future__ import annotations

import pytest

from kartedit.domain.collation import norwegian_sort_key
from kartedit.domain.errors import UserError
from kartedit.domain.people import Author
from kartedit.domain.sections import (
    PATHWAY_KINDS,
    SERVICE_KINDS,
    SectionKind,
    SectionRef,
    Status,
)


def test_section_kinds_are_six_in_fixed_order() -> None:
    assert [k.value for k in SERVICE_KINDS] == [
        "role",
        "assessment",
        "intervention",
        "evaluation",
        "collaboration",
        "referral",
    ]
    assert [k.norwegian_title for k in SERVICE_KINDS] == [
        "Rolle",
        "Kartlegging",
        "Tiltak",
        "Evaluering av tiltak",
        "Samarbeid",
        "Videre henvisning",
    ]
    assert [k.position for k in SERVICE_KINDS] == list(range(6))
    assert list(SectionKind) == [*SERVICE_KINDS, *PATHWAY_KINDS]


def test_pathway_texts_belong_to_the_pathway_not_to_a_service() -> None:
    assert [k.value for k in PATHWAY_KINDS] == ["introduction", "families"]
    intro = SectionRef.parse("angst/introduction")
    assert intro == SectionRef.of_pathway("angst", SectionKind.INTRODUCTION)
    assert intro.is_pathway_level and intro.key == "angst/introduction"
    assert SectionRef.parse(" angst/families ").key == "angst/families"
    assert not SectionRef.parse("angst/fastlege/role").is_pathway_level
    # a service keeps its six kinds; the pathway slot keeps its two
    with pytest.raises(UserError, match="text of the pathway itself"):
        SectionRef("angst", "fastlege", SectionKind.INTRODUCTION)
    with pytest.raises(UserError, match="not a valid service slug"):
        SectionRef.of_pathway("angst", SectionKind.ROLE)
    with pytest.raises(UserError, match="PATHWAY/SERVICE/KIND"):
        SectionRef.parse("angst/role")
    # the pathway's own texts sort before its services
    assert sorted([SectionRef.parse("angst/bup/role"), intro])[0] == intro


def test_unknown_kind_names_the_valid_ones() -> None:
    with pytest.raises(UserError, match=r"Unknown section kind «rolle».*role, assessment"):
        SectionKind.parse("rolle")


def test_section_ref_round_trips_through_its_key() -> None:
    ref = SectionRef.parse("angst/fastlege/referral")
    assert ref == SectionRef("angst", "fastlege", SectionKind.REFERRAL)
    assert ref.key == "angst/fastlege/referral"


@pytest.mark.parametrize("bad", ["angst/fastlege", "Angst/fastlege/role", "../x/role", "a/b/c"])
def test_bad_section_refs_are_refused(bad: str) -> None:
    with pytest.raises(UserError):
        SectionRef.parse(bad)


def test_author_parses_name_and_organisation() -> None:
    assert Author.parse("Kari Nordmann (Voss herad)") == Author("Kari Nordmann", "Voss herad")
    assert Author.parse("Kari Nordmann") == Author("Kari Nordmann", "")
    assert str(Author("Kari", "BUP")) == "Kari (BUP)"
    with pytest.raises(UserError):
        Author.parse("   ")


def test_status_approved_is_read_only() -> None:
    assert Status.APPROVED.is_read_only
    assert not Status.DRAFT.is_read_only
    assert Status.parse("in_hearing") is Status.IN_HEARING


def test_norwegian_sort_puts_ae_oe_aa_last_in_that_order() -> None:
    names = ["Åsane", "Østre Toten", "Ærøy", "Zebra", "Bergen", "ålesund", "Øygarden", "Voss"]
    assert sorted(names, key=norwegian_sort_key) == [
        "Bergen",
        "Voss",
        "Zebra",
        "Ærøy",
        "Østre Toten",
        "Øygarden",
        "ålesund",
        "Åsane",
    ]


def test_norwegian_sort_ignores_accents_on_other_letters() -> None:
    assert sorted(["Forde", "Éid", "Dale"], key=norwegian_sort_key) == ["Dale", "Éid", "Forde"]
