"""The wire protocol the sync client and the relay share (SYNC_SECURITY_RESEARCH.md §3.4–3.6).

Every signed structure is serialized once, as deterministic CBOR, and the exact bytes are signed
and sent (sign bytes, not objects). Decoding is strict: a size limit checked before parsing,
no indefinite lengths or duplicate keys, only the canonical encoding, exactly the expected keys,
and every length bounded. Anything else raises ProtocolError.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import cbor2

PROTOCOL_VERSION = 1
TUS_VERSION = "1.0.0"
CBOR_TYPE = "application/cbor"
OFFSET_TYPE = "application/offset+octet-stream"

# Domain separation: each signature covers tag ‖ the exact bytes.
TAG_INNER = b"HRD-INNER-v1\0"
TAG_ENVELOPE = b"HRD-ENV-v1\0"
TAG_RECEIPT = b"HRD-RCPT-v1\0"
TAG_AUTH = b"HRD-AUTH-v1\0"
TAG_ADMIN = b"HRD-ADMIN-v1\0"
TAG_CONFIG = b"HRD-CONFIG-v1\0"
TAG_HELLO = b"HRD-HELLO-v1\0"
TAG_DEVICE_CERT = b"HRD-DEVCERT-v1\0"

ID_BYTES = 16  # envelope and device ids
EPOCH_BYTES = 8
KEY_ID_BYTES = 8
HASH_BYTES = 32  # SHA-256: blob ids, envelope hashes, fingerprints
KEY_BYTES = 32  # Ed25519 and X25519 public keys, file keys
SIG_BYTES = 64
NONCE_BYTES = 32
TOKEN_BYTES = 32
ENROLL_TOKEN_BYTES = 16
DESK_KEY_BYTES = 16  # the secret a desk-issued enrollment code carries (never sent to the relay)

MIB = 1 << 20
MAX_ENVELOPE_BYTES = 16 * MIB
MAX_INNER_BYTES = MAX_ENVELOPE_BYTES
MAX_BLOB_BYTES = 1 << 40
MAX_PATCH_BYTES = 8 * MIB
MAX_BLOBS = 1000
MAX_BATCH = 64  # envelopes in one POST /v1/envelopes/batch
MAX_RECEIPT_BYTES = 8 * 1024 + MAX_BLOBS * 64
MAX_CONFIG_BYTES = 16 * 1024
MAX_CERT_BYTES = 1024
MAX_REGISTRY_KEYS = 16
MAX_TEXT = 256
MAX_RECORD_TEXT = MAX_INNER_BYTES
MAX_SEQ = (1 << 63) - 1


class ProtocolError(ValueError):
    """Input that is not a well-formed protocol message; never a crash, never a partial read."""


# ------------------------------------------------------------------ encoding
def encode(value: Any) -> bytes:
    """Deterministic CBOR (RFC 8949 §4.2 core deterministic encoding)."""
    return cbor2.dumps(value, canonical=True)


def decode(data: bytes, limit: int) -> Any:
    """Parse CBOR of at most `limit` bytes that must be in the deterministic encoding."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise ProtocolError("not bytes")
    data = bytes(data)
    if len(data) > limit:
        raise ProtocolError("message too large")
    try:
        value = cbor2.loads(data, max_depth=8, allow_indefinite=False, allow_duplicate_keys=False)
        canonical = encode(value)
    except (cbor2.CBORError, ValueError, TypeError, OverflowError, RecursionError) as exc:
        raise ProtocolError("malformed CBOR") from exc
    if canonical != data:
        raise ProtocolError("not the deterministic encoding")
    return value


def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def key_id(public_key: bytes) -> bytes:
    """The short id a key is named by in configs and receipts."""
    return sha256(public_key)[:KEY_ID_BYTES]


def fingerprint(public_key: bytes) -> bytes:
    """The pin of the organisation's root key (carried in enrollment codes)."""
    return sha256(public_key)


def fingerprint_text(public_key: bytes) -> str:
    """A key's fingerprint in groups of four hex digits, for reading aloud by phone."""
    hexed = fingerprint(public_key).hex()
    return " ".join(hexed[i : i + 4] for i in range(0, len(hexed), 4))


def signed_message(tag: bytes, body: bytes) -> bytes:
    return tag + body


# ------------------------------------------------------------------ strict fields
Check = Callable[[Any], Any]


def _fail(what: str) -> ProtocolError:
    return ProtocolError(what)


def raw(size: int) -> Check:
    def check(value: Any) -> bytes:
        if not isinstance(value, bytes) or len(value) != size:
            raise _fail(f"expected {size} bytes")
        return value

    return check


def raw_upto(limit: int) -> Check:
    def check(value: Any) -> bytes:
        if not isinstance(value, bytes) or len(value) > limit:
            raise _fail("bytes too long or not bytes")
        return value

    return check


def uint(maximum: int = MAX_SEQ) -> Check:
    def check(value: Any) -> int:
        if type(value) is not int or not 0 <= value <= maximum:
            raise _fail("expected an unsigned integer in range")
        return value

    return check


def text(limit: int = MAX_TEXT) -> Check:
    def check(value: Any) -> str:
        if not isinstance(value, str) or len(value) > limit:
            raise _fail("text too long or not text")
        return value

    return check


def items(check: Check, limit: int) -> Check:
    def check_list(value: Any) -> tuple[Any, ...]:
        if not isinstance(value, list) or len(value) > limit:
            raise _fail("list too long or not a list")
        return tuple(check(v) for v in value)

    return check_list


def optional(check: Check) -> Check:
    def check_optional(value: Any) -> Any:
        return None if value is None else check(value)

    return check_optional


def record(spec: Mapping[str, Check]) -> Callable[[Any], dict[str, Any]]:
    """A map with exactly the keys of `spec`, each value passing its check."""

    def check(value: Any) -> dict[str, Any]:
        if not isinstance(value, dict) or set(value) != set(spec):
            raise _fail("unexpected fields")
        return {name: spec[name](value[name]) for name in spec}

    return check


# ------------------------------------------------------------------ structures
@dataclass(frozen=True)
class BlobRef:
    """A blob as the relay sees it: the SHA-256 of its ciphertext and its length."""

    id: bytes
    length: int

    def to_cbor(self) -> dict[str, Any]:
        return {"id": self.id, "len": self.length}


_blob = record({"id": raw(HASH_BYTES), "len": uint(MAX_BLOB_BYTES)})


def _blobs(value: Any) -> tuple[BlobRef, ...]:
    refs = tuple(BlobRef(b["id"], b["len"]) for b in items(_blob, MAX_BLOBS)(value))
    if len({b.id for b in refs}) != len(refs):
        raise _fail("duplicate blob")
    return refs


@dataclass(frozen=True)
class Signed:
    """{body, sig}: a signed structure as sent, its body the exact bytes that were signed."""

    body: bytes
    sig: bytes

    def encode(self) -> bytes:
        return encode({"body": self.body, "sig": self.sig})

    @classmethod
    def decode(cls, data: bytes, limit: int) -> Signed:
        value = record({"body": raw_upto(limit), "sig": raw(SIG_BYTES)})(decode(data, limit))
        return cls(value["body"], value["sig"])


@dataclass(frozen=True)
class EnvelopeBody:
    """The part of an envelope the relay may read (§3.4): routing, order, blob ids, the seal."""

    envelope_id: bytes
    device_id: bytes
    device_epoch: bytes
    device_seq: int
    prev: bytes  # hash of this device's previous signed envelope (zeros for the first)
    registry_key_id: bytes
    created_device_clock: str
    blobs: tuple[BlobRef, ...]
    sealed: bytes

    def encode(self) -> bytes:
        return encode(
            {
                "v": PROTOCOL_VERSION,
                "envelope_id": self.envelope_id,
                "device_id": self.device_id,
                "device_epoch": self.device_epoch,
                "device_seq": self.device_seq,
                "prev": self.prev,
                "registry_key_id": self.registry_key_id,
                "created_device_clock": self.created_device_clock,
                "blobs": [b.to_cbor() for b in self.blobs],
                "sealed": self.sealed,
            }
        )

    @classmethod
    def decode(cls, data: bytes) -> EnvelopeBody:
        value = record(
            {
                "v": _version,
                "envelope_id": raw(ID_BYTES),
                "device_id": raw(ID_BYTES),
                "device_epoch": raw(EPOCH_BYTES),
                "device_seq": uint(),
                "prev": raw(HASH_BYTES),
                "registry_key_id": raw(KEY_ID_BYTES),
                "created_device_clock": text(64),
                "blobs": _blobs,
                "sealed": raw_upto(MAX_ENVELOPE_BYTES),
            }
        )(decode(data, MAX_ENVELOPE_BYTES))
        del value["v"]
        return cls(**value)


def _version(value: Any) -> int:
    if value != PROTOCOL_VERSION or type(value) is not int:
        raise _fail("unsupported version")
    return PROTOCOL_VERSION


@dataclass(frozen=True)
class ReceiptBody:
    """The relay's signed statement that it durably holds an envelope and all its blobs."""

    envelope_id: bytes
    envelope_hash: bytes
    device_id: bytes
    device_epoch: bytes
    device_seq: int
    blobs: tuple[BlobRef, ...]
    server_seq: int
    received_at: str  # server clock, ISO 8601 UTC
    server_key_id: bytes

    def encode(self) -> bytes:
        return encode(
            {
                "v": PROTOCOL_VERSION,
                "envelope_id": self.envelope_id,
                "envelope_hash": self.envelope_hash,
                "device_id": self.device_id,
                "device_epoch": self.device_epoch,
                "device_seq": self.device_seq,
                "blobs": [b.to_cbor() for b in self.blobs],
                "server_seq": self.server_seq,
                "received_at": self.received_at,
                "server_key_id": self.server_key_id,
            }
        )

    @classmethod
    def decode(cls, data: bytes) -> ReceiptBody:
        value = record(
            {
                "v": _version,
                "envelope_id": raw(ID_BYTES),
                "envelope_hash": raw(HASH_BYTES),
                "device_id": raw(ID_BYTES),
                "device_epoch": raw(EPOCH_BYTES),
                "device_seq": uint(),
                "blobs": _blobs,
                "server_seq": uint(),
                "received_at": text(64),
                "server_key_id": raw(KEY_ID_BYTES),
            }
        )(decode(data, MAX_RECEIPT_BYTES))
        del value["v"]
        return cls(**value)


@dataclass(frozen=True)
class RegistryKey:
    """An X25519 key envelopes are sealed to; its private half never reaches the relay."""

    id: bytes
    public_key: bytes


@dataclass(frozen=True)
class RegistryConfig:
    """What the organisation's root key vouches for: the relay's signing key and sealing keys."""

    org_name: str
    server_key_id: bytes
    server_sign_pk: bytes
    registry_keys: tuple[RegistryKey, ...]  # the first is the one new envelopes use
    issued_at: str
    # X25519 key courier bundles are sealed to (the relay holds the private half); None in
    # configs of relays set up before bundles could be uploaded, which then encode as before.
    transport_pk: bytes | None = None

    def encode(self) -> bytes:
        value = {
            "v": PROTOCOL_VERSION,
            "org_name": self.org_name,
            "server_key_id": self.server_key_id,
            "server_sign_pk": self.server_sign_pk,
            "registry_keys": [{"id": k.id, "pk": k.public_key} for k in self.registry_keys],
            "issued_at": self.issued_at,
        }
        if self.transport_pk is not None:
            value["transport_pk"] = self.transport_pk
        return encode(value)

    @classmethod
    def decode(cls, data: bytes) -> RegistryConfig:
        key = record({"id": raw(KEY_ID_BYTES), "pk": raw(KEY_BYTES)})
        value = decode(data, MAX_CONFIG_BYTES)
        transport = value.pop("transport_pk", None) if isinstance(value, dict) else None
        value = record(
            {
                "v": _version,
                "org_name": text(),
                "server_key_id": raw(KEY_ID_BYTES),
                "server_sign_pk": raw(KEY_BYTES),
                "registry_keys": items(key, MAX_REGISTRY_KEYS),
                "issued_at": text(64),
            }
        )(value)
        keys = tuple(RegistryKey(k["id"], k["pk"]) for k in value["registry_keys"])
        if not keys or any(k.id != key_id(k.public_key) for k in keys):
            raise _fail("registry key ids do not match their keys")
        if value["server_key_id"] != key_id(value["server_sign_pk"]):
            raise _fail("server key id does not match its key")
        return cls(
            value["org_name"],
            value["server_key_id"],
            value["server_sign_pk"],
            keys,
            value["issued_at"],
            None if transport is None else raw(KEY_BYTES)(transport),
        )

    def current_registry_key(self) -> RegistryKey:
        return self.registry_keys[0]

    def issued(self) -> dt.datetime:
        """When the root signed it (UTC): a config not issued after the one held is refused."""
        try:
            issued = dt.datetime.fromisoformat(self.issued_at)
        except ValueError:
            raise _fail("bad issued_at") from None
        return issued if issued.tzinfo else issued.replace(tzinfo=dt.UTC)


@dataclass(frozen=True)
class DeviceCert:
    """The relay's statement that a device key belongs to this organisation."""

    device_id: bytes
    device_epoch: bytes
    device_sign_pk: bytes
    org_fingerprint: bytes
    issued_at: str

    def encode(self) -> bytes:
        return encode(
            {
                "v": PROTOCOL_VERSION,
                "device_id": self.device_id,
                "device_epoch": self.device_epoch,
                "device_sign_pk": self.device_sign_pk,
                "org_fingerprint": self.org_fingerprint,
                "issued_at": self.issued_at,
            }
        )

    @classmethod
    def decode(cls, data: bytes) -> DeviceCert:
        value = record(
            {
                "v": _version,
                "device_id": raw(ID_BYTES),
                "device_epoch": raw(EPOCH_BYTES),
                "device_sign_pk": raw(KEY_BYTES),
                "org_fingerprint": raw(HASH_BYTES),
                "issued_at": text(64),
            }
        )(decode(data, MAX_CERT_BYTES))
        del value["v"]
        return cls(**value)


def encode_batch(envelopes: list[bytes]) -> bytes:
    """Several signed envelopes in one request body: a CBOR array of their exact bytes."""
    return encode(list(envelopes))


def decode_batch(data: bytes) -> tuple[bytes, ...]:
    batch: tuple[bytes, ...] = items(raw_upto(MAX_ENVELOPE_BYTES), MAX_BATCH)(
        decode(data, MAX_ENVELOPE_BYTES)
    )
    return batch


def auth_message(org_fingerprint: bytes, device_id: bytes, nonce: bytes) -> bytes:
    """What a device signs to sign in: bound to the organisation, the device and the nonce."""
    return signed_message(TAG_AUTH, org_fingerprint + device_id + nonce)


def admin_auth_message(org_fingerprint: bytes, nonce: bytes) -> bytes:
    """What the registry desk signs with the organisation root key to sign in as admin."""
    return signed_message(TAG_ADMIN, org_fingerprint + nonce)


def hello_message(nonce: bytes, server_time: str) -> bytes:
    """What the relay signs to prove it is live and holds the certified key."""
    return signed_message(TAG_HELLO, nonce + server_time.encode("ascii", "replace"))


def parse_hex(value: str, size: int) -> bytes:
    """A fixed-size id given as hex in a URL, header or JSON field."""
    if not isinstance(value, str) or len(value) != 2 * size:
        raise ProtocolError("bad id")
    try:
        return bytes.fromhex(value)
    except ValueError as exc:
        raise ProtocolError("bad id") from exc


TAG_EPOCH = b"HRD-EPOCH-v1\0"


def epoch_message(org_fingerprint: bytes, device_id: bytes, from_epoch: bytes) -> bytes:
    """What a device signs to close its current epoch and open a new one (a restored vault)."""
    return signed_message(TAG_EPOCH, org_fingerprint + device_id + from_epoch)


def next_epoch(device_id: bytes, from_epoch: bytes, sig: bytes) -> bytes:
    """The epoch that follows `from_epoch`: the same for a retried request, new otherwise."""
    return sha256(b"HRD-NEXT-EPOCH\0" + device_id + from_epoch + sig)[:EPOCH_BYTES]


TAG_BINDING = b"HRD-BIND-v1\0"


def enroll_token_hash(token: bytes) -> bytes:
    """How the relay names an enrollment token (it keeps only this hash), and the desk too."""
    return sha256(token)


def device_binding(
    desk_key: bytes, org_fingerprint: bytes, token_hash: bytes, device_sign_pk: bytes
) -> bytes:
    """What a device enrolling with a desk-issued code sends with its key: HMAC-SHA256 under
    the code's desk key over the organisation, the token's hash and the device's signing key.

    The device id is not in it: the relay chooses that after this is sent. The relay, which
    never sees the desk key, cannot make one for a key of its own; a copied one names only
    the key it was made for, whose private half stays on the device.
    """
    message = signed_message(TAG_BINDING, org_fingerprint + token_hash + device_sign_pk)
    return hmac.new(desk_key, message, hashlib.sha256).digest()


def binding_holds(
    binding: bytes,
    desk_key: bytes,
    org_fingerprint: bytes,
    token_hash: bytes,
    device_sign_pk: bytes,
) -> bool:
    expected = device_binding(desk_key, org_fingerprint, token_hash, device_sign_pk)
    return hmac.compare_digest(binding, expected)
