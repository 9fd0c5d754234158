"""The relay's invariants: idempotency, conflicts, offsets, hashes, nonces, revocation."""

from __future__ import annotations

import hashlib
import os

import httpx
from sqlalchemy import select

from registry.models import Device, Envelope
from sync.protocol import encode_batch
from tests.registry.conftest import WireDevice
from tests.sync.harness import Relay
from tests.sync.helpers import core, relay_counts


def test_same_id_same_bytes_is_the_stored_answer_other_bytes_409(device: WireDevice) -> None:
    sealed = device.envelope(text='{"a":1}')
    first = device.post(sealed)
    assert first.status_code == 200 and first.json()["state"] == "committed"
    again = device.post(sealed)
    assert again.status_code == 200 and again.json()["receipt"] == first.json()["receipt"]
    other = device.envelope(text='{"a":2}', seq=1)
    other_content = device.resign(other, envelope_id=sealed.body.envelope_id)
    conflict = device.post(other_content)
    assert conflict.status_code == 409 and conflict.json()["error"] == "envelope_conflict"
    with device.relay.db.transaction() as s:
        stored = s.get(Envelope, sealed.body.envelope_id.hex())
        assert stored is not None and stored.data == sealed.data
    same_seq = device.post(device.envelope(text='{"a":3}', seq=1))
    assert same_seq.status_code == 409 and same_seq.json()["error"] == "sequence_conflict"
    assert relay_counts(device.relay)["envelopes"] == 1


def test_a_stale_offset_is_409_and_leaves_the_upload_unchanged(device: WireDevice) -> None:
    blob = os.urandom(300_000)
    blob_id = hashlib.sha256(blob).hexdigest()
    assert device.post(device.envelope([blob])).status_code == 201
    assert device.create(blob).status_code == 201
    assert device.patch(blob_id, 0, blob[:100_000]).status_code == 204
    stale = device.patch(blob_id, 0, blob[:50_000])
    assert stale.status_code == 409 and stale.headers["Upload-Offset"] == "100000"
    head = device.http.head(f"/v1/blobs/{blob_id}")
    assert head.headers["Upload-Offset"] == "100000" and head.headers["Upload-Length"] == "300000"
    part = device.relay.store.part(blob_id, device.device_id)
    assert part.read_bytes() == blob[:100_000]
    assert device.patch(blob_id, 100_000, blob[100_000:]).status_code == 204
    assert device.relay.store.path(blob_id).read_bytes() == blob


def test_a_hash_mismatch_is_422_and_nothing_is_published(device: WireDevice) -> None:
    blob = os.urandom(200_000)
    blob_id = hashlib.sha256(blob).hexdigest()
    sealed = device.envelope([blob])
    device.post(sealed)
    device.create(blob)
    wrong = bytearray(blob)
    wrong[-1] ^= 1
    answer = device.patch(blob_id, 0, bytes(wrong))
    assert answer.status_code == 422 and answer.json()["error"] == "blob_hash_mismatch"
    store = device.relay.store
    assert not store.has(blob_id) and not store.part(blob_id, device.device_id).exists()
    assert relay_counts(device.relay)["blobs"] == 0
    commit = device.http.post(f"/v1/envelopes/{sealed.body.envelope_id.hex()}/commit")
    assert commit.status_code == 409 and commit.json()["missing"] == [blob_id]
    device.create(blob)
    assert device.patch(blob_id, 0, blob).status_code == 204
    assert (
        device.http.post(f"/v1/envelopes/{sealed.body.envelope_id.hex()}/commit").status_code == 200
    )


def test_a_blob_no_envelope_of_this_device_names_is_404(device: WireDevice, relay: Relay) -> None:
    blob = os.urandom(1000)
    assert device.create(blob).status_code == 404
    assert device.http.head(f"/v1/blobs/{hashlib.sha256(blob).hexdigest()}").status_code == 404
    with httpx.Client(base_url=relay.url) as http:
        other = WireDevice(core(relay), http).enroll().sign_in()
        device.post(device.envelope([blob]))
        assert other.create(blob).status_code == 404


def test_a_replayed_or_expired_nonce_is_401(device: WireDevice) -> None:
    nonce = device.nonce()
    assert device.session(nonce).status_code == 200
    replay = device.session(nonce)
    assert replay.status_code == 401 and replay.json()["error"] == "nonce_invalid"
    fresh = device.nonce()
    assert device.session(fresh, seed=os.urandom(32)).status_code == 401  # another key
    assert device.session(fresh).status_code == 401  # a failed attempt used the nonce up
    assert device.session(os.urandom(32).hex()).status_code == 401  # never issued


def test_an_envelope_signed_by_another_key_is_401(device: WireDevice) -> None:
    sealed = device.envelope(seed=os.urandom(32))
    answer = device.post(sealed)
    assert answer.status_code == 401 and answer.json()["error"] == "signature_invalid"
    assert relay_counts(device.relay)["envelopes"] == 0


def test_a_revoked_device_gets_403_and_nothing_more_is_accepted(device: WireDevice) -> None:
    blob = os.urandom(50_000)
    device.post(device.envelope([blob]))
    device.create(blob)
    assert device.relay.revoke(device.device_id)
    blob_id = hashlib.sha256(blob).hexdigest()
    assert device.patch(blob_id, 0, blob).status_code in (401, 403)
    assert device.post(device.envelope()).status_code in (401, 403)
    challenge = device.http.post("/v1/auth/challenge", json={"device_id": device.device_id})
    assert challenge.status_code == 403 and challenge.json()["error"] == "device_revoked"
    assert device.relay.store.part_size(blob_id, device.device_id) == 0
    assert relay_counts(device.relay)["envelopes"] == 1


def test_a_revoked_session_token_answers_403(device: WireDevice) -> None:
    with device.relay.db.transaction() as s:
        assert s.scalar(select(Envelope)) is None
    with device.relay.db.transaction() as s:
        row = s.get(Device, device.device_id)
        assert row is not None
        row.status = "revoked"
    answer = device.http.get("/v1/devices/me")
    assert answer.status_code == 403 and answer.json()["error"] == "device_revoked"


def test_a_sequence_gap_is_accepted_and_reported(device: WireDevice) -> None:
    device.post(device.envelope(seq=1))
    answer = device.post(device.envelope(seq=4))
    assert answer.status_code == 200 and answer.json()["missing_seqs"] == [2, 3]
    me = device.http.get("/v1/devices/me").json()
    assert me["max_contiguous_seq"] == 1 and me["missing_seqs"] == [2, 3]


def test_a_batch_answers_each_envelope_as_a_single_post_would(device: WireDevice) -> None:
    good = device.envelope(text='{"b":1}')
    bad_signature = device.envelope(text='{"b":2}', seed=os.urandom(32))
    answer = device.http.post(
        "/v1/envelopes/batch",
        content=encode_batch([good.data, good.data, bad_signature.data, b"\x00garbage"]),
        headers={"Content-Type": "application/cbor"},
    )
    assert answer.status_code == 200, answer.text
    first, again, forged, garbage = answer.json()["results"]
    assert first["state"] == "committed" and again["receipt"] == first["receipt"]
    assert (forged["status"], forged["error"]) == (401, "signature_invalid")
    assert (garbage["status"], garbage["error"]) == (400, "envelope_malformed")
    assert relay_counts(device.relay) == {"envelopes": 1, "receipts": 1, "blobs": 0}
    too_many = encode_batch([good.data] * 65)
    refused = device.http.post("/v1/envelopes/batch", content=too_many)
    assert refused.status_code == 400 and refused.json()["error"] == "batch_malformed"


def test_an_enrollment_token_retried_with_the_same_key_gives_the_same_device(
    relay: Relay,
) -> None:
    token = core(relay).issue_enroll_token().hex()
    key, other = os.urandom(32).hex(), os.urandom(32).hex()
    with httpx.Client(base_url=relay.url) as http:
        first = http.post("/v1/enroll", json={"enroll_token": token, "device_sign_pk": key})
        again = http.post("/v1/enroll", json={"enroll_token": token, "device_sign_pk": key})
        stolen = http.post("/v1/enroll", json={"enroll_token": token, "device_sign_pk": other})
        unknown = http.post(
            "/v1/enroll", json={"enroll_token": os.urandom(16).hex(), "device_sign_pk": key}
        )
    assert first.status_code == again.status_code == 201
    assert first.json()["device_id"] == again.json()["device_id"]
    assert stolen.status_code == 401 and unknown.status_code == 401
