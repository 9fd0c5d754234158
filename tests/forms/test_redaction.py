"""Export profiles as pure rules: who is named, what is withheld, what the public sees."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from forms.consent import Consent
from forms.errors import ValidationError
from forms.esf import FORMAT, VERSION, aggregates_to_csv, columns, to_esf
from forms.fields import Kind
from forms.redaction import MIN_CELL, NameScrubber, age_band, redact, to_month

DETENTION = "030102000000"
THREAT = "010101000000"
MUNICIPAL_POLICE = "MX2406"
DIRECTLY = "010100000000"

VICTIM, WITNESS, POLICE, STRANGER = (f"00000000-0000-4000-8000-00000000000{i}" for i in range(4))
SECRET_ID = "CURP-MARKER-0001"
SECRET_CONTACT = "PHONE-MARKER-555"
HEALTH = "HEALTH-MARKER fractured rib"


def _defaults(entity: str) -> dict[str, Any]:
    """Storage values of an empty record of `entity`, as an export carries them."""
    empty: dict[Kind | None, Any] = {
        Kind.TEXT: "",
        Kind.LONG_TEXT: "",
        Kind.DATETIME: "",
        Kind.TERMS: [],
        Kind.TEXT_LIST: [],
        Kind.RECORDS: [],
        None: {},
    }
    return {c.name: empty.get(c.kind) for c in columns(entity)}


def _rec(entity: str, **values: Any) -> dict[str, Any]:
    return to_esf(entity, {**_defaults(entity), **values})


def _consent(uses: list[str], version: int = 1, at: str = "2026-03-01", **kw: Any) -> Any:
    body = Consent(**{**Consent.for_uses(uses).__dict__, **kw}).to_json()
    return _rec(
        "consent",
        id=f"00000000-0000-4000-9000-00000000000{version}",
        version=version,
        created_at=at,
        body=body,
    )


def _document(
    victim_uses: list[str] | None = None,
    witness_uses: list[str] | None = None,
    victim_withdrawn: bool = False,
    victim_name_mode: str = "real",
) -> dict[str, Any]:
    """One detention by a named police officer, a victim and a witness who both testify."""
    persons = [
        _rec(
            "person",
            id=VICTIM,
            name="Juana López",
            id_documents=SECRET_ID,
            contact=SECRET_CONTACT,
            gender_identity="GENDER-MARKER",
            birth_date="1990-05-04",
            birth_date_type="exact",
        ),
        _rec("person", id=WITNESS, name="Pedro Martínez"),
        _rec("person", id=POLICE, name="Ramiro Cuéllar"),
        _rec("person", id=STRANGER, name="Sofía Unlinked"),
    ]
    victim_history = []
    if victim_uses is not None:
        victim_history.append(_consent(victim_uses, name_mode=victim_name_mode))
        if victim_withdrawn:
            victim_history.append(
                _consent(victim_uses, version=2, at="2026-04-01", withdrawn_on="2026-04-01")
            )
    testimonies = [
        _rec(
            "testimony",
            id="00000000-0000-4000-a000-000000000001",
            interviewee_id=VICTIM,
            narrative="Yo, Juana Lopez, vi a Ramiro Cuéllar y a Pedro. NARRATIVE-V",
            interviewers="INTERVIEWER-MARKER",
            reliability="RELIABILITY",
        )
        | {"x_consent_history": victim_history},
        _rec(
            "testimony",
            id="00000000-0000-4000-a000-000000000002",
            interviewee_id=WITNESS,
            narrative="Vi cómo se llevaron a JUANA. NARRATIVE-W",
        )
        | {"x_consent_history": [_consent(witness_uses)] if witness_uses is not None else []},
    ]
    act = _rec(
        "act",
        id="00000000-0000-4000-b000-000000000001",
        victim_id=VICTIM,
        type_of_act=DETENTION,
        start_date="2026-03-14",
        start_date_type="exact",
        exact_location="EXACT-PLACE-MARKER",
        physical_consequences=HEALTH,
        age_at_time=34,
        confidential=True,
    )
    act["arrest"] = _rec(
        "arrest",
        detained_at="2026-03-14 21:30",
        place="DETENTION-PLACE-MARKER",
        authority_detained="Policía Municipal, patrulla 023",
        conditions="CONDITIONS-MARKER",
    )
    act["involvements"] = [
        _rec(
            "involvement",
            id="00000000-0000-4000-c000-000000000001",
            perpetrator_id=POLICE,
            degree=DIRECTLY,
            perpetrator_types=[MUNICIPAL_POLICE],
        )
    ]
    evidence = _rec(
        "evidence",
        id="00000000-0000-4000-d000-000000000001",
        kind="photo",
        original_filename="foto_juana.jpg",
        title="foto_juana",
        camera="CAMERA-MARKER",
        gps_lat=16.5,
        gps_lon=-92.1,
        metadata_snapshot={"Make": "CAMERA-MARKER"},
        sha256="a" * 64,
        size_bytes=10,
    ) | {"x_custody": []}
    event = _rec(
        "case",
        id="00000000-0000-4000-e000-000000000001",
        folio="2026-0001",
        state="draft",
        version=1,
        created_at="2026-03-15T10:00:00+00:00",
        title="Detención en el ejido",
        description="Detuvieron a Juana López frente a su casa.",
        start_date="2026-03-14",
        start_date_type="exact",
        community="COMMUNITY-MARKER",
        municipality="Ocosingo",
        state_region="Chiapas",
        latitude=16.9,
        longitude=-92.1,
    ) | {
        "x_linked_persons": [_rec("link", person_id=WITNESS, role="witness")],
        "acts": [act],
        "information": testimonies,
        "x_evidence": [evidence],
        "interventions": [],
        "x_versions": [],
    }
    return {
        "format": FORMAT,
        "version": VERSION,
        "profile": "internal",
        "exported_at": "2026-05-01T00:00:00+00:00",
        "events": [event],
        "persons": persons,
    }


def _text(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False)


def _person(document: dict[str, Any], person_id: str) -> dict[str, Any]:
    return next(p for p in document["persons"] if p["person_record_number"] == person_id)


# ------------------------------------------------------------------------------------ court


def test_court_names_only_persons_whose_consent_covers_a_court() -> None:
    doc = redact(_document(victim_uses=["store", "amparo"], witness_uses=["store"]), "court")
    victim, witness = _person(doc, VICTIM), _person(doc, WITNESS)
    assert victim["name"] == "Juana López" and victim["identification_documents"] == SECRET_ID
    assert witness["name"] == "W1"  # consented to storage only
    event = doc["events"][0]
    victim_words, witness_words = (t["x_narrative"] for t in event["information"])
    assert "Juana Lopez" in victim_words and "W1" in victim_words and "Pedro" not in victim_words
    assert witness_words is None  # no jurisdictional consent: the words stay home
    assert event["acts"][0]["physical_consequences"] == HEALTH  # C, consented by the victim


def test_court_respects_a_chosen_pseudonym() -> None:
    doc = redact(_document(victim_uses=["store", "amparo"], victim_name_mode="pseudonym"), "court")
    victim = _person(doc, VICTIM)
    assert victim["name"] == "V1" and victim["identification_documents"] != SECRET_ID


def test_court_without_consent_replaces_identifiers_everywhere() -> None:
    doc = redact(_document(victim_uses=["store"]), "court")
    text = _text(doc)
    for marker in ("Juana", "JUANA", SECRET_ID, SECRET_CONTACT, "GENDER-MARKER", "HEALTH-MARKER"):
        assert marker not in text
    assert _person(doc, VICTIM)["name"] == "V1"
    assert doc["events"][0]["event_description"] == "Detuvieron a V1 frente a su casa."
    assert doc["events"][0]["information"][0]["x_narrative"] is None


def test_withdrawn_consent_counts_as_none() -> None:
    doc = redact(_document(victim_uses=["amparo"], victim_withdrawn=True), "court")
    assert "Juana" not in _text(doc)
    assert doc["events"][0]["information"][0]["x_consent_uses"] == []


def test_court_keeps_perpetrators_named_and_strips_metadata_and_assessments() -> None:
    doc = redact(_document(), "court")
    assert _person(doc, POLICE)["name"] == "Ramiro Cuéllar"  # class E: the court needs it
    evidence = doc["events"][0]["x_evidence"][0]
    for key in ("x_original_filename", "x_camera", "x_gps_latitude", "x_embedded_metadata"):
        assert key not in evidence
    assert evidence["title"] is None  # it was the file name
    assert "reliability_of_information" not in doc["events"][0]["information"][0]
    assert "CAMERA-MARKER" not in _text(doc) and "RELIABILITY" not in _text(doc)
    assert "Sofía" not in _text(doc)  # a person in no exported case is not exported


def test_consent_details_do_not_travel_only_the_uses() -> None:
    doc = redact(_document(victim_uses=["store", "amparo"]), "court")
    testimony = doc["events"][0]["information"][0]
    assert "x_consent_history" not in testimony
    assert testimony["x_consent_uses"] == ["store", "amparo"]


# ------------------------------------------------------------------------------------ partner


def test_partner_codes_everyone_and_generalises_place_date_and_age() -> None:
    doc = redact(_document(victim_uses=["amparo", "partners"], witness_uses=["store"]), "partner")
    text = _text(doc)
    for marker in ("Juana", "JUANA", "Pedro", "Ramiro", "Cuéllar", SECRET_ID, "INTERVIEWER"):
        assert marker not in text
    for marker in ("COMMUNITY-MARKER", "EXACT-PLACE-MARKER", "DETENTION-PLACE-MARKER"):
        assert marker not in text
    event = doc["events"][0]
    assert (event["x_municipality"], event["local_geographical_area"]) == ("Ocosingo", None)
    assert event["x_latitude"] is None and event["x_longitude"] is None
    assert (event["initial_date"], event["initial_date_type"]) == ("2026-03", "unknown_day")
    assert event["x_created_at"] == "2026-03"
    act = event["acts"][0]
    assert act["age_at_time_of_victimisation"] == "30-44"
    assert act["arrest"]["x_detained_at"] == "2026-03"
    assert _person(doc, VICTIM)["date_of_birth"] is None
    assert [_person(doc, p)["name"] for p in (VICTIM, WITNESS, POLICE)] == ["V1", "W1", "P1"]


def test_partner_narratives_and_special_data_need_consent_for_partners() -> None:
    doc = redact(_document(victim_uses=["partners"], witness_uses=["amparo"]), "partner")
    victim_words, witness_words = (t["x_narrative"] for t in doc["events"][0]["information"])
    assert victim_words == "Yo, V1, vi a P1 y a W1. NARRATIVE-V"
    assert witness_words is None
    assert doc["events"][0]["acts"][0]["physical_consequences"] == HEALTH
    assert _person(doc, VICTIM)["x_gender_identity"] == "GENDER-MARKER"
    without = redact(_document(victim_uses=["amparo"]), "partner")
    assert HEALTH not in _text(without) and "GENDER-MARKER" not in _text(without)


# ------------------------------------------------------------------------------------ public


def test_public_has_counts_only_and_suppresses_small_cells() -> None:
    doc = _document(victim_uses=["amparo", "partners", "public_reports"])
    event = doc["events"][0]
    act = event["acts"][0]
    event["acts"] = [copy.deepcopy(act) for _ in range(MIN_CELL)]
    threat = copy.deepcopy(act)
    threat["type_of_act"] = THREAT
    event["acts"].append(threat)
    public = redact(doc, "public")
    assert set(public) == {
        "format",
        "version",
        "profile",
        "exported_at",
        "x_minimum_cell",
        "aggregates",
    }
    tables = public["aggregates"]
    assert [(r["type_of_act"], r["x_acts"]) for r in tables["type_of_act"]] == [(DETENTION, 3)]
    assert tables["type_of_perpetrator"][0]["type_of_perpetrator"] == MUNICIPAL_POLICE
    assert tables["x_state"] == [{"x_state": "Chiapas", "x_acts": 4}]
    assert tables["x_month"] == [{"x_month": "2026-03", "x_acts": 4}]
    text = _text(public)
    for marker in ("Juana", "NARRATIVE", "Ocosingo", "COMMUNITY", "Detuvieron", VICTIM, THREAT):
        assert marker not in text
    rows = aggregates_to_csv(tables).splitlines()
    assert rows[0] == "x_table,x_category,x_label_en,x_label_es,x_acts"
    assert rows[1].startswith(f'type_of_act,{DETENTION},"Detention') and rows[1].endswith(",3")


# ------------------------------------------------------------------------------------ rules


def test_internal_is_everything_and_redaction_never_changes_its_input() -> None:
    doc = _document(victim_uses=["store"])
    before = copy.deepcopy(doc)
    assert redact(doc, "internal") == before
    for profile in ("court", "partner", "public"):
        redact(doc, profile)
    assert doc == before


def test_unknown_profile_is_refused_by_name() -> None:
    with pytest.raises(ValidationError) as info:
        redact(_document(), "press")
    assert "press" in info.value.text() and "partner" in info.value.text()


def test_codes_are_deterministic_and_respect_pseudonyms() -> None:
    doc = _document()
    doc["persons"][1]["x_pseudonym"] = "W1"  # the witness chose W1; no one else may get it
    doc["events"][0]["x_linked_persons"].append(
        {"person_record_number": STRANGER, "x_role": "witness"}
    )
    first = redact(doc, "partner")
    assert _person(first, WITNESS)["name"] == "W1"
    assert _person(first, STRANGER)["name"] == "W2"
    assert redact(doc, "partner") == first


def test_scrubber_matches_whole_names_whatever_the_accents_and_case() -> None:
    scrub = NameScrubber(
        NameScrubber.for_person({"name": "Ana María de la Cruz", "other_names": "La Güera"}, "V1")
        + NameScrubber.for_person({"name": "Pedro Cruz"}, "W1")
    )
    assert scrub("ANA MARIA DE LA CRUZ habló") == "V1 habló"
    assert scrub("Mariana y Anaya no; ana sí") == "Mariana y Anaya no; V1 sí"
    assert scrub("la güera") == "V1"
    assert scrub("los Cruz") == "los V1/W1"  # shared surname: both codes, never a guess
    group = NameScrubber(
        NameScrubber.for_person({"name": "Policía Municipal", "counting_unit": "group"}, "P1")
    )
    assert group("la Policía Municipal y la Presidencia Municipal") == (
        "la P1 y la Presidencia Municipal"
    )


@pytest.mark.parametrize(
    ("age", "band"),
    [
        (0, "0-11"),
        (11, "0-11"),
        (12, "12-17"),
        (17, "12-17"),
        (18, "18-29"),
        (44, "30-44"),
        (45, "45-59"),
        (59, "45-59"),
        (60, "60+"),
        (97, "60+"),
    ],
)
def test_age_bands(age: int, band: str) -> None:
    assert age_band(age) == band


def test_dates_coarsen_to_the_month_or_are_withheld() -> None:
    assert to_month("2026-03-14") == "2026-03"
    assert to_month("2026-03-14T21:30:00+00:00") == "2026-03"
    assert to_month("2026") == "2026"
    assert to_month("anoche, como a las 9") is None
