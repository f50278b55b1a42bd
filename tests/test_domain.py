"""Domain rules: section kinds, references, authors and Norwegian sort order."""

from __future__ import annotations

import pytest

from kartedit.domain.collation import norwegian_sort_key
from kartedit.domain.errors import UserError
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionKind, SectionRef, Status


def test_section_kinds_are_six_in_fixed_order() -> None:
    assert [k.value for k in SectionKind] == [
        "role",
        "assessment",
        "intervention",
        "evaluation",
        "collaboration",
        "referral",
    ]
    assert [k.norwegian_title for k in SectionKind] == [
        "Rolle",
        "Kartlegging",
        "Tiltak",
        "Evaluering av tiltak",
        "Samarbeid",
        "Videre henvisning",
    ]


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
