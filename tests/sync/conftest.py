"""A field vault with its outbox, and the real relay on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from defender_app.sync_wiring import install_sync
from storage.outbox import OutboxService
from storage.vault import Vault
from tests.sync.harness import Relay, running_relay
from tests.sync.helpers import enroll_device


@pytest.fixture
def relay(tmp_path: Path) -> Iterator[Relay]:
    with running_relay(tmp_path) as r:
        yield r


@pytest.fixture
def outbox(vault: Vault) -> OutboxService:
    return install_sync(vault)


@pytest.fixture
def enrolled(outbox: OutboxService, relay: Relay) -> OutboxService:
    enroll_device(relay, outbox)
    return outbox
