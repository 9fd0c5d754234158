"""Courier bundles (issue #6, USB part): one opaque file of already-sealed envelopes and their
encrypted blobs, written where there is no connection and uploaded later through the same
endpoints as online sync (`POST /v1/envelopes/batch`, tus), so duplicates are harmless.

File layout, all of it indistinguishable from random bytes:

    salt (16 random) | secretstream header (24 random) | fixed-size secretstream chunks

Every ciphertext chunk is CHUNK bytes (the first is 40 bytes shorter so the file is a whole
number of chunks); the last one carries TAG_FINAL, so a truncated file or a `.part` left by a
killed export never verifies. The stream key is BLAKE2b(key, salt), so two bundles never share
a stream key. The plaintext is `u64 head length | head | envelopes | blobs | zero padding`
where head = CBOR {manifest, sig}; the manifest (bundle id, device id/epoch/public key, every
envelope's id, sequence, length and SHA-256, every blob's id and length) is signed with the
device's Ed25519 key. The file is padded to a size bucket (a power of two from 64 KiB, then
1 MiB steps above 16 MiB): its size and existence are the only leaks.

Who can read a bundle (a deliberate choice): the bundle key is symmetric and given by the
caller; the CLI uses the vault's own `derive_key(b"defender/bundle/v1")`. Only an install
holding that vault can open it. That follows from the relay as it is: `/v1/envelopes/batch`
accepts a device's envelopes only in that device's session (registry/relay.py checks the
envelope's device id against the session), so an install of *another* device could not
upload them anyway, and there is no `POST /v1/bundles` for the relay to unwrap a bundle
sealed to its transport key. When the relay gains that endpoint, the same format works with
`key` random per bundle and `crypto_box_seal(server_transport_pk, key)` written in front.
The envelopes and blobs inside stay sealed to the registry either way.

Import reads and verifies the whole file (final tag, manifest signature, every envelope's
signature and hash, every blob's SHA-256 = its id) before anything is sent: a damaged
bundle is rejected whole with BundleRejected and nothing is uploaded.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import struct
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import nacl.bindings as sodium
from nacl.exceptions import CryptoError
from nacl.signing import SigningKey

from forms.errors import UserFacingError
from forms.text import QT_TRANSLATE_NOOP
from sync.client import NotEnrolled, SyncClient, SyncResult
from sync.envelope import SignatureInvalid, public_signing_key, verify_envelope, verify_signature
from sync.ports import Counts, Identity, Outbox, OutgoingEnvelope
from sync.protocol import (
    EPOCH_BYTES,
    HASH_BYTES,
    ID_BYTES,
    KEY_BYTES,
    MAX_BLOB_BYTES,
    MAX_BLOBS,
    MAX_ENVELOPE_BYTES,
    MAX_SEQ,
    SIG_BYTES,
    ProtocolError,
    decode,
    encode,
    items,
    raw,
    record,
    signed_message,
    text,
    uint,
)

TAG_BUNDLE = b"HRD-BUNDLE-v1\0"
SUFFIX = ".hrdb"
CHUNK = 64 * 1024
SALT_BYTES = 16
ABYTES = sodium.crypto_secretstream_xchacha20poly1305_ABYTES
HEADER_BYTES = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES
PREFIX = SALT_BYTES + HEADER_BYTES
PLAIN = CHUNK - ABYTES  # plaintext bytes per chunk
FIRST_PLAIN = CHUNK - PREFIX - ABYTES
MIN_BUCKET = 64 * 1024
POW2_UNTIL = 16 << 20
STEP = 1 << 20
MAX_BUNDLE_BYTES = 1 << 40
MAX_HEAD = 8 << 20
MAX_ENTRIES = 100_000
_TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
_TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
_U64 = struct.Struct(">Q")


class BundleRejected(UserFacingError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "This file is not a complete courier bundle for this vault ({detail}). Nothing was "
        "imported. Ask the person who made it to export it again.",
    )


class BundleEmpty(UserFacingError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors", "Nothing to put in a bundle: every finalized record is already delivered."
    )


class BundleFromAnotherDevice(UserFacingError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "This bundle was made by another device; the registry only accepts a device's records "
        "from that device. Nothing was imported.",
    )


# ------------------------------------------------------------------ sizes
def bucket_size(needed: int) -> int:
    """The padded file size for `needed` bytes: a power of two ≥ 64 KiB, then 1 MiB steps."""
    if needed <= POW2_UNTIL:
        size = MIN_BUCKET
        while size < needed:
            size *= 2
        return size
    return -(-needed // STEP) * STEP


def _plain_capacity(file_size: int) -> int:
    return FIRST_PLAIN + (file_size // CHUNK - 1) * PLAIN


def _stream_key(key: bytes, salt: bytes) -> bytes:
    if len(key) != KEY_BYTES:
        raise ValueError("bundle key must be 32 bytes")
    return hashlib.blake2b(key, digest_size=32, salt=salt, person=b"defender-bundle").digest()


# ------------------------------------------------------------------ manifest
@dataclass(frozen=True)
class BundleBlob:
    blob_id: str
    length: int


@dataclass(frozen=True)
class BundleEnvelope:
    envelope_id: str
    device_seq: int
    envelope: bytes
    blobs: tuple[BundleBlob, ...]
    state: str = "pending"


_MANIFEST = record(
    {
        "v": uint(1),
        "bundle_id": raw(ID_BYTES),
        "device_id": raw(ID_BYTES),
        "device_epoch": raw(EPOCH_BYTES),
        "device_pk": raw(KEY_BYTES),
        "created": text(64),
        "entries": items(
            record(
                {
                    "id": raw(ID_BYTES),
                    "seq": uint(MAX_SEQ),
                    "length": uint(MAX_ENVELOPE_BYTES),
                    "hash": raw(HASH_BYTES),
                    "blobs": items(raw(HASH_BYTES), MAX_BLOBS),
                }
            ),
            MAX_ENTRIES,
        ),
        "blobs": items(
            record({"id": raw(HASH_BYTES), "length": uint(MAX_BLOB_BYTES)}), MAX_ENTRIES
        ),
    }
)


def _head_check(value: Any) -> tuple[bytes, bytes]:
    if not isinstance(value, dict) or set(value) != {"manifest", "sig"}:
        raise ProtocolError("bad bundle head")
    manifest, sig = value["manifest"], value["sig"]
    if not isinstance(manifest, bytes) or not isinstance(sig, bytes) or len(sig) != SIG_BYTES:
        raise ProtocolError("bad bundle head")
    return manifest, sig


# ------------------------------------------------------------------ writing
class _Writer:
    """Plaintext in, fixed-size secretstream chunks out."""

    def __init__(self, f: BinaryIO, key: bytes) -> None:
        salt = os.urandom(SALT_BYTES)
        self._state = sodium.crypto_secretstream_xchacha20poly1305_state()
        header = sodium.crypto_secretstream_xchacha20poly1305_init_push(
            self._state, _stream_key(key, salt)
        )
        f.write(salt + header)
        self._f = f
        self._buf = bytearray()
        self._room = FIRST_PLAIN
        self.written = PREFIX

    def write(self, data: bytes) -> None:
        self._buf += data
        while len(self._buf) > self._room:  # keep one chunk back: the last one is FINAL
            room = self._room
            self._push(bytes(self._buf[:room]), _TAG_MESSAGE)
            del self._buf[:room]

    def _push(self, plain: bytes, tag: int) -> None:
        self._f.write(
            sodium.crypto_secretstream_xchacha20poly1305_push(self._state, plain, None, tag)
        )
        self.written += len(plain) + ABYTES
        self._room = PLAIN

    def finish(self, file_size: int) -> None:
        """Pad with zeros so the file is exactly `file_size`, the last chunk FINAL."""
        left = file_size - self.written - ABYTES - len(self._buf)
        while left > 0:
            step = min(left, 1 << 20)
            self.write(bytes(step))
            left -= step
        assert len(self._buf) == self._room
        self._push(bytes(self._buf), _TAG_FINAL)
        assert self.written == file_size


def _copy(path: Path, length: int) -> Iterator[bytes]:
    with open(path, "rb") as f:
        left = length
        while left:
            piece = f.read(min(1 << 20, left))
            if not piece:
                raise OSError(f"{path.name} is shorter than its recorded length")
            left -= len(piece)
            yield piece


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return  # not possible on every platform (Windows)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_bundle(
    envelopes: Sequence[OutgoingEnvelope],
    blob_file: Callable[[str], Path | None],
    identity: Identity,
    target_dir: Path,
    key: bytes,
) -> Path:
    """Write one bundle into `target_dir` atomically; it is safe to unplug once this returns.

    Blobs not held here any more (blob_file gives None) are left out: their envelopes stay
    waiting for them on the relay, as after an online sync that could not upload them.
    """
    blobs: dict[str, tuple[int, Path]] = {}
    for envelope in envelopes:
        for blob in envelope.blobs:
            path = blob_file(blob.blob_id)
            if path is not None and blob.blob_id not in blobs:
                blobs[blob.blob_id] = (blob.length, path)
    seed = identity.signing_seed
    manifest = encode(
        {
            "v": 1,
            "bundle_id": os.urandom(ID_BYTES),
            "device_id": identity.device_id,
            "device_epoch": identity.device_epoch,
            "device_pk": public_signing_key(seed),
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "entries": [
                {
                    "id": bytes.fromhex(e.envelope_id),
                    "seq": e.device_seq,
                    "length": len(e.envelope),
                    "hash": hashlib.sha256(e.envelope).digest(),
                    "blobs": [bytes.fromhex(b.blob_id) for b in e.blobs],
                }
                for e in envelopes
            ],
            "blobs": [{"id": bytes.fromhex(b), "length": n} for b, (n, _) in blobs.items()],
        }
    )
    sig = SigningKey(seed).sign(signed_message(TAG_BUNDLE, manifest)).signature
    head = encode({"manifest": manifest, "sig": sig})
    content = _U64.size + len(head) + sum(len(e.envelope) for e in envelopes)
    content += sum(n for n, _ in blobs.values())
    size = bucket_size(content + PREFIX + ABYTES * (content // PLAIN + 2))
    while _plain_capacity(size) < content:
        size = bucket_size(size + 1)
    target_dir.mkdir(parents=True, exist_ok=True)
    name = f"bundle-{os.urandom(8).hex()}{SUFFIX}"
    part = target_dir / f"{name}.part"
    try:
        with open(part, "xb") as f:
            writer = _Writer(f, key)
            writer.write(_U64.pack(len(head)) + head)
            for envelope in envelopes:
                writer.write(envelope.envelope)
            for length, path in blobs.values():
                for piece in _copy(path, length):
                    writer.write(piece)
            writer.finish(size)
            f.flush()
            os.fsync(f.fileno())
        final = target_dir / name
        os.replace(part, final)
        _fsync_dir(target_dir)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return final


def export_bundle(outbox: Outbox, target_dir: Path, key: bytes) -> tuple[Path, int]:
    """Every envelope not yet delivered, with the blobs held here: (bundle path, envelopes)."""
    identity = outbox.identity()
    if identity is None:
        raise NotEnrolled()
    outbox.seal_unsealed()
    pending = [e for e in outbox.pending() if e.state in ("pending", "awaiting_blobs")]
    if not pending:
        raise BundleEmpty()
    return write_bundle(pending, outbox.blob_file, identity, target_dir, key), len(pending)


# ------------------------------------------------------------------ reading
class _Reader:
    """Fixed-size chunks in, plaintext out; `read(n)` raises unless n bytes are there."""

    def __init__(self, f: BinaryIO, key: bytes, file_size: int) -> None:
        prefix = f.read(PREFIX)
        if len(prefix) != PREFIX:
            raise ProtocolError("file too short")
        self._state = sodium.crypto_secretstream_xchacha20poly1305_state()
        sodium.crypto_secretstream_xchacha20poly1305_init_pull(
            self._state, prefix[SALT_BYTES:], _stream_key(key, prefix[:SALT_BYTES])
        )
        self._f = f
        self._chunks_left = file_size // CHUNK
        self._next = CHUNK - PREFIX
        self._buf = bytearray()
        self.finished = False

    def _pull(self) -> None:
        if self.finished:
            raise ProtocolError("content runs past the end")
        data = self._f.read(self._next)
        if len(data) != self._next:
            raise ProtocolError("file truncated")
        try:
            plain, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(self._state, data, None)
        except (CryptoError, RuntimeError, ValueError) as exc:
            raise ProtocolError("damaged or not encrypted with this vault's key") from exc
        self._chunks_left -= 1
        self._next = CHUNK
        if (tag == _TAG_FINAL) != (self._chunks_left == 0) or tag not in (_TAG_MESSAGE, _TAG_FINAL):
            raise ProtocolError("the end of the bundle is missing or misplaced")
        self.finished = tag == _TAG_FINAL
        self._buf += plain

    def read(self, n: int) -> bytes:
        while len(self._buf) < n:
            self._pull()
        piece = bytes(self._buf[:n])
        del self._buf[:n]
        return piece

    def drain_padding(self) -> None:
        while True:
            if any(self._buf):
                raise ProtocolError("unexpected bytes after the content")
            self._buf.clear()
            if self.finished:
                return
            self._pull()


@dataclass
class Bundle:
    """A bundle read and verified whole; its blobs sit as files in `blob_dir`."""

    device_id: bytes
    device_epoch: bytes
    envelopes: list[BundleEnvelope]
    blob_paths: dict[str, Path] = field(default_factory=dict)


def read_bundle(path: Path, key: bytes, blob_dir: Path) -> Bundle:
    """Decrypt and verify everything, writing blobs into `blob_dir`; BundleRejected if not."""
    try:
        return _read(path, key, blob_dir)
    except ProtocolError as exc:
        raise BundleRejected(detail=str(exc)) from exc
    except OSError as exc:
        raise BundleRejected(detail=exc.strerror or type(exc).__name__) from exc


def _read(path: Path, key: bytes, blob_dir: Path) -> Bundle:
    if path.name.endswith(".part"):
        raise ProtocolError("an unfinished export (.part): the export did not complete")
    size = path.stat().st_size
    if size < MIN_BUCKET or size % CHUNK or size > MAX_BUNDLE_BYTES:
        raise ProtocolError("wrong size: truncated or not a bundle")
    capacity = _plain_capacity(size)
    with open(path, "rb") as f:
        reader = _Reader(f, key, size)
        head_len = _U64.unpack(reader.read(_U64.size))[0]
        if head_len > min(MAX_HEAD, capacity):
            raise ProtocolError("bad head length")
        manifest_bytes, sig = _head_check(decode(reader.read(head_len), MAX_HEAD))
        m = _MANIFEST(decode(manifest_bytes, MAX_HEAD))
        try:
            verify_signature(m["device_pk"], TAG_BUNDLE, manifest_bytes, sig)
        except SignatureInvalid as exc:
            raise ProtocolError("the manifest signature does not verify") from exc
        total = _U64.size + head_len + sum(e["length"] for e in m["entries"])
        total += sum(b["length"] for b in m["blobs"])
        if total > capacity:
            raise ProtocolError("the manifest claims more than the file holds")
        lengths = {b["id"].hex(): b["length"] for b in m["blobs"]}
        if len(lengths) != len(m["blobs"]):
            raise ProtocolError("a blob is listed twice")
        envelopes: list[BundleEnvelope] = []
        seen: set[bytes] = set()
        for entry in m["entries"]:
            data = reader.read(entry["length"])
            if hashlib.sha256(data).digest() != entry["hash"] or entry["id"] in seen:
                raise ProtocolError("an envelope does not match the manifest")
            seen.add(entry["id"])
            try:
                body = verify_envelope(data, m["device_pk"])
            except (SignatureInvalid, ProtocolError) as exc:
                raise ProtocolError("an envelope signature does not verify") from exc
            if (
                body.envelope_id != entry["id"]
                or body.device_id != m["device_id"]
                or body.device_seq != entry["seq"]
            ):
                raise ProtocolError("an envelope does not match the manifest")
            refs = {b.id.hex(): b.length for b in body.blobs}
            listed = [b.hex() for b in entry["blobs"]]
            if set(listed) != set(refs) or any(
                b in lengths and lengths[b] != refs[b] for b in listed
            ):
                raise ProtocolError("an envelope's files do not match the manifest")
            envelopes.append(
                BundleEnvelope(
                    entry["id"].hex(),
                    entry["seq"],
                    data,
                    tuple(BundleBlob(b, refs[b]) for b in listed),
                )
            )
        paths: dict[str, Path] = {}
        for blob_id, length in lengths.items():
            target = blob_dir / blob_id
            digest = hashlib.sha256()
            with open(target, "wb") as out:
                left = length
                while left:
                    piece = reader.read(min(left, 1 << 20))
                    digest.update(piece)
                    out.write(piece)
                    left -= len(piece)
            if digest.hexdigest() != blob_id:
                raise ProtocolError("a media file does not match its id")
            paths[blob_id] = target
        reader.drain_padding()
        if f.read(1):
            raise ProtocolError("bytes after the end")
    return Bundle(m["device_id"], m["device_epoch"], envelopes, paths)


# ------------------------------------------------------------------ importing
@dataclass(frozen=True)
class _Counts:
    waiting: int
    rejected: int


class BundleOutbox:
    """The bundle seen as an outbox, so SyncClient sends it exactly as an online sync would.

    State lives in memory only: the vault's own outbox is not touched (its next online sync
    sends the same envelopes again, and the relay answers with the same receipts).
    """

    def __init__(self, bundle: Bundle, outbox: Outbox) -> None:
        self._bundle = bundle
        self._outbox = outbox
        self._state = {e.envelope_id: "pending" for e in bundle.envelopes}
        self.delivered: list[str] = []
        self.rejected: list[str] = []

    def identity(self) -> Identity | None:
        return self._outbox.identity()

    def save_enrollment(self, **_fields: Any) -> None:
        raise AssertionError("a bundle import never enrolls")

    def save_config(self, config: bytes, config_sig: bytes) -> None:
        self._outbox.save_config(config, config_sig)

    def seal_unsealed(self) -> int:
        return 0

    def pending(self) -> list[BundleEnvelope]:
        return [
            BundleEnvelope(e.envelope_id, e.device_seq, e.envelope, e.blobs, state)
            for e in self._bundle.envelopes
            if (state := self._state.get(e.envelope_id)) in ("pending", "awaiting_blobs")
        ]

    def blob_file(self, blob_id: str) -> Path | None:
        return self._bundle.blob_paths.get(blob_id)

    def blob_intact(self, blob_id: str) -> bool:
        path = self.blob_file(blob_id)
        if path is None:
            return False
        with open(path, "rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest() == blob_id

    def mark_accepted(self, envelope_ids: Sequence[str]) -> None:
        for envelope_id in envelope_ids:
            self._state[envelope_id] = "awaiting_blobs"

    def mark_blobs_uploaded(self, blob_ids: Sequence[str]) -> None:
        pass

    def mark_blob_damaged(self, blob_id: str) -> None:
        self._bundle.blob_paths.pop(blob_id, None)

    def note_failure(self, envelope_id: str, error: str) -> None:
        pass

    def mark_rejected(self, envelope_id: str, reason: str) -> None:
        self._state[envelope_id] = "rejected"
        self.rejected.append(f"{envelope_id}: {reason}")

    def mark_delivered(self, deliveries: Sequence[tuple[str, bytes, int, str]]) -> object:
        for envelope_id, *_ in deliveries:
            self._state[envelope_id] = "delivered"
            self.delivered.append(envelope_id)
        return None

    def counts(self) -> Counts:
        waiting = sum(s in ("pending", "awaiting_blobs") for s in self._state.values())
        return _Counts(waiting, len(self.rejected))


def import_bundle(
    path: Path,
    key: bytes,
    outbox: Outbox,
    make_client: Callable[[Outbox], SyncClient] = SyncClient,
) -> tuple[int, SyncResult]:
    """Verify the whole bundle, then upload it as an online sync would: (envelopes, result).

    Raises BundleRejected (nothing sent) for a damaged, truncated or foreign file, and the
    sync errors (RelayUnreachable, …) when the relay cannot take it; running it again is safe.
    """
    identity = outbox.identity()
    if identity is None:
        raise NotEnrolled()
    with tempfile.TemporaryDirectory(prefix="defender-bundle-") as tmp:
        bundle = read_bundle(Path(path), key, Path(tmp))
        if bundle.device_id != identity.device_id or bundle.device_epoch != identity.device_epoch:
            raise BundleFromAnotherDevice()
        result = make_client(BundleOutbox(bundle, outbox)).run()
    return len(bundle.envelopes), result
