"""`defender vault …`: create, check, change the passphrase, recover, erase."""

from __future__ import annotations

import argparse
from pathlib import Path

from defender_app.cli_io import (
    CliError,
    err,
    home_of,
    new_passphrase,
    out,
    passphrase,
    prompt,
    read_text,
    require_vault,
    say,
    unlocked,
)
from forms.text import QT_TRANSLATE_NOOP
from storage.errors import NoVault, VaultExists
from storage.paths import VaultPaths
from storage.vault import Vault

EXIT_FAILED = 1
ERASE_WORD = "ERASE"

_RECOVERY_WARNING = QT_TRANSLATE_NOOP(
    "Cli",
    "Write this recovery code on paper now and keep it away from this computer. It is shown "
    "only this once. If both the passphrase and the recovery code are lost, the data in this "
    "vault is lost: nobody can recover it.",
)
# Honest about the limits: people decide whether to carry the laptop through a checkpoint.
_ERASED = QT_TRANSLATE_NOOP(
    "Cli",
    "Erased. The key file was overwritten and deleted, and the database and media files were "
    "removed: what is left of them on the disk cannot be decrypted, even with the passphrase or "
    "the recovery code. Limits: copies of vault.key made elsewhere (backups) are not affected, "
    "and flash drives and SSDs may keep old sectors of any file; full-disk encryption is what "
    "protects those.",
)


def create(args: argparse.Namespace) -> int:
    home = home_of(args)
    if Vault.exists(home):
        raise VaultExists(home=str(home))
    created = Vault.create(home, passphrase(args, confirm=True), kdf_profile=args.kdf_profile)
    created.vault.lock()
    out(say(QT_TRANSLATE_NOOP("Cli", "Vault created in {home}."), home=home))
    out(say(QT_TRANSLATE_NOOP("Cli", "Recovery code:")))
    out(created.recovery_code)
    out(say(_RECOVERY_WARNING))
    return 0


def check(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        problems = vault.check()
    if not problems:
        out(say(QT_TRANSLATE_NOOP("Cli", "ok")))
        return 0
    for problem in problems:
        out(problem)
    message = QT_TRANSLATE_NOOP("Cli", "the vault check found {count} problem(s).")
    err(say(message, count=len(problems)))
    return EXIT_FAILED


def change_passphrase(args: argparse.Namespace) -> int:
    home = home_of(args)
    require_vault(home)
    current = passphrase(args)
    Vault.change_passphrase(home, current, new_passphrase(args), kdf_profile=args.kdf_profile)
    out(
        say(
            QT_TRANSLATE_NOOP(
                "Cli", "The passphrase was changed. The recovery code stays the same."
            )
        )
    )
    return 0


def recover(args: argparse.Namespace) -> int:
    home = home_of(args)
    require_vault(home)
    if args.recovery_code_file:
        code = read_text(Path(args.recovery_code_file)).strip()
    else:
        code = prompt(QT_TRANSLATE_NOOP("Cli", "Recovery code: "))
    Vault.recover(home, code, new_passphrase(args)).lock()
    out(say(QT_TRANSLATE_NOOP("Cli", "The vault opens with the new passphrase now.")))
    return 0


def erase(args: argparse.Namespace) -> int:
    """Panic erase: no passphrase needed, since whoever is at the door will not wait for one."""
    home = home_of(args)
    paths = VaultPaths(home)
    if not (paths.keyfile.exists() or paths.database.exists()):
        raise NoVault(home=str(home))
    if not args.yes:
        question = QT_TRANSLATE_NOOP(
            "Cli", "This destroys the vault in {home} for good. Type {word} to go ahead: "
        )
        try:
            answer = input(say(question, home=home, word=ERASE_WORD))
        except EOFError:
            answer = ""
        if answer.strip() != ERASE_WORD:
            raise CliError(
                QT_TRANSLATE_NOOP(
                    "Cli", "Not erased: the confirmation did not match. Nothing was changed."
                )
            )
    Vault.erase(home)
    out(say(_ERASED))
    return 0
