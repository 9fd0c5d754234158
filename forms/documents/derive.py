"""Blocks computed from the case at printing time: testimonies under consent, evidence with its
hashes, custody entries, the consent record. They are never stored in a draft, so a document
printed after a consent is withdrawn no longer carries that testimony.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from forms import vocab
from forms.consent import DISCLOSURES, USES, Consent
from forms.documents import wording
from forms.documents.consent_wording import (
    ALL_USES,
    CONSENT_GROUPS,
    CONSENT_ITEMS,
    CONSENT_VALUES,
    DISCLOSURE_TEXT,
    USE_TEXT,
)
from forms.documents.prefill import UNNAMED, display_name, people_with_role, person, term_label
from forms.documents.schema import DocumentSpec, Text, is_empty
from forms.errors import ValidationError

Row = dict[str, str]


@dataclass(frozen=True)
class Context:
    snapshot: Mapping[str, Any]
    values: Mapping[str, Any]
    lang: str
    use: str  # the consent use this document is for

    def t(self, text: Text) -> str:
        return text.get(self.lang)


# ---------------------------------------------------------------- testimonies
TESTIMONY_TITLE = Text("Testimonio de {who} ({date})", "Testimony of {who} ({date})")
TESTIMONY_TITLE_UNDATED = Text("Testimonio de {who}", "Testimony of {who}")
SOURCE_CODE = Text("la persona T{n}", "person T{n}")
ORIGINAL_LANGUAGE = Text("Lengua del relato: {language}.", "Language of the account: {language}.")
WITHHELD = Text(
    "Relato reservado: la persona que lo dio no ha consentido que se use en este documento.",
    "Account withheld: the person who gave it has not consented to its use in this document.",
)
WITHHELD_WITHDRAWN = Text(
    "Relato reservado: la persona que lo dio retiró su consentimiento para este uso.",
    "Account withheld: the person who gave it withdrew their consent to this use.",
)
EMPTY_NARRATIVE = Text("(Sin relato escrito.)", "(No written account.)")


def consent_of(testimony: Mapping[str, Any]) -> Consent | None:
    body = testimony.get("consent")
    if not body:
        return None
    fields = {k: v for k, v in body.items() if k not in ("version", "created_at")}
    try:
        return Consent.from_json(fields)
    except ValidationError:
        return None  # an unreadable consent allows nothing


def source_name(ctx: Context, testimony: Mapping[str, Any], number: int, allowed: bool) -> str:
    """The name the person chose to appear under; a code when they did not consent."""
    consent = consent_of(testimony)
    who = person(ctx.snapshot, testimony.get("interviewee_id"))
    code = ctx.t(SOURCE_CODE).format(n=number)
    if not allowed or consent is None:
        return code
    if consent.name_mode == "real":
        return display_name(who) or code
    if consent.name_mode == "pseudonym":
        return str(who.get("pseudonym") or code)
    return code


def _testimony_entry(ctx: Context, testimony: Mapping[str, Any], number: int) -> Row:
    consent = consent_of(testimony)
    allowed = consent is not None and consent.allows(ctx.use)
    who = source_name(ctx, testimony, number, allowed)
    date = wording.partial_date(testimony.get("taken_on"), testimony.get("taken_on_type"), ctx.lang)
    title = (TESTIMONY_TITLE if date else TESTIMONY_TITLE_UNDATED).get(ctx.lang)
    row = {"title": title.format(who=who, date=date)}
    if not allowed:
        withdrawn = consent is not None and consent.uses.get(ctx.use) and consent.withdrawn_on
        row["body"] = ctx.t(WITHHELD_WITHDRAWN if withdrawn else WITHHELD)
        row["style"] = "withheld"
        return row
    row["body"] = str(testimony.get("narrative") or "").strip() or ctx.t(EMPTY_NARRATIVE)
    if testimony.get("language"):
        row["note"] = ctx.t(ORIGINAL_LANGUAGE).format(language=testimony["language"])
    return row


def _testimonies(ctx: Context) -> list[Row]:
    return [
        _testimony_entry(ctx, t, n) for n, t in enumerate(ctx.snapshot.get("testimonies", ()), 1)
    ]


def chosen_testimony(ctx: Context) -> tuple[int, Mapping[str, Any]] | None:
    wanted = ctx.values.get("testimony_id")
    for n, t in enumerate(ctx.snapshot.get("testimonies", ()), 1):
        if t.get("id") == wanted:
            return n, t
    return None


def _chosen_narrative(ctx: Context) -> list[Row]:
    chosen = chosen_testimony(ctx)
    if chosen is None:
        return []
    entry = _testimony_entry(ctx, chosen[1], chosen[0])
    entry.pop("title")
    return [entry]


# ---------------------------------------------------------------- evidence
KINDS: dict[str, Text] = {
    "photo": Text("Fotografía", "Photograph"),
    "video": Text("Video", "Video"),
    "audio": Text("Audio", "Audio"),
    "document": Text("Documento", "Document"),
    "other": Text("Otro archivo", "Other file"),
}
BYTES = Text("{n} bytes", "{n} bytes")
FROM_METADATA = Text("Según metadatos: {v}", "From metadata: {v}")
AS_STATED = Text("Según quien la aportó: {v}", "As stated: {v}")
CHAIN_OK = Text("Íntegra", "Intact")
CHAIN_BROKEN = Text(
    "No verifica (entradas {seqs}); revisar antes de presentar",
    "Does not verify (entries {seqs}); check before filing",
)
NOT_HELD = Text(
    "Solo registro (archivo no está en este equipo)", "Record only (file not held here)"
)


def _number(n: int, lang: str) -> str:
    return f"{n:,}".replace(",", "\u202f" if lang.startswith("es") else ",")


def capture_time(text: str, lang: str) -> str:
    """EXIF time with its UTC offset when the camera gave one."""
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        return wording.free_datetime(text, lang)
    written = wording.free_datetime(when.strftime("%Y-%m-%d %H:%M"), lang)
    offset = when.strftime("%z")
    return f"{written} (UTC{offset[:3]}:{offset[3:]})" if offset else written


def _evidence(ctx: Context) -> list[Row]:
    rows = []
    for n, item in enumerate(ctx.snapshot.get("evidence", ()), 1):
        captured = []
        if item.get("exif_captured_at"):
            captured.append(
                ctx.t(FROM_METADATA).format(v=capture_time(item["exif_captured_at"], ctx.lang))
            )
        if item.get("declared_captured_at"):
            declared = wording.free_datetime(item["declared_captured_at"], ctx.lang)
            captured.append(ctx.t(AS_STATED).format(v=declared))
        broken = item.get("custody_broken") or []
        rows.append(
            {
                "no": str(n),
                "title": str(item.get("title") or item.get("original_filename") or ""),
                "description": str(item.get("description") or ""),
                "kind": ctx.t(KINDS.get(str(item.get("kind")), KINDS["other"])),
                "file": str(item.get("original_filename") or ""),
                "size": ctx.t(BYTES).format(n=_number(int(item.get("size_bytes") or 0), ctx.lang)),
                "captured": "\n".join(captured),
                "device": str(item.get("camera") or ""),
                "imported": wording.utc_timestamp(str(item.get("imported_at") or ""), ctx.lang),
                "sha256": str(item.get("sha256") or ""),
                "held": "" if item.get("held", True) else ctx.t(NOT_HELD),
                "chain": ctx.t(CHAIN_BROKEN).format(seqs=", ".join(map(str, broken)))
                if broken
                else ctx.t(CHAIN_OK),
            }
        )
    return rows


# ---------------------------------------------------------------- custody
ACTIONS: dict[str, Text] = {
    "collected": Text("Colectado (ingreso a la bóveda)", "Collected (taken into the vault)"),
    "received": Text("Recibido", "Received"),
    "transferred": Text("Transferido", "Transferred"),
    "copied": Text("Copiado", "Copied"),
    "accessed": Text("Consultado", "Accessed"),
    "verified": Text("Verificado", "Verified"),
    "exported": Text("Exportado", "Exported"),
    "sealed": Text("Embalado y sellado", "Packed and sealed"),
    "returned": Text("Devuelto", "Returned"),
    "destroyed": Text("Destruido", "Destroyed"),
}
CUSTODY_KEYS: dict[str, Text] = {
    "from": Text("entrega", "handed over by"),
    "to": Text("recibe", "received by"),
    "medium": Text("medio", "medium"),
    "purpose": Text("propósito", "purpose"),
    "hash_verified": Text("hash verificado", "hash verified"),
    "matches": Text("coincide", "matches"),
    "size": Text("tamaño", "size"),
    "notes": Text("observaciones", "notes"),
}
CUSTODY_VALUES: dict[str, Text] = {
    "import": Text("importación cifrada al equipo", "encrypted import into the device"),
    "view": Text("consulta en el equipo", "viewed on the device"),
}
SAME_HASH = Text("SHA-256 igual al del indicio", "SHA-256 same as the item's")
OTHER_HASH = Text("SHA-256 distinto: {v}", "different SHA-256: {v}")


def _custody_detail(ctx: Context, body: Mapping[str, Any], item_sha: str) -> str:
    parts = []
    for key, value in body.items():
        if key == "sha256":
            parts.append(
                ctx.t(SAME_HASH) if value == item_sha else ctx.t(OTHER_HASH).format(v=value)
            )
            continue
        if isinstance(value, bool):
            text = wording.yes_no(value, ctx.lang)
        elif key == "size" and isinstance(value, int):
            text = ctx.t(BYTES).format(n=_number(value, ctx.lang))
        else:
            text = ctx.t(CUSTODY_VALUES[value]) if value in CUSTODY_VALUES else str(value)
        label = ctx.t(CUSTODY_KEYS[key]) if key in CUSTODY_KEYS else key
        parts.append(f"{label}: {text}")
    return "; ".join(parts)


def _custody_log(ctx: Context) -> list[Row]:
    rows = []
    for n, item in enumerate(ctx.snapshot.get("evidence", ()), 1):
        for entry in item.get("custody", ()):
            action = str(entry.get("action"))
            rows.append(
                {
                    "at": wording.utc_timestamp(str(entry.get("at_utc")), ctx.lang),
                    "item": str(n),
                    "action": ctx.t(ACTIONS[action]) if action in ACTIONS else action,
                    "detail": _custody_detail(ctx, entry.get("body") or {}, item.get("sha256")),
                    "hash": str(entry.get("entry_hash") or ""),
                }
            )
    return rows


def _nothing(_ctx: Context) -> list[Row]:
    return []


# ---------------------------------------------------------------- consent


def _consent_value(ctx: Context, key: str, value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return wording.yes_no(value, ctx.lang)
    if key in ("given_on", "review_on", "withdrawn_on"):
        return wording.partial_date(str(value), None, ctx.lang)
    if key == "withdrawn_uses":
        return wording.listing([ctx.t(USE_TEXT[u]) for u in value], ctx.lang) or ctx.t(ALL_USES)
    if isinstance(value, str) and value in CONSENT_VALUES:
        return ctx.t(CONSENT_VALUES[value])
    return str(value)


def _consent(ctx: Context) -> list[Row]:
    chosen = chosen_testimony(ctx)
    if chosen is None or consent_of(chosen[1]) is None:
        return []
    body = chosen[1]["consent"]
    consent = consent_of(chosen[1])
    assert consent is not None
    rows: list[Row] = [{"group": ctx.t(CONSENT_GROUPS["disclosures"])}]
    for key, text in DISCLOSURE_TEXT.items():
        rows.append({"mark": "x" if key in consent.disclosures else "o", "item": ctx.t(text)})
    rows.append({"group": ctx.t(CONSENT_GROUPS["uses"])})
    for key, text in USE_TEXT.items():
        agreed = consent.allows(key)
        rows.append(
            {
                "mark": "x" if agreed else "o",
                "item": ctx.t(text),
                "value": wording.yes_no(agreed, ctx.lang),
            }
        )
    groups = {
        "how": (
            "method",
            "given_by",
            "guardian",
            "child_assent",
            "capacity_checked",
            "language",
            "interpreter",
            "given_on",
            "place",
            "obtained_by",
            "witness",
            "form_version",
            "version",
        ),
        "identity": ("name_mode", "blur_face", "alter_voice", "location_mode", "family_details"),
        "recording": (
            "record_audio",
            "record_video",
            "record_photo",
            "recordings_may_leave_device",
            "medical_exam",
            "share_medical_report",
        ),
        "withdrawal": ("review_on", "withdrawn_on", "withdrawn_uses", "withdrawal_reason"),
    }
    for group, keys in groups.items():
        items = [
            {"item": ctx.t(CONSENT_ITEMS[key]), "value": _consent_value(ctx, key, body.get(key))}
            for key in keys
            if (isinstance(body.get(key), bool) or not is_empty(body.get(key)))
            and (key != "withdrawn_uses" or body.get("withdrawn_on"))
        ]
        if items:
            rows += [{"group": ctx.t(CONSENT_GROUPS[group])}, *items]
    return rows


# ---------------------------------------------------------------- IACHR consent
CONSENT_RECORDED = Text(
    "Consentimiento expreso registrado el {date} (versión {version} del registro).",
    "Express consent recorded on {date} (version {version} of the record).",
)
NO_CONSENT = Text(
    "Sin consentimiento registrado para esta solicitud.",
    "No consent recorded for this request.",
)


def _beneficiary_consent(ctx: Context) -> list[Row]:
    rows = []
    for victim in people_with_role(ctx.snapshot, "victim"):
        status = ctx.t(NO_CONSENT)
        for t in ctx.snapshot.get("testimonies", ()):
            consent = consent_of(t)
            if t.get("interviewee_id") == victim.get("id") and consent and consent.allows(ctx.use):
                status = ctx.t(CONSENT_RECORDED).format(
                    date=wording.utc_timestamp(str(t["consent"]["created_at"]), ctx.lang),
                    version=t["consent"]["version"],
                )
        rows.append({"name": display_name(victim) or ctx.t(UNNAMED), "status": status})
    return rows


def beneficiaries_consented(ctx: Context) -> bool:
    rows = _beneficiary_consent(ctx)
    return bool(rows) and all(r["status"] != ctx.t(NO_CONSENT) for r in rows)


# ---------------------------------------------------------------- testimony record
DECLARANT: dict[str, Text] = {
    "who": Text("Nombre, seudónimo o código", "Name, pseudonym or code"),
    "sex": Text("Sexo", "Sex"),
    "gender_identity": Text("Identidad de género", "Gender identity"),
    "ethnicity": Text("Pueblo", "People"),
    "language": Text("Lengua y variante", "Language and variant"),
    "connection": Text("Relación con los hechos", "Connection to the events"),
}


def _declarant(ctx: Context) -> list[Row]:
    """The declaring person's data, under the name their consent allows."""
    chosen = chosen_testimony(ctx)
    if chosen is None:
        return []
    number, testimony = chosen
    consent = consent_of(testimony)
    allowed = consent is not None and consent.allows(ctx.use)
    who = person(ctx.snapshot, testimony.get("interviewee_id"))
    rows = [
        {"item": ctx.t(DECLARANT["who"]), "value": source_name(ctx, testimony, number, allowed)}
    ]
    if allowed:
        details = {
            "sex": term_label(vocab.SEX, who.get("sex"), ctx.lang),
            "gender_identity": who.get("gender_identity"),
            "ethnicity": who.get("ethnicity"),
            "language": who.get("language"),
            "connection": term_label(
                vocab.SOURCE_CONNECTIONS, testimony.get("source_connection"), ctx.lang
            ),
        }
        rows += [
            {"item": ctx.t(DECLARANT[k]), "value": str(v)}
            for k, v in details.items()
            if not is_empty(v)
        ]
    return rows


DERIVERS: dict[str, Callable[[Context], list[Row]]] = {
    "testimonies": _testimonies,
    "chosen_narrative": _chosen_narrative,
    "declarant": _declarant,
    "evidence": _evidence,
    "custody_log": _custody_log,
    "consent": _consent,
    "beneficiary_consent": _beneficiary_consent,
    "nothing": _nothing,
}
FACTS: dict[str, Callable[[Context], bool]] = {
    "beneficiaries_consented": beneficiaries_consented,
}


def derive_blocks(
    spec: DocumentSpec, snapshot: Mapping[str, Any], values: Mapping[str, Any], lang: str
) -> dict[str, list[Row]]:
    ctx = Context(snapshot, values, lang, spec.consent_use)
    return {block.name: DERIVERS[block.derive](ctx) for block in spec.derived()}


def facts(
    spec: DocumentSpec, snapshot: Mapping[str, Any], values: Mapping[str, Any], lang: str
) -> dict[str, bool]:
    ctx = Context(snapshot, values, lang, spec.consent_use)
    return {name: fact(ctx) for name, fact in FACTS.items()}


def check_labels_cover_consent() -> list[str]:
    """Consent items that have no document wording (tests keep this empty)."""
    return sorted((set(USES) - set(USE_TEXT)) | (set(DISCLOSURES) - set(DISCLOSURE_TEXT)))
