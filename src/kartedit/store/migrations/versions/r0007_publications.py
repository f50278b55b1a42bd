"""Publications (versioned, with the exact revisions each holds); each edition's written standard.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("editions") as batch:
        batch.add_column(sa.Column("language", sa.String(8), nullable=False, server_default="nb"))
    op.create_table(
        "publications",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("map_id", sa.String(32), sa.ForeignKey("maps.id"), nullable=False),
        sa.Column("edition_id", sa.Integer, sa.ForeignKey("editions.id"), nullable=False),
        sa.Column("major", sa.Integer, nullable=False),
        sa.Column("minor", sa.Integer, nullable=False),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("drafts", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("author_name", sa.Text, nullable=False),
        sa.Column("author_organisation", sa.Text, nullable=False, server_default=""),
        sa.Column("created", sa.String(20), nullable=False),
        sa.UniqueConstraint("edition_id", "major", "minor"),
    )
    op.create_table(
        "publication_revisions",
        sa.Column(
            "publication_id", sa.String(32), sa.ForeignKey("publications.id"), primary_key=True
        ),
        sa.Column("section_key", sa.String(140), primary_key=True),
        sa.Column("revision_id", sa.String(32), sa.ForeignKey("revisions.id"), nullable=False),
        sa.Column("local", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("approved", sa.Boolean, nullable=False, server_default=sa.true()),
    )


def downgrade() -> None:
    raise NotImplementedError("kartedit databases are never downgraded; restore the backup copy.")
