"""The desk's index of each record's latest version: list columns, filter terms, search text.

Helpers take a session and never commit. Filters run in SQL over narrow tables and the FTS5
index (ARCHITECTURE.md §4 cost model), never over the stored snapshots.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Integer, Select, and_, column, delete, exists, or_, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from storage.desk_records import RegistryFilter
from storage.desk_tables import (
    DeskDeviceRow,
    DeskEnvelopeRow,
    DeskRecordActRow,
    DeskRecordPerpetratorRow,
    DeskRecordRow,
    DeskRecordTypeRow,
)
from storage.search import fts_query

_SEARCH_INSERT = text("INSERT INTO desk_search (rowid, body) VALUES (:id, :body)")
_SEARCH_DELETE = text("DELETE FROM desk_search WHERE rowid = :id")
_SEARCH_MATCH = "SELECT rowid FROM desk_search WHERE desk_search MATCH :query"
_DATE_END = "~"  # sorts after every digit and '-': "2026-03~" is the last moment of March


def act_types(snapshot: Mapping[str, Any]) -> set[str]:
    """The acts' MT04 types with the case's own act and attack types: what the filter finds."""
    case = snapshot["case"]
    codes = {a["type_of_act"] for a in snapshot["acts"]}
    codes.update(case.get("act_types") or ())
    codes.update(case.get("attack_types") or ())
    return {c for c in codes if c}


def search_text(snapshot: Mapping[str, Any]) -> str:
    """What the search finds a record by: its case text, testimonies' words and people's names."""
    case = snapshot["case"]
    parts = [case[k] for k in ("folio", "title", "description", "community", "municipality")]
    parts.append(case["state_region"])
    parts += [t["narrative"] for t in snapshot["testimonies"]]
    parts += [p[k] for p in snapshot["participants"] for k in ("name", "other_names", "pseudonym")]
    return " ".join(p for p in parts if p)


def index_record(
    s: Session,
    current: DeskRecordRow | None,
    envelope: DeskEnvelopeRow,
    snapshot: Mapping[str, Any],
    versions: int,
) -> None:
    """Make `envelope` the indexed latest version of its record, replacing `current`."""
    case = snapshot["case"]
    row = current or DeskRecordRow(record_id=envelope.record_id)
    if current is not None:
        for table in (DeskRecordTypeRow, DeskRecordActRow, DeskRecordPerpetratorRow):
            s.execute(delete(table).where(table.record_id == current.record_id))
        s.execute(_SEARCH_DELETE, {"id": current.id})
    row.envelope_id = envelope.envelope_id
    row.version = envelope.record_version
    row.versions = versions
    row.folio = case["folio"]
    row.title = case["title"]
    row.start_date = case["start_date"]
    row.state_region = (case["state_region"] or "").strip()
    row.municipality = (case["municipality"] or "").strip()
    row.device_id = envelope.device_id
    row.received_at = envelope.received_at
    row.created_at = case["created_at"]
    s.add(row)
    s.flush()  # the row's id is its search rowid
    rid = envelope.record_id
    s.add_all(DeskRecordTypeRow(record_id=rid, code=code) for code in sorted(act_types(snapshot)))
    for act in snapshot["acts"]:
        s.add(
            DeskRecordActRow(
                record_id=rid,
                act_id=act["id"],
                type_of_act=act["type_of_act"],
                start_date=act["start_date"] or case["start_date"],
            )
        )
        kinds = {k for inv in act["involvements"] for k in inv["perpetrator_types"] if k}
        s.add_all(
            DeskRecordPerpetratorRow(record_id=rid, act_id=act["id"], perpetrator_type=k)
            for k in sorted(kinds)
        )
    s.execute(_SEARCH_INSERT, {"id": row.id, "body": search_text(snapshot)})


def _in_range(date: Any, filters: RegistryFilter) -> ColumnElement[bool]:
    """A (possibly partial) ISO date overlapping [date_from, date_to], both inclusive."""
    conditions = [date.is_not(None)]
    if filters.date_from:
        conditions.append(date.op("||")(_DATE_END) >= filters.date_from)
    if filters.date_to:
        conditions.append(date <= filters.date_to + _DATE_END)
    return and_(*conditions)


def matching(filters: RegistryFilter) -> Select[DeskRecordRow]:
    """The latest versions that pass every filter given, newest start date first."""
    query = select(DeskRecordRow)
    words = fts_query(filters.text)
    if words is not None:
        hits = text(_SEARCH_MATCH).bindparams(query=words).columns(column("rowid", Integer))
        query = query.where(DeskRecordRow.id.in_(hits))
    for attr, value in (
        (DeskRecordRow.state_region, filters.state_region),
        (DeskRecordRow.municipality, filters.municipality),
        (DeskRecordRow.device_id, filters.device_id),
    ):
        if value.strip():
            query = query.where(attr == value.strip())
    same_record = DeskRecordTypeRow.record_id == DeskRecordRow.record_id
    if filters.act_type:
        query = query.where(exists().where(same_record, DeskRecordTypeRow.code == filters.act_type))
    if filters.perpetrator_type:
        query = query.where(
            exists().where(
                DeskRecordPerpetratorRow.record_id == DeskRecordRow.record_id,
                DeskRecordPerpetratorRow.perpetrator_type == filters.perpetrator_type,
            )
        )
    if filters.date_from or filters.date_to:
        act_in_range = exists().where(
            DeskRecordActRow.record_id == DeskRecordRow.record_id,
            _in_range(DeskRecordActRow.start_date, filters),
        )
        query = query.where(or_(_in_range(DeskRecordRow.start_date, filters), act_in_range))
    return query.order_by(
        DeskRecordRow.start_date.is_(None),
        DeskRecordRow.start_date.desc(),
        DeskRecordRow.folio.desc(),
        DeskRecordRow.record_id,
    )


def matching_ids(filters: RegistryFilter) -> Select[str]:
    return matching(filters).with_only_columns(DeskRecordRow.record_id).order_by(None)


def device_labels(s: Session) -> dict[str, str]:
    """Each listed device's label by its id (the relay's list, as last saved)."""
    return dict(s.execute(select(DeskDeviceRow.device_id, DeskDeviceRow.label)).all())
