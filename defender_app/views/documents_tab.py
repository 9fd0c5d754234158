"""Documents: the legal documents drafted from this case (amparo, precautionary measures...).

Drafts are their own records: they can be drafted, previewed and printed after the case is
final. Selecting a draft opens its editor; the tab's own saves refresh the list, never the
editor the person is typing in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from defender_app.autosave import Autosaver
from defender_app.context import AppContext
from defender_app.errors import show_error
from defender_app.i18n import date_text, datetime_text
from defender_app.views.case_tab import CaseTab
from defender_app.views.document_editor import DocumentEditor
from defender_app.widgets.document_form import Options
from defender_app.widgets.person_labels import person_name
from forms.document_types import DOCUMENT_TYPES, LANGUAGES
from forms.documents import spec_for
from forms.documents.schema import Kind
from storage.records import Case, Changes, DocumentDraft, Participant, Saved, Testimony

LANGUAGE_NAMES = {"es": "Español", "en": "English"}
ID_ROLE = Qt.ItemDataRole.UserRole


def type_label(doc_type: str) -> str:
    return QCoreApplication.translate("Documents", DOCUMENT_TYPES.get(doc_type, doc_type))


@dataclass(frozen=True)
class _Opened:
    """What the editor needs to show one draft."""

    draft: DocumentDraft
    values: dict[str, Any]
    people: list[Participant]
    testimonies: list[Testimony]


class DocumentsTab(CaseTab):
    def __init__(
        self, ctx: AppContext, autosaver: Autosaver, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, autosaver, parent)
        self._select_next: str | None = None
        self.doc_type = QComboBox()
        self.doc_type.setAccessibleName(self.tr("Type of document"))
        for code in DOCUMENT_TYPES:
            self.doc_type.addItem(type_label(code), code)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the document"))
        self.new_button = QPushButton(self.tr("New &draft"))
        self.drafts = QListWidget()
        self.drafts.setAccessibleName(self.tr("Document drafts"))
        self.drafts.setWordWrap(True)
        self.empty = QLabel(
            self.tr(
                "No documents yet. Choose a type of document above and click “New draft”; "
                "it is filled in from this case."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.drafts)
        self.stack.addWidget(self.empty)

        self.editor = DocumentEditor(ctx, autosaver)
        self.hint = QLabel(
            self.tr("Select a draft on the left to fill it in, preview or print it.")
        )
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pane = QStackedWidget()
        self.pane.addWidget(self.hint)
        self.pane.addWidget(self.editor)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.stack)
        self.split.addWidget(self.pane)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([230, 700])

        row = QHBoxLayout()
        row.addWidget(self.doc_type, 1)
        row.addWidget(self.language)
        row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.split, 1)
        self.doc_type.currentIndexChanged.connect(self._on_doc_type_changed)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.drafts.currentItemChanged.connect(self._on_drafts_current_item_changed)
        ctx.events.records_changed.connect(self._on_records_changed)
        self._on_doc_type_changed()

    def load(self, case: Case) -> None:
        if self.case is None or self.case.id != case.id:
            self.editor.clear()
            self.pane.setCurrentWidget(self.hint)
            with QSignalBlocker(self.drafts):
                self.drafts.clear()
        super().load(case)
        self.refresh()

    def refresh(self) -> None:
        if self.case is None:
            return
        case_id, ctx = self.case.id, self.ctx
        ctx.runner.db(
            lambda _r, _c: (case_id, ctx.require_vault().documents.for_case(case_id)),
            self._on_loaded,
            lambda e: show_error(e, self),
        )

    def _on_loaded(self, result: tuple[str, list[DocumentDraft]]) -> None:
        case_id, drafts = result
        if self.case is None or self.case.id != case_id:
            return  # another case was opened meanwhile
        current = self._select_next or self.current_draft_id()
        with QSignalBlocker(self.drafts):  # re-listing is not choosing another draft
            self.drafts.clear()
            for draft in drafts:
                item = QListWidgetItem(self._draft_text(draft))
                item.setData(ID_ROLE, draft.id)
                self.drafts.addItem(item)
                if draft.id == current:
                    self.drafts.setCurrentItem(item)
        self.stack.setCurrentWidget(self.drafts if drafts else self.empty)
        if self._select_next is not None:
            self._select_next = None
            self._open(current)
        elif self.drafts.currentItem() is None:
            self.editor.clear()
            self.pane.setCurrentWidget(self.hint)

    def _draft_text(self, draft: DocumentDraft) -> str:
        text = self.tr("%1 — %2, updated %3")
        text = text.replace("%2", LANGUAGE_NAMES.get(draft.language, draft.language))
        text = text.replace("%3", datetime_text(draft.updated_at))
        return text.replace("%1", draft.title or type_label(draft.doc_type))

    def current_draft_id(self) -> str | None:
        item = self.drafts.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def _on_drafts_current_item_changed(self, current: QListWidgetItem | None) -> None:
        self._open(current.data(ID_ROLE) if current is not None else None)

    def _open(self, document_id: str | None) -> None:
        """Load a draft, with the records its fields may point at, into the editor."""
        if document_id is None:
            return
        self.autosaver.flush()  # edits of the draft shown so far are saved first
        ctx = self.ctx

        def load(_r: object, _c: object) -> _Opened:
            vault = ctx.require_vault()
            draft = vault.documents.get(document_id)
            return _Opened(
                draft,
                vault.documents.values(document_id),
                vault.cases.participants(draft.case_id),
                vault.testimonies.for_case(draft.case_id),
            )

        ctx.runner.db(load, self._on_opened, lambda e: show_error(e, self))

    def _on_opened(self, opened: _Opened) -> None:
        if opened.draft.id != self.current_draft_id():
            return  # the person chose another draft meanwhile
        self.editor.show_draft(opened.draft, opened.values, self._options(opened))
        self.pane.setCurrentWidget(self.editor)

    def _options(self, opened: _Opened) -> Options:
        """The records a CHOICE field may point at; the testimony a record is made of."""
        names = {p.person.id: person_name(p.person) for p in opened.people}
        options: dict[str, list[tuple[str, str]]] = {}
        for field in spec_for(opened.draft.doc_type).fields():
            if field.kind is Kind.CHOICE and field.name == "testimony_id":
                options[field.name] = [
                    (t.id, self._testimony_text(t, names)) for t in opened.testimonies
                ]
        return options

    def _testimony_text(self, testimony: Testimony, names: dict[str, str]) -> str:
        who = names.get(testimony.interviewee_id or "", self.tr("Testimony"))
        if not testimony.taken_on:
            return who
        return self.tr("%1, %2").replace("%2", date_text(testimony.taken_on)).replace("%1", who)

    def _on_doc_type_changed(self) -> None:
        code = self.doc_type.currentData()
        self.language.clear()
        for lang in LANGUAGES.get(code, ("es",)):
            self.language.addItem(LANGUAGE_NAMES[lang], lang)

    def _on_new_clicked(self) -> None:
        if self.case is None:
            return
        case_id, ctx = self.case.id, self.ctx
        doc_type, language = self.doc_type.currentData(), self.language.currentData()
        title = type_label(doc_type)
        ctx.runner.db(
            lambda _r, _c: ctx.require_vault().documents.create(case_id, doc_type, language, title),
            self._on_created,
            lambda e: show_error(e, self),
        )

    def _on_created(self, saved: Saved[DocumentDraft]) -> None:
        self._select_next = saved.value.id  # the list refreshes from the signal below
        self.ctx.events.records_changed.emit(saved.changes)

    def _on_records_changed(self, changes: Changes) -> None:
        if self.case is not None and (changes.documents or self.case.id in changes.cases):
            self.refresh()
