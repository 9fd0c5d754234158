"""Taking in a courier bundle uploaded by any enrolled install (§3.8), apart from HTTP.

A bundle arrives by tus like a blob, but its upload belongs to whichever device sends it (a
courier's install carries someone else's bundle). Its state lives beside the partial file in
uploads/bundles/: `<sha256>.<uploader>.part`, `.meta` (length and durable offset) and, once
taken in, `.result` (the answer, ids and states only), so a lost answer is given again.

Taking it in is two passes over the file, so memory stays bounded and nothing is stored unless
the whole file verifies: first open the transport slot, check the manifest signature with the
originating device's key as enrolled here, every envelope and every blob (written to a private
staging directory); then read the envelopes again and store them through the same code as
online sync, as that device (Relay.ingest_batch: same checks, same dedupe by id and hash),
publish the blobs they wait for, and commit those that are complete, which issues the
receipts that device collects at its next sync. The envelopes stay sealed to the registry.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import select

from registry.blobstore import BlobStore
from registry.models import Blob, Device
from registry.relay import Answer, Relay, RelayError
from sync.bundle_format import (
    TRANSPORT_SLOT,
    BundleEnvelope,
    BundleFormatError,
    BundleStream,
    open_bundle,
    plausible_size,
)
from sync.protocol import MAX_BATCH, ProtocolError

log = logging.getLogger("defender.registry")

BATCH_BYTES = 4 << 20
STAGING = "bundle"  # the name blobs staged from a bundle carry in place of a device id


class BundleIngest:
    def __init__(self, relay: Relay) -> None:
        self.relay = relay
        # The blob store's partial-file helpers (lock, size, hash) serve bundle uploads too.
        self.uploads = BlobStore(relay.store.blobs, relay.store.uploads / "bundles")

    # ------------------------------------------------------------------ upload state
    def _file(self, bundle_id: str, device: Device, kind: str) -> Path:
        return self.uploads.uploads / f"{bundle_id}.{device.id}.{kind}"

    def _read_meta(self, bundle_id: str, device: Device) -> tuple[int, int] | None:
        try:
            length, offset = self._file(bundle_id, device, "meta").read_text().split()
            return int(length), int(offset)
        except (FileNotFoundError, ValueError):
            return None

    def _write(self, path: Path, text: str) -> None:
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(text)
        os.replace(tmp, path)

    def stored_result(self, bundle_id: str, device: Device) -> dict[str, Any] | None:
        try:
            result: dict[str, Any] = json.loads(self._file(bundle_id, device, "result").read_text())
        except (FileNotFoundError, ValueError):
            return None
        return result

    def create(self, device: Device, bundle_id: str, length: int) -> int:
        """tus creation, idempotent: the offset to continue from."""
        if self.relay.keys.transport_sk is None:
            raise RelayError(403, "bundles_not_accepted")
        if not plausible_size(length):
            raise RelayError(400, "not_a_bundle_size")
        state = self.offset(device, bundle_id)
        if state is not None:
            if state[1] != length:
                raise RelayError(400, "length_mismatch")
            return state[0]
        self._write(self._file(bundle_id, device, "meta"), f"{length} 0")
        return 0

    def offset(self, device: Device, bundle_id: str) -> tuple[int, int] | None:
        """(durable offset, length); None if this device never created the upload."""
        meta = self._read_meta(bundle_id, device)
        if meta is None:
            return None
        length, offset = meta
        if self.stored_result(bundle_id, device) is not None:
            return length, length  # taken in already; the answer is kept
        return min(offset, self.uploads.part_size(bundle_id, device.id)), length

    def record_offset(self, device: Device, bundle_id: str, offset: int) -> None:
        meta = self._read_meta(bundle_id, device)
        if meta is not None:
            self._write(self._file(bundle_id, device, "meta"), f"{meta[0]} {offset}")

    def forget(self, device: Device, bundle_id: str) -> None:
        self.uploads.discard(bundle_id, device.id)
        with suppress(FileNotFoundError):
            self._file(bundle_id, device, "meta").unlink()

    # ------------------------------------------------------------------ taking it in
    def finish(self, uploader: Device, bundle_id: str, digest: str | None) -> dict[str, Any]:
        """The complete upload: check its SHA-256, take it in, keep the answer. 422 if the file
        is not a whole bundle for this relay (then nothing was stored)."""
        if (digest or self.uploads.part_sha256(bundle_id, uploader.id)) != bundle_id:
            self.forget(uploader, bundle_id)
            log.info("bundle rejected id=%s reason=hash_mismatch", bundle_id)
            raise RelayError(422, "bundle_hash_mismatch", detail="it changed on the way")
        try:
            result = self.take_in(self.uploads.part(bundle_id, uploader.id))
        except RelayError as exc:
            self.forget(uploader, bundle_id)
            log.info("bundle rejected id=%s reason=%s", bundle_id, exc.code)
            raise
        result["bundle_id"] = bundle_id
        self._write(self._file(bundle_id, uploader, "result"), json.dumps(result))
        self.uploads.discard(bundle_id, uploader.id)  # the .meta stays: the upload is complete
        return result

    def take_in(self, path: Path) -> dict[str, Any]:
        """Verify the bundle at `path` whole, then store what it carries; RelayError(422) if
        it does not verify. Answers {device_id, results: [{envelope_id, state|error}]}."""
        transport_sk = self.relay.keys.transport_sk
        if transport_sk is None:
            raise RelayError(403, "bundles_not_accepted")
        staging = Path(tempfile.mkdtemp(prefix="staging-", dir=self.uploads.uploads))
        try:
            store = BlobStore(self.relay.store.blobs, staging)
            with _refusing(), open_bundle(path, [transport_sk], TRANSPORT_SLOT) as (stream, _):
                device = self._originator(stream)
                for _envelope in stream.envelopes():
                    pass  # every hash and signature checked, nothing kept
                staged = stream.blobs(lambda blob_id: store.part(blob_id, STAGING))
                stream.finish()
            manifest = stream.manifest
            ids = [e.envelope_id.hex() for e in manifest.entries]
            if device.status != "active":
                results = [{"envelope_id": i, "error": "device_revoked"} for i in ids]
            else:
                with _refusing(), open_bundle(path, [transport_sk], TRANSPORT_SLOT) as (again, _):
                    again.verify(device.sign_pk)
                    answers = self._store(device, again)
                results = self._complete(device, answers, store, staged)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        log.info(
            "bundle taken in device=%s envelopes=%d blobs=%d",
            manifest.device_id.hex(),
            len(manifest.entries),
            len(manifest.blobs),
        )
        return {"device_id": manifest.device_id.hex(), "results": results}

    def _originator(self, stream: BundleStream) -> Device:
        """The device that made the bundle, its signature checked with its enrolled key."""
        device_id = stream.manifest.device_id.hex()
        with self.relay.db.reading() as s:
            device = s.get(Device, device_id)
        if device is None:
            detail = "made by a device this registry does not know"
            raise RelayError(422, "bundle_device_unknown", detail=detail)
        stream.verify(device.sign_pk)
        return device

    def _store(
        self, device: Device, stream: BundleStream
    ) -> list[tuple[BundleEnvelope, Answer | RelayError]]:
        """Every envelope through the online path, in batches as a device would send them."""
        answers: list[tuple[BundleEnvelope, Answer | RelayError]] = []
        batch: list[BundleEnvelope] = []

        def send() -> None:
            stored = self.relay.ingest_batch(device, [e.envelope for e in batch])
            answers.extend(zip(batch, stored, strict=True))
            batch.clear()

        size = 0
        for envelope in stream.envelopes():
            if batch and (len(batch) == MAX_BATCH or size + len(envelope.envelope) > BATCH_BYTES):
                send()
                size = 0
            batch.append(envelope)
            size += len(envelope.envelope)
        if batch:
            send()
        return answers

    def _complete(
        self,
        device: Device,
        answers: list[tuple[BundleEnvelope, Answer | RelayError]],
        store: BlobStore,
        staged: dict[str, Path],
    ) -> list[dict[str, str]]:
        """Publish the blobs stored envelopes wait for, commit them, and answer each."""
        waiting = [
            (e, a) for e, a in answers if isinstance(a, Answer) and a.body["state"] != "committed"
        ]
        wanted = {b.blob_id: b.length for e, _ in waiting for b in e.blobs if b.blob_id in staged}
        with self.relay.db.reading() as s:
            published = set(s.scalars(select(Blob.blob_id).where(Blob.blob_id.in_(wanted))))
        for blob_id, length in wanted.items():
            if blob_id not in published:
                store.publish(blob_id, STAGING)
                with self.relay.db.transaction() as s:
                    if s.get(Blob, blob_id) is None:
                        s.add(Blob(blob_id=blob_id, length=length, published_at=time.time()))
                log.info("blob published id=%s bytes=%d via=bundle", blob_id, length)
        results: list[dict[str, str]] = []
        for envelope, answer in answers:
            entry = {"envelope_id": envelope.envelope_id}
            if isinstance(answer, RelayError):
                entry["error"] = answer.code
            elif answer.body["state"] == "committed":
                entry["state"] = "committed"
            else:
                try:
                    entry["state"] = self.relay.commit(device, envelope.envelope_id).body["state"]
                except RelayError:
                    entry["state"] = "awaiting_blobs"  # a file the bundle did not carry
            results.append(entry)
        return results


@contextmanager
def _refusing() -> Iterator[None]:
    """Anything wrong with the file becomes a 422 with a stable code; nothing is stored."""
    try:
        yield
    except BundleFormatError as exc:
        raise RelayError(422, "bundle_" + exc.code, detail=str(exc)) from exc
    except ProtocolError as exc:
        raise RelayError(422, "bundle_damaged", detail=str(exc)) from exc
