"""The main window: case list beside the case editor, actions with shortcuts, status bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLineEdit, QMainWindow, QSplitter, QToolBar, QWidget

from defender_app.autosave import Autosaver
from defender_app.context import AppContext
from defender_app.desk_wiring import Desk, desk_service
from defender_app.errors import show_error
from defender_app.sync_controller import SyncController
from defender_app.views.case_editor import CaseEditor
from defender_app.views.case_list import CaseListPanel
from defender_app.views.courier_dialog import (
    CourierExportDialog,
    CourierImportDialog,
    DeskBundleDialog,
)
from defender_app.views.desk.desk_ops import DeskOps
from defender_app.views.desk.desk_setup_dialog import DeskSetupDialog
from defender_app.views.desk.desk_window import DeskArea
from defender_app.views.sync_panel import SyncPanel
from defender_app.widgets.sync_indicator import SyncIndicator
from storage.vault import Vault


class MainWindow(QMainWindow):
    lock_requested = Signal()
    settings_requested = Signal()

    def __init__(
        self,
        ctx: AppContext,
        autosaver: Autosaver,
        sync: SyncController,
        parent: QWidget | None = None,
        desk_ops: Callable[[Vault], DeskOps] = Desk,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._desk_ops = desk_ops  # the desk's network side, for a vault set up as a desk
        self.desk: DeskArea | None = None
        self.autosaver = autosaver
        self.case_list = CaseListPanel(ctx)
        self.editor = CaseEditor(ctx, autosaver)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.case_list)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([480, 886])  # at 1366 px: titles readable, the editor still fits
        self.setCentralWidget(splitter)

        self.new_action = self._action(
            self.tr("&New case"), QKeySequence.StandardKey.New, self.new_case
        )
        self.save_action = self._action(
            self.tr("&Save now"), QKeySequence.StandardKey.Save, autosaver.flush
        )
        self.finalize_action = self._action(
            self.tr("&Finalize case…"), QKeySequence("Ctrl+Shift+F"), self.editor.finalize
        )
        self.search_action = self._action(
            self.tr("Searc&h"), QKeySequence.StandardKey.Find, self._focus_search
        )
        self.lock_action = self._action(
            self.tr("&Lock"), QKeySequence("Ctrl+L"), self.lock_requested.emit
        )
        self.settings_action = self._action(
            self.tr("Se&ttings…"),
            QKeySequence.StandardKey.Preferences,
            self.settings_requested.emit,
        )
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.save_action, self.finalize_action, self.search_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.settings_action)
        toolbar.addAction(self.lock_action)
        self.addToolBar(toolbar)
        self.sync_menu = self.menuBar().addMenu(self.tr("S&ync"))
        self.sync_panel_action = self.sync_menu.addAction(self.tr("Sync &status and enrollment…"))
        self.sync_panel_action.triggered.connect(self.open_sync_panel)
        self.sync_menu.addSeparator()
        self.courier_export_action = self.sync_menu.addAction(
            self.tr("&Prepare bundle for courier…")
        )
        self.courier_export_action.triggered.connect(self.open_courier_export)
        self.courier_import_action = self.sync_menu.addAction(self.tr("&Take in a courier bundle…"))
        self.courier_import_action.triggered.connect(self.open_courier_import)
        self.tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.desk_setup_action = self.tools_menu.addAction(self.tr("Set up as registry &desk…"))
        self.desk_setup_action.triggered.connect(self.open_desk_setup)
        self.sync = sync
        self.sync_indicator = SyncIndicator()
        self.sync_indicator.show_status(sync.status)
        sync.status_changed.connect(self.sync_indicator.show_status)
        self.sync_indicator.open_requested.connect(self.open_sync_panel)
        self.statusBar().addPermanentWidget(self.sync_indicator)
        self.setWindowTitle("Defender")

        self._focus_title_of: str | None = None
        self.editor.case_loaded.connect(self._on_editor_case_loaded)
        self.case_list.case_selected.connect(self.editor.open_case)
        self.case_list.new_case_requested.connect(self.new_case)
        ctx.events.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        autosaver.saved.connect(lambda _c: self.statusBar().showMessage(self.tr("Saved"), 1500))

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey, slot: object
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _focus_search(self) -> None:
        if self.desk is not None:
            self.desk.focus_search()
            return
        self.case_list.search.setFocus()
        self.case_list.search.selectAll()

    def new_case(self) -> None:
        """Create a draft with a provisional title and open it with the title selected."""
        ctx = self._ctx
        title = self.tr("New case")
        ctx.runner.db(
            lambda _r, _c: ctx.require_vault().cases.create(title=title),
            self._on_case_created,
            lambda e: show_error(e, self),
        )

    def _on_case_created(self, saved: object) -> None:
        case = saved.value  # type: ignore[attr-defined]
        self._focus_title_of = case.id
        self.case_list.select(case.id)
        self._ctx.events.records_changed.emit(saved.changes)  # type: ignore[attr-defined]
        self.editor.open_case(case.id)
        self.editor.tabs.setCurrentWidget(self.editor.summary)

    def _on_editor_case_loaded(self, case: object) -> None:
        """Once a new case is on screen, put the cursor in its title, ready to replace it."""
        if getattr(case, "id", None) != self._focus_title_of:
            return
        self._focus_title_of = None
        title = self.editor.summary.form.editor("title")
        title.setFocus()
        if isinstance(title, QLineEdit):
            title.selectAll()  # typing replaces the provisional title

    def open_sync_panel(self) -> None:
        panel = SyncPanel(self._ctx, self.sync, self)
        panel.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        panel.open()

    def open_courier_export(self) -> None:
        dialog = CourierExportDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_courier_import(self) -> None:
        if self.desk is not None:
            at_desk = DeskBundleDialog(self._ctx, self)
            at_desk.imported.connect(self._on_bundle_imported)
            dialog: QDialog = at_desk
        else:
            dialog = CourierImportDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_bundle_imported(self, _count: int) -> None:
        if self.desk is not None:
            self.desk.registry.refresh()

    def start(self) -> None:
        self.case_list.refresh()
        self.editor.open_case(None)
        ctx = self._ctx
        ctx.runner.db(
            lambda _r, _c: desk_service(ctx.require_vault()).is_desk(),
            lambda is_desk: self.show_desk() if is_desk else None,
            lambda e: show_error(e, self),
        )

    def open_desk_setup(self) -> None:
        dialog = DeskSetupDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.set_up.connect(lambda _keys: self.show_desk())
        dialog.open()

    def show_desk(self) -> None:
        """The vault is a registry desk: the desk's tabs take the place of the case list and
        editor, "Pull from relay" that of the field actions, its progress that of field sync."""
        if self.desk is not None:
            return
        self.desk = DeskArea(self._ctx, self._desk_ops(self._ctx.require_vault()))
        field_area = self.takeCentralWidget()
        assert field_area is not None
        field_area.hide()
        field_area.setParent(self)  # kept, hidden: the field actions still point into it
        self.setCentralWidget(self.desk)
        for action in (
            self.new_action,
            self.save_action,
            self.finalize_action,
            self.desk_setup_action,
            self.courier_export_action,  # a desk has nothing of its own to send
            self.sync_panel_action,
        ):
            action.setVisible(False)
        toolbar = self.findChild(QToolBar, "main_toolbar")
        assert toolbar is not None
        toolbar.insertAction(self.search_action, self.desk.pull_action)
        self.addAction(self.desk.pull_action)
        self.sync_indicator.hide()
        for widget in self.desk.status_widgets():
            self.statusBar().addPermanentWidget(widget)
        self.desk.start()
