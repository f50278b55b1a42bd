"""Initial schema: map, pathways, services, editions, sections, revisions, status changes.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

from kartedit.store import sqlite

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "maps",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("slug", sa.String(64), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
    )
    op.create_table(
        "services",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("map_id", sa.String(32), sa.ForeignKey("maps.id"), nullable=False),
        sa.Column("slug", sa.String(64), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.UniqueConstraint("map_id", "slug"),
    )
    op.create_table(
        "pathways",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("map_id", sa.String(32), sa.ForeignKey("maps.id"), nullable=False),
        sa.Column("slug", sa.String(64), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.UniqueConstraint("map_id", "slug"),
    )
    op.create_table(
        "pathway_services",
        sa.Column("pathway_id", sa.Integer, sa.ForeignKey("pathways.id"), primary_key=True),
        sa.Column("service_id", sa.Integer, sa.ForeignKey("services.id"), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_table(
        "editions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("map_id", sa.String(32), sa.ForeignKey("maps.id"), nullable=False),
        sa.Column("slug", sa.String(64), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("organisation", sa.Text, nullable=False, server_default=""),
        sa.UniqueConstraint("map_id", "slug"),
    )
    op.create_table(
        "sections",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("edition_id", sa.Integer, sa.ForeignKey("editions.id"), nullable=False),
        sa.Column("pathway_id", sa.Integer, sa.ForeignKey("pathways.id"), nullable=False),
        sa.Column("service_id", sa.Integer, sa.ForeignKey("services.id"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, server_default="draft"),
        sa.Column("head_revision_id", sa.String(32), nullable=True),
        sa.UniqueConstraint("edition_id", "pathway_id", "service_id", "kind"),
    )
    op.create_index("ix_sections_edition_id", "sections", ["edition_id"])
    op.create_table(
        "revisions",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("section_id", sa.Integer, sa.ForeignKey("sections.id"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("author_name", sa.Text, nullable=False),
        sa.Column("author_organisation", sa.Text, nullable=False, server_default=""),
        sa.Column("created", sa.String(20), nullable=False),
        sa.Column("message", sa.Text, nullable=True),
        sa.Column("parent_id", sa.String(32), sa.ForeignKey("revisions.id"), nullable=True),
        sa.Column("base_id", sa.String(32), sa.ForeignKey("revisions.id"), nullable=True),
        sa.UniqueConstraint("section_id", "seq"),
    )
    op.create_index("ix_revisions_section_id", "revisions", ["section_id"])
    with op.batch_alter_table("sections") as batch:
        batch.create_foreign_key(
            "fk_sections_head_revision", "revisions", ["head_revision_id"], ["id"]
        )
    op.create_table(
        "status_changes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("section_id", sa.Integer, sa.ForeignKey("sections.id"), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("author_name", sa.Text, nullable=False),
        sa.Column("author_organisation", sa.Text, nullable=False, server_default=""),
        sa.Column("created", sa.String(20), nullable=False),
    )
    op.create_index("ix_status_changes_section_id", "status_changes", ["section_id"])
    if op.get_bind().dialect.name == "sqlite":
        op.execute(sqlite.CREATE_FTS)


def downgrade() -> None:
    raise NotImplementedError("kartedit databases are never downgraded; restore the backup copy.")
