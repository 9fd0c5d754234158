"""The case list as a Qt table model over plain CaseSummary dataclasses."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from defender_app.i18n import date_text
from forms.text import QT_TRANSLATE_NOOP
from storage.records import CaseSummary

Index = QModelIndex | QPersistentModelIndex

# Marked for lupdate, translated when shown (the language can change at run time).
_HEADERS = (
    QT_TRANSLATE_NOOP("CaseList", "Title"),
    QT_TRANSLATE_NOOP("CaseList", "Date"),
    QT_TRANSLATE_NOOP("CaseList", "Place"),
    QT_TRANSLATE_NOOP("CaseList", "Status"),
    QT_TRANSLATE_NOOP("CaseList", "Sync"),
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # dates sort as stored (ISO), not as shown


def place_text(case: CaseSummary) -> str:
    return ", ".join(
        part for part in (case.community, case.municipality, case.state_region) if part
    )


def status_text(case: CaseSummary) -> str:
    if case.state == "final":
        return QCoreApplication.translate("CaseList", "final (v%1)").replace(
            "%1", str(case.version)
        )
    return QCoreApplication.translate("CaseList", "draft")


# The newest finalized version's way to the registry (storage.outbox states).
_SYNC_WORDS = {
    "unsealed": QT_TRANSLATE_NOOP("CaseList", "queued"),
    "pending": QT_TRANSLATE_NOOP("CaseList", "waiting"),
    "awaiting_blobs": QT_TRANSLATE_NOOP("CaseList", "sending"),
    "delivered": QT_TRANSLATE_NOOP("CaseList", "delivered"),
    "rejected": QT_TRANSLATE_NOOP("CaseList", "refused"),
}


def sync_text(state: str | None) -> str:
    if state is None:
        return QCoreApplication.translate("CaseList", "local only")
    return QCoreApplication.translate("CaseList", _SYNC_WORDS.get(state, state))


class CaseListModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._cases: list[CaseSummary] = []
        self._sync: dict[str, str] = {}

    def set_cases(
        self, cases: list[CaseSummary], sync_states: dict[str, str] | None = None
    ) -> None:
        self.beginResetModel()
        self._cases = cases
        self._sync = sync_states or {}
        self.endResetModel()

    def case_at(self, row: int) -> CaseSummary:
        return self._cases[row]

    def row_of(self, case_id: str) -> int:
        return next((i for i, c in enumerate(self._cases) if c.id == case_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cases)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CaseList", _HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        case = self._cases[index.row()]
        if role == ID_ROLE:
            return case.id
        if role == SORT_ROLE and index.column() == 1:
            return case.start_date or ""
        if role == SORT_ROLE:
            role = Qt.ItemDataRole.DisplayRole
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return case.title or QCoreApplication.translate("CaseList", "(untitled)")
            if column == 1:
                return date_text(case.start_date)
            if column == 2:
                return place_text(case)
            if column == 3:
                return status_text(case)
            return sync_text(self._sync.get(case.id))
        return None
