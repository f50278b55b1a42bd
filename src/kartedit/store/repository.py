"""Store layer: ``MapRepository``, the one object services use to read and write a map.

It works inside one session (one user action) and hands out domain values, never ORM
rows, so nothing above the store can change the database by accident. Its parts live
in focused modules: ``lookups`` (slugs → rows, listings), ``reading`` (what a section
shows, history), ``writing`` (save, status; revisions go through
``revisions.append_revision``), ``search``, ``overrides`` and ``editions``.
"""

from __future__ import annotations

from kartedit.store.editions import EditionAdmin
from kartedit.store.overrides import OverrideQueries
from kartedit.store.search import MapSearch
from kartedit.store.writing import SectionWriting


class MapRepository(SectionWriting, MapSearch, OverrideQueries, EditionAdmin):
    """Reads and writes of the single map a database holds."""
