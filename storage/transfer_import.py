"""Import of an internal export: everything validated first, then written in one transaction.

Round trip: export internal -> import into a fresh vault -> export again gives the same
document but for `exported_at`. Evidence comes in as a record (hashes, custody) without its
bytes, so `held` is False; final cases keep their frozen, hashed versions.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from forms.consent import Consent
from forms.errors import Label, ValidationError
from forms.esf import (
    FORMAT,
    VERSION,
    InvalidImport,
    from_esf,
    invalid,
    require_list,
    require_object,
)
from forms.text import QT_TRANSLATE_NOOP
from storage.custody import ACTIONS, broken_links
from storage.orm import (
    ActRow,
    ArrestRow,
    CasePersonRow,
    CaseRow,
    ConsentRow,
    CustodyRow,
    EvidenceRow,
    InterventionRow,
    InvolvementRow,
    MetaRow,
    NarrativeRow,
    PersonRow,
    RecordVersionRow,
    TestimonyRow,
)
from storage.persons import ROLES
from storage.records import CustodyEntry
from storage.rows import KIND_LABELS
from storage.snapshot import sha256_text


@dataclass(frozen=True)
class ImportSummary:
    cases: int
    persons: int
    acts: int
    testimonies: int
    evidence: int


@dataclass
class _CasePlan:
    """One event with its children, each as the values of its row."""

    values: dict[str, Any]
    links: list[dict[str, Any]] = field(default_factory=list)
    acts: list[tuple[dict[str, Any], dict[str, Any] | None, list[dict[str, Any]]]] = field(
        default_factory=list
    )
    testimonies: list[tuple[dict[str, Any], list[dict[str, Any]]]] = field(default_factory=list)
    evidence: list[tuple[dict[str, Any], list[dict[str, Any]]]] = field(default_factory=list)
    interventions: list[dict[str, Any]] = field(default_factory=list)
    versions: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class ImportPlan:
    """A whole import file, validated, as storage values: nothing is written yet."""

    persons: list[dict[str, Any]]
    cases: list[_CasePlan]

    def summary(self) -> ImportSummary:
        return ImportSummary(
            cases=len(self.cases),
            persons=len(self.persons),
            acts=sum(len(c.acts) for c in self.cases),
            testimonies=sum(len(c.testimonies) for c in self.cases),
            evidence=sum(len(c.evidence) for c in self.cases),
        )

    def ids(self) -> dict[str, list[str]]:
        """Every record number in the file, by kind of record."""
        ids: dict[str, list[str]] = {kind: [] for kind in _ROW_OF}
        ids["person"] = [p["id"] for p in self.persons]
        for c in self.cases:
            ids["case"].append(c.values["id"])
            for act, _, involvements in c.acts:
                ids["act"].append(act["id"])
                ids["involvement"] += [i["id"] for i in involvements]
            for testimony, consents in c.testimonies:
                ids["testimony"].append(testimony["id"])
                ids["consent"] += [v["id"] for v in consents]
            ids["evidence"] += [e["id"] for e, _ in c.evidence]
            ids["document"] += [i["id"] for i in c.interventions]
        return ids


_ROW_OF: dict[str, Any] = {
    "case": CaseRow,
    "person": PersonRow,
    "act": ActRow,
    "involvement": InvolvementRow,
    "testimony": TestimonyRow,
    "consent": ConsentRow,
    "evidence": EvidenceRow,
    "document": InterventionRow,
}
_CONSENT_LABEL = QT_TRANSLATE_NOOP("Errors", "consent record")


def _label(kind: str) -> Label:
    return Label("Errors", KIND_LABELS.get(kind, _CONSENT_LABEL))


def read_export(document_text: str) -> ImportPlan:
    """Parse and validate a whole file before anything is written."""
    try:
        document = json.loads(document_text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The import file is not valid JSON (line {line}, column {column}). "
                "Nothing was imported.",
            ),
            field_name="import",
            line=exc.lineno,
            column=exc.colno,
        ) from None
    top = require_object(document, "/")
    if top.get("format") != FORMAT or top.get("version") != VERSION:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This is not a Defender export of format version {version}. Nothing was imported.",
            ),
            field_name="import",
            version=VERSION,
        )
    if top.get("profile") != "internal":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This is a “{profile}” export, which leaves information out on purpose; only "
                "internal exports can be imported. Nothing was imported.",
            ),
            field_name="import",
            profile=str(top.get("profile")),
        )
    persons = [
        from_esf("person", p, f"persons[{i}]")
        for i, p in enumerate(require_list(top.get("persons"), "persons"))
    ]
    cases = [
        _read_case(e, f"events[{i}]")
        for i, e in enumerate(require_list(top.get("events"), "events"))
    ]
    plan = ImportPlan(persons, cases)
    _check_references(plan)
    return plan


def _items(record: Mapping[str, Any], key: str, where: str) -> list[tuple[Any, str]]:
    return [(item, f"{where}.{key}[{i}]") for i, item in enumerate(require_list(record[key], key))]


def _read_case(data: Any, where: str) -> _CasePlan:
    values = from_esf("case", data, where)
    case = _CasePlan(values)
    for item, at in _items(data, "x_linked_persons", where):
        link = from_esf("link", item, at)
        if link["role"] not in ROLES:
            raise invalid(
                at,
                QT_TRANSLATE_NOOP("Errors", "“{role}” is not a role a person can have in a case."),
                role=link["role"],
            )
        case.links.append(link)
    for item, at in _items(data, "acts", where):
        act = from_esf("act", item, at)
        arrest = None if item["arrest"] is None else from_esf("arrest", item["arrest"], at)
        involvements = [from_esf("involvement", i, a) for i, a in _items(item, "involvements", at)]
        case.acts.append((act, arrest, involvements))
    for item, at in _items(data, "information", where):
        testimony = from_esf("testimony", item, at)
        consents = [_read_consent(c, a) for c, a in _items(item, "x_consent_history", at)]
        if [c["version"] for c in consents] != list(range(1, len(consents) + 1)):
            raise invalid(at, QT_TRANSLATE_NOOP("Errors", "consent versions are not 1, 2, 3…"))
        case.testimonies.append((testimony, consents))
    for item, at in _items(data, "x_evidence", where):
        evidence = from_esf("evidence", item, at)
        custody = [from_esf("custody", c, a) for c, a in _items(item, "x_custody", at)]
        _check_custody(evidence["id"], custody, at)
        case.evidence.append((evidence, custody))
    case.interventions = [
        from_esf("intervention", i, a) for i, a in _items(data, "interventions", where)
    ]
    case.versions = [from_esf("version", v, a) for v, a in _items(data, "x_versions", where)]
    _check_versions(case, where)
    return case


def _read_consent(data: Any, where: str) -> dict[str, Any]:
    values = from_esf("consent", data, where)
    try:
        values["body"] = Consent.from_json(values["body"]).to_json()
    except ValidationError as exc:
        raise InvalidImport(where, exc) from None
    return values


def _check_custody(evidence_id: str, entries: list[dict[str, Any]], where: str) -> None:
    """The chain must verify exactly as exported: a custody log is evidence of its own."""
    for entry in entries:
        if entry["action"] not in ACTIONS:
            raise invalid(
                where,
                QT_TRANSLATE_NOOP("Errors", "“{action}” is not a custody action."),
                action=entry["action"],
            )
    chain = [CustodyEntry(seq, evidence_id, **e) for seq, e in enumerate(entries, start=1)]
    broken = broken_links(chain)
    if broken:
        raise invalid(
            where,
            QT_TRANSLATE_NOOP(
                "Errors", "the chain of custody does not verify at entry {entry}; it was altered."
            ),
            entry=broken[0],
        )


def _check_versions(case: _CasePlan, where: str) -> None:
    numbers = [v["version"] for v in case.versions]
    for v in case.versions:
        if sha256_text(v["snapshot"]) != v["sha256"]:
            raise invalid(
                where,
                QT_TRANSLATE_NOOP(
                    "Errors", "frozen version {version} does not match its SHA-256; it was altered."
                ),
                version=v["version"],
            )
    final = case.values["state"] == "final"
    if len(set(numbers)) != len(numbers) or (final and case.values["version"] not in numbers):
        raise invalid(
            where,
            QT_TRANSLATE_NOOP(
                "Errors", "the frozen versions do not match the case's state and version."
            ),
        )


def _check_references(plan: ImportPlan) -> None:
    """Every person a case names is in the file; no record number appears twice."""
    persons = {p["id"] for p in plan.persons}
    for i, c in enumerate(plan.cases):
        named = [link["person_id"] for link in c.links]
        for act, _, involvements in c.acts:
            named += [act["victim_id"]] + [inv["perpetrator_id"] for inv in involvements]
        named += [t["interviewee_id"] for t, _ in c.testimonies if t["interviewee_id"]]
        for person_id in named:
            if person_id not in persons:
                raise invalid(
                    f"events[{i}]",
                    QT_TRANSLATE_NOOP(
                        "Errors", "it names person {record_id}, who is not in the file."
                    ),
                    record_id=person_id,
                )
    for kind, ids in plan.ids().items():
        seen: set[str] = set()
        for record_id in ids:
            if record_id in seen:
                raise invalid(
                    "/",
                    QT_TRANSLATE_NOOP("Errors", "the {kind} {record_id} appears twice."),
                    kind=_label(kind),
                    record_id=record_id,
                )
            seen.add(record_id)


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _refuse_existing(s: Session, plan: ImportPlan) -> None:
    for kind, ids in plan.ids().items():
        row = _ROW_OF[kind]
        for chunk in _chunks(ids):
            found = s.scalars(select(row.id).where(row.id.in_(chunk))).first()
            if found is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The {kind} {record_id} in the import file is already in this vault. "
                        "Nothing was imported.",
                    ),
                    field_name="import",
                    kind=_label(kind),
                    record_id=found,
                )
    folios = [c.values["folio"] for c in plan.cases]
    for chunk in _chunks(folios):
        folio = s.scalars(select(CaseRow.folio).where(CaseRow.folio.in_(chunk))).first()
        if folio is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A different case with folio {folio} is already in this vault. "
                    "Nothing was imported.",
                ),
                field_name="import",
                folio=folio,
            )


def _insert(s: Session, plan: ImportPlan) -> None:
    """Parents flushed before children (the rows have no ORM relationships to order them);
    cases go in as drafts so the final-record guards let their children in, then final."""
    s.add_all(PersonRow(**p) for p in plan.persons)
    s.flush()
    finals: list[CaseRow] = []
    for c in plan.cases:
        case_id = c.values["id"]
        row = CaseRow(**{**c.values, "state": "draft"})
        s.add(row)
        s.flush()
        if c.values["state"] == "final":
            finals.append(row)
        s.add_all(CasePersonRow(case_id=case_id, **link) for link in c.links)
        # A flush keeps the rows of one table in the order they were added: the export's
        # order, which is rowid order for acts and involvements and chain order for custody.
        s.add_all(ActRow(case_id=case_id, **act) for act, _, _ in c.acts)
        s.add_all(
            TestimonyRow(case_id=case_id, **_without(t, "narrative")) for t, _ in c.testimonies
        )
        # Only the record of evidence travels: the bytes stay with the vault that holds them.
        s.add_all(
            EvidenceRow(case_id=case_id, media_name=None, file_key=None, **e) for e, _ in c.evidence
        )
        s.flush()
        for act, arrest, involvements in c.acts:
            if arrest is not None:
                s.add(ArrestRow(act_id=act["id"], **arrest))
            s.add_all(InvolvementRow(act_id=act["id"], **i) for i in involvements)
        for testimony, consents in c.testimonies:
            tid = testimony["id"]
            s.add(NarrativeRow(testimony_id=tid, case_id=case_id, text=testimony["narrative"]))
            s.add_all(ConsentRow(testimony_id=tid, **v) for v in consents)
        for evidence, custody in c.evidence:
            s.add_all(CustodyRow(evidence_id=evidence["id"], **entry) for entry in custody)
        s.add_all(InterventionRow(case_id=case_id, **i) for i in c.interventions)
        s.add_all(RecordVersionRow(record_id=case_id, **v) for v in c.versions)
        s.flush()
    for row in finals:
        row.state = "final"
    s.flush()
    _advance_folios(s, [c.values["folio"] for c in plan.cases])


def _without(values: Mapping[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k != key}


def _advance_folios(s: Session, folios: list[str]) -> None:
    """New cases made here after an import must not reuse an imported folio."""
    highest: dict[str, int] = {}
    for folio in folios:
        match = re.fullmatch(r"(\d{4})-(\d+)", folio)
        if match:
            year, number = match.group(1), int(match.group(2))
            highest[year] = max(highest.get(year, 0), number)
    for year, number in highest.items():
        meta = s.get(MetaRow, f"folio-{year}")
        if meta is None:
            s.add(MetaRow(key=f"folio-{year}", value=str(number)))
        elif int(meta.value) < number:
            meta.value = str(number)


def store(s: Session, plan: ImportPlan) -> None:
    """Write a validated plan; an id or folio already in the vault refuses it all."""
    _refuse_existing(s, plan)
    _insert(s, plan)
