"""The evidence grid's model: one item per Evidence, thumbnails fetched only when shown.

`data(DecorationRole)` is asked only for items the view paints (the view uses uniform item
sizes), so asking for a missing thumbnail there is what makes loading lazy: the ids collect
and go out as one `thumbnails_wanted` batch when the event loop next runs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap

from defender_app.models.evidence_text import format_text, thumbnail_problem_text, type_text
from storage.records import Evidence

Index = QModelIndex | QPersistentModelIndex
ICON_PX = 112


def placeholder_pixmap(label: str, px: int = ICON_PX) -> QPixmap:
    """A plain tile naming the format (PDF, MP4…); blank while a thumbnail is on its way."""
    pixmap = QPixmap(px, px)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#b8b8b8"))
    painter.setBrush(QColor("#ececec"))
    painter.drawRoundedRect(QRect(8, 4, px - 16, px - 8), 6, 6)
    if label:
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(px // 6)
        painter.setFont(font)
        painter.setPen(QColor("#555555"))
        painter.drawText(QRect(0, 0, px, px), Qt.AlignmentFlag.AlignCenter, label)
    painter.end()
    return pixmap


class EvidenceModel(QAbstractListModel):
    thumbnails_wanted = Signal(list)  # evidence ids

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Evidence] = []
        self._icons: dict[str, QPixmap] = {}
        self._no_thumbnail: set[str] = set()
        self._problems: dict[str, str] = {}  # why a photo has no thumbnail, known from its import
        self._requested: set[str] = set()
        self._wanted: list[str] = []
        self._placeholders: dict[str, QPixmap] = {}
        self._batch_timer = QTimer(self)
        self._batch_timer.setSingleShot(True)
        self._batch_timer.timeout.connect(self._on_batch_timer_timeout)

    # ---------------------------------------------------------------- content
    def set_items(self, items: list[Evidence]) -> None:
        """Show `items`; same ids in the same order update in place (selection stays)."""
        if [i.id for i in items] == [i.id for i in self._items]:
            self._items = items
            if items:
                self.dataChanged.emit(self.index(0), self.index(len(items) - 1))
            return
        self.beginResetModel()
        self._items = items
        keep = {i.id for i in items}
        self._icons = {k: v for k, v in self._icons.items() if k in keep}
        self._requested &= keep
        self._no_thumbnail &= keep
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([])
        self._problems.clear()

    def add_problems(self, problems: dict[str, str]) -> None:
        self._problems.update(problems)

    def set_thumbnails(self, images: dict[str, QImage | None]) -> None:
        for evidence_id, image in images.items():
            if image is None:
                self._no_thumbnail.add(evidence_id)
            else:
                self._icons[evidence_id] = QPixmap.fromImage(image)
            row = self.row_of(evidence_id)
            if row >= 0:
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def item_at(self, row: int) -> Evidence:
        return self._items[row]

    def row_of(self, evidence_id: str) -> int:
        return next((i for i, e in enumerate(self._items) if e.id == evidence_id), -1)

    def has_thumbnail(self, evidence_id: str) -> bool:
        return evidence_id in self._icons

    def preview_problem(self, item: Evidence) -> str | None:
        """Why this photo shows no picture, once we know it has none; None otherwise."""
        if item.kind != "photo" or item.id not in self._no_thumbnail:
            return None
        return thumbnail_problem_text(self._problems.get(item.id, ""))

    # ---------------------------------------------------------------- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title or item.original_filename
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [item.original_filename, type_text(item)]
            problem = self.preview_problem(item)
            return "\n".join([*lines, problem] if problem else lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (
                QCoreApplication.translate("EvidenceModel", "%1, %2")
                .replace("%1", item.title or item.original_filename)
                .replace("%2", type_text(item))
            )
        return None

    def _decoration(self, item: Evidence) -> QPixmap:
        icon = self._icons.get(item.id)
        if icon is not None:
            return icon
        if item.kind == "photo" and item.held and item.id not in self._no_thumbnail:
            if item.id not in self._requested:
                self._requested.add(item.id)
                self._wanted.append(item.id)
                self._batch_timer.start(0)
            return self._placeholder("")
        return self._placeholder(format_text(item) or "?")

    def _placeholder(self, label: str) -> QPixmap:
        if label not in self._placeholders:
            self._placeholders[label] = placeholder_pixmap(label)
        return self._placeholders[label]

    def _on_batch_timer_timeout(self) -> None:
        wanted, self._wanted = self._wanted, []
        present = {i.id for i in self._items}
        wanted = [w for w in wanted if w in present]
        if wanted:
            self.thumbnails_wanted.emit(wanted)
