"""store identity: a UUID in each store, so that backups are matched to their store, not to a file name

Revision ID: 0007_store_identity
Revises: 0006_development_training
Create Date: 2026-11-24

The table may already be there: an older SQLite file is given its identity just before its first
upgrade (partyplan.db.identity.ensure), so that the backup taken before the upgrade carries it, and
a restore writes the store's identity into restored contents of any revision. This step then keeps it.
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0007_store_identity"
down_revision = "0006_development_training"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if not sa.inspect(bind).has_table("store_identity"):
        op.create_table(
            "store_identity",
            sa.Column("uuid", sa.String(length=32), nullable=False),
            sa.PrimaryKeyConstraint("uuid", name=op.f("pk_store_identity")),
        )
    identity = sa.table("store_identity", sa.column("uuid", sa.String))
    if bind.execute(sa.select(sa.func.count()).select_from(identity)).scalar() == 0:
        op.execute(identity.insert().values(uuid=uuid.uuid4().hex))


def downgrade() -> None:
    op.drop_table("store_identity")
