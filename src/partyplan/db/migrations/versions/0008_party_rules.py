"""party rules as published: votes counted by their kind's rule, the member's file step by step

Revision ID: 0008_party_rules
Revises: 0006_development_training
Create Date: 2026-11-23

One migration for issue 20 (the lead chains it after 0007 at merge). Existing rows are kept: columns are
added with defaults, and the one data change corrects a default the office never chose.
"""

from alembic import op
import sqlalchemy as sa


revision = "0008_party_rules"
down_revision = "0006_development_training"
branch_labels = None
depends_on = None


def _enum(*values: str, name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=24)


QUORUMS = ("none", "more_than_half", "two_thirds", "four_fifths")
VOTE_KINDS = ("resolution", "election", "admission", "conversion", "extension", "cancellation", "disposal")


def upgrade() -> None:
    _votes()
    _file_steps()


def downgrade() -> None:
    with op.batch_alter_table("development_steps", schema=None) as batch_op:
        batch_op.drop_column("reference")
        batch_op.drop_column("ends_on")
    with op.batch_alter_table("meeting_resolutions", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_meeting_resolutions_subject_id_people"), type_="foreignkey")
        batch_op.drop_column("subject_id")
        batch_op.drop_column("quorum")
        batch_op.drop_column("kind")
    op.execute("UPDATE meeting_types SET majority = 'more_than_half' "
               "WHERE key = 'general_meeting' AND majority = 'half_of_entitled'")


def _votes() -> None:
    """A vote keeps its kind, the quorum it was counted by and whom it concerns. The branch general
    meeting's pre-filled majority was "more than half of those present"; the published rule (支部工作条例
    第十一条) counts all members entitled to vote, so the pre-filled type takes it, unless the office
    had already chosen another rule. Votes already recorded keep the rule they were counted by."""
    with op.batch_alter_table("meeting_resolutions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind", _enum(*VOTE_KINDS, name="votekind"), server_default="resolution",
                                      nullable=False))
        batch_op.add_column(sa.Column("quorum", _enum(*QUORUMS, name="quorum"), nullable=True))
        batch_op.add_column(sa.Column("subject_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_meeting_resolutions_subject_id_people"), "people",
                                    ["subject_id"], ["id"])
    op.execute("UPDATE meeting_types SET majority = 'half_of_entitled' "
               "WHERE key = 'general_meeting' AND majority = 'more_than_half'")


def _file_steps() -> None:
    """A public notice keeps its last day; a filing or an application form its document number."""
    with op.batch_alter_table("development_steps", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ends_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("reference", sa.String(length=60), server_default="", nullable=False))
