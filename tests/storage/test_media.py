"""The chunked media format: round trips, seeking, and authentication of every chunk."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from storage.media import PREFIX_BYTES, TAG_BYTES, MediaDamaged, MediaStore

LOG2 = 12  # 4 KiB chunks keep these tests small while crossing many chunk boundaries


@pytest.fixture
def store(tmp_path: Path) -> MediaStore:
    return MediaStore(tmp_path)


@pytest.mark.parametrize("size", [0, 1, 4095, 4096, 4097, 3 * 4096, 10_000])
def test_round_trip_and_seek(store: MediaStore, size: int) -> None:
    data, key = os.urandom(size), os.urandom(32)
    sealed = store.seal(io.BytesIO(data), key, LOG2)
    assert b"".join(store.chunks(sealed.name, key, LOG2)) == data
    assert sealed.size_plain == size
    with store.open(sealed.name, key, LOG2, size) as reader:
        for offset in (0, size // 3, max(size - 1, 0)):
            reader.seek(offset)
            assert reader.read(5000) == data[offset : offset + 5000]


def test_no_fixed_header(store: MediaStore) -> None:
    key = os.urandom(32)
    starts = {
        store.path(store.seal(io.BytesIO(b"same bytes"), key, LOG2).name).read_bytes()[:8]
        for _ in range(20)
    }
    assert len(starts) == 20


def _sealed_file(store: MediaStore, chunks: int = 4) -> tuple[str, bytes, bytes]:
    key = os.urandom(32)
    data = os.urandom(chunks * 4096 - 100)
    return store.seal(io.BytesIO(data), key, LOG2).name, key, data


def _mutations(raw: bytes) -> dict[str, bytes]:
    stored = 4096 + TAG_BYTES
    first = raw[PREFIX_BYTES : PREFIX_BYTES + stored]
    second = raw[PREFIX_BYTES + stored : PREFIX_BYTES + 2 * stored]
    flipped = bytearray(raw)
    flipped[PREFIX_BYTES + 5000] ^= 0x01
    prefix_flipped = bytearray(raw)
    prefix_flipped[0] ^= 0x80
    return {
        "bit flip": bytes(flipped),
        "prefix flip": bytes(prefix_flipped),
        "truncated at a chunk boundary": raw[: PREFIX_BYTES + 2 * stored],
        "truncated mid chunk": raw[:-10],
        "chunks swapped": raw[:PREFIX_BYTES] + second + first + raw[PREFIX_BYTES + 2 * stored :],
        "chunk dropped": raw[:PREFIX_BYTES] + raw[PREFIX_BYTES + stored :],
        "bytes appended": raw + b"\x00" * 32,
        "chunk appended": raw + raw[-(4096 + TAG_BYTES) :],
    }


@pytest.mark.parametrize("mutation", list(_mutations(b"\x00" * 20000)))
def test_every_alteration_is_detected(store: MediaStore, mutation: str) -> None:
    name, key, _ = _sealed_file(store)
    store.path(name).write_bytes(_mutations(store.path(name).read_bytes())[mutation])
    with pytest.raises(MediaDamaged):
        list(store.chunks(name, key, LOG2))


def test_wrong_key_fails(store: MediaStore) -> None:
    name, _, _ = _sealed_file(store)
    with pytest.raises(MediaDamaged):
        list(store.chunks(name, os.urandom(32), LOG2))


def test_cancel_leaves_no_file(store: MediaStore, tmp_path: Path) -> None:
    from forms.errors import Cancelled

    with pytest.raises(Cancelled):
        store.seal(io.BytesIO(os.urandom(50_000)), os.urandom(32), LOG2, should_cancel=lambda: True)
    assert list(tmp_path.iterdir()) == []
