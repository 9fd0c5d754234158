"""Storing one opened envelope at the desk: its provenance, record, media and index rows.

Helpers take a session and never commit: DeskService.import_envelope owns the transaction
and removes the media files copied here if it does not commit.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.audit import append_audit
from storage.clock import utc_now
from storage.desk_errors import EnvelopeConflict, UnreadableRecord
from storage.desk_index import index_record
from storage.desk_media import copy_blob
from storage.desk_records import Incoming, IncomingFile
from storage.desk_tables import DeskBlobRow, DeskEnvelopeRow, DeskFileRow, DeskRecordRow
from storage.media import MediaStore
from storage.snapshot import sha256_text

AUDIT_ENTITY = "registry"
_SNAPSHOT_PARTS = {"case": dict, "participants": list, "acts": list, "testimonies": list}


def store_envelope(s: Session, media: MediaStore, incoming: Incoming, copied: list[str]) -> bool:
    """Store `incoming` (True), or find it already stored (False); names of new files go
    into `copied` as they are written."""
    eid = incoming.envelope_id
    existing = s.get(DeskEnvelopeRow, eid)
    if existing is not None:
        if existing.envelope_hash != incoming.envelope_hash:
            raise EnvelopeConflict(envelope_id=eid)
        if existing.receipt is None and incoming.receipt is not None:
            _attach_receipt(s, existing, incoming)
        return False
    snapshot = _read_snapshot(incoming)
    files = {f.blob_id: f for f in incoming.files}  # one copy of a blob sent twice
    new_files = sum(_store_blob(s, media, f, eid, copied) for f in files.values())
    envelope = DeskEnvelopeRow(
        envelope_id=eid,
        envelope_hash=incoming.envelope_hash,
        envelope=incoming.envelope,
        device_id=incoming.device_id,
        device_epoch=incoming.device_epoch,
        device_seq=incoming.device_seq,
        prev=incoming.prev,
        record_id=incoming.record_id,
        record_version=incoming.record_version,
        snapshot=incoming.record,
        snapshot_sha256=sha256_text(incoming.record),
        via=incoming.via,
        receipt=incoming.receipt,
        server_seq=incoming.server_seq,
        received_at=incoming.received_at,
        imported_at=utc_now(),
    )
    s.add(envelope)
    s.flush()
    s.add_all(
        DeskFileRow(envelope_id=eid, blob_id=f.blob_id, evidence_id=f.evidence_id, mime=f.mime)
        for f in files.values()
    )
    current = s.scalars(
        select(DeskRecordRow).where(DeskRecordRow.record_id == incoming.record_id)
    ).first()
    versions = s.scalar(select(func.count()).where(DeskEnvelopeRow.record_id == incoming.record_id))
    assert versions is not None
    if current is None or incoming.record_version > current.version:
        index_record(s, current, envelope, snapshot, versions)
    else:
        current.versions = versions
    detail = (
        f"envelope={eid} version={incoming.record_version} device={incoming.device_id} "
        f"seq={incoming.device_seq} via={incoming.via} files={len(files)} new_files={new_files}"
    )
    append_audit(s, AUDIT_ENTITY, incoming.record_id, "received", detail)
    return True


def _store_blob(
    s: Session, media: MediaStore, f: IncomingFile, envelope_id: str, copied: list[str]
) -> bool:
    """Copy one ciphertext unless the same blob is already here; True when copied."""
    row = s.get(DeskBlobRow, f.blob_id)
    if row is not None and media.path(row.media_name).exists():
        return False
    name = copy_blob(media, f.path, f.blob_id, f.length, envelope_id)
    copied.append(name)
    if row is not None:  # its file went missing: this copy takes its place
        row.media_name = name
        return True
    s.add(
        DeskBlobRow(
            blob_id=f.blob_id,
            media_name=name,
            file_key=f.file_key,
            chunk_log2=f.chunk_log2,
            length=f.length,
            size_plain=f.size_plain,
            sha256_plain=f.sha256_plain,
            stored_at=utc_now(),
        )
    )
    return True


def _read_snapshot(incoming: Incoming) -> Mapping[str, Any]:
    """The record the envelope carries, if it is a snapshot of the record the envelope names."""
    try:
        snapshot = json.loads(incoming.record)
        ok = all(isinstance(snapshot[k], t) for k, t in _SNAPSHOT_PARTS.items())
        ok = ok and isinstance(snapshot["evidence"], list)
        ok = ok and snapshot["case"]["id"] == incoming.record_id
        ok = ok and snapshot["case"]["version"] == incoming.record_version
    except (ValueError, KeyError, TypeError):
        ok = False
    if not ok:
        raise UnreadableRecord(envelope_id=incoming.envelope_id)
    result: Mapping[str, Any] = snapshot
    return result


def _attach_receipt(s: Session, row: DeskEnvelopeRow, incoming: Incoming) -> None:
    """A courier copy later confirmed by the relay keeps that receipt (the first one only)."""
    row.receipt = incoming.receipt
    row.server_seq = incoming.server_seq
    row.received_at = incoming.received_at
    latest = s.scalars(
        select(DeskRecordRow).where(DeskRecordRow.envelope_id == row.envelope_id)
    ).first()
    if latest is not None:
        latest.received_at = incoming.received_at
    detail = f"envelope={row.envelope_id} server_seq={incoming.server_seq}"
    append_audit(s, AUDIT_ENTITY, row.record_id, "receipt_attached", detail)
