"""One testimony: who gave it, when, where and how, and the account in their own words."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from PySide6.QtWidgets import QComboBox, QFormLayout, QVBoxLayout, QWidget

from defender_app.autosave import Autosaver
from defender_app.context import AppContext
from defender_app.errors import show_error
from defender_app.views.person_dialog import AddPersonDialog
from defender_app.widgets.field_form import FieldForm
from defender_app.widgets.person_labels import fill_people, person_row
from storage.records import Changes, Participant, Saved, Testimony
from storage.vault import Vault

TESTIMONY_FIELDS = (
    "taken_on",
    "place_general",
    "language",
    "interpreter",
    "interviewers",
    "modality",
    "narrative",
    "summary",
    "read_back",
    "signature_method",
    "material_type",
    "source_connection",
    "reliability",
    "confidential",
)
NEW_PERSON = "new"
# The person's account and its summary get the pane's whole width, their label above them.
WIDE_FIELDS = ("narrative", "summary")


def _widen(form: FieldForm, name: str) -> None:
    """Move a field's label above it, both spanning the form's width."""
    layout, editor = form.layout_, form.editor(name)
    label = layout.labelForField(editor)
    row, _role = cast(tuple[int, QFormLayout.ItemRole], layout.getWidgetPosition(editor))
    layout.takeRow(row)
    layout.insertRow(row, label)
    layout.insertRow(row + 1, editor)


class TestimonyEditor(QWidget):
    def __init__(
        self, ctx: AppContext, autosaver: Autosaver, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.autosaver = autosaver
        self.testimony: Testimony | None = None
        self.person_dialog: AddPersonDialog | None = None
        self._people: list[Participant] = []
        self._chosen: str | None = None
        self.interviewee = QComboBox()
        self.interviewee.setAccessibleName(self.tr("Person who gave the testimony"))
        self.form = FieldForm("testimony", TESTIMONY_FIELDS, lang)
        for name in WIDE_FIELDS:
            _widen(self.form, name)
        self.form.editor("narrative").setMinimumHeight(240)
        self.form.layout_.setContentsMargins(0, 0, 0, 0)  # in line with the chooser above it
        layout = QVBoxLayout(self)
        layout.addLayout(person_row(self.tr("&Given by:"), self.interviewee))
        layout.addWidget(self.form)
        layout.addStretch()
        self.interviewee.activated.connect(self._on_interviewee_activated)
        self.form.edited.connect(self._on_form_edited)

    def show_testimony(
        self, testimony: Testimony, people: Sequence[Participant], reload: bool
    ) -> None:
        """Show `testimony`; after saves `reload` is False, so typing is never undone."""
        other = reload or self.testimony is None or self.testimony.id != testimony.id
        self.testimony = testimony
        if other:
            self._chosen = testimony.interviewee_id
        if other or list(people) != self._people:  # names and roles show in the list
            self.interviewee.clear()
            if self._chosen is None:
                self.interviewee.addItem(self.tr("— choose —"), None)
            fill_people(self.interviewee, people, "source")
            self.interviewee.addItem(self.tr("Someone new…"), NEW_PERSON)
            self.interviewee.setCurrentIndex(max(0, self.interviewee.findData(self._chosen)))
            self._people = list(people)
        if other:
            self.form.load(testimony)

    def set_read_only(self, read_only: bool) -> None:
        self.form.set_read_only(read_only)
        self.interviewee.setEnabled(not read_only)

    def _on_interviewee_activated(self, _index: int) -> None:
        person_id = self.interviewee.currentData()
        if person_id == NEW_PERSON:
            self.interviewee.setCurrentIndex(max(0, self.interviewee.findData(self._chosen)))
            dialog = AddPersonDialog("source", self)
            dialog.accepted.connect(lambda: self._on_person_dialog_accepted(dialog))
            dialog.finished.connect(dialog.deleteLater)
            self.person_dialog = dialog
            dialog.open()
        elif person_id is not None:
            self._chosen = person_id
            self._on_form_edited("interviewee_id", person_id)

    def _on_person_dialog_accepted(self, dialog: AddPersonDialog) -> None:
        """Add the new person to the case, then make them the one who gave this testimony."""
        if self.testimony is None:
            return
        testimony, role, fields, ctx = (
            self.testimony,
            dialog.role_value(),
            dialog.fields(),
            self.ctx,
        )

        def work(_r: object, _c: object) -> tuple[str, Changes]:
            vault = ctx.require_vault()
            created = vault.persons.create(case_id=testimony.case_id, role=role, **fields)
            saved = vault.testimonies.update(testimony.id, interviewee_id=created.value.id)
            return created.value.id, created.changes | saved.changes

        ctx.runner.db(work, self._on_person_added, lambda exc: show_error(exc, self))

    def _on_person_added(self, result: tuple[str, Changes]) -> None:
        person_id, changes = result
        self._chosen = person_id
        self.ctx.events.records_changed.emit(changes)

    def _on_form_edited(self, name: str, value: Any) -> None:
        if self.testimony is None:
            return
        testimony_id = self.testimony.id

        def save(vault: Vault, fields: dict[str, Any]) -> Saved[Any]:
            return vault.testimonies.update(testimony_id, **fields)

        self.autosaver.edit(f"testimony:{testimony_id}", save, name, value)
