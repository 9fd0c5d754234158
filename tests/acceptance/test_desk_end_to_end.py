"""Issue #6 end to end: field vault → relay → desk, online and by courier bundle.

Everything is real: two SQLCipher vaults (field and desk), the relay on loopback, the keys
`defender-registry init` wrote, and the desk pulling over HTTP. The field device enrolls with a
code the desk issued, so the desk confirms its key by the binding; what a compromised relay can
do (invent a device, swap a key) and devices enrolled with the relay's own codes come last.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from defender_app.desk_wiring import (
    Desk,
    RevokedBundleDevice,
    UnconfirmedBundleDevice,
    set_up_desk,
)
from defender_app.sync_wiring import device_key_fingerprint, install_sync
from forms.errors import UserFacingError
from storage.desk_records import RegistryFilter
from storage.outbox import OutboxService
from storage.vault import Vault
from sync.bundle import export_bundle
from sync.client import DeviceRevoked
from sync.desk_open import NOT_CONFIRMED
from sync.envelope import public_signing_key, read_envelope
from sync.protocol import fingerprint_text
from tests.conftest import PASSPHRASE
from tests.sync.harness import Relay, running_relay
from tests.sync.helpers import (
    core,
    enroll_device,
    final_case,
    photo,
    quick_client,
    relay_counts,
)

MARKER = "ZQXJ-desk-e2e"


@pytest.fixture
def relay(tmp_path: Path) -> Iterator[Relay]:
    with running_relay(tmp_path) as r:
        yield r


@pytest.fixture
def field(vault: Vault, relay: Relay, desk_vault: Vault) -> OutboxService:
    """The field vault, enrolled with a code the desk issued (so the desk confirms it)."""
    outbox = install_sync(vault)
    enroll_device(relay, outbox, code=Desk(desk_vault).new_enroll_code())
    return outbox


@pytest.fixture
def desk_vault(tmp_path: Path, relay: Relay) -> Iterator[Vault]:
    created = Vault.create(tmp_path / "desk", PASSPHRASE, kdf_profile="fast")
    set_up_desk(created.vault, relay.offline, relay.url, org_name="Red de Defensoras")
    yield created.vault
    if created.vault.is_open:
        created.vault.lock()


def _field_case(vault: Vault, tmp_path: Path) -> tuple[str, Path]:
    picture = photo(tmp_path, "foto.jpg", marker=MARKER, size=(640, 480))
    case_id = final_case(vault, MARKER, photos=[picture])
    return case_id, picture


def _assert_received(desk: Desk, vault: Vault, case_id: str, picture: Path, via: str) -> None:
    rows = desk.service.records(_all())
    assert [r.record_id for r in rows] == [case_id]
    received = desk.service.record(case_id)
    frozen = vault.cases.version_snapshot(case_id, received.version)
    assert received.snapshot == json.loads(frozen)
    assert received.snapshot["testimonies"][0]["narrative"] == f"Testimonio {MARKER}"
    [file] = received.files
    assert desk.service.media_bytes(file.blob_id) == picture.read_bytes()
    prov = received.provenance
    assert prov.via == via
    identity = install_sync(vault).identity()
    assert identity is not None
    assert prov.device_id == identity.device_id.hex()
    assert prov.device_label == "test laptop"
    if via == "relay":
        assert prov.receipt is not None and prov.server_seq is not None and prov.received_at


def _all() -> RegistryFilter:
    return RegistryFilter()


def test_synced_record_reaches_the_desk_identical_with_provenance(
    vault: Vault, field: OutboxService, desk_vault: Vault, relay: Relay, tmp_path: Path
) -> None:
    case_id, picture = _field_case(vault, tmp_path)
    quick_client(field).run()
    desk = Desk(desk_vault)

    summary = desk.pull()

    assert (summary.imported, summary.duplicates, summary.refused) == (1, 0, [])
    _assert_received(desk, vault, case_id, picture, "relay")
    [device] = desk.service.devices()
    assert device.confirmed  # by the binding its desk-issued code let it make
    again = desk.pull()
    assert (again.imported, again.duplicates) == (0, 0)  # the cursor moved past it
    assert desk.service.chain_gaps() == []


def test_a_correction_shows_as_the_records_history(
    vault: Vault, field: OutboxService, desk_vault: Vault, tmp_path: Path
) -> None:
    case_id, _ = _field_case(vault, tmp_path)
    vault.cases.start_correction(case_id)
    vault.cases.update(case_id, title=f"Detención corregida {MARKER}")
    vault.cases.finalize(case_id)
    quick_client(field).run()
    desk = Desk(desk_vault)

    desk.pull()

    versions = desk.service.versions(case_id)
    assert [v.device_seq for v in versions] == [1, 2]
    [row] = desk.service.records(_all())
    assert row.version == 2 and row.versions == 2
    assert row.title == f"Detención corregida {MARKER}"


def test_a_courier_bundle_gives_the_same_result_and_duplicates_count_once(
    vault: Vault, field: OutboxService, desk_vault: Vault, relay: Relay, tmp_path: Path
) -> None:
    case_id, picture = _field_case(vault, tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    bundle, count = export_bundle(field, usb)
    assert count == 1
    desk = Desk(desk_vault)
    desk.refresh_devices()  # the desk learns the device's certified key from the relay

    first = desk.import_bundle(bundle)
    second = desk.import_bundle(bundle)

    assert (first.imported, second.imported, second.duplicates) == (1, 0, 1)
    _assert_received(desk, vault, case_id, picture, "bundle")
    # the same records also arrive online: still each record once, now with its receipt
    quick_client(field).run()
    pulled = desk.pull()
    assert (pulled.imported, pulled.duplicates) == (0, 1)
    assert len(desk.service.records(_all())) == 1
    [version] = desk.service.versions(case_id)
    assert version.receipt is not None


@pytest.mark.parametrize("damage", ["flip", "truncate"])
def test_a_damaged_bundle_is_refused_whole(
    vault: Vault, field: OutboxService, desk_vault: Vault, tmp_path: Path, damage: str
) -> None:
    _field_case(vault, tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    bundle, _ = export_bundle(field, usb)
    data = bytearray(bundle.read_bytes())
    if damage == "flip":
        data[len(data) // 3] ^= 0x40
    else:
        del data[len(data) - 4096 :]
    bundle.write_bytes(bytes(data))
    desk = Desk(desk_vault)
    desk.refresh_devices()

    with pytest.raises(UserFacingError) as refused:
        desk.import_bundle(bundle)

    assert "bundle" in refused.value.text().lower()
    assert desk.service.records(_all()) == []


def test_a_device_revoked_at_the_desk_can_no_longer_push(
    vault: Vault, field: OutboxService, desk_vault: Vault, relay: Relay, tmp_path: Path
) -> None:
    desk = Desk(desk_vault)
    [device] = desk.refresh_devices()
    assert device.status == "active" and device.label == "test laptop"

    after = desk.revoke(device.device_id)

    assert [d.status for d in after] == ["revoked"]
    _field_case(vault, tmp_path)
    with pytest.raises(DeviceRevoked):
        quick_client(field).run()
    assert relay_counts(relay)["envelopes"] == 0
    assert field.counts().waiting == 1  # nothing lost locally


def test_enrollment_code_from_the_desk_enrolls_a_new_device(
    desk_vault: Vault, relay: Relay, tmp_path: Path
) -> None:
    from sync.client import enroll

    code = Desk(desk_vault).new_enroll_code()
    created = Vault.create(tmp_path / "second", PASSPHRASE, kdf_profile="fast")
    try:
        device_id = enroll(code, install_sync(created.vault), label="segunda laptop")
    finally:
        created.vault.lock()
    listed = {d.device_id: d for d in Desk(desk_vault).refresh_devices()}
    assert listed[device_id].label == "segunda laptop" and listed[device_id].confirmed


def test_the_desk_keeps_no_plaintext_on_disk(
    vault: Vault, field: OutboxService, desk_vault: Vault, tmp_path: Path
) -> None:
    _field_case(vault, tmp_path)
    quick_client(field).run()
    Desk(desk_vault).pull()
    desk_vault.lock()
    needles = [MARKER.encode(), MARKER.encode("utf-16-le"), json.dumps(MARKER).encode()]
    for root, _dirs, files in os.walk(tmp_path / "desk"):
        for name in files:
            data = (Path(root) / name).read_bytes()
            assert not any(n in data for n in needles), name


def test_an_envelope_refused_once_is_fetched_again_and_never_skipped(
    vault: Vault,
    field: OutboxService,
    desk_vault: Vault,
    relay: Relay,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    case_id, picture = _field_case(vault, tmp_path)
    quick_client(field).run()
    [blob] = [p for p in relay.data.blobs.rglob("*") if p.is_file()]
    kept = blob.read_bytes()
    blob.unlink()  # the relay lost the photo (a disk fault, a restore)
    desk = Desk(desk_vault)

    first = desk.pull()

    assert first.imported == 0 and len(first.refused) == 1
    assert "missing" in first.refused[0].reason
    assert desk.service.records(_all()) == []
    assert list(desk.service.refused_seqs()) == [1]
    [logged] = [r for r in caplog.get_records("call") if r.levelno >= logging.WARNING]
    assert "published blob missing" in logged.getMessage()  # the relay says so, in its log
    caplog.clear()
    blob.write_bytes(kept)  # the relay has it again

    second = desk.pull()

    assert (second.imported, second.refused) == (1, [])
    assert desk.service.refused_seqs() == {}
    _assert_received(desk, vault, case_id, picture, "relay")


def test_a_relay_that_swaps_a_device_key_cannot_slip_in_records(
    vault: Vault, field: OutboxService, desk_vault: Vault, relay: Relay, tmp_path: Path
) -> None:
    from registry.models import Device, Envelope

    _field_case(vault, tmp_path)
    quick_client(field).run()
    desk = Desk(desk_vault)
    desk.pull()  # the desk has now pinned the device's real key
    identity = field.identity()
    assert identity is not None
    attacker = os.urandom(32)
    relay_core = core(relay)
    with relay_core.db.transaction() as s:  # what a compromised relay can do
        row = s.get(Device, identity.device_id.hex())
        assert row is not None
        row.sign_pk = public_signing_key(attacker)
    with relay_core.db.reading() as s:
        first = s.scalars(select(Envelope)).one()
    forged = _forged_envelope(
        relay_core, identity, attacker, bytes.fromhex(first.envelope_hash), seq=2
    )
    with relay_core.db.transaction() as s:
        device = s.get(Device, identity.device_id.hex())
        assert device is not None
        s.expunge(device)
    relay_core.ingest(device, forged, read_envelope(forged)[1].envelope_id.hex())

    summary = desk.pull()

    assert summary.imported == 0 and len(summary.refused) == 1
    assert [r.title for r in desk.service.records(_all())] == [f"Detención {MARKER}"]
    [held] = desk.service.devices()
    assert held.status == "key_changed" and held.sign_pk == public_signing_key(
        identity.signing_seed
    )


def _forged_envelope(
    relay_core: object, identity: object, attacker: bytes, prev: bytes, seq: int
) -> bytes:
    from sync.envelope import InnerRecord, seal_envelope

    config = relay_core.keys.config  # type: ignore[attr-defined]
    inner = InnerRecord(
        envelope_id=os.urandom(16),
        device_id=identity.device_id,  # type: ignore[attr-defined]
        device_seq=seq,
        record_id="forged-record",
        record_version=1,
        record="{}",
        files=(),
    )
    return seal_envelope(
        inner,
        signing_seed=attacker,
        device_epoch=identity.device_epoch,  # type: ignore[attr-defined]
        prev=prev,
        registry_key=config.current_registry_key(),
        created_device_clock="2026-01-01T00:00:00+00:00",
    ).data


def test_a_bundle_from_a_device_revoked_at_the_desk_is_refused(
    vault: Vault, field: OutboxService, desk_vault: Vault, tmp_path: Path
) -> None:
    _field_case(vault, tmp_path)
    bundle, _ = export_bundle(field, tmp_path / "usb")
    desk = Desk(desk_vault)
    [device] = desk.refresh_devices()
    desk.revoke(device.device_id)

    with pytest.raises(RevokedBundleDevice):
        desk.import_bundle(bundle)

    assert desk.service.records(_all()) == []


# ---------------------------------------------------------------- a relay that is not honest
def _ingest_as_relay(relay: Relay, device_id: str, forged: bytes) -> None:
    """What a compromised relay can do: log an envelope as committed, with a signed receipt."""
    from registry.models import Device

    relay_core = core(relay)
    with relay_core.db.transaction() as s:
        device = s.get(Device, device_id)
        assert device is not None
        s.expunge(device)
    relay_core.ingest(device, forged, read_envelope(forged)[1].envelope_id.hex())


def test_a_relay_that_invents_a_device_gets_nothing_imported(
    vault: Vault, field: OutboxService, desk_vault: Vault, relay: Relay, tmp_path: Path
) -> None:
    from registry.models import Device

    _field_case(vault, tmp_path)
    quick_client(field).run()
    desk = Desk(desk_vault)
    [token_hash] = desk.service.enroll_keys()  # it even names the token of a real desk code
    attacker = os.urandom(32)
    invented = SimpleNamespace(device_id=os.urandom(16), device_epoch=os.urandom(8))
    relay_core = core(relay)
    with relay_core.db.transaction() as s:
        s.add(
            Device(
                id=invented.device_id.hex(),
                epoch=invented.device_epoch.hex(),
                sign_pk=public_signing_key(attacker),
                label="laptop nueva",
                enrolled_at=time.time(),
                token_hash=token_hash,
                binding=os.urandom(32),  # without the desk key, a binding is a guess
            )
        )
    _ingest_as_relay(
        relay,
        invented.device_id.hex(),
        _forged_envelope(relay_core, invented, attacker, bytes(32), 1),
    )

    summary = desk.pull()

    assert summary.imported == 1  # the real device's record
    assert [r.reason for r in summary.refused] == [NOT_CONFIRMED]
    assert [r.title for r in desk.service.records(_all())] == [f"Detención {MARKER}"]
    identity = field.identity()
    assert identity is not None
    held = {d.device_id: d.confirmed for d in desk.service.devices()}
    assert held == {identity.device_id.hex(): True, invented.device_id.hex(): False}


def test_a_relay_that_swaps_the_key_at_enrollment_gets_nothing_imported(
    vault: Vault, field: OutboxService, desk_vault: Vault, relay: Relay, tmp_path: Path
) -> None:
    from registry.models import Device

    identity = field.identity()
    assert identity is not None
    attacker = os.urandom(32)
    relay_core = core(relay)
    with relay_core.db.transaction() as s:  # before the desk ever saw the device's real key
        row = s.get(Device, identity.device_id.hex())
        assert row is not None and row.binding is not None
        row.sign_pk = public_signing_key(attacker)  # the device's binding stays: for its key
    _ingest_as_relay(
        relay,
        identity.device_id.hex(),
        _forged_envelope(relay_core, identity, attacker, bytes(32), 1),
    )
    desk = Desk(desk_vault)

    summary = desk.pull()

    assert summary.imported == 0
    assert [r.reason for r in summary.refused] == [NOT_CONFIRMED]
    assert desk.service.records(_all()) == []
    [device] = desk.service.devices()
    assert not device.confirmed and device.sign_pk == public_signing_key(attacker)


# ---------------------------------------------------------------- a code the relay made
@pytest.fixture
def relay_enrolled(vault: Vault, relay: Relay) -> OutboxService:
    """The field vault, enrolled with `defender-registry enroll-token`'s code: no desk key."""
    outbox = install_sync(vault)
    enroll_device(relay, outbox)
    return outbox


def test_records_of_a_device_with_a_relay_code_wait_until_confirmed_by_hand(
    vault: Vault, relay_enrolled: OutboxService, desk_vault: Vault, tmp_path: Path
) -> None:
    case_id, picture = _field_case(vault, tmp_path)
    quick_client(relay_enrolled).run()
    desk = Desk(desk_vault)

    first = desk.pull()

    assert first.imported == 0 and [r.reason for r in first.refused] == [NOT_CONFIRMED]
    assert "device not confirmed by the desk" in first.refused[0].text()
    assert desk.service.records(_all()) == [] and list(desk.service.refused_seqs()) == [1]
    [device] = desk.service.devices()
    assert not device.confirmed
    # the phone call: the desk's fingerprint of the key is the one the field app shows
    assert fingerprint_text(device.sign_pk) == device_key_fingerprint(relay_enrolled)
    assert desk.service.confirm_device(device.device_id, device.sign_pk).confirmed

    second = desk.pull()

    assert (second.imported, second.refused) == (1, [])
    assert desk.service.refused_seqs() == {}
    _assert_received(desk, vault, case_id, picture, "relay")
    [device] = desk.refresh_devices()
    assert device.confirmed  # the relay's list, fetched again, changes nothing


def test_a_bundle_from_an_unconfirmed_device_waits_until_it_is_confirmed(
    vault: Vault, relay_enrolled: OutboxService, desk_vault: Vault, tmp_path: Path
) -> None:
    case_id, picture = _field_case(vault, tmp_path)
    bundle, _ = export_bundle(relay_enrolled, tmp_path / "usb")
    desk = Desk(desk_vault)

    with pytest.raises(UnconfirmedBundleDevice) as refused:
        desk.import_bundle(bundle)

    assert "not confirmed yet" in refused.value.text()
    assert desk.service.records(_all()) == []
    [device] = desk.service.devices()
    desk.service.confirm_device(device.device_id, device.sign_pk)
    assert desk.import_bundle(bundle).imported == 1
    _assert_received(desk, vault, case_id, picture, "bundle")
