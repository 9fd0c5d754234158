"""`defender enroll` / `defender sync` as the CLI runs them, for subprocess tests.

defender_app/cli.py adds the same commands with `add_sync_commands(...)`; here the vault
opens with the passphrase from DEFENDER_TEST_PASSPHRASE instead of a prompt.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from defender_app.cli_sync import add_sync_commands
from storage.vault import Vault


@contextmanager
def _unlocked(args: argparse.Namespace) -> Iterator[Vault]:
    vault = Vault.unlock(Path(args.home), os.environ["DEFENDER_TEST_PASSPHRASE"])
    try:
        yield vault
    finally:
        vault.lock()


def main(argv: list[str] | None = None) -> int:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--home", required=True)
    parser = argparse.ArgumentParser(prog="defender")
    add_sync_commands(
        parser.add_subparsers(dest="command", required=True), [common], open_vault=_unlocked
    )
    args = parser.parse_args(argv)
    code: int = args.handler(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
