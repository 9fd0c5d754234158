"""A QR code as PNG bytes (ReportLab's QR encoder, Pillow's PNG writer), made in memory.

Used for enrollment codes: by the relay's CLI and by the desk (on screen, printed, or saved).
"""

from __future__ import annotations

import io

from PIL import Image
from reportlab.graphics.barcode import qrencoder

SCALE = 8
BORDER = 4  # modules of quiet zone, as the QR standard asks


def qr_png(text: str, scale: int = SCALE) -> bytes:
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(text)
    qr.make()
    n = qr.getModuleCount()
    size = (n + 2 * BORDER) * scale
    image = Image.new("1", (size, size), 1)
    for row in range(n):
        for col in range(n):
            if qr.isDark(row, col):
                x, y = (col + BORDER) * scale, (row + BORDER) * scale
                image.paste(0, (x, y, x + scale, y + scale))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
