"""Courier bundles (§3.8, §4 test 12) against the real relay on loopback: device A exports with
no connection, enrolled device B (or the desk) takes the file in."""

from __future__ import annotations

import base64
import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from nacl.signing import SigningKey
from sqlalchemy import select

from defender_app.sync_wiring import install_sync
from registry.models import Envelope
from storage.outbox import OutboxService
from storage.vault import Vault
from sync.bundle import BundlesNotSupported, export_bundle, upload_bundle
from sync.bundle_format import (
    CHUNK,
    REGISTRY_SLOT,
    SLOT_BYTES,
    TRANSPORT_SLOT,
    BundleRejected,
    bucket_size,
    open_bundle_for_registry,
    read_bundle_with,
)
from sync.protocol import TAG_CONFIG, RegistryConfig, key_id, signed_message
from sync.retry import Backoff
from tests.conftest import PASSPHRASE
from tests.sync.harness import FaultProxy, Relay
from tests.sync.helpers import (
    core,
    enroll_device,
    final_case,
    photo,
    quick_client,
    random_file,
    relay_counts,
)

REPO = Path(__file__).parents[2]
MARKER = "Zq7Needle"
NOTHING = {"envelopes": 0, "receipts": 0, "blobs": 0}


@pytest.fixture
def courier(tmp_path: Path, relay: Relay) -> Iterator[OutboxService]:
    """Device B: another install, enrolled with the same relay, with a connection."""
    other = Vault.create(tmp_path / "courier", PASSPHRASE, kdf_profile="fast").vault
    outbox = install_sync(other)
    enroll_device(relay, outbox)
    yield outbox
    other.lock()


def _upload(outbox: OutboxService, path: Path, **options: object):  # type: ignore[no-untyped-def]
    options.setdefault("backoff", Backoff(base=0.01, cap=0.2))
    options.setdefault("max_failures", 50)
    return upload_bundle(path, outbox, **options)


def _relay_envelopes(relay: Relay) -> list[tuple[str, bytes]]:
    with core(relay).db.transaction() as s:
        return [(r.envelope_id, bytes(r.data)) for r in s.execute(select(Envelope)).scalars()]


def _cases(vault: Vault, tmp_path: Path) -> str:
    final_case(vault, MARKER)
    return final_case(
        vault,
        MARKER + "2",
        photos=[photo(tmp_path, "a.jpg", MARKER)],
        blobs=[random_file(tmp_path / "clip.bin", 200_000)],
    )


def _export(outbox: OutboxService, usb: Path) -> Path:
    path, _ = export_bundle(outbox, usb)
    return path


def test_a_bundle_carried_by_another_install_reaches_the_relay_and_its_maker_gets_receipts(
    vault: Vault,
    enrolled: OutboxService,
    courier: OutboxService,
    relay: Relay,
    tmp_path: Path,
) -> None:
    with_files = _cases(vault, tmp_path)
    usb = tmp_path / "usb"
    progress: list[tuple[int, int]] = []
    path, count = export_bundle(enrolled, usb, report=lambda d, t, _m: progress.append((d, t)))
    assert count == 2 and [p.name for p in usb.iterdir()] == [path.name]  # no .part left
    assert progress[-1] == (path.stat().st_size, path.stat().st_size)
    assert relay_counts(relay) == NOTHING  # writing needed no connection

    taken = _upload(courier, path)
    assert taken.device_id == enrolled.identity().device_id.hex()  # type: ignore[union-attr]
    assert [r.state for r in taken.results] == ["committed", "committed"]
    assert relay_counts(relay) == {"envelopes": 2, "receipts": 2, "blobs": 2}
    assert courier.counts().delivered == 0  # the courier's own outbox is not involved
    for item in vault.evidence.for_case(with_files):
        stored = core(relay).store.path(item.blob_id or "")
        assert hashlib.sha256(stored.read_bytes()).hexdigest() == item.blob_id

    # A's next online sync gets the receipts; nothing is sent twice.
    result = quick_client(enrolled).run()
    assert result.delivered == 2 and result.blobs_uploaded == 0
    assert enrolled.counts().waiting == 0 and enrolled.counts().delivered == 2
    assert relay_counts(relay) == {"envelopes": 2, "receipts": 2, "blobs": 2}


def test_bundle_and_online_sync_store_each_envelope_once_in_either_order(
    vault: Vault,
    enrolled: OutboxService,
    courier: OutboxService,
    relay: Relay,
    tmp_path: Path,
) -> None:
    _cases(vault, tmp_path)
    enrolled.seal_unsealed()
    first = _export(enrolled, tmp_path / "usb1")
    assert quick_client(enrolled).run().delivered == 2  # online first
    again = _upload(courier, first)  # then the bundle with the same records
    assert [r.state for r in again.results] == ["committed", "committed"]
    final_case(vault, MARKER + "3")
    enrolled.seal_unsealed()
    sealed = {e.envelope_id: e.envelope for e in enrolled.pending()}
    second = _export(enrolled, tmp_path / "usb2")
    _upload(courier, second)  # the bundle first
    repeated = _upload(courier, second)  # the same file again: the kept answer
    assert [r.state for r in repeated.results] == ["committed"]
    assert quick_client(enrolled).run().delivered == 1  # then online
    stored = dict(_relay_envelopes(relay))
    assert len(stored) == 3 and all(stored[i] == data for i, data in sealed.items())
    assert relay_counts(relay) == {"envelopes": 3, "receipts": 3, "blobs": 2}
    assert enrolled.counts().waiting == 0


def test_bundles_are_opaque_padded_and_leave_no_content_at_the_relay(
    vault: Vault, enrolled: OutboxService, courier: OutboxService, relay: Relay, tmp_path: Path
) -> None:
    _cases(vault, tmp_path)
    paths = [_export(enrolled, tmp_path / f"usb{i}") for i in range(12)]
    heads = [p.read_bytes()[:256] for p in paths]
    for offset in range(256):  # no byte position is constant across bundles: no header
        assert len({h[offset] for h in heads}) > 1
    data = paths[0].read_bytes()
    assert len(data) == bucket_size(len(data)) and len(data) % CHUNK == 0
    assert all(p.stat().st_size == len(data) for p in paths)
    needle = MARKER.encode()
    forms = [
        needle,
        MARKER.encode("utf-16-le"),
        MARKER.encode("utf-16-be"),
        needle.hex().encode(),
        needle.hex().upper().encode(),
        base64.b64encode(needle)[:8],
        b"HRD-BUNDLE",  # (a 4-byte needle would turn up by chance in megabytes of random)
        b"defender",
        b"bundle",
    ]
    for blob in (p.read_bytes() for p in paths):
        for form in forms:
            assert form not in blob
    _upload(courier, paths[0])
    for file in relay.data.root.rglob("*"):
        if file.is_file():
            content = file.read_bytes()
            for form in forms[:6]:
                assert form not in content, file
    assert not list((relay.data.uploads / "bundles").glob("*.part"))  # taken in, then removed


def test_bucket_sizes() -> None:
    assert bucket_size(1) == 64 * 1024
    assert bucket_size(64 * 1024 + 1) == 128 * 1024
    assert bucket_size(16 << 20) == 16 << 20
    assert bucket_size((16 << 20) + 1) == 17 << 20


@pytest.mark.parametrize(
    "damage",
    ["transport_slot", "registry_slot", "stream_header", "middle", "last", "truncate", "grow"],
)
def test_a_damaged_bundle_is_refused_whole_and_nothing_is_stored(
    vault: Vault,
    enrolled: OutboxService,
    courier: OutboxService,
    relay: Relay,
    tmp_path: Path,
    damage: str,
) -> None:
    _cases(vault, tmp_path)
    path = _export(enrolled, tmp_path / "usb")
    data = bytearray(path.read_bytes())
    if damage == "truncate":
        data = data[: len(data) - CHUNK]
    elif damage == "grow":
        data += os.urandom(CHUNK)
    else:
        at = {
            "transport_slot": 5,
            "registry_slot": SLOT_BYTES + 5,
            "stream_header": 2 * SLOT_BYTES + 3,
            "middle": len(data) // 2,
            "last": len(data) - 1,
        }[damage]
        data[at] ^= 0x01
    path.write_bytes(bytes(data))
    if damage != "registry_slot":  # (the relay does not read the desk's slot)
        with pytest.raises(BundleRejected) as caught:
            _upload(courier, path)
        assert "Nothing was imported" in caught.value.text()
    assert relay_counts(relay) == NOTHING
    assert not list((relay.data.uploads / "bundles").glob("*.part"))
    if damage != "transport_slot":
        with pytest.raises(BundleRejected):
            open_bundle_for_registry(path, {b"": relay.registry_sk}, tmp_path)


def test_part_files_and_cut_copies_are_refused_before_anything_is_sent(
    vault: Vault, enrolled: OutboxService, courier: OutboxService, relay: Relay, tmp_path: Path
) -> None:
    _cases(vault, tmp_path)
    path = _export(enrolled, tmp_path / "usb")
    # What a killed export leaves: a .part, complete or not, is never a bundle.
    part = path.with_name(path.name + ".part")
    part.write_bytes(path.read_bytes())
    with pytest.raises(BundleRejected) as caught:
        _upload(courier, part)
    assert ".part" in caught.value.text()
    half = tmp_path / "usb" / "renamed.hrdb"
    half.write_bytes(path.read_bytes()[: path.stat().st_size // 2 + 10])
    with pytest.raises(BundleRejected) as caught:
        _upload(courier, half)
    assert "truncated" in caught.value.text()
    assert relay_counts(relay) == NOTHING


def test_an_upload_cut_again_and_again_resumes_and_completes(
    vault: Vault, enrolled: OutboxService, relay: Relay, tmp_path: Path
) -> None:
    final_case(vault, MARKER, blobs=[random_file(tmp_path / "big.bin", 3 << 20)])
    path = _export(enrolled, tmp_path / "usb")
    proxy = FaultProxy(relay.server.config.port, cut_range=(200 * 1024, 900 * 1024), seed=3)
    proxy.start()
    other = Vault.create(tmp_path / "courier", PASSPHRASE, kdf_profile="fast").vault
    try:
        courier = install_sync(other)
        enroll_device(relay, courier, url=proxy.url)
        taken = _upload(courier, path, max_failures=200)
    finally:
        proxy.stop()
        other.lock()
    assert proxy.cuts >= 3
    assert proxy.bytes_from_client < 3 * path.stat().st_size  # resumed, not restarted
    assert [r.state for r in taken.results] == ["committed"]
    assert relay_counts(relay) == {"envelopes": 1, "receipts": 1, "blobs": 1}


def test_the_desk_reads_the_registry_slot_and_only_the_right_keys_open_it(
    vault: Vault, enrolled: OutboxService, relay: Relay, tmp_path: Path
) -> None:
    _cases(vault, tmp_path)
    enrolled.seal_unsealed()
    sealed = {e.envelope_id: e.envelope for e in enrolled.pending()}
    path = _export(enrolled, tmp_path / "usb")
    registry_pk = core(relay).keys.config.current_registry_key().public_key
    other_sk = os.urandom(32)
    desk = tmp_path / "desk"
    desk.mkdir()
    bundle = open_bundle_for_registry(
        path, {b"old-key!": other_sk, key_id(registry_pk): relay.registry_sk}, desk
    )
    identity = enrolled.identity()
    assert identity is not None
    assert (bundle.device_id, bundle.device_epoch) == (identity.device_id, identity.device_epoch)
    assert bundle.device_pk == bytes(SigningKey(identity.signing_seed).verify_key)
    assert bundle.registry_key_id == key_id(registry_pk)
    assert {e.envelope_id: e.envelope for e in bundle.envelopes} == sealed
    assert len(bundle.blob_paths) == 2
    for blob_id, blob_path in bundle.blob_paths.items():
        assert blob_path.parent == desk
        assert hashlib.sha256(blob_path.read_bytes()).hexdigest() == blob_id
    relay_view = read_bundle_with(
        path, core(relay).keys.transport_sk or b"", TRANSPORT_SLOT, tmp_path / "usb"
    )
    assert {e.envelope_id for e in relay_view.envelopes} == set(sealed)
    for wrong in (
        lambda: read_bundle_with(path, relay.registry_sk, TRANSPORT_SLOT, desk),
        lambda: read_bundle_with(path, other_sk, REGISTRY_SLOT, desk),
        lambda: open_bundle_for_registry(path, {b"old-key!": other_sk}, desk),
        lambda: read_bundle_with(path, relay.registry_sk, REGISTRY_SLOT, desk, os.urandom(32)),
    ):
        with pytest.raises(BundleRejected):
            wrong()


def test_a_revoked_devices_bundle_is_refused_envelope_by_envelope(
    vault: Vault, enrolled: OutboxService, courier: OutboxService, relay: Relay, tmp_path: Path
) -> None:
    _cases(vault, tmp_path)
    path = _export(enrolled, tmp_path / "usb")
    identity = enrolled.identity()
    assert identity is not None
    core(relay).revoke(identity.device_id.hex())
    taken = _upload(courier, path)
    assert [r.error for r in taken.results] == ["device_revoked", "device_revoked"]
    assert relay_counts(relay) == NOTHING


def test_export_needs_a_registry_that_takes_bundles(
    vault: Vault, enrolled: OutboxService, relay: Relay, tmp_path: Path
) -> None:
    _cases(vault, tmp_path)
    identity = enrolled.identity()
    assert identity is not None
    config = RegistryConfig.decode(identity.config)
    assert config.transport_pk is not None
    older = RegistryConfig(
        config.org_name,
        config.server_key_id,
        config.server_sign_pk,
        config.registry_keys,
        config.issued_at,
    )
    root = SigningKey((relay.offline / "org_root.key").read_bytes())
    older_bytes = older.encode()
    assert RegistryConfig.decode(older_bytes) == older  # configs of older relays still decode
    sig = root.sign(signed_message(TAG_CONFIG, older_bytes)).signature
    enrolled.save_config(older_bytes, sig)
    with pytest.raises(BundlesNotSupported) as caught:
        export_bundle(enrolled, tmp_path / "usb")
    assert "cannot take courier bundles" in caught.value.text()
    enrolled.save_config(identity.config, identity.config_sig[:-1] + b"\0")  # not the root's
    with pytest.raises(BundlesNotSupported):
        export_bundle(enrolled, tmp_path / "usb")
    assert not (tmp_path / "usb").exists()


def test_cli_export_says_when_to_unplug_and_another_install_imports_it(
    vault: Vault, enrolled: OutboxService, relay: Relay, tmp_path: Path
) -> None:
    _cases(vault, tmp_path)
    home = vault.paths.home
    vault.lock()
    courier_home = tmp_path / "courier"
    other = Vault.create(courier_home, PASSPHRASE, kdf_profile="fast").vault
    enroll_device(relay, install_sync(other))
    other.lock()
    usb = tmp_path / "usb"

    def defender(where: Path, *args: str) -> subprocess.CompletedProcess[str]:
        script = (
            "import argparse, os, sys\n"
            "from pathlib import Path\n"
            "from contextlib import contextmanager\n"
            "from defender_app.cli_bundle import add_bundle_commands\n"
            "from storage.vault import Vault\n"
            "@contextmanager\n"
            "def unlocked(args):\n"
            "    v = Vault.unlock(Path(args.home), os.environ['DEFENDER_TEST_PASSPHRASE'])\n"
            "    try:\n"
            "        yield v\n"
            "    finally:\n"
            "        v.lock()\n"
            "common = argparse.ArgumentParser(add_help=False)\n"
            "common.add_argument('--home', required=True)\n"
            "p = argparse.ArgumentParser(prog='defender')\n"
            "add_bundle_commands(p.add_subparsers(dest='command', required=True), [common],"
            " open_vault=unlocked)\n"
            "a = p.parse_args(sys.argv[1:])\n"
            "sys.exit(a.handler(a))\n"
        )
        return subprocess.run(  # noqa: PLW1510 - the exit code is what the test checks
            [sys.executable, "-c", script, "bundle", *args, "--home", str(where)],
            cwd=REPO,
            env={**os.environ, "DEFENDER_TEST_PASSPHRASE": PASSPHRASE},
            capture_output=True,
            text=True,
            timeout=120,
        )

    exported = defender(home, "export", str(usb))
    assert exported.returncode == 0, exported.stderr
    (bundle,) = usb.iterdir()
    assert bundle.name in exported.stdout and "unplug" in exported.stdout
    bad = usb / "bad.hrdb"
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x40
    bad.write_bytes(bytes(data))
    refused = defender(courier_home, "import", str(bad))
    assert refused.returncode == 1 and "Nothing was imported" in refused.stderr
    assert relay_counts(relay) == NOTHING
    imported = defender(courier_home, "import", str(bundle))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.count("stored, receipt issued") == 2
    assert relay_counts(relay) == {"envelopes": 2, "receipts": 2, "blobs": 2}


def test_an_export_killed_before_its_rename_leaves_only_a_part_that_import_refuses(
    vault: Vault, enrolled: OutboxService, courier: OutboxService, relay: Relay, tmp_path: Path
) -> None:
    _cases(vault, tmp_path)
    home = vault.paths.home
    vault.lock()
    usb = tmp_path / "usb"
    # The process dies at its first fsync: everything is written, nothing renamed, no cleanup.
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "import sync.bundle as b\n"
        "from defender_app.sync_wiring import install_sync\n"
        "from storage.vault import Vault\n"
        "v = Vault.unlock(Path(sys.argv[1]), os.environ['DEFENDER_TEST_PASSPHRASE'])\n"
        "b.os.fsync = lambda fd: os._exit(9)\n"
        "b.export_bundle(install_sync(v), Path(sys.argv[2]))\n"
    )
    killed = subprocess.run(  # noqa: PLW1510 - the exit code is what the test checks
        [sys.executable, "-c", script, str(home), str(usb)],
        cwd=REPO,
        env={**os.environ, "DEFENDER_TEST_PASSPHRASE": PASSPHRASE},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert killed.returncode == 9, killed.stderr
    (left,) = usb.iterdir()
    assert left.name.endswith(".hrdb.part")
    with pytest.raises(BundleRejected) as caught:
        _upload(courier, left)
    assert ".part" in caught.value.text()
    assert relay_counts(relay) == NOTHING
