"""The preview window: a rendered document shown from memory, with Print… and Export PDF….

Closing it drops the PDF; what it shows was already recorded in the audit log, so printing or
exporting from here uses exactly those bytes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from defender_app.widgets.pdf_preview import PdfPreview
from storage.documents import RenderedDocument


class DocumentPreview(QDialog):
    print_requested = Signal(object)  # RenderedDocument
    export_requested = Signal(object)  # RenderedDocument

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rendered: RenderedDocument | None = None
        self.setAccessibleName(self.tr("Document preview"))
        self.preview = PdfPreview()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.export_button = QPushButton(self.tr("E&xport PDF…"))
        self.export_button.setToolTip(self.tr("Save an unencrypted PDF file of this document"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(1000, int(screen.width() * 0.9)), int(screen.height() * 0.9))

    def show_rendered(self, rendered: RenderedDocument, title: str) -> None:
        """Show `rendered`, bringing the window forward if it is already open."""
        self.rendered = rendered
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", title))
        self.note.setText(
            self.tr(
                "Shown from memory; no file has been written. The case's history records this "
                "rendering with its fingerprint (SHA-256): %1"
            ).replace("%1", rendered.sha256)
        )
        self.preview.show_pdf(rendered.pdf)
        if self.isVisible():
            self.raise_()
            self.activateWindow()
        else:
            self.show()

    def _on_print_button_clicked(self) -> None:
        if self.rendered is not None:
            self.print_requested.emit(self.rendered)

    def _on_export_button_clicked(self) -> None:
        if self.rendered is not None:
            self.export_requested.emit(self.rendered)

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():  # closed, not minimized: the document goes
            self.preview.clear()
            self.rendered = None
        super().hideEvent(event)
