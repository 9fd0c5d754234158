"""Document drafts filled in from a real case, rendered in memory, recorded in the audit log."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from bench.documents import FULL_REQUIRED, NARRATIVE, WITHHELD_NARRATIVE, build_case
from forms.consent import Consent
from forms.documents import SPECS, spec_for
from forms.documents.schema import DocumentSpec, Kind
from forms.documents.validate import DocumentIncomplete
from forms.errors import ValidationError
from forms.pdf.qr import QrPayload
from storage.audit import audit_entries
from storage.vault import Vault
from tests.forms.test_documents_render import text_of

DAY = dt.date(2026, 3, 16)
TYPES = [(t, lang) for t, spec in SPECS.items() for lang in spec.languages]
# What a minimal case cannot give each document; a person types it in before printing.
MINIMAL_REQUIRED: dict[str, dict[str, Any]] = {
    "amparo-urgent": {"petitioner": "Rosa Pérez"},
    "amparo": {"petitioner": "Rosa Pérez", "address": "Calle 1, Tapachula"},
    "iachr-precautionary": {
        **FULL_REQUIRED["iachr-precautionary"],
        "requester": "Rosa Pérez",
        "requester_contact": "rosa@example.org",
        "national_actions": [],
        "not_reported_reason": "Miedo a represalias.",
    },
    "complaint": {"complainant": "Rosa Pérez", "complainant_contact": "Calle 1, Tapachula"},
    "testimony": {},
    "custody": FULL_REQUIRED["custody"],
}
MINIMAL_MISSING: dict[str, set[str]] = {
    "amparo-urgent": {"petitioner"},
    "amparo": {"petitioner", "address"},
    "iachr-precautionary": {
        "requester",
        "requester_contact",
        "consent_justification",
        "seriousness",
        "urgency",
        "irreparable_harm",
        "national_actions",
    },
    "complaint": {"complainant", "complainant_contact"},
    "testimony": set(),
    "custody": {"custodian_organisation", "collected_by"},
}


def printed_values(spec: DocumentSpec, values: dict[str, Any], lang: str) -> list[str]:
    """Each pre-filled value as the document prints it."""
    found = []
    for field in spec.fields():
        value = values.get(field.name)
        if value in (None, "", []) or not field.printed or field.kind is Kind.CHOICE:
            continue
        if field.kind is Kind.BOOL:
            sentence = field.when_true if value else field.when_false
            found += [sentence.get(lang)] if sentence else []
        elif field.kind is Kind.CHOICES:
            labels = {c.key: c.label.get(lang) for c in field.choices}
            found += [labels[k] for k in value]
        elif isinstance(value, list):
            found += value
        else:
            found += [chunk for chunk in value.split("\n\n") if chunk.strip()]
    return [" ".join(v.split()) for v in found]


def required_headings(spec: DocumentSpec, lang: str) -> list[str]:
    """Headings of sections printed always or holding a required field."""
    headings = []
    for section in spec.sections:
        required = any(getattr(b, "required", False) for b in section.content)
        if section.heading and (section.always or required):
            headings.append(section.heading.get(lang))
    return headings


@pytest.fixture
def full_case(vault: Vault, tmp_path: Path) -> str:
    return build_case(vault, tmp_path)


def minimal_case(vault: Vault, tmp_path: Path, doc_type: str) -> str:
    """The least a case holds for this document: a victim and a detention; a testimony with
    its consent for the testimony record; one evidence item for the custody record."""
    case_id = build_case(vault, tmp_path, full=False)
    if doc_type == "testimony":
        testimony = vault.testimonies.add(case_id, narrative="Breve relato.").value
        vault.testimonies.record_consent(testimony.id, Consent.for_uses(["store"]))
    if doc_type == "custody":
        source = tmp_path / "nota.txt"
        source.write_text("nota")
        vault.evidence.import_file(case_id, source)
    return case_id


def render(vault: Vault, case_id: str, doc_type: str, lang: str, values: dict[str, Any]) -> Any:
    draft = vault.documents.create(case_id, doc_type, lang).value
    if values:
        vault.documents.update_fields(draft.id, **values)
    return draft.id, vault.documents.render(draft.id, DAY).value


@pytest.mark.parametrize(("doc_type", "lang"), TYPES)
def test_full_case_prints_every_heading_and_prefilled_value(
    vault: Vault, full_case: str, doc_type: str, lang: str
) -> None:
    draft_id, rendered = render(vault, full_case, doc_type, lang, FULL_REQUIRED[doc_type])
    spec = spec_for(doc_type)
    text = text_of(rendered.pdf)
    for heading in required_headings(spec, lang):
        assert heading in text, heading
    for value in printed_values(spec, vault.documents.values(draft_id), lang):
        assert value in text, value
    if doc_type in ("custody", "amparo", "iachr-precautionary", "complaint"):
        for item in vault.evidence.for_case(full_case):
            assert item.sha256 in text
    assert rendered.sha256 == hashlib.sha256(rendered.pdf).hexdigest()


@pytest.mark.parametrize(("doc_type", "lang"), TYPES)
def test_minimal_case_prints_once_the_required_fields_are_typed_in(
    vault: Vault, tmp_path: Path, doc_type: str, lang: str
) -> None:
    case_id = minimal_case(vault, tmp_path, doc_type)
    draft = vault.documents.create(case_id, doc_type, lang).value
    missing = {m.name for m in vault.documents.validate(draft.id)}
    assert missing == MINIMAL_MISSING[doc_type]
    if MINIMAL_REQUIRED[doc_type]:
        vault.documents.update_fields(draft.id, **MINIMAL_REQUIRED[doc_type])
    assert vault.documents.validate(draft.id) == []
    text = text_of(vault.documents.render(draft.id, DAY).value.pdf)
    for heading in required_headings(spec_for(doc_type), lang):
        assert heading in text, heading
    for value in printed_values(spec_for(doc_type), vault.documents.values(draft.id), lang):
        assert value in text, value


def test_missing_required_field_blocks_printing_names_it_and_records_nothing(
    vault: Vault, full_case: str
) -> None:
    draft = vault.documents.create(full_case, "amparo-urgent", "es").value
    vault.documents.update_fields(draft.id, authority_executing=None)
    with pytest.raises(DocumentIncomplete) as raised:
        vault.documents.render(draft.id)
    assert "“Autoridad que ejecuta el acto” (Ley de Amparo, art. 109, fr. III)" in str(raised.value)
    assert [m.name for m in vault.documents.validate(draft.id)] == ["authority_executing"]
    with vault.db.reading() as s:
        assert [e.action for e in audit_entries(s, [draft.id])] == ["drafted"]


def test_each_rendering_is_audited_with_its_hashes_and_data_version(
    vault: Vault, full_case: str
) -> None:
    draft = vault.documents.create(full_case, "complaint", "es").value
    rendered = vault.documents.render(draft.id, DAY).value
    with vault.db.reading() as s:
        entry = audit_entries(s, [draft.id])[-1]
    assert entry.action == "rendered"
    assert f"sha256={rendered.sha256}" in entry.detail
    assert f"content_sha256={rendered.content_sha256}" in entry.detail
    assert "version=1" in entry.detail
    assert NARRATIVE.split("\n")[0] not in entry.detail
    vault.documents.record_export(draft.id, rendered.sha256)
    with vault.db.reading() as s:
        assert audit_entries(s, [draft.id])[-1].action == "exported"


def test_consent_decides_which_testimony_is_printed(vault: Vault, full_case: str) -> None:
    _, amparo = render(vault, full_case, "amparo", "es", FULL_REQUIRED["amparo"])
    text = text_of(amparo.pdf)
    assert " ".join(NARRATIVE.split()) in text
    assert WITHHELD_NARRATIVE not in text
    assert "no ha consentido que se use en este documento" in text
    first = vault.testimonies.for_case(full_case)[0]
    assert first.consent is not None
    withdrawn = Consent.from_json(
        {**first.consent.consent.to_json(), "withdrawn_on": "2026-03-16", "withdrawn_uses": []}
    )
    vault.testimonies.record_consent(first.id, withdrawn)
    _, again = render(vault, full_case, "amparo", "es", FULL_REQUIRED["amparo"])
    text = text_of(again.pdf)
    assert "noche del 14 de marzo" not in text
    assert "retiró su consentimiento" in text


def test_drafts_are_edited_refilled_and_still_rendered_after_the_case_is_final(
    vault: Vault, full_case: str
) -> None:
    draft = vault.documents.create(full_case, "amparo-urgent", "es").value
    with pytest.raises(ValidationError):
        vault.documents.update_fields(draft.id, no_such_field="x")
    vault.documents.update_fields(draft.id, court="C. JUEZ(A) DE PRIMERA INSTANCIA", contact=None)
    vault.documents.update_fields(draft.id, place_held=None)
    vault.documents.refill(draft.id)
    values = vault.documents.values(draft.id)
    assert values["court"] == "C. JUEZ(A) DE PRIMERA INSTANCIA"  # edits stay
    assert "Separos municipales de Tapachula" in values["place_held"]  # empties refilled
    vault.cases.finalize(full_case)
    assert vault.documents.render(draft.id).value.pdf.startswith(b"%PDF")
    assert vault.documents.latest(full_case, "amparo-urgent", "es") == vault.documents.get(draft.id)


def test_rendering_writes_no_file(vault: Vault, full_case: str, tmp_path: Path) -> None:
    before = {p for p in tmp_path.rglob("*")}
    draft = vault.documents.create(full_case, "custody", "en").value
    vault.documents.update_fields(draft.id, **FULL_REQUIRED["custody"])
    vault.documents.render(draft.id)
    created = {p for p in tmp_path.rglob("*")} - before
    assert not [p for p in created if p.suffix not in (".db-wal", ".db-shm")]


def test_printed_qr_code_carries_record_version_and_content_hash(
    vault: Vault, full_case: str, tmp_path: Path
) -> None:
    zxingcpp = pytest.importorskip("zxingcpp", reason="test dependency zxing-cpp")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    from PIL import Image

    draft = vault.documents.create(full_case, "amparo-urgent", "es").value
    rendered = vault.documents.render(draft.id, DAY).value
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "doc.pdf").write_bytes(rendered.pdf)
    subprocess.run(["pdftoppm", "-r", "200", "-png", "doc.pdf", "p"], cwd=pages, check=True)
    images = sorted(pages.glob("p*.png"))
    assert len(images) >= 2
    for path in images:  # every page carries it
        with Image.open(path) as image:
            (code,) = zxingcpp.read_barcodes(image)
        assert QrPayload.decode(code.text) == QrPayload(draft.id, 1, rendered.content_sha256)
    assert rendered.content_sha256 == vault.documents.prepare(draft.id, DAY).sha256
