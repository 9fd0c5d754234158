"""`/v1/bundles` on the wire: tus creation, HEAD, PATCH with resume, and what is taken in.

Bundles are built here from a bare wire device's envelopes (no vault), uploaded by another
enrolled device."""

from __future__ import annotations

import base64
import hashlib
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import psutil
import pytest
from sqlalchemy import select

from registry.bundle_ingest import BundleIngest
from registry.housekeeping import UPLOAD_TTL, expire_uploads
from registry.models import Device, Envelope
from sync.bundle import write_bundle
from sync.bundle_format import CHUNK
from sync.protocol import BlobRef
from tests.registry.wire import WireDevice
from tests.sync.harness import Relay
from tests.sync.helpers import core, relay_counts

TUS = {"Tus-Resumable": "1.0.0"}
MIB = 1 << 20
BLOCK = os.urandom(MIB)
NOTHING = {"envelopes": 0, "receipts": 0, "blobs": 0}


@dataclass(frozen=True)
class _Blob:
    blob_id: str
    length: int


@dataclass(frozen=True)
class _Outgoing:
    envelope_id: str
    device_seq: int
    envelope: bytes
    blobs: tuple[_Blob, ...]
    state: str = "pending"


@dataclass(frozen=True)
class _Identity:
    device_id: bytes
    device_epoch: bytes
    signing_seed: bytes


@dataclass
class Made:
    path: Path
    envelopes: list[_Outgoing] = field(default_factory=list)
    known_id: str = ""  # (a large file's hash, computed once)

    @property
    def data(self) -> bytes:
        return self.path.read_bytes()

    @property
    def bundle_id(self) -> str:
        return self.known_id or hashlib.sha256(self.data).hexdigest()


def make_bundle(maker: WireDevice, tmp: Path, blobs: int = 1, envelopes: int = 2) -> Made:
    """A bundle of `envelopes` envelopes from `maker`, the first carrying `blobs` blobs."""
    tmp.mkdir(parents=True, exist_ok=True)
    files = {}
    outgoing = []
    for i in range(envelopes):
        contents = [os.urandom(150_000 + n) for n in range(blobs)] if i == 0 else []
        for content in contents:
            blob_id = hashlib.sha256(content).hexdigest()
            (tmp / blob_id).write_bytes(content)
            files[blob_id] = tmp / blob_id
        sealed = maker.envelope(contents)
        outgoing.append(
            _Outgoing(
                sealed.body.envelope_id.hex(),
                sealed.body.device_seq,
                sealed.data,
                tuple(_Blob(b.id.hex(), b.length) for b in sealed.body.blobs),
            )
        )
    identity = _Identity(bytes.fromhex(maker.device_id), bytes.fromhex(maker.epoch), maker.seed)
    config = maker.relay.keys.config
    assert config.transport_pk is not None
    path = write_bundle(
        outgoing,
        files.get,
        identity,  # type: ignore[arg-type]
        tmp / "usb",
        config.transport_pk,
        config.current_registry_key(),
    )
    return Made(path, outgoing)


@pytest.fixture
def maker(relay: Relay) -> Iterator[WireDevice]:
    """Device A: enrolled, never online again (its bundle travels)."""
    with httpx.Client(base_url=relay.url) as http:
        yield WireDevice(core(relay), http).enroll()


def create(device: WireDevice, made: Made, length: int | None = None) -> httpx.Response:
    digest = base64.b64encode(bytes.fromhex(made.bundle_id)).decode()
    return device.http.post(
        "/v1/bundles",
        headers={
            **TUS,
            "Upload-Length": str(made.path.stat().st_size if length is None else length),
            "Upload-Metadata": f"id {digest}",
        },
    )


def patch(
    device: WireDevice, made: Made, offset: int, data: bytes, **headers: str
) -> httpx.Response:
    return device.http.patch(
        f"/v1/bundles/{made.bundle_id}",
        content=data,
        headers={
            **TUS,
            "Upload-Offset": str(offset),
            "Content-Type": "application/offset+octet-stream",
            **headers,
        },
        timeout=60,
    )


def head(device: WireDevice, made: Made) -> httpx.Response:
    return device.http.head(f"/v1/bundles/{made.bundle_id}", headers=TUS)


def test_another_device_uploads_in_pieces_and_the_envelopes_arrive_as_the_maker_s(
    relay: Relay, device: WireDevice, maker: WireDevice, tmp_path: Path
) -> None:
    made = make_bundle(maker, tmp_path, blobs=2)
    data = made.data
    answer = create(device, made)
    assert answer.status_code == 201, answer.text
    assert answer.headers["location"] == f"/v1/bundles/{made.bundle_id}"
    assert answer.headers["upload-offset"] == "0"
    assert create(device, made).headers["upload-offset"] == "0"  # creation is idempotent
    cut = 3 * CHUNK + 17
    assert patch(device, made, 0, data[:cut]).status_code == 204
    assert head(device, made).headers["upload-offset"] == str(cut)
    stale = patch(device, made, 0, data[:100])
    assert stale.status_code == 409 and stale.json()["offset"] == cut
    assert relay_counts(relay) == NOTHING  # nothing before the whole file is there
    done = patch(device, made, cut, data[cut:])
    assert done.status_code == 200, done.text
    body = done.json()
    assert body["bundle_id"] == made.bundle_id and body["device_id"] == maker.device_id
    assert body["results"] == [
        {"envelope_id": e.envelope_id, "state": "committed"} for e in made.envelopes
    ]
    assert relay_counts(relay) == {"envelopes": 2, "receipts": 2, "blobs": 2}
    with core(relay).db.reading() as s:
        rows = {r.envelope_id: r for r in s.scalars(select(Envelope))}
    for e in made.envelopes:
        assert rows[e.envelope_id].device_id == maker.device_id
        assert bytes(rows[e.envelope_id].data) == e.envelope
    # The maker collects its receipts when it next signs in.
    maker.sign_in()
    receipts = maker.http.get("/v1/receipts").json()["receipts"]
    assert len(receipts) == 2
    # The answer is kept: a client that lost it asks again and gets the same.
    assert head(device, made).headers["upload-offset"] == str(len(data))
    assert create(device, made).headers["upload-offset"] == str(len(data))
    again = patch(device, made, len(data), b"")
    assert again.status_code == 200 and again.json() == body
    assert not list((relay.data.uploads / "bundles").glob("*.part"))


def test_the_same_envelopes_online_and_by_bundle_are_stored_once(
    relay: Relay, device: WireDevice, maker: WireDevice, tmp_path: Path
) -> None:
    made = make_bundle(maker, tmp_path, blobs=1)
    maker.sign_in()
    first = made.envelopes[0]
    online = maker.http.post(
        "/v1/envelopes",
        content=first.envelope,
        headers={"Idempotency-Key": first.envelope_id, "Content-Type": "application/cbor"},
    )
    assert online.status_code == 201  # waiting for its blob
    create(device, made)
    body = patch(device, made, 0, made.data).json()
    assert [r["state"] for r in body["results"]] == ["committed", "committed"]
    assert relay_counts(relay) == {"envelopes": 2, "receipts": 2, "blobs": 1}
    commit = maker.http.post(f"/v1/envelopes/{first.envelope_id}/commit")
    assert commit.status_code == 200 and commit.json()["state"] == "committed"


def test_damaged_or_foreign_bundles_are_refused_with_a_code_and_nothing_is_stored(
    relay: Relay, device: WireDevice, maker: WireDevice, tmp_path: Path
) -> None:
    made = make_bundle(maker, tmp_path)
    data = bytearray(made.data)
    data[len(data) // 2] ^= 0x01
    made.path.write_bytes(bytes(data))
    create(device, made)
    refused = patch(device, made, 0, made.data)
    assert refused.status_code == 422 and refused.json()["error"] == "bundle_damaged"
    assert head(device, made).status_code == 404  # the upload is gone; a retry starts again
    # The file changed on the way: its hash is not the id it was created under.
    other = make_bundle(maker, tmp_path / "b")
    create(device, other)
    wrong = bytearray(other.data)
    wrong[-1] ^= 0x01
    changed = patch(device, other, 0, bytes(wrong))
    assert changed.status_code == 422 and changed.json()["error"] == "bundle_hash_mismatch"
    assert relay_counts(relay) == NOTHING


def test_a_bundle_from_a_device_the_relay_does_not_know_is_refused(
    relay: Relay, device: WireDevice, tmp_path: Path
) -> None:
    with httpx.Client(base_url=relay.url) as http:
        stranger = WireDevice(core(relay), http, device_id=os.urandom(16).hex())
        stranger.epoch = os.urandom(8).hex()
        made = make_bundle(stranger, tmp_path)
    create(device, made)
    refused = patch(device, made, 0, made.data)
    assert refused.status_code == 422 and refused.json()["error"] == "bundle_device_unknown"
    # Nor may a device pass off its own key as an enrolled device's: its signature fails.
    with httpx.Client(base_url=relay.url) as http:
        enrolled = WireDevice(core(relay), http).enroll()
        enrolled.seed = os.urandom(32)
        forged = make_bundle(enrolled, tmp_path / "forged")
    create(device, forged)
    refused = patch(device, forged, 0, forged.data)
    assert refused.status_code == 422 and refused.json()["error"] == "bundle_signature_invalid"
    assert relay_counts(relay) == NOTHING


def test_tus_rules_sizes_checksums_and_sessions(
    relay: Relay, device: WireDevice, maker: WireDevice, tmp_path: Path
) -> None:
    made = make_bundle(maker, tmp_path)
    assert create(device, made, length=len(made.data) - 1).status_code == 400  # not a bundle
    assert head(device, made).status_code == 404
    assert patch(device, made, 0, b"x").status_code == 404  # not created
    create(device, made)
    assert create(device, made, length=len(made.data) + CHUNK).status_code == 400
    bad_sum = "sha256 " + base64.b64encode(b"\0" * 32).decode()
    refused = patch(device, made, 0, made.data[:1000], **{"Upload-Checksum": bad_sum})
    assert refused.status_code == 460
    assert head(device, made).headers["upload-offset"] == "0"
    good_sum = "sha256 " + base64.b64encode(hashlib.sha256(made.data[:1000]).digest()).decode()
    assert (
        patch(device, made, 0, made.data[:1000], **{"Upload-Checksum": good_sum}).status_code == 204
    )
    too_much = patch(device, made, 1000, made.data[1000:] + b"extra")
    assert too_much.status_code == 413
    assert head(device, made).headers["upload-offset"] == "1000"
    anonymous = httpx.head(f"{relay.url}/v1/bundles/{made.bundle_id}", headers=TUS)
    assert anonymous.status_code == 401
    # Another device's upload of the same bundle is its own.
    with httpx.Client(base_url=relay.url) as http:
        third = WireDevice(core(relay), http).enroll().sign_in()
        assert head(third, made).status_code == 404
    assert patch(device, made, 1000, made.data[1000:]).status_code == 200
    assert relay_counts(relay)["envelopes"] == 2


def test_an_upload_that_expires_while_a_request_waits_for_it_is_not_found(
    device: WireDevice, maker: WireDevice, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = make_bundle(maker, tmp_path)
    offset = BundleIngest.offset

    def then_a_housekeeping_pass(
        ingest: BundleIngest, uploader: Device, bundle_id: str
    ) -> tuple[int, int] | None:
        state = offset(ingest, uploader, bundle_id)
        expire_uploads(ingest.relay, now=time.time() + UPLOAD_TTL + 60)
        return state

    monkeypatch.setattr(BundleIngest, "offset", then_a_housekeeping_pass)
    assert create(device, made).status_code == 201
    assert head(device, made).status_code == 404  # found, then gone once the lock was had
    assert create(device, made).status_code == 201
    gone = patch(device, made, 0, made.data)
    assert gone.status_code == 404 and gone.json()["error"] == "upload_not_created"
    assert relay_counts(device.relay) == NOTHING


def test_a_large_bundle_is_taken_in_with_bounded_memory(
    relay: Relay, device: WireDevice, maker: WireDevice, tmp_path: Path
) -> None:
    size = 96 * MIB
    big, digest = tmp_path / "big.bin", hashlib.sha256()
    with open(big, "wb") as f:
        for n in range(size // MIB):
            block = n.to_bytes(4, "big") + BLOCK[4:]
            digest.update(block)
            f.write(block)
    blob_id = digest.hexdigest()
    sealed = maker.resign(maker.envelope(), blobs=(BlobRef(bytes.fromhex(blob_id), size),))
    outgoing = [
        _Outgoing(
            sealed.body.envelope_id.hex(),
            sealed.body.device_seq,
            sealed.data,
            (_Blob(blob_id, size),),
        )
    ]
    config = maker.relay.keys.config
    assert config.transport_pk is not None
    identity = _Identity(bytes.fromhex(maker.device_id), bytes.fromhex(maker.epoch), maker.seed)
    path = write_bundle(
        outgoing,
        {blob_id: big}.get,
        identity,  # type: ignore[arg-type]
        tmp_path / "usb",
        config.transport_pk,
        config.current_registry_key(),
    )
    big.unlink()
    with open(path, "rb") as f:
        made = Made(path, outgoing, hashlib.file_digest(f, "sha256").hexdigest())
    length = path.stat().st_size
    assert create(device, made, length).status_code == 201
    process = psutil.Process()
    before = process.memory_info().rss
    peak = [before]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.005):
            peak[0] = max(peak[0], process.memory_info().rss)

    def stream() -> Iterator[bytes]:
        with open(path, "rb") as f:
            yield from iter(lambda: f.read(MIB), b"")

    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        answer = device.http.patch(
            f"/v1/bundles/{made.bundle_id}",
            content=stream(),
            headers={
                **TUS,
                "Upload-Offset": "0",
                "Content-Type": "application/offset+octet-stream",
                "Content-Length": str(length),
            },
            timeout=300,
        )
    finally:
        done.set()
        sampler.join()
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"] == [
        {"envelope_id": outgoing[0].envelope_id, "state": "committed"}
    ]
    assert peak[0] - before < 48 * MIB, (peak[0] - before) / MIB
    assert relay_counts(relay) == {"envelopes": 1, "receipts": 1, "blobs": 1}
