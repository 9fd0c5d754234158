"""A case with everything linked to it, as one canonical JSON document.

Finalizing stores it (immutable, hashed); sync seals it; export renames its fields to ESF.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from forms.consent import Consent
from storage.orm import (
    ActRow,
    ArrestRow,
    CasePersonRow,
    CaseRow,
    ConsentRow,
    EvidenceRow,
    InvolvementRow,
    NarrativeRow,
    PersonRow,
    TestimonyRow,
)
from storage.records import (
    Act,
    Arrest,
    Case,
    ConsentVersion,
    Evidence,
    Involvement,
    Participant,
    Person,
    Testimony,
    from_row,
)


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_case(session: Session, case_id: str) -> Case:
    row = session.get(CaseRow, case_id)
    assert row is not None
    return from_row(Case, row)


def load_participants(session: Session, case_id: str) -> list[Participant]:
    """Each person of the case with every role the links give them."""
    roles: dict[str, set[str]] = {}
    for link in session.scalars(select(CasePersonRow).where(CasePersonRow.case_id == case_id)):
        roles.setdefault(link.person_id, set()).add(link.role)
    act_ids = []
    for act in session.scalars(select(ActRow).where(ActRow.case_id == case_id)):
        roles.setdefault(act.victim_id, set()).add("victim")
        act_ids.append(act.id)
    for inv in session.scalars(select(InvolvementRow).where(InvolvementRow.act_id.in_(act_ids))):
        roles.setdefault(inv.perpetrator_id, set()).add("perpetrator")
    for t in session.scalars(select(TestimonyRow).where(TestimonyRow.case_id == case_id)):
        if t.interviewee_id:
            roles.setdefault(t.interviewee_id, set()).add("source")
    people = session.scalars(select(PersonRow).where(PersonRow.id.in_(list(roles))))
    result = [Participant(from_row(Person, p), tuple(sorted(roles[p.id]))) for p in people]
    return sorted(result, key=lambda p: (p.person.created_at, p.person.id))


def load_acts(session: Session, case_id: str) -> list[Act]:
    acts = list(
        session.scalars(
            select(ActRow).where(ActRow.case_id == case_id).order_by(text("acts.rowid"))
        )
    )
    ids = [a.id for a in acts]
    arrests = {
        a.act_id: a for a in session.scalars(select(ArrestRow).where(ArrestRow.act_id.in_(ids)))
    }
    involvements: dict[str, list[Involvement]] = {}
    for inv in session.scalars(
        select(InvolvementRow)
        .where(InvolvementRow.act_id.in_(ids))
        .order_by(text("involvements.rowid"))
    ):
        involvements.setdefault(inv.act_id, []).append(from_row(Involvement, inv))
    return [
        from_row(
            Act,
            a,
            arrest=from_row(Arrest, arrests[a.id]) if a.id in arrests else None,
            involvements=tuple(involvements.get(a.id, ())),
        )
        for a in acts
    ]


def latest_consent(session: Session, testimony_id: str) -> ConsentVersion | None:
    row = session.scalars(
        select(ConsentRow)
        .where(ConsentRow.testimony_id == testimony_id)
        .order_by(ConsentRow.version.desc())
        .limit(1)
    ).first()
    return consent_version(row) if row else None


def consent_version(row: ConsentRow) -> ConsentVersion:
    return ConsentVersion(
        row.id, row.testimony_id, row.version, row.created_at, Consent.from_json(row.body)
    )


def load_testimonies(session: Session, case_id: str) -> list[Testimony]:
    rows = session.scalars(
        select(TestimonyRow)
        .where(TestimonyRow.case_id == case_id)
        .order_by(TestimonyRow.created_at)
    )
    result = []
    for t in rows:
        narrative = session.get(NarrativeRow, t.id)
        result.append(
            from_row(
                Testimony,
                t,
                narrative=narrative.text if narrative else "",
                consent=latest_consent(session, t.id),
            )
        )
    return result


def evidence_record(row: EvidenceRow) -> Evidence:
    return from_row(Evidence, row, held=row.media_name is not None)


def load_evidence(session: Session, case_id: str) -> list[Evidence]:
    rows = session.scalars(
        select(EvidenceRow).where(EvidenceRow.case_id == case_id).order_by(EvidenceRow.imported_at)
    )
    return [evidence_record(r) for r in rows]


def case_snapshot(session: Session, case_id: str) -> dict[str, Any]:
    """The whole case as plain JSON-able data (no keys, no media bytes)."""
    testimonies = []
    for t in load_testimonies(session, case_id):
        body = asdict(t)
        body["consent"] = (
            {
                "version": t.consent.version,
                "created_at": t.consent.created_at,
                **t.consent.consent.to_json(),
            }
            if t.consent
            else None
        )
        testimonies.append(body)
    snapshot: dict[str, Any] = _jsonable(
        {
            "case": asdict(load_case(session, case_id)),
            "participants": [
                {**asdict(p.person), "roles": list(p.roles)}
                for p in load_participants(session, case_id)
            ],
            "acts": [asdict(a) for a in load_acts(session, case_id)],
            "testimonies": testimonies,
            "evidence": [asdict(e) for e in load_evidence(session, case_id)],
        }
    )
    return snapshot


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value
