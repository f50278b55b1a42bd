"""Text services: an edit made in a rendering of Markdown (a Word document) as an edit of the
Markdown itself — paragraph breaks typed as Markdown's.

A reader who presses Enter in Word makes a new paragraph, or a new item of the list they are
in; in Markdown that is a blank line, or a line with the list's marker, never the single
newline Word's text holds (which Markdown joins into the paragraph before).
"""

from __future__ import annotations

import re

_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_NEWLINES = re.compile(r"[ \t]*\n+[ \t]*")


def typed_breaks(inserted: str, source: str, at: int) -> str:
    """``inserted``, typed at ``at`` in ``source``, with each paragraph break it holds as a
    Markdown one: a blank line, or inside a list item a new item with the same marker."""
    if "\n" not in inserted:
        return inserted
    line = source.rfind("\n", 0, at) + 1
    item = _LIST_ITEM.match(source, line)
    separator = "\n" + item.group(0) if item else "\n\n"
    return _NEWLINES.sub(lambda _: separator, inserted)
