"""The relay's rules, apart from HTTP: enrollment, sign-in, envelopes, receipts, uploads.

Each method is one transaction (a batch that races a concurrent copy of itself is retried
with one savepoint per envelope). Idempotency comes from the database's unique keys
(envelope id; device, epoch and sequence; one receipt per envelope), so retries after lost
responses return what was stored and never create a second row.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import time
from dataclasses import dataclass, field
from typing import Any

from nacl.signing import SigningKey
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from registry.blobstore import BlobStore
from registry.db import Database
from registry.keys import LiveKeys, RelayKeys
from registry.models import (
    AuthNonce,
    AuthSession,
    Blob,
    Device,
    EnrollToken,
    Envelope,
    EnvelopeBlob,
    Receipt,
    Upload,
)
from sync.envelope import SignatureInvalid, read_envelope, verify_signature
from sync.protocol import (
    TAG_DEVICE_CERT,
    TAG_ENVELOPE,
    TAG_RECEIPT,
    DeviceCert,
    EnvelopeBody,
    ProtocolError,
    ReceiptBody,
    Signed,
    auth_message,
    epoch_message,
    next_epoch,
    sha256,
    signed_message,
)

log = logging.getLogger("defender.registry")

NONCE_TTL = 60.0
SESSION_TTL = 900.0
ENROLL_TTL = 24 * 3600.0
MAX_MISSING_REPORTED = 100
RECEIPT_NUMBERING_LOCK = 0x48524452  # PostgreSQL advisory lock key ("HRDR")


class RelayError(Exception):
    """An answer other than success: HTTP status, a stable error code, and safe details."""

    def __init__(self, status: int, code: str, **extra: Any) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.extra = extra


@dataclass
class Answer:
    status: int
    body: dict[str, Any] = field(default_factory=dict)


def _hash_secret(secret: bytes) -> str:
    return hashlib.sha256(secret).hexdigest()


def iso(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, dt.UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class _Checked:
    envelope_id: str
    envelope_hash: str
    data: bytes
    body: EnvelopeBody


class Relay:
    def __init__(self, db: Database, keys: RelayKeys | LiveKeys, store: BlobStore) -> None:
        self.db = db
        self._keys = keys
        self.store = store

    @property
    def keys(self) -> RelayKeys:
        """The keys in use; with LiveKeys, under the newest config the root signed."""
        return self._keys.current() if isinstance(self._keys, LiveKeys) else self._keys

    @property
    def registry_key_ids(self) -> set[bytes]:
        return {k.id for k in self.keys.config.registry_keys}

    # ------------------------------------------------------------------ enrollment
    def issue_enroll_token(self, now: float | None = None) -> bytes:
        token = os.urandom(16)
        now = now or time.time()
        with self.db.transaction() as s:
            s.add(
                EnrollToken(
                    token_hash=_hash_secret(token), created_at=now, expires_at=now + ENROLL_TTL
                )
            )
        return token

    def enroll(
        self, token: bytes, device_pk: bytes, label: str, binding: bytes | None = None
    ) -> tuple[str, str, bytes]:
        """A one-time token buys a device id, an epoch and a certificate for the device key.

        The same token and key again (the answer was lost) get the same device back; the
        token never enrolls a second key. The token's hash and the device's `binding` (made
        with a desk-issued code) are kept for the desk, which checks the binding itself.
        """
        now = time.time()
        device_id, epoch = os.urandom(16).hex(), os.urandom(8).hex()
        token_hash = _hash_secret(token)
        with self.db.transaction() as s:
            row = s.get(EnrollToken, token_hash)
            if row is None or row.expires_at <= now:
                raise RelayError(401, "enroll_token_invalid")
            if row.used_by is not None:
                device = s.get(Device, row.used_by)
                if device is None or device.sign_pk != device_pk or device.status != "active":
                    raise RelayError(401, "enroll_token_invalid")
            else:
                row.used_by = device_id
                device = Device(
                    id=device_id,
                    epoch=epoch,
                    sign_pk=device_pk,
                    label=label,
                    enrolled_at=now,
                    token_hash=token_hash,
                    binding=binding,
                )
                s.add(device)
        log.info("device enrolled device=%s", device.id)
        return device.id, device.epoch, self.device_cert(device)

    def device_cert(self, device: Device) -> bytes:
        """The device's certificate and the relay's signature: the same bytes every time
        (issued at enrollment; Ed25519 signatures are deterministic)."""
        cert = DeviceCert(
            bytes.fromhex(device.id),
            bytes.fromhex(device.epoch),
            device.sign_pk,
            self.keys.org_fingerprint,
            iso(device.enrolled_at),
        ).encode()
        return cert + _sign(self.keys.signing_seed, TAG_DEVICE_CERT, cert)

    def new_epoch(self, device: Device, from_epoch: str, sig: bytes) -> tuple[str, bytes]:
        """Start a new sequence for a device whose vault was restored from a backup (fault
        row 15), or whose waiting envelopes go to a rotated registry key (row 12), on a
        request signed by the device key; the old epoch's envelopes stay.

        The new epoch follows from the signed request, so a retry after a lost answer gets
        the same epoch and certificate back.
        """
        device_id, old = bytes.fromhex(device.id), bytes.fromhex(from_epoch)
        message = epoch_message(self.keys.org_fingerprint, device_id, old)
        try:
            verify_signature(device.sign_pk, b"", message, sig)
        except SignatureInvalid:
            raise RelayError(401, "signature_invalid") from None
        epoch = next_epoch(device_id, old, sig).hex()
        with self.db.transaction() as s:
            s.execute(
                update(Device)
                .where(Device.id == device.id, Device.epoch == from_epoch)
                .values(epoch=epoch)
            )
            row = s.get(Device, device.id, populate_existing=True)
            assert row is not None
            if row.epoch != epoch:
                raise RelayError(409, "epoch_conflict", device_epoch=row.epoch)
            log.info("device epoch started device=%s epoch=%s", device.id, epoch)
            return epoch, self.device_cert(row)

    def revoke(self, device_id: str) -> bool:
        now = time.time()
        with self.db.transaction() as s:
            done = s.execute(
                update(Device)
                .where(Device.id == device_id, Device.status == "active")
                .values(status="revoked", revoked_at=now)
            )
            s.execute(delete(AuthSession).where(AuthSession.device_id == device_id))
            return bool(done.rowcount)  # type: ignore[attr-defined]

    # ------------------------------------------------------------------ sign-in
    def challenge(self, device_id: str) -> str:
        with self.db.transaction() as s:
            device = s.get(Device, device_id)
            if device is None:
                raise RelayError(401, "unknown_device")
            if device.status != "active":
                raise RelayError(403, "device_revoked")
            return add_nonce(s, device_id, time.time())

    def open_session(self, device_id: str, nonce: str, sig: bytes) -> str:
        """A bearer token for a device that signed a fresh, unused nonce."""
        now = time.time()
        with self.db.transaction() as s:
            device = s.get(Device, device_id)
            if device is None:
                raise RelayError(401, "unknown_device")
            if device.status != "active":
                raise RelayError(403, "device_revoked")
            spend_nonce(s, device_id, nonce, now)
        # The nonce is spent whatever follows: a failed signature must not leave it reusable.
        message = auth_message(
            self.keys.org_fingerprint, bytes.fromhex(device_id), bytes.fromhex(nonce)
        )
        try:
            verify_signature(device.sign_pk, b"", message, sig)
        except SignatureInvalid:
            raise RelayError(401, "signature_invalid") from None
        with self.db.transaction() as s:
            s.execute(update(Device).where(Device.id == device_id).values(last_seen_at=now))
            return add_session(s, device_id, now)

    def authenticate(self, token_hex: str) -> Device:
        """The device behind a bearer token; 401 if unknown or expired, 403 once revoked."""
        with self.db.reading() as s:
            owner = session_owner(s, token_hex)
            device = None if owner is None else s.get(Device, owner)
            if device is None:
                raise RelayError(401, "token_invalid")
            if device.status != "active":
                raise RelayError(403, "device_revoked")
            return device

    # ------------------------------------------------------------------ envelopes
    def ingest(self, device: Device, data: bytes, idempotency_key: str) -> Answer:
        """Store a signed envelope once; a retry gets the stored state, other content 409."""
        checked = self._check(device, data)
        if checked.envelope_id != idempotency_key.lower():
            raise RelayError(400, "idempotency_key_mismatch")
        (answer,) = self.ingest_checked(device, [checked])
        if isinstance(answer, RelayError):
            raise answer
        return answer

    def ingest_batch(self, device: Device, items: list[bytes]) -> list[Answer | RelayError]:
        """Several envelopes at once: one answer each, exactly as `ingest` would give it."""
        checked: list[_Checked | RelayError] = []
        for data in items:
            try:
                checked.append(self._check(device, data))
            except RelayError as exc:
                checked.append(exc)
        return self.ingest_checked(device, checked)

    def ingest_checked(
        self, device: Device, checked: list[_Checked | RelayError]
    ) -> list[Answer | RelayError]:
        try:
            with self.db.transaction() as s:
                answers = self._store_many(s, device, checked)
                _report_gaps(s, device, answers)
                return answers
        except IntegrityError:
            pass
        # A concurrent request stored some of the same envelopes first: one savepoint each,
        # so every envelope still gets the answer a retry would.
        with self.db.transaction() as s:
            answers = []
            for item in checked:
                try:
                    with s.begin_nested():
                        answers += self._store_many(s, device, [item])
                except IntegrityError:
                    answers.append(self._replay(s, item))
            _report_gaps(s, device, answers)
            return answers

    def _check(self, device: Device, data: bytes) -> _Checked:
        """Everything that needs no database: format, signer, signature, epoch, key id."""
        try:
            signed, body = read_envelope(data)
        except ProtocolError:
            raise RelayError(400, "envelope_malformed") from None
        if body.device_id.hex() != device.id:
            raise RelayError(401, "signature_invalid")
        try:
            verify_signature(device.sign_pk, TAG_ENVELOPE, signed.body, signed.sig)
        except SignatureInvalid:
            raise RelayError(401, "signature_invalid") from None
        if body.registry_key_id not in self.registry_key_ids:
            raise RelayError(422, "unknown_registry_key")
        return _Checked(body.envelope_id.hex(), sha256(data).hex(), data, body)

    def _replay(self, s: Session, checked: _Checked | RelayError) -> Answer | RelayError:
        if isinstance(checked, RelayError):
            return checked
        existing = s.get(Envelope, checked.envelope_id)
        if existing is None or existing.envelope_hash != checked.envelope_hash:
            return RelayError(409, "envelope_conflict")
        return self._state(s, existing)

    def _store_many(
        self, s: Session, device: Device, checked: list[_Checked | RelayError]
    ) -> list[Answer | RelayError]:
        """Store new envelopes (the whole batch read in a few queries, written in one flush)
        and answer each: committed with its receipt, awaiting blobs, or why not."""
        valid = [c for c in checked if isinstance(c, _Checked)]
        known = {
            row.envelope_id: row
            for row in s.scalars(
                select(Envelope).where(Envelope.envelope_id.in_([c.envelope_id for c in valid]))
            )
        }
        seqs = {c.body.device_seq + d for c in valid for d in (-1, 0)}
        chain: dict[int, str] = dict(
            s.execute(
                select(Envelope.device_seq, Envelope.envelope_hash).where(
                    Envelope.device_id == device.id,
                    Envelope.device_epoch == device.epoch,
                    Envelope.device_seq.in_(seqs),
                )
            ).all()
        )
        blob_ids = [ref.id.hex() for c in valid for ref in c.body.blobs]
        published = dict(
            s.execute(select(Blob.blob_id, Blob.length).where(Blob.blob_id.in_(blob_ids))).all()
        )
        started = set(
            s.scalars(
                select(Upload.blob_id).where(
                    Upload.device_id == device.id, Upload.blob_id.in_(blob_ids)
                )
            )
        )
        results: list[Answer | RelayError | Envelope] = []
        complete: list[tuple[int, Envelope, EnvelopeBody]] = []
        now = time.time()
        for item in checked:
            if isinstance(item, RelayError):
                results.append(item)
                continue
            body, row = item.body, known.get(item.envelope_id)
            if row is not None:
                same = row.envelope_hash == item.envelope_hash
                results.append(row if same else RelayError(409, "envelope_conflict"))
                continue
            if body.device_epoch.hex() != device.epoch:
                # (an earlier epoch's envelope the relay holds is answered just above)
                results.append(RelayError(400, "wrong_epoch"))
                continue
            if body.device_seq in chain:
                results.append(RelayError(409, "sequence_conflict"))
                continue
            before = chain.get(body.device_seq - 1)
            if before is not None and before != body.prev.hex():
                results.append(RelayError(409, "chain_conflict"))
                continue
            refs = [(ref.id.hex(), ref.length) for ref in body.blobs]
            if any(b in published and published[b] != n for b, n in refs):
                results.append(RelayError(422, "blob_length_mismatch"))
                continue
            row = Envelope(
                envelope_id=item.envelope_id,
                device_id=device.id,
                device_epoch=device.epoch,
                device_seq=body.device_seq,
                envelope_hash=item.envelope_hash,
                data=item.data,
                size=len(item.data),
                state="awaiting_blobs",
                received_at=now,
            )
            s.add(row)
            s.add_all(
                EnvelopeBlob(envelope_id=item.envelope_id, blob_id=b, length=n) for b, n in refs
            )
            # The envelope declares each blob's id and length: it is the tus creation request
            # too, so the device can PATCH at once (POST /v1/blobs stays for anything else).
            for b, n in refs:
                if b not in published and b not in started:
                    s.add(
                        Upload(blob_id=b, device_id=device.id, length=n, offset=0, updated_at=now)
                    )
                    started.add(b)
            known[item.envelope_id] = row
            chain[body.device_seq] = item.envelope_hash
            log.info(
                "envelope stored id=%s device=%s seq=%d bytes=%d blobs=%d",
                item.envelope_id,
                device.id,
                body.device_seq,
                len(item.data),
                len(refs),
            )
            if all(b in published for b, _ in refs):
                complete.append((len(results), row, body))
            results.append(row)
        s.flush()
        receipts = self._issue_receipts(s, [(row, body) for _, row, body in complete])
        issued = {index: receipt for (index, _, _), receipt in zip(complete, receipts, strict=True)}
        return [
            self._committed(issued[i])
            if i in issued
            else (self._state(s, r) if isinstance(r, Envelope) else r)
            for i, r in enumerate(results)
        ]

    def commit(self, device: Device, envelope_id: str) -> Answer:
        with self.db.transaction() as s:
            row = s.get(Envelope, envelope_id)
            if row is None or row.device_id != device.id:
                raise RelayError(404, "envelope_unknown")
            answer = self._state(s, row)
            if answer.body["state"] != "committed":
                raise RelayError(409, "blobs_missing", missing=answer.body["missing"])
            return answer

    def _state(self, s: Session, row: Envelope) -> Answer:
        """The envelope's state; commits it (signing the receipt) once every blob is in."""
        receipt = s.scalar(select(Receipt).where(Receipt.envelope_id == row.envelope_id))
        if receipt is None:
            missing = _missing_blobs(s, row.envelope_id)
            if missing:
                return Answer(201, {"state": row.state, "missing": missing})
            (receipt,) = self._issue_receipts(s, [(row, read_envelope(row.data)[1])])
        return self._committed(receipt)

    @staticmethod
    def _committed(receipt: Receipt) -> Answer:
        return Answer(200, {"state": "committed", "receipt": receipt.data, "missing": []})

    def _issue_receipts(
        self, s: Session, rows: list[tuple[Envelope, EnvelopeBody]]
    ) -> list[Receipt]:
        """Number (server_seq), sign and store the receipts of complete envelopes."""
        if not rows:
            return []
        if s.get_bind().dialect.name == "postgresql":
            # Numbers are then handed out in commit order, so a reader paging by server_seq
            # (the registry desk) never passes a number whose transaction is still open.
            s.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": RECEIPT_NUMBERING_LOCK})
        now = time.time()
        receipts = [
            Receipt(
                envelope_id=row.envelope_id,
                device_id=row.device_id,
                device_epoch=row.device_epoch,
                device_seq=row.device_seq,
                data=b"",
                created_at=now,
            )
            for row, _ in rows
        ]
        s.add_all(receipts)
        s.flush()  # assigns server_seq, which the signed body carries
        for (row, body), receipt in zip(rows, receipts, strict=True):
            receipt.data = sign_receipt(
                ReceiptBody(
                    envelope_id=body.envelope_id,
                    envelope_hash=bytes.fromhex(row.envelope_hash),
                    device_id=body.device_id,
                    device_epoch=body.device_epoch,
                    device_seq=body.device_seq,
                    blobs=body.blobs,
                    server_seq=receipt.server_seq,
                    received_at=iso(now),
                    server_key_id=self.keys.config.server_key_id,
                ),
                self.keys.signing_seed,
            )
            row.state = "committed"
            log.info("receipt issued id=%s server_seq=%d", row.envelope_id, receipt.server_seq)
        return receipts

    def receipts(self, device: Device, after_seq: int, limit: int) -> list[bytes]:
        with self.db.reading() as s:
            rows = s.scalars(
                select(Receipt.data)
                .where(
                    Receipt.device_id == device.id,
                    Receipt.device_epoch == device.epoch,
                    Receipt.device_seq > after_seq,
                )
                .order_by(Receipt.device_seq)
                .limit(limit)
            )
            return list(rows)

    def device_status(self, device: Device) -> dict[str, Any]:
        with self.db.reading() as s:
            head = s.execute(
                select(Envelope.device_seq, Envelope.envelope_hash)
                .where(Envelope.device_id == device.id, Envelope.device_epoch == device.epoch)
                .order_by(Envelope.device_seq.desc())
                .limit(1)
            ).first()
            gaps = _missing_seqs(s, device)
        highest = int(head[0]) if head else 0
        contiguous = (gaps[0] - 1) if gaps else highest
        return {
            "status": device.status,
            "device_epoch": device.epoch,
            "max_contiguous_seq": contiguous,
            "missing_seqs": gaps,
            # the epoch's newest envelope: a device that never sealed it was restored
            "max_seq": highest,
            "max_seq_hash": head[1] if head else None,
        }

    # ------------------------------------------------------------------ blobs
    def declared_length(self, s: Session, device: Device, blob_id: str) -> int:
        """The blob's length as this device's envelopes declare it; 404 if none does."""
        length = s.scalar(
            select(EnvelopeBlob.length)
            .join(Envelope, Envelope.envelope_id == EnvelopeBlob.envelope_id)
            .where(EnvelopeBlob.blob_id == blob_id, Envelope.device_id == device.id)
            .limit(1)
        )
        if length is None:
            raise RelayError(404, "blob_unknown")
        return int(length)

    def upload_offset(self, device: Device, blob_id: str) -> tuple[int, int] | None:
        """(offset, length) of the upload; the offset is the durable one. None if not created."""
        with self.db.reading() as s:
            length = self.declared_length(s, device, blob_id)
            if s.get(Blob, blob_id) is not None:
                return length, length
            upload = s.get(Upload, (blob_id, device.id))
            if upload is None:
                return None
            return min(upload.offset, self.store.part_size(blob_id, device.id)), length

    def create_upload(self, device: Device, blob_id: str, length: int) -> int:
        with self.db.transaction() as s:
            if length != self.declared_length(s, device, blob_id):
                raise RelayError(400, "length_mismatch")
            if s.get(Blob, blob_id) is not None:
                return length
            upload = s.get(Upload, (blob_id, device.id))
            if upload is None:
                s.add(
                    Upload(
                        blob_id=blob_id,
                        device_id=device.id,
                        length=length,
                        offset=0,
                        updated_at=time.time(),
                    )
                )
                return 0
            return upload.offset

    def record_offset(self, device: Device, blob_id: str, offset: int) -> None:
        with self.db.transaction() as s:
            s.execute(
                update(Upload)
                .where(Upload.blob_id == blob_id, Upload.device_id == device.id)
                .values(offset=offset, updated_at=time.time())
            )

    def finish_upload(
        self, device: Device, blob_id: str, length: int, digest: str | None = None
    ) -> bool:
        """Verify the complete .part against the id (`digest`: its SHA-256 if computed while
        it was received); publish it, or discard it (False)."""
        if (digest or self.store.part_sha256(blob_id, device.id)) != blob_id:
            self.store.discard(blob_id, device.id)
            with self.db.transaction() as s:
                s.execute(
                    delete(Upload).where(Upload.blob_id == blob_id, Upload.device_id == device.id)
                )
            log.info("blob rejected id=%s bytes=%d reason=hash_mismatch", blob_id, length)
            return False
        self.store.publish(blob_id, device.id)
        with self.db.transaction() as s:
            if s.get(Blob, blob_id) is None:
                s.add(Blob(blob_id=blob_id, length=length, published_at=time.time()))
            s.execute(
                delete(Upload).where(Upload.blob_id == blob_id, Upload.device_id == device.id)
            )
        log.info("blob published id=%s bytes=%d", blob_id, length)
        return True


def add_nonce(s: Session, owner: str, now: float) -> str:
    """A single-use sign-in nonce for `owner` (a device id, or the desk's reserved name)."""
    nonce = os.urandom(32).hex()
    s.execute(delete(AuthNonce).where(AuthNonce.expires_at < now - NONCE_TTL))
    s.add(AuthNonce(nonce=nonce, device_id=owner, expires_at=now + NONCE_TTL))
    return nonce


def spend_nonce(s: Session, owner: str, nonce: str, now: float) -> None:
    """Use up a nonce issued to `owner`; 401 if it is unknown, someone else's, used or stale."""
    consumed = s.execute(
        update(AuthNonce)
        .where(
            AuthNonce.nonce == nonce,
            AuthNonce.device_id == owner,
            AuthNonce.used.is_(False),
            AuthNonce.expires_at > now,
        )
        .values(used=True)
    )
    if consumed.rowcount != 1:  # type: ignore[attr-defined]
        raise RelayError(401, "nonce_invalid")


def add_session(s: Session, owner: str, now: float) -> str:
    """A new bearer token (hex) for `owner`; only its hash is stored."""
    token = os.urandom(32)
    s.execute(delete(AuthSession).where(AuthSession.expires_at < now))
    s.add(
        AuthSession(token_hash=_hash_secret(token), device_id=owner, expires_at=now + SESSION_TTL)
    )
    return token.hex()


def session_owner(s: Session, token_hex: str) -> str | None:
    """Whose bearer token this is (a device id or the desk's reserved name); None if unknown
    or expired."""
    try:
        token = bytes.fromhex(token_hex)
    except ValueError:
        return None
    row = s.get(AuthSession, _hash_secret(token))
    if row is None or row.expires_at < time.time():
        return None
    return row.device_id


def _sign(seed: bytes, tag: bytes, body: bytes) -> bytes:
    return bytes(SigningKey(seed).sign(signed_message(tag, body)).signature)


def sign_receipt(body: ReceiptBody, server_seed: bytes) -> bytes:
    """The receipt as sent: {body, sig}, signed over the tag "HRD-RCPT-v1" and the body."""
    body_bytes = body.encode()
    return Signed(body_bytes, _sign(server_seed, TAG_RECEIPT, body_bytes)).encode()


def _report_gaps(s: Session, device: Device, answers: list[Answer | RelayError]) -> None:
    """Warn, on the last stored answer, of sequence numbers the relay never received."""
    last = next((a for a in reversed(answers) if isinstance(a, Answer)), None)
    gaps = _missing_seqs(s, device) if last is not None else []
    if last is not None and gaps:
        last.body["warnings"] = ["gap"]
        last.body["missing_seqs"] = gaps


def _missing_blobs(s: Session, envelope_id: str) -> list[str]:
    rows = s.execute(
        select(EnvelopeBlob.blob_id)
        .outerjoin(Blob, Blob.blob_id == EnvelopeBlob.blob_id)
        .where(EnvelopeBlob.envelope_id == envelope_id, Blob.blob_id.is_(None))
        .order_by(EnvelopeBlob.length, EnvelopeBlob.blob_id)
    )
    return [r[0] for r in rows]


def _missing_seqs(s: Session, device: Device) -> list[int]:
    mine = (Envelope.device_id == device.id, Envelope.device_epoch == device.epoch)
    count, top = s.execute(select(func.count(), func.max(Envelope.device_seq)).where(*mine)).one()
    if not top or count == top:
        return []
    seqs = s.scalars(
        select(Envelope.device_seq)
        .where(Envelope.device_id == device.id, Envelope.device_epoch == device.epoch)
        .order_by(Envelope.device_seq)
    )
    missing: list[int] = []
    expected = 1
    for seq in seqs:
        if seq > expected:
            missing.extend(range(expected, min(seq, expected + MAX_MISSING_REPORTED)))
        expected = seq + 1
        if len(missing) >= MAX_MISSING_REPORTED:
            break
    return missing[:MAX_MISSING_REPORTED]
