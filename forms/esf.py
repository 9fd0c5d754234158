"""Export names (HURIDOCS ESF) of every stored value, and reading an export back.

Each record kind lists its columns: the registry's editable fields (forms.fields) plus the
system values a lossless export also needs (record numbers, folio, state, timestamps, hashes),
each with its ESF name and sensitivity class. Export, redaction and import share this table.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from forms.errors import UserFacingError, ValidationError
from forms.fields import ENTITIES, Field, Kind, clean
from forms.text import QT_TRANSLATE_NOOP, Translate, untranslated

FORMAT = "defender-esf-export"
VERSION = 1

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
SHA256 = r"[0-9a-f]{64}"


@dataclass(frozen=True)
class Column:
    """One stored value of a record kind, under its export name."""

    name: str  # attribute name in storage
    esf: str
    kind: Kind | None  # None: a JSON object
    sensitivity: str = ""
    field: Field | None = None  # the registry field; import validates it with forms.fields.clean
    nullable: bool = False
    pattern: str = ""
    choices: tuple[str, ...] = ()


def _col(name: str, esf: str, kind: Kind | None = Kind.TEXT, **kw: Any) -> Column:
    return Column(name, esf, kind, **kw)


def _stamps(*names: str) -> tuple[Column, ...]:
    return tuple(_col(n, f"x_{n}", Kind.DATETIME) for n in names)


_RECORD_STATES = ("draft", "final")
_EVIDENCE_KINDS = ("photo", "video", "audio", "document", "other")

# Values that are not edited in a form but must travel for an export to lose nothing.
# Foreign keys implied by nesting (an act's event, an involvement's act) are not columns.
SYSTEM: dict[str, tuple[Column, ...]] = {
    "case": (
        _col("id", "event_record_number", pattern=UUID),
        _col("folio", "x_folio", pattern=r"\d{4}-\d{4,}"),
        _col("state", "x_record_state", Kind.CHOICE, choices=_RECORD_STATES),
        _col("version", "x_version", Kind.INT),
        *_stamps("created_at", "updated_at"),
        _col("finalized_at", "x_finalized_at", Kind.DATETIME, nullable=True),
    ),
    "person": (
        _col("id", "person_record_number", pattern=UUID),
        *_stamps("created_at", "updated_at"),
    ),
    "link": (
        _col("person_id", "person_record_number", pattern=UUID),
        _col("role", "x_role"),  # storage checks it against its roles
    ),
    "act": (
        _col("id", "act_record_number", pattern=UUID),
        _col("victim_id", "victim", pattern=UUID),
    ),
    "arrest": (),
    "involvement": (
        _col("id", "involvement_record_number", pattern=UUID),
        _col("perpetrator_id", "perpetrator", pattern=UUID),
    ),
    "testimony": (
        _col("id", "information_record_number", pattern=UUID),
        _col("interviewee_id", "source", pattern=UUID, nullable=True),
        *_stamps("created_at", "updated_at"),
    ),
    "consent": (
        _col("id", "x_consent_record_number", pattern=UUID),
        _col("version", "x_version", Kind.INT),
        _col("created_at", "x_created_at", Kind.DATETIME),
        _col("body", "x_consent", None, sensitivity="A"),
    ),
    "evidence": (
        _col("id", "x_evidence_record_number", pattern=UUID),
        _col("kind", "x_kind", Kind.CHOICE, choices=_EVIDENCE_KINDS),
        _col("original_filename", "x_original_filename", sensitivity="D"),
        _col("mime", "x_mime"),
        _col("size_bytes", "x_size_bytes", Kind.INT),
        _col("sha256", "x_sha256", pattern=SHA256),
        _col("blob_id", "x_blob_id", pattern=SHA256, nullable=True),
        _col("exif_captured_at", "x_exif_capture_time", Kind.DATETIME, sensitivity="D"),
        _col("camera", "x_camera", sensitivity="D"),
        _col("gps_lat", "x_gps_latitude", Kind.FLOAT, sensitivity="D", nullable=True),
        _col("gps_lon", "x_gps_longitude", Kind.FLOAT, sensitivity="D", nullable=True),
        _col("metadata_snapshot", "x_embedded_metadata", None, sensitivity="D"),
        _col("imported_at", "x_imported_at", Kind.DATETIME),
    ),
    "custody": (
        _col("action", "x_action"),
        _col("at_utc", "x_at_utc", Kind.DATETIME),
        _col("body", "x_details", None),
        _col("prev_hash", "x_previous_hash", pattern=SHA256),
        _col("entry_hash", "x_entry_hash", pattern=SHA256),
    ),
    "version": (
        _col("version", "x_version", Kind.INT),
        _col("snapshot", "x_snapshot", Kind.LONG_TEXT, sensitivity="A"),
        _col("sha256", "x_sha256", pattern=SHA256),
        _col("finalized_at", "x_finalized_at", Kind.DATETIME),
    ),
    "intervention": (
        _col("id", "intervention_record_number", pattern=UUID),
        _col("doc_type", "x_document_type"),
        _col("language", "x_language"),
        _col("title", "x_title", sensitivity="A"),
        _col("fields", "x_fields", None, sensitivity="A"),
        _col("state", "x_record_state", Kind.CHOICE, choices=_RECORD_STATES),
        *_stamps("created_at", "updated_at"),
    ),
}

# Records nested in a record: key -> record kind. "arrest" is one object or null, others lists.
CHILDREN: dict[str, dict[str, str]] = {
    "case": {
        "x_linked_persons": "link",
        "acts": "act",
        "information": "testimony",
        "x_evidence": "evidence",
        "interventions": "intervention",
        "x_versions": "version",
    },
    "act": {"arrest": "arrest", "involvements": "involvement"},
    "testimony": {"x_consent_history": "consent"},
    "evidence": {"x_custody": "custody"},
}
SINGLE_CHILDREN = frozenset({"arrest"})


def columns(entity: str) -> tuple[Column, ...]:
    """System columns first (record numbers), then the registry's fields in form order."""
    registry = tuple(
        Column(f.name, f.esf, f.kind, f.sensitivity, f, choices=f.choices)
        for f in ENTITIES.get(entity, ())
    )
    return SYSTEM[entity] + registry


def _unique_names() -> None:
    for entity in SYSTEM:
        names = [c.esf for c in columns(entity)] + list(CHILDREN.get(entity, {}))
        assert len(names) == len(set(names)), f"duplicate export name in {entity}"


_unique_names()


def jsonable(value: Any) -> Any:
    """Tuples as lists and mappings as dicts, recursively, so json.dumps takes the value."""
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def to_esf(entity: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Storage values of one record under their export names, in the table's order."""
    return {c.esf: jsonable(values[c.name]) for c in columns(entity)}


# ---------------------------------------------------------------------------------- import


class InvalidImport(ValidationError):
    """What is wrong in an import file, and where; nothing was imported."""

    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors", "The import file is not valid at {where}: {problem} Nothing was imported."
    )

    def __init__(self, where: str, problem: UserFacingError) -> None:
        self.where = where
        self.problem = problem
        super().__init__(field_name="import")

    def text(self, translate: Translate = untranslated) -> str:
        return translate(self.CONTEXT, self.message).format(
            where=self.where, problem=self.problem.text(translate)
        )


def invalid(where: str, message: str, **args: Any) -> InvalidImport:
    return InvalidImport(where, ValidationError(message, **args))


def require_object(data: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise invalid(where, QT_TRANSLATE_NOOP("Errors", "a JSON object was expected."))
    return data


def require_list(data: Any, where: str) -> list[Any]:
    if not isinstance(data, list):
        raise invalid(where, QT_TRANSLATE_NOOP("Errors", "a JSON list was expected."))
    return data


def _wrong(where: str, key: str) -> InvalidImport:
    return invalid(
        where, QT_TRANSLATE_NOOP("Errors", "“{key}” has the wrong type or form."), key=key
    )


def _check(column: Column, value: Any, where: str) -> Any:
    """A system value as storage keeps it, or an error naming the key."""
    if value is None:
        if column.nullable:
            return None
        raise _wrong(where, column.esf)
    kind = column.kind
    if kind is None:
        ok = isinstance(value, Mapping)
    elif kind is Kind.INT:
        ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
    elif kind is Kind.FLOAT:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        value = float(value) if ok else value
    else:
        ok = isinstance(value, str)
        if ok and column.pattern:
            ok = re.fullmatch(column.pattern, value) is not None
        if ok and column.choices:
            ok = value in column.choices
    if not ok:
        raise _wrong(where, column.esf)
    return value


def from_esf(entity: str, data: Any, where: str) -> dict[str, Any]:
    """Storage values of one exported record, validated; nested records are left to the caller.

    Every key must be present and known: an export of this version writes them all, so a
    missing or extra key means the file is not what it claims to be.
    """
    record = require_object(data, where)
    cols = columns(entity)
    allowed = {c.esf for c in cols} | set(CHILDREN.get(entity, {}))
    unknown = sorted(set(record) - allowed)
    if unknown:
        raise invalid(
            where, QT_TRANSLATE_NOOP("Errors", "“{key}” is not expected here."), key=unknown[0]
        )
    for key in [c.esf for c in cols] + list(CHILDREN.get(entity, {})):
        if key not in record:
            raise invalid(where, QT_TRANSLATE_NOOP("Errors", "“{key}” is missing."), key=key)
    values: dict[str, Any] = {}
    registry: dict[str, Any] = {}
    for c in cols:
        if c.field is not None:
            registry[c.name] = record[c.esf]
        else:
            values[c.name] = _check(c, record[c.esf], where)
    if entity in ENTITIES:
        try:
            values.update(clean(entity, registry, creating=True))
        except ValidationError as exc:
            raise InvalidImport(where, exc) from None
    return values


# ---------------------------------------------------------------------------------- CSV

# One row per act-involvement: who (perpetrator) did what (act) to whom (victim), in which event.
CSV_GROUPS: tuple[tuple[str, str], ...] = (
    ("event", "case"),
    ("act", "act"),
    ("arrest", "arrest"),
    ("victim", "person"),
    ("involvement", "involvement"),
    ("perpetrator", "person"),
)
_FORMULA_START = ("=", "+", "@", "\t", "\r")


def csv_header() -> list[str]:
    return [f"{prefix}.{c.esf}" for prefix, entity in CSV_GROUPS for c in columns(entity)]


def _cell(value: Any) -> str:
    if value is None or value == []:
        return ""
    if isinstance(value, str):
        # A spreadsheet would run "=HYPERLINK(...)" typed into a testimony; quote it as text.
        risky = value.startswith(_FORMULA_START) or re.match(r"-[^\d.]", value) is not None
        return "'" + value if risky else value
    return json.dumps(value, ensure_ascii=False)


def _involvement_rows(
    event: Mapping[str, Any], persons: Mapping[str, Mapping[str, Any]]
) -> Iterator[dict[str, Any]]:
    acts = event.get("acts") or [None]
    for act in acts:
        involvements = (act or {}).get("involvements") or [None]
        for inv in involvements:
            yield {
                "event": event,
                "act": act,
                "arrest": (act or {}).get("arrest"),
                "victim": persons.get((act or {}).get("victim") or ""),
                "involvement": inv,
                "perpetrator": persons.get((inv or {}).get("perpetrator") or ""),
            }


def to_csv(document: Mapping[str, Any]) -> str:
    """The events of an export as one CSV table; values withheld by redaction are blank."""
    persons = {p["person_record_number"]: p for p in document.get("persons", [])}
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(csv_header())
    for event in document.get("events", []):
        for parts in _involvement_rows(event, persons):
            writer.writerow(
                [
                    _cell((parts[prefix] or {}).get(c.esf))
                    for prefix, entity in CSV_GROUPS
                    for c in columns(entity)
                ]
            )
    return out.getvalue()


def aggregates_to_csv(aggregates: Mapping[str, list[Mapping[str, Any]]]) -> str:
    """The public profile's counts: one row per table and category."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["x_table", "x_category", "x_label_en", "x_label_es", "x_acts"])
    for table, rows in aggregates.items():
        for row in rows:
            writer.writerow(
                [
                    table,
                    _cell(row[table]),
                    _cell(row.get("x_label_en")),
                    _cell(row.get("x_label_es")),
                    row["x_acts"],
                ]
            )
    return out.getvalue()
