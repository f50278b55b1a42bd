"""Text layer: reviewer comments stay on their passage while the text around them changes."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kartedit.domain.errors import UserError
from kartedit.text.anchor import (
    CONTEXT_CHARS,
    Anchor,
    AnchorStatus,
    find_quote,
    make_anchor,
    relocate,
)

TEXT = (
    "## Videre henvisning\n\n"
    "Helsesjukepleiaren kartlegg trivsel, søvn og fråvær.\n\n"
    "Fastlegen tilviser til BUP ved alvorleg angst som ikkje betrar seg.\n\n"
    "PPT gir råd til skulen om tilrettelegging.\n"
)
WORDS = [
    "barnet", "foreldra", "fastlegen", "skulen", "BUP", "PPT", "tilviser", "kartlegg",
    "angst", "uro", "søvn", "tiltak", "møte", "og", "til", "med", "på", "ved", "gir", "råd",
]  # fmt: skip


def anchor_on(text: str, quote: str) -> Anchor:
    start = text.index(quote)
    return make_anchor(text, start, start + len(quote))


def test_make_anchor_remembers_quote_and_context() -> None:
    anchor = anchor_on(TEXT, "alvorleg angst")

    assert anchor.quote == "alvorleg angst"
    assert anchor.prefix == TEXT[anchor.start - CONTEXT_CHARS : anchor.start]
    assert anchor.suffix == TEXT[anchor.end : anchor.end + CONTEXT_CHARS]
    assert len(anchor.prefix) == len(anchor.suffix) == 32


def test_context_is_shorter_at_the_edges_of_the_text() -> None:
    anchor = make_anchor("Kort tekst.", 0, 4)

    assert (anchor.quote, anchor.prefix, anchor.suffix) == ("Kort", "", " tekst.")


def test_an_empty_selection_cannot_be_commented_on() -> None:
    with pytest.raises(UserError, match="Select the passage"):
        make_anchor(TEXT, 5, 5)


def test_anchors_with_damaged_offsets_are_refused() -> None:
    with pytest.raises(UserError, match="damaged"):
        Anchor(quote="angst", prefix="", suffix="", start=10, end=12)


def test_find_quote_gives_the_offsets_of_a_unique_passage() -> None:
    start, end = find_quote(TEXT, "alvorleg angst")

    assert TEXT[start:end] == "alvorleg angst"


def test_find_quote_explains_a_missing_passage() -> None:
    with pytest.raises(UserError, match="«lett angst» does not occur in the text"):
        find_quote(TEXT, "lett angst")


def test_find_quote_asks_which_one_when_a_passage_occurs_several_times() -> None:
    with pytest.raises(UserError) as caught:
        find_quote(TEXT, "til ")  # «tilviser til BUP», «råd til skulen»

    message = caught.value.message
    assert "«til» occurs 2 times" in message
    assert "occurrence number from 1 to 2" in message


def test_find_quote_takes_an_occurrence_number_counting_from_one() -> None:
    start, end = find_quote(TEXT, "til ", occurrence=2)

    assert TEXT[start : end + 6] == "til skulen"
    with pytest.raises(UserError, match="no occurrence number 3"):
        find_quote(TEXT, "til ", occurrence=3)


def test_unchanged_text_is_exact() -> None:
    anchor = anchor_on(TEXT, "alvorleg angst")

    relocation = relocate(anchor, TEXT)

    assert (relocation.status, relocation.start, relocation.end) == (
        AnchorStatus.EXACT,
        anchor.start,
        anchor.end,
    )


def test_an_edit_earlier_in_the_text_moves_the_passage() -> None:
    anchor = anchor_on(TEXT, "alvorleg angst")
    edited = TEXT.replace("trivsel, søvn og fråvær", "trivsel og søvn")

    relocation = relocate(anchor, edited)

    assert relocation.status is AnchorStatus.MOVED
    assert relocation.start is not None
    assert edited[relocation.start : relocation.end] == "alvorleg angst"


def test_among_several_copies_the_one_with_the_remembered_context_wins() -> None:
    anchor = anchor_on(TEXT, "til skulen")  # the only copy, in the PPT line
    edited = "Barnehagen sender melding til skulen.\n\n" + TEXT

    relocation = relocate(anchor, edited)

    assert relocation.status is AnchorStatus.MOVED
    assert relocation.start == edited.index("PPT gir råd til skulen") + len("PPT gir råd ")


def test_a_lightly_reworded_passage_is_still_found() -> None:
    anchor = anchor_on(TEXT, "Fastlegen tilviser til BUP ved alvorleg angst")
    edited = TEXT.replace("Fastlegen tilviser til BUP", "Fastlegen tilviser raskt til BUP")

    relocation = relocate(anchor, edited)

    assert relocation.status is AnchorStatus.MOVED
    assert edited[relocation.start : relocation.end] == (
        "Fastlegen tilviser raskt til BUP ved alvorleg angst"
    )


def test_a_short_passage_with_one_word_respelt_is_still_found() -> None:
    anchor = anchor_on(TEXT, "gir råd til skulen")
    edited = TEXT.replace("gir råd til skulen", "gir råd til skolen")

    relocation = relocate(anchor, edited)

    assert relocation.status is AnchorStatus.MOVED
    assert edited[relocation.start : relocation.end] == "gir råd til skolen"


def test_a_deleted_passage_is_orphaned() -> None:
    anchor = anchor_on(TEXT, "Fastlegen tilviser til BUP ved alvorleg angst som ikkje betrar seg.")
    edited = TEXT.replace(
        "Fastlegen tilviser til BUP ved alvorleg angst som ikkje betrar seg.\n\n", ""
    )

    relocation = relocate(anchor, edited)

    assert (relocation.status, relocation.start, relocation.end) == (
        AnchorStatus.ORPHANED,
        None,
        None,
    )


def test_a_passage_is_not_moved_to_different_words_that_merely_look_alike() -> None:
    anchor = anchor_on(TEXT, "alvorleg angst")
    edited = TEXT.replace("ved alvorleg angst", "ved alvorlege tilstandar")

    assert relocate(anchor, edited).status is AnchorStatus.ORPHANED


paragraph = st.lists(st.sampled_from(WORDS), min_size=2, max_size=10).map(" ".join)


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=200), st.data())
def test_any_passage_of_an_unchanged_text_is_exact(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1), label="start")
    end = data.draw(st.integers(start + 1, len(text)), label="end")

    relocation = relocate(make_anchor(text, start, end), text)

    assert (relocation.status, relocation.start, relocation.end) == (
        AnchorStatus.EXACT,
        start,
        end,
    )


@settings(max_examples=100, deadline=None)
@given(
    st.lists(paragraph, min_size=2, max_size=6),
    st.data(),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join),
)
def test_a_passage_is_found_after_unrelated_edits_elsewhere(
    paragraphs: list[str], data: st.DataObject, insertion: str
) -> None:
    i = data.draw(st.integers(0, len(paragraphs) - 1), label="commented paragraph")
    j = data.draw(st.integers(0, len(paragraphs) - 1).filter(lambda j: j != i), label="edited")
    quote = f"Merknad {i}: {paragraphs[i]}"
    paragraphs = [*paragraphs[:i], quote, *paragraphs[i + 1 :]]
    text = "\n\n".join(paragraphs)
    anchor = anchor_on(text, quote)
    edited_paragraphs = list(paragraphs)
    edited_paragraphs[j] = f"{insertion} {paragraphs[j]}"
    edited = "\n\n".join(edited_paragraphs)
    assume(edited.count(quote) == 1)

    relocation = relocate(anchor, edited)

    assert relocation.start == edited.index(quote)
    assert relocation.end == relocation.start + len(quote)
    if j < i:
        assert relocation.status is AnchorStatus.MOVED
    else:
        assert relocation.status in (AnchorStatus.EXACT, AnchorStatus.MOVED)


def test_a_shared_long_compound_does_not_make_a_replaced_passage_moved() -> None:
    old = (
        "Fastlegen har det medisinske ansvaret og er **portåpner til "
        "spesialisthelsetjenesten**. Mange barn kommer først med kroppslige plager.\n\n"
        "Fastlegen følger også opp etter behandling i spesialisthelsetjenesten.\n"
    )
    quote = "portåpner til spesialisthelsetjenesten"
    start = old.index(quote)
    anchor = make_anchor(old, start, start + len(quote))
    for replacement in ("døråpner til BUP", "den som viser vidare", ""):
        new = old.replace(quote, replacement)
        assert relocate(anchor, new).status is AnchorStatus.ORPHANED, replacement
