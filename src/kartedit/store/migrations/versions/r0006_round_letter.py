"""Hearing rounds: the coordinator's questions (Markdown) and the round's written standard.

Both go into the hearing letter of a round sent out as a Word document.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("hearing_rounds") as batch:
        batch.add_column(sa.Column("questions", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("language", sa.String(8), nullable=False, server_default="nb"))


def downgrade() -> None:
    with op.batch_alter_table("hearing_rounds") as batch:
        batch.drop_column("language")
        batch.drop_column("questions")
