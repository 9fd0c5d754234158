"""Add a person to a case: a name or pseudonym, individual or group, and their role."""

from __future__ import annotations

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

from defender_app.widgets.field_form import TEXT_HINTS, choice_label
from defender_app.widgets.person_labels import role_label
from forms.fields import field
from storage.persons import ROLES


class AddPersonDialog(QDialog):
    """Asks only what a list needs; details are filled in afterwards, beside the list."""

    def __init__(self, role: str = "victim", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add person"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setInputMethodHints(TEXT_HINTS)
        self.name.setMaxLength(field("person", "name").max_length)
        self.name.setPlaceholderText(self.tr("Full name, or “Policía Municipal de …” for a unit"))
        self.pseudonym = QLineEdit()
        self.pseudonym.setAccessibleName(self.tr("Code or pseudonym"))
        self.pseudonym.setInputMethodHints(TEXT_HINTS)
        self.pseudonym.setMaxLength(field("person", "pseudonym").max_length)
        self.pseudonym.setPlaceholderText(self.tr("e.g. V1, if the name must not be written"))
        self.counting_unit = QComboBox()
        self.counting_unit.setAccessibleName(self.tr("Individual or group"))
        for value in ("individual", "group"):
            self.counting_unit.addItem(choice_label(value), value)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role in this case"))
        for value in ROLES:
            self.role.addItem(role_label(value), value)
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        note = QLabel(
            self.tr(
                "A name or a pseudonym is enough. A perpetrator without a name can be "
                "recorded as a group or unit."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Pseudonym:"), self.pseudonym)
        form.addRow(self.tr("Individual &or group:"), self.counting_unit)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.buttons)
        self.name.textChanged.connect(self._on_text_changed)
        self.pseudonym.textChanged.connect(self._on_text_changed)
        self._on_text_changed()
        self.setMinimumWidth(460)

    def _on_text_changed(self) -> None:
        self.ok_button.setEnabled(bool(self.name.text().strip() or self.pseudonym.text().strip()))

    def role_value(self) -> str:
        return str(self.role.currentData())

    def fields(self) -> dict[str, Any]:
        """The new person's fields for `persons.create`."""
        return {
            "name": self.name.text().strip(),
            "pseudonym": self.pseudonym.text().strip(),
            "counting_unit": self.counting_unit.currentData(),
        }
