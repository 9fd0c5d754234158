"""The viewer: an original decrypted into memory only, shown fit to the window.

`open()` on the DB thread adds an "accessed" entry to the custody chain and gives a
decrypting stream; the bytes are decoded into a QImage on the I/O pool. No file is written;
closing the window drops the picture.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from defender_app.context import AppContext
from defender_app.errors import show_error
from defender_app.models.evidence_text import size_text, type_text
from defender_app.widgets.media_image import FitImage
from storage.records import Evidence, touched

VIEW_LIMIT_BYTES = 64 * 1024 * 1024  # larger photos are exported, not decoded in memory
VIEW_LIMIT_PIXELS = 60_000_000  # under Qt's 256 MB image allocation limit


def decode_image(data: bytes) -> QImage | str:
    """The picture, turned upright as the camera recorded; or why it cannot be shown."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    if not reader.canRead():
        return "format"
    size = reader.size()
    if size.isValid() and size.width() * size.height() > VIEW_LIMIT_PIXELS:
        return "too_large"
    image = reader.read()
    return "unreadable" if image.isNull() else image


def viewable(item: Evidence) -> bool:
    return item.held and item.kind == "photo" and item.size_bytes <= VIEW_LIMIT_BYTES


class MediaViewer(QDialog):
    export_requested = Signal(object)  # Evidence

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.item: Evidence | None = None
        self.setAccessibleName(self.tr("Evidence viewer"))
        self.image = FitImage()
        self.image.setAccessibleName(self.tr("Picture"))
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.image)
        self.pages.addWidget(self.info)
        self.export_button = QPushButton(self.tr("E&xport original…"))
        self.export_button.setToolTip(self.tr("Save an unencrypted copy of the original file"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(int(screen.width() * 0.85), int(screen.height() * 0.85))

    def show_item(self, item: Evidence) -> None:
        """Show `item`: its picture once decrypted, or what it is and how to open it."""
        self.item = item
        self.setWindowTitle(item.title or item.original_filename)
        self.image.clear()
        self.export_button.setEnabled(item.held)
        if not item.held:
            self._say(self.tr("Only the record of this item is in the vault, not its file."))
        elif viewable(item):
            self._say(self.tr("Decrypting…"))
            self._ctx.runner.db(self._reader(item.id), self._on_decrypted, self._on_failed)
        else:
            self._say_what_it_is(item, "")
        if self.isVisible():  # already open, perhaps behind the main window
            self.raise_()
            self.activateWindow()
        else:
            self.show()

    def _reader(self, evidence_id: str) -> Any:
        ctx = self._ctx

        def read(_report: object, _cancel: object) -> tuple[str, bytes]:
            with ctx.require_vault().evidence.open(evidence_id) as stream:
                return evidence_id, stream.read()

        return read

    def _on_decrypted(self, result: tuple[str, bytes]) -> None:
        evidence_id, data = result
        self._ctx.events.records_changed.emit(touched(evidence=[evidence_id]))  # "accessed"
        if self.item is None or self.item.id != evidence_id or not self.isVisible():
            return

        def decode(_report: object, _cancel: object) -> tuple[str, QImage | str]:
            return evidence_id, decode_image(data)

        self._ctx.runner.io(decode, self._on_decoded, self._on_failed)

    def _on_decoded(self, result: tuple[str, QImage | str]) -> None:
        evidence_id, image = result
        if self.item is None or self.item.id != evidence_id or not self.isVisible():
            return
        if isinstance(image, str):
            self._say_what_it_is(self.item, image)
            return
        self.image.set_pixmap(QPixmap.fromImage(image))
        self.pages.setCurrentWidget(self.image)

    def _on_failed(self, exc: BaseException) -> None:
        self._say(self.tr("This item could not be shown."))
        show_error(exc, self)

    def _say(self, text: str) -> None:
        self.info.setText(text)
        self.pages.setCurrentWidget(self.info)

    def _say_what_it_is(self, item: Evidence, problem: str) -> None:
        reasons = {
            "too_large": self.tr("This picture is too large to show here."),
            "unreadable": self.tr("This picture could not be read; the file may be damaged."),
            "format": self.tr("This picture's format cannot be shown here."),
            "": self.tr("Defender cannot show this kind of file inside the vault."),
        }
        if item.kind == "photo" and not problem:
            problem = "too_large"  # over VIEW_LIMIT_BYTES
        lines = [
            item.original_filename,
            self.tr("%1, %2")
            .replace("%1", type_text(item))
            .replace("%2", size_text(item.size_bytes)),
            "",
            reasons.get(problem, reasons[""]),
            self.tr(
                "To open it with another program, export the original. The exported copy is "
                "not encrypted."
            ),
        ]
        self._say("\n".join(lines))

    def _on_export_button_clicked(self) -> None:
        if self.item is not None:
            self.export_requested.emit(self.item)

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():  # closed, not minimized: the decoded picture goes
            self.image.clear()
        super().hideEvent(event)
