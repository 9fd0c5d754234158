from __future__ import annotations

import struct
import zlib
from pathlib import Path

from forms.images import inspect_photo, kind_for, sniff_mime
from tests.conftest import make_jpeg


def _png_claiming(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0"))
        + chunk(b"IEND", b"")
    )


def test_types_come_from_the_bytes_not_the_name() -> None:
    assert sniff_mime(b"\xff\xd8\xff\xe0....") == "image/jpeg"
    assert sniff_mime(b"%PDF-1.7") == "application/pdf"
    assert sniff_mime(b"\x00\x01\x02\x03") == "application/octet-stream"
    assert kind_for("image/png") == "photo" and kind_for("application/pdf") == "document"


def test_exif_fields_and_thumbnail(tmp_path: Path) -> None:
    photo = make_jpeg(
        tmp_path / "a.jpg",
        size=(3000, 2000),
        exif_fields={
            "Make": "Nokia",
            "DateTimeOriginal": "2026:01:02 03:04:05",
            "GPS": (-16.5, 92.25),
        },
    )
    info = inspect_photo(photo)
    assert info.camera == "Nokia" and info.captured_at == "2026-01-02T03:04:05"
    assert (info.gps_lat, info.gps_lon) == (-16.5, 92.25)
    assert info.thumbnail and info.problem == "" and (info.width, info.height) == (3000, 2000)


def test_decompression_bomb_gets_no_thumbnail_and_no_warning(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(_png_claiming(60_000, 60_000))
    info = inspect_photo(bomb)
    assert info.thumbnail is None and info.problem == "too_large"


def test_damaged_and_fake_images_are_reported_not_raised(tmp_path: Path) -> None:
    photo = make_jpeg(tmp_path / "a.jpg")
    truncated = tmp_path / "t.jpg"
    truncated.write_bytes(photo.read_bytes()[:600])
    fake = tmp_path / "fake.jpg"
    fake.write_bytes(b"this is not a picture")
    assert inspect_photo(truncated).problem == "unreadable"
    assert inspect_photo(fake).problem == "unreadable"
