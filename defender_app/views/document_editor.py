"""One document draft: its legal review status, its fields, and Preview / Print… / Export PDF….

Edits are autosaved. Every action first checks the draft: when a required field is empty,
the editor names it (with the article requiring it), points at it, and renders nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from defender_app.autosave import Autosaver
from defender_app.context import AppContext
from defender_app.errors import show_error
from defender_app.i18n import error_text
from defender_app.tasks import ProgressFn
from defender_app.views.document_export import DocumentExporter
from defender_app.views.document_preview import DocumentPreview
from defender_app.views.document_print import DocumentPrinting
from defender_app.views.document_render import DocumentRenderer
from defender_app.widgets.document_form import DocumentForm, Options
from defender_app.widgets.document_review import LegalReviewBanner
from forms.documents import spec_for
from forms.documents.schema import is_empty
from forms.documents.validate import Missing
from forms.errors import UserFacingError
from storage.documents import RenderedDocument
from storage.records import DocumentDraft, Saved
from storage.vault import Vault

BUSY_AFTER_MS = 600  # quick renderings show no progress at all
PROBLEM_STYLE = "color: #a40000;"


class DocumentEditor(QWidget):
    def __init__(
        self, ctx: AppContext, autosaver: Autosaver, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.autosaver = autosaver
        self.draft: DocumentDraft | None = None
        self.form: DocumentForm | None = None
        self.preview: DocumentPreview | None = None
        self.missing: list[Missing] = []

        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.review = LegalReviewBanner()
        self.missing_note = QLabel()
        self.missing_note.setWordWrap(True)
        self.missing_note.setStyleSheet(PROBLEM_STYLE)
        self.missing_note.setAccessibleName(self.tr("Required fields still empty"))
        self.missing_note.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setAccessibleName(self.tr("Preparing the document"))
        self.busy_label = QLabel(self.tr("Preparing the document…"))
        self.busy_row = QWidget()
        busy = QHBoxLayout(self.busy_row)
        busy.setContentsMargins(0, 0, 0, 0)
        busy.addWidget(self.busy_bar)
        busy.addWidget(self.busy_label, 1)
        self.busy_row.hide()
        self.busy_timer = QTimer(self)
        self.busy_timer.setSingleShot(True)
        self.busy_timer.setInterval(BUSY_AFTER_MS)
        self.busy_timer.timeout.connect(self.busy_row.show)

        self.refill_button = QPushButton(self.tr("Fill empty fields from the case a&gain"))
        self.refill_button.setToolTip(
            self.tr("Fields you have filled in stay as they are; only empty ones are filled.")
        )
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.export_button = QPushButton(self.tr("E&xport PDF…"))
        self.export_button.setToolTip(self.tr("Save an unencrypted PDF file of this document"))
        self.action_buttons = (self.preview_button, self.print_button, self.export_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refill_button)
        buttons.addStretch()
        for button in self.action_buttons:
            buttons.addWidget(button)
        self.fields_scroll = QScrollArea()
        self.fields_scroll.setWidgetResizable(True)
        self.fields_scroll.setAccessibleName(self.tr("Fields of the document"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.review)
        layout.addLayout(buttons)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.missing_note)
        layout.addWidget(self.status)
        layout.addWidget(self.fields_scroll, 1)

        self.renderer = DocumentRenderer(ctx, autosaver, self)
        self.printing = DocumentPrinting(ctx, self)
        self.exporter = DocumentExporter(ctx, self)
        self.renderer.busy_changed.connect(self._on_renderer_busy_changed)
        self.renderer.incomplete.connect(self._on_renderer_incomplete)
        self.renderer.rendered.connect(self._on_renderer_rendered)
        self.renderer.failed.connect(self._on_renderer_failed)
        self.printing.message.connect(self._show_message)
        autosaver.failed.connect(self._on_autosaver_failed)
        self.exporter.message.connect(self._show_message)
        self.refill_button.clicked.connect(self._on_refill_button_clicked)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)

    # ---------------------------------------------------------------- showing a draft
    def show_draft(self, draft: DocumentDraft, values: Mapping[str, Any], options: Options) -> None:
        """Show `draft` with its values; another draft gets a form of its own definition."""
        spec = spec_for(draft.doc_type)
        self.draft = draft
        self.heading.setText(spec.title.get(draft.language))
        self.review.show_spec(spec, draft.language)
        self.form = DocumentForm(spec, draft.language, options)
        self.form.load(values)
        self.form.edited.connect(self._on_form_edited)
        self.fields_scroll.setWidget(self.form)  # the previous form is deleted with its editors
        self._show_missing([])
        self.status.hide()

    def clear(self) -> None:
        """Show nothing: another case was opened, so no text of this one stays in a widget."""
        self.draft = None
        self.form = None
        old = self.fields_scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        if self.preview is not None:
            self.preview.reject()
        self._show_missing([])
        self.status.hide()

    def _on_form_edited(self, name: str, value: Any) -> None:
        if self.draft is None:
            return
        document_id = self.draft.id

        def save(vault: Vault, fields: dict[str, Any]) -> Saved[Any]:
            return vault.documents.update_fields(document_id, **fields)

        self.autosaver.edit(f"document:{document_id}", save, name, value)
        if not is_empty(value) and any(m.name == name for m in self.missing):
            self._show_missing([m for m in self.missing if m.name != name])

    def _on_autosaver_failed(self, key: str, exc: UserFacingError) -> None:
        if self.draft is not None and key == f"document:{self.draft.id}":
            self._show_message(self.tr("Not saved: %1").replace("%1", error_text(exc)), True)

    def _on_refill_button_clicked(self) -> None:
        if self.draft is None:
            return
        self.autosaver.flush()  # the DB thread saves what was typed before it refills
        document_id, ctx = self.draft.id, self.ctx

        def refill(_r: ProgressFn, _c: object) -> tuple[Saved[DocumentDraft], dict[str, Any]]:
            documents = ctx.require_vault().documents
            return documents.refill(document_id), documents.values(document_id)

        ctx.runner.db(refill, self._on_refilled, lambda exc: show_error(exc, self))

    def _on_refilled(self, result: tuple[Saved[DocumentDraft], dict[str, Any]]) -> None:
        saved, values = result
        if self.form is not None and self.draft is not None and self.draft.id == saved.value.id:
            self.form.load(values)
            self._show_message(
                self.tr("Empty fields were filled in from the case; the others stay as they were."),
                False,
            )
        self.ctx.events.records_changed.emit(saved.changes)

    # ---------------------------------------------------------------- check, render, act
    def _on_preview_button_clicked(self) -> None:
        self._render("preview")

    def _on_print_button_clicked(self) -> None:
        self._render("print")

    def _on_export_button_clicked(self) -> None:
        self._render("export")

    def _render(self, purpose: str) -> None:
        if self.draft is not None:
            self.status.hide()
            self.renderer.start(self.draft.id, purpose)

    def _on_renderer_busy_changed(self, busy: bool) -> None:
        for button in self.action_buttons:
            button.setEnabled(not busy)
        if busy:
            self.busy_timer.start()
        else:
            self.busy_timer.stop()
            self.busy_row.hide()

    def _on_renderer_incomplete(self, document_id: str, missing: list[Missing]) -> None:
        if self.form is None or self.draft is None or self.draft.id != document_id:
            return  # the person opened another draft meanwhile
        self._show_missing(missing)
        editable = [m.name for m in missing if m.name in self.form.editors]
        if editable:
            widget = self.form.editor(editable[0])
            self.fields_scroll.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_missing(self, missing: list[Missing]) -> None:
        self.missing = list(missing)
        if self.form is not None:
            self.form.mark_missing([m.name for m in missing])
        if not missing:
            self.missing_note.hide()
            return
        assert self.draft is not None
        lang = self.draft.language
        items = []
        for m in missing:
            text = m.describe(lang)
            if self.form is not None and m.name not in self.form.editors:
                text = self.tr(
                    "%1: this comes from the case; add it in the case's other tabs"
                ).replace("%1", text)
            items.append(f"<li>{escape(text)}</li>")
        intro = self.tr(
            "Nothing was previewed, printed or exported. These required fields are still empty:"
        )
        self.missing_note.setText(
            f"<b>{escape(intro)}</b><ul style='margin: 0'>{''.join(items)}</ul>"
        )
        self.missing_note.show()

    def _on_renderer_rendered(self, purpose: str, rendered: RenderedDocument) -> None:
        self._show_missing([])
        if purpose == "preview":
            self.show_preview(rendered)
        elif purpose == "print":
            self.printing.ask(rendered, self)
        else:
            self.exporter.ask(rendered, self._doc_type(rendered), self)

    def show_preview(self, rendered: RenderedDocument) -> DocumentPreview:
        if self.preview is None:
            self.preview = DocumentPreview(self)
            self.preview.print_requested.connect(self._on_preview_print_requested)
            self.preview.export_requested.connect(self._on_preview_export_requested)
        title = self.heading.text() if self.draft and self.draft.id == rendered.document_id else ""
        self.preview.show_rendered(rendered, title or self.tr("document"))
        return self.preview

    def _on_preview_print_requested(self, rendered: RenderedDocument) -> None:
        self.printing.ask(rendered, self.preview)

    def _on_preview_export_requested(self, rendered: RenderedDocument) -> None:
        self.exporter.ask(rendered, self._doc_type(rendered), self.preview)

    def _doc_type(self, rendered: RenderedDocument) -> str:
        if self.draft is not None and self.draft.id == rendered.document_id:
            return self.draft.doc_type
        return "document"

    def _on_renderer_failed(self, exc: BaseException) -> None:
        self._show_message(self.tr("The document could not be prepared."), True)
        show_error(exc, self)

    def _show_message(self, text: str, problem: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(PROBLEM_STYLE if problem else "")
        self.status.show()
