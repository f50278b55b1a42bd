"""Text services layer: the words and sentences of a Markdown line, with their offsets.

The checker and the editor's underlines work line by line (a Markdown block in the editor
is a line), so every function here takes one line; link targets, bare addresses, inline code
and HTML tags are not prose and are left out. Words and sentence ends are those LIX counts
(``text.readability``), so «BUP-henvisning» is one word and «kl. 09.00» ends nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kartedit.text.readability import SENTENCE_END, WORD

# Not prose: a link's target «](…)», an autolink «<…>», a bare address, inline code, a tag,
# a site named by its domain.
_NOT_PROSE = re.compile(
    r"\]\([^)]*\)|<[a-z]+://[^>]*>|\b(?:https?|ftp)://\S+|\bwww\.\S+|\S+@\S+\.\w+|`[^`]*`"
    r"|</?[A-Za-z][^>]*>"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:no|com|org|net|nu|se|dk|eu)\b"  # a site named in text: Ung.no
)
_FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class Token:
    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def prose_mask(line: str) -> str:
    """The line with everything that is not prose blanked out; offsets are unchanged."""
    return _NOT_PROSE.sub(lambda m: " " * len(m.group()), line)


def words(line: str) -> Iterator[Token]:
    """The words of a line, with their offsets into it."""
    for match in WORD.finditer(prose_mask(line)):
        yield Token(match.group(), match.start())


def sentences(line: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, number of words) of each sentence of a line; leading markup is skipped."""
    masked = prose_mask(line)
    ends = [m.end() for m in SENTENCE_END.finditer(masked)]
    for start, end in zip([0, *ends], [*ends, len(masked)], strict=True):
        found = list(WORD.finditer(masked, start, end))
        if found:
            yield found[0].start(), end, len(found)


def is_fence(line: str) -> bool:
    """A line that opens or closes a fenced code block."""
    return bool(_FENCE.match(line))


def prose_lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) of each line of a Markdown text that is prose (code blocks skipped)."""
    offset = 0
    in_code = False
    for line in text.split("\n"):
        if is_fence(line):
            in_code = not in_code
        elif not in_code:
            yield offset, line
        offset += len(line) + 1
