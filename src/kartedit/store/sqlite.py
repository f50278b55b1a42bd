"""Store layer, SQLite-only: file checks, connection pragmas, backups and FTS5 search.

Everything that assumes SQLite lives here, so a PostgreSQL store for a shared regional
server needs only a sibling of this module.
"""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kartedit.domain.errors import StoreError
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.text_forms import nfc
from kartedit.safe_files import sync_folder

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


def is_writable(path: Path) -> bool:
    """Whether kartedit may write the database: the file, and the folder that holds its
    journal. ``os.access`` also answers for a read-only file system, even for root."""
    return os.access(path, os.W_OK) and os.access(path.absolute().parent, os.W_OK)


def pending_changes(path: Path) -> list[Path]:
    """The journal or WAL file beside a database, when it holds changes not yet in it."""
    beside = [path.with_name(path.name + suffix) for suffix in ("-journal", "-wal")]
    return [p for p in beside if p.is_file() and p.stat().st_size > 0]


def read_only_uri(path: Path) -> str:
    """An SQLite URI that reads a database kartedit may not write.

    With nothing pending beside it, the file is read as immutable (SQLite then writes no
    lock or index file, which a read-only medium would refuse). A pending journal or WAL
    file must not be ignored, so then SQLite reads normally, and says so if it cannot.
    """
    uri = f"{path.absolute().as_uri()}?mode=ro"
    return uri if pending_changes(path) else f"{uri}&immutable=1"


def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    if read_only:
        return sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=False)
    return sqlite3.connect(path, check_same_thread=False)


def damaged(path: Path, exc: BaseException) -> StoreError:
    return StoreError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path}: the database file is damaged and cannot be read. "
            "Restore it from a backup copy (kartedit keeps one beside it "
            "before every upgrade).",
        ),
        path=path,
        detail=repr(exc),
    )


def read_schema_revision(path: Path, *, read_only: bool = False) -> str | None:
    """The Alembic revision stamped in the file, read without loading SQLAlchemy.

    A writable database is opened read-write, so that SQLite can roll back a transaction
    a killed program left behind (a hot journal) before anything is read.
    """
    try:
        connection = connect(path, read_only=read_only)
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
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        unfinished = read_only and bool(pending_changes(path))
        if "readonly" in text or "read-only" in text or unfinished:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path}: a program stopped while writing this database, and it "
                    "is read-only here, so the unfinished change cannot be undone. "
                    "Copy it (with any file beside it named like it) to a folder you "
                    "may write to, and open it there.",
                ),
                path=path,
                detail=repr(exc),
            ) from exc
        if "locked" in text or "busy" in text:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path}: the database is busy in another window or program. Try again.",
                ),
                path=path,
                detail=repr(exc),
            ) from exc
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "{path}: the database cannot be read ({exc})."),
            path=path,
            exc=exc,
            detail=repr(exc),
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise damaged(path, exc) from exc
    finally:
        connection.close()


def backup_copy(path: Path, target: Path) -> None:
    """A consistent copy of a live database (WAL included), via SQLite's backup API.

    The copy is made under a temporary name and renamed only when complete and on disk:
    a file named like a backup is always a whole one. Raises sqlite3.Error or OSError.
    """
    partial = target.with_name(f".{target.name}.part")
    try:
        source = sqlite3.connect(path)
        try:
            destination = sqlite3.connect(partial)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
        with partial.open("rb") as written:
            os.fsync(written.fileno())
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    sync_folder(target.parent)


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


def configure_read_only_connection(dbapi_connection: Any, _record: object) -> None:
    """A database kartedit may only read: no journal change, and every write refused."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA query_only=ON")
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


def others_changes_marker(connection: Any) -> tuple[int, int]:
    """A value that stays the same while no other connection commits to the database:
    this connection's identity and SQLite's ``data_version`` (which a connection's own
    commits leave alone). Lets a batch reuse what it read until someone else writes."""
    (version,) = connection.exec_driver_sql("PRAGMA data_version").one()
    return id(connection.connection.dbapi_connection), int(version)


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


def rebuild_fts(connection: Any) -> None:
    """Make the search table anew and index the head text of every live section (0008)."""
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    connection.exec_driver_sql(CREATE_FTS_EDITIONS)
    rows = connection.exec_driver_sql(
        "SELECT s.id, r.text FROM sections AS s JOIN revisions AS r ON r.id = s.head_revision_id "
        "WHERE NOT s.ended"
    ).fetchall()
    if rows:
        connection.exec_driver_sql(_INDEX_ROW, [(nfc(text), sid) for sid, text in rows])


def fts_replace(connection: Any, section_id: int, text: str) -> None:
    """Keep the search index in step with a section's current text (rowid = section id)."""
    connection.exec_driver_sql(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", (section_id,))
    connection.exec_driver_sql(_INDEX_ROW, (nfc(text), section_id))


def fts_remove(connection: Any, section_id: int) -> None:
    connection.exec_driver_sql(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", (section_id,))


def fts_replace_many(connection: Any, rows: list[tuple[int, str]]) -> None:
    if not rows:
        return
    connection.exec_driver_sql(
        f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", [(section_id,) for section_id, _ in rows]
    )
    connection.exec_driver_sql(_INDEX_ROW, [(nfc(text), section_id) for section_id, text in rows])


def fts_query(user_query: str) -> str:
    """Turn what a person types into a safe FTS5 query: every word must occur, as a prefix.

    Texts are indexed in NFC; a word that decomposes is also sought in NFD, as an older
    kartedit may have indexed a pasted text.
    """
    words = [w for w in nfc(user_query).replace('"', " ").split() if w]
    return " ".join(_either_form(w) for w in words)


def _either_form(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    if decomposed == word:
        return f'"{word}"*'
    return f'("{word}"* OR "{decomposed}"*)'


FtsRow = tuple[int, str | None, str, str, str | None, str | None, str]
"""A search hit: section id, snippet (None where it is made later), pathway slug and name,
service slug and name (None for a pathway's own text), kind."""

SNIPPET = f"snippet({FTS_TABLE}, 0, '[', ']', '…', 12)"
"""The passage around the words found, marked ``[…]``, about twelve words long."""


@dataclass(frozen=True)
class FtsFound:
    """What ``fts_search`` found: the hits, best first, and the ``MATCH`` expression that
    found them (``fts_snippets`` makes the passages left out with it)."""

    match: str
    rows: list[FtsRow]


def fts_search(
    connection: sqlite3.Connection, user_query: str, edition_slug: str, limit: int, marked: int
) -> FtsFound | None:
    """Hits in the texts an edition shows, best first, the first ``marked`` of them with
    their snippet; None when there is no such edition.

    A regional text counts only where the edition has no live override of its own. The
    editions are named inside ``MATCH``, so only their texts are ranked, and one statement
    ranks, filters and names the hits. Snippets cost more than ranking: they are made only
    for the rows a counter lets through, which FTS5 hands out in rank order.
    """
    editions = connection.execute(
        "SELECT id, slug, kind FROM editions WHERE slug = ? OR kind = 'regional'",
        (edition_slug,),
    ).fetchall()
    shown = [eid for eid, slug, _ in editions if slug == edition_slug]
    if not shown:
        return None
    query = fts_query(user_query)
    if not query:
        return FtsFound("", [])
    edition_id = shown[0]
    tokens = " OR ".join(
        f'"e{eid}"' for eid, _, kind in editions if eid == edition_id or kind == "regional"
    )
    match = f"body : ({query}) AND edition : ({tokens})"
    connection.create_function("kartedit_first", 0, _counter(marked), deterministic=False)
    sql = f"""
        SELECT s.id, CASE WHEN kartedit_first() THEN {SNIPPET} END,
               p.slug, p.name, v.slug, v.name, s.kind
        FROM {FTS_TABLE}
        JOIN sections AS s ON s.id = {FTS_TABLE}.rowid
        JOIN pathways AS p ON p.id = s.pathway_id
        LEFT JOIN services AS v ON v.id = s.service_id
        WHERE {FTS_TABLE} MATCH ?
          AND (s.edition_id = ? OR NOT EXISTS (
                SELECT 1 FROM sections AS o
                WHERE o.edition_id = ? AND NOT o.ended AND o.pathway_id = s.pathway_id
                  AND o.service_id IS s.service_id AND o.kind = s.kind))
        ORDER BY rank
        LIMIT ?
    """
    rows = connection.execute(sql, (match, edition_id, edition_id, limit)).fetchall()
    return FtsFound(match, [tuple(row) for row in rows])


def _counter(count: int) -> Callable[[], bool]:
    """True the first ``count`` times it is called, then False."""
    calls = itertools.count()
    return lambda: next(calls) < count


def fts_snippets(
    connection: sqlite3.Connection, match: str, section_ids: Sequence[int]
) -> dict[int, str]:
    """The snippets ``match`` makes for some of its hits, in one statement: the ids are
    kept out of FTS5's own lookup (``+rowid``), which would run the query once an id."""
    if not match or not section_ids:
        return {}
    rows = connection.execute(
        f"SELECT rowid, {SNIPPET} FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? "
        "AND +rowid IN (SELECT value FROM json_each(?))",
        (match, json.dumps(list(section_ids))),
    ).fetchall()
    return dict(rows)
