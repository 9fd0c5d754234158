"""Demanda de amparo indirecto against detention outside procedure, incommunicado, torture or
forced disappearance (Ley de Amparo arts. 15, 108, 109, 126; DOMAIN.md §2a).

Two definitions share these sections. The urgent one is the minimum of art. 109 that any
person may file for the victim under art. 15: the act claimed, the authority that ordered it,
the authority carrying it out, and the place where the person is. The full one adds art. 108.
"""

from __future__ import annotations

from forms.documents import legal
from forms.documents.amparo_wording import (
    ACTS_CLAIMED,
    DEFAULT_PETITIONS,
    DEFAULT_PRECEPTS,
    GROUNDS,
    SUSPENSION_EFFECTS,
)
from forms.documents.common import ANNEXES, EVIDENCE_LIST, PLACE_SIGNED, PRESENT, TESTIMONIES
from forms.documents.schema import (
    DocumentSpec,
    Field,
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
        Para(Text("QUEJOSO: {aggrieved}", "COMPLAINANT: {aggrieved}")),
        Para(Text("JUICIO DE AMPARO INDIRECTO", "INDIRECT AMPARO PROCEEDINGS")),
        Para(
            Text(
                "ASUNTO: Se promueve demanda de amparo por {acts_claimed}.",
                "SUBJECT: Amparo demand against {acts_claimed}.",
            )
        ),
        Para(Text("ESCRITO INICIAL", "INITIAL FILING")),
    ),
    basis=(legal.AMPARO_STRUCTURE,),
    numbered=False,
    layout="header",
    always=True,
)
URGENT_HEADER = Section(
    "header",
    None,
    (
        Para(
            Text(
                "PROMOCIÓN URGENTE (ARTÍCULOS 15 Y 109 DE LA LEY DE AMPARO)",
                "URGENT FILING (ARTICLES 15 AND 109 OF THE AMPARO LAW)",
            )
        ),
        *HEADER.content,
    ),
    basis=HEADER.basis,
    numbered=False,
    layout="header",
    always=True,
)

ADDRESSEE = Section(
    "addressee",
    None,
    (
        Field(
            "court",
            Text("Juzgado al que se dirige", "Court addressed"),
            prefill=(Source(derive="court"),),
            show_label=False,
        ),
        PRESENT,
    ),
    basis=(legal.AMPARO_COMPETENCE,),
    numbered=False,
    layout="addressee",
    always=True,
)

PETITIONER = Field(
    "petitioner",
    Text("Nombre de la persona promovente", "Name of the person filing"),
    required=True,
    basis=legal.AMPARO_15,
    prefill=(
        Source(path="participants[roles=relative].name"),
        Source(path="participants[roles=intervening_party].name"),
    ),
    printed=False,
)
AGGRIEVED = Field(
    "aggrieved",
    Text(
        "Persona agraviada (o «persona cuyo nombre se desconoce» y su descripción)",
        "Aggrieved person (or “person whose name is unknown” and a description)",
    ),
    required=True,
    basis=legal.AMPARO_15,
    prefill=(Source(derive="victim_names"),),
    printed=False,
)


def _address(required: bool) -> Field:
    return Field(
        "address",
        Text("Domicilio para oír y recibir notificaciones", "Address for notifications"),
        required=required,
        basis=legal.AMPARO_108_I,
        printed=False,
    )


def _proemio(articles: Text, address_required: bool) -> Section:
    return Section(
        "proemio",
        None,
        (
            PETITIONER,
            AGGRIEVED,
            Field(
                "relationship",
                Text("Relación con la persona agraviada", "Relationship to the aggrieved person"),
                printed=False,
            ),
            _address(address_required),
            Field(
                "contact",
                Text("Teléfono o correo para notificaciones", "Phone or email for notifications"),
                printed=False,
            ),
            Field(
                "authorized",
                Text("Personas autorizadas (art. 12)", "Authorised persons (art. 12)"),
                basis=legal.AMPARO_12,
                printed=False,
            ),
            Field(
                "aggrieved_language",
                Text("Lengua de la persona agraviada", "Language of the aggrieved person"),
                prefill=(Source(path="participants[roles=victim].language"),),
                printed=False,
            ),
            Para(articles),
            Para(
                Text(
                    "Soy {relationship} de la persona agraviada.",
                    "I am the aggrieved person's {relationship}.",
                )
            ),
            Para(
                Text(
                    "Promuevo en su nombre porque la persona agraviada está imposibilitada para "
                    "hacerlo por sí misma, al encontrarse privada de su libertad, incomunicada o "
                    "en paradero desconocido.",
                    "I file on the person's behalf because the aggrieved person cannot do so, "
                    "being deprived of liberty, held incommunicado or of unknown whereabouts.",
                )
            ),
            Para(
                Text(
                    "Señalo como domicilio para oír y recibir notificaciones el ubicado en "
                    "{address}.",
                    "My address for notifications is {address}.",
                )
            ),
            Para(
                Text(
                    "Para recibir notificaciones también pueden usarse estos medios: {contact}.",
                    "Notifications may also be sent by these means: {contact}.",
                )
            ),
            Para(
                Text(
                    "Autorizo en términos del artículo 12 de la Ley de Amparo a {authorized}.",
                    "Under article 12 of the Amparo Law I authorise {authorized}.",
                )
            ),
            Para(
                Text(
                    "La persona agraviada habla {aggrieved_language}.",
                    "The aggrieved person speaks {aggrieved_language}.",
                )
            ),
            Field(
                "interpreter",
                Text("Necesita intérprete", "Needs an interpreter"),
                Kind.BOOL,
                prefill=(Source(path="participants[roles=victim].needs_interpreter"),),
                when_true=Text(
                    "Solicito que se le designe una persona intérprete que conozca su lengua y su "
                    "cultura.",
                    "I ask that an interpreter who knows the person's language and culture be "
                    "assigned.",
                ),
                show_label=False,
            ),
        ),
        basis=(legal.AMPARO_15, legal.AMPARO_109),
        numbered=False,
        always=True,
    )


ACT_CLAIMED = Section(
    "act_claimed",
    Text("ACTO RECLAMADO", "ACT CLAIMED"),
    (
        Para(
            Text(
                "Reclamo de las autoridades señaladas como responsables los siguientes actos:",
                "I claim the following acts of the authorities named as responsible:",
            )
        ),
        Field(
            "acts_claimed",
            Text("Acto reclamado", "Act claimed"),
            Kind.CHOICES,
            required=True,
            basis=legal.AMPARO_109_I,
            prefill=(Source(derive="acts_claimed"),),
            choices=ACTS_CLAIMED,
            show_label=False,
        ),
        Field(
            "act_claimed_detail",
            Text("Precisiones sobre el acto reclamado", "Details of the act claimed"),
            Kind.LONG_TEXT,
            show_label=False,
        ),
    ),
    basis=(legal.AMPARO_109_I,),
)
ORDERED_BY = Section(
    "ordered_by",
    Text(
        "AUTORIDAD O AUTORIDADES QUE ORDENARON EL ACTO",
        "AUTHORITY OR AUTHORITIES THAT ORDERED THE ACT",
    ),
    (
        Field(
            "authority_ordered",
            Text("Autoridad que ordenó el acto", "Authority that ordered the act"),
            Kind.LIST,
            basis=legal.AMPARO_109_II,
            prefill=(Source(path="acts[].arrest.authority_ordered"),),
            empty=Text(
                "Se desconoce; se señalará en cuanto se conozca.",
                "Unknown; it will be named as soon as it is known.",
            ),
            show_label=False,
        ),
    ),
    basis=(legal.AMPARO_109_II,),
)
EXECUTING = Section(
    "executing",
    Text(
        "AUTORIDAD O AUTORIDADES QUE EJECUTAN O TRATAN DE EJECUTAR EL ACTO",
        "AUTHORITY OR AUTHORITIES CARRYING OUT OR TRYING TO CARRY OUT THE ACT",
    ),
    (
        Field(
            "authority_executing",
            Text("Autoridad que ejecuta el acto", "Authority carrying out the act"),
            Kind.LIST,
            required=True,
            basis=legal.AMPARO_109_III,
            prefill=(
                Source(path="acts[].arrest.authority_detained"),
                Source(path="participants[roles=perpetrator].name"),
            ),
            show_label=False,
        ),
        Field(
            "executing_description",
            Text(
                "Corporación, unidad, uniformes, vehículos y placas",
                "Force, unit, uniforms, vehicles and plates",
            ),
            Kind.LONG_TEXT,
        ),
    ),
    basis=(legal.AMPARO_109_III,),
)
PLACE = Section(
    "place",
    Text(
        "LUGAR EN QUE SE ENCUENTRA O PUEDE ENCONTRARSE LA PERSONA AGRAVIADA",
        "PLACE WHERE THE AGGRIEVED PERSON IS OR MAY BE HELD",
    ),
    (
        Field(
            "place_held",
            Text("Lugar en que se encuentra la persona agraviada", "Where the person is held"),
            Kind.LIST,
            basis=legal.AMPARO_109_IV,
            prefill=(
                Source(path="acts[].arrest.place"),
                Source(path="acts[].arrest.probable_places"),
                Source(path="acts[].location_at_end"),
            ),
            empty=Text(
                "Se desconoce el lugar en que se encuentra la persona agraviada.",
                "The place where the aggrieved person is held is unknown.",
            ),
            show_label=False,
        ),
        Field(
            "search_efforts",
            Text("Gestiones de búsqueda realizadas", "Search efforts made"),
            Kind.LIST,
            prefill=(Source(derive="search_efforts"),),
        ),
    ),
    basis=(legal.AMPARO_109_IV,),
)
IDENTIFICATION = Section(
    "identification",
    Text(
        "DATOS PARA IDENTIFICAR Y LOCALIZAR A LA PERSONA AGRAVIADA",
        "DATA TO IDENTIFY AND LOCATE THE AGGRIEVED PERSON",
    ),
    (
        Field(
            "aggrieved_profile",
            Text("Datos de la persona agraviada", "About the aggrieved person"),
            Kind.LIST,
            prefill=(Source(derive="victim_profiles"),),
            show_label=False,
        ),
        Field(
            "physical_description",
            Text("Descripción física y vestimenta", "Physical description and clothing"),
            Kind.LONG_TEXT,
        ),
        Field(
            "detained_at",
            Text("Fecha y hora de la detención", "Date and time of the detention"),
            prefill=(Source(derive="detention_times"),),
        ),
        Field(
            "last_seen",
            Text("Última vez que se le vio", "Last seen"),
            prefill=(Source(path="acts[].arrest.last_seen"),),
        ),
        Field(
            "witnesses",
            Text("Testigos de la detención", "Witnesses of the detention"),
        ),
    ),
    basis=(legal.AMPARO_PRACTICE,),
)
THIRD_PARTY = Section(
    "third_party",
    Text("TERCERO INTERESADO", "INTERESTED THIRD PARTY"),
    (
        Field(
            "third_party",
            Text("Tercero interesado", "Interested third party"),
            Kind.LONG_TEXT,
            required=True,
            basis=legal.AMPARO_108_II,
            prefill=(
                Source(
                    default=Text(
                        "Bajo protesta de decir verdad, manifiesto que no existe tercero "
                        "interesado o que desconozco su nombre y domicilio.",
                        "I state under oath that there is no interested third party, or that "
                        "I do not know their name and address.",
                    )
                ),
            ),
            show_label=False,
        ),
    ),
    basis=(legal.AMPARO_108_II,),
)
BACKGROUND = Section(
    "background",
    Text("ANTECEDENTES DEL ACTO RECLAMADO", "BACKGROUND OF THE ACT CLAIMED"),
    (
        Para(
            Text(
                "Bajo protesta de decir verdad, manifiesto que los hechos y abstenciones que me "
                "constan y que constituyen los antecedentes del acto reclamado son los "
                "siguientes:",
                "I state under oath that the facts and omissions known to me that form the "
                "background of the act claimed are the following:",
            ),
            style="oath",
        ),
        Field(
            "facts",
            Text("Hechos (bajo protesta de decir verdad)", "Facts (under oath)"),
            Kind.LONG_TEXT,
            required=True,
            basis=legal.AMPARO_108_V,
            prefill=(Source(derive="chronology"),),
            show_label=False,
        ),
        TESTIMONIES,
    ),
    basis=(legal.AMPARO_108_V,),
)
PRECEPTS = Section(
    "precepts",
    Text(
        "PRECEPTOS QUE CONTIENEN LOS DERECHOS HUMANOS VIOLADOS",
        "PROVISIONS CONTAINING THE HUMAN RIGHTS VIOLATED",
    ),
    (
        Field(
            "precepts",
            Text("Preceptos violados", "Provisions violated"),
            Kind.LIST,
            required=True,
            basis=legal.AMPARO_108_VI,
            prefill=(Source(default=DEFAULT_PRECEPTS),),
            show_label=False,
        ),
    ),
    basis=(legal.AMPARO_108_VI,),
)
CONCEPTS = Section(
    "concepts",
    Text("CONCEPTOS DE VIOLACIÓN", "GROUNDS OF VIOLATION"),
    (
        Field(
            "violation_concepts",
            Text("Conceptos de violación", "Grounds of violation"),
            Kind.LONG_TEXT,
            basis=legal.AMPARO_108_VIII,
            prefill=(Source(default=GROUNDS),),
            show_label=False,
        ),
    ),
    basis=(legal.AMPARO_108_VIII, legal.AMPARO_PRACTICE),
)
SUSPENSION = Section(
    "suspension",
    Text("SUSPENSIÓN DE OFICIO Y DE PLANO", "SUSPENSION EX OFFICIO AND FORTHWITH"),
    (
        Para(
            Text(
                "Con fundamento en los artículos 15 y 126 de la Ley de Amparo, solicito que se "
                "conceda de oficio y de plano la suspensión de los actos reclamados, para los "
                "siguientes efectos:",
                "Under articles 15 and 126 of the Amparo Law, I ask that the suspension of the "
                "acts claimed be granted ex officio and forthwith, to the following effects:",
            )
        ),
        Field(
            "suspension",
            Text("Efectos de la suspensión", "Effects of the suspension"),
            Kind.LIST,
            basis=legal.AMPARO_126,
            prefill=(Source(default=SUSPENSION_EFFECTS),),
            show_label=False,
        ),
    ),
    basis=(legal.AMPARO_126, legal.AMPARO_15, legal.AMPARO_PRACTICE),
    always=True,
)
EVIDENCE = Section(
    "evidence",
    Text("PRUEBAS Y ANEXOS", "EVIDENCE AND ANNEXES"),
    (EVIDENCE_LIST, ANNEXES),
    basis=(legal.AMPARO_PRACTICE,),
)
PETITIONS = Section(
    "petitions",
    Text("PUNTOS PETITORIOS", "REQUESTS"),
    (
        Para(
            Text(
                "Por lo expuesto, a usted C. Juez(a), atentamente pido:",
                "For these reasons, I respectfully ask the Judge:",
            )
        ),
        Field(
            "petitions",
            Text("Puntos petitorios", "Requests"),
            Kind.LIST,
            prefill=(Source(default=DEFAULT_PETITIONS),),
            ordinals=True,
            show_label=False,
        ),
        PLACE_SIGNED,
    ),
    basis=(legal.AMPARO_PRACTICE,),
    always=True,
)
CLOSING = (Para(Text("PROTESTO LO NECESARIO", "I SO DECLARE"), style="center"),)
RATIFICATION_NOTE = Para(
    Text(
        "Nota: cuando la persona agraviada comparezca, deberá ratificar esta demanda dentro de "
        "los tres días siguientes (artículo 15 de la Ley de Amparo).",
        "Note: once the aggrieved person appears, they must ratify this demand within three "
        "days (article 15 of the Amparo Law).",
    ),
    style="note",
)
SIGNATURES = (
    Signature(
        Text("Firma o huella digital de la persona promovente", "Signature or thumbprint"),
        name_field="petitioner",
    ),
)

AMPARO_URGENT = DocumentSpec(
    code="amparo-urgent",
    title=Text(
        "Demanda de amparo indirecto urgente (artículos 15 y 109 de la Ley de Amparo)",
        "Urgent indirect amparo demand (Amparo Law, articles 15 and 109)",
    ),
    languages=("es",),
    sections=(
        URGENT_HEADER,
        ADDRESSEE,
        _proemio(
            Text(
                "{petitioner}, por mi propio derecho y en nombre de {aggrieved}, con fundamento "
                "en los artículos 15 y 109 de la Ley de Amparo, ante usted comparezco para "
                "promover demanda de amparo indirecto en contra de los actos y las autoridades "
                "que se señalan a continuación.",
                "I, {petitioner}, in my own right and on behalf of {aggrieved}, under articles "
                "15 and 109 of the Amparo Law, file an indirect amparo demand against the acts "
                "and authorities named below.",
            ),
            address_required=False,
        ),
        ACT_CLAIMED,
        ORDERED_BY,
        EXECUTING,
        PLACE,
        IDENTIFICATION,
        SUSPENSION,
        PETITIONS,
    ),
    signatures=SIGNATURES,
    basis=(legal.AMPARO_15, legal.AMPARO_109, legal.AMPARO_17_IV, legal.AMPARO_126),
    consent_use="amparo",
    structure=legal.AMPARO_STRUCTURE,
    closing=CLOSING,
    notes=(RATIFICATION_NOTE,),
)

AMPARO = DocumentSpec(
    code="amparo",
    title=Text(
        "Demanda de amparo indirecto contra la detención fuera de procedimiento, la "
        "incomunicación, la tortura o la desaparición forzada",
        "Indirect amparo demand against detention outside procedure, incommunicado detention, "
        "torture or enforced disappearance",
    ),
    languages=("es",),
    sections=(
        HEADER,
        ADDRESSEE,
        _proemio(
            Text(
                "{petitioner}, por mi propio derecho y en nombre de {aggrieved}, con fundamento "
                "en los artículos 15, 108 y 109 de la Ley de Amparo, ante usted comparezco para "
                "promover demanda de amparo indirecto en contra de los actos y las autoridades "
                "que se señalan a continuación.",
                "I, {petitioner}, in my own right and on behalf of {aggrieved}, under articles "
                "15, 108 and 109 of the Amparo Law, file an indirect amparo demand against the "
                "acts and authorities named below.",
            ),
            address_required=True,
        ),
        ACT_CLAIMED,
        ORDERED_BY,
        EXECUTING,
        PLACE,
        IDENTIFICATION,
        THIRD_PARTY,
        BACKGROUND,
        PRECEPTS,
        CONCEPTS,
        SUSPENSION,
        EVIDENCE,
        PETITIONS,
    ),
    signatures=SIGNATURES,
    basis=(
        legal.AMPARO_15,
        legal.AMPARO_108_I,
        legal.AMPARO_108_III,
        legal.AMPARO_109,
        legal.AMPARO_17_IV,
        legal.AMPARO_126,
    ),
    consent_use="amparo",
    structure=legal.AMPARO_STRUCTURE,
    closing=CLOSING,
    notes=(RATIFICATION_NOTE,),
)
