"""The legal texts and standards the documents rest on, each with how it was checked.

Provenance follows DOMAIN.md §2 and §4 exactly: only what was read in the primary source is
READ; everything else is shown in the app as needing a lawyer's review.
"""

from __future__ import annotations

from forms.documents.schema import Basis, Provenance, Text

P = Provenance


def _b(es: str, en: str, provenance: Provenance, source: str = "") -> Basis:
    return Basis(Text(es, en), provenance, source)


# ---------------------------------------------------------------- Ley de Amparo (2013)
AMPARO_15 = _b(
    "Ley de Amparo, art. 15",
    "Amparo Law (Mexico), art. 15",
    P.READ_2,
    "Quoted in full by inteli-iuris.mx; the 24-hour rule for disappearance partly recalled",
)
AMPARO_12 = _b(
    "Ley de Amparo, art. 12", "Amparo Law (Mexico), art. 12", P.READ_2, "Practice guides"
)
AMPARO_17_IV = _b(
    "Ley de Amparo, art. 17, fr. IV",
    "Amparo Law (Mexico), art. 17(IV)",
    P.RECALLED,
    "Paraphrased in a third-party code comment",
)
AMPARO_108_I = _b(
    "Ley de Amparo, art. 108, fr. I",
    "Amparo Law (Mexico), art. 108(I)",
    P.READ_2,
    "es.scribd.com “LA DEMANDA”",
)
AMPARO_108_II = _b(
    "Ley de Amparo, art. 108, fr. II",
    "Amparo Law (Mexico), art. 108(II)",
    P.READ_2,
    "es.scribd.com “LA DEMANDA”",
)
AMPARO_108_III = _b(
    "Ley de Amparo, art. 108, fr. III",
    "Amparo Law (Mexico), art. 108(III)",
    P.READ_2,
    "es.scribd.com “LA DEMANDA”",
)
AMPARO_108_V = _b("Ley de Amparo, art. 108, fr. V", "Amparo Law (Mexico), art. 108(V)", P.RECALLED)
AMPARO_108_VI = _b(
    "Ley de Amparo, art. 108, fr. VI", "Amparo Law (Mexico), art. 108(VI)", P.RECALLED
)
AMPARO_108_VIII = _b(
    "Ley de Amparo, art. 108, fr. VIII", "Amparo Law (Mexico), art. 108(VIII)", P.RECALLED
)
# Art. 109: the form of filing was read in a secondary source; its numbered list is recalled
# (the old law's art. 117 had the same list, read in a secondary source).
AMPARO_109 = _b(
    "Ley de Amparo, art. 109",
    "Amparo Law (Mexico), art. 109",
    P.READ_2,
    "scribd “Substanciación del amparo indirecto” (filing in writing, in person or online)",
)
AMPARO_109_I = _b("Ley de Amparo, art. 109, fr. I", "Amparo Law (Mexico), art. 109(I)", P.RECALLED)
AMPARO_109_II = _b(
    "Ley de Amparo, art. 109, fr. II", "Amparo Law (Mexico), art. 109(II)", P.RECALLED
)
AMPARO_109_III = _b(
    "Ley de Amparo, art. 109, fr. III", "Amparo Law (Mexico), art. 109(III)", P.RECALLED
)
AMPARO_109_IV = _b(
    "Ley de Amparo, art. 109, fr. IV", "Amparo Law (Mexico), art. 109(IV)", P.RECALLED
)
AMPARO_126 = _b(
    "Ley de Amparo, art. 126",
    "Amparo Law (Mexico), art. 126",
    P.RECALLED,
    "Practice seen in the press (La Jornada 2022-03-15)",
)
AMPARO_STRUCTURE = _b(
    "Estructura usual de la demanda; encabezado según un escrito presentado en Tapachula, Chiapas",
    "Usual structure of the demand; header as in a demand filed in Tapachula, Chiapas",
    P.READ_2,
    "SCJN practice guides; vdocuments.mx template (header read)",
)
AMPARO_PRACTICE = _b(
    "Práctica forense (redacción sugerida)",
    "Court practice (suggested wording)",
    P.INFERRED,
)
AMPARO_COMPETENCE = _b(
    "Juez(a) de Distrito; donde no lo haya, Juez(a) de Primera Instancia en auxilio (Ley de "
    "Amparo, arts. 35 y 159)",
    "District Judge; where there is none, a First Instance Judge in aid (Amparo Law, arts. 35 "
    "and 159)",
    P.RECALLED,
    "Competence read in a secondary source; article numbers recalled",
)
# ---------------------------------------------------------------- IACHR Rules of Procedure
IACHR_25 = _b(
    "Reglamento de la CIDH, art. 25",
    "IACHR Rules of Procedure, art. 25",
    P.READ,
    "oas.org precautionary measures pages (basis, scope, collective measures)",
)
IACHR_25_2 = _b(
    "Reglamento de la CIDH, art. 25.2",
    "IACHR Rules of Procedure, art. 25(2)",
    P.RECALLED,
)
IACHR_25_3 = _b(
    "Reglamento de la CIDH, art. 25.3",
    "IACHR Rules of Procedure, art. 25(3)",
    P.READ,
    "oas.org (collective measures for identified or identifiable members)",
)
IACHR_25_4_A = _b(
    "Reglamento de la CIDH, art. 25.4.a",
    "IACHR Rules of Procedure, art. 25(4)(a)",
    P.RECALLED,
)
IACHR_25_4_B = _b(
    "Reglamento de la CIDH, art. 25.4.b",
    "IACHR Rules of Procedure, art. 25(4)(b)",
    P.RECALLED,
)
IACHR_25_4_C = _b(
    "Reglamento de la CIDH, art. 25.4.c",
    "IACHR Rules of Procedure, art. 25(4)(c)",
    P.RECALLED,
)
IACHR_25_6_A = _b(
    "Reglamento de la CIDH, art. 25.6.a",
    "IACHR Rules of Procedure, art. 25(6)(a)",
    P.RECALLED,
    "Text recalled; that prior reporting is weighed, not required, read in the IACHR Second "
    "Report on Human Rights Defenders, para. 429",
)
IACHR_25_6_C = _b(
    "Reglamento de la CIDH, art. 25.6.c",
    "IACHR Rules of Procedure, art. 25(6)(c)",
    P.RECALLED,
)
IACHR_REQUESTER = _b(
    "Solicitud escrita con datos de contacto de personas beneficiarias y solicitantes",
    "Written request with contact details of the beneficiaries and the requester",
    P.READ,
    "OHCHR-Mexico “Puntal” page; IACHR press release 188/19",
)
IACHR_RESERVE = _b(
    "Reserva de identidad frente al Estado (formulario de la CIDH)",
    "Identity kept confidential from the State (IACHR form)",
    P.READ_2,
    "Scribd copy of the IACHR petition form",
)
IACHR_MEASURES_PRACTICE = _b(
    "Formulaciones usadas en resoluciones de la CIDH",
    "Wording used in IACHR resolutions",
    P.READ,
    "IACHR resolution summaries (PM 506-22, PM 204-17, 2023 grants)",
)
IACHR_STRUCTURE = _b(
    "Estructura ordenada según el art. 25 del Reglamento de la CIDH",
    "Structure following art. 25 of the IACHR Rules of Procedure",
    P.INFERRED,
)

# ---------------------------------------------------------------- human rights commissions
CPEUM_102_B = _b(
    "Constitución Política de los Estados Unidos Mexicanos, art. 102, apartado B",
    "Mexican Constitution, art. 102(B)",
    P.READ_2,
    "sintesis.com.mx",
)
CNDH_LAW_25_27 = _b(
    "Ley de la Comisión Nacional de los Derechos Humanos, arts. 25 a 27",
    "National Human Rights Commission Act (Mexico), arts. 25–27",
    P.RECALLED,
    "Content read in secondary sources (CNDH leaflet); article numbers recalled",
)
CNDH_LAW_40 = _b(
    "Ley de la Comisión Nacional de los Derechos Humanos, art. 40",
    "National Human Rights Commission Act (Mexico), art. 40",
    P.RECALLED,
)
CNDH_CONFIDENTIAL = _b(
    "Reserva de los datos de la persona quejosa a petición suya",
    "Complainant's data kept confidential on request",
    P.READ_2,
    "CNDH complaint procedure (asesorialegaleasy.blogspot.com, CNDH leaflet)",
)
COMPLAINT_STRUCTURE = _b(
    "Estructura derivada de los requisitos de la queja",
    "Structure derived from the requirements of a complaint",
    P.INFERRED,
)

# ---------------------------------------------------------------- testimony and consent
ISTANBUL = _b(
    "Protocolo de Estambul (rev. 2022): consentimiento informado y temas a documentar",
    "Istanbul Protocol (2022 revision): informed consent and topics to document",
    P.READ_2,
    "PHR Istanbul Protocol curriculum",
)
WITNESS_CONSENT = _b(
    "WITNESS, “Consentimiento informado en video de derechos humanos”",
    "WITNESS, “Informed Consent in Human Rights Video”",
    P.READ,
    "witness.org",
)
EVERY_CASUALTY = _b(
    "Every Casualty Standards: consentimiento para cada uso",
    "Every Casualty Standards: consent for each use",
    P.READ,
    "everycasualty.org",
)
TESTIMONY_STRUCTURE = _b(
    "Formato construido a partir de estas normas",
    "Template built from these standards",
    P.INFERRED,
)

# ---------------------------------------------------------------- chain of custody
BERKELEY = _b(
    "Protocolo de Berkeley sobre investigaciones digitales de fuente abierta (ONU, 2020)",
    "Berkeley Protocol on Digital Open Source Investigations (UN, 2020)",
    P.READ_2,
    "Digital Evidence Toolkit, “Addressing the Berkeley Protocol”",
)
CNPP_227_228 = _b(
    "Código Nacional de Procedimientos Penales, arts. 227 y 228; Guía Nacional de Cadena de "
    "Custodia",
    "National Code of Criminal Procedure (Mexico), arts. 227–228; National Chain of Custody Guide",
    P.RECALLED,
)
CUSTODY_STRUCTURE = _b(
    "Campos del Protocolo de Berkeley con los encabezados del registro mexicano",
    "Berkeley Protocol fields under the headings of the Mexican form",
    P.INFERRED,
)
