"""The relay on SQLite and on PostgreSQL, and a bare device speaking the wire protocol."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
import pytest

from tests.registry.wire import WireDevice
from tests.sync.harness import Relay, running_relay
from tests.sync.helpers import core

POSTGRES_DSN = os.environ.get("DEFENDER_TEST_POSTGRES", "")


@contextlib.contextmanager
def fresh_postgres_database() -> Iterator[str]:
    """A new, empty database on the test server; dropped afterwards."""
    name = "relay_" + os.urandom(6).hex()
    with psycopg.connect(POSTGRES_DSN, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    try:
        yield POSTGRES_DSN.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(POSTGRES_DSN, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """Every relay test runs on SQLite and on PostgreSQL (when a server is given)."""
    if request.param == "sqlite":
        yield None
        return
    if not POSTGRES_DSN:
        pytest.skip(
            "PostgreSQL relay tests skipped: DEFENDER_TEST_POSTGRES is not set "
            '(run: eval "$(bash tests/registry/start_postgres.sh)")'
        )
    with fresh_postgres_database() as url:
        yield url


@pytest.fixture
def relay(tmp_path: Path, database_url: str | None) -> Iterator[Relay]:
    with running_relay(tmp_path, database_url) as r:
        yield r


@pytest.fixture
def device(relay: Relay) -> Iterator[WireDevice]:
    with httpx.Client(base_url=relay.url) as http:
        yield WireDevice(core(relay), http).enroll().sign_in()
