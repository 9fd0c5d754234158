"""Page geometry and paragraph styles: a plain court filing on letter paper (tamaño carta)."""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from forms.pdf.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, SERIF_ITALIC

PAGE = LETTER
LEFT = 30 * mm  # room for binding into a court file
RIGHT = 22 * mm
TOP = 22 * mm
BOTTOM = 34 * mm  # footer: page number, folio, content hash and the QR code
QR_SIZE = 24 * mm
FRAME_PADDING = 6  # ReportLab's default frame padding on each side
FRAME_WIDTH = PAGE[0] - LEFT - RIGHT - 2 * FRAME_PADDING

BODY = ParagraphStyle(
    "body",
    fontName=SERIF,
    bulletFontName=SERIF,
    fontSize=11,
    leading=15.5,
    alignment=TA_JUSTIFY,
    spaceAfter=6,
)
STYLES: dict[str, ParagraphStyle] = {
    "body": BODY,
    "oath": BODY,
    "heading": ParagraphStyle(
        "heading",
        parent=BODY,
        fontName=SERIF_BOLD,
        alignment=TA_LEFT,
        spaceBefore=10,
        spaceAfter=6,
        keepWithNext=True,
    ),
    "label": ParagraphStyle(
        "label",
        parent=BODY,
        fontName=SERIF_BOLD,
        fontSize=10.5,
        alignment=TA_LEFT,
        spaceBefore=4,
        spaceAfter=3,
        keepWithNext=True,
    ),
    "item": ParagraphStyle(
        "item",
        parent=BODY,
        leftIndent=20,
        bulletIndent=2,
        bulletFontSize=11,
        spaceAfter=4,
    ),
    "header": ParagraphStyle(
        "header", fontName=SERIF_BOLD, fontSize=10, leading=13.5, alignment=TA_LEFT
    ),
    "title": ParagraphStyle(
        "title",
        fontName=SERIF_BOLD,
        fontSize=13,
        leading=17,
        alignment=TA_CENTER,
        spaceAfter=2,
    ),
    "subtitle": ParagraphStyle(
        "subtitle", fontName=SERIF, fontSize=11, leading=15, alignment=TA_CENTER, spaceAfter=2
    ),
    "addressee": ParagraphStyle(
        "addressee", fontName=SERIF_BOLD, fontSize=11, leading=15, alignment=TA_LEFT
    ),
    "strong": ParagraphStyle(
        "strong", parent=BODY, fontName=SERIF_BOLD, alignment=TA_LEFT, spaceBefore=2
    ),
    "center": ParagraphStyle(
        "center", parent=BODY, fontName=SERIF_BOLD, alignment=TA_CENTER, spaceBefore=14
    ),
    "date": ParagraphStyle("date", parent=BODY, alignment=TA_RIGHT, spaceBefore=8),
    "plain": ParagraphStyle("plain", parent=BODY, alignment=TA_LEFT),
    "lead": ParagraphStyle("lead", parent=BODY, keepWithNext=True),
    "note": ParagraphStyle(
        "note", parent=BODY, fontName=SERIF_ITALIC, fontSize=9, leading=12, spaceBefore=6
    ),
    "withheld": ParagraphStyle("withheld", parent=BODY, fontName=SERIF_ITALIC, fontSize=10.5),
    "cell": ParagraphStyle(
        "cell", fontName=SANS, fontSize=8.5, leading=10.5, alignment=TA_LEFT, splitLongWords=1
    ),
    "cell_head": ParagraphStyle(
        "cell_head", fontName=SANS_BOLD, fontSize=7.5, leading=9.5, alignment=TA_LEFT
    ),
    "cell_label": ParagraphStyle(
        "cell_label", fontName=SANS_BOLD, fontSize=9, leading=11.5, alignment=TA_LEFT
    ),
    "cell_value": ParagraphStyle(
        "cell_value", fontName=SERIF, fontSize=10, leading=13, alignment=TA_LEFT
    ),
    "hash": ParagraphStyle(
        "hash", fontName=SANS, fontSize=7.5, leading=9.5, alignment=TA_LEFT, splitLongWords=1
    ),
    "caption": ParagraphStyle(
        "caption", fontName=SANS, fontSize=8.5, leading=10.5, alignment=TA_LEFT
    ),
    "caption_center": ParagraphStyle(
        "caption_center", fontName=SANS, fontSize=8.5, leading=10.5, alignment=TA_CENTER
    ),
}
FOOTER_FONT = SANS
FOOTER_BOLD = SANS_BOLD
