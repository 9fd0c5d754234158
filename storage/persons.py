"""Persons: one table for every role; a person's part in a case comes from links."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from forms.errors import ValidationError
from forms.fields import clean
from forms.text import QT_TRANSLATE_NOOP
from storage.audit import append_audit
from storage.clock import utc_now
from storage.database import Database
from storage.orm import CasePersonRow, PersonRow
from storage.records import Person, Saved, from_row, touched
from storage.rows import draft_case, get_row, new_id

ROLES = ("victim", "witness", "perpetrator", "source", "intervening_party", "relative", "other")


class PersonService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def create(
        self, case_id: str | None = None, role: str | None = None, **fields: Any
    ) -> Saved[Person]:
        """Add a person, optionally linked to a draft case in one role, in one transaction."""
        values = clean("person", fields, creating=True)
        if case_id and role not in ROLES:
            raise _unknown_role(role)
        now = utc_now()
        with self._db.transaction() as s:
            row = PersonRow(id=new_id(), created_at=now, updated_at=now, **values)
            s.add(row)
            if case_id:
                draft_case(s, case_id)
                s.add(CasePersonRow(case_id=case_id, person_id=row.id, role=role))
            s.flush()
            append_audit(s, "person", row.id, "created")
            return Saved(
                from_row(Person, row), touched(cases=[case_id] if case_id else [], persons=[row.id])
            )

    def update(self, person_id: str, **fields: Any) -> Saved[Person]:
        values = clean("person", fields, creating=False)
        with self._db.transaction() as s:
            row = get_row(s, PersonRow, "person", person_id)
            for name, value in values.items():
                setattr(row, name, value)
            row.updated_at = utc_now()
            cases = s.scalars(
                select(CasePersonRow.case_id).where(CasePersonRow.person_id == person_id)
            )
            return Saved(from_row(Person, row), touched(cases=set(cases), persons=[person_id]))

    def get(self, person_id: str) -> Person:
        with self._db.reading() as s:
            return from_row(Person, get_row(s, PersonRow, "person", person_id))

    def all(self) -> list[Person]:
        with self._db.reading() as s:
            return [
                from_row(Person, r) for r in s.scalars(select(PersonRow).order_by(PersonRow.name))
            ]

    def link(self, case_id: str, person_id: str, role: str) -> Saved[None]:
        """Give a person a role in a case (victim, witness, perpetrator, source...)."""
        if role not in ROLES:
            raise _unknown_role(role)
        with self._db.transaction() as s:
            draft_case(s, case_id)
            get_row(s, PersonRow, "person", person_id)
            if s.get(CasePersonRow, (case_id, person_id, role)) is None:
                s.add(CasePersonRow(case_id=case_id, person_id=person_id, role=role))
            return Saved(None, touched(cases=[case_id], persons=[person_id]))

    def unlink(self, case_id: str, person_id: str, role: str) -> Saved[None]:
        with self._db.transaction() as s:
            draft_case(s, case_id)
            link = s.get(CasePersonRow, (case_id, person_id, role))
            if link is not None:
                s.delete(link)
            return Saved(None, touched(cases=[case_id], persons=[person_id]))


def _unknown_role(role: str | None) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "“{role}” is not a role a person can have in a case."),
        field_name="role",
        role=role or "",
    )
