"""Text services layer: the writer's choices for one re-base conflict — local, regional or both."""

from __future__ import annotations

import re
from enum import Enum

# A passage that starts like a Markdown block (list item, table row, heading, quote) is a
# line of its own, so a second wording of it goes on the next line.
_BLOCK_START = re.compile(r"^\s*(?:[-*+|#>]|\d+[.)])")
# A wording that starts with a comma or a full stop continues the first one directly.
_CLOSING = ",.;:!?)»]"


class Choice(Enum):
    """A side picked for a conflict in the three-way view."""

    LOCAL = "local"
    REGIONAL = "regional"
    BOTH = "both"


def join_both(first: str, second: str) -> str:
    """Both wordings, one after the other, as a start for the writer to edit.

    Passages that are lines (list items, table rows) stay on their own lines; sentences
    are joined by one space.
    """
    if not first or not second:
        return first or second
    if first[-1].isspace() or second[0].isspace() or second[0] in _CLOSING:
        return first + second
    lines = "\n" in first or "\n" in second or bool(_BLOCK_START.match(second))
    separator = "\n" if lines else " "
    return first + separator + second


def chosen_text(local: str, regional: str, choice: Choice) -> str:
    """The text a conflict takes when the writer picks ``choice`` (local first for both)."""
    if choice is Choice.LOCAL:
        return local
    if choice is Choice.REGIONAL:
        return regional
    return join_both(local, regional)
