"""Partial uploads expire 30 days after their last byte (SYNC_SECURITY_RESEARCH.md §3.5).

Long enough for a community that connects once a week or less, short enough that abandoned
uploads do not fill the disk. `serve` runs a pass at start and then hourly; each pass deletes
the Upload rows and .part files untouched for 30 days, skipping any a request is writing, and
likewise courier-bundle uploads: their files in uploads/bundles/ (registry/bundle_ingest.py),
the kept answer of a finished one included (a courier asking after a month uploads again, and
what the bundle carries is stored once however often it arrives).
"""

from __future__ import annotations

import contextlib
import email.utils
import fcntl
import logging
import os
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.exc import SQLAlchemyError

from registry.bundle_ingest import BundleIngest
from registry.models import Upload
from registry.relay import Relay

log = logging.getLogger("defender.registry")

UPLOAD_TTL = 30 * 24 * 3600.0
PASS_EVERY = 3600.0
PART_SUFFIX = ".part"


def http_date(ts: float) -> str:
    """RFC 9110 date, as tus's Upload-Expires wants it."""
    return email.utils.formatdate(ts, usegmt=True)


def upload_expires(relay: Relay, device_id: str, blob_id: str) -> float | None:
    """When this partial upload expires unless more bytes arrive; None if there is none."""
    with relay.db.reading() as s:
        touched = s.scalar(
            select(Upload.updated_at).where(
                Upload.blob_id == blob_id, Upload.device_id == device_id
            )
        )
    return None if touched is None else touched + UPLOAD_TTL


@contextlib.contextmanager
def _unless_busy(path: Path) -> Iterator[bool]:
    """The .part file's lock if no request holds it (True also when there is no file)."""
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        yield True
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(fd)


def expire_uploads(relay: Relay, now: float | None = None) -> int:
    """Delete the partial uploads untouched for UPLOAD_TTL at `now`; the number deleted."""
    cutoff = (time.time() if now is None else now) - UPLOAD_TTL
    with relay.db.reading() as s:
        stale = s.execute(
            select(Upload.blob_id, Upload.device_id).where(Upload.updated_at < cutoff)
        ).all()
    expired = 0
    for blob_id, device_id in stale:
        with _unless_busy(relay.store.part(blob_id, device_id)) as free:
            if not free:
                continue
            with relay.db.transaction() as s:
                gone = s.execute(
                    delete(Upload).where(
                        Upload.blob_id == blob_id,
                        Upload.device_id == device_id,
                        Upload.updated_at < cutoff,  # unless a byte arrived meanwhile
                    )
                )
            if gone.rowcount:  # type: ignore[attr-defined]
                relay.store.discard(blob_id, device_id)
                expired += 1
    orphans = _expire_orphans(relay, cutoff)
    bundles = _expire_bundle_uploads(relay, cutoff)
    if expired or orphans or bundles:
        log.info("expired uploads=%d orphan_parts=%d bundles=%d", expired, orphans, bundles)
    return expired + orphans + bundles


def _expire_orphans(relay: Relay, cutoff: float) -> int:
    """Old .part files no upload refers to (left by a crash between row and file)."""
    removed = 0
    for part in relay.store.uploads.glob(f"*{PART_SUFFIX}"):
        blob_id, _, device_id = part.name[: -len(PART_SUFFIX)].partition(".")
        try:
            if part.stat().st_mtime >= cutoff:
                continue
        except FileNotFoundError:
            continue
        with relay.db.reading() as s:
            if s.get(Upload, (blob_id, device_id)) is not None:
                continue
        with _unless_busy(part) as free:
            if free and part.exists():
                part.unlink()
                removed += 1
    return removed


def _untouched(path: Path, cutoff: float) -> bool:
    try:
        return path.stat().st_mtime < cutoff
    except FileNotFoundError:
        return True


def _expire_bundle_uploads(relay: Relay, cutoff: float) -> int:
    """Bundle uploads none of whose files (`<bundle>.<uploader>.part`, `.meta`, `.result`, a
    crash's `.tmp`) changed since `cutoff`, and take-in staging directories a crash left."""
    store = BundleIngest(relay).uploads
    uploads: dict[tuple[str, str], list[Path]] = {}
    for path in store.uploads.iterdir():
        if path.is_dir():
            if _untouched(path, cutoff):
                shutil.rmtree(path, ignore_errors=True)
            continue
        bundle_id, _, rest = path.name.partition(".")
        uploads.setdefault((bundle_id, rest.partition(".")[0]), []).append(path)
    removed = 0
    for (bundle_id, device_id), files in uploads.items():
        if not all(_untouched(f, cutoff) for f in files):
            continue
        with _unless_busy(store.part(bundle_id, device_id)) as free:
            if not free or not all(_untouched(f, cutoff) for f in files):
                continue  # (a byte arrived between the listing and the lock)
            # The .meta first: a request from now on finds no upload; the .part last.
            for f in sorted(files, key=lambda f: (f.suffix != ".meta", f.suffix == ".part")):
                with contextlib.suppress(FileNotFoundError):
                    f.unlink()
            removed += 1
    return removed


def start(relay: Relay, every: float = PASS_EVERY) -> threading.Event:
    """A pass now and then every `every` seconds, in a daemon thread; set the event to stop."""
    stop = threading.Event()

    def run() -> None:
        while not stop.is_set():
            try:
                expire_uploads(relay)
            except (OSError, SQLAlchemyError):
                # the next pass tries again; the relay keeps serving meanwhile
                log.exception("housekeeping pass failed")
            stop.wait(every)

    threading.Thread(target=run, name="relay-housekeeping", daemon=True).start()
    return stop
