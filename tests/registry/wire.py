"""A bare device speaking the wire protocol to a relay (tests of the relay's rules, benches)."""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass, field, replace

import httpx
from nacl.signing import SigningKey

from registry.relay import Relay
from sync.envelope import FileEntry, InnerRecord, SealedEnvelope, seal_envelope
from sync.protocol import Signed, auth_message, fingerprint, sha256


@dataclass
class WireDevice:
    relay: Relay  # the relay's core, in this process, for tokens and its public keys
    http: httpx.Client
    seed: bytes = field(default_factory=lambda: os.urandom(32))
    device_id: str = ""
    epoch: str = ""
    token: str = ""
    seq: int = 0
    prev: bytes = b"\0" * 32

    def enroll(self) -> WireDevice:
        token = self.relay.issue_enroll_token()
        answer = self.http.post(
            "/v1/enroll",
            json={
                "enroll_token": token.hex(),
                "device_sign_pk": bytes(SigningKey(self.seed).verify_key).hex(),
            },
        )
        assert answer.status_code == 201, answer.text
        self.device_id, self.epoch = answer.json()["device_id"], answer.json()["device_epoch"]
        return self

    def nonce(self) -> str:
        answer = self.http.post("/v1/auth/challenge", json={"device_id": self.device_id})
        assert answer.status_code == 200, answer.text
        return str(answer.json()["nonce"])

    def session(self, nonce: str, seed: bytes | None = None) -> httpx.Response:
        message = auth_message(
            fingerprint(self.relay.keys.org_root_pk),
            bytes.fromhex(self.device_id),
            bytes.fromhex(nonce),
        )
        sig = SigningKey(seed or self.seed).sign(message).signature
        return self.http.post(
            "/v1/auth/session",
            json={
                "device_id": self.device_id,
                "nonce": nonce,
                "sig": base64.b64encode(sig).decode(),
            },
        )

    def sign_in(self) -> WireDevice:
        answer = self.session(self.nonce())
        assert answer.status_code == 200, answer.text
        self.token = answer.json()["token"]
        self.http.headers["Authorization"] = f"Bearer {self.token}"
        return self

    def envelope(
        self,
        blobs: list[bytes] = (),
        text: str = "{}",
        seq: int | None = None,
        seed: bytes | None = None,  # type: ignore[assignment]
    ) -> SealedEnvelope:
        if seq is None:
            self.seq += 1
            seq = self.seq
        files = tuple(
            FileEntry(hashlib.sha256(b).digest(), len(b), os.urandom(32), "00", "x", 1, 20, "e")
            for b in blobs
        )
        inner = InnerRecord(os.urandom(16), bytes.fromhex(self.device_id), seq, "r", 1, text, files)
        sealed = seal_envelope(
            inner,
            signing_seed=seed or self.seed,
            device_epoch=bytes.fromhex(self.epoch),
            prev=self.prev,
            registry_key=self.relay.keys.config.current_registry_key(),
            created_device_clock="2026-01-01T00:00:00+00:00",
        )
        self.prev = sealed.envelope_hash
        return sealed

    def resign(self, sealed: SealedEnvelope, **changes: object) -> SealedEnvelope:
        """The envelope with some outer fields changed, validly signed by this device again."""
        body = replace(sealed.body, **changes)  # type: ignore[arg-type]
        body_bytes = body.encode()
        sig = SigningKey(self.seed).sign(b"HRD-ENV-v1\0" + body_bytes).signature
        data = Signed(body_bytes, sig).encode()
        return SealedEnvelope(data, sha256(data), body)

    def post(self, sealed: SealedEnvelope, key: str | None = None) -> httpx.Response:
        return self.http.post(
            "/v1/envelopes",
            content=sealed.data,
            headers={
                "Idempotency-Key": key or sealed.body.envelope_id.hex(),
                "Content-Type": "application/cbor",
            },
        )

    def create(self, blob: bytes) -> httpx.Response:
        return self.http.post(
            "/v1/blobs",
            headers={
                "Upload-Length": str(len(blob)),
                "Upload-Metadata": "id " + base64.b64encode(hashlib.sha256(blob).digest()).decode(),
                "Tus-Resumable": "1.0.0",
            },
        )

    def patch(self, blob_id: str, offset: int, data: bytes) -> httpx.Response:
        return self.http.patch(
            f"/v1/blobs/{blob_id}",
            content=data,
            headers={
                "Upload-Offset": str(offset),
                "Content-Type": "application/offset+octet-stream",
                "Tus-Resumable": "1.0.0",
            },
        )
