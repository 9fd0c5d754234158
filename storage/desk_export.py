"""ESF export of the desk's latest versions, built from the received snapshots.

The same document storage.transfer builds from the field vault's rows (`gather`), so the same
redaction profiles (forms.redaction) and renderers apply. A snapshot lacks what never travels
in an envelope: consent record ids, custody chains and document drafts; those export empty.
A snapshot gives each person every role they have (links, acts, testimonies); each becomes a
link, which shapes redaction exactly as the field vault's links plus acts would.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from forms.esf import to_esf
from forms.redaction import redact, require_profile
from storage.desk_index import matching_ids
from storage.desk_records import RegistryFilter
from storage.desk_tables import DeskEnvelopeRow, DeskRecordRow
from storage.transfer import internal_document, render, require_format

_CONSENT_META = ("version", "created_at")  # what case_snapshot adds to the consent's own body


def _consent_history(testimony: Mapping[str, Any]) -> list[dict[str, Any]]:
    consent = testimony["consent"]
    if consent is None:
        return []
    body = {k: v for k, v in consent.items() if k not in _CONSENT_META}
    # The snapshot carries the latest consent version only, without its record id.
    values = {"id": None, "version": consent["version"], "created_at": consent["created_at"]}
    return [to_esf("consent", {**values, "body": body})]


def _act(act: Mapping[str, Any]) -> dict[str, Any]:
    record = to_esf("act", act)
    record["arrest"] = to_esf("arrest", act["arrest"]) if act["arrest"] else None
    record["involvements"] = [to_esf("involvement", inv) for inv in act["involvements"]]
    return record


def _testimony(testimony: Mapping[str, Any]) -> dict[str, Any]:
    record = to_esf("testimony", testimony)
    record["x_consent_history"] = _consent_history(testimony)
    return record


def _evidence(item: Mapping[str, Any]) -> dict[str, Any]:
    record = to_esf("evidence", item)
    record["x_custody"] = []  # the field device's chain stays there; the desk holds the hashes
    return record


def event(snapshot: Mapping[str, Any], versions: list[dict[str, Any]]) -> dict[str, Any]:
    """One received record as an ESF event, with every version the desk holds of it."""
    record = to_esf("case", snapshot["case"])
    record["x_linked_persons"] = [
        to_esf("link", {"person_id": p["id"], "role": role})
        for p in sorted(snapshot["participants"], key=lambda p: p["id"])
        for role in sorted(p["roles"])
    ]
    record["acts"] = [_act(a) for a in snapshot["acts"]]
    record["information"] = [
        _testimony(t)
        for t in sorted(snapshot["testimonies"], key=lambda t: (t["created_at"], t["id"]))
    ]
    record["x_evidence"] = [
        _evidence(e)
        for e in sorted(snapshot["evidence"], key=lambda e: (e["imported_at"], e["id"]))
    ]
    record["interventions"] = []
    record["x_versions"] = versions
    return record


def _version(row: DeskEnvelopeRow) -> dict[str, Any]:
    # The finalization time is not in the snapshot; its last edit is the nearest it carries.
    finalized = json.loads(row.snapshot)["case"]["updated_at"]
    values = {
        "version": row.record_version,
        "snapshot": row.snapshot,
        "sha256": row.snapshot_sha256,
        "finalized_at": finalized,
    }
    return to_esf("version", values)


def export_document(
    s: Session, filters: RegistryFilter, profile: str, fmt: str
) -> tuple[str, list[str]]:
    """The matching records rendered as `fmt` under `profile`, and the record ids it holds."""
    require_profile(profile)
    require_format(fmt)
    latest = list(
        s.execute(
            select(DeskRecordRow.record_id, DeskRecordRow.envelope_id)
            .where(DeskRecordRow.record_id.in_(matching_ids(filters)))
            .order_by(DeskRecordRow.created_at, DeskRecordRow.record_id)
        ).all()
    )
    versions: dict[str, list[DeskEnvelopeRow]] = {}
    for row in s.scalars(
        select(DeskEnvelopeRow)
        .where(DeskEnvelopeRow.record_id.in_([r for r, _ in latest]))
        .order_by(DeskEnvelopeRow.record_version, DeskEnvelopeRow.imported_at)
    ):
        versions.setdefault(row.record_id, []).append(row)
    events = []
    persons: dict[str, Mapping[str, Any]] = {}
    for record_id, envelope_id in latest:
        held = versions[record_id]
        snapshot = json.loads(next(r.snapshot for r in held if r.envelope_id == envelope_id))
        events.append(event(snapshot, [_version(r) for r in held]))
        for p in snapshot["participants"]:  # a person in several records: their newest data
            if p["id"] not in persons or p["updated_at"] > persons[p["id"]]["updated_at"]:
                persons[p["id"]] = p
    ordered = sorted(persons.values(), key=lambda p: (p["created_at"], p["id"]))
    document = internal_document(events, [to_esf("person", p) for p in ordered])
    return render(redact(document, profile), fmt), [r for r, _ in latest]
