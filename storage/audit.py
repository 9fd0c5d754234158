"""The audit log: who did what to which record and when, never the record's content."""

from __future__ import annotations

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from storage.clock import utc_now
from storage.orm import AuditRow
from storage.records import AuditEntry, from_row


def append_audit(
    session: Session, entity: str, record_id: str, action: str, detail: str = ""
) -> None:
    """Add one entry; `detail` carries ids, versions and hashes only."""
    session.add(
        AuditRow(at_utc=utc_now(), entity=entity, record_id=record_id, action=action, detail=detail)
    )


def append_audits(session: Session, entries: list[tuple[str, str, str, str]]) -> None:
    """Add many entries (entity, record id, action, detail) in one statement: a sync that
    delivers a thousand records writes a thousand entries."""
    if entries:
        now = utc_now()
        session.execute(
            insert(AuditRow),
            [
                {"at_utc": now, "entity": e, "record_id": r, "action": a, "detail": d}
                for e, r, a, d in entries
            ],
        )


def audit_entries(session: Session, record_ids: list[str]) -> list[AuditEntry]:
    rows = session.scalars(
        select(AuditRow).where(AuditRow.record_id.in_(record_ids)).order_by(AuditRow.seq)
    )
    return [from_row(AuditEntry, r) for r in rows]
