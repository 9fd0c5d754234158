"""What services return: frozen dataclasses (ORM rows never leave storage/) and Changes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Generic, TypeVar

from forms.consent import Consent

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """Which records a mutation touched, so views refresh from one signal."""

    cases: frozenset[str] = frozenset()
    persons: frozenset[str] = frozenset()
    evidence: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.cases | other.cases,
            self.persons | other.persons,
            self.evidence | other.evidence,
            self.documents | other.documents,
        )

    @property
    def empty(self) -> bool:
        return not (self.cases or self.persons or self.evidence or self.documents)


def touched(cases: Any = (), persons: Any = (), evidence: Any = (), documents: Any = ()) -> Changes:
    return Changes(frozenset(cases), frozenset(persons), frozenset(evidence), frozenset(documents))


@dataclass(frozen=True)
class Saved(Generic[T]):
    """The result of a mutation: the record as stored, and what changed."""

    value: T
    changes: Changes


@dataclass(frozen=True)
class CaseSummary:
    """One line of the case list: narrow on purpose (no descriptions)."""

    id: str
    folio: str
    title: str
    start_date: str | None
    start_date_type: str | None
    state_region: str
    municipality: str
    community: str
    state: str
    version: int
    updated_at: str


@dataclass(frozen=True)
class Case:
    id: str
    folio: str
    state: str
    version: int
    created_at: str
    updated_at: str
    finalized_at: str | None
    title: str
    description: str
    impact: str
    start_date: str | None
    start_date_type: str | None
    end_date: str | None
    end_date_type: str | None
    country: str
    state_region: str
    municipality: str
    community: str
    latitude: float | None
    longitude: float | None
    confidential: bool
    violation_status: str | None
    monitoring_status: str | None
    act_types: tuple[str, ...]
    rights_affected: tuple[str, ...]
    attack_types: tuple[str, ...]
    attack_level: str | None
    related_to_defence: str | None
    gender_component: bool | None
    digital_attack: bool | None
    remarks: str

    @property
    def is_final(self) -> bool:
        return self.state == "final"


@dataclass(frozen=True)
class Person:
    id: str
    created_at: str
    updated_at: str
    counting_unit: str
    name: str
    other_names: str
    pseudonym: str
    sex: str | None
    gender_identity: str
    sexual_orientation: str
    birth_date: str | None
    birth_date_type: str | None
    ethnicity: str
    language: str
    speaks_spanish: str | None
    needs_interpreter: bool | None
    occupation: str
    id_documents: str
    contact: str
    is_defender: bool
    organisation: str
    group_description: str
    group_size: int | None
    notes: str
    confidential: bool

    @property
    def display_name(self) -> str:
        return self.name or self.pseudonym or self.other_names


@dataclass(frozen=True)
class Participant:
    """A person in one case, with every role the links give them."""

    person: Person
    roles: tuple[str, ...]


@dataclass(frozen=True)
class Arrest:
    detained_at: str
    place: str
    authority_detained: str
    authority_ordered: str
    whereabouts_known: bool | None
    whereabouts: str | None
    incommunicado: bool | None
    legal_counsel: str | None
    type_of_detention: str | None
    conditions: str
    last_seen: str
    probable_places: tuple[str, ...]
    search_efforts: tuple[Mapping[str, str], ...]
    court_case_code: str
    language_used: str | None


@dataclass(frozen=True)
class Involvement:
    id: str
    act_id: str
    perpetrator_id: str
    degree: str
    perpetrator_types: tuple[str, ...]
    latest_status: str | None
    confidential: bool


@dataclass(frozen=True)
class Act:
    id: str
    case_id: str
    victim_id: str
    type_of_act: str
    start_date: str | None
    start_date_type: str | None
    end_date: str | None
    end_date_type: str | None
    exact_location: str
    location_at_end: str
    stated_reason: str
    methods: tuple[str, ...]
    physical_consequences: str
    psychological_consequences: str
    age_at_time: int | None
    status_at_end: str | None
    victim_characteristics: tuple[str, ...]
    type_of_location: str | None
    confidential: bool
    arrest: Arrest | None = None
    involvements: tuple[Involvement, ...] = ()


@dataclass(frozen=True)
class ConsentVersion:
    id: str
    testimony_id: str
    version: int
    created_at: str
    consent: Consent


@dataclass(frozen=True)
class Testimony:
    id: str
    case_id: str
    interviewee_id: str | None
    created_at: str
    updated_at: str
    source_connection: str | None
    material_type: str | None
    taken_on: str | None
    taken_on_type: str | None
    place_general: str
    modality: str | None
    language: str
    interpreter: str
    interviewers: str
    narrative: str
    summary: str
    read_back: bool | None
    signature_method: str | None
    reliability: str | None
    confidential: bool
    consent: ConsentVersion | None = None


@dataclass(frozen=True)
class Evidence:
    id: str
    case_id: str
    kind: str
    title: str
    description: str
    original_filename: str
    mime: str
    size_bytes: int
    sha256: str
    blob_id: str | None
    held: bool  # the bytes are in this vault (False after import of metadata only)
    declared_captured_at: str
    exif_captured_at: str
    camera: str
    gps_lat: float | None
    gps_lon: float | None
    imported_at: str
    metadata_snapshot: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CustodyEntry:
    seq: int
    evidence_id: str
    action: str
    at_utc: str
    body: Mapping[str, Any]
    prev_hash: str
    entry_hash: str


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at_utc: str
    entity: str
    record_id: str
    action: str
    detail: str


@dataclass(frozen=True)
class RecordVersion:
    record_id: str
    version: int
    sha256: str
    finalized_at: str


@dataclass(frozen=True)
class DocumentDraft:
    """An intervention being drafted as a legal document (DOMAIN.md §1.1.7, §2)."""

    id: str
    case_id: str
    doc_type: str
    language: str
    title: str
    state: str
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class SearchHit:
    case_id: str
    folio: str
    title: str
    matched: tuple[str, ...]  # which kinds of text matched: case, testimony, person


def from_row(cls: type[T], row: Any, **extra: Any) -> T:
    """Build dataclass `cls` from an ORM row's same-named attributes (lists become tuples)."""
    values: dict[str, Any] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        if f.name in extra:
            values[f.name] = extra[f.name]
        elif hasattr(row, f.name):
            value = getattr(row, f.name)
            values[f.name] = tuple(value) if isinstance(value, list) else value
    return cls(**values)
