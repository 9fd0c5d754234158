"""The transactional outbox: sealed envelopes waiting for the relay, and their receipts.

Finalizing a case runs `on_finalize` inside the finalize transaction, so the sealed envelope
and its outbox row commit together with the state change, or not at all. Before enrollment
there is nothing to seal to: the row is queued "unsealed" and sealed at enrollment, still
from the immutable frozen version. A row becomes "delivered" only with a verified receipt (a
database trigger refuses it otherwise), and only then may the local copy be deleted.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import (
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from forms.errors import UserFacingError
from forms.text import QT_TRANSLATE_NOOP
from storage.atomic import fsync_dir
from storage.audit import append_audit, append_audits
from storage.clock import utc_now
from storage.custody import append_custody
from storage.database import Database
from storage.device import (
    DeviceIdentity,
    advance,
    load_identity,
    next_position,
    start_epoch,
    store_identity,
    update_config,
)
from storage.media import MediaDamaged, MediaStore
from storage.orm import (
    ActRow,
    Base,
    CasePersonRow,
    CaseRow,
    EvidenceRow,
    InvolvementRow,
    MetaRow,
    PersonRow,
    RecordVersionRow,
    TestimonyRow,
)
from storage.records import Changes, Saved, touched
from storage.rows import get_row

DELETE_AFTER_DELIVERY = "sync.delete_after_delivery"

UNSEALED = "unsealed"  # queued before enrollment
PENDING = "pending"  # sealed, not yet accepted by the relay
AWAITING_BLOBS = "awaiting_blobs"  # the relay holds the envelope, some blobs still to send
DELIVERED = "delivered"  # a verified receipt is stored
REJECTED = "rejected"  # the relay refused it for good; a person must look


class OutboxRow(Base):
    __tablename__ = "sync_outbox"
    envelope_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36))
    record_version: Mapped[int] = mapped_column(Integer)
    device_seq: Mapped[int | None] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16), index=True)
    envelope: Mapped[bytes | None] = mapped_column(LargeBinary)
    envelope_hash: Mapped[str | None] = mapped_column(String(64))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String(32))
    delivered_at: Mapped[str | None] = mapped_column(String(32))


class OutboxBlobRow(Base):
    __tablename__ = "sync_outbox_blobs"
    envelope_id: Mapped[str] = mapped_column(
        ForeignKey("sync_outbox.envelope_id", ondelete="CASCADE"), primary_key=True
    )
    blob_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    length: Mapped[int] = mapped_column(Integer)


class ReceiptRow(Base):
    __tablename__ = "sync_receipts"
    envelope_id: Mapped[str] = mapped_column(
        ForeignKey("sync_outbox.envelope_id"), primary_key=True
    )
    receipt: Mapped[bytes] = mapped_column(LargeBinary)
    server_seq: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[str] = mapped_column(String(64))
    verified_at: Mapped[str] = mapped_column(String(32))


class BlobUploadRow(Base):
    __tablename__ = "sync_blob_uploads"
    blob_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    length: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16))  # pending / complete / damaged
    updated_at: Mapped[str] = mapped_column(String(32))


class NotDelivered(UserFacingError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "This case cannot be deleted from this device yet: not every version of it has a "
        "verified receipt from the registry. Sync first.",
    )


# ------------------------------------------------------------------ sealing
@dataclass(frozen=True)
class FileToSeal:
    """A media file of the record: its ciphertext id and length, and what only the seal holds."""

    blob_id: str
    length: int
    file_key: bytes
    sha256_plain: str
    mime: str
    size_plain: int
    chunk_log2: int
    evidence_id: str


@dataclass(frozen=True)
class SealJob:
    identity: DeviceIdentity
    envelope_id: bytes
    device_seq: int
    prev: bytes
    record_id: str
    record_version: int
    record_json: str
    files: tuple[FileToSeal, ...]


@dataclass(frozen=True)
class SealedRecord:
    envelope: bytes
    envelope_hash: bytes


# (envelope id, receipt bytes, server_seq, received_at): a receipt the caller has verified.
Delivery = tuple[str, bytes, int, str]

# Provided by the composition root (sync.envelope behind it); storage never imports sync.
Sealer = Callable[[SealJob], SealedRecord]


# ------------------------------------------------------------------ what sync reads
@dataclass(frozen=True)
class OutgoingBlob:
    blob_id: str
    length: int


@dataclass(frozen=True)
class OutgoingEnvelope:
    envelope_id: str
    record_id: str
    device_seq: int
    state: str
    envelope: bytes
    envelope_hash: str
    blobs: tuple[OutgoingBlob, ...]


@dataclass(frozen=True)
class OutboxEntry:
    """One finalized version on its way to the registry, as the sync panel lists it."""

    envelope_id: str
    record_id: str
    record_version: int
    title: str  # the case's title, or its id once the local copy was deleted
    state: str
    last_error: str
    receipt_summary: str  # "receipt 42, 2026-03-14 …" once delivered


@dataclass(frozen=True)
class OutboxCounts:
    unsealed: int
    pending: int
    delivered: int
    rejected: int

    @property
    def waiting(self) -> int:
        """Entries not yet delivered (rejected ones included: they need a person)."""
        return self.unsealed + self.pending + self.rejected


class OutboxService:
    def __init__(self, db: Database, media: MediaStore, sealer: Sealer | None = None) -> None:
        self._db = db
        self._media = media
        self.sealer = sealer

    # -------------------------------------------------------------- the finalize hook
    def on_finalize(self, session: Session, case_id: str, version: int, snapshot: str) -> None:
        """Inside the finalize transaction: seal the frozen version and queue it, atomically."""
        row = _queue(session, case_id, version)
        identity = load_identity(session)
        if identity is not None and self.sealer is not None:
            self._seal(session, row, identity, snapshot)

    def _seal(self, s: Session, row: OutboxRow, identity: DeviceIdentity, snapshot: str) -> None:
        assert self.sealer is not None
        seq, prev = next_position(s)
        files = self._files(s, row.record_id)
        sealed = self.sealer(
            SealJob(
                identity,
                bytes.fromhex(row.envelope_id),
                seq,
                prev,
                row.record_id,
                row.record_version,
                snapshot,
                files,
            )
        )
        row.device_seq = seq
        row.envelope = sealed.envelope
        row.envelope_hash = sealed.envelope_hash.hex()
        row.state = PENDING
        s.add_all(
            OutboxBlobRow(envelope_id=row.envelope_id, blob_id=f.blob_id, length=f.length)
            for f in files
        )
        for f in files:
            if s.get(BlobUploadRow, f.blob_id) is None:
                s.add(
                    BlobUploadRow(
                        blob_id=f.blob_id,
                        length=f.length,
                        state="pending",
                        updated_at=utc_now(),
                    )
                )
        advance(s, sealed.envelope_hash)

    def _files(self, s: Session, case_id: str) -> tuple[FileToSeal, ...]:
        rows = s.scalars(
            select(EvidenceRow)
            .where(EvidenceRow.case_id == case_id, EvidenceRow.media_name.is_not(None))
            .order_by(EvidenceRow.imported_at, EvidenceRow.id)
        )
        files: dict[str, FileToSeal] = {}
        for r in rows:
            assert r.media_name and r.file_key
            path = self._media.path(r.media_name)
            blob_id = r.blob_id or _file_sha256(path)
            files.setdefault(
                blob_id,
                FileToSeal(
                    blob_id,
                    path.stat().st_size,
                    r.file_key,
                    r.sha256,
                    r.mime,
                    r.size_bytes,
                    r.chunk_log2,
                    r.id,
                ),
            )
        return tuple(files.values())

    def enqueue_missing(self) -> int:
        """Queue final versions that have no outbox entry (finalized before sync was wired)."""
        with self._db.transaction() as s:
            queued = select(OutboxRow.envelope_id).where(
                OutboxRow.record_id == RecordVersionRow.record_id,
                OutboxRow.record_version == RecordVersionRow.version,
            )
            missing = list(
                s.execute(
                    select(RecordVersionRow.record_id, RecordVersionRow.version)
                    .where(~queued.exists())
                    .order_by(RecordVersionRow.finalized_at)
                )
            )
            for record_id, version in missing:
                _queue(s, record_id, version)
            return len(missing)

    def seal_unsealed(self) -> int:
        """Seal what was queued before enrollment, oldest first, one transaction each."""
        sealed = 0
        while True:
            with self._db.transaction() as s:
                identity = load_identity(s)
                row = s.scalars(
                    select(OutboxRow)
                    .where(OutboxRow.state == UNSEALED)
                    .order_by(OutboxRow.created_at, OutboxRow.envelope_id)
                    .limit(1)
                ).first()
                if row is None or identity is None or self.sealer is None:
                    return sealed
                snapshot = get_row(
                    s, RecordVersionRow, "case", (row.record_id, row.record_version)
                ).snapshot
                self._seal(s, row, identity, snapshot)
                sealed += 1

    # -------------------------------------------------------------- identity
    def identity(self) -> DeviceIdentity | None:
        with self._db.reading() as s:
            return load_identity(s)

    def save_enrollment(
        self,
        *,
        device_id: bytes,
        device_epoch: bytes,
        signing_seed: bytes,
        label: str,
        server_url: str,
        org_root_pk: bytes,
        tls_pin: bytes | None,
        config: bytes,
        config_sig: bytes,
        device_cert: bytes,
    ) -> None:
        """Store a new enrollment; what was sealed under an older one is sealed again."""
        identity = DeviceIdentity(
            device_id,
            device_epoch,
            signing_seed,
            label,
            server_url,
            org_root_pk,
            tls_pin,
            config,
            config_sig,
            device_cert,
            utc_now(),
        )
        with self._db.transaction() as s:
            store_identity(s, identity)
            stale = select(OutboxRow.envelope_id).where(OutboxRow.state != DELIVERED)
            s.execute(delete(OutboxBlobRow).where(OutboxBlobRow.envelope_id.in_(stale)))
            s.execute(
                update(OutboxRow)
                .where(OutboxRow.state != DELIVERED)
                .values(state=UNSEALED, envelope=None, envelope_hash=None, device_seq=None)
            )
        self.seal_unsealed()

    def save_config(self, config: bytes, config_sig: bytes) -> None:
        with self._db.transaction() as s:
            update_config(s, config, config_sig)

    def start_epoch(self, device_epoch: bytes, device_cert: bytes) -> int:
        """Seal again, under a new epoch, what the relay has not accepted (fault row 15: this
        vault was restored from a backup and its sequence numbers are taken; row 12: it was
        sealed to a registry key since rotated, and goes to the new one). Each such entry gets
        a new envelope id, so no copy the relay may hold under the old epoch collides with it;
        entries the relay holds stay as they are. Returns how many were sealed.
        """
        with self._db.transaction() as s:
            start_epoch(s, device_epoch, device_cert)
            stale = list(s.scalars(select(OutboxRow).where(OutboxRow.state == PENDING)))
            s.execute(
                delete(OutboxBlobRow).where(
                    OutboxBlobRow.envelope_id.in_([r.envelope_id for r in stale])
                )
            )
            for row in stale:
                row.envelope_id = uuid.uuid4().hex
                row.state = UNSEALED
                row.envelope = row.envelope_hash = row.device_seq = None
            append_audit(s, "device", device_epoch.hex(), "new_epoch", f"resealed={len(stale)}")
        return self.seal_unsealed()

    def knows_envelope(self, envelope_hash: str) -> bool:
        """Whether this vault sealed the envelope with this hash (hex)."""
        with self._db.reading() as s:
            return (
                s.scalars(
                    select(OutboxRow.envelope_id)
                    .where(OutboxRow.envelope_hash == envelope_hash)
                    .limit(1)
                ).first()
                is not None
            )

    # -------------------------------------------------------------- what to send
    def pending(self) -> list[OutgoingEnvelope]:
        """Sealed envelopes not yet delivered, in sequence order (rejected ones stay put)."""
        with self._db.reading() as s:
            rows = list(
                s.scalars(
                    select(OutboxRow)
                    .where(OutboxRow.state.in_((PENDING, AWAITING_BLOBS)))
                    .order_by(OutboxRow.device_seq)
                )
            )
            blobs: dict[str, list[OutgoingBlob]] = {}
            for b in s.scalars(
                select(OutboxBlobRow).where(
                    OutboxBlobRow.envelope_id.in_([r.envelope_id for r in rows])
                )
            ):
                blobs.setdefault(b.envelope_id, []).append(OutgoingBlob(b.blob_id, b.length))
            result = []
            for r in rows:
                assert r.envelope is not None and r.envelope_hash and r.device_seq is not None
                result.append(
                    OutgoingEnvelope(
                        r.envelope_id,
                        r.record_id,
                        r.device_seq,
                        r.state,
                        r.envelope,
                        r.envelope_hash,
                        tuple(blobs.get(r.envelope_id, ())),
                    )
                )
            return result

    def blob_file(self, blob_id: str) -> Path | None:
        """The local ciphertext file uploaded under `blob_id` (None once deleted locally)."""
        with self._db.reading() as s:
            name = s.scalars(
                select(EvidenceRow.media_name)
                .where(EvidenceRow.blob_id == blob_id, EvidenceRow.media_name.is_not(None))
                .limit(1)
            ).first()
        return self._media.path(name) if name else None

    def blob_intact(self, blob_id: str) -> bool:
        """Whether the local file still hashes to its id and decrypts (fault row 6)."""
        with self._db.reading() as s:
            row = s.scalars(
                select(EvidenceRow).where(
                    EvidenceRow.blob_id == blob_id, EvidenceRow.media_name.is_not(None)
                )
            ).first()
            if row is None:
                return False
            name, key, log2, sha = row.media_name, row.file_key, row.chunk_log2, row.sha256
        assert name and key
        path = self._media.path(name)
        if not path.exists() or _file_sha256(path) != blob_id:
            return False
        plain = hashlib.sha256()
        try:
            for chunk in self._media.chunks(name, key, log2):
                plain.update(chunk)
        except (MediaDamaged, OSError):
            return False
        return plain.hexdigest() == sha

    # -------------------------------------------------------------- progress
    def mark_accepted(self, envelope_ids: Sequence[str]) -> None:
        """The relay holds these envelopes and waits for their blobs."""
        if not envelope_ids:
            return
        with self._db.transaction() as s:
            s.execute(
                update(OutboxRow)
                .where(OutboxRow.envelope_id.in_(envelope_ids), OutboxRow.state == PENDING)
                .values(state=AWAITING_BLOBS, last_error="")
            )

    def mark_blobs_uploaded(self, blob_ids: Sequence[str]) -> None:
        if not blob_ids:
            return
        with self._db.transaction() as s:
            s.execute(
                update(BlobUploadRow)
                .where(BlobUploadRow.blob_id.in_(blob_ids))
                .values(state="complete", updated_at=utc_now())
            )

    def mark_blob_damaged(self, blob_id: str) -> None:
        """The local file fails its check: keep everything, say so, never drop it silently."""
        with self._db.transaction() as s:
            s.execute(
                update(BlobUploadRow)
                .where(BlobUploadRow.blob_id == blob_id)
                .values(state="damaged", updated_at=utc_now())
            )
            for envelope_id in s.scalars(
                select(OutboxBlobRow.envelope_id).where(OutboxBlobRow.blob_id == blob_id)
            ):
                s.execute(
                    update(OutboxRow)
                    .where(OutboxRow.envelope_id == envelope_id, OutboxRow.state != DELIVERED)
                    .values(state=REJECTED, last_error="media file damaged")
                )

    def note_failure(self, envelope_id: str, error: str) -> None:
        with self._db.transaction() as s:
            s.execute(
                update(OutboxRow)
                .where(OutboxRow.envelope_id == envelope_id)
                .values(attempts=OutboxRow.attempts + 1, last_error=error[:200])
            )

    def mark_rejected(self, envelope_id: str, reason: str) -> None:
        with self._db.transaction() as s:
            s.execute(
                update(OutboxRow)
                .where(OutboxRow.envelope_id == envelope_id, OutboxRow.state != DELIVERED)
                .values(state=REJECTED, last_error=reason[:200])
            )

    def mark_delivered(self, deliveries: Sequence[Delivery]) -> Changes:
        """Store receipts the caller has verified, moving their entries to delivered, in one
        transaction (a crash before it only means asking the relay again: same receipts).

        With "delete the local copy after verified delivery" on, a case whose every version
        is now delivered is then deleted from this device.
        """
        now = utc_now()
        with self._db.transaction() as s:
            wanted = {d[0]: d for d in deliveries}
            rows = s.execute(
                select(OutboxRow.envelope_id, OutboxRow.record_id, OutboxRow.record_version).where(
                    OutboxRow.envelope_id.in_(list(wanted)), OutboxRow.state != DELIVERED
                )
            ).all()
            if not rows:
                return touched()
            ids = [r.envelope_id for r in rows]
            s.execute(
                insert(ReceiptRow),
                [
                    {
                        "envelope_id": i,
                        "receipt": wanted[i][1],
                        "server_seq": wanted[i][2],
                        "received_at": wanted[i][3],
                        "verified_at": now,
                    }
                    for i in ids
                ],
            )
            # the receipt names the envelope's hash; its bytes are no longer needed
            s.execute(
                update(OutboxRow)
                .where(OutboxRow.envelope_id.in_(ids))
                .values(state=DELIVERED, delivered_at=now, envelope=None, last_error="")
            )
            for evidence_id, envelope_id in s.execute(
                select(EvidenceRow.id, OutboxBlobRow.envelope_id)
                .join(OutboxBlobRow, OutboxBlobRow.blob_id == EvidenceRow.blob_id)
                .where(OutboxBlobRow.envelope_id.in_(ids))
            ):
                append_custody(
                    s,
                    evidence_id,
                    "transferred",
                    {
                        "to": "registry",
                        "envelope_id": envelope_id,
                        "server_seq": wanted[envelope_id][2],
                    },
                )
            append_audits(
                s,
                [
                    (
                        "case",
                        r.record_id,
                        "delivered",
                        f"version={r.record_version} server_seq={wanted[r.envelope_id][2]}",
                    )
                    for r in rows
                ],
            )
            records = {r.record_id for r in rows}
        changes = touched(cases=records)
        if records and self.delete_after_delivery:
            for record_id in sorted(records):
                if self._all_delivered(record_id):
                    changes = changes | self.delete_local_copy(record_id).changes
        return changes

    def counts(self) -> OutboxCounts:
        with self._db.reading() as s:
            by_state = dict(
                s.execute(select(OutboxRow.state, func.count()).group_by(OutboxRow.state)).all()
            )
        return OutboxCounts(
            unsealed=by_state.get(UNSEALED, 0),
            pending=by_state.get(PENDING, 0) + by_state.get(AWAITING_BLOBS, 0),
            delivered=by_state.get(DELIVERED, 0),
            rejected=by_state.get(REJECTED, 0),
        )

    def entries(self) -> list[OutboxEntry]:
        """Every version queued or delivered, newest first."""
        with self._db.reading() as s:
            rows = s.execute(
                select(OutboxRow, CaseRow.title, ReceiptRow.server_seq, ReceiptRow.verified_at)
                .outerjoin(CaseRow, CaseRow.id == OutboxRow.record_id)
                .outerjoin(ReceiptRow, ReceiptRow.envelope_id == OutboxRow.envelope_id)
                .order_by(OutboxRow.created_at.desc())
            )
            return [
                OutboxEntry(
                    row.envelope_id,
                    row.record_id,
                    row.record_version,
                    title or row.record_id,
                    row.state,
                    row.last_error,
                    f"receipt {seq}, {verified[:16]}" if seq is not None else "",
                )
                for row, title, seq, verified in rows
            ]

    def case_states(self) -> dict[str, str]:
        """The state of each case's newest queued version (for the case list's Sync column)."""
        states: dict[str, str] = {}
        with self._db.reading() as s:
            rows = s.execute(
                select(OutboxRow.record_id, OutboxRow.state).order_by(OutboxRow.record_version)
            )
            for record_id, state in rows:
                states[record_id] = state
        return states

    def receipt(self, envelope_id: str) -> bytes | None:
        with self._db.reading() as s:
            row = s.get(ReceiptRow, envelope_id)
            return row.receipt if row else None

    def last_error(self, envelope_id: str) -> str:
        with self._db.reading() as s:
            return get_row(s, OutboxRow, "case", envelope_id).last_error

    # -------------------------------------------------------------- the local copy
    @property
    def delete_after_delivery(self) -> bool:
        with self._db.reading() as s:
            row = s.get(MetaRow, DELETE_AFTER_DELIVERY)
            return row is not None and row.value == "1"

    @delete_after_delivery.setter
    def delete_after_delivery(self, on: bool) -> None:
        with self._db.transaction() as s:
            row = s.get(MetaRow, DELETE_AFTER_DELIVERY) or MetaRow(key=DELETE_AFTER_DELIVERY)
            row.value = "1" if on else "0"
            s.add(row)

    def _all_delivered(self, case_id: str) -> bool:
        with self._db.reading() as s:
            return _deliverable_state(s, case_id)

    def can_delete_local_copy(self, case_id: str) -> bool:
        """True once the case is final and every version of it has a verified receipt."""
        return self._all_delivered(case_id)

    def delete_local_copy(self, case_id: str) -> Saved[None]:
        """Delete a delivered case from this device: its versions, parts, people and media.

        Receipts, the audit log and custody chains stay (they hold ids and hashes, never
        content); persons still linked to another case stay. The database refuses the
        deletion itself unless every version has a verified receipt.
        """
        with self._db.transaction() as s:
            if not _deliverable_state(s, case_id):
                raise NotDelivered()
            evidence = list(
                s.execute(
                    select(EvidenceRow.id, EvidenceRow.media_name).where(
                        EvidenceRow.case_id == case_id
                    )
                )
            )
            people = _persons_of(s, case_id)
            for evidence_id, _ in evidence:
                append_custody(
                    s, evidence_id, "destroyed", {"reason": "local copy deleted after delivery"}
                )
            s.execute(delete(RecordVersionRow).where(RecordVersionRow.record_id == case_id))
            s.execute(delete(CaseRow).where(CaseRow.id == case_id))
            for person_id in people:
                if not _still_linked(s, person_id):
                    s.execute(delete(PersonRow).where(PersonRow.id == person_id))
            append_audit(s, "case", case_id, "local_copy_deleted")
        for _, name in evidence:
            if name:
                self._media.remove(name)
        fsync_dir(self._media.directory)
        self._checkpoint()
        return Saved(
            None, touched(cases=[case_id], persons=people, evidence=[e for e, _ in evidence])
        )

    def _checkpoint(self) -> None:
        """Move the deletion out of the WAL so old page images do not linger there."""
        raw = self._db.engine.raw_connection()
        try:
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
        finally:
            raw.close()


def _queue(s: Session, record_id: str, version: int) -> OutboxRow:
    row = OutboxRow(
        envelope_id=uuid.uuid4().hex,
        record_id=record_id,
        record_version=version,
        state=UNSEALED,
        attempts=0,
        last_error="",
        created_at=utc_now(),
    )
    s.add(row)
    s.flush()
    return row


def _deliverable_state(s: Session, case_id: str) -> bool:
    case = s.get(CaseRow, case_id)
    if case is None or case.state != "final":
        return False
    states = dict(
        s.execute(
            select(OutboxRow.record_version, OutboxRow.state).where(OutboxRow.record_id == case_id)
        ).all()
    )
    return states.get(case.version) == DELIVERED and all(v == DELIVERED for v in states.values())


def _persons_of(s: Session, case_id: str) -> list[str]:
    ids = set(s.scalars(select(CasePersonRow.person_id).where(CasePersonRow.case_id == case_id)))
    acts = list(s.execute(select(ActRow.id, ActRow.victim_id).where(ActRow.case_id == case_id)))
    ids |= {victim for _, victim in acts}
    ids |= set(
        s.scalars(
            select(InvolvementRow.perpetrator_id).where(
                InvolvementRow.act_id.in_([a for a, _ in acts])
            )
        )
    )
    ids |= {
        p
        for p in s.scalars(
            select(TestimonyRow.interviewee_id).where(TestimonyRow.case_id == case_id)
        )
        if p
    }
    return sorted(ids)


def _still_linked(s: Session, person_id: str) -> bool:
    checks = (
        select(CasePersonRow.person_id).where(CasePersonRow.person_id == person_id),
        select(ActRow.id).where(ActRow.victim_id == person_id),
        select(InvolvementRow.id).where(InvolvementRow.perpetrator_id == person_id),
        select(TestimonyRow.id).where(TestimonyRow.interviewee_id == person_id),
    )
    return any(s.scalars(q.limit(1)).first() is not None for q in checks)


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
