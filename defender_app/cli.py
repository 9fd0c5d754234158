"""`defender`: the vault from a terminal. Qt-free (import-linter, and a fast start).

Every failure is one line on stderr: known problems in plain words (exit 1), usage errors
(exit 2), anything else as an internal error (exit 70) without a traceback unless --debug,
because tracebacks may quote record content. The vault is locked again after every command.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from defender_app import cli_records as records
from defender_app import cli_vault as vault
from defender_app.cli_bundle import add_bundle_commands
from defender_app.cli_desk import add_desk_commands
from defender_app.cli_documents import add_document_commands
from defender_app.cli_io import cli_text, err, error_text, say, use_language
from defender_app.cli_sync import add_sync_commands
from defender_app.paths import data_home
from forms.consent import NAME_MODES, USES
from forms.errors import UserFacingError
from forms.redaction import PROFILES
from forms.text import QT_TRANSLATE_NOOP
from storage.kdf import PROFILES as KDF_PROFILES
from storage.transfer import FORMATS

EXIT_FAILED, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 1, 2, 70, 130
Handler = Callable[[argparse.Namespace], int]


class _UsageError(Exception):
    """argparse's complaint, turned into our one-line error."""


class _TranslatedHelp(argparse.HelpFormatter):
    """Help texts are QT_TRANSLATE_NOOP("Cli", …) strings, shown in the CLI's language."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return cli_text(action.help) if action.help else action.help

    def add_text(self, text: str | None) -> None:
        super().add_text(cli_text(text) if text and text != argparse.SUPPRESS else text)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _TranslatedHelp)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


def _common(suppress: bool) -> argparse.ArgumentParser:
    """Options every command takes, before or after its name (after wins)."""
    default: dict[str, Any] = {"default": argparse.SUPPRESS} if suppress else {}
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument(
        "--home",
        metavar="DIR",
        help=QT_TRANSLATE_NOOP(
            "Cli", "the vault's folder (default: $DEFENDER_HOME or the user data folder)"
        ),
        **default,
    )
    p.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP(
            "Cli", "read the passphrase from FILE (one trailing newline is ignored)"
        ),
        **default,
    )
    p.add_argument(
        "--passphrase-fd",
        metavar="N",
        type=int,
        help=QT_TRANSLATE_NOOP("Cli", "read the passphrase as one line from file descriptor N"),
        **default,
    )
    p.add_argument(
        "--debug",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", "show the traceback of an internal error (it may quote records)"
        ),
        **default,
    )
    return p


class _Commands:
    """Adds leaf commands that all take the common options."""

    def __init__(self, parent: Any) -> None:
        self._parent = parent
        self._common = [_common(suppress=True)]

    def group(self, name: str, help_: str) -> _Commands:
        parser = self._parent.add_parser(name, help=help_)
        return _Commands(parser.add_subparsers(dest="action", required=True, metavar="ACTION"))

    def add(self, name: str, handler: Handler, help_: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = self._parent.add_parser(
            name, help=help_, parents=self._common
        )
        parser.set_defaults(handler=handler)
        return parser


def _new_passphrase_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.add_argument("--new-passphrase-fd", metavar="N", type=int)


def _vault_commands(commands: _Commands) -> None:
    vaults = commands.group(
        "vault", QT_TRANSLATE_NOOP("Cli", "create, check, recover or erase the vault")
    )
    p = vaults.add("create", vault.create, QT_TRANSLATE_NOOP("Cli", "create a new vault"))
    p.add_argument("--kdf-profile", choices=sorted(KDF_PROFILES), default="default")
    vaults.add(
        "check",
        vault.check,
        QT_TRANSLATE_NOOP("Cli", "verify the database, every file and every custody chain"),
    )
    p = vaults.add(
        "change-passphrase",
        vault.change_passphrase,
        QT_TRANSLATE_NOOP("Cli", "set a new passphrase"),
    )
    _new_passphrase_options(p)
    p.add_argument("--kdf-profile", choices=sorted(KDF_PROFILES))
    p = vaults.add(
        "recover",
        vault.recover,
        QT_TRANSLATE_NOOP("Cli", "open with the recovery code and set a new passphrase"),
    )
    p.add_argument("--recovery-code-file", metavar="FILE")
    _new_passphrase_options(p)
    p = vaults.add(
        "erase", vault.erase, QT_TRANSLATE_NOOP("Cli", "destroy the vault (panic erase)")
    )
    p.add_argument(
        "--yes", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "do not ask for confirmation")
    )


def _record_commands(commands: _Commands) -> None:
    cases = commands.group("case", QT_TRANSLATE_NOOP("Cli", "add, list, show or finalize cases"))
    p = cases.add("add", records.case_add, QT_TRANSLATE_NOOP("Cli", "add a case; prints its id"))
    p.add_argument("--title", required=True)
    p.add_argument("--description")
    p.add_argument("--date", metavar="YYYY[-MM[-DD]]")
    p.add_argument(
        "--place", help=QT_TRANSLATE_NOOP("Cli", "the community (comunidad, paraje, ejido)")
    )
    p.add_argument("--municipality")
    p.add_argument("--state")
    p = cases.add("list", records.case_list, QT_TRANSLATE_NOOP("Cli", "list cases, newest first"))
    p.add_argument("--json", action="store_true")
    p = cases.add(
        "show",
        records.case_show,
        QT_TRANSLATE_NOOP("Cli", "show a case and all that is linked to it"),
    )
    p.add_argument("case_id", metavar="CASE_ID")
    p.add_argument("--json", action="store_true")
    p = cases.add(
        "finalize",
        records.case_finalize,
        QT_TRANSLATE_NOOP("Cli", "freeze a case as a final version"),
    )
    p.add_argument("case_id", metavar="CASE_ID")

    testimonies = commands.group("testimony", QT_TRANSLATE_NOOP("Cli", "record testimonies"))
    p = testimonies.add(
        "add", records.testimony_add, QT_TRANSLATE_NOOP("Cli", "add a testimony; prints its id")
    )
    p.add_argument("case_id", metavar="CASE_ID")
    p.add_argument("--narrative-file", metavar="FILE", required=True)
    p.add_argument("--interviewee", metavar="NAME")
    uses_help = say(QT_TRANSLATE_NOOP("Cli", "uses agreed to: {uses}"), uses=", ".join(USES))
    p.add_argument("--consent", metavar="USE,USE…", help=uses_help)
    p.add_argument(
        "--identity",
        choices=NAME_MODES,
        default="pseudonym",
        help=say(
            QT_TRANSLATE_NOOP("Cli", "how the person agreed to be named (default: pseudonym)")
        ),
    )

    items = commands.group("evidence", QT_TRANSLATE_NOOP("Cli", "import or export evidence files"))
    p = items.add(
        "import",
        records.evidence_import,
        QT_TRANSLATE_NOOP("Cli", "encrypt files into a case; prints id and SHA-256 of each"),
    )
    p.add_argument("case_id", metavar="CASE_ID")
    p.add_argument("files", metavar="FILE", nargs="+")
    p = items.add(
        "export",
        records.evidence_export,
        QT_TRANSLATE_NOOP("Cli", "write the original file, NOT encrypted"),
    )
    p.add_argument("evidence_id", metavar="EVIDENCE_ID")
    p.add_argument("--out", metavar="FILE", required=True)

    p = commands.add(
        "search", records.search, QT_TRANSLATE_NOOP("Cli", "find cases by their words")
    )
    p.add_argument("query", metavar="QUERY")


def _transfer_commands(commands: _Commands) -> None:
    p = commands.add(
        "export",
        records.export,
        QT_TRANSLATE_NOOP("Cli", "export cases (HURIDOCS ESF), NOT encrypted"),
    )
    p.add_argument("--format", choices=FORMATS, required=True)
    p.add_argument("--profile", choices=PROFILES, default="internal")
    p.add_argument("--out", metavar="FILE")
    p.add_argument(
        "--case",
        metavar="CASE_ID",
        action="append",
        help=QT_TRANSLATE_NOOP("Cli", "only this case (repeatable)"),
    )
    p = commands.add(
        "import", records.import_, QT_TRANSLATE_NOOP("Cli", "import an internal JSON export")
    )
    p.add_argument("file", metavar="FILE.json")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="defender",
        description=QT_TRANSLATE_NOOP("Cli", "Defender's encrypted vault, from a terminal."),
        parents=[_common(suppress=False)],
    )
    commands = _Commands(parser.add_subparsers(dest="command", required=True, metavar="COMMAND"))
    _vault_commands(commands)
    _record_commands(commands)
    _transfer_commands(commands)
    add_sync_commands(commands._parent, parents=commands._common)
    add_bundle_commands(commands._parent, parents=commands._common)
    add_desk_commands(commands._parent, parents=commands._common)
    add_document_commands(commands._parent, parents=commands._common)
    return parser


def _home_option(arguments: list[str]) -> str | None:
    """--home, read before parsing: the help and the parser's errors are in its language."""
    for i, argument in enumerate(arguments):
        if argument == "--home" and i + 1 < len(arguments):
            return arguments[i + 1]
        if argument.startswith("--home="):
            return argument.partition("=")[2]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; the exit status is the return value."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    use_language(data_home(_home_option(arguments)))
    try:
        args = build_parser().parse_args(arguments)
        status: int = args.handler(args)
        return status
    except _UsageError as exc:
        err(say(QT_TRANSLATE_NOOP("Cli", "{message} (see “defender --help”)"), message=exc))
        return EXIT_USAGE
    except UserFacingError as exc:
        err(error_text(exc))
        return EXIT_FAILED
    except KeyboardInterrupt:
        err(say(QT_TRANSLATE_NOOP("Cli", "interrupted; the step under way was not saved.")))
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `defender case list | head`: the reader left; not our error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else EXIT_FAILED
    except Exception as exc:  # a bug: say so in one line, details only on request
        if "--debug" in arguments:
            traceback.print_exc(file=sys.stderr)
        message = QT_TRANSLATE_NOOP(
            "Cli",
            "an internal error happened ({kind}); nothing further was changed. Run the command "
            "again with --debug to see the details, and report them to your technical contact.",
        )
        err(say(message, kind=type(exc).__name__))
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
