"""Render a document's content into PDF bytes by walking its definition (never to a file)."""

from __future__ import annotations

import io
from collections.abc import Mapping
from functools import partial
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from forms.documents import wording
from forms.documents.common import (
    DATE_ONLY,
    NAME_CAPTION,
    PLACE_AND_DATE,
    THUMBPRINT_CAPTION,
)
from forms.documents.content import DocumentContent
from forms.documents.derive import Row
from forms.documents.schema import (
    Derived,
    Field,
    Kind,
    Para,
    Section,
    Signature,
    Text,
    is_empty,
)
from forms.pdf.fonts import SANS, SERIF, register_fonts
from forms.pdf.page import Footer, FooterCanvas
from forms.pdf.qr import QrMatrix, QrPayload
from forms.pdf.styles import BOTTOM, FRAME_WIDTH, LEFT, PAGE, RIGHT, STYLES, TOP

GRID = colors.Color(0.55, 0.55, 0.55)
SHADE = colors.Color(0.92, 0.92, 0.92)
CHECKED = f'<font name="{SANS}">\u2612</font>'
UNCHECKED = f'<font name="{SANS}">\u2610</font>'


def render_pdf(content: DocumentContent) -> bytes:
    """The document as PDF bytes, fonts embedded, a QR code and page numbers on every page."""
    register_fonts()
    buffer = io.BytesIO()
    lang = content.lang
    template = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=content.spec.title.get(lang),
        author="Defender",
        creator="Defender",
        subject="",
        lang=lang,
        initialFontName=SERIF,  # no font is referenced that is not embedded
        invariant=True,  # the same content gives the same bytes
    )
    qr = QrMatrix(QrPayload(content.meta.record_id, content.meta.version, content.sha256).encode())
    footer = Footer(content, qr)
    template.build(_Story(content).build(), canvasmaker=partial(FooterCanvas, footer=footer))
    return buffer.getvalue()


def _table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """Table commands plus an embedded font for plain cells (ReportLab's default is not)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), *commands])


def _p(text: str, style: str) -> Paragraph:
    return Paragraph(text, STYLES[style])


def _markup(text: str) -> str:
    """Plain text as paragraph markup: escaped, line breaks kept."""
    return escape(text).replace("\n", "<br/>")


def _paragraphs(text: str, style: str) -> list[Flowable]:
    return [_p(_markup(chunk.strip()), style) for chunk in text.split("\n\n") if chunk.strip()]


class _Story:
    """Walks one definition and turns content into flowables."""

    def __init__(self, content: DocumentContent) -> None:
        self.content = content
        self.spec = content.spec
        self.lang = content.lang
        self.values = content.values

    def t(self, text: Text) -> str:
        return text.get(self.lang)

    # -------------------------------------------------------------- the document
    def build(self) -> list[Flowable]:
        story: list[Flowable] = []
        number = 0
        for section in self.spec.sections:
            body = self.section_body(section)
            if not body and not section.always:
                continue
            if section.layout == "header":
                story += self.header(body)
                continue
            if section.heading is not None:
                if section.numbered:
                    number += 1
                    heading = f"{wording.roman(number)}. {self.t(section.heading)}"
                else:
                    heading = self.t(section.heading)
                story.append(_p(escape(heading), "heading"))
            story += body
            if section.layout in ("addressee", "title"):
                story.append(Spacer(1, 6 * mm if section.layout == "addressee" else 4 * mm))
        # The last lines of the text, the closing, the place and date and the signatures stay
        # on one page: a signature on a page of its own could be attached to any text.
        closing: list[Flowable] = [story.pop()] if story else []
        while story and story[-1].getKeepWithNext():  # and the heading above them
            closing.insert(0, story.pop())
        for para in self.spec.closing:
            closing += self.para(para)
        closing.append(_p(escape(self.place_and_date()), "date"))
        closing += self.signatures()
        story.append(KeepTogether(closing))
        for para in self.spec.notes:
            story += self.para(para)
        return story

    def place_and_date(self) -> str:
        date = wording.long_date(self.content.meta.generated_on, self.lang)
        place = str(self.values.get(self.spec.place_field) or "").strip()
        if place:
            return self.t(PLACE_AND_DATE).format(place=place, date=date)
        return self.t(DATE_ONLY).format(date=date)

    def header(self, body: list[Flowable]) -> list[Flowable]:
        box = Table([[f] for f in body], colWidths=[88 * mm], hAlign="RIGHT")
        box.setStyle(
            _table_style(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return [box, Spacer(1, 8 * mm)]

    def section_body(self, section: Section) -> list[Flowable]:
        style = {
            "header": "header",
            "title": "title",
            "addressee": "addressee",
        }.get(section.layout, "body")
        flowables: list[Flowable] = []
        rows: list[list[Flowable]] = []
        for block in section.content:
            if section.layout == "table" and isinstance(block, Field) and block.show_label:
                row = self.label_row(block, blank=section.always)
                if row:
                    rows.append(row)
                continue
            if rows:
                flowables.append(self.label_table(rows))
                rows = []
            if isinstance(block, Para):
                if section.layout == "title" and flowables:
                    flowables += self.para(block, "subtitle")
                else:
                    flowables += self.para(block, block.style if style == "body" else style)
            elif isinstance(block, Field):
                flowables += self.field(block, style)
            else:
                flowables += self.derived(block)
        if rows:
            flowables.append(self.label_table(rows))
        return flowables

    # -------------------------------------------------------------- text
    def inline(self, name: str) -> str:
        """A field's value inside a sentence ('a, b y c' for lists)."""
        meta = self.content.meta.placeholders(self.lang)
        if name in meta:
            return meta[name]
        value: Any = self.values.get(name)
        field = self.spec.field(name)
        if is_empty(value):
            return ""
        if field.kind is Kind.CHOICES:
            labels = {c.key: c.short or c.label for c in field.choices}
            return wording.listing([self.t(labels[k]) for k in value if k in labels], self.lang)
        if isinstance(value, list):
            return wording.listing([str(v) for v in value], self.lang)
        return str(value).strip()

    def truthy(self, name: str) -> bool:
        if name in self.content.facts:
            return self.content.facts[name]
        return not is_empty(self.values.get(name)) and self.values.get(name) is not False

    def para(self, para: Para, style: str | None = None) -> list[Flowable]:
        if para.when and not self.truthy(para.when):
            return []
        template = self.t(para.text)
        if not template:
            return []
        names = para.text.placeholders()
        filled = {name: self.inline(name) for name in names}
        if any(not v for v in filled.values()):
            return []
        text = escape(template).format(**{k: _markup(v) for k, v in filled.items()})
        style = style or para.style
        if style == "body" and template.endswith(":"):
            style = "lead"  # introduces what follows: never the last line of a page
        return [_p(text, style)]

    # -------------------------------------------------------------- fields
    def field(self, field: Field, style: str) -> list[Flowable]:
        if not field.printed or field.kind is Kind.CHOICE:
            return []
        value: Any = self.values.get(field.name)
        if field.kind is Kind.BOOL:
            sentence = field.when_true if value is True else field.when_false
            if value is None or sentence is None:
                return []
            return [_p(escape(self.t(sentence)), "strong" if style == "header" else style)]
        label = escape(self.t(field.label))
        if is_empty(value):
            if field.empty is None:
                return []
            text = escape(self.t(field.empty))
            if field.show_label:
                return [_p(f"<b>{label}:</b> {text}", style)]
            return [_p(text, style)]
        if field.kind is Kind.TEXT:
            text = _markup(str(value).strip())
            return [_p(f"<b>{label}:</b> {text}" if field.show_label else text, style)]
        flowables: list[Flowable] = [_p(label, "label")] if field.show_label else []
        if field.kind is Kind.LONG_TEXT:
            return flowables + _paragraphs(str(value), style)
        items = [str(v) for v in value if not is_empty(v)]
        if field.kind is Kind.CHOICES:
            labels = {c.key: self.t(c.label) for c in field.choices}
            items = [labels[k] for k in items if k in labels]
        return flowables + self.items(items, field.ordinals)

    def items(self, items: list[str], ordinals: bool) -> list[Flowable]:
        if ordinals:
            return [
                _p(f"<b>{wording.ordinal(n, self.lang)}.</b> {_markup(item)}", "body")
                for n, item in enumerate(items, 1)
            ]
        if len(items) == 1:
            return [_p(_markup(items[0]), "body")]
        return [
            Paragraph(_markup(item), STYLES["item"], bulletText=f"{n}.")
            for n, item in enumerate(items, 1)
        ]

    def label_row(self, field: Field, blank: bool) -> list[Flowable] | None:
        """A label and its value; an empty value is left `blank` to be filled in by hand."""
        if not field.printed or field.kind is Kind.CHOICE:
            return None
        value = self.values.get(field.name)
        if is_empty(value):
            if field.empty is None and not blank:
                return None
            text = self.t(field.empty) if field.empty else ""
        elif isinstance(value, bool):
            text = wording.yes_no(value, self.lang)
        elif isinstance(value, list):
            text = "\n".join(str(v) for v in value)
        else:
            text = str(value)
        return [
            _p(escape(self.t(field.label)), "cell_label"),
            _p(_markup(text.strip()), "cell_value"),
        ]

    def label_table(self, rows: list[list[Flowable]]) -> Table:
        table = Table(rows, colWidths=[0.36 * FRAME_WIDTH, 0.64 * FRAME_WIDTH], hAlign="LEFT")
        table.setStyle(
            _table_style(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                    ("BACKGROUND", (0, 0), (0, -1), SHADE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return table

    # -------------------------------------------------------------- computed blocks
    def derived(self, block: Derived) -> list[Flowable]:
        rows = self.content.blocks.get(block.name, [])
        heading: list[Flowable] = (
            [_p(escape(self.t(block.label)), "label")] if block.show_label else []
        )
        if not rows and not block.blank_rows:
            if block.empty is None:
                return []
            return [*heading, _p(escape(self.t(block.empty)), "body")]
        if block.layout == "entries":
            return heading + self.entries(rows)
        return [*heading, self.table(block, rows), Spacer(1, 3 * mm)]

    def entries(self, rows: list[Row]) -> list[Flowable]:
        flowables: list[Flowable] = []
        for row in rows:
            if row.get("title"):
                flowables.append(_p(escape(row["title"]), "label"))
            style = "withheld" if row.get("style") == "withheld" else "body"
            body = _paragraphs(row.get("body", ""), style)
            if row.get("note") and body:
                body[-1].keepWithNext = True  # the note stays under the text it is about
            flowables += body
            if row.get("note"):
                flowables.append(_p(escape(row["note"]), "note"))
        return flowables

    def table(self, block: Derived, rows: list[Row]) -> Table:
        main = [c for c in block.columns if not c.full_row]
        extra = [c for c in block.columns if c.full_row]
        total = sum(c.width for c in main)
        widths = [FRAME_WIDTH * c.width / total for c in main]
        data: list[list[Any]] = [[_p(escape(self.t(c.label)), "cell_head") for c in main]]
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        heights: list[float | None] = [None]
        for row in rows:
            if "group" in row:
                commands += [
                    ("SPAN", (0, len(data)), (-1, len(data))),
                    ("BACKGROUND", (0, len(data)), (-1, len(data)), SHADE),
                ]
                data.append([_p(escape(row["group"]), "cell_head")] + [""] * (len(main) - 1))
                heights.append(None)
                continue
            data.append([self.cell(c.key, row, c.box) for c in main])
            heights.append(None)
            for column in extra:
                value = row.get(column.key, "")
                if not value:
                    continue
                commands.append(("SPAN", (0, len(data)), (-1, len(data))))
                text = f"<b>{escape(self.t(column.label))}:</b> {_markup(value)}"
                data.append([_p(text, "hash")] + [""] * (len(main) - 1))
                heights.append(None)
        for _ in range(block.blank_rows):
            data.append([""] * len(main))
            heights.append(16 * mm)
        table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=1, hAlign="LEFT")
        table.setStyle(_table_style(commands))
        return table

    def cell(self, key: str, row: Mapping[str, str], box: bool) -> Flowable | str:
        value = row.get(key, "")
        if box:
            mark = {"x": CHECKED, "o": UNCHECKED}.get(value, "")
            return _p(mark, "cell") if mark else ""
        return _p(_markup(value), "cell")

    # -------------------------------------------------------------- signatures
    def signatures(self) -> list[Flowable]:
        """One signature across the page, or several two by two."""
        signatures = self.spec.signatures
        if len(signatures) == 1:
            return [Spacer(1, 8 * mm), self.signature(signatures[0], FRAME_WIDTH)]
        half = FRAME_WIDTH / 2
        cells = [self.signature(s, half - 4 * mm) for s in signatures]
        if len(cells) % 2:
            cells.append(Spacer(1, 1))
        grid = Table(
            [cells[i : i + 2] for i in range(0, len(cells), 2)],
            colWidths=[half, half],
            hAlign="LEFT",
        )
        grid.setStyle(
            _table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 8 * mm),
                ]
            )
        )
        return [grid]

    def signature(self, signature: Signature, width: float) -> Table:
        """A signature line with the role and name under it, and a box for the thumbprint."""
        name = str(self.values.get(signature.name_field) or "") if signature.name_field else ""
        name_line = self.t(NAME_CAPTION).format(name=name).strip()
        role = _p(f"<b>{escape(self.t(signature.role))}</b>", "caption")
        thumb = 26 * mm if signature.thumbprint else 0
        gap = 5 * mm if signature.thumbprint else 0
        line = min(width - thumb - gap, 95 * mm)
        caption = _p(escape(self.t(THUMBPRINT_CAPTION)), "caption_center") if thumb else ""
        rows: list[list[Any]] = [
            ["", "", ""],
            [role, "", caption],
            [_p(_markup(name_line), "caption"), "", ""],
        ]
        commands: list[tuple[Any, ...]] = [
            ("LINEBELOW", (0, 0), (0, 0), 0.8, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 1), (-1, -1), 2),
        ]
        if thumb:
            commands.append(("BOX", (2, 0), (2, 0), 0.8, colors.black))
        table = Table(
            rows,
            colWidths=[line, gap or 0.1, thumb or 0.1],
            rowHeights=[30 * mm, None, None],
            hAlign="LEFT",
        )
        table.setStyle(_table_style(commands))
        return table
