"""Store layer, SQLite-only: reading one section's text with the standard library alone.

``kartedit show`` and the window's first paint need one text, not the ORM: importing
SQLAlchemy costs more than the whole read. This reader answers only the plain case — a
database at the current schema whose slugs all exist — and returns None otherwise, so the
caller falls back to the full path (which upgrades old databases and explains bad slugs).
A PostgreSQL store would not have this shortcut; it always takes the full path.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kartedit.domain.sections import SectionRef
from kartedit.store import sqlite
from kartedit.store.schema_version import HEAD_REVISION

_TEXT = """
    SELECT own.id IS NOT NULL AND NOT own.ended AND own.head_revision_id IS NOT NULL,
           own_head.text, regional_head.text
    FROM editions AS shown
    JOIN pathways AS p ON p.map_id = shown.map_id AND p.slug = ?
    JOIN pathway_services AS ps ON ps.pathway_id = p.id
    JOIN services AS v ON v.id = ps.service_id AND v.slug = ?
    JOIN editions AS regional ON regional.map_id = shown.map_id AND regional.kind = 'regional'
    LEFT JOIN sections AS own ON own.edition_id = shown.id AND own.pathway_id = p.id
         AND own.service_id = v.id AND own.kind = ?
    LEFT JOIN revisions AS own_head ON own_head.id = own.head_revision_id
    LEFT JOIN sections AS reg ON reg.edition_id = regional.id AND reg.pathway_id = p.id
         AND reg.service_id = v.id AND reg.kind = ?
    LEFT JOIN revisions AS regional_head ON regional_head.id = reg.head_revision_id
    WHERE shown.slug = ?
    LIMIT 1
"""


def section_text(path: Path, ref: SectionRef, edition: str) -> str | None:
    """The text a section shows in an edition (as ``SectionView.text``), or None when the
    full path must answer: another schema, an unknown slug, or any database trouble."""
    try:
        sqlite.check_database_file(path)
        if sqlite.read_schema_revision(path) != HEAD_REVISION:
            return None
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except Exception:  # the full path gives the plain-language message
        return None
    try:
        connection.execute(f"PRAGMA busy_timeout={sqlite.BUSY_TIMEOUT_MS}")
        kind = ref.kind.value
        row = connection.execute(_TEXT, (ref.pathway, ref.service, kind, kind, edition)).fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    if row is None:
        return None
    own_live, own_text, regional_text = row
    return str(own_text) if own_live else str(regional_text or "")
