"""Export to HURIDOCS ESF (JSON or CSV, under an export profile), and import of internal exports.

An export is built in one transaction: the vault's records under ESF names (forms.esf), then
shaped for the recipient (forms.redaction), then handed to a sink; the audit entry (ids and
counts, never content) commits only if the sink succeeded. Evidence travels as metadata,
hashes and custody chain: never its key or its bytes. Import: storage.transfer_import.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session

from forms.errors import ValidationError
from forms.esf import FORMAT, VERSION, aggregates_to_csv, to_csv, to_esf
from forms.redaction import redact, require_profile
from forms.text import QT_TRANSLATE_NOOP
from storage.audit import append_audit
from storage.clock import utc_now
from storage.database import Database
from storage.orm import (
    ActRow,
    ArrestRow,
    Base,
    CasePersonRow,
    CaseRow,
    ConsentRow,
    CustodyRow,
    EvidenceRow,
    InterventionRow,
    InvolvementRow,
    NarrativeRow,
    PersonRow,
    RecordVersionRow,
    TestimonyRow,
)
from storage.records import Saved, touched
from storage.rows import get_row
from storage.transfer_import import ImportSummary, read_export, store

FORMATS = ("json", "csv")
Sink = Callable[[str], None]


@dataclass(frozen=True)
class ExportSummary:
    profile: str
    format: str
    cases: int
    persons: int


class TransferService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def export(
        self, profile: str, fmt: str, sink: Sink, case_ids: Sequence[str] | None = None
    ) -> ExportSummary:
        """Shape every case (or `case_ids`) for `profile`, as `fmt` text, and give it to `sink`."""
        require_profile(profile)
        require_format(fmt)
        with self._db.transaction() as s:
            document = gather(s, case_ids)
            shaped = redact(document, profile)
            sink(render(shaped, fmt))
            detail = f"profile={profile} format={fmt}"
            for event in document["events"]:
                append_audit(s, "case", event["event_record_number"], "exported", detail)
            cases, persons = len(document["events"]), len(shaped.get("persons", ()))
            append_audit(s, "vault", "export", "exported", f"{detail} cases={cases}")
            return ExportSummary(profile, fmt, cases, persons)

    def import_json(self, document: str) -> Saved[ImportSummary]:
        """Add the records of an internal JSON export; any problem imports nothing."""
        plan = read_export(document)
        with self._db.transaction() as s:
            store(s, plan)
            for case in plan.cases:
                append_audit(s, "case", case.values["id"], "imported")
            summary = plan.summary()
            detail = f"cases={summary.cases} persons={summary.persons}"
            append_audit(s, "vault", "import", "imported", detail)
        return Saved(
            summary,
            touched(
                cases=[c.values["id"] for c in plan.cases],
                persons=[p["id"] for p in plan.persons],
                evidence=[e["id"] for c in plan.cases for e, _ in c.evidence],
            ),
        )


def require_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{format}” is not an export format: use {formats}."),
            field_name="format",
            format=fmt,
            formats=", ".join(FORMATS),
        )


def internal_document(
    events: list[dict[str, Any]], persons: list[dict[str, Any]]
) -> dict[str, Any]:
    """The internal export around its events and persons (already under ESF names)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "profile": "internal",
        "exported_at": utc_now(),
        "events": events,
        "persons": persons,
    }


def render(document: Mapping[str, Any], fmt: str) -> str:
    if fmt == "csv":
        if "aggregates" in document:
            return aggregates_to_csv(document["aggregates"])
        return to_csv(document)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _values(row: Base) -> dict[str, Any]:
    return {attr.key: getattr(row, attr.key) for attr in inspect(type(row)).column_attrs}


def _esf_rows(entity: str, rows: Iterable[Base]) -> list[dict[str, Any]]:
    return [to_esf(entity, _values(r)) for r in rows]


def _act(s: Session, act: ActRow) -> dict[str, Any]:
    record = to_esf("act", _values(act))
    arrest = s.get(ArrestRow, act.id)
    record["arrest"] = to_esf("arrest", _values(arrest)) if arrest else None
    record["involvements"] = _esf_rows(
        "involvement",
        s.scalars(
            select(InvolvementRow)
            .where(InvolvementRow.act_id == act.id)
            .order_by(text("involvements.rowid"))
        ),
    )
    return record


def _testimony(s: Session, testimony: TestimonyRow) -> dict[str, Any]:
    narrative = s.get(NarrativeRow, testimony.id)
    record = to_esf(
        "testimony", {**_values(testimony), "narrative": narrative.text if narrative else ""}
    )
    record["x_consent_history"] = _esf_rows(
        "consent",
        s.scalars(
            select(ConsentRow)
            .where(ConsentRow.testimony_id == testimony.id)
            .order_by(ConsentRow.version)
        ),
    )
    return record


def _evidence(s: Session, item: EvidenceRow) -> dict[str, Any]:
    record = to_esf("evidence", _values(item))  # no file key, no media name: not columns
    record["x_custody"] = _esf_rows(
        "custody",
        s.scalars(
            select(CustodyRow).where(CustodyRow.evidence_id == item.id).order_by(CustodyRow.seq)
        ),
    )
    return record


def _event(s: Session, case: CaseRow) -> dict[str, Any]:
    record = to_esf("case", _values(case))
    record["x_linked_persons"] = _esf_rows(
        "link",
        s.scalars(
            select(CasePersonRow)
            .where(CasePersonRow.case_id == case.id)
            .order_by(CasePersonRow.person_id, CasePersonRow.role)
        ),
    )
    acts = s.scalars(select(ActRow).where(ActRow.case_id == case.id).order_by(text("acts.rowid")))
    record["acts"] = [_act(s, a) for a in acts]
    testimonies = s.scalars(
        select(TestimonyRow)
        .where(TestimonyRow.case_id == case.id)
        .order_by(TestimonyRow.created_at, TestimonyRow.id)
    )
    record["information"] = [_testimony(s, t) for t in testimonies]
    evidence = s.scalars(
        select(EvidenceRow)
        .where(EvidenceRow.case_id == case.id)
        .order_by(EvidenceRow.imported_at, EvidenceRow.id)
    )
    record["x_evidence"] = [_evidence(s, e) for e in evidence]
    record["interventions"] = _esf_rows(
        "intervention",
        s.scalars(
            select(InterventionRow)
            .where(InterventionRow.case_id == case.id)
            .order_by(InterventionRow.created_at, InterventionRow.id)
        ),
    )
    record["x_versions"] = _esf_rows(
        "version",
        s.scalars(
            select(RecordVersionRow)
            .where(RecordVersionRow.record_id == case.id)
            .order_by(RecordVersionRow.version)
        ),
    )
    return record


def _referenced(events: list[dict[str, Any]]) -> set[str]:
    ids: set[str] = set()
    for event in events:
        ids.update(link["person_record_number"] for link in event["x_linked_persons"])
        for act in event["acts"]:
            ids.add(act["victim"])
            ids.update(inv["perpetrator"] for inv in act["involvements"])
        ids.update(t["source"] for t in event["information"] if t["source"])
    return ids


def gather(session: Session, case_ids: Sequence[str] | None = None) -> dict[str, Any]:
    """The internal export: every case (or `case_ids`) with everything linked, and the persons.

    A full export carries every person, linked or not, so that nothing is lost; a partial
    one carries the persons its cases refer to.
    """
    cases = select(CaseRow).order_by(CaseRow.created_at, CaseRow.id)
    if case_ids is not None:
        for case_id in case_ids:
            get_row(session, CaseRow, "case", case_id)
        cases = cases.where(CaseRow.id.in_(case_ids))
    events = [_event(session, row) for row in session.scalars(cases)]
    persons = select(PersonRow).order_by(PersonRow.created_at, PersonRow.id)
    if case_ids is not None:
        persons = persons.where(PersonRow.id.in_(_referenced(events)))
    return internal_document(events, _esf_rows("person", session.scalars(persons)))
