"""Shared fixtures: a real SQLCipher vault in a temporary home (fast KDF), strict logging."""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite reads English messages; without this the CLI would follow a Spanish system's LANG.
os.environ.setdefault("DEFENDER_LANGUAGE", "en")

from storage.vault import Vault

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def fail_on_logged_warnings(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Any WARNING or worse logged during a test fails it (qutebrowser's rule)."""
    caplog.set_level(logging.WARNING)
    yield
    bad = [r for r in caplog.get_records("call") if r.levelno >= logging.WARNING]
    assert not bad, "unexpected log records: " + "; ".join(r.getMessage() for r in bad)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def vault(home: Path) -> Iterator[Vault]:
    created = Vault.create(home, PASSPHRASE, kdf_profile="fast")
    yield created.vault
    if created.vault.is_open:
        created.vault.lock()


def make_jpeg(
    path: Path,
    size: tuple[int, int] = (640, 480),
    color: tuple[int, int, int] = (180, 40, 40),
    exif_fields: dict[str, object] | None = None,
) -> Path:
    """A real JPEG with optional EXIF: Make, Model, DateTimeOriginal, GPS (lat, lon)."""
    img = Image.new("RGB", size, color)
    exif = Image.Exif()
    fields = exif_fields or {}
    if "Make" in fields:
        exif[0x010F] = fields["Make"]
    if "Model" in fields:
        exif[0x0110] = fields["Model"]
    if "ImageDescription" in fields:
        exif[0x010E] = fields["ImageDescription"]
    if "DateTimeOriginal" in fields:
        exif.get_ifd(0x8769)[0x9003] = fields["DateTimeOriginal"]
    if "GPS" in fields:
        lat, lon = fields["GPS"]  # type: ignore[misc]
        gps = exif.get_ifd(0x8825)
        gps[1], gps[3] = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        gps[2] = _dms(abs(lat))
        gps[4] = _dms(abs(lon))
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif, quality=90)
    path.write_bytes(out.getvalue())
    return path


def _dms(value: float) -> tuple[float, float, float]:
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round(((value - degrees) * 60 - minutes) * 60, 2)
    return (float(degrees), float(minutes), seconds)
