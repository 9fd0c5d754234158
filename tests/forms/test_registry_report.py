"""The desk's printable report: the counts, the criteria and term labels, in either language."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from forms.pdf.registry_report import (
    ReportContent,
    code_label,
    month_label,
    render_registry_report,
)

DEVICE = "ab" * 16
CONTENT = ReportContent(
    org_name="Red de Defensoras del Sureste",
    lang="es",
    generated_on=dt.date(2026, 3, 4),
    filters={"text": "", "state_region": "Chiapas", "act_type": "", "device_id": DEVICE},
    records=5,
    acts=9,
    by_type=(("IM03", 4), ("010101020000", 3), ("IM01", 2)),
    by_perpetrator=(("010104000000", 6), ("010103000000", 5)),
    by_state=(("Chiapas", 9),),
    by_month=(("2025-11", 2), ("2025-12", 3), ("2026-01", 4)),
    device_labels={DEVICE: "Laptop Ocosingo"},
    notes=("2 acts have no date and are not counted by month.",),
)


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_the_report_prints_the_criteria_totals_and_each_count_with_its_label() -> None:
    pdf = render_registry_report(CONTENT)
    text = text_of(pdf)
    assert "Red de Defensoras del Sureste" in text
    assert "Informe de agresiones registradas" in text
    assert "Generado el 4 de marzo de 2026" in text
    assert "Estado Chiapas" in text and "Laptop Ocosingo" in text
    assert "Búsqueda" not in text  # an empty criterion is not printed
    assert "Registros: 5. Agresiones (hechos) contadas: 9." in text
    for row in (
        "Amenazas 4 44%",
        "Ejecución extrajudicial fuera de cualquier procedimiento legal 3 33%",
        "Hostigamiento 2 22%",
        "Policía 6 67%",
        "Fuerzas armadas 5 56%",
        "Chiapas 9 100%",
        "noviembre de 2025 2 22%",
        "enero de 2026 4 44%",
    ):
        assert row in text, row
    assert "2 acts have no date" in text
    assert re.search(r"Página 1 de \d", text)
    assert PdfReader(io.BytesIO(pdf)).metadata.title == "Informe de agresiones registradas"


def test_in_english_with_no_criteria_and_no_attacks() -> None:
    empty = replace(
        CONTENT,
        lang="en",
        filters={},
        records=0,
        acts=0,
        by_type=(),
        by_perpetrator=(),
        by_state=(),
        by_month=(),
        notes=(),
    )
    text = text_of(render_registry_report(empty))
    assert "Report of recorded attacks" in text and "Generated on March 4, 2026" in text
    assert "All records (no filters)." in text
    assert "Records: 0. Attacks (acts) counted: 0." in text
    assert "No attack matches the criteria." in text
    assert "Attacks by type" not in text


def test_labels_of_codes_and_months() -> None:
    assert code_label("act_type", "IM03", "en") == "Threats"
    assert code_label("perpetrator_type", "010104000000", "es") == "Policía"
    assert code_label("act_type", "LOCAL99", "es") == "LOCAL99"
    assert month_label("2026-03", "es") == "marzo de 2026"
    assert month_label("not a month", "en") == "not a month"


def test_the_same_report_gives_the_same_bytes() -> None:
    assert render_registry_report(CONTENT) == render_registry_report(CONTENT)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_a_long_report_renders_every_page(tmp_path: Path) -> None:
    many = replace(
        CONTENT, by_month=tuple((f"20{y:02d}-{m:02d}", m) for y in (24, 25) for m in range(1, 13))
    )
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_registry_report(many))
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) == len(PdfReader(io.BytesIO(pdf.read_bytes())).pages) >= 2
