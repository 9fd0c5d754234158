"""Export (ESF names, profiles, audit) and import (lossless, all or nothing) on real vaults."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from forms.consent import Consent
from forms.errors import ValidationError
from forms.esf import csv_header
from storage.orm import AuditRow, CaseRow, PersonRow
from storage.transfer import TransferService
from storage.vault import Vault
from tests.conftest import PASSPHRASE, make_jpeg

DETENTION = "030102000000"
DIRECTLY = "010100000000"
VICTIM_NAME = "Juana NAME-MARKER López"
SECRET_BYTES = b"BYTES-MARKER: the file itself never travels in an export"


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Vault]:
    """A second, empty vault to import into."""
    created = Vault.create(tmp_path / "other", PASSPHRASE, kdf_profile="fast")
    yield created.vault
    if created.vault.is_open:
        created.vault.lock()


def _export(vault: Vault, profile: str = "internal", fmt: str = "json", **kw: Any) -> str:
    out: list[str] = []
    TransferService(vault.db).export(profile, fmt, out.append, **kw)
    return out[0]


def _without_time(text_: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(text_)
    document.pop("exported_at")
    return document


def _rich_vault(
    vault: Vault, tmp_path: Path, consent: list[str] | None = None, name_mode: str = "real"
) -> dict[str, str]:
    """Every kind of record: a final case, a case under correction, arrest, consent versions,
    evidence with a custody chain, a person linked to nothing."""
    case = vault.cases.create(
        title="Detención arbitraria",
        description=f"Detuvieron a {VICTIM_NAME}.",
        start_date="2026-03-14",
        community="Ejido COMMUNITY-MARKER",
        municipality="Ocosingo",
        state_region="Chiapas",
        latitude=16.9,
        longitude=-92.1,
        act_types=[DETENTION],
    ).value
    victim = vault.persons.create(
        case.id, "victim", name=VICTIM_NAME, id_documents="CURP-MARKER", birth_date="1990"
    ).value
    witness = vault.persons.create(case.id, "witness", name="Pedro Martínez").value
    police = vault.persons.create(counting_unit="group", name="Policía Municipal").value
    vault.persons.create(name="Nadie Enlazado")
    act = vault.acts.add(case.id, victim.id, type_of_act=DETENTION, age_at_time=34).value
    vault.acts.set_arrest(
        act.id,
        detained_at="2026-03-14 21:30",
        probable_places=["Separos"],
        search_efforts=[{"place": "Fiscalía", "answer": "niega"}],
    )
    vault.acts.add_involvement(act.id, police.id, degree=DIRECTLY, perpetrator_types=["MX2406"])
    testimony = vault.testimonies.add(
        case.id, victim.id, narrative=f"Soy {VICTIM_NAME}. NARRATIVE-MARKER", reliability=None
    ).value
    vault.testimonies.record_consent(testimony.id, Consent.for_uses(["store"]))
    chosen = Consent.for_uses(consent or ["store"])
    vault.testimonies.record_consent(testimony.id, replace(chosen, name_mode=name_mode))
    photo = make_jpeg(tmp_path / "foto.jpg", exif_fields={"Make": "CAMERA-MARKER"})
    document = tmp_path / "acta.txt"
    document.write_bytes(SECRET_BYTES)
    ids = {"case": case.id, "victim": victim.id, "witness": witness.id, "act": act.id}
    for path in (photo, document):
        item = vault.evidence.import_file(case.id, path).value.evidence
        ids[path.suffix] = item.id
    vault.evidence.export_original(ids[".txt"], tmp_path / "copy.txt")  # a second custody link
    vault.cases.finalize(case.id)
    corrected = vault.cases.create(title="Amenaza", start_date="2026-04").value
    vault.cases.finalize(corrected.id)
    vault.cases.start_correction(corrected.id)
    ids["corrected"] = corrected.id
    return ids


# ------------------------------------------------------------------------------ round trip


def test_export_import_export_loses_nothing(vault: Vault, other: Vault, tmp_path: Path) -> None:
    ids = _rich_vault(vault, tmp_path)
    first = _export(vault)
    saved = TransferService(other.db).import_json(first)
    assert (saved.value.cases, saved.value.persons, saved.value.evidence) == (2, 4, 2)
    assert saved.changes.cases == {ids["case"], ids["corrected"]}
    assert _without_time(_export(other)) == _without_time(first)
    # The imported vault is whole: final stays final, chains verify, versions hash.
    assert other.cases.get(ids["case"]).is_final
    assert other.cases.get(ids["corrected"]).version == 2
    assert other.check() == []
    assert [e.action for e in other.evidence.custody(ids[".txt"])] == ["collected", "exported"]
    assert not other.evidence.get(ids[".txt"]).held  # metadata only: the bytes stayed home
    assert other.search("NAME-MARKER")[0].case_id == ids["case"]
    assert other.cases.create(title="new here").value.folio.endswith("-0003")
    assert "imported" in [e.action for e in other.history.audit(ids["case"])]


def test_export_carries_hashes_never_keys_or_bytes(vault: Vault, tmp_path: Path) -> None:
    ids = _rich_vault(vault, tmp_path)
    exported = _export(vault)
    assert SECRET_BYTES.decode() not in exported
    for internal_name in ("file_key", "media_name", "chunk_log2", "thumbnail"):
        assert internal_name not in exported
    evidence = {
        e["x_evidence_record_number"]: e for e in json.loads(exported)["events"][0]["x_evidence"]
    }
    assert evidence[ids[".txt"]]["x_sha256"] == vault.evidence.get(ids[".txt"]).sha256


def test_export_uses_esf_names(vault: Vault, tmp_path: Path) -> None:
    _rich_vault(vault, tmp_path)
    event = json.loads(_export(vault))["events"][0]
    assert event["event_title"] == "Detención arbitraria"
    assert event["initial_date"] == "2026-03-14" and event["x_folio"].endswith("-0001")
    act = event["acts"][0]
    assert act["type_of_act"] == DETENTION and act["age_at_time_of_victimisation"] == 34
    assert act["involvements"][0]["degree_of_involvement"] == DIRECTLY
    assert "title" not in event and "start_date" not in event


# ------------------------------------------------------------------------------ all or nothing


def _counts(vault: Vault) -> tuple[int, int]:
    with vault.db.reading() as s:
        return (
            s.scalar(select(func.count()).select_from(CaseRow)) or 0,
            s.scalar(select(func.count()).select_from(PersonRow)) or 0,
        )


def test_import_of_existing_ids_is_refused_and_writes_nothing(vault: Vault, tmp_path: Path) -> None:
    ids = _rich_vault(vault, tmp_path)
    exported = _export(vault)
    before = _counts(vault)
    with pytest.raises(ValidationError) as info:
        TransferService(vault.db).import_json(exported)
    assert "already in this vault" in info.value.text()
    assert any(ids[k] in info.value.text() for k in ("case", "corrected"))
    assert _counts(vault) == before


@pytest.mark.parametrize(
    ("tamper", "expected"),
    [
        (lambda d: d["events"][1].update(event_title="  "), "events[1]"),
        (lambda d: d["events"][1].update(initial_date="2026-02-30"), "2026-02-30"),
        (lambda d: d["events"][0]["acts"][0].update(type_of_act="nope"), "nope"),
        (lambda d: d["events"][0].update(x_surprise=1), "x_surprise"),
        (lambda d: d["persons"][0].pop("name"), "“name” is missing"),
        (lambda d: d["persons"].pop(0), "not in the file"),
        (lambda d: d["persons"].append(d["persons"][0]), "appears twice"),
        (lambda d: d["events"][0]["x_evidence"][0]["x_custody"][0].update(x_at_utc="x"), "custody"),
        (lambda d: d["events"][0]["x_versions"][0].update(x_snapshot="{}"), "SHA-256"),
        (
            lambda d: d["events"][0]["information"][0]["x_consent_history"][0]["x_consent"].update(
                uses={"sell": True}
            ),
            "sell",
        ),
        (lambda d: d.update(profile="partner"), "only internal exports"),
        (lambda d: d.update(format="other"), "not a Defender export"),
    ],
)
def test_malformed_import_names_the_problem_and_writes_nothing(
    vault: Vault, other: Vault, tmp_path: Path, tamper: Any, expected: str
) -> None:
    _rich_vault(vault, tmp_path)
    document = json.loads(_export(vault))
    tamper(document)
    with pytest.raises(ValidationError) as info:
        TransferService(other.db).import_json(json.dumps(document))
    assert expected in info.value.text() and "Nothing was imported" in info.value.text()
    assert _counts(other) == (0, 0)


def test_a_folio_already_used_here_is_refused(vault: Vault, other: Vault, tmp_path: Path) -> None:
    _rich_vault(vault, tmp_path)
    document = json.loads(_export(vault))
    other.cases.create(title="local")
    document["events"][0]["x_folio"] = other.cases.summaries()[0].folio
    with pytest.raises(ValidationError) as info:
        TransferService(other.db).import_json(json.dumps(document))
    assert "folio" in info.value.text()
    assert _counts(other) == (1, 0)


def test_a_failure_after_rows_were_written_rolls_everything_back(
    vault: Vault, other: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _rich_vault(vault, tmp_path)
    exported = _export(vault)

    def crash(*_: object) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr("storage.transfer_import._advance_folios", crash)  # runs after every insert
    with pytest.raises(RuntimeError):
        TransferService(other.db).import_json(exported)
    assert _counts(other) == (0, 0)
    monkeypatch.undo()
    TransferService(other.db).import_json(exported)
    assert _counts(other) == (2, 4)


def test_not_json_is_a_clear_error(other: Vault) -> None:
    with pytest.raises(ValidationError) as info:
        TransferService(other.db).import_json('{"format": ')
    assert "not valid JSON" in info.value.text()


# ------------------------------------------------------------------------------ profiles, audit


def test_court_export_names_only_the_consenting(vault: Vault, tmp_path: Path) -> None:
    _rich_vault(vault, tmp_path, consent=["store"])
    court = _export(vault, "court")
    for marker in ("NAME-MARKER", "CURP-MARKER", "NARRATIVE-MARKER", "CAMERA-MARKER", "foto"):
        assert marker not in court
    assert "Policía Municipal" in court  # a perpetrator (class E) stays named for the court

    consenting = tmp_path / "consenting"
    created = Vault.create(consenting / "home", PASSPHRASE, kdf_profile="fast").vault
    try:
        consenting.joinpath("files").mkdir()
        _rich_vault(created, consenting / "files", consent=["store", "amparo"])
        court = _export(created, "court")
    finally:
        created.lock()
    assert "NAME-MARKER" in court and "CURP-MARKER" in court and "NARRATIVE-MARKER" in court
    assert "CAMERA-MARKER" not in court


def test_court_export_keeps_the_pseudonym_a_person_chose(vault: Vault, tmp_path: Path) -> None:
    """Consenting to an amparo under a pseudonym keeps the pseudonym, even for the court."""
    _rich_vault(vault, tmp_path, consent=["store", "amparo"], name_mode="pseudonym")
    court = _export(vault, "court")
    assert "NAME-MARKER" not in court and "CURP-MARKER" not in court
    assert "NARRATIVE-MARKER" in court  # the words were consented to; the name was not


def test_partner_and_public_exports_leave_identities_out(vault: Vault, tmp_path: Path) -> None:
    _rich_vault(vault, tmp_path, consent=["store", "amparo", "partners"])
    partner = _export(vault, "partner")
    for marker in ("NAME-MARKER", "CURP-MARKER", "COMMUNITY-MARKER", "Pedro", "2026-03-14"):
        assert marker not in partner
    assert "Soy V1. NARRATIVE-MARKER" in partner
    public = _export(vault, "public")
    for marker in ("NAME-MARKER", "NARRATIVE-MARKER", "Detención arbitraria", "Ocosingo"):
        assert marker not in public
    assert json.loads(public)["aggregates"]["type_of_act"] == []  # one act: below the minimum
    table = _export(vault, "public", "csv")
    assert table.splitlines() == ["x_table,x_category,x_label_en,x_label_es,x_acts"]


def test_export_is_audited_by_ids_and_counts_only(vault: Vault, tmp_path: Path) -> None:
    ids = _rich_vault(vault, tmp_path)
    _export(vault, "court", "csv")
    audit = vault.history.audit(ids["case"])
    (entry,) = [e for e in audit if e.action == "exported" and e.entity == "case"]
    assert entry.detail == "profile=court format=csv"
    with vault.db.reading() as s:
        details = " ".join(s.scalars(select(AuditRow.detail)))
    assert "cases=2" in details and "NAME-MARKER" not in details and "Detención" not in details


def test_a_failed_sink_leaves_no_audit_entry(vault: Vault) -> None:
    case = vault.cases.create(title="x").value

    def broken(_: str) -> None:
        raise OSError("disk gone")

    with pytest.raises(OSError):
        TransferService(vault.db).export("internal", "json", broken)
    assert [e.action for e in vault.history.audit(case.id)] == ["created"]


@pytest.mark.parametrize(("profile", "fmt"), [("press", "json"), ("internal", "xml")])
def test_unknown_profile_or_format_is_refused(vault: Vault, profile: str, fmt: str) -> None:
    with pytest.raises(ValidationError):
        _export(vault, profile, fmt)


def test_export_of_some_cases_carries_just_their_persons(vault: Vault, tmp_path: Path) -> None:
    ids = _rich_vault(vault, tmp_path)
    document = json.loads(_export(vault, case_ids=[ids["case"]]))
    assert [e["event_record_number"] for e in document["events"]] == [ids["case"]]
    names = {p["name"] for p in document["persons"]}
    assert names == {VICTIM_NAME, "Pedro Martínez", "Policía Municipal"}


# ------------------------------------------------------------------------------ CSV


def test_csv_has_esf_header_and_one_row_per_involvement(vault: Vault, tmp_path: Path) -> None:
    ids = _rich_vault(vault, tmp_path)
    rows = list(csv.reader(io.StringIO(_export(vault, fmt="csv"))))
    header, body = rows[0], rows[1:]
    assert header == csv_header()
    assert {"event.event_title", "act.type_of_act", "victim.name", "perpetrator.name"} <= set(
        header
    )
    assert "involvement.degree_of_involvement" in header
    by_case = {r[header.index("event.event_record_number")]: r for r in body}
    assert len(body) == 2  # the detention with its perpetrator; the case without acts
    row = by_case[ids["case"]]
    assert row[header.index("victim.name")] == VICTIM_NAME
    assert row[header.index("perpetrator.name")] == "Policía Municipal"
    assert by_case[ids["corrected"]][header.index("act.act_record_number")] == ""
