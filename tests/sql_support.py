"""Test helpers: counting the SQL statements an action runs (a deterministic cost measure)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from kartedit.services.workspace import Workspace

TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "ROLLBACK")


@contextmanager
def counted(workspace: Workspace) -> Iterator[list[str]]:
    """The SQL statements run on the workspace's database inside the block."""
    statements: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if not statement.strip().upper().startswith(TRANSACTION_CONTROL):
            statements.append(statement)

    engine = workspace.database.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)
