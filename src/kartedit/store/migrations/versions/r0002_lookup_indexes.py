"""Indexes for the lookups every tree click makes: sections by pathway, overrides by base.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_sections_pathway_edition", "sections", ["pathway_id", "edition_id"])
    op.create_index("ix_revisions_base_id", "revisions", ["base_id"])


def downgrade() -> None:
    raise NotImplementedError("kartedit databases are never downgraded; restore the backup copy.")
