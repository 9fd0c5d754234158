"""The central registry at the desk: filters, counts and exports over a designed dataset.

Five cases, nine acts, from two field devices (each a real vault), received by one desk:

case device state   municipality case date   acts: type, date, one involvement per perpetrator type
A    1      Chiapas Ocosingo     2026-01-10  DET 01-10 POL; THREAT (no date: the case's) POL, MIL
B    1      Chiapas Tila         2026-02-03  DET 02-03 POL; DET 02-05 none
C    1      Oaxaca  Juchitán     2026-02-20  THREAT 02-20 ORG; KILL 03-01 ORG, MIL
D    1      Oaxaca  Juchitán     2026-03-15  DET 03-15 POL; THREAT 03-16 POL, POL
E    2      -       -            -           THREAT (no date) none; the case's attack type IM09
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from forms.consent import Consent
from forms.errors import ValidationError
from forms.redaction import MIN_CELL
from storage.desk import DeskService
from storage.desk_records import RegistryFilter
from storage.orm import AuditRow
from storage.transfer import TransferService
from storage.vault import Vault
from tests.storage.test_desk import FieldDevice, new_vault

DET, THREAT, KILL = "030102000000", "020103020000", "010101000000"
POL, MIL, ORG = "010104000000", "010103000000", "MX2410"
DIRECTLY = "010100000000"
VICTIM_A = "Juana Ñáñez Marcador"


@dataclass(frozen=True)
class Registry:
    desk: DeskService
    desk_vault: Vault
    field: FieldDevice
    ids: dict[str, str]  # case letter -> record id
    devices: tuple[str, str]


def _case(
    vault: Vault, letter: str, acts: list[tuple[str, str | None, list[str]]], **case: Any
) -> str:
    """One case with its acts: (type, date, one involvement per perpetrator type)."""
    c = vault.cases.create(title=f"Caso {letter}", **case).value
    victim_name = VICTIM_A if letter == "A" else f"Víctima {letter}"
    victim = vault.persons.create(case_id=c.id, role="victim", name=victim_name).value
    for type_of_act, date, perpetrators in acts:
        act = vault.acts.add(c.id, victim.id, type_of_act=type_of_act, start_date=date).value
        for kind in perpetrators:
            unit = vault.persons.create(
                case_id=c.id, role="perpetrator", counting_unit="group", name=f"Unidad {kind}"
            ).value
            vault.acts.add_involvement(act.id, unit.id, degree=DIRECTLY, perpetrator_types=[kind])
    return c.id


@contextmanager
def built(tmp_path: Path) -> Iterator[Registry]:
    """The dataset of the module docstring, in two field vaults and the desk."""
    one = FieldDevice(new_vault(tmp_path / "one"), "Laptop Chiapas")
    two = FieldDevice(new_vault(tmp_path / "two"), "Laptop Oaxaca")
    desk_vault = new_vault(tmp_path / "desk")
    try:
        v = one.vault
        ids = {
            "A": _case(
                v,
                "A",
                [(DET, "2026-01-10", [POL]), (THREAT, None, [POL, MIL])],
                state_region="Chiapas",
                municipality="Ocosingo",
                start_date="2026-01-10",
            ),
            "B": _case(
                v,
                "B",
                [(DET, "2026-02-03", [POL]), (DET, "2026-02-05", [])],
                state_region="Chiapas",
                municipality="Tila",
                start_date="2026-02-03",
            ),
            "C": _case(
                v,
                "C",
                [(THREAT, "2026-02-20", [ORG]), (KILL, "2026-03-01", [ORG, MIL])],
                state_region="Oaxaca",
                municipality="Juchitán",
                start_date="2026-02-20",
            ),
            "D": _case(
                v,
                "D",
                [(DET, "2026-03-15", [POL]), (THREAT, "2026-03-16", [POL, POL])],
                state_region="Oaxaca",
                municipality="Juchitán",
                start_date="2026-03-15",
            ),
            "E": _case(two.vault, "E", [(THREAT, None, [])], attack_types=["IM09"]),
        }
        victim = next(p for p in v.persons.all() if p.name == VICTIM_A)
        testimony = v.testimonies.add(ids["A"], victim.id, narrative="Relato de la detención")
        v.testimonies.record_consent(testimony.value.id, Consent.for_uses(["store"]))
        desk = desk_vault.desk
        for letter, case_id in ids.items():
            device = two if letter == "E" else one
            assert desk.import_envelope(device.finalize(case_id))
        desk.save_devices([one.as_listed(), two.as_listed()])
        devices = (one.device_id.hex(), two.device_id.hex())
        two.vault.lock()
        yield Registry(desk, desk_vault, one, ids, devices)
    finally:
        for vault in (one.vault, two.vault, desk_vault):
            if vault.is_open:
                vault.lock()


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Registry]:
    """Shared by the tests that only read (building it takes three vaults)."""
    with built(tmp_path_factory.mktemp("registry")) as shared:
        yield shared


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Registry]:
    """For tests that add versions or read the audit log."""
    with built(tmp_path) as own:
        yield own


def letters(registry: Registry, filters: RegistryFilter) -> str:
    by_id = {v: k for k, v in registry.ids.items()}
    return "".join(by_id[r.record_id] for r in registry.desk.records(filters))


# ---------------------------------------------------------------- list and filters
def test_the_list_is_newest_first_with_its_columns(registry: Registry) -> None:
    rows = registry.desk.records(RegistryFilter())
    assert letters(registry, RegistryFilter()) == "DCBAE"
    a = next(r for r in rows if r.record_id == registry.ids["A"])
    assert (a.title, a.state_region, a.municipality, a.start_date) == (
        "Caso A",
        "Chiapas",
        "Ocosingo",
        "2026-01-10",
    )
    assert a.act_types == tuple(sorted((DET, THREAT)))
    assert a.perpetrator_types == tuple(sorted((POL, MIL)))
    assert (a.device_label, a.version, a.versions) == ("Laptop Chiapas", 1, 1)
    e = next(r for r in rows if r.record_id == registry.ids["E"])
    assert e.act_types == (THREAT, "IM09") and e.perpetrator_types == ()


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (RegistryFilter(text="nanez"), "A"),  # accent- and case-blind, on a person's name
        (RegistryFilter(text="DETENCIÓN"), "A"),  # a testimony's words
        (RegistryFilter(text="juchitan"), "DC"),
        (RegistryFilter(text="caso b"), "B"),
        (RegistryFilter(text="  "), "DCBAE"),
        (RegistryFilter(state_region="Oaxaca"), "DC"),
        (RegistryFilter(municipality="Tila"), "B"),
        (RegistryFilter(act_type=KILL), "C"),
        (RegistryFilter(act_type=DET), "DBA"),
        (RegistryFilter(act_type="IM09"), "E"),  # the case's attack type
        (RegistryFilter(perpetrator_type=MIL), "CA"),
        (RegistryFilter(perpetrator_type=ORG), "C"),
        (RegistryFilter(date_from="2026-03-01"), "DC"),  # C by its killing on 03-01
        (RegistryFilter(date_to="2026-01-31"), "A"),
        (RegistryFilter(date_from="2026-02-04", date_to="2026-02-28"), "CB"),  # B by 02-05
        (RegistryFilter(date_from="2026-02", date_to="2026-02"), "CB"),  # whole months
        (RegistryFilter(state_region="Chiapas", perpetrator_type=MIL), "A"),
        (RegistryFilter(state_region="Chiapas", act_type=KILL), ""),
    ],
)
def test_each_filter_narrows(registry: Registry, filters: RegistryFilter, expected: str) -> None:
    assert letters(registry, filters) == expected


def test_the_device_filter(registry: Registry) -> None:
    one, two = registry.devices
    assert letters(registry, RegistryFilter(device_id=two)) == "E"
    assert letters(registry, RegistryFilter(device_id=one)) == "DCBA"


def test_filter_options_list_what_is_present(registry: Registry) -> None:
    assert registry.desk.filter_options() == {
        "state_region": ["Chiapas", "Oaxaca"],
        "municipality": ["Juchitán", "Ocosingo", "Tila"],
        "act_type": sorted([DET, THREAT, KILL, "IM09"]),
        "perpetrator_type": sorted([POL, MIL, ORG]),
        "device_id": sorted(registry.devices),
    }


# ---------------------------------------------------------------- report
def test_report_counts_equal_the_hand_counted_dataset(registry: Registry) -> None:
    report = registry.desk.report(RegistryFilter())
    assert (report.basis.records, report.basis.acts) == (5, 9)
    assert report.by_type == ((THREAT, 4), (DET, 4), (KILL, 1))  # ties by code
    assert report.by_perpetrator == ((POL, 5), ("", 2), (MIL, 2), (ORG, 2))
    assert report.by_state == (("Chiapas", 4), ("Oaxaca", 4), ("", 1))
    assert report.by_month == (("2026-01", 2), ("2026-02", 3), ("2026-03", 3), ("", 1))


def test_report_follows_the_filters(registry: Registry) -> None:
    report = registry.desk.report(RegistryFilter(state_region="Oaxaca"))
    assert (report.basis.records, report.basis.acts) == (2, 4)
    assert report.by_type == ((THREAT, 2), (KILL, 1), (DET, 1))
    assert report.by_perpetrator == ((POL, 2), (ORG, 2), (MIL, 1))
    assert report.by_month == (("2026-02", 1), ("2026-03", 3))
    empty = registry.desk.report(RegistryFilter(text="nadie-tiene-esto"))
    assert (empty.basis.records, empty.basis.acts, empty.by_type) == (0, 0, ())


def test_report_counts_only_the_latest_version(fresh: Registry) -> None:
    registry = fresh
    field, case_id = registry.field, registry.ids["B"]
    field.vault.cases.start_correction(case_id)
    (_, undated) = field.vault.acts.for_case(case_id)
    field.vault.acts.remove(undated.id)
    assert registry.desk.import_envelope(field.finalize(case_id))
    report = registry.desk.report(RegistryFilter())
    assert (report.basis.records, report.basis.acts) == (5, 8)
    assert dict(report.by_perpetrator)[""] == 1


def test_report_csv(registry: Registry) -> None:
    rows = list(
        csv.reader(io.StringIO(registry.desk.report_csv(registry.desk.report(RegistryFilter()))))
    )
    assert rows[0] == ["section", "key", "count"]
    assert ["type", DET, "4"] in rows and ["perpetrator", "", "2"] in rows
    assert ["state", "Chiapas", "4"] in rows and ["month", "2026-03", "3"] in rows
    assert len(rows) == 1 + 3 + 4 + 3 + 4


# ---------------------------------------------------------------- export
def _export(registry: Registry, profile: str, fmt: str = "json", **filters: str) -> str:
    return registry.desk.export(RegistryFilter(**filters), profile, fmt)


def test_internal_export_has_the_field_vaults_shape(registry: Registry) -> None:
    """The desk's document is the one the field vault exports (same ESF names and values)."""
    case_id = registry.ids["A"]
    desk_doc = json.loads(_export(registry, "internal", text="ocosingo"))
    field_out: list[str] = []
    TransferService(registry.field.vault.db).export("internal", "json", field_out.append, [case_id])
    field_doc = json.loads(field_out[0])
    (desk_event,), (field_event,) = desk_doc["events"], field_doc["events"]
    assert set(desk_event) == set(field_event)
    assert desk_event["acts"] == field_event["acts"]
    assert desk_doc["persons"] == field_doc["persons"]
    for key in set(field_event) - {
        "acts",
        "information",
        "x_evidence",
        "x_versions",
        "x_linked_persons",
        "interventions",
        "x_record_state",
        "x_finalized_at",
        "x_updated_at",
    }:
        assert desk_event[key] == field_event[key], key
    (desk_t,), (field_t,) = desk_event["information"], field_event["information"]
    assert {k: v for k, v in desk_t.items() if k != "x_consent_history"} == {
        k: v for k, v in field_t.items() if k != "x_consent_history"
    }
    assert (
        desk_t["x_consent_history"][0]["x_consent"] == field_t["x_consent_history"][-1]["x_consent"]
    )
    (version,) = desk_event["x_versions"]
    assert version["x_snapshot"] == field_event["x_versions"][0]["x_snapshot"]
    assert version["x_sha256"] == field_event["x_versions"][0]["x_sha256"]


def test_court_partner_and_public_exports_follow_their_profiles(registry: Registry) -> None:
    internal = _export(registry, "internal")
    assert VICTIM_A in internal and "Relato de la detención" in internal
    court = _export(registry, "court")  # consent covers storing only: no name, no words
    assert "Ñáñez" not in court and "Relato de la detención" not in court
    assert f"Unidad {POL}" in court  # perpetrators stay named for a court (class E)
    partner = _export(registry, "partner")
    for withheld in ("Ñáñez", "Relato", "2026-01-10", f"Unidad {POL}"):
        assert withheld not in partner, withheld
    public = json.loads(_export(registry, "public"))
    assert "events" not in public and "persons" not in public
    counted = {row["type_of_act"]: row["x_acts"] for row in public["aggregates"]["type_of_act"]}
    assert counted == {k: n for k, n in ((DET, 4), (THREAT, 4), (KILL, 1)) if n >= MIN_CELL}
    for withheld in ("Caso A", "Ñáñez", "Ocosingo", "Relato"):
        assert withheld not in json.dumps(public, ensure_ascii=False), withheld


def test_export_csv_filters_and_audit(fresh: Registry) -> None:
    registry = fresh
    table = list(
        csv.reader(io.StringIO(_export(registry, "internal", "csv", state_region="Oaxaca")))
    )
    header, body = table[0], table[1:]
    events = {row[header.index("event.event_record_number")] for row in body}
    assert events == {registry.ids["C"], registry.ids["D"]}
    with registry.desk_vault.db.reading() as s:
        entries = list(s.execute(select(AuditRow.record_id, AuditRow.action, AuditRow.detail)))
    exported = [(r, d) for r, a, d in entries if a == "exported"]
    assert {r for r, _ in exported} == {registry.ids["C"], registry.ids["D"], "export"}
    assert ("export", "profile=internal format=csv cases=2") in exported
    assert all("Caso" not in d for _, d in exported)


@pytest.mark.parametrize(("profile", "fmt"), [("press", "json"), ("internal", "xml")])
def test_unknown_profile_or_format_is_refused(registry: Registry, profile: str, fmt: str) -> None:
    with pytest.raises(ValidationError):
        _export(registry, profile, fmt)


def test_a_person_in_two_records_is_exported_once(registry: Registry) -> None:
    document = json.loads(_export(registry, "internal"))
    ids = [p["person_record_number"] for p in document["persons"]]
    assert len(ids) == len(set(ids))
    # in the order the cases were created, as the field vault exports them
    assert [e["event_record_number"] for e in document["events"]] == [
        registry.ids[k] for k in "ABCDE"
    ]


def test_nothing_exported_from_an_empty_match(registry: Registry) -> None:
    document = json.loads(_export(registry, "internal", text="nadie-tiene-esto"))
    assert document["events"] == [] and document["persons"] == []
