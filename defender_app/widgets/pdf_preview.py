"""A PDF shown from memory: QtPdf reads the bytes through a QBuffer; no file is ever written."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QPointF
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

ZOOM_STEP = 1.25


def load_pdf(data: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A QPdfDocument over `data` in memory; the buffer lives and dies with the document."""
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def forget_pdf(document: QPdfDocument) -> None:
    """Close the document and drop the bytes it was read from."""
    document.close()
    for buffer in document.findChildren(QBuffer):
        buffer.close()
        buffer.setData(QByteArray())
    document.deleteLater()


class PdfPreview(QWidget):
    """Every page one under the other, fit to the width, with page count and zoom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView()
        self.view.setAccessibleName(self.tr("Document preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.pages = QLabel()
        self.fit_width = QPushButton(self.tr("Fit &width"))
        self.fit_page = QPushButton(self.tr("Whole &page"))
        self.zoom_out = QPushButton(self.tr("Zoom out"))
        self.zoom_out.setAccessibleName(self.tr("Zoom out"))
        self.zoom_in = QPushButton(self.tr("Zoom in"))
        self.zoom_in.setAccessibleName(self.tr("Zoom in"))
        bar = QHBoxLayout()
        bar.addWidget(self.pages, 1)
        for button in (self.zoom_out, self.zoom_in, self.fit_width, self.fit_page):
            button.setAutoDefault(False)  # Enter in a dialog must not zoom
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.fit_width.clicked.connect(self._on_fit_width_clicked)
        self.fit_page.clicked.connect(self._on_fit_page_clicked)
        self.zoom_in.clicked.connect(self._on_zoom_in_clicked)
        self.zoom_out.clicked.connect(self._on_zoom_out_clicked)

    def show_pdf(self, data: bytes) -> QPdfDocument:
        """Show `data` (a PDF in memory) from its first page."""
        self.clear()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.view.pageNavigator().jump(0, QPointF())
        if self.document.status() is QPdfDocument.Status.Ready:
            self.pages.setText(self.tr("Pages: %n", "", self.document.pageCount()))
        else:
            self.pages.setText(self.tr("This document could not be shown."))
        return self.document

    def clear(self) -> None:
        """Close the document shown and drop the bytes it was read from."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
            self._buffer = None
        self.pages.clear()

    def _on_fit_width_clicked(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _on_fit_page_clicked(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    def _scale(self) -> float:
        """The zoom the view shows now, also in its fit modes (which keep no factor)."""
        mode = self.view.zoomMode()
        if mode is QPdfView.ZoomMode.Custom or not self.document.pageCount():
            return self.view.zoomFactor()
        page = self.document.pagePointSize(0) * (self.logicalDpiX() / 72)
        margins = self.view.documentMargins()
        width = self.view.viewport().width() - margins.left() - margins.right()
        height = self.view.viewport().height() - margins.top() - margins.bottom()
        if page.width() <= 0 or page.height() <= 0:
            return 1.0
        if mode is QPdfView.ZoomMode.FitToWidth:
            return width / page.width()
        return min(width / page.width(), height / page.height())

    def _zoom(self, factor: float) -> None:
        scale = self._scale()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, scale * factor)))

    def _on_zoom_in_clicked(self) -> None:
        self._zoom(ZOOM_STEP)

    def _on_zoom_out_clicked(self) -> None:
        self._zoom(1 / ZOOM_STEP)
