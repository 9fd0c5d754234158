"""Courier bundles from the window: write one to a USB stick where there is no connection, or
take in one someone brought (from any device of the organisation) where there is; at the
registry desk, taking one in opens it right here (desk_wiring.Desk.import_bundle).

Writing reads the vault on the database thread, then writes the file on the I/O pool with a
progress bar; taking in uploads the file as it is (sync/bundle.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from defender_app.context import AppContext
from defender_app.desk_wiring import BundleImport, Desk
from defender_app.errors import show_error
from defender_app.i18n import error_text
from defender_app.tasks import ProgressFn, Task, later, while_alive
from defender_app.widgets.media_file_dialog import private_file_dialog
from forms.errors import Cancelled, UserFacingError
from sync.bundle import BundleTakenIn, ExportPlan, plan_export, upload_bundle, write_planned

PROGRESS_AFTER_MS = 600  # quick work finishes without a bar flashing up
STEPS = 1000


class _CourierDialog(QDialog):
    """A choice of path, one button that starts the work, a progress bar and a clear result."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._task: Task | None = None
        self.chooser: QFileDialog | None = None  # the file dialog last opened
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.choose = QPushButton()
        self.progress = QProgressBar()
        self.progress.setRange(0, STEPS)
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.start = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.start.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.resize(560, 260)
        self.buttons.rejected.connect(self.reject)

    def _open_chooser(self, title: str, mode: QFileDialog.FileMode) -> QFileDialog:
        chooser = private_file_dialog(self, title, mode)
        chooser.fileSelected.connect(lambda path: self.set_path(Path(path)))
        chooser.open()
        self.chooser = chooser
        return chooser

    def set_path(self, path: Path) -> None:
        self.path.setText(str(path))
        self.status.clear()
        self.start.setEnabled(self._task is None)

    # ------------------------------------------------------------------ running
    def _running(self, task: Task) -> None:
        self._task = task
        self.start.setEnabled(False)
        self.choose.setEnabled(False)
        self.progress.setValue(0)
        task.signals.progress.connect(while_alive(self._on_progress))
        task.signals.finished.connect(while_alive(lambda: self._on_task_finished(task), self))
        later(PROGRESS_AFTER_MS, lambda: self.progress.setVisible(self._task is not None), self)

    def _on_progress(self, done: int, total: int, _stage: str) -> None:
        self.progress.setValue(int(STEPS * done / total) if total else 0)

    def _on_task_finished(self, task: Task) -> None:
        if self._task is task:  # (not when a first step has just started the next)
            self._task = None
            self.progress.setVisible(False)
            self.choose.setEnabled(True)
            self.start.setEnabled(bool(self.path.text()))

    def _failed(self, exc: BaseException, os_error_text: str) -> None:
        """Known problems in plain words here; anything else is a bug, reported as such."""
        self._task = None
        self.start.setEnabled(bool(self.path.text()))
        self.choose.setEnabled(True)
        self.status.clear()
        if isinstance(exc, UserFacingError):
            self.status.setText(error_text(exc))
        elif isinstance(exc, OSError):
            self.status.setText(os_error_text.replace("%1", exc.strerror or type(exc).__name__))
        elif not isinstance(exc, Cancelled):
            show_error(exc, self)

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel()  # a half-written bundle is removed, an upload resumes later
        super().reject()


class CourierExportDialog(_CourierDialog):
    """ "Prepare bundle for courier…": every undelivered record into one file on a drive."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Prepare a bundle for the courier"))
        self.intro.setText(
            self.tr(
                "Writes every record not yet delivered into one encrypted file on the drive "
                "you choose, such as a USB stick. Whoever carries it sees only an opaque "
                "file; only your organisation's registry can open it. The records also stay "
                "queued here until the registry confirms them."
            )
        )
        self.path.setAccessibleName(self.tr("Folder to write the bundle to"))
        self.path.setPlaceholderText(self.tr("Choose the folder, e.g. the USB stick"))
        self.choose.setText(self.tr("Choose &folder…"))
        self.start.setText(self.tr("&Write bundle"))
        self.choose.clicked.connect(self._on_choose_clicked)
        self.start.clicked.connect(self._on_start_clicked)

    def _on_choose_clicked(self) -> None:
        self._open_chooser(self.tr("Folder for the bundle"), QFileDialog.FileMode.Directory)

    def _on_start_clicked(self) -> None:
        ctx, folder = self._ctx, Path(self.path.text())
        self.status.setText(self.tr("Reading the records to send…"))
        self.written = None

        def plan(_report: ProgressFn, _cancel: object) -> ExportPlan:
            from defender_app.sync_wiring import install_sync

            return plan_export(install_sync(ctx.require_vault()))

        def write(plan: ExportPlan) -> None:
            self.status.setText(self.tr("Writing the bundle; do not unplug the drive…"))
            task = ctx.runner.io(
                lambda report, cancel: (write_planned(plan, folder, report, cancel), plan),
                self._on_written,
                self._on_failed,
            )
            self._running(task)

        self._running(ctx.runner.db(plan, write, self._on_failed))

    def _on_written(self, result: tuple[Path, ExportPlan]) -> None:
        path, plan = result
        self.written = path
        self.status.setText(
            self.tr(
                "The bundle is written and synced to the drive. It is safe to unplug.\n"
                "File: %1 (%n record(s)).",
                "",
                len(plan.envelopes),
            ).replace("%1", path.name)
        )

    def _on_failed(self, exc: BaseException) -> None:
        self._failed(
            exc,
            self.tr(
                "Could not write the bundle to that folder (%1). Nothing was written; check "
                "that the drive is plugged in and has room, then try again."
            ),
        )


class _TakeInDialog(_CourierDialog):
    """What both ways of taking a bundle in share: the title and choosing the file.

    Its texts have a fixed context: `self.tr` here would look them up under the subclass."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(QCoreApplication.translate("TakeInDialog", "Take in a courier bundle"))
        self.path.setAccessibleName(QCoreApplication.translate("TakeInDialog", "Bundle file"))
        self.path.setPlaceholderText(
            QCoreApplication.translate("TakeInDialog", "Choose the bundle file (.hrdb)")
        )
        self.choose.setText(QCoreApplication.translate("TakeInDialog", "Choose &file…"))
        self.choose.clicked.connect(self._on_choose_clicked)

    def _on_choose_clicked(self) -> None:
        chooser = self._open_chooser(
            QCoreApplication.translate("TakeInDialog", "Open a courier bundle"),
            QFileDialog.FileMode.ExistingFile,
        )
        chooser.setNameFilters(
            [
                QCoreApplication.translate("TakeInDialog", "Courier bundles (*.hrdb)"),
                QCoreApplication.translate("TakeInDialog", "All files (*)"),
            ]
        )


class CourierImportDialog(_TakeInDialog):
    """ "Take in a courier bundle…": upload a bundle someone brought, on an enrolled install."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.taken: BundleTakenIn | None = None
        self.intro.setText(
            self.tr(
                "Sends a bundle file that someone brought, from any device of your "
                "organisation, to the registry as it is. This computer must be connected to "
                "the registry and to the internet. The file stays encrypted all the way."
            )
        )
        self.start.setText(self.tr("&Send to the registry"))
        self.start.clicked.connect(self._on_start_clicked)

    def _on_start_clicked(self) -> None:
        ctx, path = self._ctx, Path(self.path.text())
        self.status.setText(self.tr("Sending the bundle to the registry…"))
        self.taken = None

        def work(report: ProgressFn, should_cancel: object) -> BundleTakenIn:
            from defender_app.sync_wiring import install_sync

            outbox = install_sync(ctx.require_vault())
            return upload_bundle(path, outbox, report=report, should_cancel=should_cancel)

        self._running(ctx.runner.io(work, self._on_taken, self._on_failed))

    def _on_taken(self, taken: BundleTakenIn) -> None:
        self.taken = taken
        text = self.tr(
            "The registry took in the bundle: %1 of %n record(s) stored with a signed "
            "receipt. The device that made it receives the receipts at its next sync.",
            "",
            len(taken.results),
        ).replace("%1", str(taken.committed))
        if taken.waiting:
            text += "\n" + self.tr(
                "%n record(s) still wait for files that were not in the bundle.",
                "",
                taken.waiting,
            )
        if taken.refused:
            reasons = sorted({r.error or "" for r in taken.results if r.error})
            text += "\n" + self.tr(
                "The registry refused %n record(s) (%1); show this to your organisation's "
                "technical contact.",
                "",
                taken.refused,
            ).replace("%1", ", ".join(reasons))
        self.status.setText(text)

    def _on_failed(self, exc: BaseException) -> None:
        self._failed(
            exc,
            self.tr("Could not read the bundle file (%1). Nothing was sent."),
        )


class DeskBundleDialog(_TakeInDialog):
    """ "Take in a courier bundle…" at the registry desk: open the bundle here, no relay."""

    imported = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.taken: BundleImport | None = None
        self.intro.setText(
            self.tr(
                "Opens a bundle file that a courier brought and adds its records to the "
                "registry, after checking every signature. No connection is needed if this "
                "desk already knows the device that made it."
            )
        )
        self.start.setText(self.tr("&Open in the registry"))
        self.start.clicked.connect(self._on_start_clicked)

    def _on_start_clicked(self) -> None:
        ctx, path = self._ctx, Path(self.path.text())
        self.status.setText(self.tr("Checking and opening the bundle…"))
        self.taken = None

        def work(_report: ProgressFn, _should_cancel: object) -> BundleImport:
            return Desk(ctx.require_vault()).import_bundle(path)

        self._running(ctx.runner.io(work, self._on_taken, self._on_failed))

    def _on_taken(self, taken: BundleImport) -> None:
        self.taken = taken
        self.status.setText(
            self.tr(
                "Bundle opened: %n new record version(s) added to the registry, %1 already here.",
                "",
                taken.imported,
            ).replace("%1", str(taken.duplicates))
        )
        self.imported.emit(taken.imported)

    def _on_failed(self, exc: BaseException) -> None:
        self._failed(
            exc,
            self.tr("Could not read the bundle file (%1). Nothing was imported."),
        )
