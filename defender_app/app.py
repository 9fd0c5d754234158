"""Composition root: first run or unlock, the main window, auto-lock, and locking."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from defender_app.autosave import Autosaver
from defender_app.context import AppContext
from defender_app.desk_wiring import Desk
from defender_app.events import AppEvents
from defender_app.settings import AppSettings
from defender_app.sync_controller import SyncController
from defender_app.tasks import TaskRunner
from defender_app.views.desk.desk_ops import DeskOps
from defender_app.views.first_run import FirstRunView
from defender_app.views.main_window import MainWindow
from defender_app.views.unlock_view import UnlockView
from storage.vault import Vault

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class DefenderApp(QObject):
    """Owns the windows and the vault's life: unlocked → main window; locked → unlock view."""

    def __init__(
        self,
        home: Path,
        on_language: object = None,
        desk_ops: Callable[[Vault], DeskOps] = Desk,
    ) -> None:
        super().__init__()
        self._desk_ops = desk_ops  # the registry desk's network side (tests pass their own)
        home.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.ctx = AppContext(home, TaskRunner(self), AppEvents(self), AppSettings(home))
        self._on_language = on_language
        self.autosaver = Autosaver(self.ctx, self)
        self.sync = SyncController(self.ctx, self)
        self.window = QStackedWidget()
        self.window.setWindowTitle("Defender")
        self.window.resize(1280, 720)
        self.main: MainWindow | None = None
        self.unlock_view: UnlockView | None = None
        self.first_run: FirstRunView | None = None
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]

    def start(self) -> QWidget:
        if Vault.exists(self.ctx.home):
            self.show_unlock()
        else:
            self.first_run = FirstRunView(self.ctx)
            self.first_run.language_chosen.connect(self.set_language)
            self.first_run.finished.connect(self.on_unlocked)
            self._show(self.first_run)
        self.window.show()
        return self.window

    def set_language(self, code: str) -> None:
        self.ctx.settings.language = code
        if callable(self._on_language):
            self._on_language(code)

    def _show(self, widget: QWidget) -> None:
        if self.window.indexOf(widget) < 0:
            self.window.addWidget(widget)
        self.window.setCurrentWidget(widget)

    def show_unlock(self) -> None:
        if self.unlock_view is None:
            self.unlock_view = UnlockView(self.ctx)
            self.unlock_view.unlocked.connect(self.on_unlocked)
        self._show(self.unlock_view)
        self.unlock_view.passphrase.setFocus()

    def on_unlocked(self, vault: Vault) -> None:
        self.ctx.vault = vault
        if self.main is None:
            self.main = MainWindow(self.ctx, self.autosaver, self.sync, desk_ops=self._desk_ops)
            self.main.lock_requested.connect(self.lock)
            self.main.settings_requested.connect(self.open_settings)
        self._show(self.main)
        self.main.start()
        self.ctx.events.vault_unlocked.emit()
        self._restart_idle()

    def open_settings(self) -> None:
        from defender_app.views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self.main)
        dialog.accepted.connect(self._restart_idle)
        dialog.open()

    def lock(self) -> None:
        """Save open edits as drafts, then close the database and drop the keys."""
        vault = self.ctx.vault
        if vault is None:
            return
        self.idle.stop()
        self.ctx.runner.cancel_all()  # an import stops; what it imported so far is kept
        self.autosaver.flush_and_wait()
        self.ctx.runner.db(lambda _r, _c: vault.lock())
        self.ctx.runner.wait_for_db()
        self.ctx.vault = None
        QApplication.clipboard().clear()  # a copied passage must not outlive the lock
        if self.main is not None:
            self.window.removeWidget(self.main)
            self.main.deleteLater()  # no decrypted text stays in hidden widgets
            self.main = None
        self.ctx.events.vault_locked.emit()
        self.show_unlock()

    def shutdown(self) -> None:
        self.lock()
        self.ctx.runner.shutdown()

    def _restart_idle(self) -> None:
        if self.ctx.vault is not None:
            self.idle.start(self.ctx.settings.autolock_minutes * 60_000)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.ctx.vault is not None:
            self._restart_idle()
        return False
