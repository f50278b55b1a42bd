"""Hearing rounds: name, edition, scope, deadline, who started and closed them.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hearing_rounds",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("map_id", sa.String(32), sa.ForeignKey("maps.id"), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("edition_id", sa.Integer, sa.ForeignKey("editions.id"), nullable=False),
        sa.Column("deadline", sa.String(10), nullable=False),
        sa.Column("state", sa.String(16), nullable=False, server_default="open"),
        sa.Column("started_by_name", sa.Text, nullable=False),
        sa.Column("started_by_organisation", sa.Text, nullable=False, server_default=""),
        sa.Column("started_at", sa.String(20), nullable=False),
        sa.Column("closed_by_name", sa.Text, nullable=True),
        sa.Column("closed_by_organisation", sa.Text, nullable=True),
        sa.Column("closed_at", sa.String(20), nullable=True),
        sa.UniqueConstraint("map_id", "number"),
    )
    op.create_index("ix_hearing_rounds_state", "hearing_rounds", ["map_id", "state"])
    op.create_table(
        "hearing_round_scope",
        sa.Column("round_id", sa.String(32), sa.ForeignKey("hearing_rounds.id"), primary_key=True),
        sa.Column("kind", sa.String(16), primary_key=True),
        sa.Column("value", sa.String(140), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("kartedit databases are never downgraded; restore the backup copy.")
