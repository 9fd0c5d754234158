"""The registry desk's printable report: counts of attacks by type, perpetrator, state and month.

Pure data in, PDF bytes out (ReportLab into memory, never a file), with the fonts and styles of
the legal documents. Each count table carries its own horizontal bar chart, one bar per row,
drawn with ReportLab graphics so the chart prints exactly as the numbers beside it read.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from xml.sax.saxutils import escape

from babel.dates import format_skeleton
from babel.numbers import format_percent
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table

from forms import vocab
from forms.documents.common import PAGE_OF
from forms.documents.schema import Text
from forms.documents.wording import locale, long_date
from forms.pdf.fonts import SERIF, register_fonts
from forms.pdf.page import Footer, FooterCanvas
from forms.pdf.render import GRID, SHADE, _table_style
from forms.pdf.styles import FOOTER_FONT, FRAME_WIDTH, LEFT, PAGE, RIGHT, STYLES, TOP

BAR = colors.Color(0.25, 0.38, 0.55)
BOTTOM_MARGIN = 20 * mm  # no QR code on a report: the footer is one line
BAR_WIDTH = 0.3 * FRAME_WIDTH
NUMBER = ParagraphStyle("number", parent=STYLES["cell"], alignment=TA_RIGHT)
NUMBER_HEAD = ParagraphStyle("number_head", parent=STYLES["cell_head"], alignment=TA_RIGHT)
TOTALS_STYLE = ParagraphStyle("totals", parent=STYLES["strong"], spaceBefore=8)
OWN_STYLES = {"number": NUMBER, "number_head": NUMBER_HEAD, "totals": TOTALS_STYLE}

# Which vocabularies a filter's or a table's codes come from (act types: HURIDOCS MT04, then
# the IM-Defensoras attack types a case may carry).
VOCABULARIES: Mapping[str, tuple[int, ...]] = {
    "act_type": (vocab.ACT_TYPES, vocab.IM_DEFENSORAS_ATTACKS),
    "perpetrator_type": (vocab.PERPETRATOR_TYPES,),
}

TITLE = Text("Informe de agresiones registradas", "Report of recorded attacks")
GENERATED = Text("Generado el {date}", "Generated on {date}")
FILTERS = Text("Criterios", "Criteria")
NO_FILTERS = Text("Todos los registros (sin filtros).", "All records (no filters).")
TOTALS = Text(
    "Registros: {records}. Agresiones (hechos) contadas: {acts}.",
    "Records: {records}. Attacks (acts) counted: {acts}.",
)
PER_TYPE_NOTE = Text(
    "Un hecho con varios tipos de perpetrador cuenta una vez en cada tipo; los porcentajes "
    "son del total de agresiones.",
    "An act with several types of perpetrator counts once under each type; percentages are "
    "of all attacks.",
)
NOTES = Text("Observaciones", "Notes")
NOTHING = Text("Ninguna agresión coincide con los criterios.", "No attack matches the criteria.")
ACTS = Text("Agresiones", "Attacks")
SHARE = Text("%", "%")
UNKNOWN = Text("(sin dato)", "(not recorded)")
FOOTER = Text(
    "{org} · informe generado el {date} · uso interno",
    "{org} · report generated on {date} · internal use",
)
FILTER_LABELS: Mapping[str, Text] = {
    "text": Text("Búsqueda", "Search"),
    "state_region": Text("Estado", "State"),
    "municipality": Text("Municipio", "Municipality"),
    "act_type": Text("Tipo de agresión", "Type of attack"),
    "perpetrator_type": Text("Tipo de perpetrador", "Type of perpetrator"),
    "date_from": Text("Desde", "From"),
    "date_to": Text("Hasta", "To"),
    "device_id": Text("Defensora o defensor (equipo)", "Defender (device)"),
}
SECTIONS: tuple[tuple[str, Text, Text], ...] = (
    ("by_type", Text("Agresiones por tipo", "Attacks by type"), Text("Tipo", "Type")),
    (
        "by_perpetrator",
        Text("Agresiones por tipo de perpetrador", "Attacks by type of perpetrator"),
        Text("Tipo de perpetrador", "Type of perpetrator"),
    ),
    ("by_state", Text("Agresiones por estado", "Attacks by state"), Text("Estado", "State")),
    ("by_month", Text("Agresiones por mes", "Attacks by month"), Text("Mes", "Month")),
)

Counts = Sequence[tuple[str, int]]


@dataclass(frozen=True)
class ReportContent:
    """What the report prints; storage.desk_records.Report's numbers in plain form."""

    org_name: str
    lang: str
    generated_on: dt.date
    filters: Mapping[str, str]  # RegistryFilter's fields; empty values are not printed
    records: int
    acts: int
    by_type: Counts
    by_perpetrator: Counts
    by_state: Counts
    by_month: Counts
    device_labels: Mapping[str, str] = field(default_factory=dict)
    notes: Sequence[str] = ()


def code_label(dimension: str, code: str, lang: str) -> str:
    """A vocabulary code as the term's label in `lang`; codes of no list are shown as they are."""
    for list_no in VOCABULARIES.get(dimension, ()):
        term = vocab.term(list_no, code)
        if term is not None:
            return term.label(lang)
    return code


def month_label(month: str, lang: str) -> str:
    """'2026-03' as 'marzo de 2026' / 'March 2026'."""
    try:
        first = dt.date.fromisoformat(f"{month}-01")
    except ValueError:
        return month
    return format_skeleton("yMMMM", first, locale=locale(lang))


def filter_value(name: str, value: str, content: ReportContent) -> str:
    lang = content.lang
    if name in VOCABULARIES:
        return code_label(name, value, lang)
    if name == "device_id":
        return content.device_labels.get(value, value)
    return value


def render_registry_report(content: ReportContent) -> bytes:
    """The report as PDF bytes, fonts embedded, page X of Y on every page."""
    register_fonts()
    buffer = io.BytesIO()
    lang = content.lang
    template = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM_MARGIN,
        title=TITLE.get(lang),
        author=content.org_name or "Defender",
        creator="Defender",
        subject="",
        lang=lang,
        initialFontName=SERIF,
        invariant=True,
    )
    footer = _ReportFooter(content)
    template.build(_story(content), canvasmaker=partial(FooterCanvas, footer=footer))
    return buffer.getvalue()


class _ReportFooter(Footer):
    """Page X of Y and the organisation, in one line (no folio, hash or QR code on a report)."""

    def __init__(self, content: ReportContent) -> None:
        lang = content.lang
        self.page_of = PAGE_OF.get(lang)
        date = long_date(content.generated_on, lang)
        self.line = FOOTER.get(lang).format(org=content.org_name, date=date)

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(colors.Color(0.6, 0.6, 0.6))
        canvas.setLineWidth(0.4)
        canvas.line(LEFT, 15 * mm, PAGE[0] - RIGHT, 15 * mm)
        canvas.setFillColor(colors.black)
        canvas.setFont(FOOTER_FONT, 7.5)
        canvas.drawString(LEFT, 10.5 * mm, self.line)
        canvas.drawRightString(
            PAGE[0] - RIGHT, 10.5 * mm, self.page_of.format(page=page, pages=pages)
        )
        canvas.restoreState()


def _p(text: str, style: str) -> Paragraph:
    return Paragraph(text, OWN_STYLES.get(style) or STYLES[style])


def _story(content: ReportContent) -> list[Flowable]:
    lang = content.lang
    story: list[Flowable] = []
    if content.org_name:
        story.append(_p(escape(content.org_name), "subtitle"))
    story.append(_p(escape(TITLE.get(lang)), "title"))
    generated = GENERATED.get(lang).format(date=long_date(content.generated_on, lang))
    story += [_p(escape(generated), "subtitle"), Spacer(1, 6 * mm)]
    story.append(_p(escape(FILTERS.get(lang)), "heading"))
    used = [(name, value) for name, value in content.filters.items() if value]
    if used:
        rows = [
            [
                _p(
                    escape(FILTER_LABELS[name].get(lang) if name in FILTER_LABELS else name),
                    "cell_label",
                ),
                _p(escape(filter_value(name, value, content)), "cell_value"),
            ]
            for name, value in used
        ]
        table = Table(rows, colWidths=[0.36 * FRAME_WIDTH, 0.64 * FRAME_WIDTH], hAlign="LEFT")
        table.setStyle(
            _table_style(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                    ("BACKGROUND", (0, 0), (0, -1), SHADE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story.append(table)
    else:
        story.append(_p(escape(NO_FILTERS.get(lang)), "plain"))
    totals = TOTALS.get(lang).format(records=content.records, acts=content.acts)
    story.append(_p(escape(totals), "totals"))
    if not content.acts:
        story.append(_p(escape(NOTHING.get(lang)), "plain"))
    for key, heading, column in SECTIONS:
        counts: Counts = getattr(content, key)
        if not counts:
            continue
        rows_table = _counts_table(key, counts, column, content)
        # The heading never ends a page alone; a long table may still break after its rows start.
        story.append(KeepTogether([_p(escape(heading.get(lang)), "heading"), rows_table]))
        if key == "by_perpetrator":
            story.append(_p(escape(PER_TYPE_NOTE.get(lang)), "note"))
    if content.notes:
        story.append(_p(escape(NOTES.get(lang)), "heading"))
        story += [_p(escape(note), "plain") for note in content.notes]
    return story


def _row_label(key: str, code: str, lang: str) -> str:
    if not code:
        return UNKNOWN.get(lang)
    if key == "by_type":
        return code_label("act_type", code, lang)
    if key == "by_perpetrator":
        return code_label("perpetrator_type", code, lang)
    if key == "by_month":
        return month_label(code, lang)
    return code


def _bar(count: int, largest: int) -> Drawing:
    """One bar of the table's chart, its length in proportion to the table's largest count."""
    height = 9
    drawing = Drawing(BAR_WIDTH - 8, height)
    length = (BAR_WIDTH - 8) * count / largest if largest else 0
    drawing.add(Rect(0, 0, length, height, fillColor=BAR, strokeColor=None))
    return drawing


def _counts_table(key: str, counts: Counts, column: Text, content: ReportContent) -> Table:
    lang = content.lang
    largest = max(n for _code, n in counts)
    data: list[list[object]] = [
        [
            _p(escape(column.get(lang)), "cell_head"),
            _p(escape(ACTS.get(lang)), "number_head"),
            _p(escape(SHARE.get(lang)), "number_head"),
            "",
        ]
    ]
    for code, count in counts:
        share = count / content.acts if content.acts else 0.0
        data.append(
            [
                _p(escape(_row_label(key, code, lang)), "cell"),
                _p(str(count), "number"),
                _p(format_percent(share, "#0%", locale=locale(lang)), "number"),
                _bar(count, largest),
            ]
        )
    numbers = [0.14 * FRAME_WIDTH, 0.09 * FRAME_WIDTH]
    label = FRAME_WIDTH - sum(numbers) - BAR_WIDTH
    table = Table(data, colWidths=[label, *numbers, BAR_WIDTH], repeatRows=1, hAlign="LEFT")
    table.setStyle(
        _table_style(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table
