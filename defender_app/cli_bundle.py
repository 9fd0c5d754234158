"""`defender bundle export DIR` and `defender bundle import FILE`: courier bundles (USB).

Wire with `add_bundle_commands(subparsers, parents=common)`; each leaf sets `handler(args)`,
which returns the exit status. The bundle key is the vault's `derive_key(b"defender/bundle/v1")`
(see sync/bundle.py for why).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from defender_app.cli_io import err, error_text, out, say, unlocked
from defender_app.sync_wiring import install_sync
from forms.errors import UserFacingError
from forms.text import QT_TRANSLATE_NOOP
from storage.vault import Vault
from sync.bundle import export_bundle, import_bundle
from sync.client import SyncClient

Unlocked = Callable[[argparse.Namespace], AbstractContextManager[Vault]]
EXIT_OK, EXIT_FAILED = 0, 1
BUNDLE_PURPOSE = b"defender/bundle/v1"


def add_bundle_commands(
    subparsers: Any,
    parents: Sequence[argparse.ArgumentParser] = (),
    open_vault: Unlocked = unlocked,
) -> None:
    """Add `bundle export DIR` and `bundle import FILE`."""
    bundle = subparsers.add_parser(
        "bundle",
        help=QT_TRANSLATE_NOOP("Cli", "carry records to the registry on a USB stick"),
    )
    leaves = bundle.add_subparsers(dest="bundle_command", required=True, metavar="ACTION")
    p = leaves.add_parser(
        "export",
        parents=list(parents),
        help=QT_TRANSLATE_NOOP(
            "Cli", "write every undelivered record into one encrypted file in DIR"
        ),
    )
    p.add_argument("dir", help=QT_TRANSLATE_NOOP("Cli", "the folder to write to (the USB stick)"))
    p.set_defaults(handler=lambda args: run_export(args, open_vault))
    p = leaves.add_parser(
        "import",
        parents=list(parents),
        help=QT_TRANSLATE_NOOP("Cli", "send a courier bundle to the registry (needs a connection)"),
    )
    p.add_argument("file", help=QT_TRANSLATE_NOOP("Cli", "the bundle file"))
    p.add_argument(
        "--max-failures",
        type=int,
        default=8,
        help=QT_TRANSLATE_NOOP(
            "Cli", "give up after this many failures in a row without progress (default 8)"
        ),
    )
    p.set_defaults(handler=lambda args: run_import(args, open_vault))


def run_export(args: argparse.Namespace, open_vault: Unlocked = unlocked) -> int:
    with open_vault(args) as vault:
        outbox = install_sync(vault)
        key = vault.derive_key(BUNDLE_PURPOSE)
        try:
            path, count = export_bundle(outbox, Path(args.dir), bytes(key))
        except UserFacingError as exc:
            err(error_text(exc))
            return EXIT_FAILED
        except OSError as exc:
            err(
                say(
                    QT_TRANSLATE_NOOP(
                        "Cli", "Could not write the bundle ({detail}); nothing was written."
                    ),
                    detail=exc.strerror or type(exc).__name__,
                )
            )
            return EXIT_FAILED
        finally:
            key[:] = bytes(len(key))
        out(say(QT_TRANSLATE_NOOP("Cli", "Bundle written: {name}"), name=path.name))
        out(
            say(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "{count} record(s) are in it. It is saved to the disk: you can unplug the "
                    "USB stick now. The records also stay queued here until the registry "
                    "confirms them.",
                ),
                count=count,
            )
        )
        return EXIT_OK


def run_import(args: argparse.Namespace, open_vault: Unlocked = unlocked) -> int:
    with open_vault(args) as vault:
        outbox = install_sync(vault)
        key = vault.derive_key(BUNDLE_PURPOSE)
        try:
            count, result = import_bundle(
                Path(args.file),
                bytes(key),
                outbox,
                make_client=lambda o: SyncClient(o, max_failures=args.max_failures),
            )
        except UserFacingError as exc:
            err(error_text(exc))
            return EXIT_FAILED
        finally:
            key[:] = bytes(len(key))
        out(
            say(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Bundle sent: {delivered} of {count} record(s) confirmed by the registry; "
                    "{files} file(s) uploaded.",
                ),
                delivered=result.delivered,
                count=count,
                files=result.blobs_uploaded,
            )
        )
        if result.remaining:
            err(
                say(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "{count} record(s) still wait for their files; import the bundle again "
                        "or sync from the device that made it.",
                    ),
                    count=result.remaining,
                )
            )
            return EXIT_FAILED
        return EXIT_OK
