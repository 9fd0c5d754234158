"""Testimony record with its informed-consent record (DOMAIN.md §2d, §3.2).

The account itself and the consent summary are computed at printing time from the vault, so
the record always shows the consent as it stands, and no account whose consent was withdrawn.
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
    (
        Para(
            Text(
                "REGISTRO DE TESTIMONIO CON CONSENTIMIENTO INFORMADO",
                "TESTIMONY RECORD WITH INFORMED CONSENT",
            )
        ),
    ),
    numbered=False,
    layout="title",
    always=True,
)
RECORD = Section(
    "record",
    Text("DATOS DEL REGISTRO", "RECORD DETAILS"),
    (
        Field(
            "testimony_id",
            Text("Testimonio", "Testimony"),
            Kind.CHOICE,
            required=True,
            basis=legal.TESTIMONY_STRUCTURE,
            prefill=(Source(derive="first_testimony"),),
        ),
        Field(
            "taken_on",
            Text("Fecha", "Date"),
            prefill=(Source(derive="testimony_date"),),
        ),
        Field("started_at", Text("Hora de inicio", "Start time")),
        Field("ended_at", Text("Hora de término", "End time")),
        Field(
            "place_general",
            Text("Municipio", "Municipality"),
            prefill=(Source(path="testimonies[id=$testimony_id].place_general"),),
        ),
        Field(
            "modality",
            Text("Modalidad", "How it was held"),
            prefill=(Source(derive="testimony_modality"),),
        ),
        Field(
            "interviewers",
            Text("Entrevistadora(s)", "Interviewer(s)"),
            prefill=(Source(path="testimonies[id=$testimony_id].interviewers"),),
        ),
        Field(
            "interpreter",
            Text("Intérprete (lengua y variante)", "Interpreter (language and variant)"),
            prefill=(Source(path="testimonies[id=$testimony_id].interpreter"),),
        ),
        Field("present", Text("Personas presentes", "Persons present")),
    ),
    basis=(legal.ISTANBUL, legal.TESTIMONY_STRUCTURE),
    layout="table",
    always=True,
)
CONSENT = Section(
    "consent",
    Text("CONSENTIMIENTO INFORMADO", "INFORMED CONSENT"),
    (
        Para(
            Text(
                "Resumen del registro de consentimiento, leído a la persona en una lengua que "
                "comprende. La persona puede poner sus iniciales o su huella junto a cada punto.",
                "Summary of the consent record, read to the person in a language they "
                "understand. The person may initial or thumbprint each item.",
            )
        ),
        Derived(
            "consent",
            "consent",
            Text("Registro de consentimiento informado", "Informed consent record"),
            columns=(
                Column("mark", Text("", ""), 0.06, box=True),
                Column("item", Text("Punto", "Item"), 0.5),
                Column("value", Text("Respuesta", "Answer"), 0.24),
                Column("initials", Text("Iniciales o huella", "Initials or thumbprint"), 0.2),
            ),
            required=True,
            basis=legal.ISTANBUL,
        ),
    ),
    basis=(legal.ISTANBUL, legal.WITNESS_CONSENT, legal.EVERY_CASUALTY),
    always=True,
)
DECLARANT = Section(
    "declarant",
    Text("DATOS DE LA PERSONA QUE DECLARA", "THE PERSON GIVING TESTIMONY"),
    (
        Derived(
            "declarant",
            "declarant",
            Text("Persona que declara", "Person giving testimony"),
            columns=(
                Column("item", Text("Dato", "Item"), 0.35),
                Column("value", Text("Valor", "Value"), 0.65),
            ),
        ),
    ),
    basis=(legal.TESTIMONY_STRUCTURE,),
)
ACCOUNT = Section(
    "account",
    Text("RELATO DE LOS HECHOS", "ACCOUNT OF THE EVENTS"),
    (
        Derived(
            "account",
            "chosen_narrative",
            Text("Relato", "Account"),
            layout="entries",
        ),
        Field(
            "is_translation",
            Text("Es una traducción", "Is a translation"),
            Kind.BOOL,
            when_true=Text(
                "Este texto es una traducción del relato original.",
                "This text is a translation of the original account.",
            ),
            show_label=False,
        ),
    ),
    basis=(legal.ISTANBUL,),
    always=True,
)
DETAILS = Section(
    "details",
    Text("PRECISIONES", "DETAILS"),
    (
        Field(
            "details",
            Text(
                "Fechas, lugares, personas involucradas, lesiones o afectaciones",
                "Dates, places, persons involved, injuries or harm",
            ),
            Kind.LONG_TEXT,
            prefill=(Source(path="testimonies[id=$testimony_id].summary"),),
            show_label=False,
        ),
    ),
    basis=(legal.ISTANBUL,),
)
DELIVERED = Section(
    "delivered",
    Text("DOCUMENTOS Y EVIDENCIAS ENTREGADOS", "DOCUMENTS AND EVIDENCE HANDED OVER"),
    (
        Field(
            "evidence_delivered",
            Text("Documentos y evidencias entregados", "Documents and evidence handed over"),
            Kind.LIST,
            show_label=False,
        ),
    ),
)
NEEDS = Section(
    "needs",
    Text("NECESIDADES Y CANALIZACIONES", "NEEDS AND REFERRALS"),
    (
        Field(
            "referrals",
            Text(
                "Atención médica, psicosocial, legal o de protección",
                "Medical, psychosocial, legal or protection support",
            ),
            Kind.LONG_TEXT,
            show_label=False,
        ),
    ),
)
READ_BACK = Section(
    "read_back",
    Text("LECTURA Y RATIFICACIÓN", "READING BACK AND RATIFICATION"),
    (
        Field(
            "read_back",
            Text("Se dio lectura y la persona está conforme", "Read back and agreed"),
            Kind.BOOL,
            prefill=(Source(path="testimonies[id=$testimony_id].read_back"),),
            when_true=Text(
                "Se dio lectura íntegra a este registro a la persona declarante, quien manifestó "
                "estar conforme con su contenido.",
                "This record was read back in full to the person, who said they agreed with its "
                "content.",
            ),
            show_label=False,
        ),
        Field(
            "read_back_language",
            Text("Lengua en que se dio lectura", "Language it was read back in"),
            prefill=(Source(path="testimonies[id=$testimony_id].language"),),
        ),
        Field(
            "corrections",
            Text("Correcciones que pidió la persona", "Corrections the person asked for"),
            Kind.LONG_TEXT,
        ),
        PLACE_SIGNED,
    ),
    basis=(legal.ISTANBUL,),
    layout="table",
    always=True,
)

TESTIMONY = DocumentSpec(
    code="testimony",
    title=Text(
        "Registro de testimonio con consentimiento informado",
        "Testimony record with informed consent",
    ),
    languages=("es", "en"),
    sections=(TITLE, RECORD, CONSENT, DECLARANT, ACCOUNT, DETAILS, DELIVERED, NEEDS, READ_BACK),
    signatures=(
        Signature(Text("Persona declarante", "Person giving testimony")),
        Signature(
            Text("Entrevistadora", "Interviewer"), name_field="interviewers", thumbprint=False
        ),
        Signature(Text("Intérprete", "Interpreter"), name_field="interpreter", thumbprint=False),
        Signature(Text("Testigo del consentimiento", "Witness to the consent")),
    ),
    basis=(legal.ISTANBUL, legal.WITNESS_CONSENT, legal.EVERY_CASUALTY),
    consent_use="store",
    structure=legal.TESTIMONY_STRUCTURE,
)
