"""The wording of a consent record in a printed document (DOMAIN.md §3.2), per language.

Every use and disclosure of forms.consent has its line here (a test checks it).
"""

from __future__ import annotations

from forms.documents.schema import Text

CONSENT_GROUPS = {
    "disclosures": Text("Se le explicó a la persona", "The person was told"),
    "uses": Text("Usos autorizados", "Uses agreed to"),
    "how": Text("Cómo y cuándo se otorgó", "How and when it was given"),
    "identity": Text("Identidad en cada uso", "Identity in each use"),
    "recording": Text("Grabaciones y examen médico", "Recordings and medical examination"),
    "withdrawal": Text("Revisión y retiro", "Review and withdrawal"),
}
DISCLOSURE_TEXT: dict[str, Text] = {
    "who_we_are": Text("Quiénes somos y por qué documentamos", "Who we are and why we document"),
    "purpose": Text("El propósito y cada uso previsto", "The purpose and every intended use"),
    "who_sees": Text("Quién verá la información", "Who will see the information"),
    "risks": Text(
        "Los riesgos, incluido el alcance de internet", "The risks, including online reach"
    ),
    "confidentiality_limits": Text(
        "Los límites de la confidencialidad", "The limits of confidentiality"
    ),
    "voluntary": Text(
        "Participar es voluntario y el apoyo no depende de ello",
        "Taking part is voluntary and support does not depend on it",
    ),
    "may_refuse": Text(
        "Puede negarse a cualquier pregunta, pausar o detenerse",
        "The right to refuse any question, pause or stop",
    ),
    "withdrawal": Text(
        "Puede retirar su consentimiento después, y lo que eso no puede deshacer",
        "The right to withdraw later, and what that cannot undo",
    ),
    "retention": Text(
        "Cuánto tiempo y dónde se guardan los datos", "How long the data is kept, and where"
    ),
}
USE_TEXT: dict[str, Text] = {
    "store": Text(
        "Guardar en los registros de la organización", "Keep in the organisation's records"
    ),
    "amparo": Text("Usar en un juicio de amparo", "Use in an amparo"),
    "commission": Text(
        "Compartir con la CNDH o una comisión estatal", "Share with the CNDH or a state commission"
    ),
    "iachr_precautionary": Text("Medidas cautelares ante la CIDH", "IACHR precautionary measures"),
    "iachr_petition": Text("Petición ante la CIDH", "IACHR petition"),
    "protection_mechanism": Text("Mecanismo de Protección", "Protection Mechanism"),
    "un_procedures": Text("Procedimientos especiales de la ONU", "UN special procedures"),
    "prosecutor": Text("Denuncia penal (Ministerio Público)", "Criminal complaint (prosecutor)"),
    "partners": Text("Organizaciones y redes aliadas", "Partner organisations and networks"),
    "media": Text("Medios de comunicación", "Media"),
    "public_reports": Text("Informes públicos", "Public reports"),
    "statistics": Text("Solo estadísticas anónimas", "Anonymous statistics only"),
}
CONSENT_ITEMS: dict[str, Text] = {
    "method": Text("Forma", "Method"),
    "given_by": Text("Otorgado por", "Given by"),
    "guardian": Text("Tutor(a) o representante", "Guardian"),
    "child_assent": Text("Asentimiento de la niña, niño o adolescente", "Child's own assent"),
    "capacity_checked": Text(
        "Se verificó la capacidad para consentir", "Capacity to consent checked"
    ),
    "language": Text("Lengua y variante", "Language and variant"),
    "interpreter": Text("Intérprete", "Interpreter"),
    "given_on": Text("Fecha", "Date"),
    "place": Text("Lugar (municipio)", "Place (municipality)"),
    "obtained_by": Text("Lo recabó", "Obtained by"),
    "witness": Text("Testigo del consentimiento", "Witness to the consent"),
    "form_version": Text("Versión del formato", "Form version"),
    "name_mode": Text("Nombre", "Name"),
    "blur_face": Text("Difuminar el rostro", "Blur the face"),
    "alter_voice": Text("Alterar la voz", "Alter the voice"),
    "location_mode": Text("Ubicación", "Location"),
    "family_details": Text("Datos de la familia", "Family details"),
    "record_audio": Text("Grabar audio", "Record audio"),
    "record_video": Text("Grabar video", "Record video"),
    "record_photo": Text("Tomar fotografías", "Take photographs"),
    "recordings_may_leave_device": Text(
        "Las grabaciones pueden salir del equipo", "Recordings may leave the device"
    ),
    "medical_exam": Text("Examen médico o forense", "Medical or forensic examination"),
    "share_medical_report": Text("Compartir el informe médico", "Share the medical report"),
    "review_on": Text("Revisar el consentimiento el", "Review the consent on"),
    "withdrawn_on": Text("Retirado el", "Withdrawn on"),
    "withdrawn_uses": Text("Usos retirados", "Uses withdrawn"),
    "withdrawal_reason": Text("Motivo del retiro", "Reason for withdrawal"),
    "version": Text("Versión del registro de consentimiento", "Consent record version"),
}
CONSENT_VALUES: dict[str, Text] = {
    "written": Text("Firma escrita", "Written signature"),
    "thumbprint": Text("Huella digital", "Thumbprint"),
    "oral_recorded": Text("Oral, grabado", "Oral, recorded"),
    "witnessed_verbal": Text("Verbal ante testigo", "Verbal, witnessed"),
    "person": Text("La propia persona", "The person"),
    "guardian": Text("Tutor(a) o representante legal", "Legal guardian"),
    "community": Text("La comunidad (acta de asamblea)", "The community (assembly record)"),
    "real": Text("Nombre real", "Real name"),
    "pseudonym": Text("Seudónimo", "Pseudonym"),
    "code": Text("Código", "Code"),
    "exact": Text("Exacta", "Exact"),
    "municipality": Text("Solo municipio", "Municipality only"),
    "none": Text("Ninguna", "None"),
}
ALL_USES = Text("Todos", "All")
