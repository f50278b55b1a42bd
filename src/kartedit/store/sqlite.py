"""Store layer, SQLite-only: file checks, connection pragmas, backups and FTS5 search.

Everything that assumes SQLite lives here, so a PostgreSQL store for a shared regional
server needs only a sibling of this module.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kartedit.domain.errors import StoreError

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def check_database_file(path: Path) -> None:
    """Refuse, with a plain message, a path that is missing, unreadable or not SQLite."""
    if not path.exists():
        raise StoreError(f"{path}: no such database. Create one with «kartedit init {path}».")
    if path.is_dir():
        raise StoreError(f"{path}: this is a folder, not a kartedit database.")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"{path}: the database cannot be read ({exc.strerror}).") from exc
    if header != SQLITE_HEADER:
        raise StoreError(f"{path}: this file is not a kartedit database (it is not SQLite).")


def read_schema_revision(path: Path) -> str | None:
    """The Alembic revision stamped in the file, read without loading SQLAlchemy."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: the database cannot be opened ({exc}).") from exc
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            if tables:
                raise StoreError(f"{path}: this is an SQLite file, but not a kartedit database.")
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            f"{path}: the database file is damaged and cannot be read ({exc}). "
            "Restore it from a backup copy.",
            detail=repr(exc),
        ) from exc
    finally:
        connection.close()


def backup_copy(path: Path, target: Path) -> None:
    """A consistent copy of a live database (WAL included), via SQLite's backup API."""
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()


def configure_connection(dbapi_connection: Any, _record: object) -> None:
    """Desktop settings: WAL for concurrent readers, foreign keys on, wait when busy.

    The driver's own transaction handling is switched off so that ``emit_begin`` decides
    how each transaction starts.
    """
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


@contextmanager
def foreign_keys_deferred_for_migration(connection: Any) -> Iterator[None]:
    """Alembic's batch mode rebuilds tables, which SQLite forbids while foreign keys are
    enforced; switch them off for the migration and verify them before switching back."""
    # Straight on the driver connection: outside a transaction, where the pragma works.
    raw = connection.connection.driver_connection
    raw.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
        problems = raw.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise StoreError(
                f"The upgrade left broken references ({len(problems)}); "
                "the backup copy is untouched."
            )
    finally:
        raw.execute("PRAGMA foreign_keys=ON")


WRITE_OPTION = "kartedit_write"


def emit_begin(connection: Any) -> None:
    """Writers take the lock up front (BEGIN IMMEDIATE) so two processes queue, not fail."""
    write = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


FTS_TABLE = "section_fts"
CREATE_FTS = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(body, tokenize='unicode61 remove_diacritics 0')"
)
"""The search table as schema 0001 made it; 0008 replaces it with ``CREATE_FTS_EDITIONS``."""

CREATE_FTS_EDITIONS = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(body, edition, "
    "tokenize='unicode61 remove_diacritics 0', prefix='2 3')"
)
"""The search table since 0008: ``edition`` holds the token ``e<edition id>`` of the section's
edition, so a search names its editions inside ``MATCH`` and ranks only their texts.
``prefix`` indexes keep the prefix queries people type from walking the whole vocabulary."""

_INDEX_ROW = (
    f"INSERT INTO {FTS_TABLE}(rowid, body, edition) "
    "SELECT id, ?, 'e' || edition_id FROM sections WHERE id = ?"
)


def _searchable(text: str) -> str:
    """What is indexed and what is searched for are both NFC: «ø» typed either way matches."""
    return unicodedata.normalize("NFC", text)


def rebuild_fts(connection: Any) -> None:
    """Make the search table anew and index the head text of every live section (0008)."""
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    connection.exec_driver_sql(CREATE_FTS_EDITIONS)
    rows = connection.exec_driver_sql(
        "SELECT s.id, r.text FROM sections AS s JOIN revisions AS r ON r.id = s.head_revision_id "
        "WHERE NOT s.ended"
    ).fetchall()
    if rows:
        connection.exec_driver_sql(_INDEX_ROW, [(_searchable(text), sid) for sid, text in rows])


def fts_replace(connection: Any, section_id: int, text: str) -> None:
    """Keep the search index in step with a section's current text (rowid = section id)."""
    connection.exec_driver_sql(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", (section_id,))
    connection.exec_driver_sql(_INDEX_ROW, (_searchable(text), section_id))


def fts_remove(connection: Any, section_id: int) -> None:
    connection.exec_driver_sql(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", (section_id,))


def fts_replace_many(connection: Any, rows: list[tuple[int, str]]) -> None:
    if not rows:
        return
    connection.exec_driver_sql(
        f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", [(section_id,) for section_id, _ in rows]
    )
    connection.exec_driver_sql(
        _INDEX_ROW, [(_searchable(text), section_id) for section_id, text in rows]
    )


def fts_query(user_query: str) -> str:
    """Turn what a person types into a safe FTS5 query: every word must occur, as a prefix."""
    words = [w for w in _searchable(user_query).replace('"', " ").split() if w]
    return " ".join(f'"{w}"*' for w in words)


def fts_search(
    connection: Any, user_query: str, edition_slug: str, limit: int
) -> list[tuple[int, str, str, str, str, str, str]] | None:
    """Hits in the texts an edition shows, best first: section id, snippet, pathway slug
    and name, service slug and name, kind; None when there is no such edition.

    A regional text counts only where the edition has no live override of its own. The
    editions are named inside ``MATCH``, so only their texts are ranked, and the same
    statement names the hits.
    """
    editions = connection.exec_driver_sql(
        "SELECT id, slug, kind FROM editions WHERE slug = ? OR kind = 'regional'",
        (edition_slug,),
    ).fetchall()
    shown = [eid for eid, slug, _ in editions if slug == edition_slug]
    if not shown:
        return None
    query = fts_query(user_query)
    if not query:
        return []
    edition_id = shown[0]
    tokens = " OR ".join(
        f'"e{eid}"' for eid, _, kind in editions if eid == edition_id or kind == "regional"
    )
    match = f"body : ({query}) AND edition : ({tokens})"
    sql = f"""
        SELECT s.id, snippet({FTS_TABLE}, 0, '[', ']', '…', 12),
               p.slug, p.name, v.slug, v.name, s.kind
        FROM {FTS_TABLE}
        JOIN sections AS s ON s.id = {FTS_TABLE}.rowid
        JOIN pathways AS p ON p.id = s.pathway_id
        JOIN services AS v ON v.id = s.service_id
        WHERE {FTS_TABLE} MATCH ?
          AND (s.edition_id = ? OR NOT EXISTS (
                SELECT 1 FROM sections AS o
                WHERE o.edition_id = ? AND NOT o.ended AND o.pathway_id = s.pathway_id
                  AND o.service_id = s.service_id AND o.kind = s.kind))
        ORDER BY rank
        LIMIT ?
    """
    rows = connection.exec_driver_sql(sql, (match, edition_id, edition_id, limit)).fetchall()
    return [tuple(row) for row in rows]
