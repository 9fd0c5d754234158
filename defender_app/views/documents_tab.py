"""Documents: the legal documents drafted from this case (amparo, precautionary measures...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from defender_app.autosave import Autosaver
from defender_app.context import AppContext
from defender_app.errors import show_error
from defender_app.views.case_tab import CaseTab
from forms.document_types import DOCUMENT_TYPES, LANGUAGES
from storage.records import Case, Changes, DocumentDraft

LANGUAGE_NAMES = {"es": "Español", "en": "English"}


def type_label(doc_type: str) -> str:
    return QCoreApplication.translate("Documents", DOCUMENT_TYPES.get(doc_type, doc_type))


class DocumentsTab(CaseTab):
    def __init__(
        self, ctx: AppContext, autosaver: Autosaver, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, autosaver, parent)
        self.doc_type = QComboBox()
        self.doc_type.setAccessibleName(self.tr("Type of document"))
        for code in DOCUMENT_TYPES:
            self.doc_type.addItem(type_label(code), code)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the document"))
        self.new_button = QPushButton(self.tr("New &draft"))
        self.drafts = QListWidget()
        self.drafts.setAccessibleName(self.tr("Document drafts"))
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
        row = QHBoxLayout()
        row.addWidget(self.doc_type, 1)
        row.addWidget(self.language)
        row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)
        self.doc_type.currentIndexChanged.connect(self._on_doc_type_changed)
        self.new_button.clicked.connect(self._on_new_clicked)
        ctx.events.records_changed.connect(self._on_records_changed)
        self._on_doc_type_changed()

    def load(self, case: Case) -> None:
        super().load(case)
        self.refresh()

    def refresh(self) -> None:
        if self.case is None:
            return
        case_id, ctx = self.case.id, self.ctx
        ctx.runner.db(
            lambda _r, _c: ctx.require_vault().documents.for_case(case_id),
            self._on_loaded,
            lambda e: show_error(e, self),
        )

    def _on_loaded(self, drafts: list[DocumentDraft]) -> None:
        self.drafts.clear()
        for draft in drafts:
            when = QDateTime.fromString(draft.updated_at[:19], Qt.DateFormat.ISODate)
            text = self.tr("%1 — %2, updated %3").replace(
                "%1", draft.title or type_label(draft.doc_type)
            )
            text = text.replace("%2", LANGUAGE_NAMES.get(draft.language, draft.language))
            text = text.replace("%3", when.toLocalTime().toString("yyyy-MM-dd HH:mm"))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, draft.id)
            self.drafts.addItem(item)
        self.stack.setCurrentWidget(self.drafts if drafts else self.empty)

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
            lambda saved: ctx.events.records_changed.emit(saved.changes),
            lambda e: show_error(e, self),
        )

    def _on_records_changed(self, changes: Changes) -> None:
        if self.case is not None and (changes.documents or self.case.id in changes.cases):
            self.refresh()
