"""The left panel: search, filters, and the sortable case list, with an empty state."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from defender_app.context import AppContext
from defender_app.errors import show_error
from defender_app.models.case_list_model import ID_ROLE, SORT_ROLE, CaseListModel
from defender_app.sync_wiring import install_sync
from storage.records import CaseSummary, Changes


class CaseListPanel(QWidget):
    case_selected = Signal(object)  # case id or None
    new_case_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search cases, testimonies, people (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("All"), None)
        self.status_filter.addItem(self.tr("Drafts"), "draft")
        self.status_filter.addItem(self.tr("Final"), "final")
        self.date_from = QLineEdit()
        self.date_from.setPlaceholderText(self.tr("from YYYY-MM"))
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to = QLineEdit()
        self.date_to.setPlaceholderText(self.tr("to YYYY-MM"))
        self.date_to.setAccessibleName(self.tr("To date"))
        for edit in (self.date_from, self.date_to):
            edit.setMaximumWidth(110)
        self.new_button = QPushButton(self.tr("&New case"))
        self.new_button.setAccessibleName(self.tr("New case"))

        self.model = CaseListModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setAccessibleName(self.tr("Case list columns"))
        # The title takes what the short columns leave; the place gets a fixed share (the
        # person can drag it wider).
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Interactive,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(2, 8 * self.table.fontMetrics().averageCharWidth() + 40)
        # Two lines a row: a long title or place wraps once instead of being cut after a word
        # (at 1366 px the list has about 430 px for five columns); the rest is elided.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        lines = self.table.fontMetrics().lineSpacing()
        self.table.verticalHeader().setDefaultSectionSize(2 * lines + 10)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(self.tr("No cases"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.date_from)
        filters.addWidget(self.date_to)
        filters.addStretch()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.date_from.editingFinished.connect(self.refresh)
        self.date_to.editingFinished.connect(self.refresh)
        self.new_button.clicked.connect(self.new_case_requested.emit)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        ctx.events.records_changed.connect(self._on_records_changed)
        self._selected: str | None = None

    def refresh(self) -> None:
        """Reload the list from the vault (in the background) with the search and filters."""
        query = self.search.text().strip()
        state = self.status_filter.currentData()
        date_from = self.date_from.text().strip() or None
        date_to = self.date_to.text().strip() or None
        ctx = self._ctx

        def work(_r: object, _c: object) -> tuple[list[CaseSummary], dict[str, str]]:
            vault = ctx.require_vault()
            ids = [hit.case_id for hit in vault.search(query)] if query else None
            cases = vault.cases.summaries(
                state=state, date_from=date_from, date_to=date_to, ids=ids
            )
            return cases, install_sync(vault).case_states()

        ctx.runner.db(work, self._on_loaded, lambda exc: show_error(exc, self))

    def _on_loaded(self, loaded: tuple[list[CaseSummary], dict[str, str]]) -> None:
        cases, sync_states = loaded
        self.model.set_cases(cases, sync_states)
        filtered = bool(self.search.text().strip() or self.status_filter.currentData())
        if cases:
            self.stack.setCurrentWidget(self.table)
        elif filtered:
            self.empty.setText(self.tr("No case matches. Try other words or clear the filters."))
            self.stack.setCurrentWidget(self.empty)
        else:
            self.empty.setText(
                self.tr("No cases yet.\nClick “New case” (Ctrl+N) to record what happened.")
            )
            self.stack.setCurrentWidget(self.empty)
        if self._selected:
            self.select(self._selected)

    def select(self, case_id: str) -> None:
        self._selected = case_id
        row = self.model.row_of(case_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.selectRow(index.row())

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case_id = current.data(ID_ROLE) if current.isValid() else None
        if case_id != self._selected or case_id is None:
            self._selected = case_id
            self.case_selected.emit(case_id)

    def _on_records_changed(self, changes: Changes) -> None:
        if changes.cases:
            self.refresh()
