"""What the CLI reads and writes: secrets, files, the unlocked vault, lines on stdout and stderr.

Secrets come from a prompt, a file or a file descriptor, never from argv or the environment,
where `ps` and shell histories would show them.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from defender_app.cli_i18n import cli_language, cli_translator, translate_argparse
from defender_app.paths import data_home
from forms.errors import UserFacingError
from forms.text import QT_TRANSLATE_NOOP, Translate, untranslated
from storage.atomic import write_atomically
from storage.errors import NoVault
from storage.vault import Vault

C = "Cli"


class CliError(UserFacingError):
    """A problem the CLI itself detects (arguments, files, confirmations)."""

    CONTEXT = C


@dataclass
class _Language:
    code: str = "en"
    translate: Translate = untranslated


_language = _Language()  # set once per command by use_language(); English until then


def use_language(home: Path) -> None:
    """Speak the language chosen in the app for this vault, else the system's (cli_i18n)."""
    code = cli_language(home)
    _language.code, _language.translate = code, cli_translator(code)
    translate_argparse(_language.translate)


def language() -> str:
    """The CLI's language code, for bilingual data such as vocabulary terms."""
    return _language.code


def cli_text(text: str) -> str:
    """A Cli string (QT_TRANSLATE_NOOP("Cli", …)) in the CLI's language."""
    return _language.translate(C, text)


def error_text(exc: UserFacingError) -> str:
    """A user-facing error in the CLI's language."""
    return exc.text(_language.translate)


def say(text: str, **args: Any) -> str:
    """A Cli string in the CLI's language, with its placeholders filled."""
    return cli_text(text).format(**args)


def out(text: str) -> None:
    print(text, file=sys.stdout)


def err(text: str) -> None:
    """One line on stderr, the shape of every CLI error."""
    print(say(QT_TRANSLATE_NOOP("Cli", "defender: {message}"), message=text), file=sys.stderr)


# ---------------------------------------------------------------------------- files


def _decode(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8-sig")  # a BOM from Notepad is not part of a passphrase
    except UnicodeDecodeError:
        raise CliError(
            QT_TRANSLATE_NOOP("Cli", "{source} is not UTF-8 text. Nothing was changed."),
            source=source,
        ) from None


def read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CliError(
            QT_TRANSLATE_NOOP("Cli", "Could not read “{path}”: {reason}. Nothing was changed."),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from None
    return _decode(data, f"“{path}”")


def refuse_existing(path: Path) -> None:
    """Exports never overwrite: the file in the way may be the only copy of something."""
    if path.exists():
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Cli",
                "“{path}” already exists. Choose another name or delete it first; "
                "nothing was written.",
            ),
            path=str(path),
        )


def write_file(path: Path) -> Callable[[str], None]:
    """A sink writing text to `path` owner-only and atomically (all of it, or nothing)."""

    def write(text: str) -> None:
        try:
            write_atomically(path, text.encode("utf-8"))
        except OSError as exc:
            raise CliError(
                QT_TRANSLATE_NOOP(
                    "Cli", "Could not write “{path}”: {reason}. Nothing was exported."
                ),
                path=str(path),
                reason=exc.strerror or str(exc),
            ) from None

    return write


def write_stdout(text: str) -> None:
    sys.stdout.write(text)


# ---------------------------------------------------------------------------- secrets


def _strip_newline(text: str) -> str:
    """Remove exactly one trailing line break: spaces and tabs may be part of a passphrase."""
    for ending in ("\r\n", "\n"):
        if text.endswith(ending):
            return text[: -len(ending)]
    return text


def _read_fd_line(fd: int) -> str:
    """One line from `fd`, read byte by byte so a second secret on the same fd stays unread."""
    line = bytearray()
    try:
        while (byte := os.read(fd, 1)) not in (b"", b"\n"):
            line += byte
    except OSError as exc:
        raise CliError(
            QT_TRANSLATE_NOOP("Cli", "Could not read from file descriptor {fd}: {reason}."),
            fd=fd,
            reason=exc.strerror or str(exc),
        ) from None
    source = say(QT_TRANSLATE_NOOP("Cli", "file descriptor {fd}"), fd=fd)
    return _strip_newline(_decode(bytes(line), source) + "\n")


def prompt(text: str) -> str:
    try:
        return getpass.getpass(cli_text(text))
    except EOFError:
        raise CliError(
            QT_TRANSLATE_NOOP("Cli", "Nothing was typed (end of input). Nothing was changed.")
        ) from None


def secret(file: str | None, fd: int | None, question: str, confirm: bool = False) -> str:
    """A secret from --…-file, --…-fd or a prompt (twice when `confirm`, and they must match)."""
    if file is not None and fd is not None:
        raise CliError(
            QT_TRANSLATE_NOOP("Cli", "Give the passphrase by file or by descriptor, not both.")
        )
    if file is not None:
        return _strip_newline(read_text(Path(file)))
    if fd is not None:
        return _read_fd_line(fd)
    first = prompt(question)
    if confirm and prompt(QT_TRANSLATE_NOOP("Cli", "Type it again: ")) != first:
        raise CliError(QT_TRANSLATE_NOOP("Cli", "The two passphrases differ. Nothing was changed."))
    return first


def passphrase(args: argparse.Namespace, confirm: bool = False) -> str:
    return secret(
        args.passphrase_file, args.passphrase_fd, QT_TRANSLATE_NOOP("Cli", "Passphrase: "), confirm
    )


def new_passphrase(args: argparse.Namespace) -> str:
    return secret(
        args.new_passphrase_file,
        args.new_passphrase_fd,
        QT_TRANSLATE_NOOP("Cli", "New passphrase: "),
        confirm=True,
    )


# ---------------------------------------------------------------------------- vault


def home_of(args: argparse.Namespace) -> Path:
    return data_home(args.home)


def require_vault(home: Path) -> None:
    if not Vault.exists(home):
        raise NoVault(home=str(home))


@contextmanager
def unlocked(args: argparse.Namespace) -> Iterator[Vault]:
    """The vault, unlocked for one command and locked again whatever happens."""
    home = home_of(args)
    require_vault(home)  # before the prompt: no typing a passphrase for nothing
    vault = Vault.unlock(home, passphrase(args))
    try:
        yield vault
    finally:
        vault.lock()
