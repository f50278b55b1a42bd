"""Text services layer: word-level diffs, change hunks and similarity between two texts."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from itertools import groupby

from diff_match_patch import diff_match_patch

# A token is a word (letters/digits), a run of whitespace, or one other character: so a
# changed comma is shown as a changed comma, not as a changed word.
_TOKEN = re.compile(r"[^\W_]+|\s+|[^\w\s]|_", re.UNICODE)
_WORD = re.compile(r"[^\W_]+")

# Tokens are encoded as private-use characters: diff-match-patch then works on whole tokens,
# and its boundary heuristics see no spaces or letters in the encoding to be misled by.
_CODE_POINT_RANGES = (
    (0xE000, 0xF8FF),
    (0xF0000, 0xFFFFD),
    (0x100000, 0x10FFFD),
    (0x20000, 0xEFFFF),
)


class Op(Enum):
    EQUAL = 0
    INSERT = 1
    DELETE = -1


@dataclass(frozen=True)
class Segment:
    """A run of text that is unchanged, inserted into the new text or deleted from the old."""

    op: Op
    text: str


@dataclass(frozen=True)
class Hunk:
    """One maximal change region: ``old[old_start:old_end]`` became ``new[new_start:new_end]``.

    Offsets are character offsets; an insertion has ``old_start == old_end``.
    """

    old_start: int
    old_end: int
    new_start: int
    new_end: int
    old_text: str
    new_text: str


def _engine() -> diff_match_patch:
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0  # no time-out: the same texts always give the same diff
    return dmp


def _code_points() -> Iterator[str]:
    for first, last in _CODE_POINT_RANGES:
        for point in range(first, last + 1):
            yield chr(point)


def _token_diff(old: Sequence[str], new: Sequence[str]) -> list[tuple[Op, list[str]]]:
    """Diff two token sequences, one character per token (diff_linesToChars on words)."""
    to_char: dict[str, str] = {}
    code_points = _code_points()

    def encode(tokens: Sequence[str]) -> str:
        for token in tokens:
            if token not in to_char:
                to_char[token] = next(code_points)
        return "".join(to_char[token] for token in tokens)

    old_chars, new_chars = encode(old), encode(new)
    to_token = {char: token for token, char in to_char.items()}
    dmp = _engine()
    diffs = dmp.diff_main(old_chars, new_chars, False)
    dmp.diff_cleanupSemantic(diffs)
    return [(Op(op), [to_token[char] for char in chars]) for op, chars in diffs if chars]


def diff_words(old: str, new: str) -> list[Segment]:
    """Word-level diff with semantic clean-up: what a reader would call the changes."""
    if old == new:
        return [Segment(Op.EQUAL, old)] if old else []
    return [
        Segment(op, "".join(tokens))
        for op, tokens in _token_diff(_TOKEN.findall(old), _TOKEN.findall(new))
    ]


def hunks(old: str, new: str) -> list[Hunk]:
    """The change regions between two texts, in order, separated by unchanged text."""
    found: list[Hunk] = []
    old_pos = new_pos = 0
    for unchanged, run in groupby(diff_words(old, new), key=lambda s: s.op is Op.EQUAL):
        segments = list(run)
        old_text = "".join(s.text for s in segments if s.op is not Op.INSERT)
        new_text = "".join(s.text for s in segments if s.op is not Op.DELETE)
        if not unchanged:
            old_end, new_end = old_pos + len(old_text), new_pos + len(new_text)
            found.append(Hunk(old_pos, old_end, new_pos, new_end, old_text, new_text))
        old_pos += len(old_text)
        new_pos += len(new_text)
    return found


def apply_hunks(old: str, hunks: Sequence[Hunk]) -> str:
    """Replace each hunk's old region of ``old`` by its new text.

    Raises ValueError when a hunk does not fit ``old`` (wrong text or overlapping hunks):
    that is a programming error, never something to paper over.
    """
    parts: list[str] = []
    position = 0
    for hunk in sorted(hunks, key=lambda h: (h.old_start, h.old_end)):
        if hunk.old_start < position or old[hunk.old_start : hunk.old_end] != hunk.old_text:
            raise ValueError(f"hunk at {hunk.old_start}–{hunk.old_end} does not fit the text")
        parts.append(old[position : hunk.old_start])
        parts.append(hunk.new_text)
        position = hunk.old_end
    parts.append(old[position:])
    return "".join(parts)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def similarity(a: str, b: str) -> float:
    """Share of ``a``'s words (by letters) still found in ``b``, from 0.0 to 1.0.

    Case, whitespace and punctuation do not count; two texts without words are alike.
    """
    words_a, words_b = _words(a), _words(b)
    total = sum(len(word) for word in words_a)
    if total == 0:
        return 0.0 if words_b else 1.0
    if words_a == words_b:
        return 1.0
    kept = sum(
        len(word) for op, words in _token_diff(words_a, words_b) if op is Op.EQUAL for word in words
    )
    return kept / total


def is_minor_change(old: str, new: str) -> bool:
    """True when the texts differ only in whitespace, punctuation or case."""
    return _words(old) == _words(new)
