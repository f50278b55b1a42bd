"""Store layer, SQLite-only: file checks, connection pragmas, backups and FTS5 search.

Everything that assumes SQLite lives here, so a PostgreSQL store for a shared regional
server needs only a sibling of this module.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kartedit.domain.errors import StoreError
from kartedit.domain.messages import QT_TRANSLATE_NOOP

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def check_database_file(path: Path) -> None:
    """Refuse, with a plain message, a path that is missing, unreadable or not SQLite."""
    if not path.exists():
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path}: no such database. Create one with «kartedit init {path}».",
            ),
            path=path,
        )
    if path.is_dir():
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "{path}: this is a folder, not a kartedit database."),
            path=path,
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "{path}: the database cannot be read ({reason})."),
            path=path,
            reason=exc.strerror,
        ) from exc
    if header != SQLITE_HEADER:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path}: this file is not a kartedit database (it is not SQLite).",
            ),
            path=path,
        )


def read_schema_revision(path: Path) -> str | None:
    """The Alembic revision stamped in the file, read without loading SQLAlchemy."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "{path}: the database cannot be opened ({exc})."),
            path=path,
            exc=exc,
        ) from exc
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            if tables:
                raise StoreError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{path}: this is an SQLite file, but not a kartedit database.",
                    ),
                    path=path,
                )
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path}: the database file is damaged and cannot be read "
                "({exc}). Restore it from a backup copy.",
            ),
            path=path,
            exc=exc,
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
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The upgrade left broken references ({count}); the backup copy is untouched.",
                ),
                count=len(problems),
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


def fts_replace(connection: Any, section_id: int, text: str) -> None:
    """Keep the search index in step with a section's current text (rowid = section id)."""
    connection.exec_driver_sql(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", (section_id,))
    connection.exec_driver_sql(
        f"INSERT INTO {FTS_TABLE}(rowid, body) VALUES (?, ?)", (section_id, text)
    )


def fts_remove(connection: Any, section_id: int) -> None:
    connection.exec_driver_sql(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", (section_id,))


def fts_replace_many(connection: Any, rows: list[tuple[int, str]]) -> None:
    connection.exec_driver_sql(
        f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", [(section_id,) for section_id, _ in rows]
    )
    connection.exec_driver_sql(f"INSERT INTO {FTS_TABLE}(rowid, body) VALUES (?, ?)", rows)


def fts_query(user_query: str) -> str:
    """Turn what a person types into a safe FTS5 query: every word must occur, as a prefix."""
    words = [w for w in user_query.replace('"', " ").split() if w]
    return " ".join(f'"{w}"*' for w in words)


def fts_search(
    connection: Any, user_query: str, edition_ids: tuple[int, int], limit: int
) -> list[tuple[int, str]]:
    """Section ids and snippets for the effective texts of an edition.

    ``edition_ids`` is (this edition, the regional edition): a regional section counts
    only where the edition has no override of its own.
    """
    query = fts_query(user_query)
    if not query:
        return []
    edition_id, regional_id = edition_ids
    sql = f"""
        SELECT s.id, snippet({FTS_TABLE}, 0, '[', ']', '…', 12)
        FROM {FTS_TABLE} JOIN sections AS s ON s.id = {FTS_TABLE}.rowid
        WHERE {FTS_TABLE} MATCH ?
          AND (s.edition_id = ?
               OR (s.edition_id = ? AND NOT EXISTS (
                    SELECT 1 FROM sections AS o
                    WHERE o.edition_id = ? AND NOT o.ended AND o.pathway_id = s.pathway_id
                      AND o.service_id = s.service_id AND o.kind = s.kind)))
        ORDER BY rank
        LIMIT ?
    """
    rows = connection.exec_driver_sql(
        sql, (query, edition_id, regional_id, edition_id, limit)
    ).fetchall()
    return [(row[0], row[1]) for row in rows]
