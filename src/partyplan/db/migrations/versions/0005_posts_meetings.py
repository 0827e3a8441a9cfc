"""volunteer posts, service, visits; meetings, votes, talks, evaluations

Revision ID: 0005_posts_meetings
Revises: 0004_rosters
Create Date: 2026-11-22 21:39:35.067716
"""

from alembic import op
import sqlalchemy as sa


revision = "0005_posts_meetings"
down_revision = "0004_rosters"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('meeting_types',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=True),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('name_en', sa.String(length=80), nullable=False),
    sa.Column('cadence', sa.Enum('none', 'monthly', 'quarterly', 'yearly', 'months', name='cadence', native_enum=False, length=24), nullable=False),
    sa.Column('months', sa.String(length=40), nullable=False),
    sa.Column('attendee_role', sa.String(length=24), nullable=False),
    sa.Column('votes', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('quorum', sa.Enum('none', 'more_than_half', 'two_thirds', name='quorum', native_enum=False, length=24), nullable=False),
    sa.Column('majority', sa.Enum('simple', 'more_than_half', 'two_thirds', name='majority', native_enum=False, length=24), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('archived', sa.Boolean(), server_default='0', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_types')),
    sa.UniqueConstraint('key', name=op.f('uq_meeting_types_key'))
    )
    op.create_table('household_visits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('household', sa.String(length=100), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=True),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('situation', sa.Text(), nullable=False),
    sa.Column('difficulty', sa.Text(), nullable=False),
    sa.Column('action', sa.Text(), nullable=False),
    sa.Column('resolved_on', sa.Date(), nullable=True),
    sa.Column('follow_up_due', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['resident_id'], ['people.id'], name=op.f('fk_household_visits_resident_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_household_visits'))
    )
    with op.batch_alter_table('household_visits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_household_visits_day'), ['day'], unique=False)

    op.create_table('talks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('cadre_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('topic', sa.Text(), nullable=False),
    sa.Column('follow_up', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['cadre_id'], ['people.id'], name=op.f('fk_talks_cadre_id_people')),
    sa.ForeignKeyConstraint(['member_id'], ['people.id'], name=op.f('fk_talks_member_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_talks'))
    )
    with op.batch_alter_table('talks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_talks_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_talks_member_id'), ['member_id'], unique=False)

    op.create_table('volunteer_posts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=True),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('name_en', sa.String(length=80), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('leader_id', sa.Integer(), nullable=True),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('skills', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('archived', sa.Boolean(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['leader_id'], ['people.id'], name=op.f('fk_volunteer_posts_leader_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_posts')),
    sa.UniqueConstraint('key', name=op.f('uq_volunteer_posts_key'))
    )
    op.create_table('post_members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('post_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('skill', sa.String(length=100), nullable=False),
    sa.Column('since', sa.Date(), nullable=False),
    sa.Column('ended', sa.Date(), nullable=True),
    sa.Column('main', sa.Boolean(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_post_members_person_id_people')),
    sa.ForeignKeyConstraint(['post_id'], ['volunteer_posts.id'], name=op.f('fk_post_members_post_id_volunteer_posts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_post_members'))
    )
    with op.batch_alter_table('post_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_post_members_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_post_members_post_id'), ['post_id'], unique=False)

    op.create_table('service_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('post_id', sa.Integer(), nullable=True),
    sa.Column('activity', sa.String(length=200), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('beneficiaries', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.ForeignKeyConstraint(['post_id'], ['volunteer_posts.id'], name=op.f('fk_service_records_post_id_volunteer_posts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_records'))
    )
    with op.batch_alter_table('service_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_records_day'), ['day'], unique=False)

    op.create_table('visit_visitors',
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_visit_visitors_person_id_people')),
    sa.ForeignKeyConstraint(['visit_id'], ['household_visits.id'], name=op.f('fk_visit_visitors_visit_id_household_visits'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('visit_id', 'person_id', name=op.f('pk_visit_visitors'))
    )
    op.create_table('meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('type_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('planned_on', sa.Date(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=True),
    sa.Column('start_time', sa.Time(), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('chair_id', sa.Integer(), nullable=True),
    sa.Column('recorder_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('planned', 'held', 'postponed', 'cancelled', name='meetingstatus', native_enum=False, length=24), nullable=False),
    sa.Column('agenda', sa.Text(), nullable=False),
    sa.Column('minutes', sa.Text(), nullable=False),
    sa.Column('plan_item_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.ForeignKeyConstraint(['chair_id'], ['people.id'], name=op.f('fk_meetings_chair_id_people')),
    sa.ForeignKeyConstraint(['plan_item_id'], ['plan_items.id'], name=op.f('fk_meetings_plan_item_id_plan_items'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['recorder_id'], ['people.id'], name=op.f('fk_meetings_recorder_id_people')),
    sa.ForeignKeyConstraint(['type_id'], ['meeting_types.id'], name=op.f('fk_meetings_type_id_meeting_types')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings'))
    )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meetings_planned_on'), ['planned_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_type_id'), ['type_id'], unique=False)

    op.create_table('service_participants',
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('hours', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_service_participants_person_id_people')),
    sa.ForeignKeyConstraint(['record_id'], ['service_records.id'], name=op.f('fk_service_participants_record_id_service_records'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('record_id', 'person_id', name=op.f('pk_service_participants'))
    )
    op.create_table('evaluations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('ballots_cast', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_evaluations_meeting_id_meetings'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluations'))
    )
    with op.batch_alter_table('evaluations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluations_year'), ['year'], unique=False)

    op.create_table('meeting_attendees',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('presence', sa.Enum('present', 'absent', 'leave', name='presence', native_enum=False, length=24), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('can_vote', sa.Boolean(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_attendees_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_meeting_attendees_person_id_people')),
    sa.PrimaryKeyConstraint('meeting_id', 'person_id', name=op.f('pk_meeting_attendees'))
    )
    op.create_table('meeting_resolutions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('responsible_id', sa.Integer(), nullable=True),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('plan_item_id', sa.Integer(), nullable=True),
    sa.Column('voted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('votes_for', sa.Integer(), nullable=False),
    sa.Column('votes_against', sa.Integer(), nullable=False),
    sa.Column('abstentions', sa.Integer(), nullable=False),
    sa.Column('majority', sa.Enum('simple', 'more_than_half', 'two_thirds', name='majority', native_enum=False, length=24), nullable=False),
    sa.Column('passed', sa.Boolean(), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_resolutions_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_item_id'], ['plan_items.id'], name=op.f('fk_meeting_resolutions_plan_item_id_plan_items'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['responsible_id'], ['people.id'], name=op.f('fk_meeting_resolutions_responsible_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_resolutions'))
    )
    with op.batch_alter_table('meeting_resolutions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_resolutions_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('evaluation_subjects',
    sa.Column('evaluation_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('probationary', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('self_assessment', sa.Text(), nullable=False),
    sa.Column('peer_assessment', sa.Text(), nullable=False),
    sa.Column('excellent', sa.Integer(), nullable=False),
    sa.Column('qualified', sa.Integer(), nullable=False),
    sa.Column('basic', sa.Integer(), nullable=False),
    sa.Column('unqualified', sa.Integer(), nullable=False),
    sa.Column('grade', sa.Enum('excellent', 'qualified', 'basic', 'unqualified', name='grade', native_enum=False, length=24), nullable=True),
    sa.ForeignKeyConstraint(['evaluation_id'], ['evaluations.id'], name=op.f('fk_evaluation_subjects_evaluation_id_evaluations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_evaluation_subjects_person_id_people')),
    sa.PrimaryKeyConstraint('evaluation_id', 'person_id', name=op.f('pk_evaluation_subjects'))
    )


def downgrade() -> None:
    op.drop_table('evaluation_subjects')
    with op.batch_alter_table('meeting_resolutions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_resolutions_meeting_id'))

    op.drop_table('meeting_resolutions')
    op.drop_table('meeting_attendees')
    with op.batch_alter_table('evaluations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evaluations_year'))

    op.drop_table('evaluations')
    op.drop_table('service_participants')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meetings_type_id'))
        batch_op.drop_index(batch_op.f('ix_meetings_planned_on'))

    op.drop_table('meetings')
    op.drop_table('visit_visitors')
    with op.batch_alter_table('service_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_records_day'))

    op.drop_table('service_records')
    with op.batch_alter_table('post_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_post_members_post_id'))
        batch_op.drop_index(batch_op.f('ix_post_members_person_id'))

    op.drop_table('post_members')
    op.drop_table('volunteer_posts')
    with op.batch_alter_table('talks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_talks_member_id'))
        batch_op.drop_index(batch_op.f('ix_talks_day'))

    op.drop_table('talks')
    with op.batch_alter_table('household_visits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_household_visits_day'))

    op.drop_table('household_visits')
    op.drop_table('meeting_types')
