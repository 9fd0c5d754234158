"""The baseline: the same schema, pragmas and services on an unencrypted SQLite file.

sqlcipher3 without a key *is* plain SQLite, and the same library build, so the comparison
isolates the cost of encryption rather than differences between SQLite versions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from storage.database import Database
from storage.engine import CACHE_KIB
from storage.migrate import upgrade

_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    "PRAGMA trusted_schema = OFF",
    f"PRAGMA cache_size = -{CACHE_KIB}",
    "PRAGMA busy_timeout = 5000",
)


def _connect(path: Path) -> Any:
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    for pragma in _PRAGMAS:
        conn.execute(pragma)
    return conn


def plain_engine(path: Path) -> Engine:
    """An engine like storage.engine.make_engine's, minus the key."""
    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,
        creator=lambda: _connect(path),
        poolclass=QueuePool,
        pool_size=1,
        max_overflow=2,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:  # the vault's transaction shape: writers lock at once
        readonly = conn.get_execution_options().get("readonly", False)
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")

    return engine


def plain_database(path: Path, create_schema: bool = True) -> Database:
    engine = plain_engine(path)
    if create_schema:
        upgrade(engine)
    return Database(engine)
