"""Store layer: opening, creating and migrating a kartedit database; one transaction per action."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from kartedit.domain.errors import StoreError
from kartedit.domain.ids import format_utc, utc_now
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.store import sqlite
from kartedit.store.schema_version import HEAD_REVISION, KNOWN_REVISIONS


class Database:
    """An open kartedit database file. Every user action runs in ``transaction()``."""

    def __init__(self, path: Path, engine: Engine, *, read_only: bool = False) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        """On a read-only file or file system: everything can be read, nothing saved."""
        self._sessions = sessionmaker(
            engine.execution_options(**{sqlite.WRITE_OPTION: True}), expire_on_commit=False
        )
        self._readers = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: all of it is written, or none of it."""
        if self.read_only:
            raise _read_only(self.path)
        session = self._sessions()
        try:
            with session.begin():
                yield session
        except (DBAPIError, sqlite3.Error) as exc:  # the latter: statements on the driver
            raise _explain(self.path, exc) from exc
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """Reads share a snapshot but take no write lock."""
        session = self._readers()
        try:
            yield session
        except (DBAPIError, sqlite3.Error) as exc:  # the latter: statements on the driver
            raise _explain(self.path, exc) from exc
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def _read_only(path: Path, detail: str | None = None) -> StoreError:
    return StoreError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path}: the database is read-only here (the file, its folder or the disk); "
            "nothing was saved. Copy it to a folder you may write to, to change it.",
        ),
        path=path,
        detail=detail,
    )


_DAMAGE_SIGNS = ("malformed", "not a database", "disk image", "could not decode")
"""SQLite's words for a damaged file (the last: text bytes that are not UTF-8 any more)."""


def _explain(path: Path, exc: DBAPIError | sqlite3.Error) -> StoreError:
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    text = str(orig).lower()
    if "locked" in text or "busy" in text:
        message = QT_TRANSLATE_NOOP(
            "Errors", "{path}: the database is busy in another window or program. Try again."
        )
    elif "readonly" in text or "read-only" in text:
        return _read_only(path, str(exc))
    elif "disk is full" in text or "full" in text:
        message = QT_TRANSLATE_NOOP(
            "Errors",
            "{path}: the disk is full. Free some space and try again; nothing was saved.",
        )
    elif any(sign in text for sign in _DAMAGE_SIGNS):
        return sqlite.damaged(path, exc)
    else:
        message = QT_TRANSLATE_NOOP("Errors", "{path}: the database could not be used ({reason}).")
    reason = " ".join(str(orig).split())[:160]  # one line: it may quote stored bytes
    return StoreError(message, path=path, reason=reason, detail=str(exc))


def _engine(path: Path, *, read_only: bool = False) -> Engine:
    if read_only:
        engine = create_engine(
            "sqlite://", creator=lambda: sqlite.connect(path, read_only=True), future=True
        )
        event.listen(engine, "connect", sqlite.configure_read_only_connection)
    else:
        engine = create_engine(f"sqlite:///{path}", future=True)
        event.listen(engine, "connect", sqlite.configure_connection)
    event.listen(engine, "begin", sqlite.emit_begin)
    return engine


def _upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(files("kartedit.store.migrations")))
    with (
        engine.connect() as connection,
        sqlite.foreign_keys_deferred_for_migration(connection),
        connection.begin(),
    ):
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def create_database(path: Path) -> Database:
    """A new, empty database at the current schema. Refuses to overwrite a file."""
    if path.exists():
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path}: a file already exists there; choose another name.",
            ),
            path=path,
        )
    if not path.parent.is_dir():
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "{parent}: no such folder."), parent=path.parent
        )
    engine = _engine(path)
    try:
        _upgrade(engine)
    except Exception:
        engine.dispose()
        path.unlink(missing_ok=True)
        raise
    return Database(path, engine)


def open_database(path: Path) -> Database:
    """Open an existing database, upgrading an older one after taking a backup copy."""
    sqlite.check_database_file(path)
    read_only = not sqlite.is_writable(path)
    revision = sqlite.read_schema_revision(path, read_only=read_only)
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path}: this database was made by a newer kartedit (schema "
                "{revision}). Install the newest kartedit to open it.",
            ),
            path=path,
            revision=revision,
        )
    if revision is None:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path}: this is an SQLite file, but not a kartedit database.",
            ),
            path=path,
        )
    if read_only and revision != HEAD_REVISION:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path}: this database was made by an older kartedit and must be "
                "upgraded, but it is read-only here. Copy it to a folder you may "
                "write to, and open it there.",
            ),
            path=path,
        )
    engine = _engine(path, read_only=read_only)
    if revision != HEAD_REVISION:
        stamp = format_utc(utc_now()).replace(":", "").replace("-", "")
        backup = path.with_name(f"{path.name}.before-{HEAD_REVISION}-{stamp}.bak")
        try:
            sqlite.backup_copy(path, backup)
        except (sqlite3.Error, OSError) as exc:
            engine.dispose()
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path}: could not take a backup before upgrading ({exc}); "
                    "nothing was changed. Free some space beside the database and "
                    "try again.",
                ),
                path=path,
                exc=exc,
                detail=repr(exc),
            ) from exc
        try:
            _upgrade(engine)
        except DBAPIError as exc:
            engine.dispose()
            raise _explain(path, exc) from exc
    return Database(path, engine, read_only=read_only)
