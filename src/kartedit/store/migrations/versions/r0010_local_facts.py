"""Local facts: the kinds a map's texts refer to, and each edition's revisioned values.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fact_kinds",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("map_id", sa.String(32), sa.ForeignKey("maps.id"), nullable=False),
        sa.Column("slug", sa.String(64), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("scope", sa.String(16), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.UniqueConstraint("map_id", "slug"),
    )
    op.create_table(
        "fact_values",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("kind_id", sa.Integer, sa.ForeignKey("fact_kinds.id"), nullable=False),
        sa.Column("edition_id", sa.Integer, sa.ForeignKey("editions.id"), nullable=False),
        sa.Column("service_id", sa.Integer, sa.ForeignKey("services.id"), nullable=False),
        sa.Column("pathway_id", sa.Integer, sa.ForeignKey("pathways.id"), nullable=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("author_name", sa.Text, nullable=False),
        sa.Column("author_organisation", sa.Text, nullable=False),
        sa.Column("created", sa.String(20), nullable=False),
        sa.Column("message", sa.Text, nullable=True),
    )
    op.create_index("ix_fact_values_edition", "fact_values", ["edition_id", "kind_id"])


def downgrade() -> None:
    raise NotImplementedError("kartedit databases are never downgraded; restore the backup copy.")
