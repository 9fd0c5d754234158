"""Helpers that take a session and never commit: lookups and guards shared by services."""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from forms.errors import Label
from forms.text import QT_TRANSLATE_NOOP
from storage.errors import NotFound, RecordIsFinal
from storage.orm import Base, CaseRow

R = TypeVar("R", bound=Base)

# Names of record kinds as errors show them.
KIND_LABELS = {
    "case": QT_TRANSLATE_NOOP("Errors", "case"),
    "person": QT_TRANSLATE_NOOP("Errors", "person"),
    "act": QT_TRANSLATE_NOOP("Errors", "act"),
    "involvement": QT_TRANSLATE_NOOP("Errors", "involvement"),
    "testimony": QT_TRANSLATE_NOOP("Errors", "testimony"),
    "evidence": QT_TRANSLATE_NOOP("Errors", "evidence item"),
    "document": QT_TRANSLATE_NOOP("Errors", "document"),
}


def new_id() -> str:
    return str(uuid.uuid4())


def get_row(session: Session, row_type: type[R], kind: str, key: Any) -> R:
    row = session.get(row_type, key)
    if row is None:
        raise NotFound(kind=Label("Errors", KIND_LABELS[kind]), record_id=str(key))
    return row


def draft_case(session: Session, case_id: str) -> CaseRow:
    """The case, if it may still change; final cases change only through a correction."""
    case = get_row(session, CaseRow, "case", case_id)
    if case.state == "final":
        raise RecordIsFinal()
    return case


def apply(row: Base, values: dict[str, Any]) -> bool:
    """Set attributes that differ; True when anything changed."""
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    return changed
