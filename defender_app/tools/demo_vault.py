"""A demo vault with invented but realistic records, for screenshots and trying the app."""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image, ImageDraw

from forms.consent import Consent
from storage.vault import Vault

DEMO_PASSPHRASE = "demo passphrase for screenshots"


def _photo(path: Path, seed: int) -> Path:
    """A plausible landscape picture (sky, hills, a road), drawn, not downloaded."""
    rng = random.Random(seed)
    img = Image.new("RGB", (1600, 1200), (120 + rng.randrange(60), 170, 220))
    draw = ImageDraw.Draw(img)
    for band in range(4):
        top = 500 + band * 140 + rng.randrange(60)
        green = (40 + band * 25, 110 + rng.randrange(60), 50)
        draw.polygon(
            [(0, top), (800, top - rng.randrange(150)), (1600, top), (1600, 1200), (0, 1200)],
            fill=green,
        )
    draw.polygon([(700, 1200), (780, 620), (820, 620), (950, 1200)], fill=(150, 130, 110))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85)
    path.write_bytes(out.getvalue())
    return path


def build_demo_vault(home: Path, scratch: Path) -> str:
    """Create the vault and return the id of its richest case."""
    vault = Vault.create(home, DEMO_PASSPHRASE, kdf_profile="fast").vault
    try:
        v = vault
        case = v.cases.create(
            title="Detención arbitraria de defensora comunitaria",
            start_date="2026-03-14",
            state_region="Chiapas",
            municipality="Ocosingo",
            community="Ejido Nuevo Progreso",
            description=(
                "La defensora fue detenida por elementos de la policía municipal al salir de "
                "la asamblea ejidal. No se informó a la familia del lugar de detención."
            ),
            act_types=["030102000000"],
            rights_affected=[],
            attack_types=["IM09"],
            attack_level="personal",
            related_to_defence="yes",
            gender_component=True,
        ).value
        victim = v.persons.create(
            case.id, "victim", name="Xunka' López Gómez", language="Tseltal", is_defender=True
        ).value
        v.persons.create(case.id, "witness", name="Petrona Hernández")
        police = v.persons.create(counting_unit="group", name="Policía Municipal de Ocosingo").value
        act = v.acts.add(
            case.id, victim.id, type_of_act="030102000000", start_date="2026-03-14"
        ).value
        v.acts.set_arrest(
            act.id,
            detained_at="2026-03-14 18:40",
            place="Salida del salón ejidal",
            authority_detained="Policía Municipal de Ocosingo, patrulla 027",
            whereabouts_known=False,
            incommunicado=True,
            probable_places=["Separos de la policía municipal", "Fiscalía Indígena, Ocosingo"],
            search_efforts=[
                {"place": "Fiscalía Indígena", "when": "2026-03-15 09:00", "answer": "niega"}
            ],
        )
        v.acts.add_involvement(
            act.id, police.id, degree="010100000000", perpetrator_types=["MX2406"]
        )
        testimony = v.testimonies.add(
            case.id,
            victim.id,
            taken_on="2026-03-20",
            place_general="Ocosingo",
            language="Tseltal, con intérprete",
            narrative=(
                "Salí de la asamblea y me subieron a una camioneta sin decirme por qué. "
                "Me tuvieron en un cuarto sin ventanas; no me dejaron llamar a mi familia."
            ),
        ).value
        v.testimonies.record_consent(
            testimony.id, Consent.for_uses(["store", "amparo", "iachr_precautionary"])
        )
        photos = [_photo(scratch / f"IMG_20260314_{n:04d}.jpg", n) for n in range(1, 5)]
        v.evidence.import_files(case.id, photos)
        for photo in photos:
            photo.unlink()
        v.documents.create(case.id, "amparo-urgent", "es", "Amparo urgente — Xunka' López")
        for title, date, place in (
            (
                "Amenazas de muerte a radio comunitaria",
                "2026-02",
                ("Chiapas", "San Cristóbal de las Casas"),
            ),
            ("Desalojo forzado en predio comunal", "2025-11-02", ("Chiapas", "Chilón")),
            ("Hostigamiento a defensora de la tierra", "2026-01", ("Oaxaca", "Juchitán")),
        ):
            other = v.cases.create(
                title=title, start_date=date, state_region=place[0], municipality=place[1]
            ).value
            if "Desalojo" in title:
                v.cases.finalize(other.id)
        return case.id
    finally:
        vault.lock()
