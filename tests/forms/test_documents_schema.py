"""Document definitions are data that holds together: every reference resolves, every required
field names the article requiring it, every legal text says how it was checked."""

from __future__ import annotations

import string

import pytest

from forms.document_types import DOCUMENT_TYPES, LANGUAGES
from forms.documents import SPECS, legal
from forms.documents.derive import DERIVERS as BLOCK_DERIVERS
from forms.documents.derive import FACTS, check_labels_cover_consent
from forms.documents.prefill import DERIVERS as PREFILL_DERIVERS
from forms.documents.prefill import resolve
from forms.documents.schema import (
    PROVENANCE_LABELS,
    Derived,
    DocumentSpec,
    Field,
    Kind,
    Para,
    Provenance,
    Text,
)

META = {"record_id", "version", "folio", "generated_on"}


def names(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def all_specs() -> list[DocumentSpec]:
    return list(SPECS.values())


def texts(spec: DocumentSpec) -> list[Text]:
    found = [spec.title]
    for section in spec.sections:
        if section.heading:
            found.append(section.heading)
        for block in section.content:
            if isinstance(block, Para):
                found.append(block.text)
            else:
                found.append(block.label)
                if isinstance(block, Derived):
                    found += [c.label for c in block.columns if c.key != "mark"]
                else:
                    found += [c.label for c in block.choices]
    return found


def test_every_document_type_has_a_definition_in_its_languages() -> None:
    assert set(SPECS) == set(DOCUMENT_TYPES)
    for code, spec in SPECS.items():
        assert spec.code == code
        assert spec.languages == LANGUAGES[code]


@pytest.mark.parametrize("spec", all_specs(), ids=lambda s: s.code)
def test_every_label_exists_in_spanish_and_english(spec: DocumentSpec) -> None:
    for text in texts(spec):
        assert text.es.strip() and text.en.strip(), text
        assert names(text.es) == names(text.en), f"placeholders differ between languages: {text}"


@pytest.mark.parametrize("spec", all_specs(), ids=lambda s: s.code)
def test_references_inside_a_definition_resolve(spec: DocumentSpec) -> None:
    names = [f.name for f in spec.fields()]
    assert len(names) == len(set(names)), "field names repeat"
    known = set(names) | META
    for section in spec.sections:
        for block in section.content:
            if isinstance(block, Para):
                assert block.text.placeholders() <= known, block.text
                assert not block.when or block.when in known | set(FACTS)
            elif isinstance(block, Derived):
                assert block.derive in BLOCK_DERIVERS
            else:
                for source in block.prefill:
                    assert not source.derive or source.derive in PREFILL_DERIVERS
                    assert bool(source.path) + bool(source.derive) + bool(source.fixed) <= 1
                assert not block.required_unless or block.required_unless in known | set(FACTS)
                assert (block.kind is Kind.CHOICES) == bool(block.choices)
    for signature in spec.signatures:
        assert not signature.name_field or signature.name_field in names
    assert spec.place_field in names


@pytest.mark.parametrize("spec", all_specs(), ids=lambda s: s.code)
def test_required_fields_name_the_article_that_requires_them(spec: DocumentSpec) -> None:
    blocks: list[Field | Derived] = [*spec.fields(), *spec.derived()]
    for block in blocks:
        if block.required:
            assert block.basis is not None, block.name
            assert block.basis.cite.es and block.basis.cite.en


def test_urgent_amparo_requires_exactly_the_art_15_minimum() -> None:
    urgent = {f.name: f.basis for f in SPECS["amparo-urgent"].fields() if f.required}
    assert urgent == {
        "petitioner": legal.AMPARO_15,
        "aggrieved": legal.AMPARO_15,
        "acts_claimed": legal.AMPARO_109_I,
        "authority_executing": legal.AMPARO_109_III,
    }
    # the authority that ordered it "if possible", the place "where appropriate": not required
    assert SPECS["amparo-urgent"].field("authority_ordered").basis == legal.AMPARO_109_II
    assert SPECS["amparo-urgent"].field("place_held").basis == legal.AMPARO_109_IV
    full = {f.name for f in SPECS["amparo"].fields() if f.required}
    assert full == set(urgent) | {"address", "third_party", "facts", "precepts"}


def test_legal_provenance_is_marked_and_only_official_texts_pass_review() -> None:
    assert set(PROVENANCE_LABELS) == set(Provenance)
    for spec in all_specs():
        review = spec.needs_review()
        assert review, f"{spec.code}: every document rests on some unchecked text"
        assert all(b.provenance is not Provenance.READ for b in review)
    assert legal.IACHR_25.provenance is Provenance.READ
    assert legal.IACHR_25 not in SPECS["iachr-precautionary"].needs_review()
    assert legal.AMPARO_109_I in SPECS["amparo-urgent"].needs_review()
    assert legal.AMPARO_15.provenance is Provenance.READ_2


def test_consent_wording_covers_every_use_and_disclosure() -> None:
    assert check_labels_cover_consent() == []


def test_consent_uses_of_documents_exist() -> None:
    from forms.consent import USES

    assert {spec.consent_use for spec in all_specs()} <= set(USES)
    assert SPECS["amparo"].consent_use == "amparo"
    assert SPECS["iachr-precautionary"].consent_use == "iachr_precautionary"
    assert SPECS["complaint"].consent_use == "commission"


def test_paths_walk_lists_filter_and_use_field_values() -> None:
    snapshot = {
        "participants": [
            {"id": "1", "name": "Ana", "roles": ["victim"]},
            {"id": "2", "name": "Luis", "roles": ["witness"]},
        ],
        "acts": [
            {"arrest": {"probable_places": ["A", "B"]}},
            {"arrest": None},
            {"arrest": {"probable_places": ["C"]}},
        ],
        "testimonies": [{"id": "t1", "language": "tseltal"}, {"id": "t2", "language": "es"}],
    }
    assert resolve(snapshot, "participants[roles=victim].name", {}) == ["Ana"]
    assert resolve(snapshot, "acts[].arrest.probable_places", {}) == ["A", "B", "C"]
    values = {"testimony_id": "t2"}
    assert resolve(snapshot, "testimonies[id=$testimony_id].language", values) == ["es"]
    with pytest.raises(ValueError):
        resolve(snapshot, "acts[[]].x", {})
