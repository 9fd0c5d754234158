"""The main window: case list beside the case editor, actions with shortcuts, status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow, QSplitter, QToolBar, QWidget

from defender_app.autosave import Autosaver
from defender_app.context import AppContext
from defender_app.errors import show_error
from defender_app.sync_controller import SyncController
from defender_app.views.case_editor import CaseEditor
from defender_app.views.case_list import CaseListPanel
from defender_app.views.sync_panel import SyncPanel
from defender_app.widgets.sync_indicator import SyncIndicator


class MainWindow(QMainWindow):
    lock_requested = Signal()
    settings_requested = Signal()

    def __init__(
        self,
        ctx: AppContext,
        autosaver: Autosaver,
        sync: SyncController,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.autosaver = autosaver
        self.case_list = CaseListPanel(ctx)
        self.editor = CaseEditor(ctx, autosaver)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.case_list)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([430, 936])  # at 1366 px the editor gets the room it needs
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

    def start(self) -> None:
        self.case_list.refresh()
        self.editor.open_case(None)
