"""The search table names each text's edition, so a search ranks only the edition's texts.

Revision ID: 0008
Revises: 0007
"""

from alembic import op

from kartedit.store import sqlite

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite-only: FTS5. A PostgreSQL store would index with its own full-text search.
    sqlite.rebuild_fts(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("kartedit databases are never downgraded; restore the backup copy.")
