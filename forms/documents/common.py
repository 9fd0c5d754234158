"""Pieces several document definitions share: the place of signing, evidence tables, wording."""

from __future__ import annotations

from forms.documents.schema import Column, Derived, Field, Kind, Para, Source, Text

PLACE_SIGNED = Field(
    "place_signed",
    Text("Lugar de firma", "Place of signing"),
    prefill=(Source(derive="place_signed"),),
    printed=False,
)
# The closing line: written by the renderer with the generation date in the document's language.
PLACE_AND_DATE = Text("{place}, a {date}.", "{place}, {date}.")
DATE_ONLY = Text("____________________, a {date}.", "____________________, {date}.")
THUMBPRINT_CAPTION = Text("Huella digital", "Thumbprint")
NAME_CAPTION = Text("Nombre: {name}", "Name: {name}")
PAGE_OF = Text("Página {page} de {pages}", "Page {page} of {pages}")
FOOTER = Text(
    "Folio {folio} · versión de los datos {version} · generado el {generated_on}",
    "Folio {folio} · data version {version} · generated on {generated_on}",
)
QR_CAPTION = Text("Verificación", "Verification")

EVIDENCE_COLUMNS = (
    Column("no", Text("No.", "No."), 0.07),
    Column("title", Text("Elemento", "Item"), 0.33),
    Column("kind", Text("Tipo", "Type"), 0.15),
    Column("captured", Text("Fecha de captura", "Capture time"), 0.45),
    Column("sha256", Text("SHA-256", "SHA-256"), full_row=True),
)


EVIDENCE_LIST = Derived(
    "evidence",
    "evidence",
    Text("Elementos de prueba y su huella criptográfica", "Evidence items and their hashes"),
    columns=EVIDENCE_COLUMNS,
    show_label=True,
)


ANNEXES = Field(
    "annexes",
    Text("Otros anexos", "Other annexes"),
    Kind.LIST,
)
TESTIMONIES = Derived(
    "testimonies",
    "testimonies",
    Text("Testimonios recabados", "Testimonies gathered"),
    layout="entries",
    show_label=True,
)
PRESENT = Para(Text("P R E S E N T E", "Present"), style="strong")
