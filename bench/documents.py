"""Benchmark: rendering each legal document from a full case (target: at most 300 ms each).

`build_case` is also the sample case the document tests render: every part of the data model
a document reads, with names in Tseltal written with the saltillo and the modifier apostrophe.
"""

from __future__ import annotations

import io
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from PIL import Image

from forms.consent import Consent
from forms.document_types import DOCUMENT_TYPES, LANGUAGES
from storage.vault import Vault

TARGET_MS = 300
ROUNDS = 5

VICTIM = "Juana K\ua78cantsil Pérez Núñez"  # saltillo
WITNESS = "Petul Ch\u02bcijil López"  # modifier letter apostrophe
RELATIVE = "María Ixchel Gómez Ruíz"
ORGANISATION = "Colectivo de Defensoras del Soconusco, A.C."
POLICE = "Policía Municipal de Tapachula"
AUTHORITY_ORDERED = "Director de Seguridad Pública Municipal de Tapachula"
NARRATIVE = (
    "La noche del 14 de marzo vi cómo se llevaron a mi hermana en la patrulla 0457.\n\n"
    "Nadie nos quiso decir a dónde la llevaron; en los separos dijeron que no estaba ahí."
)
WITHHELD_NARRATIVE = "Relato que la persona no autorizó para documentos legales."
FULL_REQUIRED: dict[str, dict[str, Any]] = {
    "amparo-urgent": {},
    "amparo": {"address": "Calle 5 de Mayo 12, colonia Centro, Tapachula, Chiapas"},
    "iachr-precautionary": {
        "seriousness": "Una defensora indígena fue detenida sin orden y torturada.",
        "urgency": "Sigue incomunicada y las autoridades niegan tenerla.",
        "irreparable_harm": "Están en riesgo su vida y su integridad personal.",
        "consent_justification": "La persona beneficiaria está incomunicada.",
    },
    "complaint": {},
    "testimony": {},
    "custody": {"custodian_organisation": ORGANISATION, "collected_by": RELATIVE},
}


def _jpeg(folder: Path, name: str, when: str) -> Path:
    image = Image.new("RGB", (320, 240), (90, 120, 160))
    exif = Image.Exif()
    exif[0x010F] = "Motorola"
    exif[0x0110] = "moto g32"
    exif.get_ifd(0x8769)[0x9003] = when
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, quality=85)
    path = folder / name
    path.write_bytes(out.getvalue())
    return path


def build_case(vault: Vault, folder: Path, full: bool = True) -> str:
    """A detention case; `full` adds every detail the documents can use. Returns its id."""
    if not full:
        case = vault.cases.create(title="Detención").value
        victim = vault.persons.create(case_id=case.id, role="victim", name=VICTIM).value
        act = vault.acts.add(case.id, victim.id, type_of_act="030102000000").value
        vault.acts.set_arrest(act.id, authority_detained=POLICE)
        return case.id
    case = vault.cases.create(
        title="Detención de defensora comunitaria",
        description="Juana es promotora de salud y defensora del territorio en su comunidad.",
        start_date="2026-03-14",
        country="MX",
        state_region="Chiapas",
        municipality="Tapachula",
        rights_affected=["010800000000", "010900000000", "011100000000"],
    ).value
    people = vault.persons
    victim = people.create(
        case_id=case.id,
        role="victim",
        name=VICTIM,
        other_names="Xunka",
        sex="020000000000",
        ethnicity="Tseltal",
        language="tseltal (variante de Oxchuc)",
        speaks_spanish="partly",
        needs_interpreter=True,
        occupation="promotora comunitaria de salud",
        is_defender=True,
        organisation=ORGANISATION,
    ).value
    relative = people.create(
        case_id=case.id,
        role="relative",
        name=RELATIVE,
        contact="Calle 5 de Mayo 12, Tapachula; teléfono 962 000 0000",
        language="español",
    ).value
    people.create(
        case_id=case.id,
        role="intervening_party",
        name=ORGANISATION,
        counting_unit="group",
        organisation=ORGANISATION,
        contact="defensoras@example.org",
    )
    witness = people.create(case_id=case.id, role="witness", name=WITNESS).value
    police = people.create(
        case_id=case.id, role="perpetrator", name=POLICE, counting_unit="group"
    ).value
    detention = vault.acts.add(
        case.id,
        victim.id,
        type_of_act="030102000000",
        start_date="2026-03-14",
        exact_location="Parque central de Tapachula",
        location_at_end="Separos de la Policía Municipal",
        stated_reason="Supuesta falta administrativa",
        status_at_end="020204000000",
        age_at_time=34,
    ).value
    vault.acts.set_arrest(
        detention.id,
        detained_at="2026-03-14 22:30",
        place="Separos municipales de Tapachula",
        authority_detained=f"{POLICE} (patrulla 0457)",
        authority_ordered=AUTHORITY_ORDERED,
        whereabouts_known=False,
        whereabouts="010102010000",
        incommunicado=True,
        last_seen="Parque central de Tapachula, 14 de marzo de 2026, 22:30",
        probable_places=["Fiscalía de Distrito Fronterizo Costa", "Estación migratoria Siglo XXI"],
        search_efforts=[
            {
                "place": "Separos municipales",
                "when": "2026-03-15 08:00",
                "official": "Juez calificador en turno",
                "answer": "niega tenerla",
            }
        ],
        court_case_code="CI-TAP-0123/2026",
    )
    vault.acts.add_involvement(detention.id, police.id, degree="010000000000")
    vault.acts.add(
        case.id,
        victim.id,
        type_of_act="020111110000",
        start_date="2026-03-15",
        start_date_type="estimate",
        exact_location="Separos municipales de Tapachula",
    )
    first = vault.testimonies.add(
        case.id,
        relative.id,
        narrative=NARRATIVE,
        summary="Detención en el parque; la familia la buscó en los separos.",
        taken_on="2026-03-15",
        place_general="Tapachula",
        modality="in_person",
        language="español",
        interviewers="Rosa Hernández",
        read_back=True,
    ).value
    uses = ["store", "amparo", "commission", "iachr_precautionary"]
    vault.testimonies.record_consent(
        first.id,
        Consent.from_json(
            {
                **Consent.for_uses(uses).to_json(),
                "disclosures": ["who_we_are", "purpose", "risks", "voluntary", "withdrawal"],
                "method": "thumbprint",
                "name_mode": "real",
                "given_on": "2026-03-15",
                "obtained_by": "Rosa Hernández",
                "language": "español",
            }
        ),
    )
    second = vault.testimonies.add(
        case.id, witness.id, narrative=WITHHELD_NARRATIVE, taken_on="2026-03-15"
    ).value
    vault.testimonies.record_consent(second.id, Consent.for_uses(["store"]))
    for n, when in enumerate(("2026:03:14 22:31:05", "2026:03:15 09:02:44"), 1):
        path = _jpeg(folder, f"foto-{n}.jpg", when)
        evidence = vault.evidence.import_file(case.id, path).value.evidence
        path.unlink()
        vault.evidence.update(evidence.id, title=f"Fotografía {n} de la patrulla")
    return case.id


def draft(vault: Vault, case_id: str, doc_type: str, lang: str) -> str:
    """A draft of `doc_type` with the fields no case can fill given sample values."""
    document = vault.documents.create(case_id, doc_type, lang).value
    vault.documents.update_fields(document.id, **FULL_REQUIRED[doc_type])
    return document.id


def bench_documents(rounds: int = ROUNDS) -> dict[str, Any]:
    """{"document_render_ms": {type: median ms}, "target": 300}: prepare + render + record."""
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.create(Path(tmp) / "home", "benchmark passphrase", kdf_profile="fast").vault
        try:
            case_id = build_case(vault, Path(tmp))
            for doc_type in DOCUMENT_TYPES:
                document_id = draft(vault, case_id, doc_type, LANGUAGES[doc_type][0])
                vault.documents.render(document_id)  # warm: fonts, vocabularies
                times = []
                for _ in range(rounds):
                    start = time.perf_counter()
                    vault.documents.render(document_id)
                    times.append((time.perf_counter() - start) * 1000)
                results[doc_type] = round(statistics.median(times), 1)
        finally:
            vault.lock()
    return {"document_render_ms": results, "target": TARGET_MS}


if __name__ == "__main__":
    print(bench_documents())
