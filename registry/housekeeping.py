"""Partial uploads expire 30 days after their last byte (SYNC_SECURITY_RESEARCH.md §3.5).

Long enough for a community that connects once a week or less, short enough that abandoned
uploads do not fill the disk. `serve` runs a pass at start and then hourly; each pass deletes
the Upload rows and .part files untouched for 30 days, skipping any a request is writing.
"""

from __future__ import annotations

import contextlib
import email.utils
import fcntl
import logging
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.exc import SQLAlchemyError

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
    if expired or orphans:
        log.info("expired uploads=%d orphan_parts=%d", expired, orphans)
    return expired + orphans


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
