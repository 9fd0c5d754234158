"""SQLCipher through SQLAlchemy: a raw key, hardened pragmas, and a refusal to run unencrypted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from storage.errors import DamagedDatabase, NoSQLCipher, WrongPassphrase

# 64 MiB of decrypted pages: SQLCipher pays ~25 µs per page it reads from disk, and the OS cache
# does not help it, so the working set (case list, search index) should fit here.
CACHE_KIB = 64 * 1024


def _key_pragma(db_key: bytearray) -> str:
    return "PRAGMA key = \"x'" + db_key.hex() + "'\""


def connect(path: Path, db_key: bytearray) -> Any:
    """A keyed sqlcipher3 connection with the pragmas of ARCHITECTURE.md §4."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute(_key_pragma(db_key))  # must be the first statement (SQLCipher >= 4.7)
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not str(version[0]).startswith("4."):
            raise NoSQLCipher()
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key must not print to stderr
        conn.execute("PRAGMA cipher_memory_security = ON")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise WrongPassphrase() from exc
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA busy_timeout = 5000")
    except BaseException:
        conn.close()
        raise
    return conn


def make_engine(path: Path, db_key: bytearray) -> Engine:
    """One engine per unlocked vault; its connections hold the key until `dispose()`."""
    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,
        creator=lambda: connect(path, db_key),
        poolclass=QueuePool,
        pool_size=1,
        max_overflow=2,
        hide_parameters=True,
    )

    # The driver's own transaction handling is off (isolation_level=None), so SQLAlchemy's
    # begin decides: writers take the write lock at once (no reader-turned-writer deadlock),
    # readers (execution option "readonly") take a plain deferred BEGIN.
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        readonly = conn.get_execution_options().get("readonly", False)
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")

    return engine


def integrity_problems(engine: Engine) -> list[str]:
    """Rows from SQLite's and SQLCipher's integrity checks; empty when both pass."""
    problems: list[str] = []
    with engine.connect() as conn:
        for pragma in ("integrity_check", "cipher_integrity_check"):
            try:
                rows = conn.exec_driver_sql(f"PRAGMA {pragma}").fetchall()
            except DBAPIError as exc:
                # A page failing its HMAC stops SQLite's walk: a finding to report, not a crash.
                problems.append(f"{pragma}: {exc.orig}")
                continue
            problems += [str(r[0]) for r in rows if r[0] != "ok"]
    return problems


def translate_corruption(exc: sqlcipher3.DatabaseError) -> DamagedDatabase:
    return DamagedDatabase(detail=str(exc))
