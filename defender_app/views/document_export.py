"""Export PDF: the one deliberate way a rendered document becomes a file on disk.

A warning says the file is not encrypted and will carry names and testimony; then Qt's own
save dialog with no memory of folders; then one DB task writes the file atomically and
owner-only and adds an "exported" entry with its SHA-256 to the audit log.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget

from defender_app.context import AppContext
from defender_app.errors import show_error
from defender_app.i18n import error_text
from defender_app.tasks import ProgressFn, Task
from defender_app.widgets.media_file_dialog import private_file_dialog
from forms.errors import UserFacingError
from forms.text import QT_TRANSLATE_NOOP
from storage.atomic import write_atomically
from storage.documents import RenderedDocument
from storage.records import Saved


class PdfNotWritten(UserFacingError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors", "Could not write “{path}”: {reason}. Nothing was written."
    )


def suggested_name(doc_type: str) -> str:
    """A file name that says what the document is, not whom it is about."""
    return f"{doc_type}-{dt.date.today().isoformat()}.pdf"


class DocumentExporter(QObject):
    message = Signal(str, bool)  # a sentence for the person; True when something went wrong
    exported = Signal(object)  # the Path written

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent

    def ask(
        self, rendered: RenderedDocument, doc_type: str, parent: QWidget | None = None
    ) -> QMessageBox:
        """Warn, and on "Export PDF…" let the person choose where (over `parent`)."""
        parent = parent or self._parent
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Export the document as a PDF file?"),
            self.tr(
                "The PDF file will NOT be encrypted: anyone who can open the folder or the USB "
                "stick you choose can read it, including the names, testimony and other details "
                "of this case it contains. Keep it safe and delete it when it is no longer "
                "needed. The export is written in the case's history."
            ),
            parent=parent,
        )
        go = box.addButton(self.tr("Export PDF…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_clicked(button: QAbstractButton) -> None:
            if button is go:
                self.choose_destination(rendered, doc_type, parent)

        box.buttonClicked.connect(on_clicked)
        box.open()
        return box

    def choose_destination(
        self, rendered: RenderedDocument, doc_type: str, parent: QWidget
    ) -> QFileDialog:
        dialog = private_file_dialog(
            parent,
            self.tr("Export PDF (not encrypted)"),
            QFileDialog.FileMode.AnyFile,
            QFileDialog.AcceptMode.AcceptSave,
        )
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(suggested_name(doc_type))
        dialog.fileSelected.connect(lambda path: self.export_to(rendered, Path(path)))
        dialog.open()
        return dialog

    def export_to(self, rendered: RenderedDocument, destination: Path) -> Task:
        """Write the file and record the export, in one DB task: a file that leaves the vault
        is always in the audit log, and an entry never names a file that was not written."""
        ctx = self._ctx

        def work(_report: ProgressFn, _cancel: object) -> tuple[Saved[None], Path]:
            documents = ctx.require_vault().documents
            try:
                write_atomically(destination, rendered.pdf)
            except OSError as exc:
                reason = exc.strerror or str(exc)
                raise PdfNotWritten(path=str(destination), reason=reason) from None
            try:
                saved = documents.record_export(rendered.document_id, rendered.sha256)
            except BaseException:
                destination.unlink(missing_ok=True)
                raise
            return saved, destination

        self.message.emit(self.tr("Writing “%1”…").replace("%1", str(destination)), False)
        return ctx.runner.db(work, self._on_recorded, self._on_failed)

    def _on_recorded(self, result: tuple[Saved[None], Path]) -> None:
        saved, destination = result
        self._ctx.events.records_changed.emit(saved.changes)
        self.message.emit(
            self.tr(
                "Exported to %1. This file is not encrypted: delete it when it is no longer needed."
            ).replace("%1", str(destination)),
            False,
        )
        self.exported.emit(destination)

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserFacingError):
            self.message.emit(error_text(exc), True)
            return
        self.message.emit(self.tr("The PDF was not exported."), True)
        show_error(exc, self._parent)
