"""One tus PATCH body appended to a `.part` file: shared by the blob and the bundle routes.

The body streams to disk (memory stays bounded whatever its size). A chunk that would pass
the declared length, or fails its `Upload-Checksum`, or is cut short while a checksum was
promised, goes whole (the tus checksum and length rules); otherwise every byte received is
kept, fsynced, so a cut connection resumes from there.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from typing import Any

from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from registry.relay import RelayError


@dataclass(frozen=True)
class Appended:
    new_offset: int
    overflow: bool  # the body went past Upload-Length: nothing of it was kept
    bad_sum: bool  # the chunk's checksum failed: nothing of it was kept
    whole_sha256: str | None  # the SHA-256 of the whole file, when it all came in this body

    def raise_refusal(self) -> None:
        if self.overflow:
            raise RelayError(413, "beyond_upload_length")
        if self.bad_sum:
            raise RelayError(460, "checksum_mismatch")


async def append_chunk(
    request: Request, part: Any, offset: int, length: int, expected_sum: bytes | None
) -> Appended:
    """Append the request body to `part` at `offset` (the durable offset) and fsync."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and offset + int(declared) > length:
        raise RelayError(413, "beyond_upload_length")
    part.seek(offset)
    part.truncate(offset)
    # Hash while receiving when it can save reading the file again: a chunk checksum, or a
    # whole file arriving in one request.
    digest = hashlib.sha256() if expected_sum is not None or offset == 0 else None
    written = 0
    overflow = disconnected = False
    try:
        async for chunk in request.stream():
            if len(chunk) > length - offset - written:
                overflow = True
                break
            part.write(chunk)
            if digest is not None:
                digest.update(chunk)
            written += len(chunk)
    except ClientDisconnect:
        disconnected = True
    bad_sum = (
        expected_sum is not None
        and not disconnected
        and digest is not None
        and digest.digest() != expected_sum
    )
    if overflow or bad_sum or (expected_sum is not None and disconnected):
        part.truncate(offset)
        written = 0
    part.flush()
    await run_in_threadpool(os.fsync, part.fileno())
    new_offset = offset + written
    whole = (
        digest.hexdigest()
        if digest is not None and offset == 0 and new_offset == length and not bad_sum
        else None
    )
    return Appended(new_offset, overflow, bad_sum, whole)
