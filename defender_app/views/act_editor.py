"""One act: its victim and facts, its perpetrators, arrest details, and the rest of its fields."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QGroupBox, QVBoxLayout, QWidget

from defender_app.autosave import Autosaver
from defender_app.context import AppContext
from defender_app.views.act_arrest import ArrestEditor
from defender_app.views.act_involvements import InvolvementsEditor
from defender_app.widgets.field_form import FieldForm
from defender_app.widgets.person_labels import fill_people, person_row
from storage.records import Act, Participant, Saved
from storage.vault import Vault

# The facts first, so perpetrators and arrest details are in view without scrolling far.
KEY_FIELDS = (
    "type_of_act",
    "start_date",
    "end_date",
    "exact_location",
    "location_at_end",
    "type_of_location",
    "status_at_end",
)
MORE_FIELDS = (
    "stated_reason",
    "methods",
    "physical_consequences",
    "psychological_consequences",
    "age_at_time",
    "victim_characteristics",
    "confidential",
)


class ActEditor(QWidget):
    def __init__(
        self, ctx: AppContext, autosaver: Autosaver, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.autosaver = autosaver
        self.act: Act | None = None
        self._people: list[Participant] = []

        self.victim = QComboBox()
        self.victim.setAccessibleName(self.tr("Victim"))
        self.key_form = FieldForm("act", KEY_FIELDS, lang)
        self.involvements = InvolvementsEditor(ctx, autosaver, lang)
        self.arrest = ArrestEditor(ctx, autosaver, lang)
        self.more_form = FieldForm("act", MORE_FIELDS, lang)
        facts = QGroupBox(self.tr("The act"))
        facts_layout = QVBoxLayout(facts)
        facts_layout.addLayout(person_row(self.tr("&Victim *:"), self.victim))
        facts_layout.addWidget(self.key_form)
        self.key_form.layout_.setContentsMargins(0, 0, 0, 0)  # in line with the victim above it
        more = QGroupBox(self.tr("More about the act"))
        QVBoxLayout(more).addWidget(self.more_form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for part in (facts, self.involvements, self.arrest, more):
            layout.addWidget(part)
        layout.addStretch()
        self.victim.activated.connect(self._on_victim_activated)
        self.key_form.edited.connect(self._on_form_edited)
        self.more_form.edited.connect(self._on_form_edited)

    @property
    def forms(self) -> tuple[FieldForm, ...]:
        return (self.key_form, self.more_form, self.arrest.form, self.involvements.form)

    def show_act(self, case_id: str, act: Act, people: Sequence[Participant], reload: bool) -> None:
        """Show `act`; after saves `reload` is False, so fields being typed in are left alone."""
        other = reload or self.act is None or self.act.id != act.id
        self.act = act
        if other or list(people) != self._people:  # names and roles show in the list
            chosen = act.victim_id if other else self.victim.currentData()
            self.victim.clear()
            fill_people(self.victim, people, "victim")
            self.victim.setCurrentIndex(max(0, self.victim.findData(chosen)))
            self._people = list(people)
        if other:
            self.key_form.load(act)
            self.more_form.load(act)
        self.arrest.show_act(act, reload=other)
        self.involvements.show_act(case_id, act, people, reload=other)

    def set_read_only(self, read_only: bool) -> None:
        self.key_form.set_read_only(read_only)
        self.more_form.set_read_only(read_only)
        self.victim.setEnabled(not read_only)
        self.arrest.set_read_only(read_only)
        self.involvements.set_read_only(read_only)

    def _on_victim_activated(self, _index: int) -> None:
        self._on_form_edited("victim_id", self.victim.currentData())

    def _on_form_edited(self, name: str, value: Any) -> None:
        if self.act is None:
            return
        act_id = self.act.id
        if name == "type_of_act":
            self.arrest.set_type_of_act(value)

        def save(vault: Vault, fields: dict[str, Any]) -> Saved[Any]:
            return vault.acts.update(act_id, **fields)

        self.autosaver.edit(f"act:{act_id}", save, name, value)
