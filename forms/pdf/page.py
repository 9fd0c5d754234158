"""What every page carries at its foot: page X of Y, folio and version, content hash, QR code."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from forms.documents.common import FOOTER, PAGE_OF, QR_CAPTION
from forms.documents.content import DocumentContent
from forms.pdf.qr import QrMatrix
from forms.pdf.styles import FOOTER_BOLD, FOOTER_FONT, LEFT, PAGE, QR_SIZE, RIGHT

CONTENT_HASH = "SHA-256 {sha256}"


class Footer:
    def __init__(self, content: DocumentContent, qr: QrMatrix) -> None:
        lang = content.lang
        self.page_of = PAGE_OF.get(lang)
        self.line = FOOTER.get(lang).format(**content.meta.placeholders(lang))
        self.hash_line = CONTENT_HASH.format(sha256=content.sha256)
        self.qr_caption = QR_CAPTION.get(lang)
        self.qr = qr

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        width = PAGE[0]
        qr_x = width - RIGHT - QR_SIZE
        canvas.saveState()
        canvas.setStrokeColor(colors.Color(0.6, 0.6, 0.6))
        canvas.setLineWidth(0.4)
        canvas.line(LEFT, 30 * mm, qr_x - 4 * mm, 30 * mm)
        canvas.setFillColor(colors.black)
        canvas.setFont(FOOTER_BOLD, 8.5)
        canvas.drawString(LEFT, 24 * mm, self.page_of.format(page=page, pages=pages))
        canvas.setFont(FOOTER_FONT, 7)
        canvas.drawString(LEFT, 19.5 * mm, self.line)
        canvas.setFont(FOOTER_FONT, 6.3)
        canvas.drawString(LEFT, 15.5 * mm, self.hash_line)
        self.qr.draw(canvas, qr_x, 7 * mm, QR_SIZE)
        canvas.setFont(FOOTER_FONT, 6)
        canvas.drawCentredString(qr_x + QR_SIZE / 2, 5 * mm, self.qr_caption)
        canvas.restoreState()


class FooterCanvas(Canvas):  # type: ignore[misc]  # ReportLab has no type hints
    """Keeps every page until the end, so each footer can say how many pages there are."""

    def __init__(self, *args: Any, footer: Footer, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for number, state in enumerate(self._saved, 1):
            self.__dict__.update(state)
            self._footer.draw(self, number, total)
            super().showPage()
        super().save()
