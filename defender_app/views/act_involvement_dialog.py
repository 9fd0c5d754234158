"""Add a perpetrator to an act: a person of the case or a new one (often a unit), and how."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from defender_app.widgets.field_form import TEXT_HINTS, choice_label, field_label, form_label
from defender_app.widgets.person_labels import fill_people
from defender_app.widgets.term_picker import TermPicker, TermsPicker
from forms import vocab
from forms.fields import field
from storage.records import Participant

NEW_PERSON = "new"


class AddInvolvementDialog(QDialog):
    def __init__(
        self, people: Sequence[Participant], lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a perpetrator"))
        self.perpetrator = QComboBox()
        self.perpetrator.setAccessibleName(self.tr("Perpetrator"))
        fill_people(self.perpetrator, people, "perpetrator")
        self.perpetrator.addItem(self.tr("Someone new: a person, group or unit…"), NEW_PERSON)
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(self.tr("Name of the new perpetrator"))
        self.new_name.setInputMethodHints(TEXT_HINTS)
        self.new_name.setMaxLength(field("person", "name").max_length)
        self.new_name.setPlaceholderText(self.tr("e.g. Policía Municipal de …"))
        self.new_unit = QComboBox()
        self.new_unit.setAccessibleName(self.tr("Individual or group"))
        for value in ("group", "individual"):
            self.new_unit.addItem(choice_label(value), value)
        degree_field = field("involvement", "degree")
        self.degree = TermPicker(vocab.INVOLVEMENT_DEGREES, lang, field_label(degree_field))
        types_field = field("involvement", "perpetrator_types")
        self.types = TermsPicker(vocab.PERPETRATOR_TYPES, lang, field_label(types_field))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("&Who:"), self.perpetrator)
        self.form.addRow(self.tr("&Name:"), self.new_name)
        self.form.addRow(self.tr("Individual &or group:"), self.new_unit)
        degree_row = QLabel(form_label(degree_field))
        degree_row.setBuddy(self.degree.button)
        self.form.addRow(degree_row, self.degree)
        types_row = QLabel(form_label(types_field))
        types_row.setBuddy(self.types.items)
        self.form.addRow(types_row, self.types)
        self.form.addRow(self.buttons)
        self.perpetrator.currentIndexChanged.connect(self._on_changed)
        self.new_name.textChanged.connect(self._on_changed)
        self.degree.changed.connect(self._on_changed)
        self._on_changed()
        self.setMinimumWidth(520)

    def _on_changed(self, *_args: object) -> None:
        new = self.is_new()
        self.form.setRowVisible(self.new_name, new)
        self.form.setRowVisible(self.new_unit, new)
        named = not new or bool(self.new_name.text().strip())
        self.ok_button.setEnabled(named and self.degree.value() is not None)

    def is_new(self) -> bool:
        return bool(self.perpetrator.currentData() == NEW_PERSON)

    def perpetrator_id(self) -> str | None:
        """The chosen person's id, or None for a new one (see `new_person`)."""
        return None if self.is_new() else str(self.perpetrator.currentData())

    def new_person(self) -> dict[str, Any]:
        return {"name": self.new_name.text().strip(), "counting_unit": self.new_unit.currentData()}

    def involvement(self) -> dict[str, Any]:
        return {"degree": self.degree.value(), "perpetrator_types": self.types.value()}
