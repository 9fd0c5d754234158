"""One evidence item: a preview, what the person may edit, and the facts taken at intake."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from defender_app.models.evidence_text import (
    camera_time,
    local_time,
    size_text,
    type_text,
)
from defender_app.widgets.field_form import FieldForm
from defender_app.widgets.save_problem import SaveProblem
from storage.records import Evidence

FIELDS = ("title", "description", "declared_captured_at")
PREVIEW_PX = 200


def _fact() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


class EvidenceDetails(QWidget):
    edited = Signal(str, object)  # field name, value
    view_requested = Signal()
    export_requested = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: Evidence | None = None
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)
        self.preview.setMinimumHeight(PREVIEW_PX // 2)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.view_button = QPushButton(self.tr("&View"))
        self.view_button.setToolTip(
            self.tr("Decrypt the original in memory and show it (noted in the chain of custody)")
        )
        self.export_button = QPushButton(self.tr("E&xport original…"))
        self.export_button.setToolTip(self.tr("Save an unencrypted copy of the original file"))
        self.problem = SaveProblem()
        self.form = FieldForm("evidence", FIELDS, lang)
        for editor in self.form.editors.values():
            _refuse_drops(editor.widget)  # a dropped file is imported, not pasted as its path

        self.file_name = _fact()
        self.type_label = _fact()
        self.size_label = _fact()
        self.sha256 = QLineEdit()
        self.sha256.setReadOnly(True)
        self.sha256.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.sha256.setAccessibleName(self.tr("SHA-256"))
        self.sha256.setToolTip(self.tr("Fingerprint of the original, taken when it was imported"))
        _refuse_drops(self.sha256)
        self.captured = _fact()
        self.camera = _fact()
        self.location = _fact()
        self.imported = _fact()
        self.location_note = QLabel(
            self.tr(
                "The position stays inside the encrypted vault: previews carry none. "
                "Only an exported original contains it."
            )
        )
        self.location_note.setWordWrap(True)
        self.location_note.setStyleSheet("color: palette(placeholder-text);")
        facts = self.form.layout_  # the facts line up under the editors
        facts.addRow(self.tr("Original file name:"), self.file_name)
        facts.addRow(self.tr("Type:"), self.type_label)
        facts.addRow(self.tr("Size:"), self.size_label)
        facts.addRow(self.tr("SHA-256:"), self.sha256)
        facts.addRow(self.tr("Capture time (camera clock):"), self.captured)
        facts.addRow(self.tr("Camera:"), self.camera)
        facts.addRow(self.tr("Location (GPS):"), self.location)
        facts.addRow("", self.location_note)
        facts.addRow(self.tr("Imported:"), self.imported)

        buttons = QHBoxLayout()
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addWidget(self.form)
        layout.addStretch(1)

        self.form.edited.connect(self.edited)
        self.view_button.clicked.connect(self.view_requested)
        self.export_button.clicked.connect(self.export_requested)

    def show_item(self, item: Evidence) -> None:
        """Show `item`; the editors are reloaded only when it is another item than before."""
        if self.item is None or self.item.id != item.id:
            self.form.load(item)
            for editor in self.form.editors.values():
                if isinstance(editor.widget, QLineEdit):
                    editor.widget.setCursorPosition(0)  # a long title shows its beginning
            self.problem.hide()
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("Loading preview…"))
            self.preview.setVisible(item.kind == "photo")  # other kinds have no picture
        self.item = item
        none = self.tr("not in the file")
        self.file_name.setText(item.original_filename)
        self.type_label.setText(type_text(item))
        self.size_label.setText(size_text(item.size_bytes))
        self.sha256.setText(item.sha256)
        self.sha256.setCursorPosition(0)
        self.captured.setText(camera_time(item.exif_captured_at) if item.exif_captured_at else none)
        self.camera.setText(item.camera or none)
        located = item.gps_lat is not None and item.gps_lon is not None
        self.location.setText(f"{item.gps_lat:.6f}, {item.gps_lon:.6f}" if located else none)
        self.form.layout_.setRowVisible(self.location_note, located)
        self.imported.setText(local_time(item.imported_at))
        self.view_button.setEnabled(item.held)
        self.export_button.setEnabled(item.held)

    def set_preview(self, image: QImage | None, problem: str) -> None:
        """The thumbnail, or the reason there is none (or nothing, for non-pictures)."""
        if image is not None:
            self.preview.setPixmap(QPixmap.fromImage(image))
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(problem)

    def set_read_only(self, read_only: bool) -> None:
        self.form.set_read_only(read_only)


def _refuse_drops(widget: QWidget) -> None:
    widget.setAcceptDrops(False)
    if isinstance(widget, QPlainTextEdit):
        widget.viewport().setAcceptDrops(False)
