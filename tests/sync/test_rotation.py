"""Fault row 12 of SYNC_SECURITY_RESEARCH.md §3.9, completed: what a device sealed but had not
sent when the registry key was rotated is sealed again to the new key before anything is sent,
and a running relay serves the rotated config without a restart (refusing forged or older
ones)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from nacl.signing import SigningKey
from sqlalchemy import select

from registry.cli import main as registry_cli
from registry.keys import DataDir, LiveKeys, initialise, load
from registry.models import Device, Envelope
from registry.rotation import key_file
from storage.outbox import OutboxService
from storage.vault import Vault
from sync.client import KeyRotated, RelayUnreachable, enroll
from sync.enrollment import EnrollCode
from sync.envelope import open_envelope, read_envelope, verify_receipt
from sync.protocol import TAG_CONFIG, RegistryConfig, fingerprint, signed_message
from sync.retry import Backoff
from tests.sync.helpers import final_case, photo, quick_client, relay_counts
from tests.sync.relay_server import Served, serve


def _rotate(data: DataDir, offline: Path) -> RegistryConfig:
    rotate = ["rotate-registry-key", "--data", str(data.root), "--offline-dir", str(offline)]
    assert registry_cli(rotate) == 0
    return load(data).config


def _enroll(served: Served, outbox: OutboxService) -> None:
    token = served.core.issue_enroll_token()
    code = EnrollCode(served.url, fingerprint(served.core.keys.org_root_pk), token)
    enroll(code.to_text(), outbox, backoff=Backoff(base=0.01, cap=0.1))


def _replace(path: Path, data: bytes) -> None:
    """As rotation writes: a new file renamed over the old one."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _stored(served: Served) -> tuple[list[Envelope], bytes]:
    with served.core.db.reading() as s:
        rows = list(s.scalars(select(Envelope).order_by(Envelope.device_seq)))
        return rows, s.scalars(select(Device.sign_pk)).one()


def _held_key(outbox: OutboxService) -> bytes:
    identity = outbox.identity()
    assert identity is not None
    return RegistryConfig.decode(identity.config).current_registry_key().id


def test_records_sealed_before_a_rotation_reach_the_relay_sealed_to_the_new_key_only(
    vault: Vault, outbox: OutboxService, tmp_path: Path
) -> None:
    data, offline, log = DataDir(tmp_path / "relay"), tmp_path / "offline", tmp_path / "relay.log"
    initialise(data, offline, "Test org")
    old_key = load(data).config.current_registry_key()
    with serve(data, log) as served:
        port = served.port
        _enroll(served, outbox)

    # The relay is down: records are sealed (to the old key) and wait.
    waiting = [
        final_case(vault, "uno"),
        final_case(vault, "dos", photos=[photo(tmp_path, "d.jpg")]),
        final_case(vault, "tres", photos=[photo(tmp_path, "t1.jpg"), photo(tmp_path, "t2.jpg")]),
    ]
    with pytest.raises(RelayUnreachable):
        quick_client(outbox, max_failures=2).run()
    assert outbox.counts().pending == 3 and _held_key(outbox) == old_key.id
    sealed_before = {e.envelope_id for e in outbox.pending()}
    blobs_before = sorted(b.blob_id for e in outbox.pending() for b in e.blobs)

    new_key = _rotate(data, offline).current_registry_key()
    with serve(data, log, port=port) as served:
        result = quick_client(outbox).run()
        rows, device_pk = _stored(served)
        counts = relay_counts(served.core)
        config = served.core.keys.config

    assert result.delivered == 3 and outbox.counts().waiting == 0
    (notice,) = result.notices
    assert isinstance(notice, KeyRotated) and "3 record(s)" in str(notice)
    # Nothing sealed to the old key ever reached the relay.
    assert [read_envelope(r.data)[1].registry_key_id for r in rows] == [new_key.id] * 3
    assert not sealed_before & {r.envelope_id for r in rows}
    assert [r.device_seq for r in rows] == [1, 2, 3]  # one new epoch, no gap
    assert counts == {"envelopes": 3, "receipts": 3, "blobs": 3}
    new_sk = key_file(offline, new_key.id).read_bytes()
    opened = {}
    for row in rows:
        inner = open_envelope(row.data, new_sk, device_pk)
        opened[inner.record_id] = inner
        receipt = outbox.receipt(row.envelope_id)  # the device's receipt is for these bytes
        assert receipt is not None
        verify_receipt(
            receipt,
            server_pk=config.server_sign_pk,
            server_key_id=config.server_key_id,
            envelope_bytes=row.data,
        )
    assert set(opened) == set(waiting)
    for case_id in waiting:
        assert opened[case_id].record == vault.cases.version_snapshot(case_id, 1)
    # The media did not change: the same ciphertexts, their keys now inside the new seal.
    assert sorted(f.blob_id.hex() for i in opened.values() for f in i.files) == blobs_before


def test_a_running_relay_serves_a_rotated_config_and_refuses_forged_or_older_ones(
    vault: Vault, outbox: OutboxService, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    data, offline, log = DataDir(tmp_path / "relay"), tmp_path / "offline", tmp_path / "relay.log"
    initialise(data, offline, "Test org")
    old_config = (data.config.read_bytes(), data.config_sig.read_bytes())
    old_key = load(data).config.current_registry_key()
    with serve(data, log) as served:
        _enroll(served, outbox)
        before = final_case(vault, "antes")
        assert quick_client(outbox).run().delivered == 1
        after = final_case(vault, "despues")  # sealed to the old key, not yet sent

        new_key = _rotate(data, offline).current_registry_key()  # the relay keeps running
        result = quick_client(outbox).run()
        assert result.delivered == 1 and isinstance(result.notices[0], KeyRotated)
        assert _held_key(outbox) == new_key.id
        assert "config taken in" in log.read_text()

        # An older config (a replay), or one the root did not sign, is never served.
        rotated = (data.config.read_bytes(), data.config_sig.read_bytes())
        forged = SigningKey.generate().sign(signed_message(TAG_CONFIG, rotated[0])).signature
        for config, sig in (old_config, (rotated[0], forged)):
            _replace(data.config, config)
            _replace(data.config_sig, sig)
            assert served.core.keys.config_bytes == rotated[0]
            assert served.core.registry_key_ids == {new_key.id, old_key.id}
        third = final_case(vault, "tercero")
        assert quick_client(outbox).run().delivered == 1
        rows, device_pk = _stored(served)
    refused = [line for line in log.read_text().splitlines() if "not taken in" in line]
    assert refused == [
        "new config not taken in: not issued after the config served",
        "new config not taken in: signature does not verify",
    ]
    caplog.clear()  # (the warnings the operator sees, expected here)

    sealed_to = {}
    for row in rows:
        key_id = read_envelope(row.data)[1].registry_key_id
        inner = open_envelope(row.data, key_file(offline, key_id).read_bytes(), device_pk)
        sealed_to[inner.record_id] = key_id
    assert sealed_to == {before: old_key.id, after: new_key.id, third: new_key.id}


def test_live_keys_wait_for_the_whole_signed_pair(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    data, offline = DataDir(tmp_path / "relay"), tmp_path / "offline"
    initialise(data, offline, "Test org")
    live = LiveKeys(data)
    first = live.current()
    root = SigningKey((offline / "org_root.key").read_bytes())
    config = _rotate(data, offline)
    rotated = (data.config.read_bytes(), data.config_sig.read_bytes())
    assert live.current().config == config  # taken in at the next use

    # A rotation caught between writing the config and its signature: the new config waits.
    newer = RegistryConfig(
        config.org_name,
        config.server_key_id,
        config.server_sign_pk,
        config.registry_keys[1:],
        "2999-01-01T00:00:00+00:00",
        config.transport_pk,
    ).encode()
    _replace(data.config, newer)
    assert live.current().config_bytes == rotated[0]
    assert [r.getMessage() for r in caplog.get_records("call") if r.levelname == "WARNING"] == [
        "new config not taken in: signature does not verify"
    ]
    caplog.clear()
    _replace(data.config_sig, root.sign(signed_message(TAG_CONFIG, newer)).signature)
    assert live.current().config_bytes == newer
    assert live.current().signing_seed == first.signing_seed
    assert fingerprint(live.current().org_root_pk) == fingerprint(first.org_root_pk)
