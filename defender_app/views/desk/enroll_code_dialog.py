"""A new enrollment code on screen: the text, its QR code, the fingerprint; Copy and Print.

The code is good for one device and expires within a day; it is printed straight to a
printer (no file) and never kept by the desk.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QGuiApplication, QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from defender_app.views.document_print import PrinterNotReady, available_printers
from forms.qr_image import qr_png
from sync.enrollment import parse_code

QR_PX = 300


def fingerprint_text(code: str) -> str:
    """The organisation's fingerprint in the code, as the field app shows it for comparing."""
    digest = parse_code(code).org_fingerprint.hex()
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4)).upper()


class EnrollCodeDialog(QDialog):
    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.setWindowTitle(self.tr("New enrollment code"))
        intro = QLabel(
            self.tr(
                "Give this code to one defender, as text or as the QR code. It works once and "
                "expires within a day. When they connect, read them the fingerprint by phone "
                "so they can check it."
            )
        )
        intro.setWordWrap(True)
        self.qr_image = QImage.fromData(qr_png(code, scale=1))  # one pixel per module
        side = self.qr_image.width() * max(1, QR_PX // self.qr_image.width())  # whole modules
        self.qr = QLabel()
        self.qr.setAccessibleName(self.tr("Enrollment QR code"))
        self.qr.setPixmap(
            QPixmap.fromImage(self.qr_image).scaled(
                side, side, mode=Qt.TransformationMode.FastTransformation
            )
        )
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QPlainTextEdit(code)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Enrollment code"))
        self.text.setMaximumHeight(96)
        self.fingerprint = QLabel(self.tr("Fingerprint: %1").replace("%1", fingerprint_text(code)))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button = buttons.addButton(
            self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.qr)
        layout.addWidget(self.text)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(600, self.sizeHint().height())
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.code)
        self.message.setText(self.tr("Copied. Paste it only where the defender will read it."))

    def _on_print_button_clicked(self) -> None:
        if not available_printers():
            self.message.setText(self.tr("No printer is set up on this computer."))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName("Defender")
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_to(printer))
        QDialog.open(dialog)

    def print_to(self, printer: QPrinter) -> None:
        """One page: a title, the QR code, the code text and the fingerprint."""
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterNotReady()
        try:
            page = painter.viewport()
            margin = page.width() // 12
            width = page.width() - 2 * margin
            font = QFont(self.font())
            font.setPointSize(16)
            painter.setFont(font)
            title = QRect(margin, margin, width, page.height() // 12)
            painter.drawText(title, Qt.AlignmentFlag.AlignCenter, self.windowTitle())
            side = min(width, page.height()) // 2
            qr_box = QRect(margin + (width - side) // 2, title.bottom() + margin // 2, side, side)
            painter.drawImage(qr_box, self.qr_image)
            font.setPointSize(10)
            painter.setFont(font)
            text_box = QRect(margin, qr_box.bottom() + margin // 2, width, page.height() // 4)
            text = f"{self.code}\n\n{self.fingerprint.text()}"
            painter.drawText(text_box, Qt.TextFlag.TextWrapAnywhere, text)
        finally:
            painter.end()
        self.message.setText(self.tr("Sent to the printer."))
