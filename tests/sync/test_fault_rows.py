"""Fault rows 9, 12 and 15 of SYNC_SECURITY_RESEARCH.md §3.9, end to end with the real relay:
a relay out of space, a rotated (and then rolled back) registry key, a vault restored from an
old backup."""

from __future__ import annotations

import base64
import contextlib
import errno
import logging
import random
import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import httpx
import pytest
from nacl.signing import SigningKey
from sqlalchemy import select

from defender_app.sync_wiring import install_sync
from registry.blobstore import BlobStore
from registry.cli import main as registry_cli
from registry.keys import DataDir, initialise, load
from registry.models import Device, Envelope
from registry.relay import Relay as RelayCore
from registry.rotation import key_file
from storage.outbox import OutboxService
from storage.vault import Vault
from sync.bundle import export_bundle, upload_bundle
from sync.client import ConfigRollback, RelayUnreachable, RestoredVault, SyncClient, enroll
from sync.enrollment import EnrollCode
from sync.envelope import open_envelope, read_envelope
from sync.protocol import RegistryConfig, RegistryKey, epoch_message, fingerprint
from sync.retry import Backoff
from tests.conftest import PASSPHRASE
from tests.registry.wire import WireDevice
from tests.sync.harness import Relay
from tests.sync.helpers import (
    core,
    enroll_device,
    final_case,
    photo,
    quick_client,
    random_file,
    relay_counts,
)
from tests.sync.relay_server import serve


# ------------------------------------------------------------------ row 9: out of space
class _FullDisk:
    """The .part file of a disk with no space left: every write fails as the kernel's would."""

    def __init__(self, part: BinaryIO) -> None:
        self._part = part

    def write(self, _data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._part, name)


class _Ceiling(random.Random):
    """Jitter that always takes the ceiling, so the test sees the caps themselves."""

    def uniform(self, a: float, b: float) -> float:  # noqa: ARG002
        return b


def test_a_full_relay_disk_is_507_and_the_device_waits_long_then_delivers(
    vault: Vault,
    outbox: OutboxService,
    relay: Relay,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    enroll_device(relay, outbox)
    case_id = final_case(vault, "lleno", blobs=[random_file(tmp_path / "v.bin", 200_000)])
    full = True
    real_locked_part = BlobStore.locked_part

    @contextlib.asynccontextmanager
    async def locked_part(
        store: BlobStore, blob_id: str, device_id: str, wait: float = 10.0
    ) -> AsyncIterator[Any]:
        async with real_locked_part(store, blob_id, device_id, wait) as part:
            yield _FullDisk(part) if full else part

    monkeypatch.setattr(BlobStore, "locked_part", locked_part)
    sleeps: list[float] = []
    client = SyncClient(
        outbox,
        backoff=Backoff(base=1.0, cap=4.0, metered_cap=3600.0, rng=_Ceiling()),
        sleep=sleeps.append,
        max_failures=6,
    )
    with pytest.raises(RelayUnreachable, match="Nothing was lost"):
        client.run()
    assert sleeps == [1.0, 2.0, 4.0, 8.0, 16.0]  # past the 4 s cap: the long one
    assert "status=507" in relay.log_file.read_text()
    full_disk = [r for r in caplog.get_records("call") if r.levelno >= logging.WARNING]
    assert {r.getMessage() for r in full_disk} == {"out of space: OSError"}  # for the operator
    caplog.clear()
    (waiting,) = outbox.pending()
    assert waiting.state == "awaiting_blobs" and outbox.blob_intact(waiting.blobs[0].blob_id)
    assert relay_counts(relay) == {"envelopes": 1, "receipts": 0, "blobs": 0}

    full = False  # someone freed space; the next scheduled sync finishes the job
    assert quick_client(outbox).run().delivered == 1
    assert outbox.counts().waiting == 0 and relay_counts(relay)["receipts"] == 1
    assert case_id in outbox.case_states()


def test_a_full_relay_disk_during_a_courier_bundle_upload_is_waited_out_the_same_way(
    vault: Vault,
    outbox: OutboxService,
    relay: Relay,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The bundle uploader shares the blob upload's recovery: no backoff reset by HEADs."""
    enroll_device(relay, outbox)
    final_case(vault, "lleno", blobs=[random_file(tmp_path / "v.bin", 200_000)])
    bundle, _ = export_bundle(outbox, tmp_path / "usb")
    full = True
    real_locked_part = BlobStore.locked_part

    @contextlib.asynccontextmanager
    async def locked_part(
        store: BlobStore, blob_id: str, device_id: str, wait: float = 10.0
    ) -> AsyncIterator[Any]:
        async with real_locked_part(store, blob_id, device_id, wait) as part:
            yield _FullDisk(part) if full else part

    monkeypatch.setattr(BlobStore, "locked_part", locked_part)
    sleeps: list[float] = []
    with pytest.raises(RelayUnreachable):
        upload_bundle(
            bundle,
            outbox,
            backoff=Backoff(base=1.0, cap=4.0, metered_cap=3600.0, rng=_Ceiling()),
            sleep=sleeps.append,
            max_failures=6,
        )
    assert sleeps == [1.0, 2.0, 4.0, 8.0, 16.0]  # past the 4 s cap: the long one
    caplog.clear()  # the relay logged "out of space" for its operator, as it should
    assert relay_counts(relay)["envelopes"] == 0

    full = False
    taken = upload_bundle(bundle, outbox, backoff=Backoff(base=0.01, cap=0.2))
    assert taken.committed == 1


# ------------------------------------------------------------------ row 12: key rotation
def _current_key(outbox: OutboxService) -> RegistryKey:
    identity = outbox.identity()
    assert identity is not None
    return RegistryConfig.decode(identity.config).current_registry_key()


def _registry_key_ids(served_core: RelayCore) -> dict[str, bytes]:
    with served_core.db.reading() as s:
        return {
            row.envelope_id: read_envelope(row.data)[1].registry_key_id
            for row in s.scalars(select(Envelope))
        }


def test_a_rotated_registry_key_seals_new_records_and_a_replayed_old_config_is_refused(
    vault: Vault, outbox: OutboxService, tmp_path: Path
) -> None:
    data, offline, log = DataDir(tmp_path / "relay"), tmp_path / "offline", tmp_path / "relay.log"
    initialise(data, offline, "Test org")
    old_config = (data.config.read_bytes(), data.config_sig.read_bytes())
    old_key = load(data).config.current_registry_key()
    with serve(data, log) as served:
        port = served.port
        keys = served.core.keys
        code = EnrollCode(
            served.url, fingerprint(keys.org_root_pk), served.core.issue_enroll_token()
        )
        enroll(code.to_text(), outbox, backoff=Backoff(base=0.01, cap=0.1))
        before = final_case(vault, "antes")
        assert quick_client(outbox).run().delivered == 1

    rotate = ["rotate-registry-key", "--data", str(data.root), "--offline-dir", str(offline)]
    assert registry_cli(rotate) == 0
    config = load(data).config
    new_key = config.current_registry_key()
    assert new_key != old_key and config.registry_keys[1:] == (old_key,)
    assert config.issued_at > RegistryConfig.decode(old_config[0]).issued_at

    with serve(data, log, port=port) as served:
        assert quick_client(outbox).run().delivered == 0  # hello brings the new config
        assert _current_key(outbox) == new_key
        after = final_case(vault, "despues")
        assert quick_client(outbox).run().delivered == 1
        sealed_to = _registry_key_ids(served.core)
        with served.core.db.reading() as s:
            rows = list(s.scalars(select(Envelope).order_by(Envelope.device_seq)))
            device_pk = s.scalars(select(Device.sign_pk)).one()
    assert sorted(sealed_to.values()) == sorted([old_key.id, new_key.id])
    # the desk opens each with the key it was sealed to, both kept in the offline folder
    opened = {
        open_envelope(
            row.data, key_file(offline, sealed_to[row.envelope_id]).read_bytes(), device_pk
        ).record_id: row
        for row in rows
    }
    assert set(opened) == {before, after}
    assert sealed_to[opened[after].envelope_id] == new_key.id
    assert (offline / "registry_sealing.key").read_bytes() == key_file(
        offline, new_key.id
    ).read_bytes()

    # A relay that replays the old config (whose key may have leaked) gets nothing.
    data.config.write_bytes(old_config[0])
    data.config_sig.write_bytes(old_config[1])
    with serve(data, log, port=port) as served:
        final_case(vault, "tercero")
        with pytest.raises(ConfigRollback, match="older keys"):
            quick_client(outbox).run()
        assert relay_counts(served.core)["envelopes"] == 2
    assert _current_key(outbox) == new_key
    assert outbox.counts().pending == 1  # "tercero" waits for the real relay


# ------------------------------------------------------------------ row 15: restored vault
@contextlib.contextmanager
def _unlocked(home: Path) -> Iterator[Vault]:
    vault = Vault.unlock(home, PASSPHRASE)
    try:
        yield vault
    finally:
        vault.lock()


def test_a_vault_restored_from_an_old_backup_moves_to_a_new_epoch_and_loses_nothing(
    vault: Vault, home: Path, relay: Relay, tmp_path: Path
) -> None:
    outbox = install_sync(vault)
    enroll_device(relay, outbox)
    final_case(vault, "uno")
    assert quick_client(outbox).run().delivered == 1  # seq 1
    second = final_case(vault, "dos")  # seq 2, sealed but not sent when the backup is made
    vault.lock()
    backup = tmp_path / "backup"
    shutil.copytree(home, backup)

    with _unlocked(home) as original:
        kept = install_sync(original)
        third = final_case(original, "tres", photos=[photo(tmp_path, "t.jpg")])  # seq 3
        assert quick_client(kept).run().delivered == 2
    with core(relay).db.reading() as s:
        old_epoch = s.scalars(select(Device.epoch)).one()

    shutil.rmtree(home)
    shutil.copytree(backup, home)  # the laptop is restored from the backup
    with _unlocked(home) as restored:
        outbox = install_sync(restored)
        fourth = final_case(restored, "cuatro", photos=[photo(tmp_path, "c.jpg")])  # seq 3 again
        result = quick_client(outbox).run()
        assert result.delivered == 2  # "dos" (the relay had it) and "cuatro"
        (notice,) = result.notices
        assert isinstance(notice, RestoredVault) and "restored from an older backup" in str(notice)
        assert outbox.counts().waiting == 0
        identity = outbox.identity()
        assert identity is not None and identity.device_epoch.hex() != old_epoch
        snapshots = {c: restored.cases.version_snapshot(c, 1) for c in (second, fourth)}

        fifth = final_case(restored, "cinco")  # the new epoch goes on as usual
        again = quick_client(outbox).run()
        assert again.delivered == 1 and not again.notices
        snapshots[fifth] = restored.cases.version_snapshot(fifth, 1)

    with core(relay).db.reading() as s:
        device = s.scalars(select(Device)).one()
        rows = list(s.scalars(select(Envelope)))
    assert device.epoch == identity.device_epoch.hex()
    by_epoch = {
        epoch: sorted(r.device_seq for r in rows if r.device_epoch == epoch)
        for epoch in {r.device_epoch for r in rows}
    }
    assert by_epoch == {old_epoch: [1, 2, 3], device.epoch: [1, 2]}  # no gap, nothing dropped
    assert relay_counts(relay) == {"envelopes": 5, "receipts": 5, "blobs": 2}
    opened = {
        inner.record_id: inner
        for inner in (open_envelope(r.data, relay.registry_sk, device.sign_pk) for r in rows)
    }
    assert third in opened  # what only the lost copy knew is safe at the registry
    for case_id, snapshot in snapshots.items():
        assert opened[case_id].record == snapshot


def test_a_new_epoch_needs_the_device_signature_and_a_retry_gets_the_same_one(
    relay: Relay,
) -> None:
    with httpx.Client(base_url=relay.url) as http:
        device = WireDevice(core(relay), http).enroll().sign_in()
        org = fingerprint(core(relay).keys.org_root_pk)
        message = epoch_message(org, bytes.fromhex(device.device_id), bytes.fromhex(device.epoch))

        def ask(seed: bytes) -> httpx.Response:
            sig = SigningKey(seed).sign(message).signature
            return http.post(
                "/v1/devices/me/epoch",
                json={"from_epoch": device.epoch, "sig": base64.b64encode(sig).decode()},
            )

        forged = ask(b"\1" * 32)
        assert forged.status_code == 401 and forged.json()["error"] == "signature_invalid"
        first, retry = ask(device.seed), ask(device.seed)
        assert first.status_code == retry.status_code == 200
        assert first.json()["device_epoch"] == retry.json()["device_epoch"] != device.epoch
        assert first.json()["device_cert"] == retry.json()["device_cert"]
        status = http.get("/v1/devices/me").json()
        assert status["device_epoch"] == first.json()["device_epoch"] and status["max_seq"] == 0
