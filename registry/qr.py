"""Enrollment codes as QR PNG files (the image itself: forms.qr_image)."""

from __future__ import annotations

import os
from pathlib import Path

from forms.qr_image import qr_png

__all__ = ["qr_png", "write_qr_png"]


def write_qr_png(text: str, path: Path) -> None:
    """Write owner-only: the code in it is a one-time secret until used."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(qr_png(text))
