"""The registry's filters: search, place, type of attack, perpetrator, dates, defender.

Shared by the Registry and Reports tabs. The choices are what the registry holds
(DeskService.filter_options), vocabulary codes shown with their labels in the interface language.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from forms.pdf.registry_report import code_label
from storage.desk import DeskService
from storage.desk_records import RegistryFilter

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
CHOICES = ("state_region", "municipality", "act_type", "perpetrator_type", "device_id")


def date_bound(text: str, end: bool) -> str | None:
    """'2026' / '2026-03' / '2026-03-14' as an inclusive ISO day; None when not a date."""
    match = _DATE.match(text.strip())
    if not match:
        return None
    year, month, day = match.groups()
    if month is None:
        return f"{year}-12-31" if end else f"{year}-01-01"
    if not 1 <= int(month) <= 12:
        return None
    if day is None:
        last = calendar.monthrange(int(year), int(month))[1]
        return f"{year}-{month}-{last:02d}" if end else f"{year}-{month}-01"
    if not 1 <= int(day) <= calendar.monthrange(int(year), int(month))[1]:
        return None
    return f"{year}-{month}-{day}"


def filter_choices(service: DeskService) -> tuple[dict[str, list[str]], dict[str, str]]:
    """On the DB thread: the values the registry holds for each choice, and device labels."""
    options = service.filter_options()
    labels = {d: service.device_label(d) for d in options.get("device_id", [])}
    return options, labels


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles, places, testimonies…"))
        self.search.setAccessibleName(self.tr("Search the registry"))
        self.search.setClearButtonEnabled(True)
        self.date_from = QLineEdit()
        self.date_from.setPlaceholderText(self.tr("from YYYY-MM-DD"))
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to = QLineEdit()
        self.date_to.setPlaceholderText(self.tr("to YYYY-MM-DD"))
        self.date_to.setAccessibleName(self.tr("To date"))
        for edit in (self.date_from, self.date_to):
            edit.setMinimumWidth(150)
            edit.setMaximumWidth(160)
        self.clear_button = QPushButton(self.tr("Clear &filters"))
        names = {
            "state_region": self.tr("State"),
            "municipality": self.tr("Municipality"),
            "act_type": self.tr("Type of attack"),
            "perpetrator_type": self.tr("Type of perpetrator"),
            "device_id": self.tr("Defender"),
        }
        self.combos: dict[str, QComboBox] = {}
        for key in CHOICES:
            combo = QComboBox()
            combo.setAccessibleName(names[key])
            combo.setToolTip(names[key])
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.addItem(self._all_text(names[key]), "")
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.combos[key] = combo

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 0, 0, 1, 3)
        dates = QWidget()
        dates_row = QGridLayout(dates)
        dates_row.setContentsMargins(0, 0, 0, 0)
        dates_row.addWidget(QLabel(self.tr("Dates:")), 0, 0)
        dates_row.addWidget(self.date_from, 0, 1)
        dates_row.addWidget(self.date_to, 0, 2)
        layout.addWidget(dates, 0, 3, 1, 1)
        layout.addWidget(self.clear_button, 0, 4)
        for column, key in enumerate(CHOICES):
            layout.addWidget(self.combos[key], 1, column)
        for column in range(len(CHOICES)):
            layout.setColumnStretch(column, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.changed.emit)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.date_from.editingFinished.connect(self._on_date_edited)
        self.date_to.editingFinished.connect(self._on_date_edited)
        self.clear_button.clicked.connect(self.clear)

    def _all_text(self, name: str) -> str:
        return self.tr("%1: all").replace("%1", name)

    def set_options(
        self, options: Mapping[str, Sequence[str]], device_labels: Mapping[str, str]
    ) -> None:
        """Fill the choices with what the registry holds, keeping what is chosen."""
        for key in CHOICES:
            combo = self.combos[key]
            chosen = combo.currentData()
            labelled = [
                (self._label(key, value, device_labels), value) for value in options.get(key, ())
            ]
            labelled.sort(key=lambda pair: pair[0].casefold())
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for label, value in labelled:
                combo.addItem(label, value)
                combo.setItemData(combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
            index = combo.findData(chosen)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
            if index < 0 and chosen:
                self.changed.emit()  # what was chosen is gone (e.g. a new pull changed labels)

    def _label(self, key: str, value: str, device_labels: Mapping[str, str]) -> str:
        if key == "device_id":
            return device_labels.get(value) or value[:8]
        return code_label(key, value, self._lang)

    def choose(self, key: str, value: str) -> None:
        """Select `value` in one of the choices (as a person would)."""
        combo = self.combos[key]
        combo.setCurrentIndex(combo.findData(value))

    def current(self) -> RegistryFilter:
        return RegistryFilter(
            text=self.search.text().strip(),
            date_from=date_bound(self.date_from.text(), end=False) or "",
            date_to=date_bound(self.date_to.text(), end=True) or "",
            **{key: self.combos[key].currentData() or "" for key in CHOICES},
        )

    def is_filtered(self) -> bool:
        return self.current() != RegistryFilter()

    def clear(self) -> None:
        self.blockSignals(True)
        self.search.clear()
        self.date_from.clear()
        self.date_to.clear()
        for combo in self.combos.values():
            combo.setCurrentIndex(0)
        self.blockSignals(False)
        self._debounce.stop()
        self._mark_dates()
        self.changed.emit()

    def _on_date_edited(self) -> None:
        self._mark_dates()
        self.changed.emit()

    def _mark_dates(self) -> None:
        """A date that cannot be read is shown as such and left out of the filter."""
        for edit, end in ((self.date_from, False), (self.date_to, True)):
            bad = bool(edit.text().strip()) and date_bound(edit.text(), end) is None
            edit.setStyleSheet("border: 1px solid #a40000;" if bad else "")
            edit.setToolTip(self.tr("Write a date as YYYY, YYYY-MM or YYYY-MM-DD.") if bad else "")
