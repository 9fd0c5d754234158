"""Rendering a draft for preview, print or export: check, render in memory, record.

Pending edits are saved first (the DB thread runs tasks in order). Then, on the DB thread,
`prepare` reads what the document would print now and names the required fields still
empty; if any, nothing is rendered or recorded. Otherwise the PDF is made on the I/O pool and
`record_render` writes the audit entry with its SHA-256 on the DB thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from defender_app.autosave import Autosaver
from defender_app.context import AppContext
from defender_app.tasks import ProgressFn
from forms.documents.content import DocumentContent
from forms.pdf import render_pdf
from storage.documents import RenderedDocument
from storage.records import Saved


class DocumentRenderer(QObject):
    busy_changed = Signal(bool)
    incomplete = Signal(str, object)  # document id, list[Missing]: nothing was rendered
    rendered = Signal(str, object)  # purpose ("preview" | "print" | "export"), RenderedDocument
    failed = Signal(object)  # the exception, for show_error

    def __init__(
        self, ctx: AppContext, autosaver: Autosaver, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._autosaver = autosaver
        self.busy = False
        # One rendering at a time; its state is kept here so that every task reports to a
        # bound method, which Qt disconnects if this object goes (the vault was locked).
        self._purpose = ""
        self._document_id = ""
        self._content: DocumentContent | None = None

    def start(self, document_id: str, purpose: str) -> bool:
        """Check and render `document_id`; False when a rendering is already under way."""
        if self.busy:
            return False
        self._set_busy(True)
        self._purpose = purpose
        self._document_id = document_id
        self._autosaver.flush()  # queued before `check`: what is on screen is what prints
        ctx = self._ctx

        def check(_r: ProgressFn, _c: object) -> DocumentContent:
            return ctx.require_vault().documents.prepare(document_id)

        ctx.runner.db(check, self._on_checked, self._on_failed)
        return True

    def _on_checked(self, content: DocumentContent) -> None:
        missing = content.missing()
        if missing:
            self._set_busy(False)
            self.incomplete.emit(self._document_id, missing)
            return
        self._content = content

        def render(_r: ProgressFn, _c: object) -> bytes:
            return render_pdf(content)

        self._ctx.runner.io(render, self._on_rendered, self._on_failed)

    def _on_rendered(self, pdf: bytes) -> None:
        ctx, content = self._ctx, self._content
        assert content is not None

        def record(_r: ProgressFn, _c: object) -> Saved[RenderedDocument]:
            return ctx.require_vault().documents.record_render(content, pdf)

        ctx.runner.db(record, self._on_recorded, self._on_failed)

    def _on_recorded(self, saved: Saved[RenderedDocument]) -> None:
        self._content = None
        self._ctx.events.records_changed.emit(saved.changes)
        self._set_busy(False)
        self.rendered.emit(self._purpose, saved.value)

    def _on_failed(self, exc: BaseException) -> None:
        self._content = None
        self._set_busy(False)
        self.failed.emit(exc)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_changed.emit(busy)
