"""The amparo's fixed wording: the acts claimed (Ley de Amparo art. 15 list) and the default
texts a person edits before filing (DOMAIN.md §2a). Provenance: see forms.documents.legal.
"""

from __future__ import annotations

from forms.documents.schema import Choice, Items, Text

ACTS_CLAIMED = (
    Choice(
        "detention",
        Text(
            "La privación de la libertad personal de la persona agraviada fuera de todo "
            "procedimiento judicial.",
            "The deprivation of the aggrieved person's liberty outside any judicial procedure.",
        ),
        Text(
            "ataques a la libertad personal fuera de procedimiento",
            "attacks on personal liberty outside procedure",
        ),
    ),
    Choice(
        "incommunicado",
        Text("Su incomunicación.", "Holding the person incommunicado."),
        Text("incomunicación", "incommunicado detention"),
    ),
    Choice(
        "disappearance",
        Text("Su desaparición forzada.", "The person's enforced disappearance."),
        Text("desaparición forzada de persona", "enforced disappearance"),
    ),
    Choice(
        "unknown_place",
        Text(
            "Su traslado u ocultamiento en un lugar desconocido.",
            "The person's transfer to, or concealment in, an unknown place.",
        ),
        Text("traslado a lugar desconocido", "transfer to an unknown place"),
    ),
    Choice(
        "torture",
        Text(
            "La tortura, los malos tratos y los demás actos prohibidos por el artículo 22 de la "
            "Constitución Política de los Estados Unidos Mexicanos.",
            "Torture, ill-treatment and the other acts prohibited by article 22 of the Mexican "
            "Constitution.",
        ),
        Text("tortura", "torture"),
    ),
    Choice(
        "deportation",
        Text("Su deportación o expulsión.", "The person's deportation or expulsion."),
        Text("deportación o expulsión", "deportation or expulsion"),
    ),
    Choice(
        "life_danger",
        Text(
            "Los actos que ponen en peligro su vida.", "The acts that endanger the person's life."
        ),
        Text("actos que importan peligro de privación de la vida", "danger to life"),
    ),
)

DEFAULT_PRECEPTS = Items(
    (
        Text(
            "Artículos 1o., 14, 16, 19, 20, apartado B, 22 y 29 de la "
            "Constitución Política de los Estados Unidos Mexicanos.",
            "Articles 1, 14, 16, 19, 20(B), 22 and 29 of the Mexican Constitution.",
        ),
        Text(
            "Artículos 5, 7, 8 y 25 de la Convención Americana sobre Derechos Humanos.",
            "Articles 5, 7, 8 and 25 of the American Convention on Human Rights.",
        ),
        Text(
            "Convención Interamericana sobre Desaparición Forzada de Personas.",
            "Inter-American Convention on Forced Disappearance of Persons.",
        ),
    )
)

GROUNDS = Text(
    "ÚNICO. Los actos reclamados violan los derechos a la libertad personal, "
    "a la integridad personal, al debido proceso y a no ser sometida a "
    "desaparición forzada, reconocidos en los preceptos citados, porque, "
    "según los hechos narrados, la persona agraviada fue privada de su "
    "libertad fuera de todo procedimiento, sin que conste orden de "
    "autoridad competente ni que haya sido puesta sin demora a disposición "
    "del Ministerio Público, y se le mantiene sin comunicación con su "
    "familia y con su defensa.",
    "SOLE GROUND. The acts claimed violate the rights to personal liberty, "
    "to personal integrity, to due process and not to be subjected to "
    "enforced disappearance, recognised in the provisions cited, because, "
    "on the facts stated, the aggrieved person was deprived of liberty "
    "outside any procedure, with no record of an order of a competent "
    "authority nor of being brought without delay before the prosecutor, "
    "and is kept without contact with family and counsel.",
)

SUSPENSION_EFFECTS = Items(
    (
        Text(
            "Que cese de inmediato la incomunicación de la persona "
            "agraviada y se le permita comunicarse con sus familiares y con "
            "la persona defensora que designe.",
            "That the incommunicado detention end at once and the person "
            "be allowed to communicate with family and with counsel of "
            "their choice.",
        ),
        Text(
            "Que no se le someta a tortura, malos tratos ni a ninguno de "
            "los actos prohibidos por el artículo 22 de la Constitución.",
            "That the person not be subjected to torture, ill-treatment or "
            "any act prohibited by article 22 of the Constitution.",
        ),
        Text(
            "Que se le practique de inmediato un examen médico por personal "
            "independiente y se certifique su estado de salud.",
            "That an independent medical examination be carried out at "
            "once and the person's health certified.",
        ),
        Text(
            "Que no se le traslade a otro lugar sin conocimiento de este Juzgado.",
            "That the person not be moved elsewhere without this Court's knowledge.",
        ),
        Text(
            "Que, si no existe mandamiento de autoridad competente, se le "
            "ponga en inmediata libertad o, en su caso, a disposición de la "
            "autoridad competente dentro de los plazos constitucionales.",
            "That, absent an order of a competent authority, the person be "
            "released at once or, where applicable, brought before the "
            "competent authority within the constitutional time limits.",
        ),
        Text(
            "Que se requiera a las autoridades responsables para que, en un "
            "plazo no mayor de veinticuatro horas, informen si la persona "
            "agraviada se encuentra bajo su custodia y en qué lugar, y que "
            "la persona actuaria se constituya en los lugares señalados en "
            "este escrito para localizarla y dar fe de su estado.",
            "That the responsible authorities be required to report within "
            "twenty-four hours whether the aggrieved person is in their "
            "custody and where, and that the court officer go to the "
            "places named in this filing to locate the person and certify "
            "their condition.",
        ),
    )
)

DEFAULT_PETITIONS = Items(
    (
        Text(
            "Tenerme por presentado(a) promoviendo demanda de amparo "
            "indirecto en nombre de la persona agraviada, en términos del "
            "artículo 15 de la Ley de Amparo.",
            "To accept this amparo demand, filed on behalf of the aggrieved "
            "person under article 15 of the Amparo Law.",
        ),
        Text(
            "Admitir la demanda y requerir a las autoridades responsables "
            "sus informes previo y justificado.",
            "To admit the demand and require the responsible authorities' "
            "preliminary and justified reports.",
        ),
        Text(
            "Decretar de oficio y de plano la suspensión de los actos "
            "reclamados y dictar todas las medidas necesarias para lograr "
            "la comparecencia de la persona agraviada.",
            "To order ex officio and forthwith the suspension of the acts "
            "claimed and every measure needed to bring the aggrieved person "
            "before the Court.",
        ),
        Text(
            "Ordenar que la persona actuaria se constituya de inmediato en "
            "los lugares señalados para localizar a la persona agraviada.",
            "To order the court officer to go at once to the places named "
            "to locate the aggrieved person.",
        ),
        Text(
            "Dar vista al Ministerio Público de la Federación.",
            "To notify the Federal Public Prosecutor.",
        ),
        Text(
            "En su oportunidad, conceder a la persona agraviada el amparo y "
            "la protección de la Justicia Federal.",
            "In due course, to grant the aggrieved person the amparo and "
            "protection of the Federal Judiciary.",
        ),
    )
)
