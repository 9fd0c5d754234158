"""Courier bundles (§3.8, §4 test 12) against the real relay on loopback."""

from __future__ import annotations

import base64
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from defender_app.sync_wiring import install_sync
from registry.models import Envelope
from storage.outbox import OutboxService
from storage.vault import Vault
from sync.bundle import (
    CHUNK,
    BundleFromAnotherDevice,
    BundleRejected,
    bucket_size,
    export_bundle,
    import_bundle,
)
from sync.client import SyncClient
from sync.retry import Backoff
from tests.conftest import PASSPHRASE
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

REPO = Path(__file__).parents[2]
MARKER = "Zq7Needle"


def _key(vault: Vault) -> bytes:
    return bytes(vault.derive_key(b"defender/bundle/v1"))


def _client(outbox: object) -> SyncClient:
    return SyncClient(outbox, backoff=Backoff(base=0.01, cap=0.2), max_failures=50)  # type: ignore[arg-type]


def _export(vault: Vault, outbox: OutboxService, usb: Path) -> Path:
    path, _ = export_bundle(outbox, usb, _key(vault))
    return path


def _import(vault: Vault, outbox: OutboxService, path: Path) -> tuple[int, object]:
    return import_bundle(path, _key(vault), outbox, make_client=_client)


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


def test_export_then_import_delivers_each_envelope_once_with_intact_blobs(
    vault: Vault, enrolled: OutboxService, relay: Relay, tmp_path: Path
) -> None:
    with_files = _cases(vault, tmp_path)
    usb = tmp_path / "usb"
    path = _export(vault, enrolled, usb)
    assert [p.name for p in usb.iterdir()] == [path.name]  # no .part left behind
    assert relay_counts(relay)["envelopes"] == 0  # writing needed no connection
    count, result = _import(vault, enrolled, path)
    assert count == 2 and result.delivered == 2 and result.remaining == 0  # type: ignore[attr-defined]
    assert relay_counts(relay) == {"envelopes": 2, "receipts": 2, "blobs": 2}
    evidence = list(vault.evidence.for_case(with_files))
    assert len(evidence) == 2
    for item in evidence:
        stored = core(relay).store.path(item.blob_id or "")
        assert hashlib.sha256(stored.read_bytes()).hexdigest() == item.blob_id


def test_import_twice_and_online_sync_store_each_envelope_exactly_once(
    vault: Vault, enrolled: OutboxService, relay: Relay, tmp_path: Path
) -> None:
    _cases(vault, tmp_path)
    enrolled.seal_unsealed()
    sealed = {e.envelope_id: e.envelope for e in enrolled.pending()}
    path = _export(vault, enrolled, tmp_path / "usb")
    _import(vault, enrolled, path)
    _, again = _import(vault, enrolled, path)
    assert again.delivered == 2  # type: ignore[attr-defined]  # same receipts, nothing new
    online = quick_client(enrolled).run()
    assert online.delivered == 2 and enrolled.counts().waiting == 0
    stored = _relay_envelopes(relay)
    assert dict(stored) == sealed and len(stored) == 2  # exactly the sealed bytes, once each
    assert relay_counts(relay) == {"envelopes": 2, "receipts": 2, "blobs": 2}


def test_bundles_are_opaque_and_padded(
    vault: Vault, enrolled: OutboxService, tmp_path: Path
) -> None:
    _cases(vault, tmp_path)
    paths = [_export(vault, enrolled, tmp_path / f"usb{i}") for i in range(20)]
    heads = [p.read_bytes()[:64] for p in paths]
    assert len(set(heads)) == len(heads)
    for offset in range(64):  # no byte position is constant across bundles
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
        b"HRD-",
        b"defender",
        b"bundle",
    ]
    for blob in (p.read_bytes() for p in paths):
        for form in forms:
            assert form not in blob


def test_bucket_sizes() -> None:
    assert bucket_size(1) == 64 * 1024
    assert bucket_size(64 * 1024 + 1) == 128 * 1024
    assert bucket_size(16 << 20) == 16 << 20
    assert bucket_size((16 << 20) + 1) == 17 << 20


@pytest.mark.parametrize("damage", ["flip_first", "flip_middle", "flip_last", "truncate", "grow"])
def test_damaged_bundle_is_rejected_whole_and_nothing_is_uploaded(
    vault: Vault, enrolled: OutboxService, relay: Relay, tmp_path: Path, damage: str
) -> None:
    _cases(vault, tmp_path)
    path = _export(vault, enrolled, tmp_path / "usb")
    data = bytearray(path.read_bytes())
    if damage == "truncate":
        data = data[: len(data) - CHUNK]
    elif damage == "grow":
        data += os.urandom(CHUNK)
    else:
        at = {"flip_first": 0, "flip_middle": len(data) // 2, "flip_last": len(data) - 1}[damage]
        data[at] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(BundleRejected) as caught:
        _import(vault, enrolled, path)
    assert "Nothing was imported" in caught.value.text()
    assert relay_counts(relay) == {"envelopes": 0, "receipts": 0, "blobs": 0}


def test_wrong_key_and_part_files_are_rejected(
    vault: Vault, enrolled: OutboxService, relay: Relay, tmp_path: Path
) -> None:
    _cases(vault, tmp_path)
    path = _export(vault, enrolled, tmp_path / "usb")
    with pytest.raises(BundleRejected):
        import_bundle(path, os.urandom(32), enrolled, make_client=_client)
    # What a killed export leaves: a .part, complete or not, is never a bundle.
    part = path.with_name(path.name + ".part")
    part.write_bytes(path.read_bytes())
    with pytest.raises(BundleRejected) as caught:
        _import(vault, enrolled, part)
    assert ".part" in caught.value.text()
    half = tmp_path / "usb" / "renamed.hrdb"
    half.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(BundleRejected):
        _import(vault, enrolled, half)
    assert relay_counts(relay)["envelopes"] == 0


def test_cli_export_says_when_to_unplug_and_import_delivers(
    vault: Vault, enrolled: OutboxService, relay: Relay, tmp_path: Path
) -> None:
    _cases(vault, tmp_path)
    home = vault.paths.home
    vault.lock()
    usb = tmp_path / "usb"

    def defender(*args: str) -> subprocess.CompletedProcess[str]:
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
            [sys.executable, "-c", script, "bundle", *args, "--home", str(home)],
            cwd=REPO,
            env={**os.environ, "DEFENDER_TEST_PASSPHRASE": PASSPHRASE},
            capture_output=True,
            text=True,
            timeout=120,
        )

    exported = defender("export", str(usb))
    assert exported.returncode == 0, exported.stderr
    (bundle,) = usb.iterdir()
    assert bundle.name in exported.stdout and "unplug" in exported.stdout
    bad = usb / "bad.hrdb"
    bad.write_bytes(bundle.read_bytes()[:CHUNK])
    refused = defender("import", str(bad))
    assert refused.returncode == 1 and "Nothing was imported" in refused.stderr
    imported = defender("import", str(bundle))
    assert imported.returncode == 0, imported.stderr
    assert relay_counts(relay) == {"envelopes": 2, "receipts": 2, "blobs": 2}


def test_an_export_killed_before_its_rename_leaves_only_a_part_that_import_refuses(
    vault: Vault, enrolled: OutboxService, relay: Relay, tmp_path: Path
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
        "b.export_bundle(install_sync(v), Path(sys.argv[2]),"
        " bytes(v.derive_key(b'defender/bundle/v1')))\n"
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
    again = Vault.unlock(home, PASSPHRASE)
    try:
        with pytest.raises(BundleRejected) as caught:
            _import(again, install_sync(again), left)
        assert ".part" in caught.value.text()
    finally:
        again.lock()
    assert relay_counts(relay)["envelopes"] == 0


def test_another_install_cannot_open_or_upload_the_bundle(
    vault: Vault, enrolled: OutboxService, relay: Relay, tmp_path: Path
) -> None:
    _cases(vault, tmp_path)
    path = _export(vault, enrolled, tmp_path / "usb")
    other = Vault.create(tmp_path / "other", PASSPHRASE, kdf_profile="fast").vault
    try:
        other_outbox = install_sync(other)
        enroll_device(relay, other_outbox)
        with pytest.raises(BundleRejected):  # its own bundle key does not open it
            _import(other, other_outbox, path)
        with pytest.raises(BundleFromAnotherDevice):  # nor would the relay take it from it
            import_bundle(path, _key(vault), other_outbox, make_client=_client)
    finally:
        other.lock()
    assert relay_counts(relay)["envelopes"] == 0
