"""`defender case|testimony|evidence|search|export|import`: records from a terminal."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from defender_app.cli_io import (
    CliError,
    err,
    error_text,
    language,
    out,
    read_text,
    refuse_existing,
    say,
    unlocked,
    write_file,
    write_stdout,
)
from forms import vocab
from forms.consent import USES, Consent
from forms.errors import UserFacingError
from forms.fields import clean
from forms.text import QT_TRANSLATE_NOOP
from storage.errors import RecordIsFinal

EXIT_FAILED = 1

_NOT_ENCRYPTED = QT_TRANSLATE_NOOP(
    "Cli",
    "“{path}” is NOT encrypted: anyone who can read this disk can read it. Keep it safe and "
    "delete it when it is no longer needed.",
)


# ---------------------------------------------------------------------------- cases


def case_add(args: argparse.Namespace) -> int:
    given = {
        "title": args.title,
        "description": args.description,
        "start_date": args.date,
        "community": args.place,
        "municipality": args.municipality,
        "state_region": args.state,
    }
    fields = {name: value for name, value in given.items() if value is not None}
    clean("case", fields, creating=True)  # a bad date fails before the passphrase prompt
    with unlocked(args) as vault:
        out(vault.cases.create(**fields).value.id)
    return 0


def case_list(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        cases = vault.cases.summaries()
    if args.json:
        out(json.dumps([asdict(c) for c in cases], ensure_ascii=False, indent=2))
        return 0
    for c in cases:
        out(f"{c.id}  {c.folio}  {c.state:<5}  {c.start_date or '-':<10}  {c.title}")
    return 0


def case_show(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        snapshot = vault.cases.snapshot(args.case_id)
    if args.json:
        out(json.dumps(snapshot, ensure_ascii=False, indent=2))
    else:
        _print_case(snapshot)
    return 0


def _print_case(snapshot: dict[str, Any]) -> None:
    case = snapshot["case"]
    names = {p["id"]: p["name"] or p["pseudonym"] or p["id"] for p in snapshot["participants"]}
    where = (case["community"], case["municipality"], case["state_region"])
    out(f"{case['folio']}  {case['title']}")
    for label, value in (
        (QT_TRANSLATE_NOOP("Cli", "id"), case["id"]),
        (QT_TRANSLATE_NOOP("Cli", "state"), f"{case['state']} v{case['version']}"),
        (QT_TRANSLATE_NOOP("Cli", "date"), case["start_date"] or "-"),
        (QT_TRANSLATE_NOOP("Cli", "place"), ", ".join(p for p in where if p) or "-"),
        (QT_TRANSLATE_NOOP("Cli", "description"), case["description"] or "-"),
    ):
        out(f"  {say(label)}: {value}")
    out(say(QT_TRANSLATE_NOOP("Cli", "Participants:")))
    for p in snapshot["participants"]:
        out(f"  {p['id']}  {names[p['id']]}  ({', '.join(p['roles'])})")
    out(say(QT_TRANSLATE_NOOP("Cli", "Acts:")))
    for act in snapshot["acts"]:
        term = vocab.term(vocab.ACT_TYPES, act["type_of_act"])
        victim = names.get(act["victim_id"], act["victim_id"])
        label = term.label(language()) if term else act["type_of_act"]
        out(f"  {act['id']}  {label}  → {victim}")
    out(say(QT_TRANSLATE_NOOP("Cli", "Testimonies:")))
    for t in snapshot["testimonies"]:
        consent = t["consent"]
        uses = ", ".join(u for u, yes in consent["uses"].items() if yes) if consent else ""
        line = QT_TRANSLATE_NOOP("Cli", "{id}  {interviewee}  consent: {uses}")
        who = names.get(t["interviewee_id"] or "", "-")
        out("  " + say(line, id=t["id"], interviewee=who, uses=uses or "-"))
    out(say(QT_TRANSLATE_NOOP("Cli", "Evidence:")))
    for e in snapshot["evidence"]:
        out(f"  {e['id']}  {e['kind']}  {e['sha256']}  {e['title']}")


def case_finalize(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        case = vault.cases.finalize(args.case_id).value
    message = QT_TRANSLATE_NOOP("Cli", "Case {folio} is final (version {version}).")
    out(say(message, folio=case.folio, version=case.version))
    return 0


# ---------------------------------------------------------------------------- testimony


def _consent_uses(text: str | None) -> list[str] | None:
    if text is None:
        return None
    uses = [u.strip() for u in text.split(",") if u.strip()]
    for use in uses:
        if use not in USES:
            raise CliError(
                QT_TRANSLATE_NOOP("Cli", "Unknown consent use “{use}”. Valid uses: {uses}."),
                use=use,
                uses=", ".join(USES),
            )
    return uses


def testimony_add(args: argparse.Namespace) -> int:
    narrative = read_text(Path(args.narrative_file))
    uses = _consent_uses(args.consent)
    # Everything is checked before anything is written: person, testimony and consent are
    # three service calls, and a refusal between them would leave a half-recorded testimony.
    clean("testimony", {"narrative": narrative}, creating=True)
    if args.interviewee is not None:
        clean("person", {"name": args.interviewee}, creating=True)
    with unlocked(args) as vault:
        if vault.cases.get(args.case_id).is_final:
            raise RecordIsFinal()
        person_id = None
        if args.interviewee is not None:
            person = vault.persons.create(args.case_id, "source", name=args.interviewee)
            person_id = person.value.id
        testimony = vault.testimonies.add(args.case_id, person_id, narrative=narrative).value
        if uses is not None:
            consent = replace(Consent.for_uses(uses), name_mode=args.identity)
            vault.testimonies.record_consent(testimony.id, consent)
    out(testimony.id)
    return 0


# ---------------------------------------------------------------------------- evidence


def evidence_import(args: argparse.Namespace) -> int:
    failed = 0
    with unlocked(args) as vault:
        if vault.cases.get(args.case_id).is_final:
            raise RecordIsFinal()
        for name in args.files:
            try:
                item = vault.evidence.import_file(args.case_id, Path(name)).value.evidence
            except UserFacingError as exc:  # reported per file; the other files still go in
                err(error_text(exc))
                failed += 1
                continue
            out(f"{item.id} {item.sha256}")
    return EXIT_FAILED if failed else 0


def evidence_export(args: argparse.Namespace) -> int:
    destination = Path(args.out)
    refuse_existing(destination)
    with unlocked(args) as vault:
        vault.evidence.export_original(args.evidence_id, destination)
    err(say(_NOT_ENCRYPTED, path=destination))
    return 0


def search(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        hits = vault.search(args.query)
    for hit in hits:
        out(f"{hit.case_id}  {hit.folio}  {hit.title}")
    return 0


# ---------------------------------------------------------------------------- transfer


def export(args: argparse.Namespace) -> int:
    destination = Path(args.out) if args.out else None
    if destination is not None:
        refuse_existing(destination)
    sink = write_file(destination) if destination else write_stdout
    with unlocked(args) as vault:
        vault.transfer.export(args.profile, args.format, sink, args.case or None)
    sys.stdout.flush()
    if destination is None:
        err(say(QT_TRANSLATE_NOOP("Cli", "this export is NOT encrypted; handle it with care.")))
    else:
        err(say(_NOT_ENCRYPTED, path=destination))
    return 0


def import_(args: argparse.Namespace) -> int:
    text = read_text(Path(args.file))
    with unlocked(args) as vault:
        summary = vault.transfer.import_json(text).value
    message = QT_TRANSLATE_NOOP(
        "Cli",
        "Imported {cases} case(s), {persons} person(s), {acts} act(s), {testimonies} "
        "testimony(ies) and {evidence} evidence record(s) (without their files).",
    )
    out(say(message, **asdict(summary)))
    return 0
