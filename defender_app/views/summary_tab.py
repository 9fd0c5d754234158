"""Summary: what happened, when, where, and how it is classified."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from defender_app.autosave import Autosaver
from defender_app.context import AppContext
from defender_app.views.case_tab import CaseTab
from defender_app.widgets.field_form import FieldForm
from defender_app.widgets.save_problem import SaveProblem
from forms.errors import UserFacingError
from storage.records import Case
from storage.vault import Vault

FIELDS = (
    "title",
    "start_date",
    "end_date",
    "country",
    "state_region",
    "municipality",
    "community",
    "description",
    "act_types",
    "rights_affected",
    "attack_types",
    "attack_level",
    "related_to_defence",
    "gender_component",
    "digital_attack",
    "violation_status",
    "monitoring_status",
    "impact",
    "remarks",
    "confidential",
)


class SummaryTab(CaseTab):
    def __init__(
        self, ctx: AppContext, autosaver: Autosaver, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, autosaver, parent)
        self.form = FieldForm("case", FIELDS, self.lang)
        self.problem = SaveProblem()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(scroll)
        self.problem.hide()
        self.form.edited.connect(self._on_form_edited)
        autosaver.failed.connect(self._on_save_failed)
        autosaver.saved.connect(self._on_saved)

    def load(self, case: Case) -> None:
        super().load(case)
        self.problem.hide()
        self.form.load(case)

    def set_read_only(self, read_only: bool) -> None:
        self.form.set_read_only(read_only)

    def _on_form_edited(self, name: str, value: Any) -> None:
        if self.case is None:
            return
        case_id = self.case.id

        def save(vault: Vault, fields: dict[str, Any]) -> Any:
            return vault.cases.update(case_id, **fields)

        self.autosaver.edit(f"case:{case_id}", save, name, value)

    def _on_save_failed(self, key: str, exc: UserFacingError) -> None:
        if self.case is None or key != f"case:{self.case.id}":
            return
        field = self.problem.show_error(exc)
        if field in self.form.editors:
            self.form.editor(field).setFocus()

    def _on_saved(self, _changes: object) -> None:
        self.problem.hide()
