"""Sessions and transactions for services, with SQLite errors mapped to user-facing ones."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlcipher3
from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from storage.errors import DamagedDatabase, DiskFull, RecordIsFinal, VaultLocked


class Database:
    """The unlocked vault's engine; `transaction()` is one user action, committed or not at all."""

    def __init__(self, engine: Engine) -> None:
        self._engine: Engine | None = engine
        self._connected = False  # whether any connection opened (and so a WAL may exist)
        event.listen(engine, "connect", self._on_connect)
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._readers = sessionmaker(
            engine.execution_options(readonly=True), expire_on_commit=False
        )

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultLocked()
        return self._engine

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session inside BEGIN IMMEDIATE ... COMMIT; helpers take it and never commit."""
        if self._engine is None:
            raise VaultLocked()
        try:
            with self._sessions() as session, session.begin():
                yield session
        except DBAPIError as exc:
            raise user_facing_error(exc) from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries only (no write lock taken)."""
        if self._engine is None:
            raise VaultLocked()
        try:
            with self._readers() as session:
                yield session
        except DBAPIError as exc:
            raise user_facing_error(exc) from exc

    def _on_connect(self, *_: object) -> None:
        self._connected = True

    def close(self) -> None:
        """Checkpoint the WAL away, then close every connection (they hold the key)."""
        if self._engine is None:
            return
        if not self._connected:  # the database never opened: nothing to checkpoint
            self._engine.dispose()
            self._engine = None
            return
        try:
            raw = self._engine.raw_connection()  # outside any transaction, as checkpoints need
            try:
                raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
            finally:
                raw.close()
        finally:
            self._engine.dispose()
            self._engine = None


def user_facing_error(exc: DBAPIError) -> Exception:
    """Known environment problems become user-facing errors; anything else stays a bug."""
    message = str(exc.orig)
    if "record is final" in message:
        return RecordIsFinal()
    if isinstance(exc.orig, sqlcipher3.OperationalError) and "disk is full" in message:
        return DiskFull()
    if isinstance(exc.orig, sqlcipher3.DatabaseError) and (
        "malformed" in message or "not a database" in message
    ):
        return DamagedDatabase(detail=message)
    return exc
