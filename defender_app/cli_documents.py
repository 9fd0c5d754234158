"""`defender document render CASE_ID --type TYPE --lang LANG --out FILE` (Qt-free).

The PDF is made in memory; `--out` is the one place it becomes a file: written owner-only and
atomically, never over an existing file, with a warning that it is not encrypted. Problems
are one line on stderr and exit status 1, as everywhere in the CLI.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from defender_app.cli_io import CliError, err, error_text, out, refuse_existing, say, unlocked
from forms.document_types import DOCUMENT_TYPES
from forms.documents import spec_for
from forms.errors import UserFacingError
from forms.text import QT_TRANSLATE_NOOP
from storage.atomic import write_atomically
from storage.errors import NotFound
from storage.records import Case
from storage.vault import Vault

EXIT_FAILED = 1
WROTE = QT_TRANSLATE_NOOP("Cli", "wrote {path} ({size} bytes, SHA-256 {sha256})")
NOT_ENCRYPTED = QT_TRANSLATE_NOOP(
    "Cli",
    "warning: {path} is not encrypted; anyone with access to this disk can read it. "
    "Keep it safe and delete it when it is no longer needed.",
)
REVIEW = QT_TRANSLATE_NOOP(
    "Cli",
    "note: {count} legal references in this document are not yet checked against the official "
    "text; have a lawyer review them before filing.",
)
NO_CASE = QT_TRANSLATE_NOOP("Cli", "There is no case with the id or folio {case}.")
IS_FOLDER = QT_TRANSLATE_NOOP("Cli", "“{path}” is a folder; give a file name. Nothing was written.")
CANNOT_WRITE = QT_TRANSLATE_NOOP("Cli", "Could not write “{path}”: {reason}. Nothing was written.")


def add_document_commands(subparsers: Any, parents: Sequence[argparse.ArgumentParser] = ()) -> None:
    """Add `document render` to the CLI's subparsers; `parents` carry the common options.

    The leaf's defaults: `handler(args)` unlocks the vault and renders; `run(args, vault)`
    renders with a vault already open.
    """
    document = subparsers.add_parser(
        "document", help=QT_TRANSLATE_NOOP("Cli", "legal documents drafted from a case")
    )
    commands = document.add_subparsers(dest="action", required=True, metavar="ACTION")
    render_parser = commands.add_parser(
        "render",
        parents=list(parents),
        help=QT_TRANSLATE_NOOP("Cli", "render a case's document into a PDF file (not encrypted)"),
        description=QT_TRANSLATE_NOOP(
            "Cli",
            "Render a legal document of a case into a PDF file. The file is NOT encrypted. The "
            "case's latest draft of that type and language is used; without one, a new draft "
            "is filled in from the case.",
        ),
    )
    render_parser.add_argument(
        "case", metavar="CASE_ID", help=QT_TRANSLATE_NOOP("Cli", "the case's id or folio")
    )
    render_parser.add_argument(
        "--type", dest="doc_type", required=True, choices=list(DOCUMENT_TYPES), metavar="TYPE"
    )
    render_parser.add_argument("--lang", default="es", choices=("es", "en"))
    render_parser.add_argument("--out", required=True, type=Path, metavar="FILE")
    render_parser.set_defaults(handler=render, run=render_command)


def render(args: argparse.Namespace) -> int:
    """The CLI handler: unlock, render, lock again."""
    with unlocked(args) as vault:
        return render_command(args, vault)


def render_command(args: argparse.Namespace, vault: Vault) -> int:
    """Render, write `--out`, record the export; a problem is one line on stderr, exit 1."""
    try:
        case = _find_case(vault, args.case)
        _check_target(args.out)
        draft = vault.documents.latest(case.id, args.doc_type, args.lang)
        if draft is None:
            draft = vault.documents.create(case.id, args.doc_type, args.lang).value
        rendered = vault.documents.render(draft.id).value
        _write(args.out, rendered.pdf)
        vault.documents.record_export(draft.id, rendered.sha256)
    except UserFacingError as exc:
        err(error_text(exc))
        return EXIT_FAILED
    err(say(NOT_ENCRYPTED, path=args.out))
    review = spec_for(args.doc_type).needs_review()
    if review:
        err(say(REVIEW, count=len(review)))
    out(say(WROTE, path=args.out, size=len(rendered.pdf), sha256=rendered.sha256))
    return 0


def _find_case(vault: Vault, key: str) -> Case:
    try:
        return vault.cases.get(key)
    except NotFound:
        pass
    for summary in vault.cases.summaries():
        if summary.folio == key:
            return vault.cases.get(summary.id)
    raise CliError(NO_CASE, case=key)


def _check_target(path: Path) -> None:
    if path.is_dir():
        raise CliError(IS_FOLDER, path=str(path))
    refuse_existing(path)


def _write(path: Path, data: bytes) -> None:
    try:
        write_atomically(path, data)
    except OSError as exc:
        raise CliError(CANNOT_WRITE, path=str(path), reason=exc.strerror or str(exc)) from None
