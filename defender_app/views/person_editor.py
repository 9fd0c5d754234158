"""One person of a case: the roles they have in it and their details, saved as they are typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from defender_app.autosave import Autosaver
from defender_app.context import AppContext
from defender_app.errors import show_error
from defender_app.widgets.field_form import FieldForm
from defender_app.widgets.person_labels import person_name, role_label
from storage.persons import ROLES
from storage.records import Participant, Saved
from storage.vault import Vault

PERSON_FIELDS = (
    "counting_unit",
    "name",
    "pseudonym",
    "other_names",
    "sex",
    "birth_date",
    "gender_identity",
    "sexual_orientation",
    "ethnicity",
    "language",
    "speaks_spanish",
    "needs_interpreter",
    "occupation",
    "organisation",
    "is_defender",
    "id_documents",
    "contact",
    "group_description",
    "group_size",
    "notes",
    "confidential",
)


class PersonEditor(QWidget):
    def __init__(
        self, ctx: AppContext, autosaver: Autosaver, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.autosaver = autosaver
        self.case_id: str | None = None
        self.participant: Participant | None = None
        self._read_only = False
        self._fixed: set[str] = set()

        roles = QGroupBox(self.tr("Roles in this case"))
        grid = QGridLayout(roles)
        self.role_boxes: dict[str, QCheckBox] = {}
        for i, role in enumerate(ROLES):
            box = QCheckBox(role_label(role))
            box.setAccessibleName(self.tr("Role: %1").replace("%1", role_label(role)))
            box.clicked.connect(lambda checked, r=role: self._on_role_clicked(r, checked))
            grid.addWidget(box, i // 3, i % 3)
            self.role_boxes[role] = box
        note = QLabel(
            self.tr(
                "Roles that come from an act or a testimony change there. Untick every role "
                "to take the person out of this case; their record is kept."
            )
        )
        note.setWordWrap(True)
        grid.addWidget(note, grid.rowCount(), 0, 1, 3)

        self.form = FieldForm("person", PERSON_FIELDS, lang)
        # A person is an individual or a group; "not known" cannot be stored for this field.
        unit = self.form.editor("counting_unit")
        assert isinstance(unit, QComboBox)
        unit.removeItem(0)
        details = QGroupBox(self.tr("Details"))
        QVBoxLayout(details).addWidget(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(roles)
        layout.addWidget(details)
        layout.addStretch()
        self.form.edited.connect(self._on_form_edited)

    def show_person(self, case_id: str, participant: Participant, fixed_roles: set[str]) -> None:
        """Show another person (their fields are loaded)."""
        self.case_id = case_id
        self.form.load(participant.person)
        self.update_roles(participant, fixed_roles)

    def update_roles(self, participant: Participant, fixed_roles: set[str]) -> None:
        """Refresh the roles after a save without touching fields being typed in."""
        self.participant = participant
        self._fixed = fixed_roles
        for role, box in self.role_boxes.items():
            box.setChecked(role in participant.roles)
            fixed = role in fixed_roles
            box.setEnabled(not self._read_only and not fixed)
            box.setToolTip(
                self.tr("This role comes from an act or a testimony of this case.") if fixed else ""
            )

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.form.set_read_only(read_only)
        for role, box in self.role_boxes.items():
            box.setEnabled(not read_only and role not in self._fixed)

    def _on_form_edited(self, name: str, value: Any) -> None:
        if self.participant is None:
            return
        person_id = self.participant.person.id

        def save(vault: Vault, fields: dict[str, Any]) -> Saved[Any]:
            return vault.persons.update(person_id, **fields)

        self.autosaver.edit(f"person:{person_id}", save, name, value)

    def _on_role_clicked(self, role: str, checked: bool) -> None:
        if self.participant is None or self.case_id is None:
            return
        person = self.participant.person
        if not checked and set(self.participant.roles) <= {role}:
            answer = QMessageBox.question(
                self,
                self.tr("Take this person out of the case?"),
                self.tr(
                    "%1 will no longer be listed in this case. Their record is kept, with "
                    "everything typed about them."
                ).replace("%1", person_name(person)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.role_boxes[role].setChecked(True)
                return
        case_id, ctx = self.case_id, self.ctx

        def work(_r: object, _c: object) -> Saved[None]:
            persons = ctx.require_vault().persons
            if checked:
                return persons.link(case_id, person.id, role)
            return persons.unlink(case_id, person.id, role)

        ctx.runner.db(
            work,
            lambda saved: ctx.events.records_changed.emit(saved.changes),
            lambda exc: show_error(exc, self),
        )
