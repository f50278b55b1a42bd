"""Store layer, ORM-free: search hits made from the rows ``sqlite.fts_search`` returns.

Shared by the ORM path (``search.MapSearch``) and the quick reader (``quick_read``), so a
search from the window reads the same hits, in the same order with the same passages,
whether or not the store has been loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache, partial

from kartedit.domain.errors import StoreError
from kartedit.domain.model import SearchHit
from kartedit.domain.sections import SectionRef
from kartedit.store.sqlite import FtsFound

SHOWN_FIRST = 20
"""Search hits that come with their snippet at once: what a result list shows before it is
scrolled. The others' snippets are made when the list first shows them."""

SnippetReader = Callable[[str, Sequence[int]], dict[int, str]]
"""Makes the snippets of some hits of a ``MATCH`` expression, in a session of its own."""


def hits_of(found: FtsFound, edition: str, later: SnippetReader | None) -> list[SearchHit]:
    """The hits of one search, best first; a hit ``fts_search`` left without its snippet
    gets it from ``later`` when first read."""
    rest = _Later(later, found.match, [row[0] for row in found.rows]) if later else None
    hits = []
    for index, (_sid, snippet, p_slug, p_name, s_slug, s_name, kind) in enumerate(found.rows):
        passage: str | Callable[[], str]
        if snippet is not None or rest is None:
            passage = _plain(snippet or "")
        else:
            passage = partial(rest.snippet, index)
        hits.append(SearchHit(_ref(p_slug, s_slug, kind), edition, p_name, s_name or "", passage))
    return hits


class _Later:
    """The snippets of one search's hits past the first ones: reading one makes it and
    those of the next ``BATCH`` hits still without one, in one statement."""

    BATCH = 50

    def __init__(self, read: SnippetReader, match: str, section_ids: list[int]) -> None:
        self.read = read
        self.match = match
        self.section_ids = section_ids
        self.made: dict[int, str] = {}

    def snippet(self, index: int) -> str:
        section_id = self.section_ids[index]
        if section_id not in self.made:
            wanted = [i for i in self.section_ids[index:] if i not in self.made][: self.BATCH]
            try:
                found = self.read(self.match, wanted)
            except StoreError:  # the database went away under the list: no passage shown
                return ""
            self.made.update((i, _plain(found.get(i, ""))) for i in wanted)
        return self.made[section_id]


def _plain(snippet: str) -> str:
    """A snippet on one line (texts have paragraphs and lists)."""
    return " ".join(snippet.split())


_ref = lru_cache(maxsize=8192)(SectionRef.of_row)
"""The section a hit names (the same few thousand again and again: checked once)."""
