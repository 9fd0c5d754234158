"""The verification QR code: record id, data version and SHA-256 of the document's content.

The payload uses only QR alphanumeric characters (upper case, digits, ':' and '-'), so it
fits a small, robust code: DEFENDER:1:<record id>:<version>:<sha256>.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.graphics.barcode import qrencoder
from reportlab.pdfgen.canvas import Canvas

PREFIX = "DEFENDER:1"
_PAYLOAD = re.compile(
    r"^DEFENDER:1:([0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}):(\d+):([0-9A-F]{64})$"
)
QUIET_ZONE = 4  # modules of white margin the QR standard asks for


@dataclass(frozen=True)
class QrPayload:
    record_id: str
    version: int
    sha256: str

    def encode(self) -> str:
        return f"{PREFIX}:{self.record_id}:{self.version}:{self.sha256}".upper()

    @classmethod
    def decode(cls, text: str) -> QrPayload:
        """Read a scanned payload back; ValueError if it is not one of ours."""
        match = _PAYLOAD.match(text.strip().upper())
        if match is None:
            raise ValueError("not a Defender document code")
        record_id, version, sha256 = match.groups()
        return cls(record_id.lower(), int(version), sha256.lower())


class QrMatrix:
    """The modules of one QR code, computed once and drawn on every page."""

    def __init__(self, text: str) -> None:
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(text)
        code.make()
        self.modules: list[list[bool]] = [[bool(m) for m in row] for row in code.modules]

    def draw(self, canvas: Canvas, x: float, y: float, size: float) -> None:
        """Draw the code, quiet zone included, in a `size` square whose lower left is x, y."""
        count = len(self.modules)
        module = size / (count + 2 * QUIET_ZONE)
        canvas.saveState()
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(x, y, size, size, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        path = canvas.beginPath()
        for r, row in enumerate(self.modules):
            c = 0
            while c < count:
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < count and row[c]:
                    c += 1
                top = y + size - (QUIET_ZONE + r + 1) * module
                path.rect(x + (QUIET_ZONE + start) * module, top, (c - start) * module, module)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()
