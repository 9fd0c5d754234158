"""Seal, sign, verify and open envelopes; verify receipts (SYNC_SECURITY_RESEARCH.md §3.4–3.5).

inner = CBOR{record, file keys, plaintext hashes}, signed by the device ("HRD-INNER-v1"),
sealed to the registry's X25519 key; the outer body (ids, order, blob ids, the seal) is signed
by the device again ("HRD-ENV-v1"). The relay verifies only the outer signature; the desk opens
the seal and checks that the inner signature and fields agree with the outer ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from nacl.exceptions import BadSignatureError, CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.signing import SigningKey, VerifyKey

from sync.protocol import (
    HASH_BYTES,
    ID_BYTES,
    KEY_BYTES,
    MAX_INNER_BYTES,
    MAX_RECORD_TEXT,
    PROTOCOL_VERSION,
    SIG_BYTES,
    TAG_ENVELOPE,
    TAG_INNER,
    TAG_RECEIPT,
    BlobRef,
    EnvelopeBody,
    ProtocolError,
    ReceiptBody,
    RegistryKey,
    Signed,
    decode,
    encode,
    items,
    raw,
    record,
    sha256,
    signed_message,
    text,
    uint,
)
from sync.protocol import MAX_BLOBS as _MAX_FILES
from sync.protocol import MAX_ENVELOPE_BYTES as _MAX_ENV
from sync.protocol import MAX_RECEIPT_BYTES as _MAX_RCPT


class SignatureInvalid(ProtocolError):
    """A signature that does not verify under the key it must be made with."""


@dataclass(frozen=True)
class FileEntry:
    """One media file of a record: what the relay sees (blob id, length) and what it must not."""

    blob_id: bytes  # SHA-256 of the stored ciphertext
    length: int  # ciphertext bytes, as uploaded
    file_key: bytes
    sha256_plain: str
    mime: str
    size_plain: int
    chunk_log2: int
    evidence_id: str


@dataclass(frozen=True)
class InnerRecord:
    """The sealed content: a record version exactly as frozen, and the keys of its files."""

    envelope_id: bytes
    device_id: bytes
    device_seq: int
    record_id: str
    record_version: int
    record: str  # the canonical JSON frozen at finalization, byte for byte
    files: tuple[FileEntry, ...]

    def encode(self) -> bytes:
        return encode(
            {
                "v": PROTOCOL_VERSION,
                "envelope_id": self.envelope_id,
                "device_id": self.device_id,
                "device_seq": self.device_seq,
                "record_id": self.record_id,
                "record_version": self.record_version,
                "record": self.record,
                "files": [
                    {
                        "blob_id": f.blob_id,
                        "len": f.length,
                        "file_key": f.file_key,
                        "sha256_plain": f.sha256_plain,
                        "mime": f.mime,
                        "size_plain": f.size_plain,
                        "chunk_log2": f.chunk_log2,
                        "evidence_id": f.evidence_id,
                    }
                    for f in self.files
                ],
            }
        )

    @classmethod
    def decode(cls, data: bytes) -> InnerRecord:
        file = record(
            {
                "blob_id": raw(HASH_BYTES),
                "len": uint(),
                "file_key": raw(KEY_BYTES),
                "sha256_plain": text(64),
                "mime": text(),
                "size_plain": uint(),
                "chunk_log2": uint(30),
                "evidence_id": text(64),
            }
        )
        value = record(
            {
                "v": uint(PROTOCOL_VERSION),
                "envelope_id": raw(ID_BYTES),
                "device_id": raw(ID_BYTES),
                "device_seq": uint(),
                "record_id": text(64),
                "record_version": uint(),
                "record": text(MAX_RECORD_TEXT),
                "files": items(file, _MAX_FILES),
            }
        )(decode(data, MAX_INNER_BYTES))
        files = tuple(
            FileEntry(
                f["blob_id"],
                f["len"],
                f["file_key"],
                f["sha256_plain"],
                f["mime"],
                f["size_plain"],
                f["chunk_log2"],
                f["evidence_id"],
            )
            for f in value["files"]
        )
        return cls(
            value["envelope_id"],
            value["device_id"],
            value["device_seq"],
            value["record_id"],
            value["record_version"],
            value["record"],
            files,
        )


@dataclass(frozen=True)
class SealedEnvelope:
    """A signed envelope as sent: its exact bytes, its hash, and what the relay will check."""

    data: bytes
    envelope_hash: bytes
    body: EnvelopeBody


def _sign(seed: bytes, tag: bytes, body: bytes) -> bytes:
    return bytes(SigningKey(bytes(seed)).sign(signed_message(tag, body)).signature)


def verify_signature(public_key: bytes, tag: bytes, body: bytes, sig: bytes) -> None:
    """Raise SignatureInvalid unless `sig` is the key's signature of tag ‖ body."""
    if len(public_key) != KEY_BYTES or len(sig) != SIG_BYTES:
        raise SignatureInvalid("bad key or signature size")
    try:
        VerifyKey(public_key).verify(signed_message(tag, body), sig)
    except (BadSignatureError, ValueError, TypeError) as exc:
        raise SignatureInvalid("signature does not verify") from exc


def public_signing_key(seed: bytes) -> bytes:
    return bytes(SigningKey(bytes(seed)).verify_key)


def seal_envelope(
    inner: InnerRecord,
    *,
    signing_seed: bytes,
    device_epoch: bytes,
    prev: bytes,
    registry_key: RegistryKey,
    created_device_clock: str,
) -> SealedEnvelope:
    """Sign the inner record, seal it to the registry, sign the outer body; serialize once."""
    inner_bytes = inner.encode()
    inner_sig = _sign(signing_seed, TAG_INNER, inner_bytes)
    sealed = SealedBox(PublicKey(registry_key.public_key)).encrypt(encode([inner_bytes, inner_sig]))
    body = EnvelopeBody(
        envelope_id=inner.envelope_id,
        device_id=inner.device_id,
        device_epoch=device_epoch,
        device_seq=inner.device_seq,
        prev=prev,
        registry_key_id=registry_key.id,
        created_device_clock=created_device_clock,
        blobs=tuple(BlobRef(f.blob_id, f.length) for f in inner.files),
        sealed=bytes(sealed),
    )
    body_bytes = body.encode()
    data = Signed(body_bytes, _sign(signing_seed, TAG_ENVELOPE, body_bytes)).encode()
    if len(data) > _MAX_ENV:
        raise ProtocolError("record too large for one envelope")
    return SealedEnvelope(data, sha256(data), body)


def read_envelope(data: bytes) -> tuple[Signed, EnvelopeBody]:
    """Parse a signed envelope without checking its signature (to learn who claims it)."""
    signed = Signed.decode(data, _MAX_ENV)
    return signed, EnvelopeBody.decode(signed.body)


def verify_envelope(data: bytes, device_pk: bytes) -> EnvelopeBody:
    """The outer body of a signed envelope, if the device's key signed it."""
    signed, body = read_envelope(data)
    verify_signature(device_pk, TAG_ENVELOPE, signed.body, signed.sig)
    return body


def open_envelope(data: bytes, registry_sk: bytes, device_pk: bytes) -> InnerRecord:
    """The desk's side: verify both signatures, unseal, and check inner agrees with outer."""
    body = verify_envelope(data, device_pk)
    try:
        opened = SealedBox(PrivateKey(registry_sk)).decrypt(body.sealed)
    except CryptoError as exc:
        raise ProtocolError("the seal does not open with this registry key") from exc
    pair: Any = decode(bytes(opened), MAX_INNER_BYTES + 256)
    if not (isinstance(pair, list) and len(pair) == 2):
        raise ProtocolError("malformed seal")
    inner_bytes, inner_sig = raw_bytes(pair[0]), raw(SIG_BYTES)(pair[1])
    verify_signature(device_pk, TAG_INNER, inner_bytes, inner_sig)
    inner = InnerRecord.decode(inner_bytes)
    outer_blobs = tuple(BlobRef(f.blob_id, f.length) for f in inner.files)
    if (
        inner.envelope_id != body.envelope_id
        or inner.device_id != body.device_id
        or inner.device_seq != body.device_seq
        or outer_blobs != body.blobs
    ):
        raise ProtocolError("the sealed record does not match its envelope")
    return inner


def raw_bytes(value: Any) -> bytes:
    if not isinstance(value, bytes):
        raise ProtocolError("expected bytes")
    return value


# ------------------------------------------------------------------ receipts (signed by the relay)
def verify_receipt(
    data: bytes,
    *,
    server_pk: bytes,
    server_key_id: bytes,
    envelope_bytes: bytes,
) -> ReceiptBody:
    """A receipt the client may trust: signed by the pinned relay key and matching what it sent.

    Checks the signature, then every field against the envelope as sent: id, hash of the exact
    bytes, device, epoch, sequence and the full blob list.
    """
    signed = Signed.decode(data, _MAX_RCPT)
    verify_signature(server_pk, TAG_RECEIPT, signed.body, signed.sig)
    receipt = ReceiptBody.decode(signed.body)
    _, body = read_envelope(envelope_bytes)
    expected = (
        body.envelope_id,
        sha256(envelope_bytes),
        body.device_id,
        body.device_epoch,
        body.device_seq,
        body.blobs,
        server_key_id,
    )
    actual = (
        receipt.envelope_id,
        receipt.envelope_hash,
        receipt.device_id,
        receipt.device_epoch,
        receipt.device_seq,
        receipt.blobs,
        receipt.server_key_id,
    )
    if actual != expected:
        raise ProtocolError("the receipt does not match the envelope sent")
    return receipt
