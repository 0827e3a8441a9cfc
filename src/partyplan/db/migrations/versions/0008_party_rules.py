"""party rules as published: votes counted by their kind's rule, the member's file step by step, the
evaluation's cap and the follow-up of an unqualified member, branches and party groups, member records
and transfers

Revision ID: 0008_party_rules
Revises: 0007_store_identity
Create Date: 2026-11-23

One migration for issue 20 (the lead chains it after 0007 at merge). Existing rows are kept: columns are
added with defaults, and the one data change corrects a default the office never chose.
"""

from alembic import op
import sqlalchemy as sa


revision = "0008_party_rules"
down_revision = "0007_store_identity"
branch_labels = None
depends_on = None


def _enum(*values: str, name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=24)


QUORUMS = ("none", "more_than_half", "two_thirds", "four_fifths")
VOTE_KINDS = ("resolution", "election", "admission", "conversion", "extension", "cancellation", "disposal")


def upgrade() -> None:
    _votes()
    _file_steps()
    _evaluation()
    _organisations()
    _records()
    _terms()
    _dues()


def downgrade() -> None:
    for table in ("dues_payments", "dues_bases"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_person_id"))
        op.drop_table(table)
    with op.batch_alter_table("committee_terms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_committee_terms_organisation_id"))
    op.drop_table("committee_terms")
    with op.batch_alter_table("people", schema=None) as batch_op:
        for column in ("party_post", "full_member_date", "occupation", "ethnicity"):
            batch_op.drop_column(column)
    with op.batch_alter_table("member_transfers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_transfers_person_id"))
    op.drop_table("member_transfers")
    for table in ("people", "meetings"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f(f"fk_{table}_organisation_id_organisations"), type_="foreignkey")
            batch_op.drop_index(batch_op.f(f"ix_{table}_organisation_id"))
            batch_op.drop_column("organisation_id")
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisations_parent_id"))
    op.drop_table("organisations")
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.drop_column("excellent_override")
    with op.batch_alter_table("member_disposals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_disposals_person_id"))
    op.drop_table("member_disposals")
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


def _evaluation() -> None:
    """The reason an evaluation went over the office's cap on "excellent", and the follow-up (处置) of a
    member graded unqualified."""
    op.create_table(
        "member_disposals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("evaluation_id", sa.Integer(), nullable=True),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("measure", _enum("undecided", "help", "correction", "persuade", "removal", name="measure"),
                  nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("helper_id", sa.Integer(), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("outcome", _enum("open", "corrected", "left", "other", name="disposaloutcome"), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["evaluation_id"], ["evaluations.id"],
                                name=op.f("fk_member_disposals_evaluation_id_evaluations"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["helper_id"], ["people.id"], name=op.f("fk_member_disposals_helper_id_people")),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], name=op.f("fk_member_disposals_meeting_id_meetings"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_member_disposals_person_id_people")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_disposals")),
    )
    with op.batch_alter_table("member_disposals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_disposals_person_id"), ["person_id"], unique=False)
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("excellent_override", sa.Text(), server_default="", nullable=False))


def _organisations() -> None:
    """The 党委/党总支, 支部 and 党小组, and the one a person or a meeting belongs to (none until set)."""
    op.create_table(
        "organisations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", _enum("committee", "general_branch", "branch", "group", name="orgkind"), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(["parent_id"], ["organisations.id"], name=op.f("fk_organisations_parent_id_organisations")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
    )
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisations_parent_id"), ["parent_id"], unique=False)
    for table in ("meetings", "people"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("organisation_id", sa.Integer(), nullable=True))
            batch_op.create_index(batch_op.f(f"ix_{table}_organisation_id"), ["organisation_id"], unique=False)
            batch_op.create_foreign_key(batch_op.f(f"fk_{table}_organisation_id_organisations"), "organisations",
                                        ["organisation_id"], ["id"])


def _records() -> None:
    """A member's 民族, 职业, 转正日期 and 党内职务 (empty for everyone so far), and the transfers log."""
    op.create_table(
        "member_transfers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("direction", _enum("in", "out", name="direction"), nullable=False),
        sa.Column("letter_no", sa.String(length=40), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("other_org", sa.String(length=200), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("arrived_on", sa.Date(), nullable=True),
        sa.Column("receipt_on", sa.Date(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisations.id"],
                                name=op.f("fk_member_transfers_organisation_id_organisations")),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_member_transfers_person_id_people")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_transfers")),
    )
    with op.batch_alter_table("member_transfers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_transfers_person_id"), ["person_id"], unique=False)
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ethnicity", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("occupation", _enum("worker", "farmer", "professional", "manager", "official",
                                                          "student", "retired", "other", name="occupation"),
                                      nullable=True))
        batch_op.add_column(sa.Column("full_member_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("party_post", sa.String(length=60), nullable=True))


def _terms() -> None:
    """Each elected committee's term, from its election meeting."""
    op.create_table(
        "committee_terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("elected_on", sa.Date(), nullable=False),
        sa.Column("years", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("extended_until", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], name=op.f("fk_committee_terms_meeting_id_meetings"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisations.id"],
                                name=op.f("fk_committee_terms_organisation_id_organisations")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee_terms")),
    )
    with op.batch_alter_table("committee_terms", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_committee_terms_organisation_id"), ["organisation_id"], unique=False)


def _dues() -> None:
    """Each member's monthly dues for a year (from a month on) and the payments, in fen."""
    op.create_table(
        "dues_bases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("from_month", sa.Integer(), nullable=False),
        sa.Column("category", _enum("salaried", "self_employed", "retired", "farmer", "low_income", "reduced",
                                    name="duescategory"), nullable=False),
        sa.Column("base_fen", sa.Integer(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_dues_bases_person_id_people")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dues_bases")),
        sa.UniqueConstraint("person_id", "year", "from_month", name="uq_dues_bases_person_year_month"),
    )
    op.create_table(
        "dues_payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_dues_payments_person_id_people")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dues_payments")),
        sa.UniqueConstraint("person_id", "year", "month", name="uq_dues_payments_person_year_month"),
    )
    for table in ("dues_bases", "dues_payments"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f"ix_{table}_person_id"), ["person_id"], unique=False)
