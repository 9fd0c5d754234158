"""The central registry as a Qt table model over plain RegistryRow dataclasses."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from defender_app.i18n import date_text, datetime_text
from forms.pdf.registry_report import code_label
from forms.text import QT_TRANSLATE_NOOP
from storage.desk_records import RegistryRow

Index = QModelIndex | QPersistentModelIndex

_HEADERS = (
    QT_TRANSLATE_NOOP("RegistryModel", "Folio"),
    QT_TRANSLATE_NOOP("RegistryModel", "Title"),
    QT_TRANSLATE_NOOP("RegistryModel", "Date"),
    QT_TRANSLATE_NOOP("RegistryModel", "Place"),
    QT_TRANSLATE_NOOP("RegistryModel", "Type of attack"),
    QT_TRANSLATE_NOOP("RegistryModel", "Defender"),
    QT_TRANSLATE_NOOP("RegistryModel", "Received"),
    QT_TRANSLATE_NOOP("RegistryModel", "Versions"),
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # dates sort as stored (ISO), numbers as numbers


def place_text(row: RegistryRow) -> str:
    return ", ".join(part for part in (row.municipality, row.state_region) if part)


def types_text(codes: tuple[str, ...], dimension: str, lang: str) -> str:
    return "; ".join(code_label(dimension, code, lang) for code in codes)


class RegistryModel(QAbstractTableModel):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self._lang = lang
        self._rows: list[RegistryRow] = []

    def set_rows(self, rows: list[RegistryRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> RegistryRow:
        return self._rows[row]

    def row_of(self, record_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.record_id == record_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RegistryModel", _HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.record_id
        if role == SORT_ROLE:
            if column == 2:
                return row.start_date or ""
            if column == 6:
                return row.received_at or ""
            if column == 7:
                return row.versions
            role = Qt.ItemDataRole.DisplayRole
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and row.perpetrator_types:
            perpetrators = types_text(row.perpetrator_types, "perpetrator_type", self._lang)
            return QCoreApplication.translate("RegistryModel", "Perpetrators: %1").replace(
                "%1", perpetrators
            )
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 7:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _text(self, row: RegistryRow, column: int) -> str:
        if column == 0:
            return row.folio
        if column == 1:
            return row.title or QCoreApplication.translate("RegistryModel", "(untitled)")
        if column == 2:
            return date_text(row.start_date)
        if column == 3:
            return place_text(row)
        if column == 4:
            return types_text(row.act_types, "act_type", self._lang)
        if column == 5:
            return row.device_label or row.device_id[:8]
        if column == 6:
            return datetime_text(row.received_at) if row.received_at else ""
        return str(row.versions)
