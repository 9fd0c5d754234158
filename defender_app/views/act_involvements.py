"""The perpetrators of one act (ESF involvements): who, how involved, and of what type."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from defender_app.autosave import Autosaver
from defender_app.context import AppContext
from defender_app.errors import show_error
from defender_app.views.act_involvement_dialog import AddInvolvementDialog
from defender_app.widgets.field_form import FieldForm
from defender_app.widgets.person_labels import person_name
from defender_app.widgets.term_picker import term_label
from forms import vocab
from storage.records import Act, Changes, Involvement, Participant, Saved
from storage.vault import Vault

INVOLVEMENT_FIELDS = ("degree", "perpetrator_types", "latest_status", "confidential")
ID_ROLE = Qt.ItemDataRole.UserRole


class InvolvementsEditor(QGroupBox):
    def __init__(
        self, ctx: AppContext, autosaver: Autosaver, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Perpetrators"), parent)
        self.ctx = ctx
        self.autosaver = autosaver
        self.lang = lang
        self.case_id: str | None = None
        self.act: Act | None = None
        self.people: Sequence[Participant] = ()
        self.dialog: AddInvolvementDialog | None = None
        self._shown_id: str | None = None
        self._select_next: str | None = None
        self._read_only = False
        self._filling = False

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Perpetrators of this act"))
        self.tree.setHeaderLabels([self.tr("Perpetrator"), self.tr("Degree of involvement")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setMaximumHeight(110)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(
            self.tr(
                "No perpetrator recorded. Add who did it: a person, or a group or unit such as "
                "“Policía Municipal de …” when names are not known."
            )
        )
        self.empty.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add perpetrat&or…"))
        self.add_button.setAccessibleName(self.tr("Add a perpetrator"))
        self.remove_button = QPushButton(self.tr("Remove perpetrator…"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected perpetrator"))
        self.form = FieldForm("involvement", INVOLVEMENT_FIELDS, lang)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        self.tree.itemSelectionChanged.connect(self._on_tree_itemSelectionChanged)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.form.edited.connect(self._on_form_edited)

    def show_act(self, case_id: str, act: Act, people: Sequence[Participant], reload: bool) -> None:
        """Fill the list; the selected perpetrator's fields are reloaded only when it changes."""
        if reload:
            self._shown_id = None
        self.case_id, self.act, self.people = case_id, act, people
        names = {p.person.id: person_name(p.person) for p in people}
        keep = self._select_next or self._shown_id
        self._select_next = None
        self._filling = True
        try:
            self.tree.clear()
            for inv in act.involvements:
                item = QTreeWidgetItem(
                    [
                        names.get(inv.perpetrator_id, "?"),
                        term_label(vocab.INVOLVEMENT_DEGREES, inv.degree, self.lang),
                    ]
                )
                item.setData(0, ID_ROLE, inv.id)
                item.setToolTip(0, self._types_text(inv))
                self.tree.addTopLevelItem(item)
                if inv.id == keep:
                    self.tree.setCurrentItem(item)
        finally:
            self._filling = False
        self.empty.setVisible(not act.involvements)
        self.tree.setVisible(bool(act.involvements))
        self._on_tree_itemSelectionChanged()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.form.set_read_only(read_only)
        self._update_buttons()

    def _types_text(self, inv: Involvement) -> str:
        labels = [term_label(vocab.PERPETRATOR_TYPES, c, self.lang) for c in inv.perpetrator_types]
        return "\n".join(labels)

    def _selected(self) -> Involvement | None:
        items = self.tree.selectedItems()
        if not items or self.act is None:
            return None
        wanted = items[0].data(0, ID_ROLE)
        return next((i for i in self.act.involvements if i.id == wanted), None)

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(not self._read_only)
        self.remove_button.setEnabled(not self._read_only and self._selected() is not None)

    def _on_tree_itemSelectionChanged(self) -> None:
        if self._filling:
            return
        selected = self._selected()
        self.form.setVisible(selected is not None)
        if selected is not None and selected.id != self._shown_id:
            self.form.load(selected)
        self._shown_id = selected.id if selected else None
        self._update_buttons()

    def _on_form_edited(self, name: str, value: Any) -> None:
        involvement_id = self._shown_id
        if involvement_id is None:
            return

        def save(vault: Vault, fields: dict[str, Any]) -> Saved[Any]:
            return vault.acts.update_involvement(involvement_id, **fields)

        self.autosaver.edit(f"involvement:{involvement_id}", save, name, value)

    def _on_add_clicked(self) -> None:
        dialog = AddInvolvementDialog(self.people, self.lang, self)
        dialog.accepted.connect(lambda: self._on_dialog_accepted(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_accepted(self, dialog: AddInvolvementDialog) -> None:
        if self.act is None or self.case_id is None:
            return
        act_id, case_id, ctx = self.act.id, self.case_id, self.ctx
        perpetrator_id, new_person = dialog.perpetrator_id(), dialog.new_person()
        fields = dialog.involvement()

        def work(_r: object, _c: object) -> Saved[Involvement]:
            vault = ctx.require_vault()
            changes = Changes()
            person_id = perpetrator_id
            if person_id is None:
                created = vault.persons.create(case_id=case_id, role="perpetrator", **new_person)
                person_id, changes = created.value.id, created.changes
            saved = vault.acts.add_involvement(act_id, person_id, **fields)
            return Saved(saved.value, changes | saved.changes)

        ctx.runner.db(work, self._on_added, lambda exc: show_error(exc, self))

    def _on_added(self, saved: Saved[Involvement]) -> None:
        self._select_next = saved.value.id
        self.ctx.events.records_changed.emit(saved.changes)

    def _on_remove_clicked(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove this perpetrator from the act?"),
            self.tr("The person stays in the case; only their part in this act is removed."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.autosaver.flush()
        ctx = self.ctx
        ctx.runner.db(
            lambda _r, _c: ctx.require_vault().acts.remove_involvement(selected.id),
            lambda saved: ctx.events.records_changed.emit(saved.changes),
            lambda exc: show_error(exc, self),
        )
