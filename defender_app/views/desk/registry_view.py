"""The central registry: every record from every device, filtered, with the chosen one beside it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from defender_app.context import AppContext
from defender_app.desk_wiring import desk_service
from defender_app.errors import show_error
from defender_app.models.registry_model import ID_ROLE, SORT_ROLE, RegistryModel
from defender_app.views.desk.export_dialog import ExportDialog
from defender_app.views.desk.filter_bar import FilterBar, filter_choices
from defender_app.views.desk.record_detail import RecordDetail
from storage.desk_records import ChainGap, RegistryFilter, RegistryRow

BANNER_STYLE = (
    "background: #fff4ce; color: #3d2e00; border: 1px solid #e0c060; border-radius: 3px;"
    " padding: 6px;"
)


def seq_ranges(seqs: Iterable[int]) -> str:
    """(4, 5, 6, 9) → '4–6, 9'."""
    ordered = sorted(set(seqs))
    parts: list[str] = []
    start = prev = None
    for n in [*ordered, None]:
        if n is not None and prev is not None and n == prev + 1:
            prev = n
            continue
        if start is not None:
            parts.append(str(start) if start == prev else f"{start}–{prev}")
        start = prev = n
    return ", ".join(parts)


@dataclass(frozen=True)
class DeskData:
    """What one refresh of the registry reads, in one DB task."""

    options: dict[str, list[str]]
    device_labels: dict[str, str]
    rows: list[RegistryRow]
    gaps: list[ChainGap]


def read_desk_data(ctx: AppContext, filters: RegistryFilter) -> DeskData:
    """Run on the DB thread: the filter choices, the matching rows and the chain gaps."""
    service = desk_service(ctx.require_vault())
    options, labels = filter_choices(service)
    return DeskData(options, labels, service.records(filters), service.chain_gaps())


class RegistryView(QWidget):
    def __init__(self, ctx: AppContext, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.filters = FilterBar(lang)
        self.gaps = QLabel()
        self.gaps.setWordWrap(True)
        self.gaps.setStyleSheet(BANNER_STYLE)
        self.gaps.setAccessibleName(self.tr("Missing envelopes"))
        self.gaps.hide()
        self.count = QLabel()
        self.export_button = QPushButton(self.tr("E&xport records…"))
        self.model = RegistryModel(lang)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Registry records"))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setAccessibleName(self.tr("Registry columns"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((84, 150, 84, 140, 170, 120, 130, 60)):
            header.resizeSection(column, width)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.detail = RecordDetail(ctx, lang)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.export_button)
        left_layout.addLayout(bottom)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 580])
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.gaps)
        layout.addWidget(splitter, 1)

        self.filters.changed.connect(self.refresh)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self._selected: str | None = None
        self.export_dialog: ExportDialog | None = None  # the one last opened

    def refresh(self) -> None:
        """Reload the rows, the filter choices and the gap warning, in the background."""
        filters, ctx = self.filters.current(), self._ctx
        ctx.runner.db(
            lambda _r, _c: (filters, read_desk_data(ctx, filters)),
            self._on_loaded,
            self._on_failed,
        )

    def _on_failed(self, exc: BaseException) -> None:
        show_error(exc, self)

    def _on_loaded(self, loaded: tuple[RegistryFilter, DeskData]) -> None:
        filters, data = loaded
        if filters != self.filters.current():
            return  # the filters changed meanwhile; their own refresh is on its way
        self.filters.set_options(data.options, data.device_labels)
        self.model.set_rows(data.rows)
        self.count.setText(self.tr("%n record(s)", "", len(data.rows)))
        self._show_gaps(data.gaps)
        row = self.model.row_of(self._selected) if self._selected else -1
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        else:
            self._selected = None
            self.detail.show_record(None)

    def _show_gaps(self, gaps: list[ChainGap]) -> None:
        lines = []
        for gap in gaps:
            device = gap.device_label or gap.device_id[:8]
            if gap.missing_seqs:
                text = self.tr("%1: envelope(s) %2 missing", "", len(gap.missing_seqs))
                lines.append(text.replace("%2", seq_ranges(gap.missing_seqs)).replace("%1", device))
            if gap.broken_links:
                count = len(gap.broken_links)
                text = self.tr("%1: the chain does not link at envelope(s) %2", "", count)
                lines.append(text.replace("%2", seq_ranges(gap.broken_links)).replace("%1", device))
        if lines:
            intro = self.tr(
                "Some envelopes have not arrived or do not fit their device's chain. Pull again; "
                "if this stays, ask the defender to sync or bring a courier bundle."
            )
            self.gaps.setText("\n".join([intro, *lines]))
        self.gaps.setVisible(bool(lines))

    def select(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record_id = current.data(ID_ROLE) if current.isValid() else None
        if record_id != self._selected:
            self._selected = record_id
            self.detail.show_record(record_id)

    def _on_export_button_clicked(self) -> None:
        dialog = ExportDialog(self._ctx, self.filters.current(), self.model.rowCount(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.export_dialog = dialog
