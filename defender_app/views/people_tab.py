"""People & acts: who took part in the case, what was done to whom, and by whom."""

from __future__ import annotations

from dataclasses import dataclass
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
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from defender_app.autosave import Autosaver
from defender_app.context import AppContext
from defender_app.errors import show_error
from defender_app.views.act_dialog import AddActDialog
from defender_app.views.act_editor import ActEditor
from defender_app.views.case_tab import CaseTab
from defender_app.views.person_dialog import AddPersonDialog
from defender_app.views.person_editor import PersonEditor
from defender_app.widgets.field_form import FieldForm
from defender_app.widgets.person_labels import person_name, roles_text
from defender_app.widgets.save_problem import SaveProblem
from defender_app.widgets.term_picker import term_label
from forms import vocab
from forms.errors import UserFacingError
from storage.records import Act, Case, Changes, Participant, Saved

ID_ROLE = Qt.ItemDataRole.UserRole
SAVE_KEYS = ("person:", "act:", "arrest:", "involvement:")


@dataclass(frozen=True)
class _Loaded:
    case_id: str
    people: list[Participant]
    acts: list[Act]
    interviewees: set[str]


def _tree(name: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setAccessibleName(name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return tree


def _empty_label(text: str = "") -> QLabel:
    """What to do while a list is empty; screen readers read the text itself."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


def _scroll(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(widget)
    return scroll


class PeopleTab(CaseTab):
    def __init__(
        self, ctx: AppContext, autosaver: Autosaver, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, autosaver, parent)
        self.people: list[Participant] = []
        self.acts: list[Act] = []
        self.person_dialog: AddPersonDialog | None = None
        self.act_dialog: AddActDialog | None = None
        self._fixed_roles: dict[str, set[str]] = {}
        self._shown: tuple[str, str] | None = None  # ("person" | "act", id) in the editor
        self._select_next: tuple[str, str] | None = None
        self._filling = False
        self._read_only = False

        self.people_tree = _tree(
            self.tr("People of this case"), [self.tr("Name"), self.tr("Roles")]
        )
        self.people_empty = _empty_label(
            self.tr(
                "No people yet. Add the victim first, then witnesses and perpetrators: a "
                "person, or a group or unit such as “Policía Municipal de Altamirano”."
            )
        )
        self.add_person_button = QPushButton(self.tr("Add pe&rson…"))
        self.add_person_button.setAccessibleName(self.tr("Add person"))
        self.acts_tree = _tree(self.tr("Acts of this case"), [self.tr("Victim"), self.tr("Act")])
        self.acts_empty = _empty_label()
        self.add_act_button = QPushButton(self.tr("Add &act…"))
        self.add_act_button.setAccessibleName(self.tr("Add act"))
        self.remove_act_button = QPushButton(self.tr("Remove act…"))
        self.remove_act_button.setAccessibleName(self.tr("Remove the selected act"))
        left = QSplitter(Qt.Orientation.Vertical)
        left.setChildrenCollapsible(False)
        left.addWidget(
            self._box(
                self.tr("People"), self.people_empty, self.people_tree, self.add_person_button
            )
        )
        left.addWidget(
            self._box(
                self.tr("Acts"),
                self.acts_empty,
                self.acts_tree,
                self.add_act_button,
                self.remove_act_button,
            )
        )

        self.hint = QLabel(self.tr("Select a person or an act to see and change its details."))
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.person_editor = PersonEditor(ctx, autosaver, self.lang)
        self.act_editor = ActEditor(ctx, autosaver, self.lang)
        self.person_page = _scroll(self.person_editor)
        self.person_page.setAccessibleName(self.tr("Person details"))
        self.act_page = _scroll(self.act_editor)
        self.act_page.setAccessibleName(self.tr("Act details"))
        self.detail = QStackedWidget()
        for page in (self.hint, self.person_page, self.act_page):
            self.detail.addWidget(page)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 560])
        self.problem = SaveProblem()
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.add_person_button, self.people_tree)  # as shown: buttons first
        self.setTabOrder(self.people_tree, self.add_act_button)
        self.setTabOrder(self.add_act_button, self.remove_act_button)
        self.setTabOrder(self.remove_act_button, self.acts_tree)

        self.people_tree.itemSelectionChanged.connect(self._on_people_tree_itemSelectionChanged)
        self.acts_tree.itemSelectionChanged.connect(self._on_acts_tree_itemSelectionChanged)
        self.add_person_button.clicked.connect(self._on_add_person_button_clicked)
        self.add_act_button.clicked.connect(self._on_add_act_button_clicked)
        self.remove_act_button.clicked.connect(self._on_remove_act_button_clicked)
        ctx.events.records_changed.connect(self._on_records_changed)
        autosaver.failed.connect(self._on_save_failed)
        autosaver.saved.connect(self._on_saved)
        self._update_buttons()

    @staticmethod
    def _box(title: str, empty: QLabel, tree: QTreeWidget, *buttons: QPushButton) -> QGroupBox:
        box = QGroupBox(title)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch()
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addWidget(empty)
        column.addWidget(tree, 1)
        column.addStretch()  # takes the room of an empty list, so its note stays under the buttons
        return box

    # ---------------------------------------------------------------- loading
    def load(self, case: Case) -> None:
        """Show another case; the same case after finalizing keeps its selection."""
        same = self.case is not None and self.case.id == case.id
        super().load(case)
        if not same:
            self.problem.hide()
            self._shown = None
            self._select_next = None
            self.people, self.acts = [], []
            self._fill()
        self.refresh()

    def refresh(self) -> None:
        if self.case is None:
            return
        case_id, ctx = self.case.id, self.ctx

        def work(_r: object, _c: object) -> _Loaded:
            vault = ctx.require_vault()
            testimonies = vault.testimonies.for_case(case_id)
            return _Loaded(
                case_id,
                vault.cases.participants(case_id),
                vault.acts.for_case(case_id),
                {t.interviewee_id for t in testimonies if t.interviewee_id},
            )

        ctx.runner.db(work, self._on_loaded, lambda exc: show_error(exc, self))

    def _on_loaded(self, loaded: _Loaded) -> None:
        if self.case is None or self.case.id != loaded.case_id:
            return
        self.people, self.acts = loaded.people, loaded.acts
        fixed: dict[str, set[str]] = {}
        for act in loaded.acts:
            fixed.setdefault(act.victim_id, set()).add("victim")
            for inv in act.involvements:
                fixed.setdefault(inv.perpetrator_id, set()).add("perpetrator")
        for person_id in loaded.interviewees:
            fixed.setdefault(person_id, set()).add("source")
        self._fixed_roles = fixed
        self._fill()

    def _fill(self) -> None:
        """Refill both lists, keeping (or moving to) the selection, then the editor."""
        keep = self._select_next or self._shown
        self._select_next = None
        names = {p.person.id: person_name(p.person) for p in self.people}
        self._filling = True
        try:
            self.people_tree.clear()
            for p in self.people:
                item = QTreeWidgetItem([names[p.person.id], roles_text(p.roles)])
                self._add(self.people_tree, item, p.person.id, keep == ("person", p.person.id))
            self.acts_tree.clear()
            for act in self.acts:
                label = term_label(vocab.ACT_TYPES, act.type_of_act, self.lang)
                item = QTreeWidgetItem([names.get(act.victim_id, "?"), label])
                self._add(self.acts_tree, item, act.id, keep == ("act", act.id))
        finally:
            self._filling = False
        self.people_empty.setVisible(not self.people)
        self.people_tree.setVisible(bool(self.people))
        self.acts_empty.setText(
            self.tr(
                "No acts yet. Click “Add act…” for each thing done to a victim, such as a "
                "detention or a threat."
            )
            if self.people
            else self.tr("No acts yet. Add the people first; then each act links a victim to it.")
        )
        self.acts_empty.setVisible(not self.acts)
        self.acts_tree.setVisible(bool(self.acts))
        self._show_selected()

    @staticmethod
    def _add(tree: QTreeWidget, item: QTreeWidgetItem, record_id: str, select: bool) -> None:
        item.setData(0, ID_ROLE, record_id)
        item.setToolTip(0, item.text(0))
        item.setToolTip(1, item.text(1))
        tree.addTopLevelItem(item)
        if select:
            tree.setCurrentItem(item)

    def _selected(self) -> tuple[str, str] | None:
        for kind, tree in (("person", self.people_tree), ("act", self.acts_tree)):
            items = tree.selectedItems()
            if items:
                return kind, str(items[0].data(0, ID_ROLE))
        return None

    def _show_selected(self) -> None:
        """Show the selected record; its fields are reloaded only when the selection changed."""
        selected = self._selected()
        person = next((p for p in self.people if selected == ("person", p.person.id)), None)
        act = next((a for a in self.acts if selected == ("act", a.id)), None)
        if person is not None and self.case is not None:
            fixed = self._fixed_roles.get(person.person.id, set())
            if self._shown == selected:
                self.person_editor.update_roles(person, fixed)
            else:
                self.person_editor.show_person(self.case.id, person, fixed)
            self.detail.setCurrentWidget(self.person_page)
        elif act is not None and self.case is not None:
            self.act_editor.show_act(self.case.id, act, self.people, self._shown != selected)
            self.detail.setCurrentWidget(self.act_page)
        else:
            selected = None
            self.detail.setCurrentWidget(self.hint)
        self._shown = selected
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.person_editor.set_read_only(read_only)
        self.act_editor.set_read_only(read_only)
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self._read_only and self.case is not None
        self.add_person_button.setEnabled(editable)
        self.add_act_button.setEnabled(editable and bool(self.people))
        self.add_act_button.setToolTip("" if self.people else self.tr("Add the victim first."))
        self.remove_act_button.setEnabled(editable and bool(self.acts_tree.selectedItems()))

    # ---------------------------------------------------------------- selection
    def _on_people_tree_itemSelectionChanged(self) -> None:
        self._on_selection_changed(self.people_tree, self.acts_tree)

    def _on_acts_tree_itemSelectionChanged(self) -> None:
        self._on_selection_changed(self.acts_tree, self.people_tree)

    def _on_selection_changed(self, tree: QTreeWidget, other: QTreeWidget) -> None:
        if self._filling:
            return
        if tree.selectedItems():  # one record at a time: a person or an act
            self._filling = True
            other.clearSelection()
            self._filling = False
        self._show_selected()

    def _on_records_changed(self, changes: Changes) -> None:
        if self.case is None:
            return
        ours = {p.person.id for p in self.people}
        if self.case.id in changes.cases or changes.persons & ours:
            self.refresh()

    # ---------------------------------------------------------------- adding, removing
    def _on_add_person_button_clicked(self) -> None:
        has_victim = any("victim" in p.roles for p in self.people)
        dialog = AddPersonDialog("witness" if has_victim else "victim", self)
        dialog.accepted.connect(lambda: self._on_person_dialog_accepted(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.person_dialog = dialog
        dialog.open()

    def _on_person_dialog_accepted(self, dialog: AddPersonDialog) -> None:
        if self.case is None:
            return
        case_id, role, fields, ctx = self.case.id, dialog.role_value(), dialog.fields(), self.ctx
        ctx.runner.db(
            lambda _r, _c: ctx.require_vault().persons.create(case_id=case_id, role=role, **fields),
            lambda saved: self._on_added("person", saved),
            lambda exc: show_error(exc, self),
        )

    def _on_add_act_button_clicked(self) -> None:
        dialog = AddActDialog(self.people, self.lang, self)
        dialog.accepted.connect(lambda: self._on_act_dialog_accepted(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.act_dialog = dialog
        dialog.open()

    def _on_act_dialog_accepted(self, dialog: AddActDialog) -> None:
        if self.case is None:
            return
        case_id, victim_id, ctx = self.case.id, dialog.victim_id(), self.ctx
        type_of_act = dialog.type_of_act_code()
        ctx.runner.db(
            lambda _r, _c: ctx.require_vault().acts.add(
                case_id, victim_id, type_of_act=type_of_act
            ),
            lambda saved: self._on_added("act", saved),
            lambda exc: show_error(exc, self),
        )

    def _on_added(self, kind: str, saved: Saved[Any]) -> None:
        self._select_next = (kind, saved.value.id)
        self.ctx.events.records_changed.emit(saved.changes)

    def _on_remove_act_button_clicked(self) -> None:
        selected = self._selected()
        if selected is None or selected[0] != "act":
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove this act?"),
            self.tr(
                "The act, its arrest details and its perpetrators' involvement are removed. "
                "The people stay in the case."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.autosaver.flush()
        act_id, ctx = selected[1], self.ctx
        ctx.runner.db(
            lambda _r, _c: ctx.require_vault().acts.remove(act_id),
            lambda saved: ctx.events.records_changed.emit(saved.changes),
            lambda exc: show_error(exc, self),
        )

    # ---------------------------------------------------------------- saving problems
    def _on_save_failed(self, key: str, exc: UserFacingError) -> None:
        if self.case is None or not key.startswith(SAVE_KEYS):
            return
        field = self.problem.show_error(exc)
        if field:
            self._focus_field(field)

    def _focus_field(self, name: str) -> None:
        forms: tuple[FieldForm, ...] = ()
        if self.detail.currentWidget() is self.person_page:
            forms = (self.person_editor.form,)
        elif self.detail.currentWidget() is self.act_page:
            forms = self.act_editor.forms
        for form in forms:
            if name in form.editors and form.isVisible():
                form.editor(name).setFocus()
                return

    def _on_saved(self, _changes: object) -> None:
        self.problem.hide()
