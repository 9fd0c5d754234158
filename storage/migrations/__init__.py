"""Alembic migrations of the vault schema, from the first schema on."""
