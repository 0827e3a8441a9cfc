"""member development, training, commendations, education

Revision ID: 0006_development_training
Revises: 0005_posts_meetings
Create Date: 2026-11-22 21:47:58.624530
"""

from alembic import op
import sqlalchemy as sa


revision = "0006_development_training"
down_revision = "0005_posts_meetings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('training_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('organiser', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('end', sa.Date(), nullable=False),
    sa.Column('days', sa.Float(), nullable=False),
    sa.Column('class_hours', sa.Float(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_sessions'))
    )
    with op.batch_alter_table('training_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_sessions_start'), ['start'], unique=False)

    op.create_table('commendations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('level', sa.String(length=20), nullable=False),
    sa.Column('awarding_body', sa.String(length=200), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('organisation', sa.String(length=200), nullable=False),
    sa.Column('evaluation_year', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_commendations_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commendations'))
    )
    with op.batch_alter_table('commendations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commendations_day'), ['day'], unique=False)

    op.create_table('development_cases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('stage', sa.Enum('applicant', 'activist', 'target', 'probationary', 'full', 'cancelled', name='stage', native_enum=False, length=24), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_development_cases_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_development_cases'))
    )
    with op.batch_alter_table('development_cases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_development_cases_person_id'), ['person_id'], unique=False)

    op.create_table('training_participants',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('attended', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('certificate_no', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_training_participants_person_id_people')),
    sa.ForeignKeyConstraint(['session_id'], ['training_sessions.id'], name=op.f('fk_training_participants_session_id_training_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('session_id', 'person_id', name=op.f('pk_training_participants'))
    )
    op.create_table('development_steps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('application', 'talk', 'activist', 'assessment', 'target', 'review', 'training', 'notice', 'probationary', 'approval', 'extension', 'full', 'cancelled', name='stepkind', native_enum=False, length=24), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('by_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('justification', sa.Text(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('days', sa.Float(), nullable=True),
    sa.Column('class_hours', sa.Float(), nullable=True),
    sa.Column('months', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.ForeignKeyConstraint(['by_id'], ['people.id'], name=op.f('fk_development_steps_by_id_people')),
    sa.ForeignKeyConstraint(['case_id'], ['development_cases.id'], name=op.f('fk_development_steps_case_id_development_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_development_steps_meeting_id_meetings'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_development_steps'))
    )
    with op.batch_alter_table('development_steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_development_steps_case_id'), ['case_id'], unique=False)

    op.create_table('development_step_people',
    sa.Column('step_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_development_step_people_person_id_people')),
    sa.ForeignKeyConstraint(['step_id'], ['development_steps.id'], name=op.f('fk_development_step_people_step_id_development_steps'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('step_id', 'person_id', name=op.f('pk_development_step_people'))
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.add_column(sa.Column('education', sa.Enum('primary', 'junior', 'senior', 'college', 'bachelor', 'postgraduate', name='education', native_enum=False, length=24), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_column('education')

    op.drop_table('development_step_people')
    with op.batch_alter_table('development_steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_development_steps_case_id'))

    op.drop_table('development_steps')
    op.drop_table('training_participants')
    with op.batch_alter_table('development_cases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_development_cases_person_id'))

    op.drop_table('development_cases')
    with op.batch_alter_table('commendations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commendations_day'))

    op.drop_table('commendations')
    with op.batch_alter_table('training_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_sessions_start'))

    op.drop_table('training_sessions')
