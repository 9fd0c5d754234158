"""First values of a draft's fields, taken from the case snapshot (storage/snapshot.py).

A field's `Source` names a path into the snapshot or one of the derivations below; the draft
keeps the result, which the person then edits. Nothing here decides what may be printed from
a testimony: that is checked at printing time (forms.documents.derive).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from forms import vocab
from forms.documents import wording
from forms.documents.schema import DocumentSpec, Field, Items, Kind, Source, Text, is_empty

Snapshot = Mapping[str, Any]
Values = dict[str, Any]

_SEGMENT = re.compile(r"^(\w+)(\[(?:(\w+)=(\$?[\w-]+))?\])?$")


def resolve(snapshot: Snapshot, path: str, values: Mapping[str, Any]) -> list[Any]:
    """Every non-empty value at `path` (see Source), lists flattened, in snapshot order."""
    current: list[Any] = [snapshot]
    for segment in path.split("."):
        match = _SEGMENT.match(segment)
        if match is None:
            raise ValueError(f"bad snapshot path segment {segment!r} in {path!r}")
        name, walk, key, wanted = match.groups()
        following: list[Any] = []
        for item in current:
            if not isinstance(item, Mapping):
                continue
            value = item.get(name)
            if not walk:
                following.append(value)
                continue
            for element in value or ():
                if key is None or _matches(element, key, wanted, values):
                    following.append(element)
        current = following
    flat: list[Any] = []
    for value in current:
        if isinstance(value, list | tuple):
            flat.extend(value)
        else:
            flat.append(value)
    return [v for v in flat if not is_empty(v)]


def _matches(element: Any, key: str, wanted: str, values: Mapping[str, Any]) -> bool:
    if not isinstance(element, Mapping):
        return False
    target = values.get(wanted[1:]) if wanted.startswith("$") else wanted
    have = element.get(key)
    return target in have if isinstance(have, list | tuple) else have == target


# ---------------------------------------------------------------- derivations
Deriver = Callable[[Snapshot, Mapping[str, Any], str], Any]

UNNAMED = Text("Persona cuyo nombre se desconoce", "Person whose name is unknown")
NO_DATE = Text("Fecha no precisada", "Date not known")
ACT_LINE = Text("{date}: {act}, en perjuicio de {victim}.", "{date}: {act}, against {victim}.")
PLACE = Text("Lugar: {place}.", "Place: {place}.")
TAKEN_TO = Text("Lugar al que se le llevó: {place}.", "Place the person was taken to: {place}.")
DETENTION = Text(
    "La detención ocurrió el {when} y la realizó: {authority}.",
    "The detention took place on {when}, carried out by: {authority}.",
)
DETAINED_BY = Text(
    "La detención la realizó: {authority}.", "Detention carried out by: {authority}."
)
ORDERED_BY = Text("La ordenó: {authority}.", "Ordered by: {authority}.")
REASON = Text(
    "Explicación dada por la autoridad: {reason}.", "Explanation given by the authority: {reason}."
)
LAST_SEEN = Text("Última vez que se le vio: {last_seen}.", "Last seen: {last_seen}.")
INCOMMUNICADO = Text(
    "Se encuentra incomunicada: sin contacto con su familia ni con su defensa.",
    "Held incommunicado: no contact with family or counsel.",
)
WHEREABOUTS = Text(
    "Paradero y contacto con el exterior: {term}.", "Whereabouts and contact: {term}."
)
STATUS = Text("Situación al final del acto: {status}.", "Status at the end of the act: {status}.")

PROFILE_PARTS: dict[str, Text] = {
    "name": Text("Nombre: {v}", "Name: {v}"),
    "other_names": Text("otros nombres: {v}", "other names: {v}"),
    "age": Text("edad: {v} años", "age: {v}"),
    "sex": Text("sexo: {v}", "sex: {v}"),
    "gender_identity": Text("identidad de género: {v}", "gender identity: {v}"),
    "ethnicity": Text("pueblo: {v}", "people: {v}"),
    "language": Text("lengua: {v}", "language: {v}"),
    "occupation": Text("ocupación o cargo comunitario: {v}", "occupation or community role: {v}"),
    "defender": Text("persona defensora de derechos humanos", "human rights defender"),
    "organisation": Text("organización: {v}", "organisation: {v}"),
    "group": Text("grupo: {v}", "group: {v}"),
    "group_size": Text("número de personas: {v}", "number of persons: {v}"),
}
SEARCH_PARTS: dict[str, Text] = {
    "place": Text("Lugar: {v}", "Place: {v}"),
    "when": Text("fecha y hora: {v}", "date and time: {v}"),
    "official": Text("persona servidora pública: {v}", "official: {v}"),
    "answer": Text("respuesta: {v}", "answer: {v}"),
}
FILE_NUMBER = Text("Expediente o carpeta de investigación: {v}", "Case or investigation file: {v}")
INTERPRETER_NEEDED = Text("requiere intérprete", "needs an interpreter")

COUNTRIES: dict[str, Text] = {
    "MX": Text("México", "Mexico"),
    "GT": Text("Guatemala", "Guatemala"),
    "HN": Text("Honduras", "Honduras"),
    "SV": Text("El Salvador", "El Salvador"),
    "NI": Text("Nicaragua", "Nicaragua"),
    "CR": Text("Costa Rica", "Costa Rica"),
    "PA": Text("Panamá", "Panama"),
    "BZ": Text("Belice", "Belize"),
    "US": Text("Estados Unidos de América", "United States of America"),
    "CO": Text("Colombia", "Colombia"),
}

COURT = Text(
    "C. JUEZ(A) DE DISTRITO DE AMPARO EN MATERIA PENAL EN TURNO EN EL ESTADO DE {state}",
    "DISTRICT JUDGE ON DUTY FOR CRIMINAL AMPARO MATTERS IN THE STATE OF {state}",
)
COURT_ANY = Text(
    "C. JUEZ(A) DE DISTRITO DE AMPARO EN MATERIA PENAL EN TURNO",
    "DISTRICT JUDGE ON DUTY FOR CRIMINAL AMPARO MATTERS",
)
CNDH = Text(
    "C. PRESIDENTA(E) DE LA COMISIÓN NACIONAL DE LOS DERECHOS HUMANOS",
    "PRESIDENT OF THE NATIONAL HUMAN RIGHTS COMMISSION",
)
STATE_COMMISSION = Text(
    "C. PRESIDENTA(E) DE LA COMISIÓN ESTATAL DE LOS DERECHOS HUMANOS DE {state}",
    "PRESIDENT OF THE STATE HUMAN RIGHTS COMMISSION OF {state}",
)
# Federal authorities go to the CNDH (DOMAIN.md §2c, jurisdiction split [RECALLED/INFERRED]).
FEDERAL_WORDS = (
    "guardia nacional",
    "sedena",
    "ejército",
    "ejercito",
    "marina",
    "semar",
    "fgr",
    "fiscalía general de la república",
    "fiscalia general de la republica",
    "inm",
    "instituto nacional de migración",
    "instituto nacional de migracion",
    "federal",
)

# Acts claimed in an amparo (Ley de Amparo art. 15 list), from the case's acts.
ARREST_ACTS = ("030101000000", "030102000000", "030104000000", "030105000000")
DISAPPEARANCE = "030103000000"
TORTURE_ACTS = ("020111110000", "020101000000", "020111000000")
NOT_DISCLOSED = "010200000000"
CAPTURE_DENIED = "020000000000"
STILL_MISSING = "010300000000"
EXILED = "030200000000"
NO_OUTSIDE_CONTACT = "010102"


def display_name(person: Mapping[str, Any]) -> str:
    return str(person.get("name") or person.get("other_names") or person.get("pseudonym") or "")


def people_with_role(snapshot: Snapshot, role: str) -> list[Mapping[str, Any]]:
    return [p for p in snapshot.get("participants", ()) if role in p.get("roles", ())]


def person(snapshot: Snapshot, person_id: str | None) -> Mapping[str, Any]:
    for p in snapshot.get("participants", ()):
        if p.get("id") == person_id:
            return dict(p)
    return {}


def term_label(list_no: int, code: str | None, lang: str) -> str:
    if not code:
        return ""
    found = vocab.term(list_no, code)
    return found.label(lang) if found else code


def _victim_names(snapshot: Snapshot, _values: Mapping[str, Any], lang: str) -> list[str]:
    victims = people_with_role(snapshot, "victim")
    return [display_name(v) or UNNAMED.get(lang) for v in victims]


def _acts_by_date(snapshot: Snapshot) -> list[Mapping[str, Any]]:
    acts = list(snapshot.get("acts", ()))
    return sorted(acts, key=lambda a: (a.get("start_date") is None, a.get("start_date") or ""))


def _chronology(snapshot: Snapshot, _values: Mapping[str, Any], lang: str) -> str:
    """The case's acts in date order, one paragraph each, after the case's own description."""
    paragraphs = [str(snapshot.get("case", {}).get("description") or "").strip()]
    for act in _acts_by_date(snapshot):
        sentences = [
            ACT_LINE.get(lang).format(
                date=wording.partial_date(act.get("start_date"), act.get("start_date_type"), lang)
                or NO_DATE.get(lang),
                act=term_label(vocab.ACT_TYPES, act.get("type_of_act"), lang),
                victim=display_name(person(snapshot, act.get("victim_id"))) or UNNAMED.get(lang),
            )
        ]
        sentences += _optional(PLACE, lang, place=act.get("exact_location"))
        sentences += _optional(TAKEN_TO, lang, place=act.get("location_at_end"))
        arrest = act.get("arrest") or {}
        if arrest.get("detained_at") and arrest.get("authority_detained"):
            sentences.append(
                DETENTION.get(lang).format(
                    when=wording.free_datetime(arrest["detained_at"], lang),
                    authority=arrest["authority_detained"],
                )
            )
        else:
            sentences += _optional(DETAINED_BY, lang, authority=arrest.get("authority_detained"))
        sentences += _optional(ORDERED_BY, lang, authority=arrest.get("authority_ordered"))
        sentences += _optional(REASON, lang, reason=_strip_period(act.get("stated_reason")))
        sentences += _optional(LAST_SEEN, lang, last_seen=_strip_period(arrest.get("last_seen")))
        if arrest.get("incommunicado"):
            sentences.append(INCOMMUNICADO.get(lang))
        sentences += _optional(
            WHEREABOUTS, lang, term=term_label(vocab.WHEREABOUTS, arrest.get("whereabouts"), lang)
        )
        sentences += _optional(
            STATUS, lang, status=term_label(vocab.STATUS_AT_END, act.get("status_at_end"), lang)
        )
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(p for p in paragraphs if p)


def _optional(template: Text, lang: str, **values: Any) -> list[str]:
    """The sentence when every value is given, else nothing."""
    if any(is_empty(v) for v in values.values()):
        return []
    return [template.get(lang).format(**values)]


def _strip_period(text: Any) -> str:
    return str(text or "").strip().rstrip(".")


def _victim_profiles(snapshot: Snapshot, _values: Mapping[str, Any], lang: str) -> list[str]:
    lines = []
    ages = {
        a.get("victim_id"): a.get("age_at_time")
        for a in reversed(snapshot.get("acts", ()))
        if a.get("age_at_time") is not None
    }
    for p in people_with_role(snapshot, "victim"):
        lines.append(profile_line(p, ages.get(p.get("id")), lang))
    return lines


def profile_line(p: Mapping[str, Any], age: Any, lang: str) -> str:
    """'Nombre: …; edad: …; pueblo: …' with only what is known."""
    values = {
        "name": display_name(p) or UNNAMED.get(lang),
        "other_names": p.get("other_names") if p.get("name") else "",
        "age": age,
        "sex": term_label(vocab.SEX, p.get("sex"), lang),
        "gender_identity": p.get("gender_identity"),
        "ethnicity": p.get("ethnicity"),
        "language": p.get("language"),
        "occupation": p.get("occupation"),
        "defender": p.get("is_defender") or None,
        "organisation": p.get("organisation"),
        "group": p.get("group_description") if p.get("counting_unit") == "group" else "",
        "group_size": p.get("group_size"),
    }
    parts = [
        PROFILE_PARTS[key].get(lang).format(v=value)
        for key, value in values.items()
        if not is_empty(value)
    ]
    if p.get("needs_interpreter"):
        parts.append(INTERPRETER_NEEDED.get(lang))
    return "; ".join(parts) + "."


def _search_efforts(snapshot: Snapshot, _values: Mapping[str, Any], lang: str) -> list[str]:
    lines = []
    for act in snapshot.get("acts", ()):
        for effort in (act.get("arrest") or {}).get("search_efforts", ()):
            parts = [
                SEARCH_PARTS[key]
                .get(lang)
                .format(
                    v=wording.free_datetime(str(effort[key]), lang)
                    if key == "when"
                    else effort[key]
                )
                for key in SEARCH_PARTS
                if not is_empty(effort.get(key))
            ]
            if parts:
                lines.append("; ".join(parts) + ".")
    return lines


def _national_actions(snapshot: Snapshot, values: Mapping[str, Any], lang: str) -> list[str]:
    files = [
        FILE_NUMBER.get(lang).format(v=code)
        for code in dict.fromkeys(resolve(snapshot, "acts[].arrest.court_case_code", values))
    ]
    return files + _search_efforts(snapshot, values, lang)


def acts_claimed(snapshot: Snapshot) -> list[str]:
    """Keys of the amparo's acts claimed that the case's acts and arrests show."""
    found: set[str] = set()
    for act in snapshot.get("acts", ()):
        code = act.get("type_of_act") or ""
        arrest = act.get("arrest") or {}
        where = arrest.get("whereabouts") or ""
        if code in ARREST_ACTS or arrest:
            found.add("detention")
        if arrest.get("incommunicado") or where.startswith(NO_OUTSIDE_CONTACT):
            found.add("incommunicado")
        if (
            code == DISAPPEARANCE
            or where == CAPTURE_DENIED
            or act.get("status_at_end") in (STILL_MISSING,)
        ):
            found.add("disappearance")
        if where in (NOT_DISCLOSED, CAPTURE_DENIED) or arrest.get("whereabouts_known") is False:
            found.add("unknown_place")
        if code in TORTURE_ACTS:
            found.add("torture")
        if act.get("status_at_end") == EXILED:
            found.add("deportation")
    order = ("detention", "incommunicado", "disappearance", "unknown_place", "torture")
    return [k for k in (*order, "deportation") if k in found]


def _detention_times(snapshot: Snapshot, values: Mapping[str, Any], lang: str) -> list[str]:
    return [
        wording.free_datetime(str(when), lang)
        for when in resolve(snapshot, "acts[].arrest.detained_at", values)
    ]


def _acts_claimed(snapshot: Snapshot, _values: Mapping[str, Any], _lang: str) -> list[str]:
    return acts_claimed(snapshot)


def _place_signed(snapshot: Snapshot, _values: Mapping[str, Any], _lang: str) -> str:
    case = snapshot.get("case", {})
    return ", ".join(p for p in (case.get("municipality"), case.get("state_region")) if p)


def _court(snapshot: Snapshot, _values: Mapping[str, Any], lang: str) -> str:
    state = str(snapshot.get("case", {}).get("state_region") or "").strip()
    return COURT.get(lang).format(state=state.upper()) if state else COURT_ANY.get(lang)


def _commission(snapshot: Snapshot, values: Mapping[str, Any], lang: str) -> str:
    state = str(snapshot.get("case", {}).get("state_region") or "").strip()
    authorities = " ".join(
        str(v)
        for path in (
            "acts[].arrest.authority_detained",
            "acts[].arrest.authority_ordered",
            "participants[roles=perpetrator].name",
        )
        for v in resolve(snapshot, path, values)
    ).casefold()
    federal = any(re.search(rf"\b{re.escape(w)}\b", authorities) for w in FEDERAL_WORDS)
    if federal or not state:
        return CNDH.get(lang)
    return STATE_COMMISSION.get(lang).format(state=state.upper())


def _country(snapshot: Snapshot, _values: Mapping[str, Any], lang: str) -> str:
    code = str(snapshot.get("case", {}).get("country") or "MX")
    return COUNTRIES[code].get(lang) if code in COUNTRIES else code


def _first_testimony(snapshot: Snapshot, _values: Mapping[str, Any], _lang: str) -> str:
    testimonies = snapshot.get("testimonies", ())
    return str(testimonies[0]["id"]) if testimonies else ""


def _chosen(snapshot: Snapshot, values: Mapping[str, Any]) -> Mapping[str, Any]:
    for t in snapshot.get("testimonies", ()):
        if t.get("id") == values.get("testimony_id"):
            return dict(t)
    return {}


def _testimony_date(snapshot: Snapshot, values: Mapping[str, Any], lang: str) -> str:
    chosen = _chosen(snapshot, values)
    return wording.partial_date(chosen.get("taken_on"), chosen.get("taken_on_type"), lang)


MODALITIES: dict[str, Text] = {
    "in_person": Text("Presencial", "In person"),
    "phone": Text("Por teléfono", "By phone"),
    "video": Text("Por videollamada", "By video call"),
}


def _testimony_modality(snapshot: Snapshot, values: Mapping[str, Any], lang: str) -> str:
    modality = _chosen(snapshot, values).get("modality")
    return MODALITIES[modality].get(lang) if modality in MODALITIES else ""


def _has_arrest(snapshot: Snapshot) -> bool:
    return any(a.get("arrest") for a in snapshot.get("acts", ()))


DETAINEE_MEASURE = Text(
    "Informe si las personas beneficiarias se encuentran bajo custodia del Estado y, en su caso, "
    "garantice su contacto con sus abogadas o abogados y familiares, así como una valoración "
    "médica independiente.",
    "Report whether the beneficiaries are in State custody and, if so, guarantee their contact "
    "with their lawyers and families and an independent medical assessment.",
)


def _detainee_measure(snapshot: Snapshot, _values: Mapping[str, Any], lang: str) -> str:
    return DETAINEE_MEASURE.get(lang) if _has_arrest(snapshot) else ""


def _detained_or_missing(snapshot: Snapshot, _values: Mapping[str, Any], _lang: str) -> bool:
    claimed = acts_claimed(snapshot)
    return "disappearance" in claimed or "incommunicado" in claimed or _has_arrest(snapshot)


def _yes(_snapshot: Snapshot, _values: Mapping[str, Any], _lang: str) -> bool:
    return True


def _case_date(snapshot: Snapshot, _values: Mapping[str, Any], lang: str) -> str:
    case = snapshot.get("case", {})
    return wording.partial_date(case.get("start_date"), case.get("start_date_type"), lang)


_RIGHT_LABEL = re.compile(r"^(.*) \(((?:Derecho|Right)[^)]*)\)$")


def right_phrase(label: str) -> str:
    """'Libertad personal (Derecho a la)' -> 'Derecho a la libertad personal'."""
    match = _RIGHT_LABEL.match(label)
    if not match:
        return label
    what, right = match.groups()
    return f"{right} {what[:1].lower()}{what[1:]}"


def _rights_affected(snapshot: Snapshot, values: Mapping[str, Any], lang: str) -> list[str]:
    return [
        right_phrase(term_label(vocab.RIGHTS, str(code), lang))
        for code in resolve(snapshot, "case.rights_affected", values)
    ]


DERIVERS: dict[str, Deriver] = {
    "victim_names": _victim_names,
    "victim_profiles": _victim_profiles,
    "chronology": _chronology,
    "search_efforts": _search_efforts,
    "national_actions": _national_actions,
    "acts_claimed": _acts_claimed,
    "detention_times": _detention_times,
    "place_signed": _place_signed,
    "court": _court,
    "commission": _commission,
    "country": _country,
    "first_testimony": _first_testimony,
    "testimony_date": _testimony_date,
    "testimony_modality": _testimony_modality,
    "detainee_measure": _detainee_measure,
    "detained_or_missing": _detained_or_missing,
    "yes": _yes,
    "case_date": _case_date,
    "rights_affected": _rights_affected,
}


# ---------------------------------------------------------------- filling a draft
def source_values(
    source: Source, snapshot: Snapshot, values: Mapping[str, Any], lang: str
) -> list[Any]:
    found: list[Any] = []
    if source.fixed is not None:
        found = _texts(source.fixed, lang)
    elif source.path:
        found = resolve(snapshot, source.path, values)
    elif source.derive:
        result = DERIVERS[source.derive](snapshot, values, lang)
        found = [result] if not isinstance(result, list) else result
    return [v for v in found if not is_empty(v)]


def _texts(value: Text | Items, lang: str) -> list[Any]:
    return [t.get(lang) for t in value.items] if isinstance(value, Items) else [value.get(lang)]


def prefill_field(field: Field, snapshot: Snapshot, values: Mapping[str, Any], lang: str) -> Any:
    """The field's first value from the case, or its default, or None.

    A list gathers every source; a single value (a name, a yes or no) takes the first source
    that gives anything, so a relative filing is not merged with the organisation.
    """
    found: list[Any] = []
    for source in field.prefill:
        found.extend(source_values(source, snapshot, values, lang))
        if found and field.kind not in (Kind.LIST, Kind.CHOICES, Kind.LONG_TEXT):
            break
    if not found:
        defaults = [s.default for s in field.prefill if s.default is not None]
        if not defaults:
            return None
        found = _texts(defaults[0], lang)
    if field.kind in (Kind.LIST, Kind.CHOICES):
        return _distinct([str(v) for v in found])
    if field.kind is Kind.BOOL:
        return bool(found[0])
    if field.kind is Kind.LONG_TEXT:
        return "\n\n".join(_distinct([str(v) for v in found]))
    if field.kind is Kind.CHOICE:
        return str(found[0])
    return "; ".join(_distinct([str(v) for v in found]))


def _distinct(items: list[str]) -> list[str]:
    """Items in order, without repeats or items another item already contains
    ('Policía Municipal' beside 'Policía Municipal (patrulla 0457)')."""
    folded = [" ".join(i.casefold().split()) for i in items]
    kept = []
    for n, item in enumerate(items):
        inside_other = any(
            folded[n] in other and (folded[n] != other or m < n)
            for m, other in enumerate(folded)
            if m != n
        )
        if not inside_other:
            kept.append(item)
    return kept


def prefill(
    spec: DocumentSpec, snapshot: Snapshot, lang: str, current: Mapping[str, Any] | None = None
) -> Values:
    """Values for every field the case can fill; fields already filled in `current` stay."""
    values: Values = dict(current or {})
    for field in spec.fields():
        if not is_empty(values.get(field.name)):
            continue
        value = prefill_field(field, snapshot, values, lang)
        if value is not None:
            values[field.name] = value
    return values
