"""Text services layer: word-level diffs, change hunks and similarity between two texts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum

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


def _encode(texts: Sequence[str]) -> tuple[list[str], dict[str, str]]:
    """Each text as one character per token, plus the way back (diff_linesToChars on words)."""
    to_char: dict[str, str] = {}
    code_points = _code_points()
    encoded = []
    for text in texts:
        chars = []
        for token in _TOKEN.findall(text):
            if token not in to_char:
                to_char[token] = next(code_points)
            chars.append(to_char[token])
        encoded.append("".join(chars))
    return encoded, {char: token for token, char in to_char.items()}


def diff_words(old: str, new: str) -> list[Segment]:
    """Word-level diff with semantic clean-up: what a reader would call the changes."""
    if old == new:
        return [Segment(Op.EQUAL, old)] if old else []
    dmp = _engine()
    (old_chars, new_chars), to_token = _encode([old, new])
    diffs = dmp.diff_main(old_chars, new_chars, False)
    dmp.diff_cleanupSemantic(diffs)
    return [
        Segment(Op(op), "".join(to_token[char] for char in chars)) for op, chars in diffs if chars
    ]


def _hunks_from(segments: Iterable[Segment]) -> list[Hunk]:
    found: list[Hunk] = []
    old_pos = new_pos = 0
    old_parts: list[str] = []
    new_parts: list[str] = []
    start: tuple[int, int] | None = None

    def close() -> None:
        nonlocal start
        if start is not None:
            old_text, new_text = "".join(old_parts), "".join(new_parts)
            found.append(Hunk(start[0], old_pos, start[1], new_pos, old_text, new_text))
            old_parts.clear()
            new_parts.clear()
            start = None

    for segment in segments:
        if segment.op is Op.EQUAL:
            close()
            old_pos += len(segment.text)
            new_pos += len(segment.text)
            continue
        if start is None:
            start = (old_pos, new_pos)
        if segment.op is Op.DELETE:
            old_parts.append(segment.text)
            old_pos += len(segment.text)
        else:
            new_parts.append(segment.text)
            new_pos += len(segment.text)
    close()
    return found


def hunks(old: str, new: str) -> list[Hunk]:
    """The change regions between two texts, in order, separated by unchanged text."""
    return _hunks_from(diff_words(old, new))


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


def normalized_words(text: str) -> str:
    """The words of a text, case-folded, one space apart: what is left when layout is ignored."""
    return " ".join(_WORD.findall(text.casefold()))


def similarity(a: str, b: str) -> float:
    """Share of ``a``'s words (by letters) still found in ``b``, from 0.0 to 1.0.

    Case, whitespace and punctuation do not count; two texts without words are alike.
    """
    norm_a, norm_b = normalized_words(a), normalized_words(b)
    total = len(norm_a.replace(" ", ""))
    if total == 0:
        return 1.0 if not norm_b else 0.0
    kept = sum(
        len(segment.text.replace(" ", ""))
        for segment in diff_words(norm_a, norm_b)
        if segment.op is Op.EQUAL
    )
    return kept / total


def is_minor_change(old: str, new: str) -> bool:
    """True when the texts differ only in whitespace, punctuation or case."""
    return normalized_words(old) == normalized_words(new)
