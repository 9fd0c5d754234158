"""ORM tables. Private to storage/: services turn rows into frozen dataclasses (storage.records).

ESF numbers in comments name the HURIDOCS field each column carries (DOMAIN.md §1).
Long free text (narratives) lives in its own table so list and search scans stay narrow.
"""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


def _fk(target: str) -> Any:
    return ForeignKey(target, ondelete="CASCADE")


class MetaRow(Base):
    """Vault-wide settings that must stay inside the encryption (device id, folio counter)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CaseRow(Base):
    """ESF Event (01xx) with the WHRD-attack extension."""

    __tablename__ = "cases"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # 0101
    folio: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(Text)  # 0102
    description: Mapped[str] = mapped_column(Text, default="")  # 0115
    impact: Mapped[str] = mapped_column(Text, default="")  # 0116
    start_date: Mapped[str | None] = mapped_column(String(10), index=True)  # 0113
    start_date_type: Mapped[str | None] = mapped_column(String(20))  # 113_1
    end_date: Mapped[str | None] = mapped_column(String(10))  # 0114
    end_date_type: Mapped[str | None] = mapped_column(String(20))  # 114_1
    country: Mapped[str] = mapped_column(String(2), default="MX")  # 0111 (ISO 3166)
    state_region: Mapped[str] = mapped_column(Text, default="")  # INEGI entidad
    municipality: Mapped[str] = mapped_column(Text, default="")  # INEGI municipio
    community: Mapped[str] = mapped_column(Text, default="")  # comunidad / paraje / ejido
    latitude: Mapped[float | None] = mapped_column(Float)  # 0173, sensitive
    longitude: Mapped[float | None] = mapped_column(Float)
    confidential: Mapped[bool] = mapped_column(Boolean, default=True)  # 0108
    violation_status: Mapped[str | None] = mapped_column(String(16))  # 0151, MT41
    monitoring_status: Mapped[str | None] = mapped_column(String(16))  # 0172, MT43
    act_types: Mapped[list[Any]] = mapped_column(default=list)  # MT04 summary-level codes
    rights_affected: Mapped[list[Any]] = mapped_column(default=list)  # 0153, MT03
    attack_types: Mapped[list[Any]] = mapped_column(default=list)  # 0155, local IM-Defensoras list
    attack_level: Mapped[str | None] = mapped_column(String(16))  # personal/collective/organisation
    related_to_defence: Mapped[str | None] = mapped_column(String(8))  # yes / no / unknown
    gender_component: Mapped[bool | None] = mapped_column(Boolean)
    digital_attack: Mapped[bool | None] = mapped_column(Boolean)
    remarks: Mapped[str] = mapped_column(Text, default="")  # 0150
    state: Mapped[str] = mapped_column(String(8), default="draft", index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    finalized_at: Mapped[str | None] = mapped_column(String(32))


class PersonRow(Base):
    """ESF Person (09xx); one table for every role, the role comes from the links."""

    __tablename__ = "persons"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # 0901
    counting_unit: Mapped[str] = mapped_column(String(12), default="individual")  # 0902
    name: Mapped[str] = mapped_column(Text, default="")  # 0903
    other_names: Mapped[str] = mapped_column(Text, default="")  # 0904
    pseudonym: Mapped[str] = mapped_column(Text, default="")  # code such as V1, Q1
    sex: Mapped[str | None] = mapped_column(String(16))  # 0915, MT39
    gender_identity: Mapped[str] = mapped_column(Text, default="")
    sexual_orientation: Mapped[str] = mapped_column(Text, default="")
    birth_date: Mapped[str | None] = mapped_column(String(10))  # 0911
    birth_date_type: Mapped[str | None] = mapped_column(String(20))
    ethnicity: Mapped[str] = mapped_column(Text, default="")  # 0942 (pueblo)
    language: Mapped[str] = mapped_column(Text, default="")  # 0946 (lengua y variante)
    speaks_spanish: Mapped[str | None] = mapped_column(String(8))  # yes / partly / no
    needs_interpreter: Mapped[bool | None] = mapped_column(Boolean)
    occupation: Mapped[str] = mapped_column(Text, default="")  # 0923 (cargo comunitario)
    id_documents: Mapped[str] = mapped_column(Text, default="")  # 0917
    contact: Mapped[str] = mapped_column(Text, default="")  # 80xx, safe contact
    is_defender: Mapped[bool] = mapped_column(Boolean, default=False)
    organisation: Mapped[str] = mapped_column(Text, default="")  # 2323
    group_description: Mapped[str] = mapped_column(Text, default="")  # 0930
    group_size: Mapped[int | None] = mapped_column(Integer)  # 0931
    notes: Mapped[str] = mapped_column(Text, default="")
    confidential: Mapped[bool] = mapped_column(Boolean, default=True)  # 0908
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))


class CasePersonRow(Base):
    """A person's part in a case (victim, witness, perpetrator, source) before any act says so."""

    __tablename__ = "case_persons"
    case_id: Mapped[str] = mapped_column(_fk("cases.id"), primary_key=True)
    person_id: Mapped[str] = mapped_column(_fk("persons.id"), primary_key=True, index=True)
    role: Mapped[str] = mapped_column(String(20), primary_key=True)


class ActRow(Base):
    """ESF Act (21xx): one victim suffering one type of act."""

    __tablename__ = "acts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # 2101
    case_id: Mapped[str] = mapped_column(_fk("cases.id"), index=True)  # 2103
    victim_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)  # 2102
    type_of_act: Mapped[str] = mapped_column(String(16))  # 2109, MT04
    start_date: Mapped[str | None] = mapped_column(String(10))  # 2111
    start_date_type: Mapped[str | None] = mapped_column(String(20))
    end_date: Mapped[str | None] = mapped_column(String(10))  # 2121
    end_date_type: Mapped[str | None] = mapped_column(String(20))
    exact_location: Mapped[str] = mapped_column(Text, default="")  # 2112
    location_at_end: Mapped[str] = mapped_column(Text, default="")  # 2122
    stated_reason: Mapped[str] = mapped_column(Text, default="")  # 2113
    methods: Mapped[list[Any]] = mapped_column(default=list)  # 2114, MT05
    physical_consequences: Mapped[str] = mapped_column(Text, default="")  # 2116
    psychological_consequences: Mapped[str] = mapped_column(Text, default="")  # 2117
    age_at_time: Mapped[int | None] = mapped_column(Integer)  # 2118
    status_at_end: Mapped[str | None] = mapped_column(String(16))  # 2123, MT25
    victim_characteristics: Mapped[list[Any]] = mapped_column(default=list)  # 2152, MT23
    type_of_location: Mapped[str | None] = mapped_column(String(16))  # 2153, MT17
    confidential: Mapped[bool] = mapped_column(Boolean, default=True)  # 2108


class ArrestRow(Base):
    """ESF Arrest details (31xx) with the facts an amparo needs (DOMAIN.md §1.1.2)."""

    __tablename__ = "arrests"
    act_id: Mapped[str] = mapped_column(_fk("acts.id"), primary_key=True)
    detained_at: Mapped[str] = mapped_column(String(32), default="")  # date and time
    place: Mapped[str] = mapped_column(Text, default="")
    authority_detained: Mapped[str] = mapped_column(Text, default="")  # corporación, unit, vehicle
    authority_ordered: Mapped[str] = mapped_column(Text, default="")
    whereabouts_known: Mapped[bool | None] = mapped_column(Boolean)
    whereabouts: Mapped[str | None] = mapped_column(String(16))  # 3114, MT30
    incommunicado: Mapped[bool | None] = mapped_column(Boolean)
    legal_counsel: Mapped[str | None] = mapped_column(String(16))  # 3115, MT31
    type_of_detention: Mapped[str | None] = mapped_column(String(16))  # 3112, MT29
    conditions: Mapped[str] = mapped_column(Text, default="")  # 3113
    last_seen: Mapped[str] = mapped_column(Text, default="")  # place and date-time
    probable_places: Mapped[list[Any]] = mapped_column(default=list)
    search_efforts: Mapped[list[Any]] = mapped_column(default=list)  # place, when, official, answer
    court_case_code: Mapped[str] = mapped_column(Text, default="")  # 3118
    language_used: Mapped[str | None] = mapped_column(String(16))  # 3117, MT33


class InvolvementRow(Base):
    """ESF Involvement (24xx): a perpetrator's part in an act."""

    __tablename__ = "involvements"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # 2401
    act_id: Mapped[str] = mapped_column(_fk("acts.id"), index=True)  # 2404
    perpetrator_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)  # 2402
    degree: Mapped[str] = mapped_column(String(16))  # 2409, MT18
    perpetrator_types: Mapped[list[Any]] = mapped_column(default=list)  # 2412, MT24
    latest_status: Mapped[str | None] = mapped_column(String(16))  # 2422, MT26
    confidential: Mapped[bool] = mapped_column(Boolean, default=True)  # 2408


class TestimonyRow(Base):
    """ESF Information (25xx) of a testimony type, with the testimony extension (§1.2.1)."""

    __tablename__ = "testimonies"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # 2501
    case_id: Mapped[str] = mapped_column(_fk("cases.id"), index=True)  # 2503
    interviewee_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id"), index=True)
    source_connection: Mapped[str | None] = mapped_column(String(16))  # 2509, MT19
    material_type: Mapped[str | None] = mapped_column(String(16))  # 2512, MT16
    taken_on: Mapped[str | None] = mapped_column(String(10))  # 2511
    taken_on_type: Mapped[str | None] = mapped_column(String(20))
    place_general: Mapped[str] = mapped_column(Text, default="")  # municipality level only
    modality: Mapped[str | None] = mapped_column(String(16))  # in person / phone / video
    language: Mapped[str] = mapped_column(Text, default="")  # 2510 / 2513
    interpreter: Mapped[str] = mapped_column(Text, default="")
    interviewers: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    read_back: Mapped[bool | None] = mapped_column(Boolean)  # lectura y ratificación
    signature_method: Mapped[str | None] = mapped_column(String(24))
    reliability: Mapped[str | None] = mapped_column(String(16))  # 2553, MT42
    confidential: Mapped[bool] = mapped_column(Boolean, default=True)  # 2508
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))


class NarrativeRow(Base):
    """The testimony's own words, kept apart so listing testimonies reads few pages."""

    __tablename__ = "narratives"
    testimony_id: Mapped[str] = mapped_column(_fk("testimonies.id"), primary_key=True)
    case_id: Mapped[str] = mapped_column(_fk("cases.id"), index=True)
    text: Mapped[str] = mapped_column(Text, default="")


class ConsentRow(Base):
    """Informed consent (DOMAIN.md §3.2); versioned and append-only, never overwritten."""

    __tablename__ = "consents"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    testimony_id: Mapped[str] = mapped_column(_fk("testimonies.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    body: Mapped[dict[str, Any]] = mapped_column()
    created_at: Mapped[str] = mapped_column(String(32))


class EvidenceRow(Base):
    """Evidence item (ESF 90xx + Berkeley Protocol capture and integrity metadata)."""

    __tablename__ = "evidence"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(_fk("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # photo / video / audio / document / other
    title: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    original_filename: Mapped[str] = mapped_column(Text, default="")  # class D, stays inside
    mime: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)  # of the plaintext, at intake
    blob_id: Mapped[str | None] = mapped_column(String(64))  # SHA-256 of the stored ciphertext
    media_name: Mapped[str | None] = mapped_column(String(64), unique=True)  # None: not held here
    file_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    chunk_log2: Mapped[int] = mapped_column(Integer, default=20)
    declared_captured_at: Mapped[str] = mapped_column(String(32), default="")
    exif_captured_at: Mapped[str] = mapped_column(String(32), default="")
    camera: Mapped[str] = mapped_column(Text, default="")
    gps_lat: Mapped[float | None] = mapped_column(Float)
    gps_lon: Mapped[float | None] = mapped_column(Float)
    metadata_snapshot: Mapped[dict[str, Any]] = mapped_column(default=dict)
    imported_at: Mapped[str] = mapped_column(String(32))


class ThumbnailRow(Base):
    """A small JPEG made in memory at import; EXIF-free."""

    __tablename__ = "thumbnails"
    evidence_id: Mapped[str] = mapped_column(_fk("evidence.id"), primary_key=True)
    jpeg: Mapped[bytes] = mapped_column(LargeBinary)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)


class CustodyRow(Base):
    """Chain of custody (DOMAIN.md §1.2.4); append-only, each entry hashes the one before."""

    __tablename__ = "custody_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    evidence_id: Mapped[str] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(20))
    at_utc: Mapped[str] = mapped_column(String(32))
    body: Mapped[dict[str, Any]] = mapped_column()
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))


class AuditRow(Base):
    """Who did what to which record, when; never the record's content."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at_utc: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text, default="")


class InterventionRow(Base):
    """ESF Intervention (26xx) as a legal document draft (amparo, precautionary measures...)."""

    __tablename__ = "interventions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # 2601
    case_id: Mapped[str] = mapped_column(_fk("cases.id"), index=True)  # 2603
    doc_type: Mapped[str] = mapped_column(String(32))  # 2609 (legal-action subtype)
    language: Mapped[str] = mapped_column(String(8), default="es")
    title: Mapped[str] = mapped_column(Text, default="")
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    state: Mapped[str] = mapped_column(String(8), default="draft")
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))


class RecordVersionRow(Base):
    """The frozen content of a case at each finalization; immutable."""

    __tablename__ = "record_versions"
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    snapshot: Mapped[str] = mapped_column(Text)  # canonical JSON
    sha256: Mapped[str] = mapped_column(String(64))
    finalized_at: Mapped[str] = mapped_column(String(32))
