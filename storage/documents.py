"""Interventions as document drafts (amparo, precautionary measures, complaint...).

Drafts belong to a case but are their own records: a defender may need an amparo after the
case was finalized, so drafting is not blocked by the case's state. A new draft is filled in
from the case; rendering reads the case again (consent, hashes, custody as they are now),
produces the PDF in memory and writes only an audit entry with its hashes. Nothing here writes
a file.

For the GUI: `prepare` (database, fast) and `record_render` (database) run on the DB thread;
`forms.pdf.render_pdf(content)` runs between them on the PDF pool. `render` does all three.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from forms.document_types import DOCUMENT_TYPES, LANGUAGES
from forms.documents import spec_for
from forms.documents.content import DocumentContent, Meta, build_content
from forms.documents.prefill import prefill
from forms.documents.validate import Missing, clean_values
from forms.errors import ValidationError
from forms.pdf import render_pdf
from forms.text import QT_TRANSLATE_NOOP
from storage.audit import append_audit
from storage.clock import utc_now
from storage.custody import broken_links, custody_entries
from storage.database import Database
from storage.orm import CaseRow, InterventionRow
from storage.records import DocumentDraft, Saved, from_row, touched
from storage.rows import get_row, new_id
from storage.snapshot import case_snapshot


@dataclass(frozen=True)
class RenderedDocument:
    """A printed document: its bytes (in memory only) and what the audit log recorded."""

    document_id: str
    pdf: bytes
    sha256: str  # of the PDF bytes
    content_sha256: str  # of the content; the QR code carries it
    version: int  # the version of the case data it was built from


def document_snapshot(session: Session, case_id: str) -> dict[str, Any]:
    """The case snapshot plus each evidence item's custody entries and their integrity."""
    snapshot = case_snapshot(session, case_id)
    for item in snapshot["evidence"]:
        entries = custody_entries(session, item["id"])
        item["custody"] = [
            {
                "seq": e.seq,
                "action": e.action,
                "at_utc": e.at_utc,
                "body": dict(e.body),
                "entry_hash": e.entry_hash,
            }
            for e in entries
        ]
        item["custody_broken"] = broken_links(entries)
    return snapshot


class DocumentService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def create(
        self, case_id: str, doc_type: str, language: str, title: str = ""
    ) -> Saved[DocumentDraft]:
        """A new draft, its fields filled in from the case."""
        if doc_type not in DOCUMENT_TYPES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "“{doc_type}” is not a document Defender can draft."),
                field_name="doc_type",
                doc_type=doc_type,
            )
        if language not in LANGUAGES[doc_type]:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "This document cannot be written in “{language}”."),
                field_name="language",
                language=language,
            )
        now = utc_now()
        with self._db.transaction() as s:
            get_row(s, CaseRow, "case", case_id)
            values = prefill(spec_for(doc_type), document_snapshot(s, case_id), language)
            row = InterventionRow(
                id=new_id(),
                case_id=case_id,
                doc_type=doc_type,
                language=language,
                title=title,
                fields=values,
                created_at=now,
                updated_at=now,
            )
            s.add(row)
            s.flush()
            append_audit(s, "document", row.id, "drafted", f"type={doc_type} case={case_id}")
            return Saved(from_row(DocumentDraft, row), touched(cases=[case_id], documents=[row.id]))

    def for_case(self, case_id: str) -> list[DocumentDraft]:
        with self._db.reading() as s:
            rows = s.scalars(
                select(InterventionRow)
                .where(InterventionRow.case_id == case_id)
                .order_by(InterventionRow.updated_at.desc())
            )
            return [from_row(DocumentDraft, r) for r in rows]

    def get(self, document_id: str) -> DocumentDraft:
        with self._db.reading() as s:
            return from_row(DocumentDraft, get_row(s, InterventionRow, "document", document_id))

    def values(self, document_id: str) -> dict[str, Any]:
        """The draft's field values, by field name (forms.documents definitions)."""
        with self._db.reading() as s:
            return dict(get_row(s, InterventionRow, "document", document_id).fields)

    def update_fields(self, document_id: str, **values: Any) -> Saved[DocumentDraft]:
        """Change some of the draft's fields; None empties one. Unknown names are refused."""
        with self._db.transaction() as s:
            row = get_row(s, InterventionRow, "document", document_id)
            cleaned = clean_values(spec_for(row.doc_type), values)
            fields = dict(row.fields)
            for name, value in cleaned.items():
                if value is None:
                    fields.pop(name, None)
                else:
                    fields[name] = value
            row.fields = fields
            row.updated_at = utc_now()
            return Saved(
                from_row(DocumentDraft, row),
                touched(cases=[row.case_id], documents=[document_id]),
            )

    def refill(self, document_id: str) -> Saved[DocumentDraft]:
        """Fill the draft's empty fields from the case as it is now; filled ones stay."""
        with self._db.transaction() as s:
            row = get_row(s, InterventionRow, "document", document_id)
            snapshot = document_snapshot(s, row.case_id)
            row.fields = prefill(spec_for(row.doc_type), snapshot, row.language, row.fields)
            row.updated_at = utc_now()
            return Saved(
                from_row(DocumentDraft, row),
                touched(cases=[row.case_id], documents=[document_id]),
            )

    def prepare(self, document_id: str, today: dt.date | None = None) -> DocumentContent:
        """What the document would print now: the draft's values and the case's current data."""
        with self._db.reading() as s:
            row = get_row(s, InterventionRow, "document", document_id)
            case = get_row(s, CaseRow, "case", row.case_id)
            meta = Meta(row.id, case.version, case.folio, today or dt.date.today())
            return build_content(
                spec_for(row.doc_type),
                document_snapshot(s, row.case_id),
                row.fields,
                row.language,
                meta,
            )

    def validate(self, document_id: str) -> list[Missing]:
        """The required fields still empty, each with its label and the article requiring it."""
        return self.prepare(document_id).missing()

    def record_render(self, content: DocumentContent, pdf: bytes) -> Saved[RenderedDocument]:
        """Write the audit entry of one rendering: PDF hash, content hash, data version."""
        digest = hashlib.sha256(pdf).hexdigest()
        meta = content.meta
        with self._db.transaction() as s:
            row = get_row(s, InterventionRow, "document", meta.record_id)
            append_audit(
                s,
                "document",
                row.id,
                "rendered",
                f"type={row.doc_type} lang={row.language} version={meta.version} "
                f"sha256={digest} content_sha256={content.sha256}",
            )
            rendered = RenderedDocument(row.id, pdf, digest, content.sha256, meta.version)
            return Saved(rendered, touched(documents=[row.id]))

    def render(self, document_id: str, today: dt.date | None = None) -> Saved[RenderedDocument]:
        """Prepare, check every required field, render into memory and record the rendering.

        A missing required field raises DocumentIncomplete naming it; nothing is recorded.
        """
        content = self.prepare(document_id, today)
        content.require_complete()
        return self.record_render(content, render_pdf(content))

    def record_export(self, document_id: str, pdf_sha256: str) -> Saved[None]:
        """Note in the audit log that a rendered document left the vault as a file."""
        with self._db.transaction() as s:
            row = get_row(s, InterventionRow, "document", document_id)
            append_audit(s, "document", row.id, "exported", f"sha256={pdf_sha256}")
            return Saved(None, touched(documents=[row.id]))

    def latest(self, case_id: str, doc_type: str, language: str) -> DocumentDraft | None:
        """The case's most recently changed draft of that type and language, if any."""
        with self._db.reading() as s:
            get_row(s, CaseRow, "case", case_id)
            row = s.scalars(
                select(InterventionRow)
                .where(
                    InterventionRow.case_id == case_id,
                    InterventionRow.doc_type == doc_type,
                    InterventionRow.language == language,
                )
                .order_by(InterventionRow.updated_at.desc())
                .limit(1)
            ).first()
            return from_row(DocumentDraft, row) if row else None
