"""A column of checkboxes over one consent list (uses, disclosures), one answer each.

Item texts wrap, so long sentences (and longer translations) fit a narrow pane.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from forms.consent import C


class _ItemText(QLabel):
    """The wrapped text of a checkbox; clicking it ticks the box, as a checkbox's own text does."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self._box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.click()
        super().mouseReleaseEvent(event)


class ConsentChecklist(QWidget):
    changed = Signal()  # a person ticked or unticked an item

    def __init__(self, items: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        self.texts: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        for row, (key, label) in enumerate(items.items()):
            text = QCoreApplication.translate(C, label)
            box = QCheckBox()
            box.setAccessibleName(text)
            box.clicked.connect(lambda _checked: self.changed.emit())
            grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
            self.texts[key] = _ItemText(text, box)
            grid.addWidget(self.texts[key], row, 1)
            self.boxes[key] = box

    def checked(self) -> tuple[str, ...]:
        return tuple(key for key, box in self.boxes.items() if box.isChecked())

    def answers(self) -> dict[str, bool]:
        """Every item with its answer: an unticked item is a recorded no."""
        return {key: box.isChecked() for key, box in self.boxes.items()}

    def set_checked(self, keys: Iterable[str]) -> None:
        wanted = set(keys)
        for key, box in self.boxes.items():
            box.setChecked(key in wanted)
