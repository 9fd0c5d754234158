"""A picture scaled to fit its widget (never enlarged), rescaled once per resize, not per paint."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class FitImage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap = QPixmap()
        self._scaled = QPixmap()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        self.setAutoFillBackground(True)

    def pixmap(self) -> QPixmap:
        """The picture at full size (what was decoded), not the scaled copy on screen."""
        return self._pixmap

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self._pixmap = pixmap
        self._rescale()

    def clear(self) -> None:
        """Drop the decoded picture (it is plaintext in memory)."""
        self.set_pixmap(QPixmap())

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._pixmap.isNull():
            self._scaled = QPixmap()
        elif self._pixmap.width() <= self.width() and self._pixmap.height() <= self.height():
            self._scaled = self._pixmap
        else:
            self._scaled = self._pixmap.scaled(
                self.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self._scaled.isNull():
            return
        painter = QPainter(self)
        corner = QPoint(
            (self.width() - self._scaled.width()) // 2, (self.height() - self._scaled.height()) // 2
        )
        painter.drawPixmap(corner, self._scaled)
