"""The desk opens what it receives: verify every signature, then unseal with the registry key.

An envelope is accepted only when (1) the device that signed it is one the relay certified for this
organisation (its certificate verifies under the relay key the root vouches for) and whose key the
desk confirmed itself — by the binding a desk-issued enrollment code let it make, or by a
coordinator comparing fingerprints — as the relay alone could certify a device it made up, (2) the
outer signature verifies under that device key, (3) the seal opens with a registry key the desk
holds, (4) the inner signature verifies under the same device key and the inner record agrees with
the outer body (sync.envelope.open_envelope), (5) a receipt, when there is one, is signed by the
relay and names exactly these bytes, and (6) every blob file's SHA-256 equals its id.
Anything else raises EnvelopeRefused with the reason, and nothing of it reaches the vault.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from forms.errors import UserFacingError
from forms.text import QT_TRANSLATE_NOOP
from sync.envelope import (
    FileEntry,
    SignatureInvalid,
    open_envelope,
    read_envelope,
    verify_receipt,
    verify_signature,
)
from sync.protocol import (
    SIG_BYTES,
    TAG_DEVICE_CERT,
    DeviceCert,
    ProtocolError,
    RegistryConfig,
    sha256,
)

READ_CHUNK = 1024 * 1024


class EnvelopeRefused(UserFacingError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "A received envelope failed verification and was not imported (envelope {envelope}: "
        "{reason}). Show this to your organisation's technical contact.",
    )

    def __init__(self, envelope_id: str, reason: str) -> None:
        self.envelope_id = envelope_id
        self.reason = reason
        super().__init__(envelope=envelope_id[:12], reason=reason)


@dataclass(frozen=True)
class DeviceInfo:
    """A field device as the relay certified it (the same fields as storage's DeskDevice)."""

    device_id: str
    device_epoch: str
    sign_pk: bytes
    label: str
    status: str
    enrolled_at: str
    revoked_at: str | None
    last_seen_at: str | None
    confirmed: bool = False  # the desk vouches for this key itself, not only the relay


NOT_CONFIRMED = "device not confirmed by the desk"


@dataclass(frozen=True)
class OpenedFile:
    blob_id: str
    length: int
    file_key: bytes
    sha256_plain: str
    mime: str
    size_plain: int
    chunk_log2: int
    evidence_id: str
    path: Path  # the ciphertext, its SHA-256 checked against blob_id


@dataclass(frozen=True)
class OpenedEnvelope:
    """Satisfies storage.desk_records.Incoming (structurally; sync never imports storage)."""

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
    files: tuple[OpenedFile, ...]
    receipt: bytes | None
    server_seq: int | None
    received_at: str | None
    via: str


def verify_device_cert(
    raw_cert: bytes, config: RegistryConfig, org_fingerprint: bytes
) -> DeviceCert:
    """The device certificate as issued at enrollment, signed by the relay the root vouches for."""
    body, sig = raw_cert[:-SIG_BYTES], raw_cert[-SIG_BYTES:]
    verify_signature(config.server_sign_pk, TAG_DEVICE_CERT, body, sig)
    cert = DeviceCert.decode(body)
    if cert.org_fingerprint != org_fingerprint:
        raise ProtocolError("the device certificate is for another organisation")
    return cert


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(READ_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def open_received(
    data: bytes,
    *,
    devices: Mapping[str, DeviceInfo],
    registry_keys: Mapping[bytes, bytes],
    blob_files: Mapping[str, Path],
    via: str,
    receipt: bytes | None = None,
    config: RegistryConfig | None = None,
) -> OpenedEnvelope:
    """Verify and open one envelope (see the module docstring); EnvelopeRefused otherwise."""
    envelope_id = "?"
    try:
        _, body = read_envelope(data)
        envelope_id = body.envelope_id.hex()
        device = devices.get(body.device_id.hex())
        if device is None:
            raise ProtocolError("signed by a device this desk does not know")
        if not device.confirmed:
            raise ProtocolError(NOT_CONFIRMED)
        registry_sk = registry_keys.get(body.registry_key_id)
        if registry_sk is None:
            raise ProtocolError(
                f"sealed to registry key {body.registry_key_id.hex()}, which this desk lacks"
            )
        inner = open_envelope(data, registry_sk, device.sign_pk)
        server_seq = received_at = None
        if receipt is not None:
            if config is None:
                raise ProtocolError("a receipt without the relay's config")
            checked = verify_receipt(
                receipt,
                server_pk=config.server_sign_pk,
                server_key_id=config.server_key_id,
                envelope_bytes=data,
            )
            server_seq, received_at = checked.server_seq, checked.received_at
        files = tuple(_file(f, blob_files) for f in inner.files)
    except (ProtocolError, SignatureInvalid) as exc:
        raise EnvelopeRefused(envelope_id, str(exc)) from exc
    return OpenedEnvelope(
        envelope_id=envelope_id,
        envelope_hash=sha256(data).hex(),
        envelope=data,
        device_id=body.device_id.hex(),
        device_epoch=body.device_epoch.hex(),
        device_seq=body.device_seq,
        prev=body.prev.hex(),
        record_id=inner.record_id,
        record_version=inner.record_version,
        record=inner.record,
        files=files,
        receipt=receipt,
        server_seq=server_seq,
        received_at=received_at,
        via=via,
    )


def _file(entry: FileEntry, blob_files: Mapping[str, Path]) -> OpenedFile:
    blob_id = entry.blob_id.hex()
    path = blob_files.get(blob_id)
    if path is None or not path.is_file():
        raise ProtocolError(f"blob {blob_id[:12]} is missing")
    if path.stat().st_size != entry.length or file_sha256(path) != blob_id:
        raise ProtocolError(f"blob {blob_id[:12]} does not match its id")
    return OpenedFile(
        blob_id=blob_id,
        length=entry.length,
        file_key=entry.file_key,
        sha256_plain=entry.sha256_plain,
        mime=entry.mime,
        size_plain=entry.size_plain,
        chunk_log2=entry.chunk_log2,
        evidence_id=entry.evidence_id,
        path=path,
    )


def blob_ids(data: bytes) -> Sequence[tuple[str, int]]:
    """The blobs an envelope names (id hex, length), read from its outer body."""
    _, body = read_envelope(data)
    return [(b.id.hex(), b.length) for b in body.blobs]
