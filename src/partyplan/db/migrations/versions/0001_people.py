"""People and their roles.

Revision ID: 0001_people
Revises:
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_people"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("gender", sa.Enum("male", "female", name="gender", native_enum=False, create_constraint=False, length=24), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("id_number", sa.String(length=32), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column("unit", sa.String(length=100), nullable=True),
        sa.Column("party_category", sa.Enum("registered", "in_service", "floating", name="partycategory", native_enum=False, create_constraint=False, length=24), nullable=True),
        sa.Column("joined_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("archived", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    op.create_index(op.f("ix_people_name"), "people", ["name"], unique=False)
    op.create_table(
        "person_roles",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.Enum("cadre", "party_member", "volunteer", "resident_rep", name="role", native_enum=False, create_constraint=False, length=24), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_person_roles_person_id_people"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("person_id", "role", name=op.f("pk_person_roles")),
    )


def downgrade() -> None:
    op.drop_table("person_roles")
    op.drop_index(op.f("ix_people_name"), table_name="people")
    op.drop_table("people")
