"""The courier bundle file (issue #6, §3.8): its layout, and reading it, for the relay and the
registry desk (field installs write it: sync/bundle.py). No network and no Qt here, so the
relay can import it.

File layout, every byte of it indistinguishable from random:

    crypto_box_seal(transport_pk, K) | crypto_box_seal(registry_pk, K)
    | secretstream header | fixed-size secretstream chunks

K is random per bundle. The first slot opens with the relay's transport key (a courier's
install uploads the file as-is and the relay takes it in); the second with the registry's
sealing key (the desk reads the file directly). Every ciphertext chunk is CHUNK bytes (the
first is PREFIX bytes shorter, so the file is a whole number of chunks); the last one carries
TAG_FINAL, so a truncated file or a `.part` left by a killed export never verifies.

The plaintext is `u64 head length | head | envelopes | blobs | zero padding`, head = CBOR
{manifest, sig}. The manifest (bundle id, device id/epoch/public key, the registry key id the
envelopes are sealed to, each envelope's id, sequence, length and SHA-256, each blob's id and
length) is signed with the device's Ed25519 key. The file is padded to a size bucket (a power
of two from 64 KiB, then 1 MiB steps above 16 MiB): its size and existence are the only leaks.
The envelopes and blobs inside stay sealed to the registry: the relay opening the outer layer
sees what online sync shows it, nothing more.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import nacl.bindings as sodium
from nacl.exceptions import CryptoError

from forms.errors import UserFacingError
from forms.text import QT_TRANSLATE_NOOP
from sync.envelope import SignatureInvalid, verify_envelope, verify_signature
from sync.protocol import (
    EPOCH_BYTES,
    HASH_BYTES,
    ID_BYTES,
    KEY_BYTES,
    KEY_ID_BYTES,
    MAX_BLOB_BYTES,
    MAX_BLOBS,
    MAX_ENVELOPE_BYTES,
    MAX_SEQ,
    SIG_BYTES,
    ProtocolError,
    decode,
    items,
    key_id,
    raw,
    record,
    text,
    uint,
)

TAG_BUNDLE = b"HRD-BUNDLE-v2\0"
SUFFIX = ".hrdb"
CHUNK = 64 * 1024
SLOT_BYTES = sodium.crypto_box_SEALBYTES + KEY_BYTES
TRANSPORT_SLOT, REGISTRY_SLOT = 0, 1
ABYTES = sodium.crypto_secretstream_xchacha20poly1305_ABYTES
HEADER_BYTES = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES
PREFIX = 2 * SLOT_BYTES + HEADER_BYTES
PLAIN = CHUNK - ABYTES  # plaintext bytes per chunk
FIRST_PLAIN = CHUNK - PREFIX - ABYTES
MIN_BUCKET = 64 * 1024
POW2_UNTIL = 16 << 20
STEP = 1 << 20
MAX_BUNDLE_BYTES = 1 << 40
MAX_HEAD = 8 << 20
MAX_ENTRIES = 100_000
PIECE = 1 << 20
TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
U64 = struct.Struct(">Q")

Report = Callable[[int, int, str], None]


class BundleFormatError(ProtocolError):
    """Why a file is not a bundle this key can take; `code` is stable (the relay's answers)."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code


class BundleRejected(UserFacingError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "This file is not a complete courier bundle ({detail}). Nothing was imported. Ask the "
        "person who made it to export it again.",
    )

    def __init__(self, detail: str, code: str = "bundle_damaged") -> None:
        self.code = code
        super().__init__(detail=detail)


# ------------------------------------------------------------------ sizes
def bucket_size(needed: int) -> int:
    """The padded file size for `needed` bytes: a power of two ≥ 64 KiB, then 1 MiB steps."""
    if needed <= POW2_UNTIL:
        size = MIN_BUCKET
        while size < needed:
            size *= 2
        return size
    return -(-needed // STEP) * STEP


def plausible_size(size: int) -> bool:
    """Whether a file of `size` bytes could be a whole bundle (a truncated one usually not)."""
    return MIN_BUCKET <= size <= MAX_BUNDLE_BYTES and size % CHUNK == 0


def plain_capacity(file_size: int) -> int:
    return FIRST_PLAIN + (file_size // CHUNK - 1) * PLAIN


# ------------------------------------------------------------------ manifest
@dataclass(frozen=True)
class BundleBlob:
    blob_id: str
    length: int


@dataclass(frozen=True)
class BundleEnvelope:
    envelope_id: str
    device_seq: int
    envelope: bytes  # the signed envelope, exactly as the device sealed it
    blobs: tuple[BundleBlob, ...]


@dataclass(frozen=True)
class ManifestEntry:
    envelope_id: bytes
    device_seq: int
    length: int
    sha256: bytes
    blobs: tuple[bytes, ...]


@dataclass(frozen=True)
class Manifest:
    bundle_id: bytes
    device_id: bytes
    device_epoch: bytes
    device_pk: bytes
    registry_key_id: bytes
    created: str
    entries: tuple[ManifestEntry, ...]
    blobs: tuple[BundleBlob, ...]


_MANIFEST = record(
    {
        "v": uint(2),
        "bundle_id": raw(ID_BYTES),
        "device_id": raw(ID_BYTES),
        "device_epoch": raw(EPOCH_BYTES),
        "device_pk": raw(KEY_BYTES),
        "registry_key_id": raw(KEY_ID_BYTES),
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


def _parse_manifest(data: bytes) -> Manifest:
    m = _MANIFEST(decode(data, MAX_HEAD))
    if m["v"] != 2:
        raise ProtocolError("unsupported bundle version")
    entries = tuple(
        ManifestEntry(e["id"], e["seq"], e["length"], e["hash"], e["blobs"]) for e in m["entries"]
    )
    blobs = tuple(BundleBlob(b["id"].hex(), b["length"]) for b in m["blobs"])
    if len({e.envelope_id for e in entries}) != len(entries):
        raise ProtocolError("an envelope is listed twice")
    if len({b.blob_id for b in blobs}) != len(blobs):
        raise ProtocolError("a media file is listed twice")
    return Manifest(
        m["bundle_id"],
        m["device_id"],
        m["device_epoch"],
        m["device_pk"],
        m["registry_key_id"],
        m["created"],
        entries,
        blobs,
    )


def _head_check(value: Any) -> tuple[bytes, bytes]:
    if not isinstance(value, dict) or set(value) != {"manifest", "sig"}:
        raise ProtocolError("bad bundle head")
    manifest, sig = value["manifest"], value["sig"]
    if not isinstance(manifest, bytes) or not isinstance(sig, bytes) or len(sig) != SIG_BYTES:
        raise ProtocolError("bad bundle head")
    return manifest, sig


# ------------------------------------------------------------------ reading
def _fail(code: str, detail: str) -> BundleFormatError:
    return BundleFormatError(code, detail)


class _Reader:
    """Fixed-size chunks in, plaintext out; `read(n)` raises unless n bytes are there."""

    def __init__(self, f: BinaryIO, key: bytes, header: bytes, file_size: int) -> None:
        self._state = sodium.crypto_secretstream_xchacha20poly1305_state()
        sodium.crypto_secretstream_xchacha20poly1305_init_pull(self._state, header, key)
        self._f = f
        self._chunks_left = file_size // CHUNK
        self._next = CHUNK - PREFIX
        self._buf = bytearray()
        self.finished = False

    def _pull(self) -> None:
        if self.finished:
            raise _fail("damaged", "content runs past the end")
        data = self._f.read(self._next)
        if len(data) != self._next:
            raise _fail("truncated", "file truncated")
        try:
            plain, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(self._state, data, None)
        except (CryptoError, RuntimeError, ValueError) as exc:
            raise _fail("damaged", "damaged: a part of the file does not decrypt") from exc
        self._chunks_left -= 1
        self._next = CHUNK
        if (tag == TAG_FINAL) != (self._chunks_left == 0) or tag not in (TAG_MESSAGE, TAG_FINAL):
            raise _fail("truncated", "the end of the bundle is missing or misplaced")
        self.finished = tag == TAG_FINAL
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
                raise _fail("damaged", "unexpected bytes after the content")
            self._buf.clear()
            if self.finished:
                return
            self._pull()


class BundleStream:
    """One pass over an opened bundle: `manifest` (signature not yet checked), then `verify`,
    `envelopes()`, `blobs(dir)` and `finish()`, in that order. Every step raises
    BundleFormatError on anything that does not match."""

    def __init__(self, f: BinaryIO, file_size: int, key: bytes, header: bytes) -> None:
        self._f = f
        self._reader = _Reader(f, key, header, file_size)
        capacity = plain_capacity(file_size)
        head_len = U64.unpack(self._reader.read(U64.size))[0]
        if head_len > min(MAX_HEAD, capacity):
            raise _fail("bad_manifest", "bad head length")
        try:
            self._manifest_bytes, self._sig = _head_check(
                decode(self._reader.read(head_len), MAX_HEAD)
            )
            self.manifest = _parse_manifest(self._manifest_bytes)
        except BundleFormatError:
            raise
        except ProtocolError as exc:
            raise _fail("bad_manifest", f"the manifest is malformed: {exc}") from exc
        m = self.manifest
        total = U64.size + head_len + sum(e.length for e in m.entries)
        total += sum(b.length for b in m.blobs)
        if total > capacity:
            raise _fail("bad_manifest", "the manifest claims more than the file holds")
        self._device_pk: bytes | None = None

    def verify(self, device_pk: bytes) -> None:
        """Check the manifest's signature with the device key the reader trusts."""
        if device_pk != self.manifest.device_pk:
            raise _fail("signature_invalid", "the bundle names another key for its device")
        try:
            verify_signature(device_pk, TAG_BUNDLE, self._manifest_bytes, self._sig)
        except SignatureInvalid as exc:
            raise _fail("signature_invalid", "the manifest signature does not verify") from exc
        self._device_pk = device_pk

    def envelopes(self) -> Iterator[BundleEnvelope]:
        """Each envelope, its hash, signature and ids checked against the signed manifest."""
        if self._device_pk is None:
            raise AssertionError("verify the manifest first")
        m = self.manifest
        lengths = {b.blob_id: b.length for b in m.blobs}
        for entry in m.entries:
            data = self._reader.read(entry.length)
            if hashlib.sha256(data).digest() != entry.sha256:
                raise _fail("mismatch", "an envelope does not match the manifest")
            try:
                body = verify_envelope(data, self._device_pk)
            except ProtocolError as exc:
                raise _fail("mismatch", "an envelope signature does not verify") from exc
            if (
                body.envelope_id != entry.envelope_id
                or body.device_id != m.device_id
                or body.device_epoch != m.device_epoch
                or body.device_seq != entry.device_seq
            ):
                raise _fail("mismatch", "an envelope does not match the manifest")
            refs = {b.id.hex(): b.length for b in body.blobs}
            listed = [b.hex() for b in entry.blobs]
            if set(listed) != set(refs) or any(
                b in lengths and lengths[b] != refs[b] for b in listed
            ):
                raise _fail("mismatch", "an envelope's files do not match the manifest")
            yield BundleEnvelope(
                entry.envelope_id.hex(),
                entry.device_seq,
                data,
                tuple(BundleBlob(b, refs[b]) for b in listed),
            )

    def blobs(self, place: Callable[[str], Path]) -> dict[str, Path]:
        """Write each blob (ciphertext) to `place(blob id)`, checking its SHA-256 is its id."""
        paths: dict[str, Path] = {}
        for blob in self.manifest.blobs:
            target = place(blob.blob_id)
            digest = hashlib.sha256()
            with open(target, "wb") as out:
                left = blob.length
                while left:
                    piece = self._reader.read(min(left, PIECE))
                    digest.update(piece)
                    out.write(piece)
                    left -= len(piece)
            if digest.hexdigest() != blob.blob_id:
                raise _fail("mismatch", "a media file does not match its id")
            paths[blob.blob_id] = target
        return paths

    def finish(self) -> None:
        """The padding is zeros, the last chunk is FINAL and nothing follows it."""
        self._reader.drain_padding()
        if self._f.read(1):
            raise _fail("damaged", "bytes after the end")


def _public_key(private_key: bytes) -> bytes:
    return bytes(sodium.crypto_scalarmult_base(private_key))


@contextmanager
def open_bundle(
    path: Path, private_keys: Sequence[bytes], slot: int
) -> Iterator[tuple[BundleStream, bytes]]:
    """The bundle at `path` opened through `slot` with whichever of `private_keys` fits:
    (stream, that private key). BundleFormatError if it is not a whole bundle for them."""
    size = path.stat().st_size
    if not plausible_size(size):
        raise _fail("truncated", "wrong size: truncated or not a bundle")
    with open(path, "rb") as f:
        prefix = f.read(PREFIX)
        if len(prefix) != PREFIX:
            raise _fail("truncated", "file too short")
        sealed = prefix[slot * SLOT_BYTES : (slot + 1) * SLOT_BYTES]
        for private_key in private_keys:
            try:
                key = sodium.crypto_box_seal_open(sealed, _public_key(private_key), private_key)
            except CryptoError:
                continue
            if len(key) == KEY_BYTES:
                yield BundleStream(f, size, key, prefix[2 * SLOT_BYTES :]), private_key
                return
        raise _fail("not_for_this_key", "damaged, or made for another organisation")


# ------------------------------------------------------------------ whole bundles
@dataclass
class Bundle:
    """A bundle read and verified whole; its blobs (ciphertext) sit as files in `blob_dir`."""

    bundle_id: str
    device_id: bytes
    device_epoch: bytes
    device_pk: bytes
    registry_key_id: bytes
    created: str
    envelopes: list[BundleEnvelope]
    blob_paths: dict[str, Path] = field(default_factory=dict)


def _read_whole(stream: BundleStream, blob_dir: Path, device_pk: bytes | None) -> Bundle:
    m = stream.manifest
    stream.verify(m.device_pk if device_pk is None else device_pk)
    envelopes = list(stream.envelopes())
    paths = stream.blobs(lambda blob_id: blob_dir / blob_id)
    stream.finish()
    return Bundle(
        m.bundle_id.hex(),
        m.device_id,
        m.device_epoch,
        m.device_pk,
        m.registry_key_id,
        m.created,
        envelopes,
        paths,
    )


def refuse_unfinished(path: Path) -> None:
    """What a killed export leaves, a `.part`, is never a bundle, even if it looks whole."""
    if path.name.endswith(".part"):
        raise _fail("part_file", "an unfinished export (.part): the export did not complete")


@contextmanager
def _rejecting(path: Path) -> Iterator[None]:
    try:
        refuse_unfinished(path)
        yield
    except BundleFormatError as exc:
        raise BundleRejected(str(exc), "bundle_" + exc.code) from exc
    except ProtocolError as exc:
        raise BundleRejected(str(exc)) from exc
    except OSError as exc:
        raise BundleRejected(exc.strerror or type(exc).__name__, "bundle_unreadable") from exc


def read_bundle_with(
    path: Path,
    private_key: bytes,
    slot: int,
    blob_dir: Path,
    device_pk: bytes | None = None,
) -> Bundle:
    """Decrypt and verify the whole bundle through `slot` (TRANSPORT_SLOT with the relay's
    transport key, REGISTRY_SLOT with a registry sealing key), writing its blobs into
    `blob_dir`; BundleRejected if anything does not verify. Without `device_pk` the manifest
    is checked against the key it names, which the caller must then vouch for."""
    with _rejecting(path), open_bundle(Path(path), [private_key], slot) as (stream, _):
        return _read_whole(stream, blob_dir, device_pk)


def open_bundle_for_registry(
    path: Path, registry_private_keys: Mapping[bytes, bytes], blob_dir: Path
) -> Bundle:
    """The desk's way in: the registry slot opened with whichever sealing key fits
    (key id → private key), everything verified, blobs written to `blob_dir` (ciphertext).

    The manifest and envelope signatures are checked with the device key the bundle names:
    the desk must still check that key is one the relay certified (its device list).
    """
    with (
        _rejecting(path),
        open_bundle(Path(path), list(registry_private_keys.values()), REGISTRY_SLOT) as (
            stream,
            private_key,
        ),
    ):
        if key_id(_public_key(private_key)) != stream.manifest.registry_key_id:
            raise _fail("bad_manifest", "the bundle names another registry key")
        return _read_whole(stream, blob_dir, None)
