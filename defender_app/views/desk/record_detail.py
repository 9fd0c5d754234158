"""The selected registry record: summary, testimonies, evidence (decoded in memory), history.

The record and its history come from the DB thread; pictures are decrypted there into bytes,
decoded on the I/O pool and dropped when another record is shown. No file is written.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from defender_app.context import AppContext
from defender_app.desk_wiring import desk_service
from defender_app.errors import show_error
from defender_app.models.evidence_text import short_size
from defender_app.views.desk.record_text import (
    evidence_titles,
    summary_html,
    testimonies_html,
    via_text,
    when,
)
from defender_app.views.media_viewer import decode_image
from defender_app.widgets.media_image import FitImage
from defender_app.widgets.thumbnail_loader import decode_thumbnail
from storage.desk_records import Provenance, RegistryRecord

THUMB_PX = 128
FILE_ROLE = Qt.ItemDataRole.UserRole + 1  # the item's blob id
CAPTION_ROLE = Qt.ItemDataRole.UserRole + 2  # type, size and fingerprint
VERSION_ROLE = Qt.ItemDataRole.UserRole + 3  # the record version a history row is


class RecordDetail(QWidget):
    def __init__(self, ctx: AppContext, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._lang = lang
        self.record: RegistryRecord | None = None
        self._showing: str | None = None  # the record id asked for last
        self.empty = QLabel(self.tr("Choose a record in the list to see it here."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.summary = QTextBrowser()
        self.summary.setAccessibleName(self.tr("Record summary"))
        self.testimonies = QTextBrowser()
        self.testimonies.setAccessibleName(self.tr("Testimonies"))
        self.evidence = QListWidget()
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.evidence.setViewMode(QListWidget.ViewMode.IconMode)
        self.evidence.setIconSize(QSize(THUMB_PX, THUMB_PX))
        self.evidence.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.evidence.setWordWrap(True)
        self.picture = FitImage()
        self.picture.setAccessibleName(self.tr("Picture"))
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown = QWidget()
        shown_layout = QVBoxLayout(shown)
        shown_layout.setContentsMargins(0, 0, 0, 0)
        shown_layout.addWidget(self.picture, 1)
        shown_layout.addWidget(self.caption)
        evidence_split = QSplitter(Qt.Orientation.Vertical)
        evidence_split.addWidget(self.evidence)
        evidence_split.addWidget(shown)
        evidence_split.setSizes([180, 320])
        self.history = QTreeWidget()
        self.history.setAccessibleName(self.tr("Versions received"))
        self.history.setRootIsDecorated(False)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setToolTip(self.tr("Double-click a version to show it as it was received."))
        self.history.itemActivated.connect(self._on_version_activated)
        self.history.setHeaderLabels(
            [
                self.tr("Version"),
                self.tr("Received"),
                self.tr("Device"),
                self.tr("Sequence"),
                self.tr("Envelope"),
                self.tr("Via"),
                self.tr("Receipt"),
                self.tr("Imported"),
            ]
        )
        self.history.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.header().setAccessibleName(self.tr("Version columns"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.summary, self.tr("Summary"))
        self.tabs.addTab(self.testimonies, self.tr("Testimonies"))
        self.tabs.addTab(evidence_split, self.tr("Evidence"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.evidence.currentItemChanged.connect(self._on_evidence_current_changed)

    # ------------------------------------------------------------------ loading
    def show_record(self, record_id: str | None, version: int | None = None) -> None:
        """Show `version` of `record_id`, the latest when None (record None: nothing)."""
        self._showing = record_id
        self.clear()
        if record_id is None:
            return
        ctx = self._ctx

        def load(_r: object, _c: object) -> tuple[RegistryRecord, list[Provenance]]:
            service = desk_service(ctx.require_vault())
            return service.record(record_id, version), service.versions(record_id)

        ctx.runner.db(load, self._on_loaded, self._on_failed)

    def clear(self) -> None:
        """Drop what is shown: decrypted text and pictures do not linger in hidden widgets."""
        self.record = None
        self.summary.clear()
        self.testimonies.clear()
        self.evidence.clear()
        self.picture.clear()
        self.caption.clear()
        self.history.clear()
        self.stack.setCurrentWidget(self.empty)

    def _on_loaded(self, loaded: tuple[RegistryRecord, list[Provenance]]) -> None:
        record, versions = loaded
        if record.record_id != self._showing:
            return  # another record was chosen meanwhile
        self.record = record
        self.summary.setHtml(summary_html(record.snapshot, self._lang))
        self.testimonies.setHtml(testimonies_html(record.snapshot))
        self._show_history(versions, record.version)
        self._show_evidence(record)
        self.stack.setCurrentWidget(self.tabs)

    def _show_history(self, versions: list[Provenance], shown: int) -> None:
        yes, no = self.tr("yes"), self.tr("no")
        for p in versions:
            item = QTreeWidgetItem(
                [
                    str(p.record_version),
                    when(p.received_at),
                    p.device_label or p.device_id[:8],
                    str(p.device_seq),
                    p.envelope_id[:12],
                    via_text(p.via),
                    yes if p.receipt else no,
                    when(p.imported_at),
                ]
            )
            item.setToolTip(4, p.envelope_id)
            item.setData(0, VERSION_ROLE, p.record_version)
            self.history.addTopLevelItem(item)
            if p.record_version == shown:
                item.setSelected(True)

    def _on_version_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if self.record is not None:
            self.show_record(self.record.record_id, int(item.data(0, VERSION_ROLE)))

    def _show_evidence(self, record: RegistryRecord) -> None:
        titles = evidence_titles(record.snapshot)
        pictures = []
        for f in record.files:
            item = QListWidgetItem(titles.get(f.evidence_id) or f.mime)
            item.setData(FILE_ROLE, f.blob_id)
            caption = self.tr("%1 · %2 · SHA-256 %3").replace("%3", f.sha256_plain)
            caption = caption.replace("%2", short_size(f.size_plain)).replace("%1", f.mime)
            item.setData(CAPTION_ROLE, caption)
            item.setToolTip(caption)
            self.evidence.addItem(item)
            if f.mime.startswith("image/"):
                pictures.append(f.blob_id)
        if pictures:
            self._load_thumbnails(record.record_id, pictures)

    def _load_thumbnails(self, record_id: str, blob_ids: list[str]) -> None:
        ctx = self._ctx

        def fetch(_r: object, _c: object) -> tuple[str, dict[str, bytes]]:
            service = desk_service(ctx.require_vault())
            return record_id, {b: service.media_bytes(b) for b in blob_ids}

        ctx.runner.db(fetch, self._decode_thumbnails, self._on_failed)

    def _decode_thumbnails(self, fetched: tuple[str, dict[str, bytes]]) -> None:
        record_id, data = fetched

        def work(_r: object, _c: object) -> tuple[str, dict[str, QImage | None]]:
            return record_id, {b: decode_thumbnail(d, THUMB_PX) for b, d in data.items()}

        self._ctx.runner.io(work, self._on_thumbnails, self._on_failed)

    def _on_thumbnails(self, decoded: tuple[str, dict[str, QImage | None]]) -> None:
        record_id, images = decoded
        if self.record is None or self.record.record_id != record_id:
            return
        for row in range(self.evidence.count()):
            item = self.evidence.item(row)
            image = images.get(item.data(FILE_ROLE))
            if image is not None:
                item.setIcon(QIcon(QPixmap.fromImage(image)))
        if self.evidence.currentRow() < 0 and self.evidence.count():
            self.evidence.setCurrentRow(0)

    def _on_evidence_current_changed(self, item: QListWidgetItem | None, _old: object) -> None:
        self.picture.clear()
        self.caption.setText(item.data(CAPTION_ROLE) if item is not None else "")
        if item is None or item.icon().isNull() or self.record is None:
            return
        blob_id, ctx = item.data(FILE_ROLE), self._ctx

        def fetch(_r: object, _c: object) -> tuple[str, bytes]:
            return blob_id, desk_service(ctx.require_vault()).media_bytes(blob_id)

        ctx.runner.db(fetch, self._decode_picture, self._on_failed)

    def _decode_picture(self, fetched: tuple[str, bytes]) -> None:
        blob_id, data = fetched
        self._ctx.runner.io(
            lambda _r, _c: (blob_id, decode_image(data)), self._on_picture, self._on_failed
        )

    def _on_failed(self, exc: BaseException) -> None:
        show_error(exc, self)

    def _on_picture(self, decoded: tuple[str, QImage | str]) -> None:
        blob_id, image = decoded
        current = self.evidence.currentItem()
        if current is None or current.data(FILE_ROLE) != blob_id:
            return  # another item was chosen meanwhile
        if isinstance(image, QImage):
            self.picture.set_pixmap(QPixmap.fromImage(image))
