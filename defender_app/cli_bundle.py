"""`defender bundle export DIR` and `defender bundle import FILE`: courier bundles (USB).

Wire with `add_bundle_commands(subparsers, parents=common)`; each leaf sets `handler(args)`,
which returns the exit status. Export needs no connection; import uploads the file as it is,
whichever device made it, from an enrolled install with a connection (see sync/bundle.py).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from defender_app.cli_io import err, error_text, out, say, unlocked
from defender_app.desk_wiring import Desk
from defender_app.sync_wiring import install_sync
from forms.errors import UserFacingError
from forms.text import QT_TRANSLATE_NOOP
from storage.vault import Vault
from sync.bundle import export_bundle, upload_bundle

Unlocked = Callable[[argparse.Namespace], AbstractContextManager[Vault]]
EXIT_OK, EXIT_FAILED = 0, 1


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
        help=QT_TRANSLATE_NOOP(
            "Cli", "send a courier bundle, from any device, to the registry (needs a connection)"
        ),
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
        try:
            path, count = export_bundle(install_sync(vault), Path(args.dir))
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
        if vault.desk.is_desk():
            return _import_at_desk(vault, Path(args.file))
        try:
            taken = upload_bundle(
                Path(args.file), install_sync(vault), max_failures=args.max_failures
            )
        except UserFacingError as exc:
            err(error_text(exc))
            return EXIT_FAILED
        for result in taken.results:
            if result.error:
                line = QT_TRANSLATE_NOOP("Cli", "{envelope}: refused ({reason})")
            elif result.state == "committed":
                line = QT_TRANSLATE_NOOP("Cli", "{envelope}: stored, receipt issued")
            else:
                line = QT_TRANSLATE_NOOP("Cli", "{envelope}: stored, waiting for its files")
            out(say(line, envelope=result.envelope_id, reason=result.error))
        out(
            say(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Bundle taken in by the registry: {committed} of {count} record(s) stored "
                    "with a receipt. The device that made it collects the receipts at its next "
                    "sync.",
                ),
                committed=taken.committed,
                count=len(taken.results),
            )
        )
        if taken.refused:
            err(
                say(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "The registry refused {count} record(s) of this bundle; show this to "
                        "your organisation's technical contact.",
                    ),
                    count=taken.refused,
                )
            )
            return EXIT_FAILED
        return EXIT_OK


def _import_at_desk(vault: Vault, path: Path) -> int:
    """The desk reads a bundle itself: no relay involved, nothing imported unless all verifies."""
    try:
        taken = Desk(vault).import_bundle(path)
    except UserFacingError as exc:
        err(error_text(exc))
        return EXIT_FAILED
    out(
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Bundle opened at the desk: {new} new record version(s), {dupes} already here.",
            ),
            new=taken.imported,
            dupes=taken.duplicates,
        )
    )
    return EXIT_OK
