"""`defender enroll CODE` and `defender sync`: the sync commands of the Qt-free CLI.

Wire with `add_sync_commands(subparsers, parents=common)`; each leaf sets `handler(args)`, which
returns the exit status: 0 only when the outbox is empty and every receipt is verified.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import Any

from defender_app.cli_io import err, error_text, out, say, unlocked
from defender_app.sync_wiring import device_key_fingerprint, install_sync
from forms.errors import UserFacingError
from forms.text import QT_TRANSLATE_NOOP
from storage.outbox import OutboxService
from storage.vault import Vault
from sync.client import SyncClient, enroll

Unlocked = Callable[[argparse.Namespace], AbstractContextManager[Vault]]
EXIT_OK, EXIT_FAILED = 0, 1


def add_sync_commands(
    subparsers: Any,
    parents: Sequence[argparse.ArgumentParser] = (),
    open_vault: Unlocked = unlocked,
) -> None:
    """Add `enroll` and `sync`; `parents` carry the common options (--home, passphrase)."""
    p = subparsers.add_parser(
        "enroll",
        parents=list(parents),
        help=QT_TRANSLATE_NOOP("Cli", "enroll this device with the organisation's registry"),
    )
    p.add_argument("code", help=QT_TRANSLATE_NOOP("Cli", "the one-time code (DFND1-…)"))
    p.add_argument(
        "--label",
        default="",
        help=QT_TRANSLATE_NOOP("Cli", "a name for this device that the registry sees"),
    )
    p.set_defaults(handler=lambda args: run_enroll(args, open_vault))
    p = subparsers.add_parser(
        "sync",
        parents=list(parents),
        help=QT_TRANSLATE_NOOP(
            "Cli", "send finalized records to the registry; 0 only when all are delivered"
        ),
    )
    p.add_argument(
        "--max-failures",
        type=int,
        default=8,
        help=QT_TRANSLATE_NOOP(
            "Cli", "give up after this many failures in a row without progress (default 8)"
        ),
    )
    p.add_argument(
        "--status",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", "only show this device's id, key fingerprint and queue; send nothing"
        ),
    )
    p.set_defaults(handler=lambda args: run_sync(args, open_vault))


def run_enroll(args: argparse.Namespace, open_vault: Unlocked = unlocked) -> int:
    with open_vault(args) as vault:
        outbox = install_sync(vault)
        try:
            device_id = enroll(args.code, outbox, label=args.label)
        except UserFacingError as exc:
            err(exc.text())
            return EXIT_FAILED
        out(say(QT_TRANSLATE_NOOP("Cli", "Enrolled. Device id: {id}"), id=device_id))
        _say_fingerprint(outbox)
        queued = outbox.counts().pending
        if queued:
            out(
                say(
                    QT_TRANSLATE_NOOP(
                        "Cli", "{count} finalized record(s) are queued; run 'defender sync'."
                    ),
                    count=queued,
                )
            )
        return EXIT_OK


def _say_fingerprint(outbox: OutboxService) -> None:
    out(
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Key fingerprint: {fingerprint} (if your organisation calls to confirm this "
                "device, read it to them)",
            ),
            fingerprint=device_key_fingerprint(outbox) or "-",
        )
    )


def _status(outbox: OutboxService) -> int:
    """Who this device is to the registry and what waits, without contacting the relay."""
    identity = outbox.identity()
    if identity is None:
        err(
            say(
                QT_TRANSLATE_NOOP(
                    "Cli", "This device is not enrolled yet; run 'defender enroll CODE' first."
                )
            )
        )
        return EXIT_FAILED
    out(say(QT_TRANSLATE_NOOP("Cli", "Device id: {id}"), id=identity.device_id.hex()))
    _say_fingerprint(outbox)
    counts = outbox.counts()
    out(
        say(
            QT_TRANSLATE_NOOP(
                "Cli", "{delivered} delivered with a verified receipt; {waiting} waiting."
            ),
            delivered=counts.delivered,
            waiting=counts.waiting,
        )
    )
    return EXIT_OK


def run_sync(args: argparse.Namespace, open_vault: Unlocked = unlocked) -> int:
    with open_vault(args) as vault:
        outbox = install_sync(vault)
        if args.status:
            return _status(outbox)
        last = [""]

        def report(done: int, total: int, stage: str) -> None:
            line = say(
                QT_TRANSLATE_NOOP("Cli", "{done}/{total} delivered, sending {stage}"),
                done=done,
                total=total,
                stage=stage,
            )
            if line != last[0]:
                out(line)
                last[0] = line

        try:
            result = SyncClient(outbox, report=report, max_failures=args.max_failures).run()
        except UserFacingError as exc:
            err(exc.text())
            return EXIT_FAILED
        counts = outbox.counts()
        for notice in result.notices:  # e.g. a vault restored from a backup, recovered
            out(error_text(notice))
        out(
            say(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Delivered {records} record(s) with verified receipts; {files} file(s), "
                    "{bytes} bytes uploaded.",
                ),
                records=result.delivered,
                files=result.blobs_uploaded,
                bytes=result.bytes_uploaded,
            )
        )
        if counts.waiting:
            err(
                say(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "{count} record(s) are not delivered yet ({refused} refused by the "
                        "registry). They stay queued.",
                    ),
                    count=counts.waiting,
                    refused=counts.rejected,
                )
            )
            return EXIT_FAILED
        out(QT_TRANSLATE_NOOP("Cli", "Outbox empty: every record has a verified receipt."))
        return EXIT_OK
