"""Export profiles (DOMAIN.md §3.1): what each recipient may see, as pure rules on an export.

The input is always the internal export (forms.esf names); each profile derives its document
from it, driven by each column's sensitivity class: A direct identifiers, B quasi-identifiers,
C special categories, D embedded metadata, E perpetrator identity, F internal assessments.

- internal: everything.
- court: identities only of persons whose latest consent covers a court or commission use
  (and of those who appear only as perpetrators, class E); everyone else becomes a code, in
  free text too. C only where that person consented; D and F stripped; narratives only from
  testimonies whose consent covers such a use.
- partner: every person a code; places to the municipality; dates to the month; ages in
  bands; C only with consent for partners; narratives only with that consent; D, F stripped.
- public: counts of acts only, cells under MIN_CELL suppressed; no text, no persons.

A withheld value is written as null, so a reader can tell "withheld" from "empty"; D and F
columns are removed outright.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from forms import vocab
from forms.consent import JURISDICTIONAL_USES, USES, Consent
from forms.errors import ValidationError
from forms.esf import CHILDREN, SINGLE_CHILDREN, Column, columns
from forms.fields import Kind
from forms.text import QT_TRANSLATE_NOOP

PROFILES = ("internal", "court", "partner", "public")
MIN_CELL = 3
AGE_BANDS = ((0, 11), (12, 17), (18, 29), (30, 44), (45, 59))

# Partner exports keep places at the municipality and people's ages in bands: these columns
# name a spot, a route or a birth date, so they are withheld rather than generalised.
_PARTNER_WITHHELD = frozenset(
    {
        ("case", "community"),
        ("case", "latitude"),
        ("case", "longitude"),
        ("act", "exact_location"),
        ("act", "location_at_end"),
        ("arrest", "place"),
        ("arrest", "last_seen"),
        ("arrest", "probable_places"),
        ("arrest", "search_efforts"),
        ("person", "birth_date"),
        ("person", "birth_date_type"),
    }
)
# A person's code comes from the first of their roles in this order (CNDH style: V1, W1, P1).
_CODE_PREFIXES = (
    ("victim", "V"),
    ("witness", "W"),
    ("source", "W"),
    ("relative", "R"),
    ("perpetrator", "P"),
)
_OTHER_PREFIX = "O"
_DROP = object()


def require_profile(profile: str) -> None:
    if profile not in PROFILES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{profile}” is not an export profile. Choose one of: {profiles}."
            ),
            field_name="profile",
            profile=profile,
            profiles=", ".join(PROFILES),
        )


def age_band(age: int) -> str:
    for low, high in AGE_BANDS:
        if low <= age <= high:
            return f"{low}-{high}"
    return f"{AGE_BANDS[-1][1] + 1}+"


def to_month(value: Any) -> str | None:
    """'2026-03-14 21:30' -> '2026-03'; a year stays a year; anything else is withheld."""
    if not isinstance(value, str):
        return None
    if re.match(r"\d{4}-\d{2}(\D|$)", value):
        return value[:7]
    return value if re.fullmatch(r"\d{4}", value) else None


# ---------------------------------------------------------------------------- names in text

_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "e", "da", "do", "dos", "van", "von"})
_LOOSE = {
    "a": "aáàâäã",
    "e": "eéèêë",
    "i": "iíìîï",
    "o": "oóòôöõ",
    "u": "uúùûü",
    "n": "nñ",
    "c": "cç",
    "y": "yý",
}
_UNMATCHED = "***"  # never expected: a match whose folded form is not in the table


def _key(text: str) -> str:
    return " ".join(vocab.fold(text).split())


def _loose_pattern(key: str) -> str:
    """Match `key` whatever the accents and case: 'lopez' finds 'López' and 'LOPEZ'."""
    parts = []
    for ch in key:
        if ch == " ":
            parts.append(r"\s+")
        elif ch in _LOOSE:
            parts.append(f"[{_LOOSE[ch]}]")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


class NameScrubber:
    """Replace known names inside free text with codes (whole words, accent-blind).

    Over-redaction is preferred to a leak: a surname shared by two coded persons becomes
    both codes ('V1/W2'), and a name that is also a common word is replaced everywhere.
    """

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        table: dict[str, set[str]] = {}
        for text, code in names:
            key = _key(text)
            if len(key) >= 3:
                table.setdefault(key, set()).add(code)
        self._table = {key: "/".join(sorted(codes)) for key, codes in table.items()}
        longest_first = sorted(self._table, key=len, reverse=True)
        self._pattern = (
            re.compile(
                r"(?<!\w)(?:" + "|".join(_loose_pattern(k) for k in longest_first) + r")(?!\w)",
                re.IGNORECASE,
            )
            if longest_first
            else None
        )

    def __call__(self, text: str) -> str:
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(
            lambda m: self._table.get(_key(m.group()), _UNMATCHED),
            unicodedata.normalize("NFC", text),
        )

    @classmethod
    def for_person(cls, person: Mapping[str, Any], code: str) -> list[tuple[str, str]]:
        """The texts that name one person: full name, aliases and, for individuals, each name."""
        whole = [person.get("name") or ""]
        whole += re.split(r"[,;/\n]", person.get("other_names") or "")
        names = [(w.strip(), code) for w in whole if w.strip()]
        if person.get("counting_unit") != "group":  # "Policía" alone is not a person's name
            for text, _ in list(names):
                names += [(t, code) for t in text.split() if _key(t) not in _PARTICLES]
        return names


# ---------------------------------------------------------------------------- persons


def _latest_consent(testimony: Mapping[str, Any]) -> tuple[tuple[str, int], Consent] | None:
    history = testimony.get("x_consent_history") or []
    if not history:
        return None
    last = max(history, key=lambda c: c["x_version"])
    return (last["x_created_at"], last["x_version"]), Consent.from_json(last["x_consent"])


def _allows_any(consent: Consent | None, uses: Iterable[str]) -> bool:
    return consent is not None and any(consent.allows(use) for use in uses)


@dataclass(frozen=True)
class People:
    """Who appears in the export, in which roles, under which consent and which code."""

    roles: dict[str, set[str]]
    consents: dict[str, Consent]  # the latest consent each person gave as an interviewee
    codes: dict[str, str]

    @classmethod
    def of(cls, document: Mapping[str, Any]) -> People:
        roles: dict[str, set[str]] = {}
        latest: dict[str, tuple[tuple[str, int], Consent]] = {}
        for event in document["events"]:
            for link in event["x_linked_persons"]:
                roles.setdefault(link["person_record_number"], set()).add(link["x_role"])
            for act in event["acts"]:
                roles.setdefault(act["victim"], set()).add("victim")
                for inv in act["involvements"]:
                    roles.setdefault(inv["perpetrator"], set()).add("perpetrator")
            for testimony in event["information"]:
                source = testimony["source"]
                if source is None:
                    continue
                roles.setdefault(source, set()).add("source")
                found = _latest_consent(testimony)
                if found and (source not in latest or found[0] > latest[source][0]):
                    latest[source] = found
        consents = {pid: consent for pid, (_, consent) in latest.items()}
        return cls(roles, consents, _codes(document["persons"], roles))


def _codes(persons: list[Mapping[str, Any]], roles: Mapping[str, set[str]]) -> dict[str, str]:
    """A person's own pseudonym, else V1, W1, P1... numbered in export order (deterministic)."""
    taken = {p["x_pseudonym"] for p in persons if p["x_pseudonym"]}
    counters: Counter[str] = Counter()
    codes: dict[str, str] = {}
    for p in persons:
        pid = p["person_record_number"]
        if p["x_pseudonym"]:
            codes[pid] = p["x_pseudonym"]
            continue
        mine = roles.get(pid, set())
        prefix = next((pre for role, pre in _CODE_PREFIXES if role in mine), _OTHER_PREFIX)
        while True:
            counters[prefix] += 1
            code = f"{prefix}{counters[prefix]}"
            if code not in taken:
                break
        taken.add(code)
        codes[pid] = code
    return codes


# ---------------------------------------------------------------------------- profiles


@dataclass(frozen=True)
class _Scope:
    """What the record being redacted is about: its subject person, its testimony consent."""

    subject: str | None = None
    consent: Consent | None = None
    filename: str = ""


class _Redactor:
    def __init__(self, profile: str, document: Mapping[str, Any]) -> None:
        self.profile = profile
        self.people = People.of(document)
        # Uses that let a person's identity, special data or words reach this recipient.
        self.uses = JURISDICTIONAL_USES if profile == "court" else frozenset({"partners"})
        names: list[tuple[str, str]] = []
        for person in document["persons"]:
            pid = person["person_record_number"]
            if not self.revealed(pid):
                names += NameScrubber.for_person(person, self.people.codes[pid])
        self.scrub = NameScrubber(names)

    def revealed(self, person_id: str | None) -> bool:
        """Whether this person's own identifiers may appear (court only)."""
        if self.profile != "court" or person_id is None:
            return False
        if self.people.roles.get(person_id) == {"perpetrator"}:
            return True  # class E: a court needs to know whom the complaint names
        consent = self.people.consents.get(person_id)
        # The person's own choice of identity wins: consenting to an amparo with a pseudonym
        # keeps the pseudonym, even before a court.
        return (
            _allows_any(consent, JURISDICTIONAL_USES)
            and consent is not None
            and (consent.name_mode == "real")
        )

    def consented(self, person_id: str | None) -> bool:
        return person_id is not None and _allows_any(self.people.consents.get(person_id), self.uses)

    # ------------------------------------------------------------------ one record
    def record(self, entity: str, data: Mapping[str, Any], scope: _Scope) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for c in columns(entity):
            value = self._value(entity, c, data[c.esf], scope)
            if value is not _DROP:
                out[c.esf] = value
        if self.profile == "partner":
            self._coarsen_date_types(entity, data, out)
        for key, child in CHILDREN.get(entity, {}).items():
            self._children(out, key, child, data[key], scope)
        return out

    def _children(
        self, out: dict[str, Any], key: str, child: str, value: Any, scope: _Scope
    ) -> None:
        if child in ("version", "intervention"):
            return  # frozen snapshots and document drafts hold everything, unredacted
        if child == "custody":
            if self.profile == "court":  # the chain of custody is evidence; it must verify
                out[key] = copy.deepcopy(value)
            return
        if child == "consent":
            latest = _latest_consent({"x_consent_history": value})
            consent = latest[1] if latest else None
            out["x_consent_uses"] = [u for u in USES if consent is not None and consent.allows(u)]
            return
        if key in SINGLE_CHILDREN:
            out[key] = None if value is None else self.record(child, value, scope)
            return
        out[key] = [self.record(child, item, self._scope_of(child, item, scope)) for item in value]

    @staticmethod
    def _scope_of(child: str, item: Mapping[str, Any], scope: _Scope) -> _Scope:
        """An act and its arrest are about its victim; a testimony's words need its consent."""
        if child == "act":
            return _Scope(subject=item["victim"])
        if child == "testimony":
            latest = _latest_consent(item)
            return _Scope(consent=latest[1] if latest else None)
        if child == "evidence":
            return _Scope(filename=item.get("x_original_filename") or "")
        return scope

    def _value(self, entity: str, c: Column, value: Any, scope: _Scope) -> Any:
        s = c.sensitivity
        if s in ("D", "F"):
            return _DROP
        if entity == "person":
            if c.name == "name":
                if self.revealed(scope.subject):
                    return value  # their own name, as they agreed; never half-replaced
                return self.people.codes[scope.subject or ""]
            if s == "A" and not self.revealed(scope.subject):
                return None
        if s == "C" and not self.consented(scope.subject):
            return None
        words = entity == "testimony" and c.name in ("narrative", "summary")
        if words and not _allows_any(scope.consent, self.uses):
            return None
        if self.profile == "partner":
            if (entity, c.name) in _PARTNER_WITHHELD:
                return None
            if s == "A" and c.kind is Kind.TEXT:
                return None  # names of interviewers and interpreters
            if c.kind in (Kind.DATE, Kind.DATETIME):
                return to_month(value)
            if c.name == "age_at_time":
                return None if value is None else age_band(value)
        if entity == "evidence" and c.name == "title" and _from_filename(value, scope.filename):
            return None  # a title made from the file name is embedded metadata (D)
        return self._text(value)

    def _text(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.scrub(value)
        if isinstance(value, list):
            return [self._text(v) for v in value]
        if isinstance(value, dict):
            return {k: self._text(v) for k, v in value.items()}
        return value

    @staticmethod
    def _coarsen_date_types(entity: str, data: Mapping[str, Any], out: dict[str, Any]) -> None:
        """A day dropped from an exact date leaves a date of unknown day."""
        by_name = {c.name: c for c in columns(entity)}
        for c in by_name.values():
            kind_of_date = by_name.get(c.name + "_type")
            if c.kind is not Kind.DATE or kind_of_date is None:
                continue
            if kind_of_date.esf in out and out[kind_of_date.esf] == "exact":
                original = data[c.esf]
                if isinstance(original, str) and len(original) > 7:
                    out[kind_of_date.esf] = "unknown_day"


def _from_filename(title: Any, filename: str) -> bool:
    return bool(filename) and title == PurePath(filename).stem


# ---------------------------------------------------------------------------- public


def aggregates(document: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Acts counted by type, perpetrator type, state and month; cells under MIN_CELL dropped."""
    counts: dict[str, Counter[str]] = {
        "type_of_act": Counter(),
        "type_of_perpetrator": Counter(),
        "x_state": Counter(),
        "x_month": Counter(),
    }
    for event in document["events"]:
        for act in event["acts"]:
            counts["type_of_act"][act["type_of_act"]] += 1
            kinds = {t for inv in act["involvements"] for t in inv["type_of_perpetrator"]}
            for kind in kinds or {"unknown"}:
                counts["type_of_perpetrator"][kind] += 1
            counts["x_state"][(event["x_state"] or "").strip() or "unknown"] += 1
            date = act["initial_date"] or event["initial_date"] or ""
            counts["x_month"][date[:7] if len(date) >= 7 else "unknown"] += 1
    lists = {"type_of_act": vocab.ACT_TYPES, "type_of_perpetrator": vocab.PERPETRATOR_TYPES}
    tables: dict[str, list[dict[str, Any]]] = {}
    for table, counter in counts.items():
        rows = []
        for category, n in sorted(counter.items()):
            if n < MIN_CELL:
                continue
            row: dict[str, Any] = {table: category}
            term = vocab.term(lists[table], category) if table in lists else None
            if term is not None:
                row.update(x_label_en=term.en, x_label_es=term.es)
            row["x_acts"] = n
            rows.append(row)
        tables[table] = rows
    return tables


def redact(document: Mapping[str, Any], profile: str) -> dict[str, Any]:
    """The export as `profile` may see it; `document` is the internal export, unchanged."""
    require_profile(profile)
    if profile == "internal":
        return copy.deepcopy(dict(document))
    head: dict[str, Any] = {
        "format": document["format"],
        "version": document["version"],
        "profile": profile,
        "exported_at": document["exported_at"],
    }
    if profile == "public":
        return {**head, "x_minimum_cell": MIN_CELL, "aggregates": aggregates(document)}
    redactor = _Redactor(profile, document)
    events = [redactor.record("case", event, _Scope()) for event in document["events"]]
    persons = [
        redactor.record("person", p, _Scope(subject=p["person_record_number"]))
        for p in document["persons"]
        if p["person_record_number"] in redactor.people.roles
    ]
    return {**head, "events": events, "persons": persons}
