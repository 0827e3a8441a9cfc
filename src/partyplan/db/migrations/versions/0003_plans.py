"""plans, sections, items, targets

Revision ID: 0003_plans
Revises: 0002_office_household
Create Date: 2026-11-22 21:01:06.780793
"""

from alembic import op
import sqlalchemy as sa


revision = "0003_plans"
down_revision = "0002_office_household"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('plans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('end_year', sa.Integer(), nullable=True),
    sa.Column('organization', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.Enum('annual', 'work_points', 'multi_year', name='plankind', native_enum=False, length=24), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('guiding_text', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plans'))
    )
    with op.batch_alter_table('plans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plans_year'), ['year'], unique=False)

    op.create_table('plan_sections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('quarter', sa.Integer(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['plan_sections.id'], name=op.f('fk_plan_sections_parent_id_plan_sections'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_plan_sections_plan_id_plans'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_sections'))
    )
    with op.batch_alter_table('plan_sections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_sections_plan_id'), ['plan_id'], unique=False)

    op.create_table('plan_targets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('indicator', sa.String(length=200), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('comparison', sa.Enum('at_least', 'at_most', 'about', 'equal', name='comparison', native_enum=False, length=24), nullable=False),
    sa.Column('target_value', sa.Float(), nullable=False),
    sa.Column('source', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_plan_targets_plan_id_plans'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_targets'))
    )
    with op.batch_alter_table('plan_targets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_targets_plan_id'), ['plan_id'], unique=False)

    op.create_table('plan_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('section_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('responsible_unit', sa.String(length=200), nullable=False),
    sa.Column('quarter', sa.Integer(), nullable=True),
    sa.Column('month', sa.Integer(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('recurrence', sa.Enum('none', 'quarterly', 'monthly', name='recurrence', native_enum=False, length=24), nullable=False),
    sa.Column('status', sa.Enum('not_started', 'in_progress', 'done', 'postponed', 'cancelled', name='itemstatus', native_enum=False, length=24), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['plan_items.id'], name=op.f('fk_plan_items_parent_id_plan_items'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['section_id'], ['plan_sections.id'], name=op.f('fk_plan_items_section_id_plan_sections'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_items'))
    )
    with op.batch_alter_table('plan_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_items_section_id'), ['section_id'], unique=False)

    op.create_table('plan_target_actuals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('target_id', sa.Integer(), nullable=False),
    sa.Column('measured_on', sa.Date(), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['target_id'], ['plan_targets.id'], name=op.f('fk_plan_target_actuals_target_id_plan_targets'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_target_actuals'))
    )
    with op.batch_alter_table('plan_target_actuals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_target_actuals_target_id'), ['target_id'], unique=False)

    op.create_table('plan_item_occurrences',
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('not_started', 'in_progress', 'done', 'postponed', 'cancelled', name='itemstatus', native_enum=False, length=24), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['plan_items.id'], name=op.f('fk_plan_item_occurrences_item_id_plan_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('item_id', 'period', name=op.f('pk_plan_item_occurrences'))
    )
    op.create_table('plan_item_people',
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['plan_items.id'], name=op.f('fk_plan_item_people_item_id_plan_items'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_plan_item_people_person_id_people')),
    sa.PrimaryKeyConstraint('item_id', 'person_id', name=op.f('pk_plan_item_people'))
    )
    op.create_table('plan_progress_notes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('noted_on', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['plan_items.id'], name=op.f('fk_plan_progress_notes_item_id_plan_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_progress_notes'))
    )
    with op.batch_alter_table('plan_progress_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_progress_notes_item_id'), ['item_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('plan_progress_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_progress_notes_item_id'))

    op.drop_table('plan_progress_notes')
    op.drop_table('plan_item_people')
    op.drop_table('plan_item_occurrences')
    with op.batch_alter_table('plan_target_actuals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_target_actuals_target_id'))

    op.drop_table('plan_target_actuals')
    with op.batch_alter_table('plan_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_items_section_id'))

    op.drop_table('plan_items')
    with op.batch_alter_table('plan_targets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_targets_plan_id'))

    op.drop_table('plan_targets')
    with op.batch_alter_table('plan_sections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_sections_plan_id'))

    op.drop_table('plan_sections')
    with op.batch_alter_table('plans', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plans_year'))

    op.drop_table('plans')
