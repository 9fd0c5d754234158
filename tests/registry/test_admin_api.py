"""The registry desk's API (/v1/admin): sign-in with the root key, enrollment tokens, devices,
revocation, the committed log and blob downloads; on SQLite and on PostgreSQL."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from alembic import command
from nacl.signing import SigningKey, VerifyKey
from sqlalchemy import insert, select

from registry.db import _alembic_config, make_engine, upgrade
from registry.models import Device
from sync.protocol import (
    MAX_RECEIPT_BYTES,
    TAG_DEVICE_CERT,
    DeviceCert,
    ReceiptBody,
    RegistryConfig,
    Signed,
    admin_auth_message,
    fingerprint,
    signed_message,
)
from tests.registry.wire import WireDevice
from tests.sync.harness import Relay
from tests.sync.helpers import core


@dataclass
class Desk:
    """The registry desk speaking to the relay with the organisation root key."""

    http: httpx.Client
    root_seed: bytes

    def nonce(self) -> str:
        answer = self.http.post("/v1/admin/challenge")
        assert answer.status_code == 200, answer.text
        assert answer.json()["expires_in"] == 60
        return str(answer.json()["nonce"])

    def session(self, nonce: str, seed: bytes | None = None) -> httpx.Response:
        root = SigningKey(seed or self.root_seed)
        message = admin_auth_message(
            fingerprint(bytes(SigningKey(self.root_seed).verify_key)), bytes.fromhex(nonce)
        )
        sig = base64.b64encode(root.sign(message).signature).decode()
        return self.http.post("/v1/admin/session", json={"nonce": nonce, "sig": sig})

    def sign_in(self) -> Desk:
        answer = self.session(self.nonce())
        assert answer.status_code == 200, answer.text
        assert answer.json()["expires_in"] == 900
        self.http.headers["Authorization"] = f"Bearer {answer.json()['token']}"
        return self

    def devices(self) -> dict[str, dict[str, object]]:
        answer = self.http.get("/v1/admin/devices")
        assert answer.status_code == 200, answer.text
        return {d["device_id"]: d for d in answer.json()["devices"]}

    def page(self, after: int, limit: int) -> dict[str, object]:
        answer = self.http.get("/v1/admin/envelopes", params={"after": after, "limit": limit})
        assert answer.status_code == 200, answer.text
        page: dict[str, object] = answer.json()
        return page


@pytest.fixture
def desk(relay: Relay) -> Iterator[Desk]:
    with httpx.Client(base_url=relay.url) as http:
        yield Desk(http, (relay.offline / "org_root.key").read_bytes()).sign_in()


def _seconds_ago(iso: object) -> float:
    assert isinstance(iso, str)
    return (dt.datetime.now(dt.UTC) - dt.datetime.fromisoformat(iso)).total_seconds()


def test_the_desk_signs_in_once_per_nonce_and_only_with_the_root_key(
    relay: Relay, device: WireDevice
) -> None:
    with httpx.Client(base_url=relay.url) as http:
        desk = Desk(http, (relay.offline / "org_root.key").read_bytes())
        nonce = desk.nonce()
        assert desk.session(nonce).status_code == 200
        replay = desk.session(nonce)
        assert replay.status_code == 401 and replay.json()["error"] == "nonce_invalid"
        fresh = desk.nonce()
        forged = desk.session(fresh, seed=os.urandom(32))
        assert forged.status_code == 401 and forged.json()["error"] == "signature_invalid"
        assert desk.session(fresh).status_code == 401  # the failed attempt used the nonce up
        assert desk.session(device.nonce()).status_code == 401  # a device's nonce is no use
        never_issued = desk.session(os.urandom(32).hex())
        assert never_issued.status_code == 401
        bad_sig = http.post("/v1/admin/session", json={"nonce": desk.nonce(), "sig": "!" * 88})
        assert bad_sig.status_code == 400


def test_device_and_admin_tokens_open_only_their_own_routes(desk: Desk, device: WireDevice) -> None:
    for method, path in [
        ("GET", "/v1/admin/devices"),
        ("POST", "/v1/admin/enroll-tokens"),
        ("GET", "/v1/admin/envelopes"),
        ("POST", f"/v1/admin/devices/{device.device_id}/revoke"),
    ]:
        as_device = device.http.request(method, path)
        assert as_device.status_code == 403 and as_device.json()["error"] == "admin_only"
        anonymous = httpx.request(method, str(desk.http.base_url.join(path)))
        assert anonymous.status_code == 401
    assert desk.devices()[device.device_id]["status"] == "active"

    as_desk = WireDevice(device.relay, desk.http, device.seed, device.device_id, device.epoch)
    pushed = as_desk.post(device.envelope())
    assert pushed.status_code == 401 and pushed.json()["error"] == "token_invalid"
    assert desk.http.get("/v1/devices/me").status_code == 401
    assert desk.page(0, 10)["items"] == []


def test_an_enroll_token_from_the_desk_enrolls_one_device(desk: Desk) -> None:
    answer = desk.http.post("/v1/admin/enroll-tokens")
    assert answer.status_code == 201, answer.text
    token = base64.b64decode(answer.json()["token"], validate=True)
    assert len(token) == 16
    assert 23.9 * 3600 < -_seconds_ago(answer.json()["expires_at"]) <= 24 * 3600
    key = bytes(SigningKey(os.urandom(32)).verify_key).hex()
    binding = os.urandom(32).hex()  # the relay keeps it as given: only the desk can check it
    request = {"enroll_token": token.hex(), "device_sign_pk": key, "binding": binding}
    malformed = desk.http.post("/v1/enroll", json={**request, "binding": "zz" * 32})
    assert malformed.status_code == 422
    enrolled = desk.http.post("/v1/enroll", json=request)
    assert enrolled.status_code == 201, enrolled.text
    again = desk.http.post(
        "/v1/enroll",
        json={"enroll_token": token.hex(), "device_sign_pk": os.urandom(32).hex()},
    )
    assert again.status_code == 401
    listed = desk.devices()[enrolled.json()["device_id"]]
    assert listed["token_hash"] == hashlib.sha256(token).hexdigest()
    assert listed["binding"] == binding


def test_the_device_list_shows_the_last_sign_in_and_a_certificate_that_verifies(
    relay: Relay, desk: Desk
) -> None:
    with httpx.Client(base_url=relay.url) as http:
        device = WireDevice(core(relay), http)
        token = device.relay.issue_enroll_token()
        pk = bytes(SigningKey(device.seed).verify_key)
        enrolled = http.post(
            "/v1/enroll",
            json={"enroll_token": token.hex(), "device_sign_pk": pk.hex(), "label": "Laptop A"},
        ).json()
        device.device_id, device.epoch = enrolled["device_id"], enrolled["device_epoch"]
        listed = desk.devices()[device.device_id]
        assert listed["last_seen_at"] is None and listed["revoked_at"] is None
        assert listed["binding"] is None  # a token the relay made: no desk key, no binding
        assert listed["token_hash"] == hashlib.sha256(token).hexdigest()
        assert (listed["label"], listed["status"]) == ("Laptop A", "active")
        assert listed["device_epoch"] == device.epoch
        assert 0 <= _seconds_ago(listed["enrolled_at"]) < 60
        device.sign_in()
        assert 0 <= _seconds_ago(desk.devices()[device.device_id]["last_seen_at"]) < 60

    assert listed["cert"] == enrolled["device_cert"]  # the very bytes given at enrollment
    hello = desk.http.get("/v1/hello").json()
    config = RegistryConfig.decode(base64.b64decode(hello["config"]))
    cert_and_sig = base64.b64decode(str(listed["cert"]))
    cert, sig = cert_and_sig[:-64], cert_and_sig[-64:]
    VerifyKey(config.server_sign_pk).verify(signed_message(TAG_DEVICE_CERT, cert), sig)
    decoded = DeviceCert.decode(cert)
    assert decoded.device_id.hex() == device.device_id and decoded.device_sign_pk == pk
    assert decoded.org_fingerprint == fingerprint(base64.b64decode(hello["org_root_pk"]))


def test_a_device_revoked_at_the_desk_is_refused_at_once(desk: Desk, device: WireDevice) -> None:
    assert device.post(device.envelope()).status_code == 200
    answer = desk.http.post(f"/v1/admin/devices/{device.device_id}/revoke")
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert (body["device_id"], body["status"]) == (device.device_id, "revoked")
    assert 0 <= _seconds_ago(body["revoked_at"]) < 60

    refused = device.post(device.envelope())
    assert refused.status_code in (401, 403)
    challenge = device.http.post("/v1/auth/challenge", json={"device_id": device.device_id})
    assert challenge.status_code == 403 and challenge.json()["error"] == "device_revoked"

    again = desk.http.post(f"/v1/admin/devices/{device.device_id}/revoke")
    assert again.status_code == 200 and again.json() == body  # idempotent
    listed = desk.devices()[device.device_id]
    assert (listed["status"], listed["revoked_at"]) == ("revoked", body["revoked_at"])
    unknown = desk.http.post(f"/v1/admin/devices/{os.urandom(16).hex()}/revoke")
    assert unknown.status_code == 404 and unknown.json()["error"] == "device_unknown"
    assert len(desk.page(0, 10)["items"]) == 1  # what it sent before is kept


def test_the_envelope_log_pages_through_committed_envelopes_only(
    desk: Desk, device: WireDevice
) -> None:
    blob = os.urandom(5000)
    blob_id = hashlib.sha256(blob).hexdigest()
    sent = [device.envelope(text=f'{{"n":{i}}}') for i in range(5)]
    waiting = device.envelope([blob])
    for sealed in sent[:2]:
        assert device.post(sealed).status_code == 200
    assert device.post(waiting).status_code == 201  # awaits its blob: not in the log
    for sealed in sent[2:]:
        assert device.post(sealed).status_code == 200

    pages, after = [], 0
    while True:
        page = desk.page(after, 2)
        items = page["items"]
        assert isinstance(items, list) and len(items) <= 2
        if not items:
            assert page["last_seq"] == after
            break
        pages.append(items)
        after = int(str(page["last_seq"]))
        assert after == items[-1]["server_seq"]
    assert [len(p) for p in pages] == [2, 2, 1]
    items = [item for p in pages for item in p]
    assert [base64.b64decode(i["envelope"]) for i in items] == [s.data for s in sent]
    seqs = [i["server_seq"] for i in items]
    assert seqs == sorted(seqs) and len(set(seqs)) == 5
    for item in items:
        receipt = ReceiptBody.decode(
            Signed.decode(base64.b64decode(item["receipt"]), MAX_RECEIPT_BYTES).body
        )
        assert receipt.server_seq == item["server_seq"] and item["blobs"] == []
        assert receipt.envelope_hash == hashlib.sha256(base64.b64decode(item["envelope"])).digest()

    assert device.patch(blob_id, 0, blob).status_code == 204
    commit = device.http.post(f"/v1/envelopes/{waiting.body.envelope_id.hex()}/commit")
    assert commit.status_code == 200
    (last,) = desk.page(after, 2)["items"]  # type: ignore[misc]
    assert base64.b64decode(last["envelope"]) == waiting.data
    assert last["blobs"] == [{"id": blob_id, "len": len(blob)}]
    assert len(desk.page(0, 1000)["items"]) == 6  # type: ignore[arg-type]
    assert desk.http.get("/v1/admin/envelopes", params={"limit": 1001}).status_code == 422


def test_a_blob_downloads_whole_or_resumed_from_an_offset(desk: Desk, device: WireDevice) -> None:
    blob = os.urandom(3 * 1024 * 1024 + 123)
    blob_id = hashlib.sha256(blob).hexdigest()
    pending = os.urandom(100)
    pending_id = hashlib.sha256(pending).hexdigest()
    device.post(device.envelope([blob, pending]))
    assert desk.http.get(f"/v1/admin/blobs/{blob_id}").status_code == 404  # not yet published
    for start in range(0, len(blob), 1 << 20):
        assert device.patch(blob_id, start, blob[start : start + (1 << 20)]).status_code == 204

    whole = desk.http.get(f"/v1/admin/blobs/{blob_id}")
    assert whole.status_code == 200 and whole.content == blob
    assert whole.headers["Content-Length"] == str(len(blob))
    assert whole.headers["Cache-Control"] == "no-store"

    cut = 1_234_567
    with desk.http.stream("GET", f"/v1/admin/blobs/{blob_id}") as broken:
        received = b""
        for chunk in broken.iter_bytes():
            received += chunk
            if len(received) >= cut:
                break
    received = received[:cut]
    rest = desk.http.get(f"/v1/admin/blobs/{blob_id}", headers={"Range": f"bytes={cut}-"})
    assert rest.status_code == 206
    assert rest.headers["Content-Range"] == f"bytes {cut}-{len(blob) - 1}/{len(blob)}"
    assert rest.headers["Content-Length"] == str(len(blob) - cut)
    assert received + rest.content == blob

    middle = desk.http.get(f"/v1/admin/blobs/{blob_id}", headers={"Range": "bytes=10-19"})
    assert middle.status_code == 206 and middle.content == blob[10:20]
    beyond = desk.http.get(f"/v1/admin/blobs/{blob_id}", headers={"Range": f"bytes={len(blob)}-"})
    assert beyond.status_code == 416 and beyond.headers["Content-Range"] == f"bytes */{len(blob)}"
    ignored = desk.http.get(f"/v1/admin/blobs/{blob_id}", headers={"Range": "bytes=5-1,7-9"})
    assert ignored.status_code == 200 and ignored.content == blob

    assert desk.http.get(f"/v1/admin/blobs/{pending_id}").status_code == 404
    unknown = desk.http.get(f"/v1/admin/blobs/{os.urandom(32).hex()}")
    assert unknown.status_code == 404 and unknown.json()["error"] == "blob_unknown"
    assert device.http.get(f"/v1/admin/blobs/{blob_id}").status_code == 403


def test_a_relay_database_from_0001_upgrades_and_keeps_its_devices(
    tmp_path: Path, database_url: str | None
) -> None:
    engine = make_engine(database_url or f"sqlite:///{tmp_path / 'old.db'}")
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(
            insert(Device.__table__).values(  # type: ignore[arg-type]
                id="ab" * 16,
                epoch="cd" * 8,
                sign_pk=b"k" * 32,
                label="old",
                status="active",
                enrolled_at=1.5,
            )
        )
    upgrade(engine)
    with engine.connect() as conn:
        row = conn.execute(
            select(Device.label, Device.last_seen_at, Device.token_hash, Device.binding)
        ).one()
    assert tuple(row) == ("old", None, None, None)  # 0003: the desk confirms it by hand
    engine.dispose()
