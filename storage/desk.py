"""The registry desk's vault: the organisation's keys and every record version received.

The sync layer verifies and opens envelopes (relay or courier bundle) and hands each one to
`import_envelope`, which stores it whole with its provenance, copies its media ciphertext as
is, and re-indexes the record's latest version, in one transaction. Media stays encrypted on
disk; the file keys stay inside the encrypted database; plaintext exists only in memory.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from forms.errors import Label
from forms.text import QT_TRANSLATE_NOOP
from storage.atomic import fsync_dir
from storage.audit import append_audit
from storage.clock import utc_now
from storage.database import Database
from storage.desk_chain import chain_gaps
from storage.desk_confirmations import (
    BY_BINDING,
    BY_HAND,
    confirm,
    confirmed_keys,
    enroll_keys,
    keep_enroll_key,
)
from storage.desk_errors import DeviceKeyDiffers, OtherOrganisation
from storage.desk_export import export_document
from storage.desk_import import AUDIT_ENTITY, store_envelope
from storage.desk_index import device_labels, matching, matching_ids
from storage.desk_records import (
    ChainGap,
    DeskDevice,
    DeskFile,
    DeskKeys,
    Incoming,
    Provenance,
    RegistryFilter,
    RegistryRecord,
    RegistryRow,
    Report,
)
from storage.desk_report import count_acts, report_csv
from storage.desk_tables import (
    DeskBlobRow,
    DeskDeviceRow,
    DeskEnvelopeRow,
    DeskFileRow,
    DeskKeysRow,
    DeskRecordPerpetratorRow,
    DeskRecordRow,
    DeskRecordTypeRow,
    DeskRegistryKeyRow,
)
from storage.errors import NotFound
from storage.media import MediaDamaged, MediaReader, MediaStore
from storage.orm import MetaRow

PULL_CURSOR = "desk.pull_cursor"
REFUSED = (
    "desk.refused"  # JSON {server_seq: {"envelope": id, "reason": text}}, retried at each pull
)
_RECORD = Label("Errors", QT_TRANSLATE_NOOP("Errors", "registry record"))
_MEDIA = Label("Errors", QT_TRANSLATE_NOOP("Errors", "media file"))
_DEVICE = Label("Errors", QT_TRANSLATE_NOOP("Errors", "field device"))


class DeskService:
    def __init__(self, db: Database, media: MediaStore) -> None:
        self._db = db
        self._media = media

    # -------------------------------------------------------------- keys
    def keys(self) -> DeskKeys | None:
        with self._db.reading() as s:
            row = s.get(DeskKeysRow, 1)
            if row is None:
                return None
            registry = s.scalars(select(DeskRegistryKeyRow).order_by(DeskRegistryKeyRow.added_at))
            return DeskKeys(
                row.org_name,
                row.org_root_seed,
                {k.key_id: k.private_key for k in registry},
                row.relay_url,
                row.tls_pin,
            )

    def save_keys(self, keys: DeskKeys) -> None:
        """Replace the relay address, pin and name; add registry keys, never drop old ones."""
        now = utc_now()
        with self._db.transaction() as s:
            row = s.get(DeskKeysRow, 1)
            if row is not None and row.org_root_seed != keys.org_root_seed:
                raise OtherOrganisation()
            row = row or DeskKeysRow(id=1, org_root_seed=keys.org_root_seed)
            row.org_name, row.relay_url, row.tls_pin = keys.org_name, keys.relay_url, keys.tls_pin
            row.updated_at = now
            s.add(row)
            added = 0
            for key_id, private_key in keys.registry_keys.items():
                if s.get(DeskRegistryKeyRow, key_id) is None:
                    s.add(DeskRegistryKeyRow(key_id=key_id, private_key=private_key, added_at=now))
                    added += 1
            append_audit(s, AUDIT_ENTITY, "keys", "keys_saved", f"registry_keys_added={added}")

    def is_desk(self) -> bool:
        with self._db.reading() as s:
            return s.get(DeskKeysRow, 1) is not None

    # -------------------------------------------------------------- relay state
    def pull_cursor(self) -> int:
        with self._db.reading() as s:
            row = s.get(MetaRow, PULL_CURSOR)
            return int(row.value) if row else 0

    def set_pull_cursor(self, server_seq: int) -> None:
        with self._db.transaction() as s:
            row = s.get(MetaRow, PULL_CURSOR) or MetaRow(key=PULL_CURSOR)
            row.value = str(server_seq)
            s.add(row)

    def refused_seqs(self) -> dict[int, tuple[str, str]]:
        """Envelopes a pull could not import yet: server_seq -> (envelope id, reason)."""
        with self._db.reading() as s:
            row = s.get(MetaRow, REFUSED)
            kept = json.loads(row.value) if row else {}
            return {int(k): (v["envelope"], v["reason"]) for k, v in kept.items()}

    def note_refused(self, server_seq: int, envelope_id: str, reason: str) -> None:
        self._update_refused(
            lambda kept: kept.update(
                {str(server_seq): {"envelope": envelope_id, "reason": reason[:500]}}
            )
        )

    def forget_refused(self, server_seq: int) -> None:
        self._update_refused(lambda kept: kept.pop(str(server_seq), None))

    def _update_refused(self, change: Any) -> None:
        with self._db.transaction() as s:
            row = s.get(MetaRow, REFUSED) or MetaRow(key=REFUSED, value="{}")
            kept = json.loads(row.value)
            change(kept)
            row.value = json.dumps(kept, sort_keys=True)
            s.add(row)

    def save_devices(self, devices: Sequence[DeskDevice]) -> list[str]:
        """Take the relay's current list of field devices; returns the ids whose key changed.

        A device's signing key is pinned the first time the desk sees it: a relay that later
        lists another key for the same device (a compromised relay forging records) does not
        get it accepted. The device keeps its first key and shows as "key_changed".
        A device listed as `confirmed` (its binding verified under this desk's key) is
        confirmed for that key, and stays so whatever the relay lists later.
        """
        changed: list[str] = []
        with self._db.transaction() as s:
            pinned = {r.device_id: r.sign_pk for r in s.scalars(select(DeskDeviceRow))}
            s.execute(delete(DeskDeviceRow))
            for d in devices:
                key, status = d.sign_pk, d.status
                if d.device_id in pinned and pinned[d.device_id] != d.sign_pk:
                    changed.append(d.device_id)
                    key, status = pinned[d.device_id], KEY_CHANGED
                s.add(
                    DeskDeviceRow(
                        device_id=d.device_id,
                        device_epoch=d.device_epoch,
                        sign_pk=key,
                        label=d.label,
                        status=status,
                        enrolled_at=d.enrolled_at,
                        revoked_at=d.revoked_at,
                        last_seen_at=d.last_seen_at,
                    )
                )
            for d in devices:
                if d.confirmed and d.device_id not in changed:
                    confirm(s, d.device_id, d.sign_pk, BY_BINDING)
            listed = {d.device_id for d in devices}
            for device_id, key in pinned.items():  # a device the relay stopped listing stays
                if device_id not in listed:
                    s.add(_unlisted(device_id, key))
            if changed:
                append_audit(s, AUDIT_ENTITY, "devices", "key_changed", ",".join(changed))
        return changed

    def devices(self) -> list[DeskDevice]:
        with self._db.reading() as s:
            confirmed = confirmed_keys(s)
            rows = s.scalars(select(DeskDeviceRow).order_by(DeskDeviceRow.label))
            return [
                DeskDevice(
                    r.device_id,
                    r.device_epoch,
                    r.sign_pk,
                    r.label,
                    r.status,
                    r.enrolled_at,
                    r.revoked_at,
                    r.last_seen_at,
                    confirmed.get(r.device_id) == r.sign_pk,
                )
                for r in rows
            ]

    def confirm_device(self, device_id: str, sign_pk: bytes) -> DeskDevice:
        """A coordinator compared this key's fingerprint with the defender's: vouch for it.

        `sign_pk` is the key whose fingerprint was compared; the device's envelopes refused
        as unconfirmed are imported at the next pull.
        """
        with self._db.transaction() as s:
            row = s.get(DeskDeviceRow, device_id)
            if row is None:
                raise NotFound(kind=_DEVICE, record_id=device_id)
            if row.sign_pk != sign_pk:
                raise DeviceKeyDiffers(device=row.label or device_id[:12])
            confirm(s, device_id, sign_pk, BY_HAND)
        return next(d for d in self.devices() if d.device_id == device_id)

    def keep_enroll_key(self, token_hash: str, desk_key: bytes) -> None:
        """Keep the desk key of a code about to be handed out, by its token's SHA-256 (hex)."""
        with self._db.transaction() as s:
            keep_enroll_key(s, token_hash, desk_key)

    def enroll_keys(self) -> dict[str, bytes]:
        """The desk keys of the codes this desk issued: token hash (hex) -> desk key."""
        with self._db.reading() as s:
            return enroll_keys(s)

    def device_label(self, device_id: str) -> str:
        """The device's label from the relay's list; its id when unknown or unlabelled."""
        with self._db.reading() as s:
            return device_labels(s).get(device_id) or device_id

    # -------------------------------------------------------------- import
    def import_envelope(self, incoming: Incoming) -> bool:
        """Store one opened envelope; False when it was already here (a receipt may be added)."""
        return self.import_envelopes([incoming]) == 1

    def import_envelopes(self, incoming: Sequence[Incoming]) -> int:
        """Store opened envelopes all together or not at all (a courier bundle); the number new."""
        copied: list[str] = []
        try:
            with self._db.transaction() as s:
                return sum(store_envelope(s, self._media, i, copied) for i in incoming)
        except BaseException:
            for name in copied:
                self._media.remove(name)
            if copied:
                fsync_dir(self._media.directory)
            raise

    def collect_orphans(self) -> int:
        """Remove media files no blob row names (left by a crash mid-import) and .part files."""
        with self._db.reading() as s:
            known = set(s.scalars(select(DeskBlobRow.media_name)))
        if not self._media.directory.is_dir():
            return 0
        orphans = [n for n in self._media.names_on_disk() if n not in known]
        for name in orphans:
            self._media.remove(name)
        if orphans:
            fsync_dir(self._media.directory)
        return len(orphans)

    # -------------------------------------------------------------- chains
    def chain_gaps(self) -> list[ChainGap]:
        """Per device and epoch: sequence numbers never received, and links that do not hold."""
        with self._db.reading() as s:
            return chain_gaps(s)

    # -------------------------------------------------------------- reading
    def records(self, filters: RegistryFilter) -> list[RegistryRow]:
        """The latest version of each record that passes `filters`, newest start date first."""
        with self._db.reading() as s:
            rows = list(s.scalars(matching(filters)))
            types = _grouped(s, DeskRecordTypeRow.record_id, DeskRecordTypeRow.code, filters)
            perpetrators = _grouped(
                s,
                DeskRecordPerpetratorRow.record_id,
                DeskRecordPerpetratorRow.perpetrator_type,
                filters,
            )
            labels = device_labels(s)
        return [
            RegistryRow(
                r.record_id,
                r.version,
                r.folio,
                r.title,
                r.start_date,
                r.state_region,
                r.municipality,
                tuple(types.get(r.record_id, ())),
                tuple(perpetrators.get(r.record_id, ())),
                r.device_id,
                labels.get(r.device_id) or r.device_id,
                r.received_at,
                r.versions,
            )
            for r in rows
        ]

    def versions(self, record_id: str) -> list[Provenance]:
        """Every version received of a record, oldest first, with how each one arrived."""
        with self._db.reading() as s:
            labels = device_labels(s)
            rows = s.scalars(
                select(DeskEnvelopeRow)
                .where(DeskEnvelopeRow.record_id == record_id)
                .order_by(DeskEnvelopeRow.record_version, DeskEnvelopeRow.imported_at)
            )
            return [_provenance(r, labels) for r in rows]

    def record(self, record_id: str, version: int | None = None) -> RegistryRecord:
        """One received version of a record (the latest when `version` is None)."""
        with self._db.reading() as s:
            query = select(DeskEnvelopeRow).where(DeskEnvelopeRow.record_id == record_id)
            if version is None:
                latest = select(DeskRecordRow.envelope_id).where(
                    DeskRecordRow.record_id == record_id
                )
                query = query.where(DeskEnvelopeRow.envelope_id.in_(latest))
            else:
                query = query.where(DeskEnvelopeRow.record_version == version)
            row = s.scalars(query.order_by(DeskEnvelopeRow.imported_at).limit(1)).first()
            if row is None:
                raise NotFound(kind=_RECORD, record_id=record_id)
            files = s.execute(
                select(DeskFileRow.evidence_id, DeskFileRow.mime, DeskBlobRow)
                .join(DeskBlobRow, DeskBlobRow.blob_id == DeskFileRow.blob_id)
                .where(DeskFileRow.envelope_id == row.envelope_id)
                .order_by(text("desk_files.rowid"))
            )
            return RegistryRecord(
                row.record_id,
                row.record_version,
                json.loads(row.snapshot),
                _provenance(row, device_labels(s)),
                tuple(
                    DeskFile(evidence_id, b.blob_id, mime, b.size_plain, b.sha256_plain)
                    for evidence_id, mime, b in files
                ),
            )

    def media_bytes(self, blob_id: str) -> bytes:
        """A received file's plaintext, decrypted in memory and checked against its hash."""
        blob = self._blob(blob_id)
        plain = b"".join(self._media.chunks(blob.media_name, blob.file_key, blob.chunk_log2))
        if len(plain) != blob.size_plain or hashlib.sha256(plain).hexdigest() != blob.sha256_plain:
            raise MediaDamaged(detail=blob.media_name)
        return plain

    def open_media(self, blob_id: str) -> MediaReader:
        """A seekable reader that decrypts on demand, for files too large to hold in memory."""
        blob = self._blob(blob_id)
        return self._media.open(blob.media_name, blob.file_key, blob.chunk_log2, blob.size_plain)

    def _blob(self, blob_id: str) -> DeskBlobRow:
        with self._db.reading() as s:
            row = s.get(DeskBlobRow, blob_id)
            if row is None:
                raise NotFound(kind=_MEDIA, record_id=blob_id)
            return row

    def filter_options(self) -> dict[str, list[str]]:
        """The distinct values present in the latest versions, for the filter pickers."""
        columns = {
            "state_region": DeskRecordRow.state_region,
            "municipality": DeskRecordRow.municipality,
            "act_type": DeskRecordTypeRow.code,
            "perpetrator_type": DeskRecordPerpetratorRow.perpetrator_type,
            "device_id": DeskRecordRow.device_id,
        }
        with self._db.reading() as s:
            return {
                key: [v for v in s.scalars(select(col).distinct().order_by(col)) if v]
                for key, col in columns.items()
            }

    # -------------------------------------------------------------- reports and export
    def report(self, filters: RegistryFilter) -> Report:
        """Acts in the latest versions matching `filters`, counted four ways."""
        with self._db.reading() as s:
            return count_acts(s, filters)

    @staticmethod
    def report_csv(report: Report) -> str:
        return report_csv(report)

    def export(self, filters: RegistryFilter, profile: str, fmt: str) -> str:
        """The latest versions matching `filters` as an ESF export shaped for `profile`."""
        with self._db.transaction() as s:
            rendered, record_ids = export_document(s, filters, profile, fmt)
            detail = f"profile={profile} format={fmt}"
            for record_id in record_ids:
                append_audit(s, AUDIT_ENTITY, record_id, "exported", detail)
            append_audit(s, AUDIT_ENTITY, "export", "exported", f"{detail} cases={len(record_ids)}")
            return rendered


def _grouped(s: Session, key: Any, value: Any, filters: RegistryFilter) -> dict[str, list[str]]:
    """`value`s by `key` for the records `filters` match, distinct and sorted."""
    result: dict[str, list[str]] = {}
    query = select(key, value).distinct().where(key.in_(matching_ids(filters))).order_by(key, value)
    for record_id, item in s.execute(query):
        result.setdefault(record_id, []).append(item)
    return result


KEY_CHANGED = "key_changed"


def _unlisted(device_id: str, key: bytes) -> DeskDeviceRow:
    return DeskDeviceRow(
        device_id=device_id,
        device_epoch="",
        sign_pk=key,
        label="",
        status="unlisted",
        enrolled_at="",
        revoked_at=None,
        last_seen_at=None,
    )


def _provenance(row: DeskEnvelopeRow, labels: Mapping[str, str]) -> Provenance:
    return Provenance(
        row.envelope_id,
        row.envelope_hash,
        row.device_id,
        labels.get(row.device_id) or row.device_id,
        row.device_epoch,
        row.device_seq,
        row.via,
        row.server_seq,
        row.received_at,
        row.receipt,
        row.imported_at,
        row.record_version,
    )
