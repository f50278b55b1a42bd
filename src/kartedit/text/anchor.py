"""Text services layer: anchors that keep reviewer comments on their passage as the text changes."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from diff_match_patch import diff_match_patch

from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.responses import AnchorStatus
from kartedit.text.diff import similarity

CONTEXT_CHARS = 32
"""How much text before and after a quote an anchor remembers."""

FUZZY_THRESHOLD = 0.4
"""diff-match-patch match threshold: 0.0 demands a perfect match, 1.0 accepts anything."""

MIN_SIMILARITY = 0.5
"""A fuzzy find counts only if at least half the quote's words are there (and little else).

Character-level matching alone happily lands on a different passage that shares letters
(«alvorleg angst» → «alvorlege tilstandar»); a comment there would be worse than orphaned.
"""

_WORD = re.compile(r"\w+")
_MATCH_BITS = 32  # diff-match-patch's bitap matcher handles patterns up to this length


@dataclass(frozen=True)
class Anchor:
    """A passage by quote and context; offsets are only a hint once the text has changed."""

    quote: str
    prefix: str
    suffix: str
    start: int
    end: int

    def __post_init__(self) -> None:
        # Anchors arrive in response bundles too, so a broken one is a user-facing problem.
        if not self.quote:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "A comment is anchored to an empty passage.")
            )
        if self.start < 0 or self.end - self.start != len(self.quote):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A comment's anchor is damaged: its offsets do not fit its quote.",
                ),
                detail=f"start={self.start} end={self.end} quote length={len(self.quote)}",
            )


@dataclass(frozen=True)
class Relocation:
    """Where an anchor's passage is in the current text; no offsets when ORPHANED."""

    status: AnchorStatus
    start: int | None = None
    end: int | None = None


def _short(quote: str, limit: int = 60) -> str:
    flat = " ".join(quote.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _occurrences(text: str, quote: str) -> list[int]:
    found: list[int] = []
    position = text.find(quote)
    while position >= 0:
        found.append(position)
        position = text.find(quote, position + 1)
    return found


def make_anchor(text: str, start: int, end: int) -> Anchor:
    """Anchor the passage ``text[start:end]`` with up to CONTEXT_CHARS of context each side."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"selection {start}–{end} lies outside a text of length {len(text)}")
    if start == end:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Select the passage the comment is about: nothing is selected.",
            )
        )
    return Anchor(
        quote=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
        start=start,
        end=end,
    )


def find_quote(text: str, quote: str, occurrence: int | None = None) -> tuple[int, int]:
    """Offsets of a quoted passage; ``occurrence`` (1, 2 …) picks one of several.

    Used where a person names a passage by its words (the command line, imports).
    """
    if not quote:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The quote is empty: give the words of the passage the comment is about.",
            )
        )
    positions = _occurrences(text, quote)
    count = len(positions)
    if count == 0:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "«{quote}» does not occur in the text. Copy the passage exactly "
                "as it stands in the current text.",
            ),
            quote=_short(quote),
        )
    if occurrence is None:
        if count > 1:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "«{quote}» occurs {count} times in the text. Pick one with an "
                    "occurrence number from 1 to {count}.",
                ),
                quote=_short(quote),
                count=count,
            )
        occurrence = 1
    if not 1 <= occurrence <= count:
        if count == 1:
            wrong = QT_TRANSLATE_NOOP(
                "Errors",
                "«{quote}» occurs once in the text, so there is no occurrence number "
                "{occurrence}. Pick the number 1.",
            )
        else:
            wrong = QT_TRANSLATE_NOOP(
                "Errors",
                "«{quote}» occurs {count} times in the text, so there is no occurrence "
                "number {occurrence}. Pick a number from 1 to {count}.",
            )
        raise UserError(wrong, quote=_short(quote), occurrence=occurrence, count=count)
    start = positions[occurrence - 1]
    return start, start + len(quote)


def _matcher() -> diff_match_patch:
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    dmp.Match_Threshold = FUZZY_THRESHOLD
    dmp.Match_Distance = 1_000_000  # a passage may move anywhere in a section: search it all
    return dmp


def _context_score(dmp: diff_match_patch, anchor: Anchor, text: str, start: int) -> int:
    """How many characters of remembered context still sit right next to ``start``."""
    end = start + len(anchor.quote)
    before = text[max(0, start - len(anchor.prefix)) : start]
    after = text[end : end + len(anchor.suffix)]
    return dmp.diff_commonSuffix(anchor.prefix, before) + dmp.diff_commonPrefix(
        anchor.suffix, after
    )


def _context_holds(anchor: Anchor, text: str) -> bool:
    start, end = anchor.start, anchor.end
    return (
        text[start:end] == anchor.quote
        and start >= len(anchor.prefix)
        and text[start - len(anchor.prefix) : start] == anchor.prefix
        and text[end : end + len(anchor.suffix)] == anchor.suffix
    )


def _widen_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A fuzzy match may begin or end inside a word; take the whole word."""
    while 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end


def _fuzzy_find(dmp: diff_match_patch, anchor: Anchor, text: str) -> tuple[int, int] | None:
    """Bitap on the quote (head and tail for long ones), then a check on the words."""
    quote = anchor.quote
    if len(quote) <= _MATCH_BITS:
        start = dmp.match_main(text, quote, anchor.start)
        if start < 0:
            return None
        end = start + len(quote)
    else:
        head, tail = quote[:_MATCH_BITS], quote[-_MATCH_BITS:]
        tail_offset = len(quote) - _MATCH_BITS
        start = dmp.match_main(text, head, anchor.start)
        expected_tail = (start if start >= 0 else anchor.start) + tail_offset
        tail_at = dmp.match_main(text, tail, expected_tail)
        if start < 0 and tail_at < 0:
            return None
        if start < 0:
            start = max(0, tail_at - tail_offset)
        end = tail_at + _MATCH_BITS if tail_at >= start else start + len(quote)
    start, end = _widen_to_words(text, start, min(end, len(text)))
    found = text[start:end]
    if min(similarity(quote, found), similarity(found, quote)) < MIN_SIMILARITY:
        return None
    if _shared_words(quote, found) < MIN_SIMILARITY:
        return None
    return start, end


def _shared_words(a: str, b: str) -> float:
    """Share of words the two passages have in common, counted per word, not per letter.

    Letter-level similarity lets one long shared compound carry a match: «portåpner til
    spesialisthelsetjenesten» is not «behandling i spesialisthelsetjenesten».
    """
    words_a = Counter(_WORD.findall(a.casefold()))
    words_b = Counter(_WORD.findall(b.casefold()))
    longest = max(sum(words_a.values()), sum(words_b.values()))
    return sum((words_a & words_b).values()) / longest if longest else 1.0


def relocate(anchor: Anchor, text: str) -> Relocation:
    """Find an anchor's passage in the current text: exact place, elsewhere, or gone.

    An exact copy of the quote wins over a fuzzy one; among exact copies the one whose
    surroundings match the remembered context best, then the nearest.
    """
    if _context_holds(anchor, text):
        return Relocation(AnchorStatus.EXACT, anchor.start, anchor.end)
    dmp = _matcher()
    positions = _occurrences(text, anchor.quote)
    if positions:
        start = max(
            positions,
            key=lambda p: (_context_score(dmp, anchor, text, p), -abs(p - anchor.start)),
        )
        return Relocation(AnchorStatus.MOVED, start, start + len(anchor.quote))
    found = _fuzzy_find(dmp, anchor, text)
    if found is None:
        return Relocation(AnchorStatus.ORPHANED)
    return Relocation(AnchorStatus.MOVED, *found)
