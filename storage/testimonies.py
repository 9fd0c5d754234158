"""Testimonies (ESF information records) with their narrative and versioned consent."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from forms.consent import Consent
from forms.fields import clean
from storage.audit import append_audit
from storage.clock import utc_now
from storage.database import Database
from storage.orm import ConsentRow, NarrativeRow, PersonRow, TestimonyRow
from storage.records import ConsentVersion, Saved, Testimony, touched
from storage.rows import draft_case, get_row, new_id
from storage.snapshot import consent_version, latest_consent, load_testimonies


class TestimonyService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self, case_id: str, interviewee_id: str | None = None, **fields: Any
    ) -> Saved[Testimony]:
        values = clean("testimony", fields, creating=True)
        narrative = values.pop("narrative", "")
        now = utc_now()
        with self._db.transaction() as s:
            draft_case(s, case_id)
            if interviewee_id:
                get_row(s, PersonRow, "person", interviewee_id)
            row = TestimonyRow(
                id=new_id(),
                case_id=case_id,
                interviewee_id=interviewee_id,
                created_at=now,
                updated_at=now,
                **values,
            )
            s.add(row)
            s.flush()
            s.add(NarrativeRow(testimony_id=row.id, case_id=case_id, text=narrative))
            append_audit(s, "testimony", row.id, "created")
            return Saved(self._one(s, row), touched(cases=[case_id]))

    def update(
        self, testimony_id: str, interviewee_id: str | None = None, **fields: Any
    ) -> Saved[Testimony]:
        values = clean("testimony", fields, creating=False)
        with self._db.transaction() as s:
            row = get_row(s, TestimonyRow, "testimony", testimony_id)
            draft_case(s, row.case_id)
            if interviewee_id is not None:
                get_row(s, PersonRow, "person", interviewee_id)
                row.interviewee_id = interviewee_id
            if "narrative" in values:
                narrative = s.get(NarrativeRow, testimony_id)
                assert narrative is not None
                narrative.text = values.pop("narrative")
            for name, value in values.items():
                setattr(row, name, value)
            row.updated_at = utc_now()
            return Saved(self._one(s, row), touched(cases=[row.case_id]))

    def get(self, testimony_id: str) -> Testimony:
        with self._db.reading() as s:
            return self._one(s, get_row(s, TestimonyRow, "testimony", testimony_id))

    def for_case(self, case_id: str) -> list[Testimony]:
        with self._db.reading() as s:
            return load_testimonies(s, case_id)

    def record_consent(self, testimony_id: str, consent: Consent) -> Saved[ConsentVersion]:
        """Store consent as a new version (never overwriting); unchanged consent adds nothing.

        Consent is its own record: it can be given, changed or withdrawn even after the
        case is final, because a person's withdrawal must always be recordable.
        """
        body = Consent.from_json(consent.to_json()).to_json()
        with self._db.transaction() as s:
            row = get_row(s, TestimonyRow, "testimony", testimony_id)
            current = latest_consent(s, testimony_id)
            if current is not None and current.consent.to_json() == body:
                return Saved(current, touched())
            version = (
                s.scalar(
                    select(func.max(ConsentRow.version)).where(
                        ConsentRow.testimony_id == testimony_id
                    )
                )
                or 0
            ) + 1
            new = ConsentRow(
                id=new_id(),
                testimony_id=testimony_id,
                version=version,
                body=body,
                created_at=utc_now(),
            )
            s.add(new)
            s.flush()
            action = "consent_withdrawn" if consent.withdrawn_on else "consent_recorded"
            append_audit(s, "testimony", testimony_id, action, f"version={version}")
            return Saved(consent_version(new), touched(cases=[row.case_id]))

    def consent_history(self, testimony_id: str) -> list[ConsentVersion]:
        with self._db.reading() as s:
            rows = s.scalars(
                select(ConsentRow)
                .where(ConsentRow.testimony_id == testimony_id)
                .order_by(ConsentRow.version)
            )
            return [consent_version(r) for r in rows]

    @staticmethod
    def _one(session: Session, row: TestimonyRow) -> Testimony:
        session.flush()
        return next(t for t in load_testimonies(session, row.case_id) if t.id == row.id)
