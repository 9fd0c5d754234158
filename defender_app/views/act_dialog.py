"""Add an act: one victim of the case and one type of act (MT04); the rest is filled in after."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from defender_app.widgets.field_form import field_label, form_label
from defender_app.widgets.person_labels import fill_people
from defender_app.widgets.term_picker import TermPicker
from forms import vocab
from forms.fields import field
from storage.records import Participant


class AddActDialog(QDialog):
    def __init__(
        self, people: Sequence[Participant], lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add act"))
        intro = QLabel(
            self.tr(
                "An act is one thing done to one victim, such as a detention or a threat. "
                "If several people suffered it, add one act for each."
            )
        )
        intro.setWordWrap(True)
        self.victim = QComboBox()
        self.victim.setAccessibleName(self.tr("Victim"))
        fill_people(self.victim, people, "victim")
        type_field = field("act", "type_of_act")
        self.type_of_act = TermPicker(vocab.ACT_TYPES, lang, field_label(type_field))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        type_row = QLabel(form_label(type_field))
        type_row.setBuddy(self.type_of_act.button)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("&Victim *:"), self.victim)
        form.addRow(type_row, self.type_of_act)
        form.addRow(self.buttons)
        self.type_of_act.changed.connect(self._on_type_of_act_changed)
        self._on_type_of_act_changed(None)
        self.setMinimumWidth(480)

    def _on_type_of_act_changed(self, code: str | None) -> None:
        self.ok_button.setEnabled(code is not None and self.victim.count() > 0)

    def victim_id(self) -> str:
        return str(self.victim.currentData())

    def type_of_act_code(self) -> str:
        return str(self.type_of_act.value())
