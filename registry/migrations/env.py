"""Alembic environment for the relay: runs on the connection `registry.db.upgrade` hands it."""

from alembic import context

from registry.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
