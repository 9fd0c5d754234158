"""Cases (ESF events): create, edit while draft, finalize into an immutable version, correct."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from forms.fields import clean
from storage.audit import append_audit
from storage.clock import utc_now
from storage.database import Database
from storage.errors import RecordIsFinal
from storage.orm import CaseRow, MetaRow, RecordVersionRow
from storage.records import (
    Case,
    CaseSummary,
    Participant,
    RecordVersion,
    Saved,
    from_row,
    touched,
)
from storage.rows import draft_case, get_row, new_id
from storage.snapshot import (
    canonical_json,
    case_snapshot,
    load_case,
    load_participants,
    sha256_text,
)

# Called inside the finalizing transaction with (session, case id, version, snapshot JSON);
# sync registers one to write the sealed envelope and its outbox row atomically with the state.
FinalizeHook = Callable[[Session, str, int, str], None]


class CaseService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self.finalize_hooks: list[FinalizeHook] = []

    def create(self, **fields: Any) -> Saved[Case]:
        values = clean("case", fields, creating=True)
        now = utc_now()
        with self._db.transaction() as s:
            row = CaseRow(
                id=new_id(), folio=_next_folio(s), created_at=now, updated_at=now, **values
            )
            s.add(row)
            s.flush()
            append_audit(s, "case", row.id, "created")
            return Saved(from_row(Case, row), touched(cases=[row.id]))

    def update(self, case_id: str, **fields: Any) -> Saved[Case]:
        """Change draft fields; a final case raises RecordIsFinal and nothing changes."""
        values = clean("case", fields, creating=False)
        with self._db.transaction() as s:
            row = draft_case(s, case_id)
            for name, value in values.items():
                setattr(row, name, value)
            row.updated_at = utc_now()
            return Saved(from_row(Case, row), touched(cases=[case_id]))

    def get(self, case_id: str) -> Case:
        with self._db.reading() as s:
            return from_row(Case, get_row(s, CaseRow, "case", case_id))

    def summaries(
        self,
        state: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        ids: list[str] | None = None,
    ) -> list[CaseSummary]:
        """The case list, newest first; dates compare as 'YYYY[-MM[-DD]]' text."""
        query: Select[CaseRow] = select(CaseRow).order_by(CaseRow.updated_at.desc())
        if state:
            query = query.where(CaseRow.state == state)
        if date_from:
            query = query.where(CaseRow.start_date >= date_from)
        if date_to:
            query = query.where(CaseRow.start_date <= date_to + "\uffff")
        if ids is not None:
            query = query.where(CaseRow.id.in_(ids))
        with self._db.reading() as s:
            return [from_row(CaseSummary, r) for r in s.scalars(query)]

    def participants(self, case_id: str) -> list[Participant]:
        with self._db.reading() as s:
            get_row(s, CaseRow, "case", case_id)
            return load_participants(s, case_id)

    def finalize(self, case_id: str) -> Saved[Case]:
        """Freeze the case as its current version: snapshot, hash, state final, one transaction."""
        with self._db.transaction() as s:
            row = draft_case(s, case_id)
            clean("case", {"title": row.title}, creating=False)
            snapshot = case_snapshot(s, case_id)
            snapshot["case"].update(state="final")
            text = canonical_json(snapshot)
            digest = sha256_text(text)
            now = utc_now()
            s.add(
                RecordVersionRow(
                    record_id=case_id,
                    version=row.version,
                    snapshot=text,
                    sha256=digest,
                    finalized_at=now,
                )
            )
            row.state = "final"
            row.finalized_at = now
            row.updated_at = now
            for hook in self.finalize_hooks:
                hook(s, case_id, row.version, text)
            append_audit(s, "case", case_id, "finalized", f"version={row.version} sha256={digest}")
            return Saved(load_case(s, case_id), touched(cases=[case_id]))

    def start_correction(self, case_id: str) -> Saved[Case]:
        """Open a final case for correction as a new draft version; the old version stays."""
        with self._db.transaction() as s:
            row = get_row(s, CaseRow, "case", case_id)
            if row.state != "final":
                return Saved(from_row(Case, row), touched())
            row.state = "draft"
            row.version += 1
            row.finalized_at = None
            row.updated_at = utc_now()
            append_audit(s, "case", case_id, "correction_started", f"version={row.version}")
            return Saved(from_row(Case, row), touched(cases=[case_id]))

    def versions(self, case_id: str) -> list[RecordVersion]:
        with self._db.reading() as s:
            rows = s.scalars(
                select(RecordVersionRow)
                .where(RecordVersionRow.record_id == case_id)
                .order_by(RecordVersionRow.version)
            )
            return [from_row(RecordVersion, r) for r in rows]

    def version_snapshot(self, case_id: str, version: int) -> str:
        """The canonical JSON frozen at that version."""
        with self._db.reading() as s:
            row = get_row(s, RecordVersionRow, "case", (case_id, version))
            return row.snapshot

    def snapshot(self, case_id: str) -> dict[str, Any]:
        """The case as it is now, with everything linked to it."""
        with self._db.reading() as s:
            get_row(s, CaseRow, "case", case_id)
            return case_snapshot(s, case_id)

    def delete_draft(self, case_id: str) -> Saved[None]:
        """Remove a never-finalized draft and what belongs only to it (persons stay)."""
        with self._db.transaction() as s:
            row = draft_case(s, case_id)
            if row.version > 1 or row.finalized_at:
                raise RecordIsFinal()
            s.delete(row)
            append_audit(s, "case", case_id, "deleted")
            return Saved(None, touched(cases=[case_id]))


def _next_folio(session: Session) -> str:
    """A short human folio, '2026-0007': the Nth case this vault opened that year."""
    year = dt.datetime.now(dt.UTC).year
    key = f"folio-{year}"
    meta = session.get(MetaRow, key)
    number = int(meta.value) + 1 if meta else 1
    if meta:
        meta.value = str(number)
    else:
        session.add(MetaRow(key=key, value=str(number)))
    return f"{year}-{number:04d}"
