"""Store layer: full-text search over the texts an edition shows (FTS5 in ``sqlite``).

A search ranks and names up to ``limit`` hits in one statement; the passages (snippets) of
the hits below the first few are made only when first read, a batch at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache, partial

from kartedit.domain.errors import StoreError
from kartedit.domain.model import REGIONAL, SearchHit
from kartedit.store import sqlite
from kartedit.store.lookups import MapLookups
from kartedit.store.revisions import ref_of

SnippetReader = Callable[[str, Sequence[int]], dict[int, str]]
"""Makes the snippets of some hits of a ``MATCH`` expression, in a session of its own."""


class MapSearch(MapLookups):
    """Full-text search of one edition (its own texts and the regional ones)."""

    def search(
        self,
        query: str,
        edition: str = REGIONAL,
        limit: int = 200,
        *,
        marked: int | None = None,
        later: SnippetReader | None = None,
    ) -> list[SearchHit]:
        """The best ``limit`` hits, best first. The first ``marked`` come with their snippet
        and the others' are made by ``later`` when first read; without ``later`` (or with
        ``marked`` None) every hit comes with its snippet."""
        if later is None or marked is None:
            marked = limit
        found = sqlite.fts_search(self.session.connection(), query, edition, limit, marked)
        if found is None:
            self.edition_row(edition)  # raises the NotFoundError that lists the editions
            return []
        rest = _Later(later, found.match, [row[0] for row in found.rows]) if later else None
        hits = []
        for index, (_sid, snippet, p_slug, p_name, s_slug, s_name, kind) in enumerate(found.rows):
            passage: str | Callable[[], str]
            if snippet is not None or rest is None:
                passage = _plain(snippet or "")
            else:
                passage = partial(rest.snippet, index)
            hits.append(
                SearchHit(_ref(p_slug, s_slug, kind), edition, p_name, s_name or "", passage)
            )
        return hits

    def snippets(self, match: str, section_ids: Sequence[int]) -> dict[int, str]:
        """The snippets of some hits a search left for later (``MapSearch.search``)."""
        return sqlite.fts_snippets(self.session.connection(), match, section_ids)


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


_ref = lru_cache(maxsize=8192)(ref_of)
"""The section a hit names (the same few thousand again and again: checked once)."""
