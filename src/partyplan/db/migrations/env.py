"""Alembic runs inside the app with a connection handed over by `partyplan.db.migrate`.

No `fileConfig()` here: it would silence the app's loggers, and a windowed build has no stderr.
"""

from alembic import context

from partyplan.db import models  # noqa: F401  (fills Base.metadata)
from partyplan.db.base import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("PartyPlan migrations run through partyplan.db.migrate, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
