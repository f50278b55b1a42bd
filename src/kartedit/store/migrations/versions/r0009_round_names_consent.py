"""Hearing rounds: whether private persons who answer agreed to be named in the summary.

Without that consent the hearing summary (HTML and merknadsdokument) shows «privatperson»
instead of the name of someone who answered for themselves; rounds made before default to no.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("hearing_rounds") as batch:
        batch.add_column(
            sa.Column("names_consent", sa.Boolean, nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("hearing_rounds") as batch:
        batch.drop_column("names_consent")
