"""Add a testimony: who gives it (a person of the case or someone new) and when."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from defender_app.widgets.field_form import TEXT_HINTS
from defender_app.widgets.person_labels import fill_people
from forms.fields import field
from storage.records import Participant

NEW_PERSON = "new"


class AddTestimonyDialog(QDialog):
    def __init__(self, people: Sequence[Participant], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add testimony"))
        intro = QLabel(
            self.tr(
                "Before the interview, explain who you are and ask for consent to each use. "
                "Both are recorded beside the testimony."
            )
        )
        intro.setWordWrap(True)
        self.interviewee = QComboBox()
        self.interviewee.setAccessibleName(self.tr("Person giving the testimony"))
        fill_people(self.interviewee, people, "source")
        self.interviewee.addItem(self.tr("Someone new…"), NEW_PERSON)
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(self.tr("Name or pseudonym of the new person"))
        self.new_name.setInputMethodHints(TEXT_HINTS)
        self.new_name.setMaxLength(field("person", "name").max_length)
        self.taken_on = QLineEdit(QDate.currentDate().toString(Qt.DateFormat.ISODate))
        self.taken_on.setAccessibleName(self.tr("Date of the interview"))
        self.taken_on.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY"))
        self.taken_on.setMaxLength(10)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)
        self.form.addRow(intro)
        self.form.addRow(self.tr("&Who:"), self.interviewee)
        self.form.addRow(self.tr("&Name:"), self.new_name)
        self.form.addRow(self.tr("&Date:"), self.taken_on)
        self.form.addRow(self.buttons)
        self.interviewee.currentIndexChanged.connect(self._on_changed)
        self.new_name.textChanged.connect(self._on_changed)
        self._on_changed()
        self.setMinimumWidth(480)

    def _on_changed(self, *_args: object) -> None:
        new = self.is_new()
        self.form.setRowVisible(self.new_name, new)
        self.ok_button.setEnabled(not new or bool(self.new_name.text().strip()))

    def is_new(self) -> bool:
        return bool(self.interviewee.currentData() == NEW_PERSON)

    def interviewee_id(self) -> str | None:
        """The chosen person's id, or None for someone new (named by `new_name`)."""
        return None if self.is_new() else str(self.interviewee.currentData())

    def date(self) -> str | None:
        return self.taken_on.text().strip() or None
