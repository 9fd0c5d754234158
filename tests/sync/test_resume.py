"""A 20 MiB blob over a link that cuts every connection, and across a client restart."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select

from registry.models import Upload
from storage.outbox import OutboxService
from storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.sync.harness import FaultProxy, Relay
from tests.sync.helpers import (
    core,
    enroll_device,
    final_case,
    quick_client,
    random_file,
    relay_counts,
)

MIB = 1 << 20
REPO = Path(__file__).parents[2]


def _blob_of(vault: Vault, case_id: str) -> tuple[str, int]:
    (evidence,) = vault.evidence.for_case(case_id)
    assert evidence.blob_id
    path = vault.evidence.media.path(_media_name(vault, evidence.id))
    return evidence.blob_id, path.stat().st_size


def _media_name(vault: Vault, evidence_id: str) -> str:
    from storage.orm import EvidenceRow

    with vault.db.reading() as s:
        row = s.get(EvidenceRow, evidence_id)
        assert row and row.media_name
        return row.media_name


def _stored_hash(relay: Relay, blob_id: str) -> str:
    return hashlib.sha256(core(relay).store.path(blob_id).read_bytes()).hexdigest()


def test_a_20_mib_blob_survives_a_cut_every_64_kib_to_1_5_mib(
    vault: Vault, outbox: OutboxService, relay: Relay, tmp_path: Path
) -> None:
    proxy = FaultProxy(relay.server.config.port, cut_range=(64 * 1024, 1536 * 1024), seed=5)
    proxy.start()
    try:
        enroll_device(relay, outbox, url=proxy.url)
        case_id = final_case(vault, "cortes", blobs=[random_file(tmp_path / "v.bin", 20 * MIB)])
        blob_id, length = _blob_of(vault, case_id)
        proxy.bytes_from_client = 0
        result = quick_client(outbox, max_failures=200).run()
    finally:
        proxy.stop()
    assert result.delivered == 1 and outbox.counts().waiting == 0
    assert proxy.cuts >= 10, proxy.cuts
    assert _stored_hash(relay, blob_id) == blob_id
    assert proxy.bytes_from_client <= 1.25 * length, (proxy.bytes_from_client, length)


def test_a_client_killed_mid_upload_resumes_from_the_relays_offset(
    vault: Vault, outbox: OutboxService, relay: Relay, tmp_path: Path
) -> None:
    proxy = FaultProxy(relay.server.config.port, rate=6 * MIB)
    proxy.start()
    home = vault.paths.home
    try:
        enroll_device(relay, outbox, url=proxy.url)
        case_id = final_case(vault, "reinicio", blobs=[random_file(tmp_path / "v.bin", 20 * MIB)])
        blob_id, length = _blob_of(vault, case_id)
        vault.lock()
        env = {**os.environ, "DEFENDER_TEST_PASSPHRASE": PASSPHRASE}
        command = [sys.executable, "-m", "tests.sync.cli_harness", "sync", "--home", str(home)]
        proxy.bytes_from_client = 0
        first = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL)
        offset = 0
        deadline = time.monotonic() + 60
        while offset < 6 * MIB and time.monotonic() < deadline and first.poll() is None:
            time.sleep(0.05)
            with core(relay).db.transaction() as s:
                offset = max([u.offset for u in s.scalars(select(Upload))] or [0])
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        assert 6 * MIB <= offset < length, offset
        second = subprocess.run(
            command, check=False, cwd=REPO, env=env, capture_output=True, timeout=120
        )
    finally:
        proxy.stop()
    assert second.returncode == 0, second.stderr.decode()
    assert _stored_hash(relay, blob_id) == blob_id
    assert relay_counts(relay) == {"envelopes": 1, "receipts": 1, "blobs": 1}
    assert proxy.bytes_from_client <= 1.25 * length, (proxy.bytes_from_client, length)
