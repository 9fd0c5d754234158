"""A horizontal bar chart drawn with QPainter: one labelled bar per row, its count at the end.

Small and dependency-free (no QtCharts). The numbers are also in the chart's accessible
description, so a screen reader reads what the bars show.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

ROW = 22  # pixels per bar, gap included
GAP = 6
LABEL_SHARE = 0.42  # of the width, for the labels


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)

    def set_rows(self, rows: Sequence[tuple[str, int]]) -> None:
        """Show `rows` (label, count), in the order given."""
        self._rows = list(rows)
        self.setAccessibleDescription("; ".join(f"{label}: {count}" for label, count in rows))
        self.updateGeometry()
        self.update()

    def rows(self) -> list[tuple[str, int]]:
        return list(self._rows)

    def sizeHint(self) -> QSize:
        return QSize(360, max(1, len(self._rows)) * ROW + GAP)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self._rows:
            return
        painter = QPainter(self)
        palette = self.palette()
        metrics = QFontMetrics(self.font())
        largest = max(count for _label, count in self._rows) or 1
        number_width = metrics.horizontalAdvance(str(largest)) + GAP
        label_width = int(self.width() * LABEL_SHARE)
        bar_left = label_width + GAP
        bar_room = max(1, self.width() - bar_left - number_width - GAP)
        for row, (label, count) in enumerate(self._rows):
            top = GAP // 2 + row * ROW
            text_box = QRectF(0, top, label_width, ROW - GAP)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width)
            painter.drawText(
                text_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, elided
            )
            length = bar_room * count / largest
            painter.fillRect(
                QRectF(bar_left, top, length, ROW - GAP),
                palette.color(QPalette.ColorRole.Highlight),
            )
            number_box = QRectF(bar_left + length + GAP // 2, top, number_width, ROW - GAP)
            painter.drawText(
                number_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(count)
            )
        painter.end()
