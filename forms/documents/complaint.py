"""Complaint (queja) to the CNDH or a state human rights commission (DOMAIN.md §2c)."""

from __future__ import annotations

from forms.documents import legal
from forms.documents.common import ANNEXES, EVIDENCE_LIST, PLACE_SIGNED, PRESENT, TESTIMONIES
from forms.documents.schema import (
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

HEADER = Section(
    "header",
    None,
    (
        Field(
            "urgent",
            Text("Queja urgente", "Urgent complaint"),
            Kind.BOOL,
            prefill=(Source(derive="detained_or_missing"),),
            when_true=Text("QUEJA URGENTE", "URGENT COMPLAINT"),
            show_label=False,
        ),
        Para(
            Text(
                "ASUNTO: Se presenta queja por presuntas violaciones a derechos humanos.",
                "SUBJECT: Complaint of alleged human rights violations.",
            )
        ),
    ),
    numbered=False,
    layout="header",
    always=True,
)
ADDRESSEE = Section(
    "addressee",
    None,
    (
        Field(
            "addressee",
            Text("Comisión a la que se dirige", "Commission addressed"),
            prefill=(Source(derive="commission"),),
            show_label=False,
        ),
        PRESENT,
    ),
    basis=(legal.CPEUM_102_B,),
    numbered=False,
    layout="addressee",
    always=True,
)
INTRO = Section(
    "intro",
    None,
    (
        Para(
            Text(
                "{complainant}, con fundamento en el artículo 102, apartado B, de la Constitución "
                "Política de los Estados Unidos Mexicanos y en la ley que rige a esa Comisión, "
                "presento queja por actos u omisiones de autoridades que presuntamente violan los "
                "derechos humanos de las personas que se señalan en este escrito.",
                "I, {complainant}, under article 102(B) of the Mexican Constitution and the law "
                "governing this Commission, file a complaint about acts or omissions of "
                "authorities that allegedly violate the human rights of the persons named here.",
            )
        ),
        Field(
            "on_behalf_detained",
            Text(
                "La persona agraviada está privada de la libertad o desaparecida",
                "The aggrieved person is detained or missing",
            ),
            Kind.BOOL,
            basis=legal.CNDH_LAW_25_27,
            prefill=(Source(derive="detained_or_missing"),),
            when_true=Text(
                "Presento la queja en favor de la persona agraviada porque se encuentra privada "
                "de su libertad o se desconoce su paradero.",
                "I file on behalf of the aggrieved person because they are deprived of liberty "
                "or their whereabouts are unknown.",
            ),
            show_label=False,
        ),
    ),
    basis=(legal.CPEUM_102_B, legal.CNDH_LAW_25_27),
    numbered=False,
    always=True,
)
COMPLAINANT = Section(
    "complainant",
    Text("DATOS DE LA PERSONA QUEJOSA", "THE COMPLAINANT"),
    (
        Field(
            "complainant",
            Text("Nombre de la persona quejosa", "Name of the complainant"),
            required=True,
            basis=legal.CNDH_LAW_25_27,
            prefill=(
                Source(path="participants[roles=relative].name"),
                Source(path="participants[roles=intervening_party].name"),
            ),
        ),
        Field(
            "complainant_contact",
            Text(
                "Domicilio, teléfono o correo para recibir notificaciones",
                "Address, phone or email for notifications",
            ),
            required=True,
            basis=legal.CNDH_LAW_25_27,
            prefill=(
                Source(path="participants[roles=relative].contact"),
                Source(path="participants[roles=intervening_party].contact"),
            ),
        ),
        Field(
            "complainant_relationship",
            Text("Relación con la persona agraviada", "Relationship to the aggrieved person"),
        ),
        Field(
            "complainant_language",
            Text("Lengua", "Language"),
            prefill=(Source(path="participants[roles=relative].language"),),
        ),
        Field(
            "complainant_interpreter",
            Text("Necesita intérprete", "Needs an interpreter"),
            Kind.BOOL,
            basis=legal.CNDH_LAW_25_27,
            when_true=Text(
                "Solicito que se me asigne una persona traductora o intérprete sin costo, porque "
                "no hablo o no entiendo bien el español.",
                "I ask for a translator or interpreter free of charge, because I do not speak "
                "or understand Spanish well.",
            ),
            show_label=False,
        ),
    ),
    basis=(legal.CNDH_LAW_25_27,),
    layout="table",
)
AGGRIEVED = Section(
    "aggrieved",
    Text("DATOS DE LA PERSONA O PERSONAS AGRAVIADAS", "THE AGGRIEVED PERSON OR PERSONS"),
    (
        Field(
            "aggrieved",
            Text("Persona o personas agraviadas", "Aggrieved person or persons"),
            Kind.LIST,
            required=True,
            basis=legal.CNDH_LAW_25_27,
            prefill=(Source(derive="victim_names"),),
            show_label=False,
        ),
        Field(
            "aggrieved_details",
            Text("Datos de identificación", "Identifying details"),
            Kind.LIST,
            prefill=(Source(derive="victim_profiles"),),
        ),
        Field(
            "last_known_place",
            Text(
                "Último lugar conocido (si está detenida o desaparecida)",
                "Last known place (if detained or missing)",
            ),
            Kind.LIST,
            prefill=(
                Source(path="acts[].arrest.place"),
                Source(path="acts[].arrest.last_seen"),
                Source(path="acts[].arrest.probable_places"),
            ),
        ),
    ),
    basis=(legal.CNDH_LAW_25_27,),
)
CONFIDENTIALITY = Section(
    "confidentiality",
    Text(
        "SOLICITUD DE CONFIDENCIALIDAD DE DATOS PERSONALES",
        "REQUEST TO KEEP PERSONAL DATA CONFIDENTIAL",
    ),
    (
        Field(
            "confidential",
            Text("Solicita reserva de datos", "Asks for confidentiality"),
            Kind.BOOL,
            basis=legal.CNDH_CONFIDENTIAL,
            prefill=(Source(derive="yes"),),
            when_true=Text(
                "Solicito que mis datos personales y los de la persona agraviada se mantengan en "
                "estricta reserva.",
                "I ask that my personal data and those of the aggrieved person be kept strictly "
                "confidential.",
            ),
            when_false=Text(
                "No solicito la reserva de mis datos personales.",
                "I do not ask for my personal data to be kept confidential.",
            ),
            show_label=False,
        ),
        Field(
            "confidential_data",
            Text("Datos que deben reservarse", "Data to keep confidential"),
        ),
    ),
    basis=(legal.CNDH_CONFIDENTIAL,),
)
AUTHORITIES = Section(
    "authorities",
    Text(
        "AUTORIDADES O PERSONAS SERVIDORAS PÚBLICAS SEÑALADAS COMO RESPONSABLES",
        "AUTHORITIES OR PUBLIC OFFICIALS NAMED AS RESPONSIBLE",
    ),
    (
        Field(
            "authorities",
            Text("Autoridades señaladas como responsables", "Authorities named as responsible"),
            Kind.LIST,
            required=True,
            basis=legal.CPEUM_102_B,
            prefill=(
                Source(path="acts[].arrest.authority_detained"),
                Source(path="acts[].arrest.authority_ordered"),
                Source(path="participants[roles=perpetrator].name"),
            ),
            show_label=False,
        ),
        Field(
            "authorities_description",
            Text(
                "Corporación, cargo, uniformes y vehículos",
                "Force, rank, uniforms and vehicles",
            ),
            Kind.LONG_TEXT,
        ),
    ),
    basis=(legal.CPEUM_102_B,),
)
FACTS = Section(
    "facts",
    Text("NARRACIÓN DE LOS HECHOS", "ACCOUNT OF THE FACTS"),
    (
        Para(
            Text(
                "Los hechos ocurrieron como se narra a continuación (qué, cuándo, dónde, cómo y "
                "quiénes):",
                "The facts happened as follows (what, when, where, how and who):",
            )
        ),
        Field(
            "facts",
            Text("Narración de los hechos", "Account of the facts"),
            Kind.LONG_TEXT,
            required=True,
            basis=legal.CNDH_LAW_25_27,
            prefill=(Source(derive="chronology"),),
            show_label=False,
        ),
        Field(
            "known_on",
            Text(
                "Fecha en que se tuvo conocimiento de los hechos",
                "Date the facts became known",
            ),
            basis=legal.CNDH_LAW_25_27,
            prefill=(Source(derive="case_date"),),
        ),
        TESTIMONIES,
    ),
    basis=(legal.CNDH_LAW_25_27,),
)
RIGHTS = Section(
    "rights",
    Text("DERECHOS HUMANOS PRESUNTAMENTE VIOLADOS", "HUMAN RIGHTS ALLEGEDLY VIOLATED"),
    (
        Field(
            "rights",
            Text("Derechos presuntamente violados", "Rights allegedly violated"),
            Kind.LIST,
            prefill=(Source(derive="rights_affected"),),
            show_label=False,
        ),
    ),
)
EVIDENCE = Section(
    "evidence",
    Text("PRUEBAS Y DOCUMENTOS QUE SE ACOMPAÑAN", "EVIDENCE AND DOCUMENTS ATTACHED"),
    (EVIDENCE_LIST, ANNEXES),
)
REQUESTS = Section(
    "requests",
    Text("PETICIONES", "REQUESTS"),
    (
        Para(Text("Por lo expuesto, atentamente solicito:", "I therefore respectfully ask:")),
        Field(
            "requests",
            Text("Peticiones", "Requests"),
            Kind.LIST,
            basis=legal.CNDH_LAW_40,
            prefill=(
                Source(
                    default=Items(
                        (
                            Text(
                                "Admitir y registrar esta queja y asignarle número de expediente.",
                                "To admit and register this complaint and give it a file number.",
                            ),
                            Text(
                                "Solicitar de inmediato a las autoridades señaladas las medidas "
                                "precautorias o cautelares necesarias para evitar daños de "
                                "difícil o imposible reparación a la persona agraviada.",
                                "To ask the authorities named, at once, for the precautionary "
                                "measures needed to prevent harm to the aggrieved person that "
                                "would be difficult or impossible to repair.",
                            ),
                            Text(
                                "Visitar el lugar en que la persona agraviada se encuentra o "
                                "puede encontrarse detenida y dar fe de su estado.",
                                "To visit the place where the aggrieved person is or may be "
                                "held and certify their condition.",
                            ),
                            Text(
                                "Ordenar la certificación médica de la persona agraviada.",
                                "To order a medical certification of the aggrieved person.",
                            ),
                            Text(
                                "Investigar los hechos y, en su oportunidad, emitir la "
                                "recomendación que corresponda.",
                                "To investigate the facts and, in due course, issue the "
                                "appropriate recommendation.",
                            ),
                        )
                    )
                ),
            ),
            ordinals=True,
            show_label=False,
        ),
        PLACE_SIGNED,
        Field(
            "filed_remotely",
            Text(
                "Presentada por teléfono o por vía electrónica",
                "Filed by phone or electronically",
            ),
            Kind.BOOL,
            basis=legal.CNDH_LAW_25_27,
            printed=False,
        ),
    ),
    basis=(legal.CNDH_LAW_40,),
    always=True,
)
RATIFICATION = Para(
    Text(
        "Ratificación (queja presentada por teléfono o por vía electrónica): ratificada el día "
        "_____ de _______________ de ________, ante _______________________________.",
        "Ratification (complaint filed by phone or electronically): ratified on "
        "______________________, before _______________________________.",
    ),
    style="note",
    when="filed_remotely",
)

COMPLAINT = DocumentSpec(
    code="complaint",
    title=Text(
        "Queja ante la Comisión Nacional o una Comisión Estatal de los Derechos Humanos",
        "Complaint to the National or a State Human Rights Commission",
    ),
    languages=("es",),
    sections=(
        HEADER,
        ADDRESSEE,
        INTRO,
        COMPLAINANT,
        AGGRIEVED,
        CONFIDENTIALITY,
        AUTHORITIES,
        FACTS,
        RIGHTS,
        EVIDENCE,
        REQUESTS,
    ),
    signatures=(
        Signature(
            Text("Firma o huella digital de la persona quejosa", "Complainant's signature"),
            name_field="complainant",
        ),
    ),
    basis=(legal.CPEUM_102_B, legal.CNDH_LAW_25_27),
    consent_use="commission",
    structure=legal.COMPLAINT_STRUCTURE,
    notes=(RATIFICATION,),
)
