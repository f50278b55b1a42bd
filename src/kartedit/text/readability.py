"""Text services layer: LIX readability of a Markdown section text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from html.parser import HTMLParser

LONG_WORD_MIN_LETTERS = 7
"""LIX calls a word long when it has more than six letters."""

# A word is a run of letters/digits (æøå included: Python's \w is Unicode-aware). Hyphenated
# compounds such as «BUP-tilvising» are one word, as Norwegian spelling treats them.
WORD = re.compile(r"[^\W_]+(?:[-‐‑'’][^\W_]+)*")
# An end mark counts when a space or the end of the unit follows (closing quotes allowed
# between), so «helsenorge.no» and «08.30» do not end sentences.
SENTENCE_END = re.compile(r"[.!?:]+(?=[\"'»”’)\]]*(?:\s|$))")

# Each of these starts a new unit of text: a heading or a list item is its own sentence even
# without end punctuation, and so is a paragraph, a table row and a line.
_BLOCK_TAGS = frozenset(
    {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "pre", "ul", "ol"}
)


class LixBand(Enum):
    """The usual LIX bands, from «svært lett» (below 25) to «svært vanskeleg» (55 and above)."""

    VERY_EASY = "very_easy"
    EASY = "easy"
    MEDIUM = "medium"
    DIFFICULT = "difficult"
    VERY_DIFFICULT = "very_difficult"

    @property
    def norwegian(self) -> str:
        return _BAND_NAMES[self]

    @classmethod
    def for_lix(cls, lix: float) -> LixBand:
        for upper, band in _BAND_LIMITS:
            if lix < upper:
                return band
        return cls.VERY_DIFFICULT


_BAND_NAMES = {
    LixBand.VERY_EASY: "svært lett",
    LixBand.EASY: "lett",
    LixBand.MEDIUM: "middels",
    LixBand.DIFFICULT: "vanskeleg",
    LixBand.VERY_DIFFICULT: "svært vanskeleg",
}
_BAND_LIMITS = (
    (25.0, LixBand.VERY_EASY),
    (35.0, LixBand.EASY),
    (45.0, LixBand.MEDIUM),
    (55.0, LixBand.DIFFICULT),
)


@dataclass(frozen=True)
class Readability:
    """Counts behind a LIX score; ``characters`` is the length of the raw Markdown."""

    characters: int
    words: int
    sentences: int
    long_words: int
    lix: float

    @property
    def band(self) -> LixBand:
        return LixBand.for_lix(self.lix)


class _TextUnits(HTMLParser):
    """Collects the visible text of rendered Markdown, split into units (see _BLOCK_TAGS)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.units: list[str] = [""]
        self._in_row = False

    def _break(self) -> None:
        if self.units[-1]:
            self.units.append("")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS or tag == "br":
            self._break()
        self._in_row = self._in_row or tag == "tr"

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self._break()
        self._in_row = self._in_row and tag != "tr"

    def handle_data(self, data: str) -> None:
        if self._in_row:  # a table row is one line; the renderer puts its cells on several
            data = data.replace("\n", " ")
        lines = data.split("\n")
        self.units[-1] += lines[0]
        for line in lines[1:]:
            self._break()
            self.units[-1] += line


def _plain_units(markdown_text: str) -> list[str]:
    """The text as the preview shows it, in units; Markdown itself knows its syntax best."""
    parser = _TextUnits()
    from kartedit.text.markdown_html import render_markdown  # Markdown: when first measured

    parser.feed(render_markdown(markdown_text))
    parser.close()
    return parser.units


def _sentences_in(unit: str) -> int:
    """Sentences ended by . ! ? or : — plus one for trailing words without end punctuation."""
    ends = [match.end() for match in SENTENCE_END.finditer(unit)]
    pieces = [unit[a:b] for a, b in zip([0, *ends], [*ends, len(unit)], strict=True)]
    return sum(1 for piece in pieces if WORD.search(piece))


def _letters(word: str) -> int:
    return sum(1 for c in word if c.isalnum())


def measure(markdown_text: str) -> Readability:
    """LIX = words / sentences + 100 × long words / words, on the text a reader sees.

    Headings and list items each count as a sentence, as does any line or paragraph that
    ends without punctuation; link targets, table pipes and emphasis marks are not words.
    """
    units = _plain_units(markdown_text) if markdown_text.strip() else []
    words = [w for unit in units for w in WORD.findall(unit)]
    sentences = sum(_sentences_in(unit) for unit in units)
    long_words = sum(1 for w in words if _letters(w) >= LONG_WORD_MIN_LETTERS)
    lix = len(words) / sentences + 100.0 * long_words / len(words) if words else 0.0
    return Readability(
        characters=len(markdown_text),
        words=len(words),
        sentences=sentences,
        long_words=long_words,
        lix=lix,
    )
