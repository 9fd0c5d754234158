"""Export an original out of the vault: the one deliberate way to write its plaintext to disk.

A warning says the copy is not encrypted (and carries the GPS position if the photo has one),
then a save dialog, then the DB task that writes the file, checks its SHA-256 and adds an
"exported" entry to the item's custody chain.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget

from defender_app.context import AppContext
from defender_app.errors import show_error
from defender_app.tasks import ProgressFn, Task
from defender_app.widgets.media_file_dialog import private_file_dialog
from storage.records import Evidence, Saved


class EvidenceExporter(QObject):
    message = Signal(str, bool)  # a sentence for the person; True when something went wrong

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent

    def ask(self, item: Evidence, parent: QWidget | None = None) -> QMessageBox:
        """Warn, and on "Export a copy…" let the person choose where (over `parent`)."""
        parent = parent or self._parent
        text = self.tr(
            "The exported file will NOT be encrypted: anyone who can open the folder or the "
            "USB stick you choose can see it. Keep it safe and delete it when it is no longer "
            "needed. The export is written in the item's chain of custody."
        )
        if item.gps_lat is not None:
            text += "\n\n" + self.tr(
                "This photo also contains the place where it was taken (GPS position). "
                "Inside the vault that stays protected; the exported copy carries it openly."
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Export the original?"), text, parent=parent
        )
        go = box.addButton(self.tr("Export a copy…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_clicked(button: QAbstractButton) -> None:
            if button is go:
                self.choose_destination(item, parent)

        box.buttonClicked.connect(on_clicked)
        box.open()
        return box

    def choose_destination(self, item: Evidence, parent: QWidget) -> QFileDialog:
        dialog = private_file_dialog(
            parent,
            self.tr("Export original (not encrypted)"),
            QFileDialog.FileMode.AnyFile,
            QFileDialog.AcceptMode.AcceptSave,
        )
        dialog.selectFile(item.original_filename)
        dialog.fileSelected.connect(lambda path: self.export_to(item, Path(path)))
        dialog.open()
        return dialog

    def export_to(self, item: Evidence, destination: Path) -> Task:
        ctx = self._ctx
        evidence_id = item.id

        def work(_report: ProgressFn, _cancel: object) -> tuple[Saved[Evidence], Path]:
            evidence = ctx.require_vault().evidence
            return evidence.export_original(evidence_id, destination), destination

        self.message.emit(self.tr("Exporting “%1”…").replace("%1", item.original_filename), False)
        return ctx.runner.db(work, self._on_exported, self._on_failed)

    def _on_exported(self, result: tuple[Saved[Evidence], Path]) -> None:
        saved, destination = result
        self._ctx.events.records_changed.emit(saved.changes)
        self.message.emit(
            self.tr(
                "Exported to %1. This copy is not encrypted: delete it when it is no longer needed."
            ).replace("%1", str(destination)),
            False,
        )

    def _on_failed(self, exc: BaseException) -> None:
        self.message.emit(self.tr("The original was not exported."), True)
        show_error(exc, self._parent)
