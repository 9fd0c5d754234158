"""Interventions as document drafts (amparo, precautionary measures, complaint...).

Drafts belong to a case but are their own records: a defender may need an amparo after the
case was finalized, so drafting is not blocked by the case's state.
"""

from __future__ import annotations

from sqlalchemy import select

from forms.document_types import DOCUMENT_TYPES, LANGUAGES
from forms.errors import ValidationError
from forms.text import QT_TRANSLATE_NOOP
from storage.audit import append_audit
from storage.clock import utc_now
from storage.database import Database
from storage.orm import CaseRow, InterventionRow
from storage.records import DocumentDraft, Saved, from_row, touched
from storage.rows import get_row, new_id


class DocumentService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def create(
        self, case_id: str, doc_type: str, language: str, title: str = ""
    ) -> Saved[DocumentDraft]:
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
            row = InterventionRow(
                id=new_id(),
                case_id=case_id,
                doc_type=doc_type,
                language=language,
                title=title,
                fields={},
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
