"""Pathway-level texts: a section may belong to the pathway itself (no service).

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sections") as batch:
        batch.alter_column("service_id", existing_type=sa.Integer, nullable=True)
    op.create_index(
        "ux_sections_pathway_level",
        "sections",
        ["edition_id", "pathway_id", "kind"],
        unique=True,
        sqlite_where=sa.text("service_id IS NULL"),
        postgresql_where=sa.text("service_id IS NULL"),
    )


def downgrade() -> None:
    raise NotImplementedError("kartedit databases are never downgraded; restore the backup copy.")
