"""History tab (being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from defender_app.autosave import Autosaver
from defender_app.context import AppContext
from defender_app.views.case_tab import CaseTab


class HistoryTab(CaseTab):
    def __init__(
        self, ctx: AppContext, autosaver: Autosaver, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, autosaver, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("History")))
