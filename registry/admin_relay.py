"""The registry desk's side of the relay: sign-in with the organisation root key, enrollment
tokens, devices and revocation, and the log of committed envelopes with their blobs.

The desk holds the root key; the relay knows only its public half. Admin nonces and sessions
live in the devices' tables under a reserved owner name that no device id can take (device ids
are hex), so a device token never opens an admin route and an admin token never opens a
device route.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from registry.models import Blob, Device, Envelope, EnvelopeBlob, Receipt
from registry.relay import (
    ENROLL_TTL,
    Relay,
    RelayError,
    add_nonce,
    add_session,
    session_owner,
    spend_nonce,
)
from sync.envelope import SignatureInvalid, verify_signature
from sync.protocol import MIB, admin_auth_message

log = logging.getLogger("defender.registry")

ADMIN = "admin"  # the owner of the desk's nonces and sessions
MAX_PAGE_BYTES = 32 * MIB  # envelope bytes in one page of the log, whatever the limit


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str
    device_epoch: str
    label: str
    status: str
    enrolled_at: float
    revoked_at: float | None
    last_seen_at: float | None
    cert: bytes  # the certificate and the relay's signature, as given at enrollment
    token_hash: str | None  # SHA-256 of the enrollment token it used, hex
    binding: bytes | None  # its HMAC under a desk-issued code's key; None for other codes


@dataclass(frozen=True)
class CommittedEnvelope:
    server_seq: int
    envelope: bytes  # the signed envelope exactly as the device sent it
    receipt: bytes
    blobs: tuple[tuple[str, int], ...]  # (blob id, length)


class AdminRelay:
    def __init__(self, relay: Relay) -> None:
        self.relay = relay
        self.db = relay.db

    # ------------------------------------------------------------------ sign-in
    def challenge(self) -> str:
        with self.db.transaction() as s:
            return add_nonce(s, ADMIN, time.time())

    def open_session(self, nonce: str, sig: bytes) -> str:
        """A bearer token for whoever signed a fresh nonce with the organisation root key."""
        now = time.time()
        with self.db.transaction() as s:
            spend_nonce(s, ADMIN, nonce, now)
        # The nonce is spent whatever follows, as for devices.
        keys = self.relay.keys
        try:
            verify_signature(
                keys.org_root_pk,
                b"",
                admin_auth_message(keys.org_fingerprint, bytes.fromhex(nonce)),
                sig,
            )
        except SignatureInvalid:
            log.info("admin sign-in refused reason=signature_invalid")
            raise RelayError(401, "signature_invalid") from None
        with self.db.transaction() as s:
            token = add_session(s, ADMIN, now)
        log.info("admin session opened")
        return token

    def authenticate(self, token_hex: str) -> None:
        """Pass for an admin token; 401 if unknown or expired, 403 for a device's token."""
        with self.db.reading() as s:
            owner = session_owner(s, token_hex)
        if owner is None:
            raise RelayError(401, "token_invalid")
        if owner != ADMIN:
            raise RelayError(403, "admin_only")

    # ------------------------------------------------------------------ devices
    def issue_enroll_token(self) -> tuple[bytes, float]:
        """A one-time enrollment token and when it expires."""
        now = time.time()
        token = self.relay.issue_enroll_token(now)
        log.info("enroll token issued by=admin")
        return token, now + ENROLL_TTL

    def devices(self) -> list[DeviceInfo]:
        with self.db.reading() as s:
            rows = list(s.scalars(select(Device).order_by(Device.enrolled_at, Device.id)))
        return [self._info(row) for row in rows]

    def revoke(self, device_id: str) -> DeviceInfo:
        """Revoke at once (sessions dropped, sign-in refused); idempotent; 404 if unknown."""
        if self.relay.revoke(device_id):
            log.info("device revoked device=%s by=admin", device_id)
        with self.db.reading() as s:
            row = s.get(Device, device_id)
        if row is None:
            raise RelayError(404, "device_unknown")
        return self._info(row)

    def _info(self, row: Device) -> DeviceInfo:
        return DeviceInfo(
            device_id=row.id,
            device_epoch=row.epoch,
            label=row.label,
            status=row.status,
            enrolled_at=row.enrolled_at,
            revoked_at=row.revoked_at,
            last_seen_at=row.last_seen_at,
            cert=self.relay.device_cert(row),
            token_hash=row.token_hash,
            binding=row.binding,
        )

    # ------------------------------------------------------------------ the committed log
    def envelopes(self, after: int, limit: int) -> list[CommittedEnvelope]:
        """Committed envelopes with server_seq > after, in order: at most `limit`, and at most
        MAX_PAGE_BYTES of envelopes (at least one, however large)."""
        with self.db.reading() as s:
            heads = s.execute(
                select(Receipt.server_seq, Envelope.size)
                .join(Envelope, Envelope.envelope_id == Receipt.envelope_id)
                .where(Receipt.server_seq > after)
                .order_by(Receipt.server_seq)
                .limit(limit)
            ).all()
            seqs: list[int] = []
            total = 0
            for seq, size in heads:
                if seqs and total + size > MAX_PAGE_BYTES:
                    break
                seqs.append(seq)
                total += size
            rows = s.execute(
                select(Receipt.server_seq, Receipt.envelope_id, Envelope.data, Receipt.data)
                .join(Envelope, Envelope.envelope_id == Receipt.envelope_id)
                .where(Receipt.server_seq.in_(seqs))
                .order_by(Receipt.server_seq)
            ).all()
            blobs: dict[str, list[tuple[str, int]]] = {}
            for envelope_id, blob_id, length in s.execute(
                select(EnvelopeBlob.envelope_id, EnvelopeBlob.blob_id, EnvelopeBlob.length)
                .where(EnvelopeBlob.envelope_id.in_([row[1] for row in rows]))
                .order_by(EnvelopeBlob.envelope_id, EnvelopeBlob.blob_id)
            ):
                blobs.setdefault(envelope_id, []).append((blob_id, length))
        log.info("envelopes listed by=admin after=%d count=%d bytes=%d", after, len(rows), total)
        return [
            CommittedEnvelope(seq, envelope, receipt, tuple(blobs.get(envelope_id, ())))
            for seq, envelope_id, envelope, receipt in rows
        ]

    def published_blob(self, blob_id: str) -> Path:
        """The file of a published blob; 404 if it is not published."""
        with self.db.reading() as s:
            published = s.get(Blob, blob_id) is not None
        path = self.relay.store.path(blob_id)
        if published and not path.is_file():
            log.error("published blob missing from the store id=%s", blob_id)
        if not published or not path.is_file():
            raise RelayError(404, "blob_unknown")
        return path
