"""Office settings stored with the data; a household label per person for household visits.

Revision ID: 0002_office_household
Revises: 0001_people
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_office_household"
down_revision = "0001_people"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "office_settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_office_settings")),
    )
    with op.batch_alter_table("people") as batch:
        batch.add_column(sa.Column("household", sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.drop_column("household")
    op.drop_table("office_settings")
