"""Enroll this device with the organisation's registry: paste the code or open its QR image."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from defender_app.context import AppContext
from defender_app.errors import show_error
from defender_app.i18n import error_text
from defender_app.widgets.media_file_dialog import private_file_dialog
from forms.errors import UserFacingError
from sync.enrollment import parse_code
from sync.protocol import ProtocolError


def code_from_qr_image(path: Path) -> str | None:
    """The enrollment code inside a QR image, read in memory (zxing-cpp), or None."""
    try:
        import zxingcpp
    except ImportError:
        return None
    image = QImage(str(path))
    if image.isNull():
        return None
    from PIL import Image

    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(gray.constBits())[: gray.bytesPerLine() * gray.height()]
    pil = Image.frombytes("L", (gray.width(), gray.height()), data, "raw", "L", gray.bytesPerLine())
    results = zxingcpp.read_barcodes(pil)
    return results[0].text if results else None


class EnrollDialog(QDialog):
    enrolled = Signal(str)  # device id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Connect this computer to the registry"))
        intro = QLabel(
            self.tr(
                "Your coordinator gives you an enrollment code, as text or as a QR image. "
                "Before connecting, compare the fingerprint below with the one your "
                "coordinator reads to you by phone: if they differ, do not connect."
            )
        )
        intro.setWordWrap(True)
        self.code = QPlainTextEdit()
        self.code.setAccessibleName(self.tr("Enrollment code"))
        self.code.setMaximumHeight(90)
        self.open_image = QPushButton(self.tr("Open a QR &image…"))
        self.label = QLineEdit()
        self.label.setAccessibleName(self.tr("Name of this computer for the registry"))
        self.label.setPlaceholderText(self.tr("e.g. laptop of the Ocosingo team"))
        self.fingerprint = QLabel()
        self.fingerprint.setAccessibleName(self.tr("Organisation fingerprint"))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a40000;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Connect"))
        self.ok.setEnabled(False)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("Enrollment &code:"), self.code)
        form.addRow("", self.open_image)
        form.addRow(self.tr("Fingerprint to compare:"), self.fingerprint)
        form.addRow(self.tr("&Name of this computer:"), self.label)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.code.textChanged.connect(self._on_code_changed)
        self.open_image.clicked.connect(self._on_open_image_clicked)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)

    def _on_code_changed(self) -> None:
        text = self.code.toPlainText().strip()
        try:
            code = parse_code(text)
        except ProtocolError:  # incomplete or mistyped: not valid yet
            self.fingerprint.setText(self.tr("(paste a complete code)") if text else "")
            self.ok.setEnabled(False)
            return
        fingerprint = code.org_fingerprint.hex()
        groups = " ".join(fingerprint[i : i + 4] for i in range(0, 32, 4))
        self.fingerprint.setText(groups.upper())
        self.ok.setEnabled(True)

    def _on_open_image_clicked(self) -> None:
        dialog = private_file_dialog(
            self, self.tr("Open the QR image"), QFileDialog.FileMode.ExistingFile
        )
        dialog.setNameFilter(self.tr("Images (*.png *.jpg *.jpeg)"))
        dialog.fileSelected.connect(self._on_image_chosen)
        dialog.open()

    def _on_image_chosen(self, path: str) -> None:
        text = code_from_qr_image(Path(path))
        if text is None:
            self.problem.setText(self.tr("No enrollment code could be read from that image."))
            return
        self.code.setPlainText(text)

    def _on_accepted(self) -> None:
        code, label, ctx = self.code.toPlainText().strip(), self.label.text().strip(), self._ctx
        self.ok.setEnabled(False)
        self.problem.clear()

        def work(_r: object, _c: object) -> str:
            from defender_app.sync_wiring import install_sync
            from sync.client import enroll

            return enroll(code, install_sync(ctx.require_vault()), label=label)

        ctx.runner.io(work, self._on_enrolled, self._on_failed)

    def _on_enrolled(self, device_id: str) -> None:
        self.enrolled.emit(device_id)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        if isinstance(exc, UserFacingError):
            self.problem.setText(error_text(exc))
        else:
            show_error(exc, self)
