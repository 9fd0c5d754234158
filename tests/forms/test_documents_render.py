"""Filling, checking and rendering documents from a case snapshot, without a vault."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from forms.consent import Consent
from forms.documents import SPECS, legal, spec_for, wording
from forms.documents.content import DocumentContent, Meta, build_content
from forms.documents.prefill import prefill
from forms.documents.validate import DocumentIncomplete, clean_values
from forms.errors import ValidationError
from forms.pdf import render_pdf
from forms.pdf.qr import QrPayload

DAY = dt.date(2026, 3, 16)
RECORD = "0b6f3c1e-2a4d-4c8e-9f10-1234567890ab"
SALTILLO_NAME = "Xunka K\ua78cantsil"
APOSTROPHE_NAME = "Petul Ch\u02bcijil"


def consent(*uses: str, name_mode: str = "real") -> dict[str, Any]:
    body = {**Consent.for_uses(list(uses)).to_json(), "name_mode": name_mode}
    return {"version": 1, "created_at": "2026-03-15T10:00:00+00:00", **body}


def snapshot() -> dict[str, Any]:
    """The shape storage.documents.document_snapshot gives, with only what these tests read."""
    return {
        "case": {
            "folio": "2026-0007",
            "description": "",
            "start_date": "2026-03",
            "start_date_type": "unknown_day",
            "country": "MX",
            "state_region": "Chiapas",
            "municipality": "Ocosingo",
            "rights_affected": ["010800000000"],
        },
        "participants": [
            {"id": "v", "name": SALTILLO_NAME, "roles": ["victim"], "language": "tseltal"},
            {"id": "r", "name": APOSTROPHE_NAME, "roles": ["relative", "source"]},
            {"id": "w", "name": "Testigo Reservada", "roles": ["witness", "source"]},
            {"id": "p", "name": "Guardia Nacional", "roles": ["perpetrator"]},
        ],
        "acts": [
            {
                "victim_id": "v",
                "type_of_act": "020111110000",
                "start_date": "2026-03-12",
                "start_date_type": "exact",
                "arrest": None,
            },
            {
                "victim_id": "v",
                "type_of_act": "030102000000",
                "start_date": "2026-03-10",
                "start_date_type": "exact",
                "arrest": {
                    "authority_detained": "Guardia Nacional, unidad 12",
                    "authority_ordered": "",
                    "probable_places": ["Cuartel de Ocosingo"],
                    "incommunicado": True,
                    "search_efforts": [],
                },
            },
        ],
        "testimonies": [
            {
                "id": "t1",
                "interviewee_id": "r",
                "narrative": "Se la llevaron <de noche> & sin orden.",
                "taken_on": "2026-03-11",
                "taken_on_type": "exact",
                "language": "español",
                "consent": consent("store", "amparo", "commission", "iachr_precautionary"),
            },
            {
                "id": "t2",
                "interviewee_id": "w",
                "narrative": "Relato sin consentimiento para tribunales.",
                "consent": consent("store"),
            },
        ],
        "evidence": [
            {
                "id": "e1",
                "kind": "photo",
                "title": "Foto de la unidad",
                "original_filename": "unidad.jpg",
                "size_bytes": 2048,
                "sha256": "ab" * 32,
                "exif_captured_at": "2026-03-10T22:31:05-06:00",
                "declared_captured_at": "",
                "camera": "Motorola moto g32",
                "imported_at": "2026-03-11T10:00:00+00:00",
                "held": True,
                "custody": [
                    {
                        "seq": 1,
                        "action": "collected",
                        "at_utc": "2026-03-11T10:00:00+00:00",
                        "body": {"sha256": "ab" * 32, "medium": "import", "hash_verified": True},
                        "entry_hash": "cd" * 32,
                    }
                ],
                "custody_broken": [],
            }
        ],
    }


def content_for(
    doc_type: str, lang: str = "es", data: dict[str, Any] | None = None, **values: Any
) -> DocumentContent:
    spec = spec_for(doc_type)
    case = data or snapshot()
    filled = {**prefill(spec, case, lang), **values}
    return build_content(spec, case, filled, lang, Meta(RECORD, 3, "2026-0007", DAY))


FOOTER_LINE = re.compile(
    r"^(Página|Page) \d+ (de|of) \d+$|^Folio |^SHA-256 [0-9a-f]{64}$|^(Verificación|Verification)$"
)


def text_of(pdf: bytes) -> str:
    """The text of every page without its footer, whitespace collapsed."""
    lines = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for line in page.extract_text().splitlines():
            if not FOOTER_LINE.match(line):
                lines.append(line)
    return " ".join(" ".join(lines).split())


EXTRA = {
    "iachr-precautionary": {
        "requester": APOSTROPHE_NAME,
        "requester_contact": "correo@example.org",
        "seriousness": "Grave.",
        "urgency": "Urgente.",
        "irreparable_harm": "Irreparable.",
        "consent_justification": "Incomunicada.",
        "national_actions": ["Denuncia ante la Fiscalía, 11 de marzo de 2026."],
    },
    "complaint": {"complainant_contact": "Calle 1, Ocosingo"},
    "amparo": {"address": "Calle 1, Ocosingo"},
    "custody": {"custodian_organisation": "Colectivo", "collected_by": "Ana"},
}


@pytest.mark.parametrize(
    ("doc_type", "lang"), [(t, lang) for t, spec in SPECS.items() for lang in spec.languages]
)
def test_each_document_renders_with_its_headings_and_values(doc_type: str, lang: str) -> None:
    content = content_for(doc_type, lang, **EXTRA.get(doc_type, {}))
    content.require_complete()
    pdf = render_pdf(content)
    assert pdf.startswith(b"%PDF")
    text = text_of(pdf)
    numbered = 0
    for section in content.spec.sections:
        if section.heading and section.always:
            heading = section.heading.get(lang)
            if section.numbered:
                numbered += 1
            assert heading in text, heading
    assert wording.long_date(DAY, lang) in text


def test_prefill_reads_the_case_and_writes_dates_in_the_language() -> None:
    values = prefill(spec_for("amparo"), snapshot(), "es")
    assert values["aggrieved"] == SALTILLO_NAME
    assert values["petitioner"] == APOSTROPHE_NAME
    assert values["authority_executing"] == ["Guardia Nacional, unidad 12"]  # contains the other
    assert values["place_held"] == ["Cuartel de Ocosingo"]
    assert values["acts_claimed"] == ["detention", "incommunicado", "torture"]
    assert values["place_signed"] == "Ocosingo, Chiapas"
    facts = values["facts"]
    assert facts.index("10 de marzo de 2026") < facts.index("12 de marzo de 2026"), "by date"
    complaint = prefill(spec_for("complaint"), snapshot(), "es")
    assert "NACIONAL" in complaint["addressee"]  # a federal force: the CNDH
    assert complaint["rights"] == ["Derecho a la libertad personal"]
    assert complaint["known_on"] == "marzo de 2026"
    english = prefill(spec_for("iachr-precautionary"), snapshot(), "en")
    assert english["state"] == "Mexico"
    assert "March 10, 2026: Detention, imprisonment" in english["facts"]


def test_written_dates() -> None:
    assert wording.long_date(dt.date(2026, 3, 4), "es") == "4 de marzo de 2026"
    assert wording.long_date(dt.date(2026, 3, 4), "en") == "March 4, 2026"
    assert wording.partial_date("2026", "unknown_month_day", "es") == "2026"
    assert wording.partial_date("2026-03-04", "estimate", "es") == (
        "4 de marzo de 2026 (fecha aproximada)"
    )
    assert wording.free_datetime("2026-03-04 22:05", "es") == (
        "4 de marzo de 2026, a las 22:05 horas"
    )
    assert wording.free_datetime("anoche", "es") == "anoche"


def test_a_missing_required_field_blocks_printing_and_is_named() -> None:
    content = content_for("amparo-urgent", authority_executing=[])
    missing = content.missing()
    assert [m.name for m in missing] == ["authority_executing"]
    with pytest.raises(DocumentIncomplete) as raised:
        content.require_complete()
    message = raised.value.text()
    assert "Autoridad que ejecuta el acto" in message
    assert legal.AMPARO_109_III.cite.es in message
    assert raised.value.missing == tuple(missing)


def test_a_field_required_unless_another_is_given() -> None:
    base = EXTRA["iachr-precautionary"]
    content = content_for("iachr-precautionary", **{**base, "national_actions": []})
    assert [m.name for m in content.missing()] == ["national_actions"]
    reason = {**base, "national_actions": [], "not_reported_reason": "Miedo a represalias."}
    assert content_for("iachr-precautionary", **reason).missing() == []
    no_justification = {**base, "consent_justification": ""}
    names = [m.name for m in content_for("iachr-precautionary", **no_justification).missing()]
    assert names == ["consent_justification"]  # the victim's own consent is not recorded


def test_draft_values_are_checked_by_kind_and_unknown_names_refused() -> None:
    spec = spec_for("amparo")
    assert clean_values(spec, {"acts_claimed": ["torture"], "interpreter": True}) == {
        "acts_claimed": ["torture"],
        "interpreter": True,
    }
    for bad in (
        {"nonsense": "x"},
        {"acts_claimed": ["not-a-choice"]},
        {"interpreter": "yes"},
        {"facts": 3},
        {"precepts": "not a list"},
    ):
        with pytest.raises(ValidationError):
            clean_values(spec, bad)


def test_testimony_appears_only_where_its_consent_allows() -> None:
    text = text_of(render_pdf(content_for("amparo", **EXTRA["amparo"])))
    assert "Se la llevaron <de noche> & sin orden." in text  # markup characters printed as is
    assert "Relato sin consentimiento" not in text
    assert "no ha consentido que se use en este documento" in text
    assert "Testigo Reservada" not in text  # a person without consent appears as a code
    data = snapshot()
    data["testimonies"][0]["consent"] = {
        **consent("store", "amparo"),
        "withdrawn_on": "2026-03-15",
        "withdrawn_uses": ["amparo"],
    }
    withdrawn = text_of(render_pdf(content_for("amparo", data=data, **EXTRA["amparo"])))
    assert "Se la llevaron" not in withdrawn
    assert "retiró su consentimiento" in withdrawn


def test_fonts_are_embedded_and_indigenous_names_survive() -> None:
    pdf = render_pdf(content_for("amparo-urgent"))
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]  # TrueType subset
    text = text_of(pdf)
    assert SALTILLO_NAME in text and APOSTROPHE_NAME in text
    assert "Página 1 de" in reader.pages[0].extract_text()
    assert reader.metadata is not None and SALTILLO_NAME not in str(reader.metadata)


def test_same_content_gives_the_same_bytes_and_other_content_another_hash() -> None:
    first = content_for("complaint", **EXTRA["complaint"])
    again = content_for("complaint", **EXTRA["complaint"])
    assert render_pdf(first) == render_pdf(again)
    changed = content_for("complaint", facts="Otro relato.", **EXTRA["complaint"])
    assert changed.sha256 != first.sha256


def test_qr_payload_round_trips() -> None:
    payload = QrPayload(RECORD, 3, "ab" * 32)
    assert QrPayload.decode(payload.encode()) == payload
    assert re.fullmatch(r"[0-9A-Z:-]+", payload.encode()), "QR alphanumeric mode only"
    with pytest.raises(ValueError):
        QrPayload.decode("https://example.org")


def test_qr_code_in_the_pdf_decodes_to_id_version_and_hash(tmp_path: Path) -> None:
    zxingcpp = pytest.importorskip("zxingcpp", reason="test dependency zxing-cpp")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    from PIL import Image

    content = content_for("custody", "en", **EXTRA["custody"])
    pdf = render_pdf(content)
    source = tmp_path / "doc.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "200", "-f", "1", "-l", "1", "-png", source, tmp_path / "page"],
        check=True,
    )
    (page,) = tmp_path.glob("page*.png")
    with Image.open(page) as image:
        found = zxingcpp.read_barcodes(image)
    decoded = [QrPayload.decode(b.text) for b in found if b.format == zxingcpp.BarcodeFormat.QRCode]
    assert decoded == [QrPayload(RECORD, 3, content.sha256)]
