"""Text layer: LIX readability as a writer would compute it by hand."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kartedit.text.readability import LixBand, Readability, measure


def test_plain_sentences() -> None:
    # Barnet er trist (3). Foreldra ringer helsestasjonen (3): 6 words, 2 sentences,
    # long: Foreldra, helsestasjonen → 6/2 + 100·2/6 = 36.33
    result = measure("Barnet er trist. Foreldra ringer helsestasjonen.")

    assert (result.words, result.sentences, result.long_words) == (6, 2, 2)
    assert result.lix == pytest.approx(6 / 2 + 100 * 2 / 6)
    assert result.band is LixBand.MEDIUM


def test_each_heading_and_list_item_is_a_sentence() -> None:
    text = "# Tiltak\n\n- Samtale med barnet\n- Råd til foreldra\n- Tilvising til BUP\n"
    # Tiltak | Samtale med barnet | Råd til foreldra | Tilvising til BUP: 10 words, 4 sentences,
    # long: Samtale, foreldra, Tilvising → 10/4 + 100·3/10 = 32.5
    result = measure(text)

    assert (result.words, result.sentences, result.long_words) == (10, 4, 3)
    assert result.lix == pytest.approx(32.5)
    assert result.band is LixBand.EASY


def test_numbered_and_nested_list_items_are_sentences_too() -> None:
    text = "1. Kartlegg\n2. Snakk med skulen\n    - Avtal møte\n"
    result = measure(text)

    assert (result.words, result.sentences) == (6, 3)


def test_norwegian_letters_belong_to_words() -> None:
    # Ærlege, søsken, støtte, skulen: six letters each, so not long; nothing is split at æ/ø/å.
    result = measure("Ærlege søsken får økt støtte på skulen.")

    assert (result.words, result.sentences, result.long_words) == (7, 1, 0)
    assert result.lix == pytest.approx(7.0)


def test_long_words_with_norwegian_letters() -> None:
    # Særskilt (8) and støttetiltak (12) are long: 2/1 + 100·2/2 = 102
    result = measure("Særskilt støttetiltak!")

    assert (result.words, result.long_words) == (2, 2)
    assert result.lix == pytest.approx(102.0)
    assert result.band is LixBand.VERY_DIFFICULT


def test_seven_letters_is_long_six_is_not() -> None:
    assert measure("særøkt").long_words == 0
    assert measure("særøkte").long_words == 1


def test_link_targets_and_emphasis_marks_are_not_words() -> None:
    # Les, meir, på, Helsenorge: 4 words, 1 long, 1 sentence → 4 + 25 = 29
    result = measure("Les **meir** på [Helsenorge](https://www.helsenorge.no/psykisk-helse/angst).")

    assert (result.words, result.sentences, result.long_words) == (4, 1, 1)
    assert result.lix == pytest.approx(29.0)


def test_table_pipes_are_not_words_and_each_row_is_a_line() -> None:
    text = "| Teneste | Ansvar |\n|---|---|\n| Fastlege | Tilvising |\n"
    # Teneste Ansvar | Fastlege Tilvising: 4 words, 2 sentences, 3 long → 2 + 75 = 77
    result = measure(text)

    assert (result.words, result.sentences, result.long_words) == (4, 2, 3)
    assert result.lix == pytest.approx(77.0)


def test_colon_ends_a_sentence_and_so_does_a_line_without_punctuation() -> None:
    result = measure("Kontakt:\nHelsestasjonen\nRing 55 00 00 00")

    assert result.sentences == 3


def test_dots_inside_addresses_and_times_do_not_end_sentences() -> None:
    result = measure("Sjå helsenorge.no før 08.30 i dag.")

    assert result.sentences == 1


def test_characters_count_the_raw_text() -> None:
    text = "## Rolle\n\n**BUP** gir behandling."

    assert measure(text).characters == len(text)


@pytest.mark.parametrize("text", ["", "   \n\n  ", "---", "| |\n|-|\n| |"])
def test_text_without_words_gives_zeros(text: str) -> None:
    result = measure(text)

    assert (result.words, result.sentences, result.long_words, result.lix) == (0, 0, 0, 0.0)
    assert result.characters == len(text)
    assert result.band is LixBand.VERY_EASY


@pytest.mark.parametrize(
    ("lix", "band", "norwegian"),
    [
        (0.0, LixBand.VERY_EASY, "svært lett"),
        (24.99, LixBand.VERY_EASY, "svært lett"),
        (25.0, LixBand.EASY, "lett"),
        (34.99, LixBand.EASY, "lett"),
        (35.0, LixBand.MEDIUM, "middels"),
        (44.99, LixBand.MEDIUM, "middels"),
        (45.0, LixBand.DIFFICULT, "vanskeleg"),
        (54.99, LixBand.DIFFICULT, "vanskeleg"),
        (55.0, LixBand.VERY_DIFFICULT, "svært vanskeleg"),
        (80.0, LixBand.VERY_DIFFICULT, "svært vanskeleg"),
    ],
)
def test_band_boundaries(lix: float, band: LixBand, norwegian: str) -> None:
    readability = Readability(characters=0, words=0, sentences=0, long_words=0, lix=lix)

    assert readability.band is band
    assert readability.band.norwegian == norwegian


@given(st.text(max_size=300))
def test_counts_are_consistent_for_any_text(text: str) -> None:
    result = measure(text)

    assert result.characters == len(text)
    assert 0 <= result.long_words <= result.words
    assert (result.words == 0) == (result.sentences == 0)
    assert result.sentences <= result.words
    assert result.lix >= 0.0
