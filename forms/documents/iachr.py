"""Request for precautionary measures to the IACHR (Rules of Procedure art. 25; DOMAIN.md §2b).

The terms propuestos beneficiarios, gravedad, urgencia and daño irreparable are the
Commission's own; the order of the sections follows art. 25 and is this app's recommendation.
"""

from __future__ import annotations

from forms.documents import legal
from forms.documents.common import ANNEXES, EVIDENCE_LIST, PLACE_SIGNED, TESTIMONIES
from forms.documents.schema import (
    Column,
    Derived,
    DocumentSpec,
    Field,
    Items,
    Kind,
    Para,
    Section,
    Signature,
    Source,
    Text,
)

FIRST_MEASURE = Text(
    "Adopte las medidas necesarias para proteger la vida y la integridad personal de las "
    "personas beneficiarias.",
    "Adopt the measures necessary to protect the life and personal integrity of the beneficiaries.",
)
OTHER_MEASURES = Items(
    (
        Text(
            "Adopte medidas culturalmente adecuadas y con perspectiva de género.",
            "Adopt measures that are culturally appropriate and gender-sensitive.",
        ),
        Text(
            "Concierte las medidas a adoptarse con las personas beneficiarias y sus "
            "representantes.",
            "Agree on the measures to be adopted with the beneficiaries and their representatives.",
        ),
        Text(
            "Informe sobre las acciones adelantadas para investigar los hechos que dieron lugar "
            "a la adopción de la medida cautelar y así evitar su repetición.",
            "Report on the actions taken to investigate the facts that gave rise to this "
            "precautionary measure, so as to prevent their repetition.",
        ),
    )
)

TITLE = Section(
    "title",
    None,
    (
        Para(Text("SOLICITUD DE MEDIDAS CAUTELARES", "REQUEST FOR PRECAUTIONARY MEASURES")),
        Para(
            Text(
                "Comisión Interamericana de Derechos Humanos",
                "Inter-American Commission on Human Rights",
            )
        ),
        Para(Text("Estado: {state}", "State: {state}")),
    ),
    numbered=False,
    layout="title",
    always=True,
)
INTRO = Section(
    "intro",
    None,
    (
        Field(
            "state",
            Text("Estado", "State"),
            prefill=(Source(derive="country"),),
            printed=False,
        ),
        Para(
            Text(
                "{requester}, con fundamento en el artículo 25 del Reglamento de la Comisión "
                "Interamericana de Derechos Humanos, solicito a la Comisión que requiera al "
                "Estado de {state} la adopción de medidas cautelares a favor de las personas que "
                "se identifican en esta solicitud, quienes se encuentran en una situación de "
                "gravedad y urgencia que presenta un riesgo de daño irreparable a sus derechos.",
                "I, {requester}, under article 25 of the Rules of Procedure of the Inter-American "
                "Commission on Human Rights, ask the Commission to request the State of {state} "
                "to adopt precautionary measures in favour of the persons identified in this "
                "request, who are in a serious and urgent situation presenting a risk of "
                "irreparable harm to their rights.",
            )
        ),
    ),
    basis=(legal.IACHR_25,),
    numbered=False,
    always=True,
)
BENEFICIARIES = Section(
    "beneficiaries",
    Text("PERSONAS PROPUESTAS COMO BENEFICIARIAS", "PROPOSED BENEFICIARIES"),
    (
        Field(
            "beneficiaries",
            Text("Personas propuestas como beneficiarias", "Proposed beneficiaries"),
            Kind.LIST,
            required=True,
            basis=legal.IACHR_25_4_A,
            prefill=(Source(derive="victim_names"),),
            show_label=False,
        ),
        Field(
            "beneficiary_details",
            Text("Datos de identificación", "Identifying details"),
            Kind.LIST,
            prefill=(Source(derive="victim_profiles"),),
        ),
        Field(
            "beneficiary_group",
            Text(
                "Grupo, comunidad u organización (si la solicitud es colectiva)",
                "Group, community or organisation (for a collective request)",
            ),
            Kind.LONG_TEXT,
            basis=legal.IACHR_25_3,
        ),
    ),
    basis=(legal.IACHR_25_4_A, legal.IACHR_25_3),
)
REQUESTER = Section(
    "requester",
    Text("PARTE SOLICITANTE Y REPRESENTACIÓN", "REQUESTING PARTY AND REPRESENTATION"),
    (
        Field(
            "requester",
            Text("Nombre de la persona solicitante", "Name of the requester"),
            required=True,
            basis=legal.IACHR_REQUESTER,
            prefill=(Source(path="participants[roles=intervening_party].name"),),
        ),
        Field(
            "requester_organisation",
            Text("Organización", "Organisation"),
            prefill=(Source(path="participants[roles=intervening_party].organisation"),),
        ),
        Field(
            "requester_contact",
            Text("Datos de contacto", "Contact details"),
            required=True,
            basis=legal.IACHR_REQUESTER,
            prefill=(Source(path="participants[roles=intervening_party].contact"),),
        ),
        Field(
            "requester_relationship",
            Text("Relación con las personas beneficiarias", "Relationship to the beneficiaries"),
        ),
        Field(
            "reserve_identity",
            Text("Reserva de identidad frente al Estado", "Identity kept from the State"),
            Kind.BOOL,
            basis=legal.IACHR_RESERVE,
            when_true=Text(
                "Se solicita que la identidad de la parte solicitante se mantenga en reserva "
                "frente al Estado.",
                "The requester asks that their identity be kept confidential from the State.",
            ),
            show_label=False,
        ),
    ),
    basis=(legal.IACHR_REQUESTER,),
    layout="table",
)
CONSENT = Section(
    "consent",
    Text(
        "CONSENTIMIENTO DE LAS PERSONAS PROPUESTAS COMO BENEFICIARIAS",
        "CONSENT OF THE PROPOSED BENEFICIARIES",
    ),
    (
        Derived(
            "beneficiary_consent",
            "beneficiary_consent",
            Text("Consentimiento registrado", "Consent recorded"),
            columns=(
                Column("name", Text("Persona", "Person"), 0.35),
                Column("status", Text("Consentimiento", "Consent"), 0.65),
            ),
            basis=legal.IACHR_25_6_C,
        ),
        Field(
            "consent_justification",
            Text(
                "Motivos por los que no fue posible obtener el consentimiento",
                "Why consent could not be obtained",
            ),
            Kind.LONG_TEXT,
            required=True,
            basis=legal.IACHR_25_6_C,
            required_unless="beneficiaries_consented",
        ),
    ),
    basis=(legal.IACHR_25_6_C,),
    always=True,
)
FACTS = Section(
    "facts",
    Text(
        "DESCRIPCIÓN DETALLADA Y CRONOLÓGICA DE LOS HECHOS",
        "DETAILED AND CHRONOLOGICAL DESCRIPTION OF THE FACTS",
    ),
    (
        Field(
            "facts",
            Text("Hechos en orden cronológico", "Facts in chronological order"),
            Kind.LONG_TEXT,
            required=True,
            basis=legal.IACHR_25_4_B,
            prefill=(Source(derive="chronology"),),
            show_label=False,
        ),
        TESTIMONIES,
        Field("context", Text("Contexto", "Context"), Kind.LONG_TEXT),
    ),
    basis=(legal.IACHR_25_4_B,),
)
RISK = Section(
    "risk",
    Text(
        "SITUACIÓN DE GRAVEDAD, URGENCIA Y RIESGO DE DAÑO IRREPARABLE",
        "SERIOUSNESS, URGENCY AND RISK OF IRREPARABLE HARM",
    ),
    (
        Field(
            "seriousness",
            Text("Gravedad", "Seriousness"),
            Kind.LONG_TEXT,
            required=True,
            basis=legal.IACHR_25_2,
        ),
        Field(
            "urgency",
            Text("Urgencia", "Urgency"),
            Kind.LONG_TEXT,
            required=True,
            basis=legal.IACHR_25_2,
        ),
        Field(
            "irreparable_harm",
            Text("Daño irreparable", "Irreparable harm"),
            Kind.LONG_TEXT,
            required=True,
            basis=legal.IACHR_25_2,
        ),
    ),
    basis=(legal.IACHR_25, legal.IACHR_25_2),
)
NATIONAL = Section(
    "national",
    Text(
        "DENUNCIAS Y GESTIONES ANTE LAS AUTORIDADES NACIONALES",
        "REPORTS AND STEPS BEFORE NATIONAL AUTHORITIES",
    ),
    (
        Field(
            "national_actions",
            Text(
                "Denuncias y gestiones ante autoridades nacionales",
                "Reports and steps before national authorities",
            ),
            Kind.LIST,
            required=True,
            basis=legal.IACHR_25_6_A,
            prefill=(Source(derive="national_actions"),),
            required_unless="not_reported_reason",
            show_label=False,
        ),
        Field(
            "state_response",
            Text("Respuesta de las autoridades", "What the authorities did"),
            Kind.LONG_TEXT,
        ),
        Field(
            "not_reported_reason",
            Text(
                "Motivos por los que no fue posible denunciar",
                "Why it was not possible to report",
            ),
            Kind.LONG_TEXT,
        ),
    ),
    basis=(legal.IACHR_25_6_A,),
)
RELATED = Section(
    "related",
    Text(
        "RELACIÓN CON UNA PETICIÓN O CASO ANTE EL SISTEMA INTERAMERICANO",
        "RELATION TO A PETITION OR CASE BEFORE THE INTER-AMERICAN SYSTEM",
    ),
    (
        Field(
            "related_petition",
            Text("Petición o caso relacionado", "Related petition or case"),
            show_label=False,
        ),
    ),
    basis=(legal.IACHR_25,),
)
MEASURES = Section(
    "measures",
    Text("MEDIDAS DE PROTECCIÓN SOLICITADAS", "PROTECTION MEASURES REQUESTED"),
    (
        Para(
            Text(
                "Se solicita a la Comisión que requiera al Estado que:",
                "The Commission is asked to request the State to:",
            )
        ),
        Field(
            "measures",
            Text("Medidas solicitadas", "Measures requested"),
            Kind.LIST,
            required=True,
            basis=legal.IACHR_25_4_C,
            prefill=(
                Source(fixed=FIRST_MEASURE),
                Source(derive="detainee_measure"),
                Source(fixed=OTHER_MEASURES),
            ),
            show_label=False,
        ),
    ),
    basis=(legal.IACHR_25_4_C, legal.IACHR_MEASURES_PRACTICE),
)
ANNEX = Section(
    "annexes",
    Text("ANEXOS", "ANNEXES"),
    (EVIDENCE_LIST, ANNEXES, PLACE_SIGNED),
)

IACHR_PRECAUTIONARY = DocumentSpec(
    code="iachr-precautionary",
    title=Text(
        "Solicitud de medidas cautelares ante la Comisión Interamericana de Derechos Humanos",
        "Request for precautionary measures to the Inter-American Commission on Human Rights",
    ),
    languages=("es", "en"),
    sections=(
        TITLE,
        INTRO,
        BENEFICIARIES,
        REQUESTER,
        CONSENT,
        FACTS,
        RISK,
        NATIONAL,
        RELATED,
        MEASURES,
        ANNEX,
    ),
    signatures=(
        Signature(
            Text("Firma de la persona solicitante", "Signature of the requester"),
            name_field="requester",
            thumbprint=True,
        ),
    ),
    basis=(legal.IACHR_25,),
    consent_use="iachr_precautionary",
    structure=legal.IACHR_STRUCTURE,
)
