"""Text services: an edit made in a rendering of Markdown (a Word document) as an edit of the
Markdown itself — paragraph breaks typed or deleted as Markdown's, emphasis markers kept in
pairs.

A reader who presses Enter in Word makes a new paragraph, or a new item of the list they are
in; in Markdown that is a blank line, or a line with the list's marker, never the single
newline Word's text holds (which Markdown joins into the paragraph before). A reader who
deletes a bold sentence deletes its letters, and the passage mapped back to the source takes
one ``**`` of the pair at most: accepting it as it stands would leave the other behind.
"""

from __future__ import annotations

import re

_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_LINE_MARKER = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)]|#{1,6}|>)[ \t]+")
_BREAK_AND_MARKER = re.compile(r"\n*(?:[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)?")
_NEWLINES = re.compile(r"[ \t]*\n+[ \t]*")
_EMPHASIS = re.compile(r"\*\*|__|~~|\*|_")


def typed_breaks(inserted: str, source: str, at: int) -> str:
    """``inserted``, typed at ``at`` in ``source``, with each paragraph break it holds as a
    Markdown one: a blank line, inside a list item a new item with the same marker, inside a
    table's cell a space."""
    if "\n" not in inserted:
        return inserted
    line = source.rfind("\n", 0, at) + 1
    item = _LIST_ITEM.match(source, line)
    if source[line:].lstrip(" \t").startswith("|"):
        separator = " "  # a table row is one line: the cell's new paragraph runs on
    else:
        separator = "\n" + item.group(0) if item else "\n\n"
    return _NEWLINES.sub(lambda _: separator, inserted)


def deleted_breaks(source: str, start: int, end: int) -> tuple[int, int]:
    """A deleted passage ending in a paragraph break, widened so Markdown loses what Word did.

    Whole paragraphs deleted (the passage starts where a line's text starts) take their list
    or heading markers along; a paragraph joined to the next (its break deleted, from inside
    the line) takes the blank line and the next line's list marker, so the two run on."""
    if end <= start or source[end - 1] != "\n":
        return start, end
    line = source.rfind("\n", 0, start) + 1
    marker = _LINE_MARKER.match(source, line)
    if start <= (marker.end() if marker else line):
        return line, end
    joined = _BREAK_AND_MARKER.match(source, end)
    return start, joined.end() if joined else end


def emphasis_pairs(source: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The opening and closing marker of each emphasis in ``source`` (``**``, ``*``, ``__``,
    ``_``, ``~~``), paired in order; a list bullet and an underscore inside a word are not
    markers."""
    pairs = []
    opened: dict[str, tuple[int, int]] = {}
    for match in _EMPHASIS.finditer(source):
        start, end = match.span()
        marker = match.group()
        before = source[start - 1] if start else "\n"
        after = source[end] if end < len(source) else "\n"
        if marker == "*" and before == "\n" and after in " \t":
            continue
        if marker == "_" and before.isalnum() and after.isalnum():
            continue
        if marker in opened:
            pairs.append((opened.pop(marker), (start, end)))
        else:
            opened[marker] = (start, end)
    return pairs


def balanced(source: str, start: int, end: int) -> tuple[int, int]:
    """The passage ``start:end`` widened to take the other marker of each emphasis pair it
    takes one of, when nothing but spaces lies between the passage and that marker."""
    for (open_start, open_end), (close_start, close_end) in emphasis_pairs(source):
        closer_only = start <= close_start and close_end <= end and open_end <= start
        opener_only = start <= open_start and open_end <= end and close_start >= end
        if closer_only and not source[open_end:start].strip():
            start = open_start
        elif opener_only and not source[end:close_start].strip():
            end = close_end
    return start, end
