"""shift types, calendar, duty members, rosters, duty log

Revision ID: 0004_rosters
Revises: 0003_plans
Create Date: 2026-11-22 21:17:58.440501
"""

from alembic import op
import sqlalchemy as sa


revision = "0004_rosters"
down_revision = "0003_plans"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('calendar_days',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_calendar_days'))
    )
    op.create_table('calendar_overrides',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_calendar_overrides'))
    )
    op.create_table('calendar_years',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_calendar_years'))
    )
    op.create_table('rosters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('month', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('draft', 'published', 'superseded', name='rosterstatus', native_enum=False, length=24), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.Column('published_at', sa.DateTime(), nullable=True),
    sa.Column('optimal', sa.Boolean(), server_default='0', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rosters')),
    sa.UniqueConstraint('year', 'month', 'version', name='uq_rosters_month_version')
    )
    op.create_table('shift_types',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('end_time', sa.Time(), nullable=False),
    sa.Column('day_kinds', sa.String(length=40), nullable=False),
    sa.Column('needed', sa.Integer(), nullable=False),
    sa.Column('required_tag', sa.String(length=30), nullable=False),
    sa.Column('required_count', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), server_default='1', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shift_types')),
    sa.UniqueConstraint('name', name=op.f('uq_shift_types_name'))
    )
    op.create_table('duty_absences',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('end', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_duty_absences_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duty_absences'))
    )
    with op.batch_alter_table('duty_absences', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_duty_absences_person_id'), ['person_id'], unique=False)

    op.create_table('duty_log_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('time', sa.Time(), nullable=True),
    sa.Column('shift_type_id', sa.Integer(), nullable=True),
    sa.Column('handled_by_id', sa.Integer(), nullable=True),
    sa.Column('resident_name', sa.String(length=64), nullable=False),
    sa.Column('contact', sa.String(length=64), nullable=False),
    sa.Column('household', sa.String(length=100), nullable=False),
    sa.Column('matter', sa.Text(), nullable=False),
    sa.Column('category', sa.String(length=30), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('follow_up', sa.Enum('none', 'open', 'closed', name='followup', native_enum=False, length=24), nullable=False),
    sa.Column('follow_up_due', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('inspected_by_id', sa.Integer(), nullable=True),
    sa.Column('inspected_on', sa.Date(), nullable=True),
    sa.Column('inspection_comment', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.ForeignKeyConstraint(['handled_by_id'], ['people.id'], name=op.f('fk_duty_log_entries_handled_by_id_people')),
    sa.ForeignKeyConstraint(['inspected_by_id'], ['people.id'], name=op.f('fk_duty_log_entries_inspected_by_id_people')),
    sa.ForeignKeyConstraint(['shift_type_id'], ['shift_types.id'], name=op.f('fk_duty_log_entries_shift_type_id_shift_types')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duty_log_entries'))
    )
    with op.batch_alter_table('duty_log_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_duty_log_entries_day'), ['day'], unique=False)

    op.create_table('duty_members',
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('max_per_month', sa.Integer(), nullable=True),
    sa.Column('unavailable_weekdays', sa.String(length=20), nullable=False),
    sa.Column('tags', sa.String(length=100), nullable=False),
    sa.Column('backup_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['backup_id'], ['people.id'], name=op.f('fk_duty_members_backup_id_people')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_duty_members_person_id_people')),
    sa.PrimaryKeyConstraint('person_id', name=op.f('pk_duty_members'))
    )
    op.create_table('duty_wishes',
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('desired', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_duty_wishes_person_id_people')),
    sa.PrimaryKeyConstraint('person_id', 'day', name=op.f('pk_duty_wishes'))
    )
    op.create_table('roster_assignments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('roster_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('shift_type_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('locked', sa.Boolean(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_roster_assignments_person_id_people')),
    sa.ForeignKeyConstraint(['roster_id'], ['rosters.id'], name=op.f('fk_roster_assignments_roster_id_rosters'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['shift_type_id'], ['shift_types.id'], name=op.f('fk_roster_assignments_shift_type_id_shift_types')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roster_assignments')),
    sa.UniqueConstraint('roster_id', 'day', 'shift_type_id', 'person_id', name='uq_roster_assignments_cell_person')
    )
    with op.batch_alter_table('roster_assignments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_roster_assignments_roster_id'), ['roster_id'], unique=False)

    op.create_table('roster_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('roster_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('shift_type_id', sa.Integer(), nullable=False),
    sa.Column('before', sa.String(length=200), nullable=False),
    sa.Column('after', sa.String(length=200), nullable=False),
    sa.Column('changed_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.ForeignKeyConstraint(['roster_id'], ['rosters.id'], name=op.f('fk_roster_changes_roster_id_rosters'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['shift_type_id'], ['shift_types.id'], name=op.f('fk_roster_changes_shift_type_id_shift_types')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roster_changes'))
    )
    with op.batch_alter_table('roster_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_roster_changes_roster_id'), ['roster_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('roster_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_roster_changes_roster_id'))

    op.drop_table('roster_changes')
    with op.batch_alter_table('roster_assignments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_roster_assignments_roster_id'))

    op.drop_table('roster_assignments')
    op.drop_table('duty_wishes')
    op.drop_table('duty_members')
    with op.batch_alter_table('duty_log_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_duty_log_entries_day'))

    op.drop_table('duty_log_entries')
    with op.batch_alter_table('duty_absences', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_duty_absences_person_id'))

    op.drop_table('duty_absences')
    op.drop_table('shift_types')
    op.drop_table('rosters')
    op.drop_table('calendar_years')
    op.drop_table('calendar_overrides')
    op.drop_table('calendar_days')
