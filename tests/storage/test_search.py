"""Full-text search: accent- and case-insensitive, over cases, narratives and people."""

from __future__ import annotations

from storage.vault import Vault


def test_accents_and_case_do_not_matter(vault: Vault) -> None:
    case = vault.cases.create(title="Detención arbitraria en Ocosingo").value
    for query in ("detencion", "DETENCIÓN", "Detencion ocosingo", "deten"):
        assert [h.case_id for h in vault.search(query)] == [case.id], query
    assert vault.search("desaparición") == []


def test_narratives_and_people_lead_to_their_case(vault: Vault) -> None:
    case = vault.cases.create(title="Amenazas").value
    other = vault.cases.create(title="Otro caso").value
    person = vault.persons.create(case_id=case.id, role="victim", name="Xunka' Gómez Pérez").value
    vault.testimonies.add(case.id, person.id, narrative="Los hombres armados quemaron la milpa.")
    assert {h.case_id: h.matched for h in vault.search("milpa")} == {case.id: ("testimony",)}
    assert [h.case_id for h in vault.search("xunka")] == [case.id]
    assert [h.case_id for h in vault.search("gomez perez")] == [case.id]
    assert other.id not in {h.case_id for h in vault.search("milpa")}


def test_index_follows_edits_and_deletions(vault: Vault) -> None:
    case = vault.cases.create(title="Desalojo").value
    vault.cases.update(case.id, title="Desplazamiento forzado")
    assert vault.search("desalojo") == []
    assert [h.case_id for h in vault.search("desplazamiento")] == [case.id]
    vault.cases.delete_draft(case.id)
    assert vault.search("desplazamiento") == []


def test_search_syntax_cannot_be_injected(vault: Vault) -> None:
    vault.cases.create(title="Cateo ilegal")
    for hostile in ('"', "NEAR(", "title:*", "AND OR NOT", "*", "()", "-x"):
        vault.search(hostile)  # no exception: input is quoted word by word
    assert vault.search("   ") == []
