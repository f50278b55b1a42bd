"""Text quality: the map's word list, its term list and the services' aliases.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "word_list",
        sa.Column("map_id", sa.String(32), sa.ForeignKey("maps.id"), primary_key=True),
        sa.Column("word", sa.String(100), primary_key=True),
    )
    op.create_table(
        "terms",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("map_id", sa.String(32), sa.ForeignKey("maps.id"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("preferred_nb", sa.Text, nullable=False, server_default=""),
        sa.Column("preferred_nn", sa.Text, nullable=False, server_default=""),
        sa.Column("discouraged", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_terms_map_id", "terms", ["map_id"])
    op.create_table(
        "service_aliases",
        sa.Column("service_id", sa.Integer, sa.ForeignKey("services.id"), primary_key=True),
        sa.Column("alias", sa.String(200), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("kartedit databases are never downgraded; restore the backup copy.")
