"""Evidence: import photos and files (dialog, folder, drag and drop), browse, describe, view.

Everything stored goes through the DB thread; thumbnails load only for items on screen. The
list reloads when `records_changed` names this case or one of its items, and only while the
tab is visible (otherwise on the next show).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from defender_app.autosave import Autosaver
from defender_app.context import AppContext
from defender_app.errors import show_error
from defender_app.models.evidence_model import ICON_PX, EvidenceModel
from defender_app.models.import_job import ImportOutcome
from defender_app.tasks import Task
from defender_app.views.case_tab import CaseTab
from defender_app.views.evidence_export import EvidenceExporter
from defender_app.views.media_viewer import MediaViewer
from defender_app.widgets.evidence_details import PREVIEW_PX, EvidenceDetails
from defender_app.widgets.import_panel import ImportPanel
from defender_app.widgets.media_file_dialog import private_file_dialog
from defender_app.widgets.thumbnail_loader import ThumbnailLoader
from forms.errors import UserFacingError
from storage.records import Case, Changes, Evidence
from storage.vault import Vault


def local_paths(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class EvidenceTab(CaseTab):
    def __init__(
        self, ctx: AppContext, autosaver: Autosaver, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, autosaver, parent)
        self._stale = False
        self._select_after_load: str | None = None
        self.viewer: MediaViewer | None = None

        self.import_files_button = QPushButton(self.tr("&Import files…"))
        self.import_files_button.setToolTip(self.tr("Import photos and other files"))
        self.import_folder_button = QPushButton(self.tr("Import a fo&lder…"))
        self.import_folder_button.setToolTip(
            self.tr("Import every file in a folder and its sub-folders, such as a phone's SD card")
        )
        self.import_panel = ImportPanel(ctx)

        self.model = EvidenceModel(self)
        self.grid = QListView()
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setMovement(QListView.Movement.Static)  # no internal drag; drops mean import
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setUniformItemSizes(True)  # thumbnails are asked for only when painted
        self.grid.setIconSize(QSize(ICON_PX, ICON_PX))
        self.grid.setGridSize(QSize(ICON_PX + 20, ICON_PX + 44))
        self.grid.setWordWrap(True)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setAccessibleName(self.tr("Evidence items"))
        self.grid.setModel(self.model)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.grid_stack = QStackedWidget()
        self.grid_stack.addWidget(self.grid)
        self.grid_stack.addWidget(self.empty)

        self.details = EvidenceDetails(self.lang)
        self.details_scroll = QScrollArea()
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setWidget(self.details)
        self.no_selection = QLabel(self.tr("Select an item to see and describe it."))
        self.no_selection.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_selection.setWordWrap(True)
        self.details_stack = QStackedWidget()
        self.details_stack.addWidget(self.no_selection)
        self.details_stack.addWidget(self.details_scroll)

        buttons = QHBoxLayout()
        buttons.addWidget(self.import_files_button)
        buttons.addWidget(self.import_folder_button)
        buttons.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.grid_stack)
        splitter.addWidget(self.details_stack)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([420, 440])  # three columns of thumbnails at 1366×768
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.import_panel)
        layout.addWidget(splitter, 1)
        self.setAcceptDrops(True)

        self.thumbnails = ThumbnailLoader(ctx, ICON_PX, self)
        self.previews = ThumbnailLoader(ctx, PREVIEW_PX, self)
        self.exporter = EvidenceExporter(ctx, self)
        self.import_files_button.clicked.connect(self._on_import_files_button_clicked)
        self.import_folder_button.clicked.connect(self._on_import_folder_button_clicked)
        self.import_panel.finished.connect(self._on_import_panel_finished)
        self.model.thumbnails_wanted.connect(self.thumbnails.request)
        self.thumbnails.loaded.connect(self.model.set_thumbnails)
        self.thumbnails.failed.connect(self._on_task_failed)
        self.previews.loaded.connect(self._on_previews_loaded)
        self.previews.failed.connect(self._on_task_failed)
        self.grid.selectionModel().currentChanged.connect(self._on_grid_current_changed)
        self.grid.activated.connect(self._on_grid_activated)
        self.details.edited.connect(self._on_details_edited)
        self.details.view_requested.connect(self.view_current)
        self.details.export_requested.connect(self._on_details_export_requested)
        self.exporter.message.connect(self.import_panel.show_notice)
        autosaver.failed.connect(self._on_save_failed)
        autosaver.saved.connect(self._on_saved)
        ctx.events.records_changed.connect(self._on_records_changed)

    # ---------------------------------------------------------------- CaseTab
    def load(self, case: Case) -> None:
        if self.viewer is not None:
            self.viewer.close()
        if self.case is None or self.case.id != case.id:
            self.model.clear()
            self._show_details(None)
            self.grid_stack.setCurrentWidget(self.grid)
        super().load(case)
        self._reload()

    def set_read_only(self, read_only: bool) -> None:
        can_import = not read_only and not self.import_panel.busy
        self.import_files_button.setEnabled(can_import)
        self.import_folder_button.setEnabled(can_import)
        self.details.set_read_only(read_only)
        self.empty.setText(
            self.tr("No evidence in this case.")
            if read_only
            else self.tr("No evidence yet. Import photos or files, or drop them here.")
        )

    # ---------------------------------------------------------------- importing
    def import_paths(self, paths: list[Path]) -> Task | None:
        """Import files and folders (what the dialogs and a drop hand over) into this case."""
        if not self._can_import() or not paths or self.case is None:
            return None
        task = self.import_panel.start(self.case.id, paths)
        self.set_read_only(self.case.is_final)
        return task

    def _can_import(self) -> bool:
        return self.case is not None and not self.case.is_final and not self.import_panel.busy

    def _on_import_files_button_clicked(self) -> None:
        dialog = private_file_dialog(
            self, self.tr("Import photos and files"), QFileDialog.FileMode.ExistingFiles
        )
        dialog.filesSelected.connect(lambda files: self.import_paths([Path(f) for f in files]))
        dialog.open()

    def _on_import_folder_button_clicked(self) -> None:
        dialog = private_file_dialog(
            self, self.tr("Import a whole folder"), QFileDialog.FileMode.Directory
        )
        dialog.fileSelected.connect(lambda folder: self.import_paths([Path(folder)]))
        dialog.open()

    def _on_import_panel_finished(self, outcome: ImportOutcome | None) -> None:
        if self.case is not None:
            self.set_read_only(self.case.is_final)
        if outcome is None:
            self._reload()
            return
        self.model.add_problems(
            {r.evidence.id: r.thumbnail_problem for r in outcome.imported if r.thumbnail_problem}
        )
        if outcome.imported:
            self._select_after_load = outcome.imported[0].evidence.id
        if outcome.changes.empty:
            self._reload()
        else:
            self.ctx.events.records_changed.emit(outcome.changes)

    def _answer_drag(self, event: QDragMoveEvent) -> None:
        if self._can_import() and local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._answer_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._answer_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData())
        if not (self._can_import() and paths):
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_paths(paths)

    # ---------------------------------------------------------------- the list
    def _on_records_changed(self, changes: Changes) -> None:
        if self.case is None:
            return
        ours = {self.model.item_at(r).id for r in range(self.model.rowCount())}
        if self.case.id in changes.cases or ours & changes.evidence:
            self._reload()

    def _reload(self) -> None:
        if self.case is None:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        case_id, ctx = self.case.id, self.ctx

        def fetch(_report: object, _cancel: object) -> tuple[str, list[Evidence]]:
            return case_id, ctx.require_vault().evidence.for_case(case_id)

        ctx.runner.db(fetch, self._on_items_loaded, self._on_task_failed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._reload()

    def _on_items_loaded(self, result: tuple[str, list[Evidence]]) -> None:
        case_id, items = result
        if self.case is None or self.case.id != case_id:
            return
        keep = self._select_after_load or (self.details.item.id if self.details.item else None)
        self._select_after_load = None
        self.model.set_items(items)
        self.grid_stack.setCurrentWidget(self.grid if items else self.empty)
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            index = self.model.index(row)
            if self.grid.currentIndex() != index:
                self.grid.setCurrentIndex(index)
            self.grid.scrollTo(index)
            self._show_details(items[row])
        elif self.details.item is not None:
            self._show_details(None)

    def _on_grid_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        item = self.model.item_at(current.row())
        is_new = self.details.item is None or self.details.item.id != item.id
        self._show_details(item)
        if is_new:
            problem = self.model.preview_problem(item)
            if item.kind == "photo" and item.held and problem is None:
                self.previews.request([item.id])
            else:
                self.details.set_preview(None, problem or "")

    def _show_details(self, item: Evidence | None) -> None:
        if item is None:
            self.details.item = None
            self.details_stack.setCurrentWidget(self.no_selection)
        else:
            if self.details.item is None or self.details.item.id != item.id:
                self.details_scroll.verticalScrollBar().setValue(0)
            self.details.show_item(item)
            self.details_stack.setCurrentWidget(self.details_scroll)

    def _on_previews_loaded(self, images: dict[str, QImage | None]) -> None:
        item = self.details.item
        if item is None or item.id not in images:
            return
        image = images[item.id]
        if image is None:
            self.model.set_thumbnails({item.id: None})
        self.details.set_preview(image, self.model.preview_problem(item) or "")

    # ---------------------------------------------------------------- one item
    def _on_details_edited(self, name: str, value: Any) -> None:
        item = self.details.item
        if item is None:
            return
        evidence_id = item.id

        def save(vault: Vault, fields: dict[str, Any]) -> Any:
            return vault.evidence.update(evidence_id, **fields)

        self.autosaver.edit(f"evidence:{evidence_id}", save, name, value)

    def _on_save_failed(self, key: str, exc: UserFacingError) -> None:
        item = self.details.item
        if item is None or key != f"evidence:{item.id}":
            return
        field = self.details.problem.show_error(exc)
        if field in self.details.form.editors:
            self.details.form.editor(field).setFocus()

    def _on_saved(self, _changes: object) -> None:
        self.details.problem.hide()

    def _on_grid_activated(self, _index: QModelIndex) -> None:
        self.view_current()

    def view_current(self) -> MediaViewer | None:
        """Open the viewer on the selected item (decrypted in memory only)."""
        item = self.details.item
        if item is None:
            return None
        if self.viewer is None:
            self.viewer = MediaViewer(self.ctx, self)
            self.viewer.export_requested.connect(self._on_viewer_export_requested)
        self.viewer.show_item(item)
        return self.viewer

    def _on_viewer_export_requested(self, item: Evidence) -> None:
        self.exporter.ask(item, self.viewer)

    def _on_details_export_requested(self) -> None:
        if self.details.item is not None:
            self.exporter.ask(self.details.item)

    def _on_task_failed(self, exc: BaseException) -> None:
        show_error(exc, self)
