"""Courier bundles on the field side (issue #6, USB part): export where there is no
connection; upload a bundle, anyone's, from an enrolled install that has one.

The file format is in sync/bundle_format.py (the relay and the desk read it too). Export seals
the bundle key to the relay's transport key and to the registry's current sealing key, both
taken from the root-signed config this install stored at enrollment or its last sync; a
relay set up before bundles existed has no transport key, and export then says so.

Taking a bundle in is an upload of the file exactly as it is (`POST /v1/bundles`, tus,
resumable) in this install's own session: the relay opens it, checks the originating device's
signature and stores each envelope as that device's online sync would, so a bundle and an
online sync of the same records never store anything twice. The originating device collects
the signed receipts at its next online sync.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import httpx
import nacl.bindings as sodium
from nacl.signing import SigningKey

from forms.errors import Cancelled, UserFacingError
from forms.text import QT_TRANSLATE_NOOP
from sync.bundle_format import (
    ABYTES,
    FIRST_PLAIN,
    PIECE,
    PLAIN,
    PREFIX,
    SUFFIX,
    TAG_BUNDLE,
    TAG_FINAL,
    TAG_MESSAGE,
    U64,
    BundleFormatError,
    BundleRejected,
    bucket_size,
    plain_capacity,
    plausible_size,
    refuse_unfinished,
)
from sync.client import (
    FIRST_CHUNK,
    MAX_CHUNK,
    NotEnrolled,
    RelayUnreachable,
    SignInRefused,
    SyncClient,
    _offset,
    _read_range,
    _Refused,
    _Retry,
)
from sync.envelope import SignatureInvalid, public_signing_key, verify_signature
from sync.ports import Identity, Outbox, OutgoingEnvelope
from sync.protocol import (
    ID_BYTES,
    KEY_BYTES,
    OFFSET_TYPE,
    TAG_CONFIG,
    TUS_VERSION,
    ProtocolError,
    RegistryConfig,
    RegistryKey,
    encode,
    signed_message,
)

Report = Callable[[int, int, str], None]
HASHING, UPLOADING, TAKING_IN = "checking", "uploading", "taking_in"
MAX_ANSWER = 64 << 20


class BundleEmpty(UserFacingError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors", "Nothing to put in a bundle: every finalized record is already delivered."
    )


class BundlesNotSupported(UserFacingError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "The registry this computer is connected to cannot take courier bundles yet. Sync "
        "online once so this computer learns the registry's current keys; if that does not "
        "help, ask your organisation to update the registry.",
    )


# ------------------------------------------------------------------ writing the file
class _Writer:
    """Plaintext in, fixed-size secretstream chunks out."""

    def __init__(self, f: BinaryIO, key: bytes, slots: bytes) -> None:
        self._state = sodium.crypto_secretstream_xchacha20poly1305_state()
        header = sodium.crypto_secretstream_xchacha20poly1305_init_push(self._state, key)
        f.write(slots + header)
        self._f = f
        self._buf = bytearray()
        self._room = FIRST_PLAIN
        self._plain = 0  # plaintext pushed so far
        self.written = PREFIX

    def write(self, data: bytes) -> None:
        self._buf += data
        while len(self._buf) > self._room:  # keep one chunk back: the last one is FINAL
            room = self._room
            self._push(bytes(self._buf[:room]), TAG_MESSAGE)
            del self._buf[:room]

    def _push(self, plain: bytes, tag: int) -> None:
        self._f.write(
            sodium.crypto_secretstream_xchacha20poly1305_push(self._state, plain, None, tag)
        )
        self._plain += len(plain)
        self.written += len(plain) + ABYTES
        self._room = PLAIN

    def finish(self, file_size: int) -> None:
        """Pad with zeros so the file is exactly `file_size`, the last chunk FINAL."""
        left = plain_capacity(file_size) - self._plain - len(self._buf)
        while left > 0:
            step = min(left, PIECE)
            self.write(bytes(step))
            left -= step
        assert len(self._buf) == self._room
        self._push(bytes(self._buf), TAG_FINAL)
        assert self.written == file_size


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return  # not possible on every platform (Windows)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class BlobDamaged(UserFacingError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "A media file stored on this computer is damaged, so no bundle was written. Sync "
        "online if you can, or show this message to your organisation's technical contact.",
    )


def write_bundle(
    envelopes: Sequence[OutgoingEnvelope],
    blob_file: Callable[[str], Path | None],
    identity: Identity,
    target_dir: Path,
    transport_pk: bytes,
    registry_key: RegistryKey,
    report: Report | None = None,
    should_cancel: Callable[[], bool] | None = None,
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
            "v": 2,
            "bundle_id": os.urandom(ID_BYTES),
            "device_id": identity.device_id,
            "device_epoch": identity.device_epoch,
            "device_pk": public_signing_key(seed),
            "registry_key_id": registry_key.id,
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
    content = U64.size + len(head) + sum(len(e.envelope) for e in envelopes)
    content += sum(n for n, _ in blobs.values())
    size = bucket_size(content + PREFIX + ABYTES * (content // PLAIN + 2))
    while plain_capacity(size) < content:
        size = bucket_size(size + 1)
    key = os.urandom(KEY_BYTES)
    slots = sodium.crypto_box_seal(key, transport_pk) + sodium.crypto_box_seal(
        key, registry_key.public_key
    )

    def progress(writer: _Writer) -> None:
        if should_cancel is not None and should_cancel():
            raise Cancelled()
        if report is not None:
            report(writer.written, size, "")

    target_dir.mkdir(parents=True, exist_ok=True)
    name = f"bundle-{os.urandom(8).hex()}{SUFFIX}"
    part = target_dir / f"{name}.part"
    try:
        with open(part, "xb") as f:
            writer = _Writer(f, key, slots)
            writer.write(U64.pack(len(head)) + head)
            for envelope in envelopes:
                writer.write(envelope.envelope)
            progress(writer)
            for blob_id, (length, path) in blobs.items():
                digest = hashlib.sha256()
                for piece in _copy(path, length):
                    digest.update(piece)
                    writer.write(piece)
                    progress(writer)
                if digest.hexdigest() != blob_id:
                    raise BlobDamaged()
            writer.finish(size)
            f.flush()
            os.fsync(f.fileno())
            progress(writer)
        final = target_dir / name
        os.replace(part, final)
        _fsync_dir(target_dir)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return final


def _copy(path: Path, length: int) -> Iterator[bytes]:
    with open(path, "rb") as f:
        left = length
        while left:
            piece = f.read(min(PIECE, left))
            if not piece:
                raise OSError(f"{path.name} is shorter than its recorded length")
            left -= len(piece)
            yield piece


# ------------------------------------------------------------------ export
@dataclass(frozen=True)
class ExportPlan:
    """What goes into a bundle, read from the vault (the file is written afterwards)."""

    envelopes: Sequence[OutgoingEnvelope]
    blob_paths: dict[str, Path]
    identity: Identity
    transport_pk: bytes
    registry_key: RegistryKey


def _config(identity: Identity) -> RegistryConfig:
    """The root-signed config this install stored; checked again before sealing to it."""
    try:
        verify_signature(identity.org_root_pk, TAG_CONFIG, identity.config, identity.config_sig)
        return RegistryConfig.decode(identity.config)
    except (SignatureInvalid, ProtocolError) as exc:
        raise BundlesNotSupported() from exc


def plan_export(outbox: Outbox) -> ExportPlan:
    """Every envelope not yet delivered, with the blobs held here (database work only)."""
    identity = outbox.identity()
    if identity is None:
        raise NotEnrolled()
    config = _config(identity)
    if config.transport_pk is None:
        raise BundlesNotSupported()
    outbox.seal_unsealed()
    pending = [e for e in outbox.pending() if e.state in ("pending", "awaiting_blobs")]
    if not pending:
        raise BundleEmpty()
    paths = {b.blob_id: outbox.blob_file(b.blob_id) for e in pending for b in e.blobs}
    return ExportPlan(
        pending,
        {b: p for b, p in paths.items() if p is not None},
        identity,
        config.transport_pk,
        config.current_registry_key(),
    )


def write_planned(
    plan: ExportPlan,
    target_dir: Path,
    report: Report | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> Path:
    """Write the planned bundle into `target_dir` (file work only); safe to unplug after."""
    return write_bundle(
        plan.envelopes,
        plan.blob_paths.get,
        plan.identity,
        target_dir,
        plan.transport_pk,
        plan.registry_key,
        report,
        should_cancel,
    )


def export_bundle(
    outbox: Outbox,
    target_dir: Path,
    report: Report | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> tuple[Path, int]:
    """Plan and write in one go: (bundle path, envelopes in it)."""
    plan = plan_export(outbox)
    return write_planned(plan, target_dir, report, should_cancel), len(plan.envelopes)


# ------------------------------------------------------------------ taking a bundle in
@dataclass(frozen=True)
class EnvelopeOutcome:
    envelope_id: str
    state: str | None  # "committed" (receipt issued) or "awaiting_blobs"
    error: str | None  # why the relay refused it


@dataclass(frozen=True)
class BundleTakenIn:
    bundle_id: str
    device_id: str  # the device that made it
    results: tuple[EnvelopeOutcome, ...]

    @property
    def committed(self) -> int:
        return sum(r.state == "committed" for r in self.results)

    @property
    def waiting(self) -> int:
        return sum(r.state == "awaiting_blobs" for r in self.results)

    @property
    def refused(self) -> int:
        return sum(r.error is not None for r in self.results)


def _parse_answer(response: httpx.Response) -> BundleTakenIn:
    try:  # (one line per envelope: larger than the sync client's other answers)
        body = json.loads(response.content) if len(response.content) <= MAX_ANSWER else None
    except ValueError:
        body = None
    raw_results = body.get("results") if isinstance(body, dict) else None
    if not isinstance(body, dict) or not isinstance(raw_results, list):
        raise RelayUnreachable(detail="the registry answered incompletely")
    results = []
    for item in raw_results:
        entry: dict[str, Any] = item if isinstance(item, dict) else {}
        state, error = entry.get("state"), entry.get("error")
        results.append(
            EnvelopeOutcome(
                str(entry.get("envelope_id", "")),
                state if isinstance(state, str) else None,
                error if isinstance(error, str) else None,
            )
        )
    return BundleTakenIn(
        str(body.get("bundle_id", "")), str(body.get("device_id", "")), tuple(results)
    )


def bundle_id_of(path: Path, report: Report | None = None) -> tuple[str, int]:
    """(SHA-256 of the file, its size): the bundle's id on the relay. BundleRejected if the
    file cannot be a whole bundle (a `.part` left by an export, a cut copy)."""
    path = Path(path)
    try:
        refuse_unfinished(path)
        size = path.stat().st_size
        if not plausible_size(size):
            raise BundleRejected("wrong size: truncated or not a bundle", "bundle_truncated")
        digest = hashlib.sha256()
        done = 0
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(PIECE), b""):
                digest.update(block)
                done += len(block)
                if report is not None:
                    report(done, size, HASHING)
    except BundleFormatError as exc:
        raise BundleRejected(str(exc), "bundle_" + exc.code) from exc
    except OSError as exc:
        raise BundleRejected(exc.strerror or type(exc).__name__, "bundle_unreadable") from exc
    return digest.hexdigest(), size


class BundleUploader(SyncClient):
    """The sync client's hello, sign-in and retries, uploading one bundle file by tus."""

    def upload(self, path: Path) -> BundleTakenIn:
        identity = self.outbox.identity()
        if identity is None:
            raise NotEnrolled()
        bundle_id, length = bundle_id_of(path, self._report)
        self._identity = identity
        self._total = length
        with self._http(identity.server_url) as client:
            self._client = client
            self._with_retry(self._hello)
            try:
                self._with_retry(self._sign_in)
            except _Refused as exc:
                raise SignInRefused(detail=f"{exc.status} {exc.code}") from exc
            return self._send(Path(path), bundle_id, length)

    def _send(self, path: Path, bundle_id: str, length: int) -> BundleTakenIn:
        url = f"/v1/bundles/{bundle_id}"
        self._chunk = FIRST_CHUNK
        restarts = 0
        offset = self._with_retry(lambda: self._create_bundle(bundle_id, length))
        while True:
            self._check_cancel()
            size = min(self._chunk, length - offset)
            try:
                response = self._request(
                    "PATCH",
                    url,
                    expect=(200, 204),
                    content=_read_range(path, offset, size) if size else b"",
                    headers={
                        "Tus-Resumable": TUS_VERSION,
                        "Upload-Offset": str(offset),
                        "Content-Type": OFFSET_TYPE,
                        "Content-Length": str(size),
                    },
                )
                if response.status_code == 200:
                    return _parse_answer(response)
                offset = _offset(response)
            except _Retry as exc:
                offset = self._offset_after_drop(exc, offset, lambda: self._head_bundle(url))
                continue
            except _Refused as exc:
                if exc.status == 409:  # (busy: the relay is taking the bundle in)
                    offset = self._offset_after_conflict(
                        exc, offset, length, lambda: self._head_bundle(url)
                    )
                    continue
                if exc.status == 404 and exc.code == "upload_not_created":
                    offset = self._with_retry(lambda: self._create_bundle(bundle_id, length))
                    continue
                if exc.code == "bundle_hash_mismatch" and restarts < 2:
                    restarts += 1  # damaged on the way: send it again from the start
                    offset = self._with_retry(lambda: self._create_bundle(bundle_id, length))
                    continue
                raise _refusal(exc) from exc
            self._failures = 0
            self.backoff.reset()
            self._chunk = min(MAX_CHUNK, self._chunk * 2)
            if self._report:
                self._report(offset, length, UPLOADING if offset < length else TAKING_IN)

    def _create_bundle(self, bundle_id: str, length: int) -> int:
        response = self._request(
            "POST",
            "/v1/bundles",
            expect=(201,),
            headers={
                "Tus-Resumable": TUS_VERSION,
                "Upload-Length": str(length),
                "Upload-Metadata": "id " + base64.b64encode(bytes.fromhex(bundle_id)).decode(),
            },
        )
        return _offset(response)

    def _head_bundle(self, url: str) -> int:
        return _offset(self._request("HEAD", url, headers={"Tus-Resumable": TUS_VERSION}))


class BundleRefused(UserFacingError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "The registry did not take this bundle ({detail}). Nothing from it was stored. Show "
        "this message to your organisation's technical contact.",
    )


def _refusal(exc: _Refused) -> UserFacingError:
    if exc.code == "bundles_not_accepted":
        return BundlesNotSupported()
    detail = exc.body.get("detail")
    if exc.status == 422 and exc.code.startswith("bundle_"):
        text = detail if isinstance(detail, str) and len(detail) < 200 else exc.code
        return BundleRejected(text, exc.code)
    return BundleRefused(detail=f"{exc.status} {exc.code}")


def upload_bundle(path: Path, outbox: Outbox, **client_options: Any) -> BundleTakenIn:
    """Upload the bundle at `path` as it is, in this install's session, and wait for the
    relay to take it in. BundleRejected if the file is damaged (nothing stored); the sync
    errors (RelayUnreachable, …) otherwise; running it again is safe and resumes."""
    return BundleUploader(outbox, **client_options).upload(path)
