"""A seized relay reveals only ciphertext; the registry's offline key opens the exact records."""

from __future__ import annotations

import base64
import os
import shutil
from pathlib import Path

from sqlalchemy import select

from defender_app.sync_wiring import install_sync
from registry.models import Base, Device, Envelope
from storage.media import MediaStore
from storage.vault import Vault
from sync.envelope import open_envelope
from tests.sync.harness import Relay
from tests.sync.helpers import core, enroll_device, final_case, photo, quick_client


def _forms(marker: str) -> list[bytes]:
    raw = marker.encode()
    return [raw, marker.encode("utf-16-le"), base64.b64encode(raw), raw.hex().encode()]


def _files(*roots: Path) -> list[Path]:
    return [p for root in roots for p in root.rglob("*") if p.is_file()]


def _every_row(relay: Relay) -> bytes:
    """Every value of every table, as the database returns it (for PostgreSQL too)."""
    out = bytearray()
    with core(relay).db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            for row in conn.execute(table.select()):
                for value in row:
                    out += value if isinstance(value, bytes) else str(value).encode()
    return bytes(out)


def test_the_relay_holds_no_marker_and_the_desk_key_opens_every_record(
    vault: Vault, relay: Relay, tmp_path: Path
) -> None:
    outbox = install_sync(vault)
    enroll_device(relay, outbox)
    markers = [os.urandom(12).hex() for _ in range(3)]
    photos = [photo(tmp_path, f"{m}.jpg", marker=m) for m in markers[:2]]
    cases = [final_case(vault, markers[0], photos=photos), final_case(vault, markers[1])]
    final_case(vault, markers[2], photos=[photo(tmp_path, "c.jpg", marker=markers[2])])
    quick_client(outbox).run()
    assert outbox.counts().waiting == 0

    rows = _every_row(relay)
    core(relay).db.engine.dispose()  # what a seizure finds on disk, WAL included
    seized = [*_files(relay.data.root), relay.log_file]
    if core(relay).db.engine.url.get_backend_name() == "sqlite":
        assert any(p.name == "registry.db" for p in seized)
    for name, content in [*((str(p), p.read_bytes()) for p in seized), ("database rows", rows)]:
        for marker in markers:
            for form in _forms(marker):
                assert form not in content, f"{marker} found in {name}"
    assert not any("sealing.key" in p.name or "org_root.key" in p.name for p in seized)

    snapshots = {c: vault.cases.version_snapshot(c, 1) for c in cases}
    media_dir = tmp_path / "desk-media"
    media_dir.mkdir()
    with core(relay).db.transaction() as s:
        devices = {d.id: d.sign_pk for d in s.scalars(select(Device))}
        envelopes = list(s.scalars(select(Envelope)))
    opened = {}
    for row in envelopes:
        inner = open_envelope(row.data, relay.registry_sk, devices[row.device_id])
        opened[inner.record_id] = inner
    for case_id, snapshot in snapshots.items():
        assert opened[case_id].record == snapshot
    first = opened[cases[0]]
    originals = {p.read_bytes() for p in photos}
    decrypted = set()
    for f in first.files:
        shutil.copy(core(relay).store.path(f.blob_id.hex()), media_dir / f.blob_id.hex())
        plain = b"".join(MediaStore(media_dir).chunks(f.blob_id.hex(), f.file_key, f.chunk_log2))
        decrypted.add(plain)
    assert decrypted == originals
