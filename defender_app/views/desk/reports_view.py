"""Reports: counts of attacks by type, perpetrator type, state and month, as tables and charts.

The same filters as the registry. "Export CSV…" writes the counts after the export warning;
"Print / save PDF report…" renders forms.pdf.registry_report in memory and shows it in the
document preview, from where it prints or, after the warning, is saved.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from defender_app.context import AppContext
from defender_app.desk_wiring import desk_service
from defender_app.errors import show_error
from defender_app.i18n import date_text
from defender_app.views.desk.file_export import FileExporter, OutgoingFile
from defender_app.views.desk.filter_bar import FilterBar, filter_choices
from defender_app.views.document_preview import DocumentPreview
from defender_app.views.document_print import DocumentPrinting
from defender_app.widgets.bar_chart import BarChart
from forms.pdf.registry_report import ReportContent, code_label, render_registry_report
from storage.desk_records import RegistryFilter, Report
from storage.documents import RenderedDocument

ROW_PX = 24


@dataclass(frozen=True)
class ReportData:
    filters: RegistryFilter
    options: dict[str, list[str]]
    device_labels: dict[str, str]
    report: Report


def report_content(
    report: Report, org_name: str, lang: str, device_labels: dict[str, str]
) -> ReportContent:
    """The report's numbers as the PDF module takes them (forms does not know storage)."""
    return ReportContent(
        org_name=org_name,
        lang=lang,
        generated_on=dt.date.today(),
        filters=asdict(report.basis.filters),
        records=report.basis.records,
        acts=report.basis.acts,
        by_type=report.by_type,
        by_perpetrator=report.by_perpetrator,
        by_state=report.by_state,
        by_month=report.by_month,
        device_labels=device_labels,
        notes=report.notes,
    )


class CountsSection(QGroupBox):
    """One breakdown: a table of label and count beside its bar chart."""

    def __init__(self, title: str, column: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(title)
        self.table.setHorizontalHeaderLabels([column, self.tr("Attacks")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setAccessibleName(self.tr("Columns: %1").replace("%1", title))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.chart = BarChart()
        self.chart.setAccessibleName(self.tr("Chart: %1").replace("%1", title))
        self.empty = QLabel(self.tr("No attacks counted."))
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.empty)

    def set_rows(self, rows: Sequence[tuple[str, int]]) -> None:
        self.table.setRowCount(len(rows))
        for n, (label, count) in enumerate(rows):
            self.table.setItem(n, 0, QTableWidgetItem(label))
            number = QTableWidgetItem(str(count))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(n, 1, number)
        header_px = self.table.horizontalHeader().sizeHint().height()
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(header_px + max(1, len(rows)) * ROW_PX + frame + 2)
        self.table.verticalHeader().setDefaultSectionSize(ROW_PX)
        self.chart.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.chart.setVisible(bool(rows))
        self.empty.setVisible(not rows)


class ReportsView(QWidget):
    def __init__(self, ctx: AppContext, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._lang = lang
        self.data: ReportData | None = None
        self.filters = FilterBar(lang)
        self.totals = QLabel()
        self.totals.setAccessibleName(self.tr("Totals"))
        self.csv_button = QPushButton(self.tr("Export &CSV…"))
        self.pdf_button = QPushButton(self.tr("Print / sa&ve PDF report…"))
        for button in (self.csv_button, self.pdf_button):
            button.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        self.sections = {
            "by_type": CountsSection(self.tr("Attacks by type"), self.tr("Type of attack")),
            "by_perpetrator": CountsSection(
                self.tr("Attacks by type of perpetrator"), self.tr("Type of perpetrator")
            ),
            "by_state": CountsSection(self.tr("Attacks by state"), self.tr("State")),
            "by_month": CountsSection(self.tr("Attacks by month"), self.tr("Month")),
        }
        page = QWidget()
        page_layout = QVBoxLayout(page)
        for section in self.sections.values():
            page_layout.addWidget(section)
        page_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Report"))
        top = QHBoxLayout()
        top.addWidget(self.totals, 1)
        top.addWidget(self.csv_button)
        top.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

        self.exporter = FileExporter(ctx, self)
        self.exporter.message.connect(self._on_message)
        self.printing = DocumentPrinting(ctx, self)
        self.printing.message.connect(self._on_message)
        self.preview: DocumentPreview | None = None
        self.filters.changed.connect(self.refresh)
        self.csv_button.clicked.connect(self._on_csv_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)

    def refresh(self) -> None:
        filters, ctx = self.filters.current(), self._ctx

        def work(_r: object, _c: object) -> ReportData:
            service = desk_service(ctx.require_vault())
            options, labels = filter_choices(service)
            return ReportData(filters, options, labels, service.report(filters))

        ctx.runner.db(work, self._on_loaded, self._on_failed)

    def _on_loaded(self, data: ReportData) -> None:
        if data.filters != self.filters.current():
            return
        self.data = data
        self.filters.set_options(data.options, data.device_labels)
        report = data.report
        self.totals.setText(
            self.tr("Records: %1 · attacks (acts) counted: %2")
            .replace("%1", str(report.basis.records))
            .replace("%2", str(report.basis.acts))
        )
        lang, unknown = self._lang, self.tr("(not recorded)")
        labelled = {
            "by_type": [(code_label("act_type", c, lang) or unknown, n) for c, n in report.by_type],
            "by_perpetrator": [
                (code_label("perpetrator_type", c, lang) or unknown, n)
                for c, n in report.by_perpetrator
            ],
            "by_state": [(s or unknown, n) for s, n in report.by_state],
            "by_month": [(date_text(m) or unknown, n) for m, n in report.by_month],
        }
        for key, rows in labelled.items():
            self.sections[key].set_rows(rows)
        for button in (self.csv_button, self.pdf_button):
            button.setEnabled(True)

    def _on_message(self, text: str, problem: bool) -> None:
        self.status.setStyleSheet("color: #a40000;" if problem else "")
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # ------------------------------------------------------------------ CSV
    def _on_csv_button_clicked(self) -> None:
        if self.data is None:
            return
        report, ctx = self.data.report, self._ctx
        outgoing = OutgoingFile(
            title=self.tr("Export the counts as a CSV file?"),
            warning=self.tr(
                "The CSV file will NOT be encrypted: anyone who can open the folder or the USB "
                "stick you choose can read it. It holds counts only, but small numbers in a "
                "small place can still point to people. Keep it safe and delete it when it is "
                "no longer needed."
            ),
            button=self.tr("Export CSV…"),
            name_filter=self.tr("CSV files (*.csv)"),
            suffix="csv",
            suggested_name=f"registry-report-{dt.date.today().isoformat()}.csv",
        )
        self.exporter.ask(
            outgoing, lambda: desk_service(ctx.require_vault()).report_csv(report).encode("utf-8")
        )

    # ------------------------------------------------------------------ PDF
    def _on_pdf_button_clicked(self) -> None:
        if self.data is None:
            return
        ctx = self._ctx

        def org_name(_r: object, _c: object) -> str:
            keys = desk_service(ctx.require_vault()).keys()
            return keys.org_name if keys else ""

        self._on_message(self.tr("Preparing the report…"), False)
        ctx.runner.db(org_name, self._render, self._on_failed)

    def _render(self, org_name: str) -> None:
        if self.data is None:
            return
        content = report_content(self.data.report, org_name, self._lang, self.data.device_labels)
        self._ctx.runner.io(
            lambda _r, _c: render_registry_report(content), self._on_rendered, self._on_failed
        )

    def _on_failed(self, exc: BaseException) -> None:
        self._on_message("", False)
        show_error(exc, self)

    def _on_rendered(self, pdf: bytes) -> None:
        digest = hashlib.sha256(pdf).hexdigest()
        rendered = RenderedDocument("", pdf, digest, digest, 0)
        if self.preview is None:
            self.preview = DocumentPreview(self)
            self.preview.print_requested.connect(lambda r: self.printing.ask(r, self.preview))
            self.preview.export_requested.connect(self._on_export_requested)
        self.preview.show_rendered(rendered, self.tr("Report of recorded attacks"))
        self.preview.note.setText(
            self.tr("Shown from memory; no file has been written. SHA-256: %1").replace(
                "%1", digest
            )
        )
        self._on_message("", False)

    def _on_export_requested(self, rendered: RenderedDocument) -> None:
        outgoing = OutgoingFile(
            title=self.tr("Save the report as a PDF file?"),
            warning=self.tr(
                "The PDF file will NOT be encrypted: anyone who can open the folder or the USB "
                "stick you choose can read it. It holds counts only, but small numbers in a "
                "small place can still point to people. Keep it safe and delete it when it is "
                "no longer needed."
            ),
            button=self.tr("Save PDF…"),
            name_filter=self.tr("PDF documents (*.pdf)"),
            suffix="pdf",
            suggested_name=f"registry-report-{dt.date.today().isoformat()}.pdf",
        )
        pdf = rendered.pdf
        self.exporter.ask(outgoing, lambda: pdf, self.preview)
