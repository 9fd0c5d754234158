"""What the desk refuses to open: every check of sync.desk_open, each with a real forgery.

Real keys and the real sealing code: a device key, a registry key, the relay's receipt key.
An honest envelope opens; each altered or misattributed one raises EnvelopeRefused.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from pathlib import Path

import pytest
from nacl.public import PrivateKey
from nacl.signing import SigningKey

from registry.relay import sign_receipt
from sync.desk_open import DeviceInfo, EnvelopeRefused, open_received
from sync.envelope import FileEntry, InnerRecord, seal_envelope
from sync.protocol import (
    BlobRef,
    EnvelopeBody,
    ReceiptBody,
    RegistryConfig,
    RegistryKey,
    Signed,
    key_id,
    sha256,
)

DEVICE_SEED, OTHER_SEED, SERVER_SEED = os.urandom(32), os.urandom(32), os.urandom(32)
REGISTRY = PrivateKey.generate()
REGISTRY_KEY = RegistryKey(key_id(bytes(REGISTRY.public_key)), bytes(REGISTRY.public_key))
SERVER_PK = bytes(SigningKey(SERVER_SEED).verify_key)
CONFIG = RegistryConfig("Red", key_id(SERVER_PK), SERVER_PK, (REGISTRY_KEY,), "2026-01-01")
DEVICE_ID, EPOCH = os.urandom(16), os.urandom(8)


def _device(seed: bytes = DEVICE_SEED, confirmed: bool = True) -> DeviceInfo:
    pk = bytes(SigningKey(seed).verify_key)
    return DeviceInfo(
        DEVICE_ID.hex(), EPOCH.hex(), pk, "Laptop", "active", "", None, None, confirmed
    )


def _seal(blob: bytes, inner_seed: bytes = DEVICE_SEED, outer_seed: bytes = DEVICE_SEED) -> bytes:
    """An envelope whose inner record is signed by `inner_seed` and outer body by `outer_seed`."""
    blob_id = hashlib.sha256(blob).digest()
    inner = InnerRecord(
        envelope_id=os.urandom(16),
        device_id=DEVICE_ID,
        device_seq=1,
        record_id="caso-1",
        record_version=1,
        record='{"case":{}}',
        files=(
            FileEntry(blob_id, len(blob), os.urandom(32), "00" * 32, "image/jpeg", 9, 20, "e1"),
        ),
    )
    sealed = seal_envelope(
        inner,
        signing_seed=inner_seed,
        device_epoch=EPOCH,
        prev=bytes(32),
        registry_key=REGISTRY_KEY,
        created_device_clock="2026-01-01T00:00:00+00:00",
    )
    if outer_seed == inner_seed:
        return sealed.data
    body = Signed.decode(sealed.data, 1 << 20).body  # re-sign only the outer body
    sig = SigningKey(outer_seed).sign(b"HRD-ENV-v1\0" + body).signature
    return Signed(body, bytes(sig)).encode()


def _receipt(data: bytes, blob: bytes, seed: bytes = SERVER_SEED, seq: int = 1) -> bytes:
    body = EnvelopeBody.decode(Signed.decode(data, 1 << 20).body)
    return sign_receipt(
        ReceiptBody(
            body.envelope_id,
            sha256(data),
            DEVICE_ID,
            EPOCH,
            1,
            (BlobRef(hashlib.sha256(blob).digest(), len(blob)),),
            seq,
            "2026-01-02T00:00:00+00:00",
            key_id(SERVER_PK),
        ),
        seed,
    )


@pytest.fixture
def blob(tmp_path: Path) -> tuple[bytes, dict[str, Path]]:
    data = os.urandom(5000)
    path = tmp_path / hashlib.sha256(data).hexdigest()
    path.write_bytes(data)
    return data, {path.name: path}


def _open(data: bytes, files: dict[str, Path], **changes: object) -> object:
    args: dict[str, object] = {
        "devices": {DEVICE_ID.hex(): _device()},
        "registry_keys": {REGISTRY_KEY.id: bytes(REGISTRY)},
        "blob_files": files,
        "via": "relay",
        "receipt": None,
        "config": CONFIG,
    }
    args.update(changes)
    return open_received(data, **args)  # type: ignore[arg-type]


def test_an_honest_envelope_with_its_receipt_opens(blob: tuple[bytes, dict[str, Path]]) -> None:
    raw, files = blob
    data = _seal(raw)
    opened = _open(data, files, receipt=_receipt(data, raw, seq=42))
    assert opened.record_id == "caso-1" and opened.server_seq == 42  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "forgery",
    [
        "unknown device",
        "device not confirmed",
        "other device key",
        "outer byte flipped",
        "inner signed by another key",
        "registry key missing",
        "receipt from another key",
        "receipt for other bytes",
        "blob altered",
        "blob missing",
    ],
)
def test_every_forgery_is_refused_with_its_reason(
    blob: tuple[bytes, dict[str, Path]], forgery: str
) -> None:
    raw, files = blob
    data = _seal(raw)
    receipt: bytes | None = None
    changes: dict[str, object] = {}
    if forgery == "unknown device":
        changes["devices"] = {}
    elif forgery == "device not confirmed":  # certified by the relay, which is not enough
        changes["devices"] = {DEVICE_ID.hex(): _device(confirmed=False)}
    elif forgery == "other device key":
        changes["devices"] = {DEVICE_ID.hex(): _device(OTHER_SEED)}
    elif forgery == "outer byte flipped":
        altered = bytearray(data)
        altered[len(altered) // 2] ^= 1
        data = bytes(altered)
    elif forgery == "inner signed by another key":  # someone else's payload, re-wrapped
        data = _seal(raw, inner_seed=OTHER_SEED, outer_seed=DEVICE_SEED)
    elif forgery == "registry key missing":
        changes["registry_keys"] = {b"\x01" * 8: bytes(PrivateKey.generate())}
    elif forgery == "receipt from another key":
        receipt = _receipt(data, raw, seed=OTHER_SEED)
    elif forgery == "receipt for other bytes":
        receipt = _receipt(_seal(raw), raw)
    elif forgery == "blob altered":
        [path] = files.values()
        altered = bytearray(path.read_bytes())
        altered[0] ^= 0x01
        path.write_bytes(bytes(altered))
    else:
        changes["blob_files"] = {}
    with pytest.raises(EnvelopeRefused) as refused:
        _open(data, files, receipt=receipt, **changes)
    assert refused.value.reason
    assert "failed verification and was not imported" in refused.value.text()


def test_a_receipt_needs_the_relays_config(blob: tuple[bytes, dict[str, Path]]) -> None:
    raw, files = blob
    data = _seal(raw)
    with pytest.raises(EnvelopeRefused):
        _open(data, files, receipt=_receipt(data, raw), config=None)
    other_relay = replace(CONFIG, server_sign_pk=bytes(SigningKey(OTHER_SEED).verify_key))
    with pytest.raises(EnvelopeRefused):
        _open(data, files, receipt=_receipt(data, raw), config=other_relay)
