"""Chain-of-custody record for the case's evidence (DOMAIN.md §2e).

Each item's SHA-256, capture metadata and every custody entry come from the vault at printing
time; hand-written transfers after printing go in the blank rows.
"""

from __future__ import annotations

from forms.documents import legal
from forms.documents.common import PLACE_SIGNED
from forms.documents.schema import (
    Column,
    Derived,
    DocumentSpec,
    Field,
    Kind,
    Para,
    Section,
    Signature,
    Source,
    Text,
)

TITLE = Section(
    "title",
    None,
    (Para(Text("REGISTRO DE CADENA DE CUSTODIA", "CHAIN OF CUSTODY RECORD")),),
    numbered=False,
    layout="title",
    always=True,
)
IDENTIFICATION = Section(
    "identification",
    Text("DATOS DE IDENTIFICACIÓN", "IDENTIFICATION"),
    (
        Para(
            Text(
                "Folio del caso: {folio}. Folio de este registro: {record_id}.",
                "Case folio: {folio}. Folio of this record: {record_id}.",
            ),
            style="plain",
        ),
        Field(
            "investigation_file",
            Text(
                "Carpeta de investigación o expediente",
                "Investigation or case file number",
            ),
            prefill=(Source(path="acts[].arrest.court_case_code"),),
        ),
        Field(
            "custodian_organisation",
            Text("Organización custodia", "Custodian organisation"),
            required=True,
            basis=legal.BERKELEY,
        ),
        Field(
            "custodian",
            Text("Persona responsable de la custodia", "Person responsible for custody"),
        ),
    ),
    basis=(legal.BERKELEY, legal.CNPP_227_228),
    layout="table",
    always=True,
)
ITEMS = Section(
    "items",
    Text(
        "IDENTIFICACIÓN DE LOS INDICIOS O ELEMENTOS",
        "IDENTIFICATION OF THE EVIDENCE ITEMS",
    ),
    (
        Derived(
            "evidence",
            "evidence",
            Text("Indicios o elementos", "Evidence items"),
            columns=(
                Column("no", Text("No.", "No."), 0.07),
                Column("title", Text("Descripción", "Description"), 0.25),
                Column("kind", Text("Tipo", "Type"), 0.15),
                Column("file", Text("Archivo original", "Original file"), 0.25),
                Column("size", Text("Tamaño", "Size"), 0.13),
                Column("device", Text("Dispositivo", "Device"), 0.15),
                Column("captured", Text("Fecha de captura", "Capture time"), full_row=True),
                Column(
                    "imported", Text("Ingreso a la bóveda", "Taken into the vault"), full_row=True
                ),
                Column("sha256", Text("SHA-256", "SHA-256"), full_row=True),
                Column("chain", Text("Bitácora digital", "Digital log"), full_row=True),
                Column("held", Text("Archivo", "File"), full_row=True),
            ),
            required=True,
            basis=legal.BERKELEY,
        ),
    ),
    basis=(legal.BERKELEY,),
    always=True,
)
COLLECTION = Section(
    "collection",
    Text("CIRCUNSTANCIAS DE LA OBTENCIÓN", "HOW THE ITEMS WERE OBTAINED"),
    (
        Field(
            "collected_by",
            Text("Quién los obtuvo o colectó", "Collected by"),
            required=True,
            basis=legal.BERKELEY,
        ),
        Field("received_from", Text("De quién se recibieron", "Received from")),
        Field(
            "collection_place",
            Text("Lugar (general)", "Place (general)"),
            prefill=(Source(derive="place_signed"),),
        ),
        Field(
            "collection_method",
            Text(
                "Método (entrega directa, descarga, captura de pantalla, captura web)",
                "Method (handed over, download, screenshot, web capture)",
            ),
            Kind.LONG_TEXT,
        ),
        Field(
            "online_details",
            Text(
                "Material en línea: URL, plataforma, cuenta, identidad virtual, IP del equipo y "
                "hora sincronizada",
                "Online material: URL, platform, account, virtual identity, machine IP and "
                "synchronised time",
            ),
            Kind.LONG_TEXT,
            basis=legal.BERKELEY,
        ),
    ),
    basis=(legal.BERKELEY,),
    layout="table",
)
PRESERVATION = Section(
    "preservation",
    Text("PRESERVACIÓN", "PRESERVATION"),
    (
        Field(
            "preservation",
            Text("Copia probatoria y copias de trabajo", "Evidentiary and working copies"),
            Kind.LONG_TEXT,
            basis=legal.BERKELEY,
            prefill=(
                Source(
                    default=Text(
                        "La copia probatoria de cada elemento se conserva sin alteraciones, "
                        "cifrada en el equipo de la organización. Su huella SHA-256 se calculó "
                        "al ingresarla, y cada acceso, copia o exportación queda registrado en "
                        "una bitácora en la que cada entrada contiene el hash de la anterior.",
                        "The evidentiary copy of each item is kept unaltered and encrypted on "
                        "the organisation's device. Its SHA-256 hash was computed when it was "
                        "taken in, and every access, copy or export is written to a log in "
                        "which each entry holds the hash of the one before.",
                    )
                ),
            ),
            show_label=False,
        ),
        Field(
            "physical_seal",
            Text(
                "Embalaje y sello del soporte físico (número de sello o bolsa)",
                "Packing and seal of physical media (seal or bag number)",
            ),
        ),
    ),
    basis=(legal.BERKELEY,),
)
TRANSFERS = Section(
    "transfers",
    Text(
        "REGISTRO DE TRANSFERENCIAS (CONTINUIDAD Y TRAZABILIDAD)",
        "TRANSFER LOG (CONTINUITY AND TRACEABILITY)",
    ),
    (
        Para(
            Text(
                "Entradas de la bitácora de custodia del equipo, en orden; cada una contiene el "
                "hash de la entrada anterior del mismo elemento:",
                "Entries of the device's custody log, in order; each holds the hash of the "
                "previous entry for the same item:",
            )
        ),
        Derived(
            "custody_log",
            "custody_log",
            Text("Bitácora de custodia", "Custody log"),
            columns=(
                Column("at", Text("Fecha y hora (UTC)", "Date and time (UTC)"), 0.22),
                Column("item", Text("No.", "No."), 0.07),
                Column("action", Text("Acción", "Action"), 0.2),
                Column("detail", Text("Detalles", "Details"), 0.51),
                Column("hash", Text("Hash de la entrada", "Entry hash"), full_row=True),
            ),
            basis=legal.BERKELEY,
        ),
        Para(
            Text(
                "Transferencias posteriores a la impresión de este registro:",
                "Transfers after this record was printed:",
            )
        ),
        Derived(
            "transfers",
            "nothing",
            Text("Transferencias a mano", "Handwritten transfers"),
            columns=(
                Column("at", Text("Fecha y hora", "Date and time"), 0.12),
                Column(
                    "from",
                    Text(
                        "Entrega (nombre, institución, cargo, firma)",
                        "Handed over by (name, institution, role, signature)",
                    ),
                    0.21,
                ),
                Column(
                    "to",
                    Text(
                        "Recibe (nombre, institución, cargo, firma)",
                        "Received by (name, institution, role, signature)",
                    ),
                    0.21,
                ),
                Column("purpose", Text("Propósito", "Purpose"), 0.13),
                Column("verified", Text("Hash verificado (sí/no)", "Hash checked (yes/no)"), 0.14),
                Column("notes", Text("Observaciones", "Notes"), 0.19),
            ),
            blank_rows=4,
            basis=legal.CNPP_227_228,
        ),
    ),
    basis=(legal.BERKELEY, legal.CNPP_227_228),
    always=True,
)
VERIFICATION = Section(
    "verification",
    Text("VERIFICACIÓN", "VERIFICATION"),
    (
        Field(
            "verification",
            Text("Método, resultado, persona y fecha", "Method, result, person and date"),
            Kind.LONG_TEXT,
            show_label=False,
        ),
        PLACE_SIGNED,
    ),
    basis=(legal.BERKELEY,),
)

CUSTODY = DocumentSpec(
    code="custody",
    title=Text("Registro de cadena de custodia", "Chain of custody record"),
    languages=("es", "en"),
    sections=(
        TITLE,
        IDENTIFICATION,
        ITEMS,
        COLLECTION,
        PRESERVATION,
        TRANSFERS,
        VERIFICATION,
    ),
    signatures=(
        Signature(
            Text("Persona responsable de la custodia", "Person responsible for custody"),
            name_field="custodian",
        ),
        Signature(Text("Persona que recibe (en su caso)", "Person receiving (if any)")),
    ),
    basis=(legal.BERKELEY, legal.CNPP_227_228),
    consent_use="store",
    structure=legal.CUSTODY_STRUCTURE,
)
