"""The History tab's data: the audit trail of a case and the custody logs of its evidence."""

from __future__ import annotations

from sqlalchemy import select

from storage.audit import audit_entries
from storage.custody import custody_entries
from storage.database import Database
from storage.orm import ActRow, EvidenceRow, InterventionRow, TestimonyRow
from storage.records import AuditEntry, CustodyEntry


class HistoryService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def audit(self, case_id: str) -> list[AuditEntry]:
        """Entries about the case and about records that belong to it, oldest first."""
        with self._db.reading() as s:
            ids = [case_id]
            for table in (TestimonyRow, EvidenceRow, ActRow, InterventionRow):
                ids += s.scalars(select(table.id).where(table.case_id == case_id))
            return audit_entries(s, ids)

    def custody(self, case_id: str) -> dict[str, list[CustodyEntry]]:
        """Each evidence item's custody chain, by evidence id."""
        with self._db.reading() as s:
            ids = s.scalars(select(EvidenceRow.id).where(EvidenceRow.case_id == case_id))
            return {evidence_id: custody_entries(s, evidence_id) for evidence_id in ids}
