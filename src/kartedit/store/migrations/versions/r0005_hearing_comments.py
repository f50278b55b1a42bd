"""Imported responses and their comments, what each round sent out, and the decisions.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hearing_round_sent",
        sa.Column("round_id", sa.String(32), sa.ForeignKey("hearing_rounds.id"), primary_key=True),
        sa.Column("section_key", sa.String(140), primary_key=True),
        sa.Column("revision_id", sa.String(32), sa.ForeignKey("revisions.id"), primary_key=True),
        sa.Column("recorded_at", sa.String(20), nullable=False),
    )
    op.create_table(
        "hearing_responses",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("round_id", sa.String(32), sa.ForeignKey("hearing_rounds.id"), nullable=False),
        sa.Column("reviewer_name", sa.Text, nullable=False),
        sa.Column("reviewer_organisation", sa.Text, nullable=False, server_default=""),
        sa.Column("reviewer_role", sa.Text, nullable=False, server_default=""),
        sa.Column("made_at", sa.String(20), nullable=False),
        sa.Column("imported_at", sa.String(20), nullable=False),
        sa.Column("file_name", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_hearing_responses_round_id", "hearing_responses", ["round_id"])
    op.create_table(
        "hearing_comments",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("round_id", sa.String(32), sa.ForeignKey("hearing_rounds.id"), nullable=False),
        sa.Column("section_id", sa.Integer, sa.ForeignKey("sections.id"), nullable=False),
        sa.Column("section_key", sa.String(140), nullable=False),
        sa.Column(
            "response_id", sa.String(32), sa.ForeignKey("hearing_responses.id"), nullable=True
        ),
        sa.Column("parent_id", sa.String(32), sa.ForeignKey("hearing_comments.id"), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("replacement", sa.Text, nullable=True),
        sa.Column("author_name", sa.Text, nullable=False),
        sa.Column("author_organisation", sa.Text, nullable=False, server_default=""),
        sa.Column("author_role", sa.Text, nullable=False, server_default=""),
        sa.Column("from_coordinator", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("created", sa.String(20), nullable=False),
        sa.Column("edited", sa.String(20), nullable=True),
        sa.Column("imported_at", sa.String(20), nullable=False),
        sa.Column("seen_revision_id", sa.String(32), sa.ForeignKey("revisions.id"), nullable=True),
        sa.Column("quote", sa.Text, nullable=True),
        sa.Column("prefix", sa.Text, nullable=True),
        sa.Column("suffix", sa.Text, nullable=True),
        sa.Column("anchor_start", sa.Integer, nullable=True),
        sa.Column("anchor_end", sa.Integer, nullable=True),
        sa.Column("anchor_status", sa.String(16), nullable=True),
        sa.Column(
            "placed_revision_id", sa.String(32), sa.ForeignKey("revisions.id"), nullable=True
        ),
        sa.Column("placed_start", sa.Integer, nullable=True),
        sa.Column("placed_end", sa.Integer, nullable=True),
        sa.Column("state", sa.String(16), nullable=False, server_default="open"),
        sa.Column("decided_by_name", sa.Text, nullable=True),
        sa.Column("decided_by_organisation", sa.Text, nullable=True),
        sa.Column("decided_at", sa.String(20), nullable=True),
        sa.Column("reason", sa.Text, nullable=True),
        sa.Column(
            "decision_revision_id", sa.String(32), sa.ForeignKey("revisions.id"), nullable=True
        ),
    )
    op.create_index("ix_hearing_comments_round", "hearing_comments", ["round_id", "section_key"])
    op.create_index("ix_hearing_comments_parent", "hearing_comments", ["parent_id"])


def downgrade() -> None:
    raise NotImplementedError("kartedit databases are never downgraded; restore the backup copy.")
