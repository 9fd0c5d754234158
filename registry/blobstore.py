"""Content-addressed blob directory: blobs/ab/cd/<sha256>, partial uploads in uploads/.

A blob is published only after its SHA-256 equals its id: .part fsynced, renamed into place,
directory fsynced. Partial uploads are locked with flock, so a retry never interleaves with a
request the server is still reading.
"""

from __future__ import annotations

import asyncio
import fcntl
import hashlib
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from registry.keys import PRIVATE_DIR, PRIVATE_FILE

READ_BLOCK = 1 << 20


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class UploadBusy(Exception):
    """Another request is still writing this upload."""


class BlobStore:
    def __init__(self, blobs: Path, uploads: Path) -> None:
        self.blobs = blobs
        self.uploads = uploads
        for d in (blobs, uploads):
            d.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)

    def path(self, blob_id: str) -> Path:
        return self.blobs / blob_id[:2] / blob_id[2:4] / blob_id

    def has(self, blob_id: str) -> bool:
        return self.path(blob_id).is_file()

    def part(self, blob_id: str, device_id: str) -> Path:
        return self.uploads / f"{blob_id}.{device_id}.part"

    def part_size(self, blob_id: str, device_id: str) -> int:
        try:
            return self.part(blob_id, device_id).stat().st_size
        except FileNotFoundError:
            return 0

    @asynccontextmanager
    async def locked_part(
        self, blob_id: str, device_id: str, wait: float = 10.0
    ) -> AsyncIterator[BinaryIO]:
        """The .part file opened for writing, under an exclusive lock (UploadBusy on timeout)."""
        path = self.part(blob_id, device_id)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
        f = os.fdopen(fd, "r+b")
        try:
            loop = asyncio.get_running_loop()
            deadline = loop.time() + wait
            while True:
                try:
                    fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if loop.time() > deadline:
                        raise UploadBusy() from None
                    await asyncio.sleep(0.02)
            yield f
        finally:
            f.close()  # releases the lock

    def part_sha256(self, blob_id: str, device_id: str) -> str:
        digest = hashlib.sha256()
        with open(self.part(blob_id, device_id), "rb") as f:
            for block in iter(lambda: f.read(READ_BLOCK), b""):
                digest.update(block)
        return digest.hexdigest()

    def publish(self, blob_id: str, device_id: str) -> None:
        """Move a verified, fsynced .part to its content address, durably."""
        target = self.path(blob_id)
        target.parent.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
        os.replace(self.part(blob_id, device_id), target)
        _fsync_dir(target.parent)  # (a .part that reappears after a crash is only truncated)

    def discard(self, blob_id: str, device_id: str) -> None:
        with suppress(FileNotFoundError):
            self.part(blob_id, device_id).unlink()
