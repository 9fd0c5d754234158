"""Cases, persons, acts, testimonies and consent through the services, on a real vault."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from forms.consent import Consent
from forms.errors import ValidationError
from storage.errors import NotFound, RecordIsFinal
from storage.snapshot import sha256_text
from storage.vault import Vault

DETENTION = "030102000000"
DIRECTLY = "010100000000"  # MT18: involvement in violent acts, level 1


def _detention_case(vault: Vault) -> tuple[str, str, str]:
    case = vault.cases.create(title="Detención de defensora", start_date="2026-03").value
    victim = vault.persons.create(case_id=case.id, role="victim", name="Juana López").value
    act = vault.acts.add(case.id, victim.id, type_of_act=DETENTION).value
    return case.id, victim.id, act.id


def test_case_fields_round_trip_with_date_precision(vault: Vault) -> None:
    saved = vault.cases.create(title="T", start_date="2026", description="D", community="Ejido")
    case = vault.cases.get(saved.value.id)
    assert (case.start_date, case.start_date_type) == ("2026", "unknown_month_day")
    assert case.folio.endswith("-0001") and case.state == "draft" and case.version == 1
    assert saved.changes.cases == {case.id}
    updated = vault.cases.update(case.id, start_date="2026-03-14", start_date_type="estimate")
    assert (updated.value.start_date, updated.value.start_date_type) == ("2026-03-14", "estimate")


def test_invalid_input_names_the_field_and_stores_nothing(vault: Vault) -> None:
    case = vault.cases.create(title="Keep me").value
    with pytest.raises(ValidationError) as info:
        vault.cases.update(case.id, title="changed", start_date="2026-02-30")
    assert info.value.field_name == "start_date"
    assert vault.cases.get(case.id).title == "Keep me"
    with pytest.raises(ValidationError):
        vault.cases.create(title="   ")
    with pytest.raises(ValidationError):
        vault.cases.update(case.id, act_types=["not-a-code"])
    with pytest.raises(ValidationError):
        vault.cases.update(case.id, no_such_field=1)
    assert len(vault.cases.summaries()) == 1


def test_who_did_what_to_whom(vault: Vault) -> None:
    case_id, victim_id, act_id = _detention_case(vault)
    police = vault.persons.create(counting_unit="group", name="Policía Municipal").value
    vault.acts.set_arrest(
        act_id,
        detained_at="2026-03-14 21:30",
        authority_detained="Policía Municipal, patrulla 023",
        whereabouts_known=False,
        incommunicado=True,
        probable_places=["Separos municipales", "Fiscalía regional"],
        search_efforts=[{"place": "Fiscalía", "answer": "niega"}],
    )
    vault.acts.add_involvement(act_id, police.id, degree=DIRECTLY, perpetrator_types=["MX2406"])
    witness = vault.persons.create(case_id=case_id, role="witness", name="Pedro").value
    (act,) = vault.acts.for_case(case_id)
    assert act.arrest is not None and act.arrest.incommunicado is True
    assert act.arrest.probable_places == ("Separos municipales", "Fiscalía regional")
    assert act.involvements[0].perpetrator_types == ("MX2406",)
    roles = {p.person.id: p.roles for p in vault.cases.participants(case_id)}
    assert roles == {victim_id: ("victim",), police.id: ("perpetrator",), witness.id: ("witness",)}


def test_act_requires_a_type_and_a_real_victim(vault: Vault) -> None:
    case = vault.cases.create(title="x").value
    victim = vault.persons.create(name="v").value
    with pytest.raises(ValidationError):
        vault.acts.add(case.id, victim.id)
    with pytest.raises(NotFound):
        vault.acts.add(case.id, "no-such-person", type_of_act=DETENTION)


def test_testimony_with_consent_versions(vault: Vault) -> None:
    case_id, victim_id, _ = _detention_case(vault)
    testimony = vault.testimonies.add(case_id, victim_id, narrative="Llegaron de noche.").value
    first = vault.testimonies.record_consent(testimony.id, Consent.for_uses(["store", "amparo"]))
    same = vault.testimonies.record_consent(testimony.id, Consent.for_uses(["store", "amparo"]))
    assert same.value.version == first.value.version == 1 and same.changes.empty
    withdrawn = Consent.for_uses(["store", "amparo"]).__class__(
        uses=first.value.consent.uses, withdrawn_on="2026-04-01", withdrawn_uses=("amparo",)
    )
    second = vault.testimonies.record_consent(testimony.id, withdrawn).value
    assert second.version == 2
    assert not second.consent.allows("amparo") and second.consent.allows("store")
    assert [v.version for v in vault.testimonies.consent_history(testimony.id)] == [1, 2]
    got = vault.testimonies.get(testimony.id)
    assert got.narrative == "Llegaron de noche." and got.consent and got.consent.version == 2


def test_finalize_freezes_a_version_and_guards_everything(vault: Vault) -> None:
    case_id, victim_id, act_id = _detention_case(vault)
    testimony = vault.testimonies.add(case_id, victim_id, narrative="relato").value
    final = vault.cases.finalize(case_id).value
    assert final.state == "final" and final.finalized_at
    (version,) = vault.cases.versions(case_id)
    snapshot = vault.cases.version_snapshot(case_id, 1)
    assert sha256_text(snapshot) == version.sha256
    assert json.loads(snapshot)["testimonies"][0]["narrative"] == "relato"
    for attempt in (
        lambda: vault.cases.update(case_id, title="changed"),
        lambda: vault.acts.update(act_id, exact_location="x"),
        lambda: vault.acts.set_arrest(act_id, place="x"),
        lambda: vault.testimonies.update(testimony.id, narrative="rewritten"),
        lambda: vault.persons.link(case_id, victim_id, "witness"),
        lambda: vault.cases.delete_draft(case_id),
    ):
        with pytest.raises(RecordIsFinal):
            attempt()
    assert vault.testimonies.get(testimony.id).narrative == "relato"


def test_sql_guards_refuse_what_services_never_do(vault: Vault) -> None:
    """Defence in depth: even raw SQL cannot edit a final case or rewrite a log."""
    case_id, _, _ = _detention_case(vault)
    vault.cases.finalize(case_id)
    statements = [
        ("UPDATE cases SET title = 'x' WHERE id = :id", {"id": case_id}),
        ("UPDATE acts SET exact_location = 'x' WHERE case_id = :id", {"id": case_id}),
        ("DELETE FROM acts WHERE case_id = :id", {"id": case_id}),
        ("UPDATE record_versions SET snapshot = '{}'", {}),
        ("DELETE FROM record_versions", {}),
        ("UPDATE audit_log SET action = 'x'", {}),
        ("DELETE FROM audit_log", {}),
    ]
    for sql, params in statements:
        refused = pytest.raises(IntegrityError, match=r"final|append-only")
        with refused, vault.db.engine.begin() as c:
            c.execute(text(sql), params)


def test_correction_is_a_new_version_and_keeps_the_old(vault: Vault) -> None:
    case_id, _, _ = _detention_case(vault)
    vault.cases.finalize(case_id)
    draft = vault.cases.start_correction(case_id).value
    assert (draft.state, draft.version) == ("draft", 2)
    vault.cases.update(case_id, title="Corrected title")
    vault.cases.finalize(case_id)
    versions = vault.cases.versions(case_id)
    assert [v.version for v in versions] == [1, 2]
    first = json.loads(vault.cases.version_snapshot(case_id, 1))
    assert first["case"]["title"] == "Detención de defensora"
    actions = [e.action for e in vault.history.audit(case_id)]
    assert actions.count("finalized") == 2 and "correction_started" in actions


def test_draft_can_be_deleted_but_not_once_finalized(vault: Vault) -> None:
    keep = vault.cases.create(title="keep").value
    gone = vault.cases.create(title="gone").value
    vault.cases.delete_draft(gone.id)
    assert [c.id for c in vault.cases.summaries()] == [keep.id]
    vault.cases.finalize(keep.id)
    vault.cases.start_correction(keep.id)
    with pytest.raises(RecordIsFinal):
        vault.cases.delete_draft(keep.id)


def test_case_list_filters(vault: Vault) -> None:
    a = vault.cases.create(title="a", start_date="2025-12-01").value
    b = vault.cases.create(title="b", start_date="2026-03").value
    vault.cases.finalize(b.id)
    assert [c.id for c in vault.cases.summaries(state="final")] == [b.id]
    assert [c.id for c in vault.cases.summaries(date_from="2026-01-01")] == [b.id]
    assert [c.id for c in vault.cases.summaries(date_to="2025-12-31")] == [a.id]
    assert {c.id for c in vault.cases.summaries(date_to="2026-03")} == {a.id, b.id}
