"""Upload bodies stream to disk: a large PATCH does not grow the relay's memory."""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Iterator

import psutil

from sync.protocol import BlobRef
from tests.registry.wire import WireDevice
from tests.sync.helpers import relay_counts

MIB = 1 << 20
SIZE = 160 * MIB
BLOCK = os.urandom(MIB)


def _stream() -> Iterator[bytes]:
    for n in range(SIZE // MIB):
        yield n.to_bytes(4, "big") + BLOCK[4:]


def test_a_large_patch_streams_to_disk_in_bounded_memory(device: WireDevice) -> None:
    digest = hashlib.sha256()
    for block in _stream():
        digest.update(block)
    blob_id = digest.hexdigest()
    declared = device.resign(device.envelope(), blobs=(BlobRef(bytes.fromhex(blob_id), SIZE),))
    assert device.post(declared).status_code == 201
    process = psutil.Process()
    before = process.memory_info().rss
    peak = [before]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.005):
            peak[0] = max(peak[0], process.memory_info().rss)

    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        answer = device.http.patch(
            f"/v1/blobs/{blob_id}",
            content=_stream(),
            headers={
                "Upload-Offset": "0",
                "Content-Type": "application/offset+octet-stream",
                "Content-Length": str(SIZE),
            },
            timeout=120,
        )
    finally:
        done.set()
        sampler.join()
    assert answer.status_code == 204, answer.text
    assert peak[0] - before < 48 * MIB, (peak[0] - before) / MIB
    assert relay_counts(device.relay)["blobs"] == 1
