"""Text layer: word-level diffs, hunks that rebuild the new text, similarity."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartedit.text.diff import (
    Hunk,
    Op,
    Segment,
    apply_hunks,
    diff_words,
    hunks,
    is_minor_change,
    similarity,
)

WORDS = [
    "barnet", "foreldra", "fastlegen", "helsesjukepleiaren", "skulen", "BUP", "PPT",
    "tilviser", "kartlegg", "angst", "uro", "søvn", "trivsel", "tiltak", "møte", "og",
    "til", "med", "på", "i", "ved", "ikkje", "får", "gir", "råd", "særskilt", "åtferd",
]  # fmt: skip

prose = st.lists(
    st.one_of(
        st.sampled_from(WORDS),
        st.sampled_from([" ", " ", " ", "\n", "\n\n", ". ", ", ", ": ", "- ", "**"]),
    ),
    max_size=60,
).map("".join)
any_text = st.one_of(prose, st.text(alphabet=st.characters(codec="utf-8"), max_size=80))


def test_a_changed_word_is_one_whole_word_change() -> None:
    assert hunks("Ola går heim", "Olav går heim") == [Hunk(0, 3, 0, 4, "Ola", "Olav")]


def test_segments_show_word_changes_in_order() -> None:
    old = "Fastlegen vurderer barnet og tilviser til BUP."
    new = "Fastlegen kartlegg barnet og tilviser til BUP."

    assert diff_words(old, new) == [
        Segment(Op.EQUAL, "Fastlegen "),
        Segment(Op.DELETE, "vurderer"),
        Segment(Op.INSERT, "kartlegg"),
        Segment(Op.EQUAL, " barnet og tilviser til BUP."),
    ]


def test_a_changed_comma_is_a_punctuation_change_not_a_word_change() -> None:
    assert hunks("Barnet, foreldra og skulen.", "Barnet; foreldra og skulen.") == [
        Hunk(6, 7, 6, 7, ",", ";")
    ]


def test_unrelated_changes_give_separate_hunks_with_offsets_in_both_texts() -> None:
    old = "Helsestasjonen kartlegg trivsel.\n\nPPT gir råd til skulen."
    new = "Helsestasjonen kartlegg trivsel og søvn.\n\nPPT gir råd til barnehagen."

    found = hunks(old, new)

    assert [(h.old_text, h.new_text) for h in found] == [
        ("", " og søvn"),
        ("skulen", "barnehagen"),
    ]
    for hunk in found:
        assert old[hunk.old_start : hunk.old_end] == hunk.old_text
        assert new[hunk.new_start : hunk.new_end] == hunk.new_text


def test_identical_texts_have_no_hunks() -> None:
    assert hunks("Uendra tekst.", "Uendra tekst.") == []
    assert diff_words("", "") == []


@settings(max_examples=150, deadline=None)
@given(any_text, any_text)
def test_applying_the_hunks_to_the_old_text_always_gives_the_new_text(old: str, new: str) -> None:
    found = hunks(old, new)

    assert apply_hunks(old, found) == new
    for hunk in found:
        assert old[hunk.old_start : hunk.old_end] == hunk.old_text
        assert new[hunk.new_start : hunk.new_end] == hunk.new_text
        assert hunk.old_text != hunk.new_text


@settings(max_examples=100, deadline=None)
@given(any_text, any_text)
def test_segments_rebuild_both_texts(old: str, new: str) -> None:
    segments = diff_words(old, new)

    assert "".join(s.text for s in segments if s.op is not Op.INSERT) == old
    assert "".join(s.text for s in segments if s.op is not Op.DELETE) == new
    assert all(s.text for s in segments)


@settings(max_examples=50, deadline=None)
@given(any_text, any_text)
def test_the_diff_is_deterministic(old: str, new: str) -> None:
    assert diff_words(old, new) == diff_words(old, new)


def test_apply_hunks_refuses_hunks_that_do_not_fit() -> None:
    with pytest.raises(ValueError, match="does not fit"):
        apply_hunks("Barnet søv godt.", [Hunk(7, 10, 7, 10, "et ", "xx ")])
    overlapping = [Hunk(0, 6, 0, 6, "Barnet", "Guten"), Hunk(3, 6, 3, 6, "net", "x")]
    with pytest.raises(ValueError):
        apply_hunks("Barnet søv godt.", overlapping)


def test_similarity_ignores_case_whitespace_and_punctuation() -> None:
    assert similarity("Fastlegen tilviser til BUP.", "fastlegen  tilviser\ntil BUP") == 1.0


def test_similarity_is_the_share_of_the_first_text_kept() -> None:
    assert similarity("barnet får hjelp", "barnet får hjelp i dag") == 1.0
    assert similarity("barnet får hjelp i dag", "barnet får hjelp") == pytest.approx(14 / 18)
    assert similarity("angst hos barn", "depresjon hjå vaksne") == 0.0


def test_similarity_of_empty_texts() -> None:
    assert similarity("", "") == 1.0
    assert similarity("...", "  ") == 1.0
    assert similarity("", "noko tekst") == 0.0


@settings(max_examples=100, deadline=None)
@given(any_text, any_text)
def test_similarity_is_a_share(a: str, b: str) -> None:
    assert 0.0 <= similarity(a, b) <= 1.0
    assert similarity(a, a) == 1.0


@pytest.mark.parametrize(
    ("old", "new", "minor"),
    [
        ("Fastlegen tilviser til BUP.", "fastlegen tilviser til BUP", True),
        ("Barnet, foreldra og skulen", "Barnet foreldra og  skulen.", True),
        ("Tilvising til BUP", "Tilvising til BUP", True),
        ("Tilvising til BUP", "Tilvising til PPT", False),
        ("Tilvising til BUP", "Tilvising til BUP og HABU", False),
    ],
)
def test_minor_change_means_only_layout_punctuation_or_case(
    old: str, new: str, minor: bool
) -> None:
    assert is_minor_change(old, new) is minor
