"""Every editable field of every record, as data: kind, vocabulary, ESF name, sensitivity.

One table drives validation (storage), export names and redaction (transfer) and, later, the
editor widgets and labels (GUI). Sensitivity classes are those of DOMAIN.md §3.1:
A direct identifiers, B quasi-identifiers, C special categories, D embedded metadata,
E perpetrator identity, F internal assessments; "" means not sensitive by itself.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from forms import vocab
from forms.dates import DatePrecision, PartialDate
from forms.errors import Label, ValidationError
from forms.text import QT_TRANSLATE_NOOP


class Kind(enum.Enum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    DATE = "date"  # 'YYYY[-MM[-DD]]'; its precision lives in the field named <name>_type
    DATE_TYPE = "date_type"
    DATETIME = "datetime"  # free 'YYYY-MM-DD HH:MM' as a person gives it
    TERM = "term"  # one code of a vocabulary list
    TERMS = "terms"  # several codes of a vocabulary list
    CHOICE = "choice"  # one of a fixed set of app values
    BOOL = "bool"
    INT = "int"
    FLOAT = "float"
    TEXT_LIST = "text_list"
    RECORDS = "records"  # a list of small dicts (search efforts)


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    esf: str  # export name: the ESF label in snake case, or x_<name> for our extensions
    label: str
    sensitivity: str = ""
    list_no: int | None = None
    choices: tuple[str, ...] = ()
    required: bool = False
    max_length: int = 1_000_000
    nullable: bool = True  # False: the record always has a value (no "—" choice offered)


def _f(name: str, kind: Kind, esf: str, label: str, **kw: Any) -> Field:
    return Field(name, kind, esf, label, **kw)


T, LT, D, DT_, TERM, TERMS = (
    Kind.TEXT,
    Kind.LONG_TEXT,
    Kind.DATE,
    Kind.DATE_TYPE,
    Kind.TERM,
    Kind.TERMS,
)
C = "Fields"  # translation context of every label here

_DATE_TYPES = tuple(DatePrecision)
YES_NO_UNKNOWN = ("yes", "no", "unknown")

CASE: tuple[Field, ...] = (
    _f(
        "title",
        T,
        "event_title",
        QT_TRANSLATE_NOOP("Fields", "Title"),
        required=True,
        max_length=500,
    ),
    _f(
        "description",
        LT,
        "event_description",
        QT_TRANSLATE_NOOP("Fields", "Description"),
        sensitivity="A",
    ),
    _f(
        "impact",
        LT,
        "impact_of_event",
        QT_TRANSLATE_NOOP("Fields", "Impact of the event"),
        sensitivity="A",
    ),
    _f("start_date", D, "initial_date", QT_TRANSLATE_NOOP("Fields", "Start date"), sensitivity="B"),
    _f(
        "start_date_type",
        DT_,
        "initial_date_type",
        QT_TRANSLATE_NOOP("Fields", "Start date precision"),
        choices=_DATE_TYPES,
    ),
    _f("end_date", D, "final_date", QT_TRANSLATE_NOOP("Fields", "End date")),
    _f(
        "end_date_type",
        DT_,
        "final_date_type",
        QT_TRANSLATE_NOOP("Fields", "End date precision"),
        choices=_DATE_TYPES,
    ),
    _f(
        "country",
        Kind.CHOICE,
        "geographical_term",
        QT_TRANSLATE_NOOP("Fields", "Country"),
        choices=("MX", "GT", "HN", "SV", "NI", "CR", "PA", "BZ", "US", "CO", ""),
    ),
    _f("state_region", T, "x_state", QT_TRANSLATE_NOOP("Fields", "State"), max_length=200),
    _f(
        "municipality",
        T,
        "x_municipality",
        QT_TRANSLATE_NOOP("Fields", "Municipality"),
        max_length=200,
    ),
    _f(
        "community",
        T,
        "local_geographical_area",
        QT_TRANSLATE_NOOP("Fields", "Community"),
        sensitivity="B",
        max_length=200,
    ),
    _f(
        "latitude",
        Kind.FLOAT,
        "x_latitude",
        QT_TRANSLATE_NOOP("Fields", "Latitude"),
        sensitivity="B",
    ),
    _f(
        "longitude",
        Kind.FLOAT,
        "x_longitude",
        QT_TRANSLATE_NOOP("Fields", "Longitude"),
        sensitivity="B",
    ),
    _f("confidential", Kind.BOOL, "confidentiality", QT_TRANSLATE_NOOP("Fields", "Confidential")),
    _f(
        "violation_status",
        TERM,
        "violation_status",
        QT_TRANSLATE_NOOP("Fields", "Violation status"),
        list_no=vocab.VIOLATION_STATUS,
    ),
    _f(
        "monitoring_status",
        TERM,
        "monitoring_status",
        QT_TRANSLATE_NOOP("Fields", "Monitoring status"),
        list_no=vocab.MONITORING_STATUS,
    ),
    _f(
        "act_types",
        TERMS,
        "x_types_of_act",
        QT_TRANSLATE_NOOP("Fields", "Types of act"),
        list_no=vocab.ACT_TYPES,
    ),
    _f(
        "rights_affected",
        TERMS,
        "rights_affected",
        QT_TRANSLATE_NOOP("Fields", "Rights affected"),
        list_no=vocab.RIGHTS,
    ),
    _f(
        "attack_types",
        TERMS,
        "local_index",
        QT_TRANSLATE_NOOP("Fields", "Types of attack"),
        list_no=vocab.IM_DEFENSORAS_ATTACKS,
    ),
    _f(
        "attack_level",
        Kind.CHOICE,
        "x_attack_level",
        QT_TRANSLATE_NOOP("Fields", "Level of the attack"),
        choices=("personal", "collective", "organisation"),
    ),
    _f(
        "related_to_defence",
        Kind.CHOICE,
        "x_related_to_defence_work",
        QT_TRANSLATE_NOOP("Fields", "Related to defence work"),
        choices=YES_NO_UNKNOWN,
    ),
    _f(
        "gender_component",
        Kind.BOOL,
        "x_gender_component",
        QT_TRANSLATE_NOOP("Fields", "Gender component"),
    ),
    _f(
        "digital_attack",
        Kind.BOOL,
        "x_digital_attack",
        QT_TRANSLATE_NOOP("Fields", "Digital attack"),
    ),
    _f("remarks", LT, "remarks", QT_TRANSLATE_NOOP("Fields", "Remarks"), sensitivity="A"),
)

PERSON: tuple[Field, ...] = (
    _f(
        "counting_unit",
        Kind.CHOICE,
        "counting_unit",
        QT_TRANSLATE_NOOP("Fields", "Counting unit"),
        choices=("individual", "group"),
    ),
    _f("name", T, "name", QT_TRANSLATE_NOOP("Fields", "Name"), sensitivity="A", max_length=500),
    _f(
        "other_names",
        T,
        "other_names",
        QT_TRANSLATE_NOOP("Fields", "Other names"),
        sensitivity="A",
        max_length=500,
    ),
    _f(
        "pseudonym",
        T,
        "x_pseudonym",
        QT_TRANSLATE_NOOP("Fields", "Code or pseudonym"),
        max_length=50,
    ),
    _f("sex", TERM, "sex", QT_TRANSLATE_NOOP("Fields", "Sex"), list_no=vocab.SEX, sensitivity="B"),
    _f(
        "gender_identity",
        T,
        "x_gender_identity",
        QT_TRANSLATE_NOOP("Fields", "Gender identity"),
        sensitivity="C",
        max_length=200,
    ),
    _f(
        "sexual_orientation",
        T,
        "sexual_orientation",
        QT_TRANSLATE_NOOP("Fields", "Sexual orientation"),
        sensitivity="C",
        max_length=200,
    ),
    _f(
        "birth_date",
        D,
        "date_of_birth",
        QT_TRANSLATE_NOOP("Fields", "Date of birth"),
        sensitivity="B",
    ),
    _f(
        "birth_date_type",
        DT_,
        "date_of_birth_type",
        QT_TRANSLATE_NOOP("Fields", "Date of birth precision"),
        choices=_DATE_TYPES,
    ),
    _f(
        "ethnicity",
        T,
        "ethnic_background",
        QT_TRANSLATE_NOOP("Fields", "People (pueblo)"),
        sensitivity="C",
        max_length=200,
    ),
    _f(
        "language",
        T,
        "local_language",
        QT_TRANSLATE_NOOP("Fields", "Language and variant"),
        sensitivity="B",
        max_length=200,
    ),
    _f(
        "speaks_spanish",
        Kind.CHOICE,
        "x_speaks_spanish",
        QT_TRANSLATE_NOOP("Fields", "Speaks Spanish"),
        choices=("yes", "partly", "no"),
    ),
    _f(
        "needs_interpreter",
        Kind.BOOL,
        "x_needs_interpreter",
        QT_TRANSLATE_NOOP("Fields", "Needs an interpreter"),
    ),
    _f(
        "occupation",
        T,
        "local_term_for_occupation",
        QT_TRANSLATE_NOOP("Fields", "Occupation or community role"),
        sensitivity="B",
        max_length=300,
    ),
    _f(
        "id_documents",
        T,
        "identification_documents",
        QT_TRANSLATE_NOOP("Fields", "Identity documents"),
        sensitivity="A",
        max_length=500,
    ),
    _f(
        "contact",
        LT,
        "x_safe_contact",
        QT_TRANSLATE_NOOP("Fields", "Safe contact"),
        sensitivity="A",
    ),
    _f(
        "is_defender",
        Kind.BOOL,
        "x_human_rights_defender",
        QT_TRANSLATE_NOOP("Fields", "Human rights defender"),
    ),
    _f(
        "organisation",
        T,
        "x_organisation",
        QT_TRANSLATE_NOOP("Fields", "Organisation"),
        sensitivity="B",
        max_length=300,
    ),
    _f(
        "group_description",
        LT,
        "group_description",
        QT_TRANSLATE_NOOP("Fields", "Group description"),
        sensitivity="B",
    ),
    _f(
        "group_size",
        Kind.INT,
        "number_of_persons_in_group",
        QT_TRANSLATE_NOOP("Fields", "Number of persons in the group"),
    ),
    _f("notes", LT, "remarks", QT_TRANSLATE_NOOP("Fields", "Notes"), sensitivity="A"),
    _f("confidential", Kind.BOOL, "confidentiality", QT_TRANSLATE_NOOP("Fields", "Confidential")),
)

ACT: tuple[Field, ...] = (
    _f(
        "type_of_act",
        TERM,
        "type_of_act",
        QT_TRANSLATE_NOOP("Fields", "Type of act"),
        list_no=vocab.ACT_TYPES,
        required=True,
    ),
    _f("start_date", D, "initial_date", QT_TRANSLATE_NOOP("Fields", "Start date"), sensitivity="B"),
    _f(
        "start_date_type",
        DT_,
        "initial_date_type",
        QT_TRANSLATE_NOOP("Fields", "Start date precision"),
        choices=_DATE_TYPES,
    ),
    _f("end_date", D, "final_date", QT_TRANSLATE_NOOP("Fields", "End date")),
    _f(
        "end_date_type",
        DT_,
        "final_date_type",
        QT_TRANSLATE_NOOP("Fields", "End date precision"),
        choices=_DATE_TYPES,
    ),
    _f(
        "exact_location",
        T,
        "exact_location",
        QT_TRANSLATE_NOOP("Fields", "Exact location"),
        sensitivity="B",
        max_length=500,
    ),
    _f(
        "location_at_end",
        T,
        "exact_location_at_end_of_act",
        QT_TRANSLATE_NOOP("Fields", "Location at the end of the act"),
        sensitivity="B",
        max_length=500,
    ),
    _f(
        "stated_reason",
        LT,
        "stated_reason",
        QT_TRANSLATE_NOOP("Fields", "Stated reason"),
        sensitivity="A",
    ),
    _f(
        "methods",
        TERMS,
        "method_of_violence",
        QT_TRANSLATE_NOOP("Fields", "Methods of violence"),
        list_no=5,
    ),
    _f(
        "physical_consequences",
        LT,
        "physical_consequences",
        QT_TRANSLATE_NOOP("Fields", "Physical consequences"),
        sensitivity="C",
    ),
    _f(
        "psychological_consequences",
        LT,
        "psychological_consequences",
        QT_TRANSLATE_NOOP("Fields", "Psychological consequences"),
        sensitivity="C",
    ),
    _f(
        "age_at_time",
        Kind.INT,
        "age_at_time_of_victimisation",
        QT_TRANSLATE_NOOP("Fields", "Age at the time"),
        sensitivity="B",
    ),
    _f(
        "status_at_end",
        TERM,
        "status_at_end_of_act",
        QT_TRANSLATE_NOOP("Fields", "Status at the end of the act"),
        list_no=vocab.STATUS_AT_END,
    ),
    _f(
        "victim_characteristics",
        TERMS,
        "victim_characteristics",
        QT_TRANSLATE_NOOP("Fields", "Victim characteristics"),
        list_no=vocab.VICTIM_CHARACTERISTICS,
    ),
    _f(
        "type_of_location",
        TERM,
        "type_of_location",
        QT_TRANSLATE_NOOP("Fields", "Type of place"),
        list_no=vocab.LOCATION_TYPES,
    ),
    _f("confidential", Kind.BOOL, "confidentiality", QT_TRANSLATE_NOOP("Fields", "Confidential")),
)

ARREST: tuple[Field, ...] = (
    _f(
        "detained_at",
        Kind.DATETIME,
        "x_detained_at",
        QT_TRANSLATE_NOOP("Fields", "Date and time of detention"),
        sensitivity="B",
    ),
    _f(
        "place",
        T,
        "x_place_of_detention",
        QT_TRANSLATE_NOOP("Fields", "Place of detention"),
        sensitivity="B",
        max_length=500,
    ),
    _f(
        "authority_detained",
        T,
        "x_authority_that_detained",
        QT_TRANSLATE_NOOP("Fields", "Authority that carried out the detention"),
        sensitivity="E",
        max_length=1000,
    ),
    _f(
        "authority_ordered",
        T,
        "x_authority_that_ordered",
        QT_TRANSLATE_NOOP("Fields", "Authority that ordered it"),
        sensitivity="E",
        max_length=1000,
    ),
    _f(
        "whereabouts_known",
        Kind.BOOL,
        "x_whereabouts_known",
        QT_TRANSLATE_NOOP("Fields", "Whereabouts known"),
    ),
    _f(
        "whereabouts",
        TERM,
        "whereabouts_and_outside_contact",
        QT_TRANSLATE_NOOP("Fields", "Whereabouts and outside contact"),
        list_no=vocab.WHEREABOUTS,
    ),
    _f(
        "incommunicado",
        Kind.BOOL,
        "x_incommunicado",
        QT_TRANSLATE_NOOP("Fields", "Held incommunicado"),
    ),
    _f(
        "legal_counsel",
        TERM,
        "legal_counsel",
        QT_TRANSLATE_NOOP("Fields", "Legal counsel"),
        list_no=vocab.LEGAL_COUNSEL,
    ),
    _f(
        "type_of_detention",
        TERM,
        "type_of_detention",
        QT_TRANSLATE_NOOP("Fields", "Type of detention"),
        list_no=vocab.DETENTION_TYPES,
    ),
    _f(
        "conditions",
        LT,
        "detention_conditions",
        QT_TRANSLATE_NOOP("Fields", "Conditions of detention"),
        sensitivity="C",
    ),
    _f(
        "last_seen",
        T,
        "x_last_seen",
        QT_TRANSLATE_NOOP("Fields", "Last seen (place, date and time)"),
        sensitivity="B",
        max_length=1000,
    ),
    _f(
        "probable_places",
        Kind.TEXT_LIST,
        "x_probable_places_of_detention",
        QT_TRANSLATE_NOOP("Fields", "Where the person may be held"),
        sensitivity="B",
    ),
    _f(
        "search_efforts",
        Kind.RECORDS,
        "x_search_efforts",
        QT_TRANSLATE_NOOP("Fields", "Search efforts"),
        sensitivity="B",
    ),
    _f(
        "court_case_code",
        T,
        "court_case_code",
        QT_TRANSLATE_NOOP("Fields", "Court or investigation file number"),
        max_length=200,
    ),
    _f(
        "language_used",
        TERM,
        "language_used",
        QT_TRANSLATE_NOOP("Fields", "Language used"),
        list_no=vocab.COURT_LANGUAGE,
    ),
)

INVOLVEMENT: tuple[Field, ...] = (
    _f(
        "degree",
        TERM,
        "degree_of_involvement",
        QT_TRANSLATE_NOOP("Fields", "Degree of involvement"),
        list_no=vocab.INVOLVEMENT_DEGREES,
        required=True,
    ),
    _f(
        "perpetrator_types",
        TERMS,
        "type_of_perpetrator",
        QT_TRANSLATE_NOOP("Fields", "Type of perpetrator"),
        list_no=vocab.PERPETRATOR_TYPES,
    ),
    _f(
        "latest_status",
        TERM,
        "latest_status_as_perpetrator_in_the_act",
        QT_TRANSLATE_NOOP("Fields", "Latest status as perpetrator"),
        list_no=26,
    ),
    _f("confidential", Kind.BOOL, "confidentiality", QT_TRANSLATE_NOOP("Fields", "Confidential")),
)

TESTIMONY: tuple[Field, ...] = (
    _f(
        "source_connection",
        TERM,
        "source_connection_to_information",
        QT_TRANSLATE_NOOP("Fields", "Connection to the events"),
        list_no=vocab.SOURCE_CONNECTIONS,
    ),
    _f(
        "material_type",
        TERM,
        "type_of_source_material",
        QT_TRANSLATE_NOOP("Fields", "Type of testimony"),
        list_no=vocab.SOURCE_MATERIAL,
    ),
    _f(
        "taken_on",
        D,
        "date_of_source_material",
        QT_TRANSLATE_NOOP("Fields", "Date of the interview"),
    ),
    _f(
        "taken_on_type",
        DT_,
        "x_date_of_source_material_type",
        QT_TRANSLATE_NOOP("Fields", "Date precision"),
        choices=_DATE_TYPES,
    ),
    _f(
        "place_general",
        T,
        "x_place_general",
        QT_TRANSLATE_NOOP("Fields", "Place (municipality only)"),
        max_length=200,
    ),
    _f(
        "modality",
        Kind.CHOICE,
        "x_modality",
        QT_TRANSLATE_NOOP("Fields", "How the interview was held"),
        choices=("in_person", "phone", "video"),
    ),
    _f(
        "language",
        T,
        "language_of_source_material",
        QT_TRANSLATE_NOOP("Fields", "Language"),
        max_length=200,
    ),
    _f(
        "interpreter",
        T,
        "x_interpreter",
        QT_TRANSLATE_NOOP("Fields", "Interpreter"),
        sensitivity="A",
        max_length=300,
    ),
    _f(
        "interviewers",
        T,
        "x_interviewers",
        QT_TRANSLATE_NOOP("Fields", "Interviewers"),
        sensitivity="A",
        max_length=500,
    ),
    _f(
        "narrative",
        LT,
        "x_narrative",
        QT_TRANSLATE_NOOP("Fields", "Testimony in the person's own words"),
        sensitivity="A",
    ),
    _f("summary", LT, "x_summary", QT_TRANSLATE_NOOP("Fields", "Summary"), sensitivity="A"),
    _f(
        "read_back",
        Kind.BOOL,
        "x_read_back_and_ratified",
        QT_TRANSLATE_NOOP("Fields", "Read back and ratified"),
    ),
    _f(
        "signature_method",
        Kind.CHOICE,
        "x_signature",
        QT_TRANSLATE_NOOP("Fields", "Signature"),
        choices=("signature", "thumbprint", "oral_recorded", "none"),
    ),
    _f(
        "reliability",
        TERM,
        "reliability_of_information",
        QT_TRANSLATE_NOOP("Fields", "Reliability of the information"),
        list_no=vocab.RELIABILITY,
        sensitivity="F",
    ),
    _f("confidential", Kind.BOOL, "confidentiality", QT_TRANSLATE_NOOP("Fields", "Confidential")),
)

EVIDENCE: tuple[Field, ...] = (
    _f("title", T, "title", QT_TRANSLATE_NOOP("Fields", "Title"), max_length=500),
    _f(
        "description",
        LT,
        "description",
        QT_TRANSLATE_NOOP("Fields", "Description"),
        sensitivity="A",
    ),
    _f(
        "declared_captured_at",
        Kind.DATETIME,
        "x_declared_capture_time",
        QT_TRANSLATE_NOOP("Fields", "Capture time as stated"),
    ),
)

ENTITIES: dict[str, tuple[Field, ...]] = {
    "case": CASE,
    "person": PERSON,
    "act": ACT,
    "arrest": ARREST,
    "involvement": INVOLVEMENT,
    "testimony": TESTIMONY,
    "evidence": EVIDENCE,
}


def field(entity: str, name: str) -> Field:
    for f in ENTITIES[entity]:
        if f.name == name:
            return f
    raise KeyError(f"{entity}.{name}")


def _invalid(f: Field, message: str, **args: Any) -> ValidationError:
    return ValidationError(message, field_name=f.name, field=Label(C, f.label), **args)


def _clean_text(f: Field, value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _invalid(f, QT_TRANSLATE_NOOP("Errors", "“{field}” must be text."))
    if "\x00" in value:
        raise _invalid(f, QT_TRANSLATE_NOOP("Errors", "“{field}” contains a NUL character."))
    if len(value) > f.max_length:
        raise _invalid(
            f,
            QT_TRANSLATE_NOOP("Errors", "“{field}” is longer than {limit} characters."),
            limit=f.max_length,
        )
    return value


def clean_value(f: Field, value: Any) -> Any:
    """The value as storage keeps it, or a ValidationError naming the field."""
    if f.kind in (Kind.TEXT, Kind.LONG_TEXT, Kind.DATETIME):
        text = _clean_text(f, value)
        if f.required and not text.strip():
            raise _invalid(f, QT_TRANSLATE_NOOP("Errors", "“{field}” is required."))
        return text
    if value is None or value == "":
        if f.required or not f.nullable:
            raise _invalid(f, QT_TRANSLATE_NOOP("Errors", "“{field}” is required."))
        return [] if f.kind in (Kind.TERMS, Kind.TEXT_LIST, Kind.RECORDS) else None
    if f.kind is Kind.DATE:
        try:
            return PartialDate.parse(str(value)).iso()
        except ValidationError as exc:  # same message, now pointing at the field
            raise ValidationError(exc.message, field_name=f.name, **exc.args_) from None
    if f.kind in (Kind.DATE_TYPE, Kind.CHOICE):
        if value not in f.choices:
            raise _invalid(
                f,
                QT_TRANSLATE_NOOP("Errors", "“{value}” is not a choice for “{field}”."),
                value=value,
            )
        return str(value)
    if f.kind is Kind.TERM:
        assert f.list_no is not None
        return vocab.require_term(f.list_no, str(value)).code
    if f.kind is Kind.TERMS:
        assert f.list_no is not None
        if not isinstance(value, list | tuple):
            raise _invalid(f, QT_TRANSLATE_NOOP("Errors", "“{field}” must be a list of terms."))
        list_no = f.list_no
        return list(dict.fromkeys(vocab.require_term(list_no, str(v)).code for v in value))
    if f.kind is Kind.BOOL:
        if not isinstance(value, bool):
            raise _invalid(f, QT_TRANSLATE_NOOP("Errors", "“{field}” must be yes or no."))
        return value
    if f.kind is Kind.INT:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 1_000_000:
            raise _invalid(f, QT_TRANSLATE_NOOP("Errors", "“{field}” must be a whole number."))
        return value
    if f.kind is Kind.FLOAT:
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            raise _invalid(f, QT_TRANSLATE_NOOP("Errors", "“{field}” must be a number."))
        return float(value)
    if f.kind is Kind.TEXT_LIST:
        if not isinstance(value, list | tuple):
            raise _invalid(f, QT_TRANSLATE_NOOP("Errors", "“{field}” must be a list."))
        return [_clean_text(f, v) for v in value]
    if f.kind is Kind.RECORDS:
        if not isinstance(value, list | tuple) or not all(isinstance(v, Mapping) for v in value):
            raise _invalid(f, QT_TRANSLATE_NOOP("Errors", "“{field}” must be a list of entries."))
        return [{str(k): _clean_text(f, v) for k, v in item.items()} for item in value]
    raise AssertionError(f.kind)


def clean(entity: str, values: Mapping[str, Any], *, creating: bool) -> dict[str, Any]:
    """Validate a set of field values of `entity`; unknown names are refused, not ignored."""
    specs = {f.name: f for f in ENTITIES[entity]}
    unknown = sorted(set(values) - set(specs))
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown field “{field}”."), field=unknown[0]
        )
    cleaned = {name: clean_value(specs[name], value) for name, value in values.items()}
    if creating:
        for f in specs.values():
            if f.required and f.name not in cleaned:
                cleaned[f.name] = clean_value(f, None)  # raises "is required"
    for name, value in list(cleaned.items()):
        spec = specs[name]
        if spec.kind is Kind.DATE:
            precision = values.get(name + "_type")
            if value is None:
                cleaned[name + "_type"] = None
            elif precision is None:
                cleaned[name + "_type"] = PartialDate.parse(value).precision.value
    return cleaned


# Labels of the fixed choices (Kind.CHOICE, Kind.DATE_TYPE), translated where shown.
CHOICE_LABELS: dict[str, str] = {
    "exact": QT_TRANSLATE_NOOP("Choices", "exact"),
    "unknown_day": QT_TRANSLATE_NOOP("Choices", "day unknown"),
    "unknown_month_day": QT_TRANSLATE_NOOP("Choices", "month and day unknown"),
    "estimate": QT_TRANSLATE_NOOP("Choices", "estimate"),
    "personal": QT_TRANSLATE_NOOP("Choices", "personal"),
    "collective": QT_TRANSLATE_NOOP("Choices", "collective"),
    "organisation": QT_TRANSLATE_NOOP("Choices", "against an organisation or group"),
    "yes": QT_TRANSLATE_NOOP("Choices", "yes"),
    "no": QT_TRANSLATE_NOOP("Choices", "no"),
    "unknown": QT_TRANSLATE_NOOP("Choices", "unknown"),
    "partly": QT_TRANSLATE_NOOP("Choices", "partly"),
    "individual": QT_TRANSLATE_NOOP("Choices", "individual"),
    "group": QT_TRANSLATE_NOOP("Choices", "group or unit"),
    "in_person": QT_TRANSLATE_NOOP("Choices", "in person"),
    "phone": QT_TRANSLATE_NOOP("Choices", "by phone"),
    "video": QT_TRANSLATE_NOOP("Choices", "video call"),
    "signature": QT_TRANSLATE_NOOP("Choices", "signature"),
    "thumbprint": QT_TRANSLATE_NOOP("Choices", "thumbprint"),
    "oral_recorded": QT_TRANSLATE_NOOP("Choices", "oral consent, recorded"),
    "none": QT_TRANSLATE_NOOP("Choices", "none"),
    "MX": QT_TRANSLATE_NOOP("Choices", "Mexico"),
    "GT": QT_TRANSLATE_NOOP("Choices", "Guatemala"),
    "HN": QT_TRANSLATE_NOOP("Choices", "Honduras"),
    "SV": QT_TRANSLATE_NOOP("Choices", "El Salvador"),
    "NI": QT_TRANSLATE_NOOP("Choices", "Nicaragua"),
    "CR": QT_TRANSLATE_NOOP("Choices", "Costa Rica"),
    "PA": QT_TRANSLATE_NOOP("Choices", "Panama"),
    "BZ": QT_TRANSLATE_NOOP("Choices", "Belize"),
    "US": QT_TRANSLATE_NOOP("Choices", "United States"),
    "CO": QT_TRANSLATE_NOOP("Choices", "Colombia"),
    "": QT_TRANSLATE_NOOP("Choices", "—"),
}
