"""The outbox: queued atomically with finalization; delivered only with a receipt; the local
copy deleted only after every version is delivered, and then completely."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlalchemy.exc
from sqlalchemy import select, text

from storage.errors import RecordIsFinal
from storage.outbox import NotDelivered, OutboxRow, OutboxService, SealedRecord, SealJob
from storage.vault import Vault
from tests.conftest import make_jpeg

NEEDLE = "aguja-" + os.urandom(6).hex()


def _sealer(job: SealJob) -> SealedRecord:
    """A stand-in for sync.envelope (storage must not import sync); content-free bytes."""
    return SealedRecord(b"sealed:" + job.envelope_id, os.urandom(32))


def _enroll(outbox: OutboxService) -> None:
    outbox.save_enrollment(
        device_id=os.urandom(16),
        device_epoch=os.urandom(8),
        signing_seed=os.urandom(32),
        label="",
        server_url="http://127.0.0.1:9",
        org_root_pk=os.urandom(32),
        tls_pin=None,
        config=b"config",
        config_sig=b"sig",
        device_cert=b"cert",
    )


def _case(vault: Vault, tmp_path: Path, name: str = "Juana") -> tuple[str, str]:
    case = vault.cases.create(title=f"Caso {NEEDLE}").value
    person = vault.persons.create(case_id=case.id, role="victim", name=name).value
    vault.testimonies.add(case.id, person.id, narrative=f"Relato {NEEDLE}")
    vault.evidence.import_file(case.id, make_jpeg(tmp_path / f"{case.id}.jpg"))
    return case.id, person.id


@pytest.fixture
def outbox(vault: Vault) -> OutboxService:
    service = OutboxService(vault.db, vault.evidence.media, _sealer)
    vault.cases.finalize_hooks.append(service.on_finalize)
    return service


def _deliver(outbox: OutboxService) -> None:
    outbox.mark_delivered([(e.envelope_id, b"receipt", 1, "2026-01-01") for e in outbox.pending()])


def test_finalizing_queues_a_sealed_envelope_in_the_same_transaction(
    vault: Vault, outbox: OutboxService, tmp_path: Path
) -> None:
    _enroll(outbox)
    case_id, _ = _case(vault, tmp_path)
    vault.cases.finalize(case_id)
    (envelope,) = outbox.pending()
    assert envelope.device_seq == 1 and envelope.envelope.startswith(b"sealed:")
    (blob,) = envelope.blobs
    assert blob.blob_id == vault.evidence.for_case(case_id)[0].blob_id
    assert outbox.blob_file(blob.blob_id) is not None and outbox.blob_intact(blob.blob_id)

    def broken(_job: SealJob) -> SealedRecord:
        raise RuntimeError("sealing failed")

    other, _ = _case(vault, tmp_path, "Pedro")
    outbox.sealer = broken
    with pytest.raises(RuntimeError):
        vault.cases.finalize(other)
    assert vault.cases.get(other).state == "draft"  # no final case without its envelope
    assert len(outbox.pending()) == 1


def test_before_enrollment_a_final_case_waits_unsealed_then_seals_in_order(
    vault: Vault, outbox: OutboxService, tmp_path: Path
) -> None:
    first, _ = _case(vault, tmp_path)
    vault.cases.finalize(first)
    second, _ = _case(vault, tmp_path, "Pedro")
    vault.cases.finalize(second)
    assert outbox.counts().unsealed == 2 and outbox.pending() == []
    _enroll(outbox)
    assert [(e.record_id, e.device_seq) for e in outbox.pending()] == [(first, 1), (second, 2)]


def test_delivered_needs_a_stored_receipt(
    vault: Vault, outbox: OutboxService, tmp_path: Path
) -> None:
    _enroll(outbox)
    case_id, _ = _case(vault, tmp_path)
    vault.cases.finalize(case_id)
    refused = pytest.raises(sqlalchemy.exc.IntegrityError, match="no verified receipt")
    with refused, vault.db.transaction() as s:
        s.execute(text("UPDATE sync_outbox SET state = 'delivered'"))
    _deliver(outbox)
    with vault.db.reading() as s:
        assert (
            s.scalar(
                text(
                    "SELECT count(*) FROM sync_outbox WHERE state = 'delivered' AND envelope_id "
                    "NOT IN (SELECT envelope_id FROM sync_receipts)"
                )
            )
            == 0
        )
    assert outbox.counts().delivered == 1 and outbox.counts().waiting == 0


def test_the_local_copy_is_deleted_only_after_every_version_is_delivered(
    vault: Vault, outbox: OutboxService, tmp_path: Path
) -> None:
    _enroll(outbox)
    case_id, person_id = _case(vault, tmp_path)
    keeper, _ = _case(vault, tmp_path, "Otra")
    vault.persons.link(keeper, person_id, "witness")
    only_here = vault.persons.create(case_id=case_id, role="witness", name="Solo").value.id
    vault.cases.finalize(case_id)
    with pytest.raises(NotDelivered):
        outbox.delete_local_copy(case_id)
    with pytest.raises(RecordIsFinal), vault.db.transaction() as s:  # the database refuses too
        s.execute(text("DELETE FROM cases WHERE id = :id"), {"id": case_id})
    _deliver(outbox)
    vault.cases.start_correction(case_id)
    vault.cases.finalize(case_id)  # version 2, not delivered yet
    with pytest.raises(NotDelivered):
        outbox.delete_local_copy(case_id)
    _deliver(outbox)
    media = {p.name for p in vault.evidence.media.directory.iterdir()}
    outbox.delete_local_copy(case_id)
    assert case_id not in {c.id for c in vault.cases.summaries()}
    assert vault.search(NEEDLE) and all(h.case_id == keeper for h in vault.search(NEEDLE))
    with vault.db.reading() as s:
        assert (
            s.scalar(
                text("SELECT count(*) FROM record_versions WHERE record_id = :i"), {"i": case_id}
            )
            == 0
        )
        assert s.scalar(text("SELECT count(*) FROM sync_receipts")) == 2
        assert (
            s.scalar(select(OutboxRow.state).where(OutboxRow.record_id == case_id)) == "delivered"
        )
    assert len({p.name for p in vault.evidence.media.directory.iterdir()}) == len(media) - 1
    assert vault.persons.get(person_id).name == "Juana"  # still in the other case
    assert only_here not in {p.id for p in vault.persons.all()}
    assert vault.check() == []


def test_with_the_setting_on_delivery_deletes_the_local_copy(
    vault: Vault, outbox: OutboxService, tmp_path: Path
) -> None:
    _enroll(outbox)
    assert outbox.delete_after_delivery is False
    outbox.delete_after_delivery = True
    case_id, _ = _case(vault, tmp_path)
    vault.cases.finalize(case_id)
    assert outbox.can_delete_local_copy(case_id) is False
    _deliver(outbox)
    assert case_id not in {c.id for c in vault.cases.summaries()}
    assert list(vault.evidence.media.directory.iterdir()) == []
    db = vault.paths.database
    vault.lock()
    for path in [db, *db.parent.glob("vault.db-*")]:
        assert NEEDLE.encode() not in path.read_bytes()


def test_a_final_case_stays_immutable_without_delivery(
    vault: Vault, outbox: OutboxService, tmp_path: Path
) -> None:
    case_id, _ = _case(vault, tmp_path)
    vault.cases.finalize(case_id)
    with pytest.raises(RecordIsFinal):
        vault.cases.update(case_id, title="otro")
