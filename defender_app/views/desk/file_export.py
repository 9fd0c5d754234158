"""Writing a desk file out of the vault: a warning first, then a save dialog, then an atomic write.

The pattern of document_export.py and evidence_export.py: the person reads that the file will
not be encrypted before choosing where it goes; the bytes are made in memory and written on
the DB thread, since most of them are read from the vault (tmp, fsync, replace), owner-only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget

from defender_app.context import AppContext
from defender_app.errors import show_error
from defender_app.i18n import error_text
from defender_app.tasks import ProgressFn, Task
from defender_app.views.document_export import PdfNotWritten
from defender_app.widgets.media_file_dialog import private_file_dialog
from forms.errors import UserFacingError
from storage.atomic import write_atomically


@dataclass(frozen=True)
class OutgoingFile:
    """What the warning and the save dialog say about one file about to leave the vault."""

    title: str  # the warning's title
    warning: str  # what the file carries and that it is not encrypted
    button: str  # the warning's accept button, e.g. "Export CSV…"
    name_filter: str  # e.g. "CSV files (*.csv)"
    suffix: str
    suggested_name: str


class FileExporter(QObject):
    """Warn, let the person choose where, write; `message` says how it went."""

    message = Signal(str, bool)  # a sentence for the person; True when something went wrong
    written = Signal(object)  # the Path written

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent

    def ask(
        self,
        outgoing: OutgoingFile,
        make_bytes: Callable[[], bytes],
        parent: QWidget | None = None,
    ) -> QMessageBox:
        """Warn (over `parent`), and on the accept button let the person choose where."""
        parent = parent or self._parent
        box = QMessageBox(QMessageBox.Icon.Warning, outgoing.title, outgoing.warning, parent=parent)
        go = box.addButton(outgoing.button, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_clicked(button: QAbstractButton) -> None:
            if button is go:
                self.choose_destination(outgoing, make_bytes, parent)

        box.buttonClicked.connect(on_clicked)
        box.open()
        return box

    def choose_destination(
        self, outgoing: OutgoingFile, make_bytes: Callable[[], bytes], parent: QWidget
    ) -> QFileDialog:
        dialog = private_file_dialog(
            parent,
            self.tr("Save (not encrypted)"),
            QFileDialog.FileMode.AnyFile,
            QFileDialog.AcceptMode.AcceptSave,
        )
        dialog.setNameFilter(outgoing.name_filter)
        dialog.setDefaultSuffix(outgoing.suffix)
        dialog.selectFile(outgoing.suggested_name)
        dialog.fileSelected.connect(lambda path: self.write_to(Path(path), make_bytes))
        dialog.open()
        return dialog

    def write_to(self, destination: Path, make_bytes: Callable[[], bytes]) -> Task:
        """Make the bytes and write them in one DB task (they are usually read from the vault)."""

        def work(_report: ProgressFn, _cancel: object) -> Path:
            data = make_bytes()
            try:
                write_atomically(destination, data)
            except OSError as exc:
                raise PdfNotWritten(
                    path=str(destination), reason=exc.strerror or str(exc)
                ) from None
            return destination

        self.message.emit(self.tr("Writing “%1”…").replace("%1", str(destination)), False)
        return self._ctx.runner.db(work, self._on_written, self._on_failed)

    def _on_written(self, destination: Path) -> None:
        self.message.emit(
            self.tr(
                "Saved to %1. This file is not encrypted: delete it when it is no longer needed."
            ).replace("%1", str(destination)),
            False,
        )
        self.written.emit(destination)

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserFacingError):
            self.message.emit(error_text(exc), True)
            return
        self.message.emit(self.tr("The file was not saved."), True)
        show_error(exc, self._parent)
