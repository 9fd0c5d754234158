"""A QR code as a PNG (ReportLab's QR encoder, Pillow's PNG writer): for enrollment codes."""

from __future__ import annotations

import io
import os
from pathlib import Path

from PIL import Image
from reportlab.graphics.barcode import qrencoder

SCALE = 8
BORDER = 4  # modules of quiet zone, as the QR standard asks


def qr_png(text: str) -> bytes:
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(text)
    qr.make()
    n = qr.getModuleCount()
    size = (n + 2 * BORDER) * SCALE
    image = Image.new("1", (size, size), 1)
    for row in range(n):
        for col in range(n):
            if qr.isDark(row, col):
                x, y = (col + BORDER) * SCALE, (row + BORDER) * SCALE
                image.paste(0, (x, y, x + SCALE, y + SCALE))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def write_qr_png(text: str, path: Path) -> None:
    """Write owner-only: the code in it is a one-time secret until used."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(qr_png(text))
