"""Testimonies: what people told us, in their words, beside their informed consent."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
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
from defender_app.i18n import date_text
from defender_app.views.case_tab import CaseTab
from defender_app.views.testimony_dialog import AddTestimonyDialog
from defender_app.views.testimony_editor import TestimonyEditor
from defender_app.widgets.consent_editor import ConsentEditor
from defender_app.widgets.person_labels import person_name
from defender_app.widgets.save_problem import SaveProblem
from defender_app.widgets.term_picker import term_label
from forms import vocab
from forms.consent import Consent
from forms.errors import UserFacingError
from storage.records import Case, Changes, Participant, Saved, Testimony
from storage.vault import Vault

ID_ROLE = Qt.ItemDataRole.UserRole
SAVE_KEYS = ("testimony:", "consent:")


@dataclass(frozen=True)
class _Loaded:
    case_id: str
    people: list[Participant]
    testimonies: list[Testimony]


def _titled_scroll(title: str, widget: QWidget) -> QWidget:
    heading = QLabel(title)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(widget)
    scroll.setAccessibleName(title)
    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(heading)
    layout.addWidget(scroll, 1)
    return pane


class TestimoniesTab(CaseTab):
    def __init__(
        self, ctx: AppContext, autosaver: Autosaver, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, autosaver, parent)
        self.people: list[Participant] = []
        self.testimonies: list[Testimony] = []
        self.dialog: AddTestimonyDialog | None = None
        self._shown: Testimony | None = None
        self._select_next: str | None = None
        self._filling = False

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Testimonies of this case"))
        self.tree.setHeaderLabels(
            [self.tr("Given by"), self.tr("Date"), self.tr("Type"), self.tr("Consent")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(
            self.tr(
                "No testimonies yet. Click “Add testimony…” to record what a person tells you, "
                "and ask for their consent first."
            )
        )
        self.empty.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add testimony…"))
        self.add_button.setAccessibleName(self.tr("Add testimony"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.empty)
        top_layout.addWidget(self.tree, 1)
        top_layout.addStretch()

        self.editor = TestimonyEditor(ctx, autosaver, self.lang)
        self.consent = ConsentEditor()
        self.read_only_note = QLabel(
            self.tr("This case is final: the testimony cannot change, but consent still can.")
        )
        self.read_only_note.setWordWrap(True)
        self.panes = QSplitter(Qt.Orientation.Horizontal)  # the testimony beside its consent
        self.panes.setChildrenCollapsible(False)
        self.panes.addWidget(_titled_scroll(self.tr("Testimony"), self.editor))
        self.panes.addWidget(_titled_scroll(self.tr("Informed consent"), self.consent))
        self.panes.setSizes([480, 400])
        self._hint_text = self.tr("Select a testimony above to read it and its consent.")
        self.hint = QLabel(self._hint_text)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.detail = QStackedWidget()
        self.detail.addWidget(self.hint)
        self.detail.addWidget(self.panes)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([130, 470])
        self.problem = SaveProblem()
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(self.read_only_note)
        layout.addWidget(splitter, 1)

        self.setTabOrder(self.add_button, self.tree)
        self.tree.itemSelectionChanged.connect(self._on_tree_itemSelectionChanged)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.consent.changed.connect(self._on_consent_changed)
        ctx.events.records_changed.connect(self._on_records_changed)
        autosaver.failed.connect(self._on_save_failed)
        autosaver.saved.connect(self._on_saved)
        self.set_read_only(False)

    # ---------------------------------------------------------------- loading
    def load(self, case: Case) -> None:
        """Show another case; the same case after finalizing keeps its selection."""
        same = self.case is not None and self.case.id == case.id
        super().load(case)
        if not same:
            self.problem.hide()
            self._shown = None
            self._select_next = None
            self.people, self.testimonies = [], []
            self._fill()
        self.refresh()

    def refresh(self) -> None:
        if self.case is None:
            return
        case_id, ctx = self.case.id, self.ctx

        def work(_r: object, _c: object) -> _Loaded:
            vault = ctx.require_vault()
            return _Loaded(
                case_id, vault.cases.participants(case_id), vault.testimonies.for_case(case_id)
            )

        ctx.runner.db(work, self._on_loaded, lambda exc: show_error(exc, self))

    def _on_loaded(self, loaded: _Loaded) -> None:
        if self.case is None or self.case.id != loaded.case_id:
            return
        self.people, self.testimonies = loaded.people, loaded.testimonies
        self._fill()

    def _fill(self) -> None:
        keep = self._select_next or (self._shown.id if self._shown else None)
        self._select_next = None
        names = {p.person.id: person_name(p.person) for p in self.people}
        self._filling = True
        try:
            self.tree.clear()
            for t in self.testimonies:
                item = QTreeWidgetItem(
                    [
                        names.get(t.interviewee_id or "", self.tr("(not chosen yet)")),
                        date_text(t.taken_on),
                        term_label(vocab.SOURCE_MATERIAL, t.material_type, self.lang),
                        self._consent_text(t),
                    ]
                )
                item.setData(0, ID_ROLE, t.id)
                self.tree.addTopLevelItem(item)
                if t.id == keep:
                    self.tree.setCurrentItem(item)
        finally:
            self._filling = False
        self.empty.setVisible(not self.testimonies)
        self.tree.setVisible(bool(self.testimonies))
        self._show_selected()

    def _consent_text(self, testimony: Testimony) -> str:
        if testimony.consent is None:
            return self.tr("not recorded")
        if testimony.consent.consent.withdrawn_on and not testimony.consent.consent.withdrawn_uses:
            return self.tr("withdrawn")
        if testimony.consent.consent.withdrawn_on:
            return self.tr("version %1, partly withdrawn").replace(
                "%1", str(testimony.consent.version)
            )
        return self.tr("version %1").replace("%1", str(testimony.consent.version))

    def _show_selected(self) -> None:
        """Show the selected testimony; its fields are reloaded only when the selection changed."""
        items = self.tree.selectedItems()
        wanted = items[0].data(0, ID_ROLE) if items else None
        testimony = next((t for t in self.testimonies if t.id == wanted), None)
        if testimony is None:
            self._shown = None
            self.hint.setText(self._hint_text if self.testimonies else "")  # else: the list's note
            self.detail.setCurrentWidget(self.hint)
            return
        reload = self._shown is None or self._shown.id != testimony.id
        if reload:
            self.consent.load(testimony.consent)
        else:
            self.consent.show_version(testimony.consent)
        self.editor.show_testimony(testimony, self.people, reload)
        self._shown = testimony
        self.detail.setCurrentWidget(self.panes)

    def set_read_only(self, read_only: bool) -> None:
        """Consent stays editable: a withdrawal must always be recordable."""
        self.editor.set_read_only(read_only)
        self.add_button.setEnabled(not read_only)
        self.read_only_note.setVisible(read_only)

    def _on_tree_itemSelectionChanged(self) -> None:
        if not self._filling:
            self._show_selected()

    def _on_records_changed(self, changes: Changes) -> None:
        if self.case is None:
            return
        ours = {p.person.id for p in self.people}
        if self.case.id in changes.cases or changes.persons & ours:
            self.refresh()

    # ---------------------------------------------------------------- saving
    def _on_consent_changed(self, consent: Consent) -> None:
        if self._shown is None:
            return
        testimony_id = self._shown.id

        def save(vault: Vault, fields: dict[str, Any]) -> Saved[Any]:
            return vault.testimonies.record_consent(testimony_id, fields["consent"])

        self.autosaver.edit(f"consent:{testimony_id}", save, "consent", consent)

    def _on_add_button_clicked(self) -> None:
        dialog = AddTestimonyDialog(self.people, self)
        dialog.accepted.connect(lambda: self._on_dialog_accepted(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_accepted(self, dialog: AddTestimonyDialog) -> None:
        if self.case is None:
            return
        case_id, ctx = self.case.id, self.ctx
        interviewee_id, new_name, taken_on = (
            dialog.interviewee_id(),
            dialog.new_name.text().strip(),
            dialog.date(),
        )

        def work(_r: object, _c: object) -> Saved[Testimony]:
            vault = ctx.require_vault()
            changes = Changes()
            person_id = interviewee_id
            if person_id is None:
                created = vault.persons.create(case_id=case_id, role="source", name=new_name)
                person_id, changes = created.value.id, created.changes
            saved = vault.testimonies.add(case_id, person_id, taken_on=taken_on)
            return Saved(saved.value, changes | saved.changes)

        ctx.runner.db(work, self._on_added, lambda exc: show_error(exc, self))

    def _on_added(self, saved: Saved[Testimony]) -> None:
        self._select_next = saved.value.id
        self.ctx.events.records_changed.emit(saved.changes)

    def _on_save_failed(self, key: str, exc: UserFacingError) -> None:
        if self.case is None or not key.startswith(SAVE_KEYS):
            return
        field = self.problem.show_error(exc)
        if field in self.editor.form.editors:
            self.editor.form.editor(field).setFocus()

    def _on_saved(self, _changes: object) -> None:
        self.problem.hide()
