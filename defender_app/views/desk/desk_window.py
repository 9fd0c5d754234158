"""The desk area the main window shows when the vault is a registry desk.

Tabs Registry, Reports and Devices, and "Pull from relay": the pull runs on the I/O pool
through the injected DeskOps, reports its progress in the status bar, and can be stopped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from defender_app.context import AppContext
from defender_app.errors import show_error
from defender_app.i18n import error_text
from defender_app.tasks import ProgressFn, Task, while_alive
from defender_app.views.desk.desk_ops import DeskOps, PullResult
from defender_app.views.desk.devices_view import DevicesView
from defender_app.views.desk.registry_view import RegistryView
from defender_app.views.desk.reports_view import ReportsView
from forms.errors import Cancelled, UserFacingError


class DeskArea(QWidget):
    def __init__(self, ctx: AppContext, ops: DeskOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        lang = ctx.settings.language or "es"
        self.registry = RegistryView(ctx, lang)
        self.reports = ReportsView(ctx, lang)
        self.devices = DevicesView(ctx, ops)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Registry desk"))
        self.tabs.addTab(self.registry, self.tr("&Registry"))
        self.tabs.addTab(self.reports, self.tr("Rep&orts"))
        self.tabs.addTab(self.devices, self.tr("&Devices"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self.pull_action = QAction(self.tr("&Pull from relay"), self)
        self.pull_action.setShortcut(QKeySequence("Ctrl+R"))
        self.pull_action.setToolTip(
            self.tr("Fetch the records the defenders sent, check them and add them here")
        )
        self.pull_action.triggered.connect(self.pull)
        # Status bar widgets; the main window places them.
        self.pull_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Pull progress"))
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.hide()
        self.stop_button.clicked.connect(self.stop)
        self.task: Task | None = None
        self.tabs.currentChanged.connect(self._on_tab_changed)

    def start(self) -> None:
        """Show what the vault holds (no network until the person pulls or refreshes)."""
        self.registry.refresh()
        self.devices.load()

    def _on_tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.reports:
            self.reports.refresh()

    # ------------------------------------------------------------------ pull
    def pull(self) -> None:
        if self.task is not None:
            return
        ops = self._ops

        def work(report: ProgressFn, should_cancel: Callable[[], bool]) -> PullResult:
            return ops.pull(lambda what, done, total: report(done, total, what), should_cancel)

        self.pull_action.setEnabled(False)
        self.pull_label.setText(self.tr("Pulling from the relay…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.stop_button.show()
        self.task = self._ctx.runner.io(work, self._on_pulled, self._on_pull_failed)
        self.task.signals.progress.connect(while_alive(self._on_progress))

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _on_progress(self, done: int, total: int, what: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        text = {
            "envelopes": self.tr("Checking records: %1 of %2"),
            "blob": self.tr("Downloading a file: %1 of %2 bytes"),
        }.get(what, self.tr("Pulling from the relay…"))
        self.pull_label.setText(text.replace("%1", str(done)).replace("%2", str(total)))

    def _finish(self, text: str) -> None:
        self.task = None
        self.pull_action.setEnabled(True)
        self.progress.hide()
        self.stop_button.hide()
        self.pull_label.setText(text)
        self.registry.refresh()
        self.devices.load()
        if self.tabs.currentWidget() is self.reports:
            self.reports.refresh()

    def _on_pulled(self, result: PullResult) -> None:
        text = self.tr("%n new record version(s) received", "", result.imported)
        if result.duplicates:
            text += " · " + self.tr("%n already here", "", result.duplicates)
        if result.refused:
            text += " · " + self.tr("%n refused (failed verification)", "", len(result.refused))
        self._finish(text)
        first = result.refused[0] if result.refused else None
        if isinstance(first, UserFacingError):
            show_error(first, self)

    def _on_pull_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self._finish(self.tr("Pull stopped; the next pull continues from there."))
            return
        if isinstance(exc, UserFacingError):
            self._finish(error_text(exc))
            return
        self._finish(self.tr("The pull stopped because of an unexpected problem."))
        show_error(exc, self)

    def status_widgets(self) -> tuple[QWidget, ...]:
        return (self.pull_label, self.progress, self.stop_button)

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.registry)
        self.registry.filters.search.setFocus()
        self.registry.filters.search.selectAll()
