"""district: record versions, the audit log, and uniqueness the database enforces

Revision ID: 0009_district
Revises: 0008_party_rules
Create Date: 2026-12-06

For several PCs on one server (issue 19):
- every editable record gets a `row_version` (SQLAlchemy's version_id_col): a save from a stale copy is
  refused instead of silently undoing another PC's change; existing records start at 1;
- `audit_log`: who changed which record, when, old and new values (written by one session event);
- the same person (same name and phone, or same name and ID number) may be recorded only once among
  the active people, and a month has at most one draft roster. People recorded twice before this rule
  (two PCs adding the same person at once) are kept: every copy but the first is archived, and the
  audit log says so, by record, so nothing is lost and an inspector can see why.
"""

import datetime as dt
import json

import sqlalchemy as sa
from alembic import op

revision = "0009_district"
down_revision = "0008_party_rules"
branch_labels = None
depends_on = None

VERSIONED = (
    "calendar_overrides", "commendations", "development_cases", "development_steps", "duty_absences",
    "duty_log_entries", "duty_members", "duty_wishes", "evaluation_subjects", "evaluations", "household_visits",
    "meeting_attendees", "meeting_resolutions", "meeting_types", "meetings", "office_settings", "people",
    "plan_item_occurrences", "plan_items", "plan_progress_notes", "plan_sections", "plan_target_actuals",
    "plan_targets", "plans", "post_members", "roster_assignments", "rosters", "service_participants",
    "service_records", "shift_types", "talks", "training_participants", "training_sessions", "volunteer_posts",
)
UPGRADE_USER = "PartyPlan upgrade 0009"


def upgrade() -> None:
    for name in VERSIONED:
        op.add_column(name, sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"))
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_name", sa.String(length=128), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_key", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=True),
        sa.Column("old_values", sa.Text(), nullable=False),
        sa.Column("new_values", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_at"), "audit_log", ["at"])
    op.create_index("ix_audit_log_record", "audit_log", ["table_name", "record_key"])
    _archive_people_recorded_twice()
    for name, column in (("uq_people_name_phone", "phone"), ("uq_people_name_id_number", "id_number")):
        op.create_index(name, "people", ["name", column], unique=True,
                        sqlite_where=sa.text("NOT archived"), postgresql_where=sa.text("NOT archived"))
    op.create_index("uq_rosters_month_draft", "rosters", ["year", "month"], unique=True,
                    sqlite_where=sa.text("status = 'draft'"), postgresql_where=sa.text("status = 'draft'"))


def _archive_people_recorded_twice() -> None:
    bind = op.get_bind()
    people = sa.table("people", sa.column("id", sa.Integer), sa.column("name", sa.String),
                      sa.column("phone", sa.String), sa.column("id_number", sa.String),
                      sa.column("archived", sa.Boolean), sa.column("row_version", sa.Integer))
    log = sa.table("audit_log", sa.column("at", sa.DateTime), sa.column("user_name", sa.String),
                   sa.column("table_name", sa.String), sa.column("record_key", sa.String),
                   sa.column("action", sa.String), sa.column("row_version", sa.Integer),
                   sa.column("old_values", sa.Text), sa.column("new_values", sa.Text))
    rows = bind.execute(sa.select(people.c.id, people.c.name, people.c.phone, people.c.id_number)
                        .where(people.c.archived.is_(False)).order_by(people.c.id)).all()
    first: dict[tuple[str, str, str], int] = {}
    copies: dict[int, int] = {}
    for pid, name, phone, id_number in rows:
        for kind, value in (("phone", phone), ("id_number", id_number)):
            if value is None:
                continue
            kept = first.setdefault((kind, name, value), pid)
            if kept != pid:
                copies.setdefault(pid, kept)
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
    for pid, kept in sorted(copies.items()):
        bind.execute(people.update().where(people.c.id == pid).values(archived=True, row_version=people.c.row_version + 1))
        bind.execute(log.insert().values(
            at=now, user_name=UPGRADE_USER, table_name="people", record_key=str(pid), action="update", row_version=2,
            old_values=json.dumps({"archived": False}),
            new_values=json.dumps({"archived": True, "duplicate_of": kept, "row_version": 2})))


def downgrade() -> None:
    op.drop_index("uq_rosters_month_draft", table_name="rosters")
    op.drop_index("uq_people_name_id_number", table_name="people")
    op.drop_index("uq_people_name_phone", table_name="people")
    op.drop_table("audit_log")
    for name in VERSIONED:
        with op.batch_alter_table(name) as batch:
            batch.drop_column("row_version")
