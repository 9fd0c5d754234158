"""The registry desk's storage: envelopes from real field vaults imported into a desk vault.

Field devices are real vaults whose finalize hook (the outbox) hands each sealed version to a
stand-in sealer; what it captures is exactly what sync.desk gives the desk after opening an
envelope: the canonical snapshot, the media ciphertext files, their keys and hashes.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
import sqlalchemy.exc
from sqlalchemy import func, select, text

from storage.desk import DeskService
from storage.desk_errors import (
    DeviceKeyDiffers,
    EnvelopeConflict,
    IncomingFileDamaged,
    OtherOrganisation,
    UnreadableRecord,
)
from storage.desk_records import DeskDevice, DeskKeys, RegistryFilter
from storage.desk_tables import DeskBlobRow, DeskEnvelopeRow, DeskFileRow, DeskRecordRow
from storage.errors import NotFound
from storage.orm import AuditRow, Base
from storage.outbox import OutboxService, SealedRecord, SealJob
from storage.snapshot import canonical_json
from storage.vault import Vault
from tests.acceptance.test_at_rest_forensics import find_markers
from tests.conftest import PASSPHRASE, make_jpeg


# ---------------------------------------------------------------- what sync.desk hands over
@dataclass(frozen=True)
class File:
    blob_id: str
    length: int
    file_key: bytes
    sha256_plain: str
    mime: str
    size_plain: int
    chunk_log2: int
    evidence_id: str
    path: Path


@dataclass(frozen=True)
class Envelope:
    envelope_id: str
    envelope_hash: str
    envelope: bytes
    device_id: str
    device_epoch: str
    device_seq: int
    prev: str
    record_id: str
    record_version: int
    record: str
    files: tuple[File, ...]
    receipt: bytes | None = None
    server_seq: int | None = None
    received_at: str | None = None
    via: str = "bundle"

    def by_relay(self, server_seq: int) -> Envelope:
        return replace(
            self,
            receipt=b"receipt-" + self.envelope_id.encode(),
            server_seq=server_seq,
            received_at=f"2026-05-01T00:00:{server_seq:02d}Z",
            via="relay",
        )


class FieldDevice:
    """A real field vault, enrolled; each finalize yields the envelope the desk would open."""

    def __init__(self, vault: Vault, label: str = "Laptop") -> None:
        self.vault = vault
        self.label = label
        self.outbox = OutboxService(vault.db, vault.evidence.media, self._seal)
        vault.cases.finalize_hooks.append(self.outbox.on_finalize)
        self.device_id = os.urandom(16)
        self.outbox.save_enrollment(
            device_id=self.device_id,
            device_epoch=os.urandom(8),
            signing_seed=os.urandom(32),
            label=label,
            server_url="http://127.0.0.1:9",
            org_root_pk=os.urandom(32),
            tls_pin=None,
            config=b"config",
            config_sig=b"sig",
            device_cert=b"cert",
        )
        self._sealed: list[tuple[SealJob, bytes]] = []

    def _seal(self, job: SealJob) -> SealedRecord:
        envelope = os.urandom(64)  # stands for the sealed box: content-free bytes
        self._sealed.append((job, envelope))
        return SealedRecord(envelope, hashlib.sha256(envelope).digest())

    def finalize(self, case_id: str) -> Envelope:
        self.vault.cases.finalize(case_id)
        job, envelope = self._sealed[-1]
        files = []
        for f in job.files:
            path = self.outbox.blob_file(f.blob_id)
            assert path is not None
            files.append(
                File(
                    f.blob_id,
                    f.length,
                    f.file_key,
                    f.sha256_plain,
                    f.mime,
                    f.size_plain,
                    f.chunk_log2,
                    f.evidence_id,
                    path,
                )
            )
        return Envelope(
            envelope_id=job.envelope_id.hex(),
            envelope_hash=hashlib.sha256(envelope).hexdigest(),
            envelope=envelope,
            device_id=job.identity.device_id.hex(),
            device_epoch=job.identity.device_epoch.hex(),
            device_seq=job.device_seq,
            prev=job.prev.hex(),
            record_id=job.record_id,
            record_version=job.record_version,
            record=job.record_json,
            files=tuple(files),
        )

    def as_listed(self) -> DeskDevice:
        identity = self.outbox.identity()
        assert identity is not None
        return DeskDevice(
            identity.device_id.hex(),
            identity.device_epoch.hex(),
            os.urandom(32),
            self.label,
            "active",
            identity.enrolled_at,
            None,
            None,
        )


def new_vault(home: Path) -> Vault:
    return Vault.create(home, PASSPHRASE, kdf_profile="fast").vault


@pytest.fixture
def field(vault: Vault) -> FieldDevice:
    return FieldDevice(vault)


@pytest.fixture
def desk_home(tmp_path: Path) -> Path:
    return tmp_path / "desk"


@pytest.fixture
def desk_vault(desk_home: Path) -> Iterator[Vault]:
    desk = new_vault(desk_home)
    yield desk
    if desk.is_open:
        desk.lock()


@pytest.fixture
def desk(desk_vault: Vault, desk_home: Path) -> DeskService:
    return desk_vault.desk


def counts(vault: Vault) -> dict[str, int]:
    """Rows in every desk table and in the audit log, and files in the desk's media dir."""
    result = {}
    with vault.db.reading() as s:
        for table in [t for t in Base.metadata.tables if t.startswith("desk_")] + ["audit_log"]:
            result[table] = s.scalar(text(f"SELECT count(*) FROM {table}")) or 0
    media = vault.paths.received_media
    result["files"] = len(list(media.iterdir())) if media.exists() else 0
    return result


# ---------------------------------------------------------------- one case
NEEDLE = "zq" + secrets.token_hex(10)


def photo(tmp_path: Path, name: str = "foto") -> Path:
    return make_jpeg(tmp_path / f"{name}.jpg", exif_fields={"Make": f"Cam{NEEDLE}"})


def simple_case(field: FieldDevice, tmp_path: Path, title: str = "Detención") -> str:
    vault = field.vault
    case = vault.cases.create(title=f"{title} {NEEDLE}", state_region="Chiapas").value
    victim = vault.persons.create(case_id=case.id, role="victim", name=f"Juana {NEEDLE}").value
    vault.acts.add(case.id, victim.id, type_of_act="030102000000")
    vault.testimonies.add(case.id, victim.id, narrative=f"Relato {NEEDLE}")
    vault.evidence.import_file(case.id, photo(tmp_path, case.id))
    return case.id


# ---------------------------------------------------------------- the tests
def test_import_keeps_the_snapshot_and_the_photo_byte_for_byte(
    field: FieldDevice, desk: DeskService, tmp_path: Path
) -> None:
    case_id = simple_case(field, tmp_path)
    envelope = field.finalize(case_id).by_relay(7)
    assert desk.import_envelope(envelope) is True
    record = desk.record(case_id)
    assert canonical_json(record.snapshot) == envelope.record
    assert record.version == 1 and record.snapshot["case"]["state"] == "final"
    (item,) = record.files
    assert item.evidence_id == record.snapshot["evidence"][0]["id"]
    original = (tmp_path / f"{case_id}.jpg").read_bytes()
    assert desk.media_bytes(item.blob_id) == original
    with desk.open_media(item.blob_id) as reader:
        assert reader.read() == original
    assert item.sha256_plain == hashlib.sha256(original).hexdigest()
    p = record.provenance
    assert (p.envelope_id, p.device_seq, p.via, p.server_seq) == (
        envelope.envelope_id,
        1,
        "relay",
        7,
    )
    assert p.receipt == envelope.receipt and p.device_label == envelope.device_id
    with pytest.raises(NotFound):
        desk.record("no-such-record")
    with pytest.raises(NotFound):
        desk.record(case_id, version=2)


def test_importing_twice_changes_nothing(
    field: FieldDevice, desk: DeskService, desk_vault: Vault, tmp_path: Path
) -> None:
    envelope = field.finalize(simple_case(field, tmp_path))
    assert desk.import_envelope(envelope)
    before = counts(desk_vault)
    assert before["files"] == 1 and before["desk_envelopes"] == 1
    assert desk.import_envelope(envelope) is False
    assert counts(desk_vault) == before


def test_the_same_envelope_id_with_other_content_is_refused_and_nothing_stored(
    field: FieldDevice, desk: DeskService, desk_vault: Vault, tmp_path: Path
) -> None:
    envelope = field.finalize(simple_case(field, tmp_path))
    desk.import_envelope(envelope)
    before = counts(desk_vault)
    forged = replace(envelope, envelope_hash="ab" * 32, record=envelope.record.replace("J", "K"))
    with pytest.raises(EnvelopeConflict) as raised:
        desk.import_envelope(forged)
    assert envelope.envelope_id in raised.value.text()
    assert counts(desk_vault) == before
    assert canonical_json(desk.record(envelope.record_id).snapshot) == envelope.record


def test_a_relay_receipt_is_attached_to_a_copy_that_came_by_bundle(
    field: FieldDevice, desk: DeskService, desk_vault: Vault, tmp_path: Path
) -> None:
    envelope = field.finalize(simple_case(field, tmp_path))
    assert desk.import_envelope(envelope)
    assert desk.records(RegistryFilter())[0].received_at is None
    relayed = envelope.by_relay(3)
    assert desk.import_envelope(relayed) is False
    (p,) = desk.versions(envelope.record_id)
    assert (p.receipt, p.server_seq, p.received_at) == (
        relayed.receipt,
        3,
        relayed.received_at,
    )
    assert p.via == "bundle"  # how it first arrived
    assert desk.records(RegistryFilter())[0].received_at == relayed.received_at
    before = counts(desk_vault)
    assert desk.import_envelope(envelope.by_relay(9)) is False  # a receipt is kept, not replaced
    assert desk.versions(envelope.record_id)[0].server_seq == 3
    assert counts(desk_vault) == before


def test_two_versions_are_both_kept_and_the_list_shows_the_latest(
    field: FieldDevice, desk: DeskService, desk_vault: Vault, tmp_path: Path
) -> None:
    case_id = simple_case(field, tmp_path, "Primera")
    first = field.finalize(case_id)
    field.vault.cases.start_correction(case_id)
    field.vault.cases.update(case_id, title="Detención corregida")
    second = field.finalize(case_id)
    assert desk.import_envelope(second) and desk.import_envelope(first)  # out of order
    assert [(p.envelope_id, p.device_seq) for p in desk.versions(case_id)] == [
        (first.envelope_id, 1),
        (second.envelope_id, 2),
    ]
    (row,) = desk.records(RegistryFilter())
    assert (row.version, row.versions, row.title) == (2, 2, "Detención corregida")
    assert canonical_json(desk.record(case_id, version=1).snapshot) == first.record
    assert canonical_json(desk.record(case_id).snapshot) == second.record
    assert desk.records(RegistryFilter(text="primera")) == []  # the old title is not searched
    assert [r.record_id for r in desk.records(RegistryFilter(text="corregida"))] == [case_id]
    # the photo is in both versions, stored once
    assert first.files[0].blob_id == second.files[0].blob_id
    assert counts(desk_vault)["files"] == 1 and counts(desk_vault)["desk_blobs"] == 1
    assert counts(desk_vault)["desk_files"] == 2


def test_chain_gaps_find_a_missing_sequence_and_a_broken_link(
    field: FieldDevice, desk: DeskService, tmp_path: Path
) -> None:
    sent = [field.finalize(simple_case(field, tmp_path, f"Caso {i}")) for i in range(5)]
    for envelope in (sent[0], sent[1], sent[4]):
        desk.import_envelope(envelope)
    assert desk.chain_gaps()[0].missing_seqs == (3, 4)
    broken = replace(sent[2], prev="cd" * 32)
    desk.import_envelope(broken)
    desk.save_devices([field.as_listed()])
    (gap,) = desk.chain_gaps()
    assert (gap.device_id, gap.device_label) == (sent[0].device_id, "Laptop")
    assert gap.missing_seqs == (4,) and gap.broken_links == (3,)
    desk.import_envelope(sent[3])
    assert desk.chain_gaps()[0].missing_seqs == ()
    assert desk.chain_gaps()[0].broken_links == (3,)


def test_a_complete_chain_has_no_gaps_and_a_bad_first_link_is_found(
    field: FieldDevice, desk: DeskService, tmp_path: Path
) -> None:
    sent = [field.finalize(simple_case(field, tmp_path, f"Caso {i}")) for i in range(2)]
    for envelope in sent:
        desk.import_envelope(envelope)
    assert desk.chain_gaps() == []
    other = FieldDevice(new_vault(tmp_path / "other"), "Otro")
    try:
        first = other.finalize(simple_case(other, tmp_path / "other", "Otro caso"))
    finally:
        other.vault.lock()
    desk.import_envelope(replace(first, prev="ee" * 32))
    (gap,) = desk.chain_gaps()
    assert gap.device_id == first.device_id and gap.broken_links == (1,)


def test_a_file_that_does_not_match_its_id_stores_nothing(
    field: FieldDevice, desk: DeskService, desk_vault: Vault, tmp_path: Path
) -> None:
    envelope = field.finalize(simple_case(field, tmp_path))
    before = counts(desk_vault)
    damaged = tmp_path / "damaged.bin"
    data = bytearray(envelope.files[0].path.read_bytes())
    data[100] ^= 1
    damaged.write_bytes(bytes(data))
    bad = replace(envelope, files=(replace(envelope.files[0], path=damaged),))
    with pytest.raises(IncomingFileDamaged):
        desk.import_envelope(bad)
    assert counts(desk_vault) == before
    assert desk.import_envelope(envelope)  # the good copy still goes in


def test_an_envelope_whose_record_is_not_the_one_it_names_is_refused(
    field: FieldDevice, desk: DeskService, desk_vault: Vault, tmp_path: Path
) -> None:
    envelope = field.finalize(simple_case(field, tmp_path))
    before = counts(desk_vault)
    for bad in (
        replace(envelope, record_id="00000000-0000-0000-0000-000000000000"),
        replace(envelope, record_version=2),
        replace(envelope, record="not json"),
        replace(envelope, record="[]"),
    ):
        with pytest.raises(UnreadableRecord):
            desk.import_envelope(bad)
    assert counts(desk_vault) == before


def test_no_plaintext_in_the_desk_files(
    field: FieldDevice, desk_vault: Vault, desk_home: Path, tmp_path: Path
) -> None:
    """Markers in the record and the photo's bytes appear nowhere in the desk's files."""
    desk = desk_vault.desk
    case_id = simple_case(field, tmp_path)
    envelope = field.finalize(case_id)
    desk.import_envelope(envelope)
    assert NEEDLE in desk.media_bytes(envelope.files[0].blob_id).decode("latin-1")
    assert desk.records(RegistryFilter(text=NEEDLE))  # indexed, so the FTS holds the words
    desk_vault.lock()
    assert find_markers([desk_home], [NEEDLE]) == []
    original = (tmp_path / f"{case_id}.jpg").read_bytes()
    pieces = [original[i : i + 32] for i in range(0, len(original) - 32, 512)]
    for path in [p for p in desk_home.rglob("*") if p.is_file()]:
        data = path.read_bytes()
        assert not any(piece in data for piece in pieces), path


def test_the_desk_media_survives_unlocking_again(
    field: FieldDevice, desk_vault: Vault, desk_home: Path, tmp_path: Path
) -> None:
    """The field vault's orphan collection (run at unlock) must not touch the desk's files."""
    envelope = field.finalize(simple_case(field, tmp_path))
    desk_vault.desk.import_envelope(envelope)
    desk_vault.lock()
    reopened = Vault.unlock(desk_home, PASSPHRASE)
    try:
        desk = reopened.desk
        assert desk.media_bytes(envelope.files[0].blob_id)
        stray = desk_home / "store" / "stray.bin"
        stray.write_bytes(b"x")
        (desk_home / "store" / "half.part").write_bytes(b"x")
        assert desk.collect_orphans() == 2 and not stray.exists()
        assert desk.media_bytes(envelope.files[0].blob_id)
    finally:
        reopened.lock()


def test_received_envelopes_cannot_be_rewritten_or_deleted(
    field: FieldDevice, desk: DeskService, desk_vault: Vault, tmp_path: Path
) -> None:
    envelope = field.finalize(simple_case(field, tmp_path))
    desk.import_envelope(envelope.by_relay(1))
    refused = pytest.raises(sqlalchemy.exc.IntegrityError, match="append-only")
    for statement in (
        "UPDATE desk_envelopes SET snapshot = '{}'",
        "UPDATE desk_envelopes SET receipt = x'00'",
        "DELETE FROM desk_envelopes",
    ):
        with refused, desk_vault.db.transaction() as s:
            s.execute(text(statement))


def test_media_bytes_notices_a_damaged_file(
    field: FieldDevice, desk: DeskService, desk_vault: Vault, tmp_path: Path
) -> None:
    from storage.media import MediaDamaged

    envelope = field.finalize(simple_case(field, tmp_path))
    desk.import_envelope(envelope)
    with desk_vault.db.reading() as s:
        name = s.scalar(select(DeskBlobRow.media_name))
    assert name
    stored = desk_vault.paths.received_media / name
    data = bytearray(stored.read_bytes())
    data[-1] ^= 1
    stored.write_bytes(bytes(data))
    with pytest.raises(MediaDamaged):
        desk.media_bytes(envelope.files[0].blob_id)
    with pytest.raises(NotFound):
        desk.media_bytes("00" * 32)


def test_keys_merge_registry_keys_and_refuse_another_organisation(desk: DeskService) -> None:
    assert desk.keys() is None and not desk.is_desk()
    root = os.urandom(32)
    old = {b"k1" * 4: os.urandom(32)}
    desk.save_keys(DeskKeys("Red", root, old, "https://relay.example", None))
    assert desk.is_desk()
    new = {b"k2" * 4: os.urandom(32)}
    desk.save_keys(DeskKeys("Red TDT", root, new, "https://relay2.example", b"pin"))
    keys = desk.keys()
    assert keys is not None
    assert dict(keys.registry_keys) == {**old, **new}
    assert (keys.org_name, keys.relay_url, keys.tls_pin) == (
        "Red TDT",
        "https://relay2.example",
        b"pin",
    )
    with pytest.raises(OtherOrganisation):
        desk.save_keys(DeskKeys("Otra", os.urandom(32), new, "https://x", None))
    assert desk.keys() == keys


def test_pull_cursor_and_devices(field: FieldDevice, desk: DeskService) -> None:
    assert desk.pull_cursor() == 0
    desk.set_pull_cursor(41)
    assert desk.pull_cursor() == 41
    listed = field.as_listed()
    desk.save_devices([listed, replace(listed, device_id="ff" * 16, label="Otro")])
    assert [d.label for d in desk.devices()] == ["Laptop", "Otro"]
    assert desk.device_label(listed.device_id) == "Laptop"
    desk.save_devices([listed])
    # a device the relay stops listing keeps its pinned key, so its records stay verifiable
    assert [(d.device_id, d.status) for d in desk.devices()] == [
        ("ff" * 16, "unlisted"),
        (listed.device_id, "active"),
    ]
    assert desk.device_label("ff" * 16) == "ff" * 16  # no label: its id


def test_a_device_key_is_pinned_the_first_time_the_desk_sees_it(
    field: FieldDevice, desk: DeskService, desk_vault: Vault
) -> None:
    listed = field.as_listed()
    assert desk.save_devices([listed]) == []
    swapped = replace(listed, sign_pk=b"\x07" * 32)  # what a compromised relay would list

    assert desk.save_devices([swapped]) == [listed.device_id]

    [held] = desk.devices()
    assert held.sign_pk == listed.sign_pk and held.status == "key_changed"
    assert desk.save_devices([swapped]) == [listed.device_id]  # and stays refused


def test_a_confirmation_holds_for_the_confirmed_key_whatever_the_relay_lists_later(
    field: FieldDevice, desk: DeskService
) -> None:
    listed = field.as_listed()
    other = replace(listed, device_id="ff" * 16, label="Otro", sign_pk=b"\x05" * 32)
    desk.save_devices([listed, other])
    assert [d.confirmed for d in desk.devices()] == [False, False]

    desk.save_devices([replace(listed, confirmed=True), other])  # its binding verified
    desk.save_devices([listed])  # a later list without it, and without the other device

    held = {d.device_id: d for d in desk.devices()}
    assert held[listed.device_id].confirmed and not held[other.device_id].confirmed
    # a relay listing another key as "confirmed" gets neither that key nor a confirmation
    desk.save_devices([replace(other, sign_pk=b"\x06" * 32, confirmed=True)])
    held = {d.device_id: d for d in desk.devices()}
    assert held[other.device_id].status == "key_changed" and not held[other.device_id].confirmed


def test_a_coordinator_confirms_exactly_the_key_whose_fingerprint_was_compared(
    field: FieldDevice, desk: DeskService, desk_vault: Vault
) -> None:
    listed = field.as_listed()
    desk.save_devices([listed])
    with pytest.raises(DeviceKeyDiffers):
        desk.confirm_device(listed.device_id, b"\x07" * 32)
    with pytest.raises(NotFound):
        desk.confirm_device("ee" * 16, listed.sign_pk)
    assert not desk.devices()[0].confirmed

    assert desk.confirm_device(listed.device_id, listed.sign_pk).confirmed
    assert desk.confirm_device(listed.device_id, listed.sign_pk).confirmed  # once is enough

    desk.keep_enroll_key("ab" * 32, b"k" * 16)
    assert desk.enroll_keys() == {"ab" * 32: b"k" * 16}
    with desk_vault.db.reading() as s:
        entries = list(s.execute(select(AuditRow.record_id, AuditRow.action, AuditRow.detail)))
    assert entries == [
        (listed.device_id, "device_confirmed", "by=by_hand"),
        ("devices", "enroll_code_issued", "token=" + "ab" * 8),
    ]


def test_a_bundle_of_envelopes_is_stored_whole_or_not_at_all(
    field: FieldDevice, desk: DeskService, desk_vault: Vault, tmp_path: Path
) -> None:
    first = field.finalize(simple_case(field, tmp_path))
    second = field.finalize(simple_case(field, tmp_path, title="Amenaza"))
    desk.import_envelope(second)
    before = counts(desk_vault)
    conflicting = replace(second, envelope_hash="ab" * 32)

    with pytest.raises(EnvelopeConflict):
        desk.import_envelopes([first, conflicting])

    assert counts(desk_vault) == before
    assert [r.record_id for r in desk.records(RegistryFilter())] == [second.record_id]
    assert desk.import_envelopes([first, second]) == 1


def test_refused_envelopes_are_remembered_until_imported(desk: DeskService) -> None:
    desk.note_refused(12, "aa" * 16, "sealed to a registry key this desk lacks")
    desk.note_refused(15, "bb" * 16, "blob missing")
    assert desk.refused_seqs() == {
        12: ("aa" * 16, "sealed to a registry key this desk lacks"),
        15: ("bb" * 16, "blob missing"),
    }
    desk.forget_refused(12)
    assert desk.refused_seqs() == {15: ("bb" * 16, "blob missing")}


def test_imports_are_audited_by_ids_and_counts_only(
    field: FieldDevice, desk: DeskService, desk_vault: Vault, tmp_path: Path
) -> None:
    envelope = field.finalize(simple_case(field, tmp_path))
    desk.import_envelope(envelope)
    desk.import_envelope(envelope.by_relay(5))
    with desk_vault.db.reading() as s:
        entries = list(s.execute(select(AuditRow.record_id, AuditRow.action, AuditRow.detail)))
    assert [(r, a) for r, a, _ in entries] == [
        (envelope.record_id, "received"),
        (envelope.record_id, "receipt_attached"),
    ]
    assert f"envelope={envelope.envelope_id}" in entries[0][2] and "files=1" in entries[0][2]
    assert NEEDLE not in " ".join(d for _, _, d in entries)


def test_the_index_rows_point_at_the_latest_version(
    field: FieldDevice, desk: DeskService, desk_vault: Vault, tmp_path: Path
) -> None:
    envelope = field.finalize(simple_case(field, tmp_path))
    desk.import_envelope(envelope)
    with desk_vault.db.reading() as s:
        assert s.scalar(select(DeskRecordRow.envelope_id)) == envelope.envelope_id
        assert s.scalar(select(func.count()).select_from(DeskEnvelopeRow)) == 1
        assert s.scalar(select(DeskFileRow.blob_id)) == envelope.files[0].blob_id
