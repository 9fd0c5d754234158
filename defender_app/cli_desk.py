"""`defender desk …`: the registry desk from a terminal.

setup KEY_DIR --relay URL   take the organisation's offline keys into this vault
pull                        fetch, verify, open and import what the relay holds
devices                     list enrolled devices with their last contact
confirm DEVICE_ID [--fingerprint HEX]
                            vouch for a device's key after comparing its fingerprint by phone
revoke DEVICE_ID            the relay refuses that device from now on
enroll-code [--qr PNG]      a one-time enrollment code for a new field device
records [filters]           the central registry (latest version of each record)
report [filters] [--csv F]  counts of attacks by type, perpetrator type, state and month
export --format --profile   ESF export of the registry under a redaction profile
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from defender_app.cli_io import err, out, refuse_existing, say, unlocked, write_file, write_stdout
from defender_app.desk_wiring import Desk, NotADesk, set_up_desk
from forms.qr_image import qr_png
from forms.redaction import PROFILES
from forms.text import QT_TRANSLATE_NOOP
from storage.atomic import write_atomically
from storage.desk_records import DeskDevice, RegistryFilter
from storage.vault import Vault
from sync.protocol import fingerprint, fingerprint_text

Unlocked = Callable[[argparse.Namespace], AbstractContextManager[Vault]]
EXIT_OK, EXIT_FAILED = 0, 1
FORMATS = ("json", "csv")


def add_desk_commands(
    subparsers: Any,
    parents: Sequence[argparse.ArgumentParser] = (),
    open_vault: Unlocked = unlocked,
) -> None:
    desk = subparsers.add_parser(
        "desk", help=QT_TRANSLATE_NOOP("Cli", "the organisation's registry desk")
    )
    leaves = desk.add_subparsers(dest="desk_command", required=True, metavar="ACTION")

    def leaf(
        name: str, handler: Callable[[argparse.Namespace, Vault], int], help_text: str
    ) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = leaves.add_parser(name, parents=list(parents), help=help_text)
        p.set_defaults(handler=lambda args: _run(args, open_vault, handler))
        return p

    p = leaf("setup", _setup, QT_TRANSLATE_NOOP("Cli", "take the organisation's offline keys"))
    p.add_argument(
        "key_dir", help=QT_TRANSLATE_NOOP("Cli", "the folder 'defender-registry init' wrote")
    )
    p.add_argument("--relay", required=True, help=QT_TRANSLATE_NOOP("Cli", "the relay's address"))
    p.add_argument("--org-name", default="")
    p.add_argument(
        "--tls-pin", help=QT_TRANSLATE_NOOP("Cli", "SHA-256 of the relay's TLS key (64 hex)")
    )
    leaf("pull", _pull, QT_TRANSLATE_NOOP("Cli", "fetch and import new records from the relay"))
    leaf("devices", _devices, QT_TRANSLATE_NOOP("Cli", "list the enrolled field devices"))
    p = leaf(
        "confirm",
        _confirm,
        QT_TRANSLATE_NOOP("Cli", "confirm a field device's key after comparing its fingerprint"),
    )
    p.add_argument("device_id")
    p.add_argument(
        "--fingerprint",
        help=QT_TRANSLATE_NOOP(
            "Cli", "the fingerprint the defender read to you (64 hex digits; spaces allowed)"
        ),
    )
    p = leaf("revoke", _revoke, QT_TRANSLATE_NOOP("Cli", "revoke a field device at the relay"))
    p.add_argument("device_id")
    p = leaf(
        "enroll-code", _enroll_code, QT_TRANSLATE_NOOP("Cli", "a one-time code for a new device")
    )
    p.add_argument("--qr", help=QT_TRANSLATE_NOOP("Cli", "also write the code as a QR PNG here"))
    p = leaf("records", _records, QT_TRANSLATE_NOOP("Cli", "list the central registry"))
    _filters(p)
    p = leaf("report", _report, QT_TRANSLATE_NOOP("Cli", "counts of attacks"))
    _filters(p)
    p.add_argument("--csv", help=QT_TRANSLATE_NOOP("Cli", "write the report as CSV to this file"))
    p = leaf("export", _export, QT_TRANSLATE_NOOP("Cli", "ESF export, NOT encrypted"))
    _filters(p)
    p.add_argument("--format", choices=FORMATS, required=True)
    p.add_argument("--profile", choices=PROFILES, default="internal")
    p.add_argument("--out", metavar="FILE")


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--search", default="")
    p.add_argument("--state-region", default="")
    p.add_argument("--municipality", default="")
    p.add_argument("--act-type", default="")
    p.add_argument("--perpetrator-type", default="")
    p.add_argument("--from", dest="date_from", default="")
    p.add_argument("--to", dest="date_to", default="")
    p.add_argument("--device", default="")


def _filter(args: argparse.Namespace) -> RegistryFilter:
    return RegistryFilter(
        text=args.search,
        state_region=args.state_region,
        municipality=args.municipality,
        act_type=args.act_type,
        perpetrator_type=args.perpetrator_type,
        date_from=args.date_from,
        date_to=args.date_to,
        device_id=args.device,
    )


def _run(
    args: argparse.Namespace,
    open_vault: Unlocked,
    handler: Callable[[argparse.Namespace, Vault], int],
) -> int:
    with open_vault(args) as vault:
        if args.desk_command != "setup" and not vault.desk.is_desk():
            raise NotADesk()
        return handler(args, vault)


def _setup(args: argparse.Namespace, vault: Vault) -> int:
    pin = bytes.fromhex(args.tls_pin) if args.tls_pin else None
    keys = set_up_desk(vault, Path(args.key_dir), args.relay, args.org_name, pin)
    out(
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "This vault is now the registry desk for {relay} ({count} registry key(s)). "
                "Store the key folder offline again.",
            ),
            relay=keys.relay_url,
            count=len(keys.registry_keys),
        )
    )
    return EXIT_OK


def _progress(what: str, done: int, total: int) -> None:
    if what == "envelopes":
        err(say(QT_TRANSLATE_NOOP("Cli", "envelope {done} of {total}"), done=done, total=total))


def _pull(_args: argparse.Namespace, vault: Vault) -> int:
    desk = Desk(vault)
    summary = desk.pull(progress=_progress)
    out(
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Imported {new} new envelope(s); {dupes} were already here; {kb} KiB downloaded.",
            ),
            new=summary.imported,
            dupes=summary.duplicates,
            kb=summary.bytes_downloaded // 1024,
        )
    )
    for refused in summary.refused:
        err(refused.text())
    for gap in desk.service.chain_gaps():
        err(
            say(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Device {device}: envelopes missing {missing}; broken links at {broken}.",
                ),
                device=gap.device_label or gap.device_id[:12],
                missing=", ".join(map(str, gap.missing_seqs)) or "-",
                broken=", ".join(map(str, gap.broken_links)) or "-",
            )
        )
    return EXIT_FAILED if summary.refused else EXIT_OK


def _devices(_args: argparse.Namespace, vault: Vault) -> int:
    for d in Desk(vault).refresh_devices():
        confirmed = "confirmed" if d.confirmed else "unconfirmed"
        out(
            f"{d.device_id}\t{d.status}\t{d.label}\t{confirmed}\t{d.enrolled_at}\t"
            f"{d.last_seen_at or '-'}\t{d.revoked_at or ''}".rstrip()
        )
    return EXIT_OK


def _confirm(args: argparse.Namespace, vault: Vault) -> int:
    """Show the device's key fingerprint; with --fingerprint matching it, vouch for the key."""
    desk = Desk(vault)
    device = _known_device(desk, args.device_id)
    if device is None:
        err(
            say(
                QT_TRANSLATE_NOOP(
                    "Cli", "No device {id} is enrolled; 'defender desk devices' lists them."
                ),
                id=args.device_id,
            )
        )
        return EXIT_FAILED
    out(
        say(
            QT_TRANSLATE_NOOP("Cli", "Device {label} ({id}), key fingerprint: {fingerprint}"),
            label=device.label or "-",
            id=device.device_id,
            fingerprint=fingerprint_text(device.sign_pk),
        )
    )
    if device.confirmed:
        out(say(QT_TRANSLATE_NOOP("Cli", "This device is already confirmed.")))
        return EXIT_OK
    if not args.fingerprint:
        err(
            say(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Not confirmed. Call the defender, ask them to read the key fingerprint "
                    "their app shows (sync status, or 'defender sync --status'), then run this "
                    "again with --fingerprint and what they read.",
                )
            )
        )
        return EXIT_FAILED
    read = "".join(c for c in args.fingerprint.lower() if c not in " :-")
    if read != fingerprint(device.sign_pk).hex():
        err(
            say(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "The fingerprint does not match this device's key. Nothing was confirmed; "
                    "its records stay out of the registry. Tell your technical contact.",
                )
            )
        )
        return EXIT_FAILED
    desk.service.confirm_device(device.device_id, device.sign_pk)
    out(
        say(
            QT_TRANSLATE_NOOP(
                "Cli", "Device {id} is confirmed; its records are imported at the next pull."
            ),
            id=device.device_id,
        )
    )
    return EXIT_OK


def _known_device(desk: Desk, device_id: str) -> DeskDevice | None:
    """The device as this desk holds it; the relay is asked when it is not known here yet."""
    held = {d.device_id: d for d in desk.service.devices()}
    if device_id not in held:
        held = {d.device_id: d for d in desk.refresh_devices()}
    return held.get(device_id)


def _revoke(args: argparse.Namespace, vault: Vault) -> int:
    Desk(vault).revoke(args.device_id)
    out(say(QT_TRANSLATE_NOOP("Cli", "Device {id} is revoked."), id=args.device_id))
    return EXIT_OK


def _enroll_code(args: argparse.Namespace, vault: Vault) -> int:
    code = Desk(vault).new_enroll_code()
    out(code)
    if args.qr:
        refuse_existing(Path(args.qr))
        write_atomically(Path(args.qr), qr_png(code))
        err(say(QT_TRANSLATE_NOOP("Cli", "QR code written to {path}"), path=args.qr))
    return EXIT_OK


def _records(args: argparse.Namespace, vault: Vault) -> int:
    for row in vault.desk.records(_filter(args)):
        out(
            "\t".join(
                (
                    row.record_id,
                    f"v{row.version}",
                    row.start_date or "-",
                    row.state_region or "-",
                    row.device_label or row.device_id[:12],
                    row.title,
                )
            )
        )
    return EXIT_OK


def _report(args: argparse.Namespace, vault: Vault) -> int:
    service = vault.desk
    report = service.report(_filter(args))
    text = service.report_csv(report)
    if args.csv:
        refuse_existing(Path(args.csv))
        write_file(Path(args.csv))(text)
    else:
        write_stdout(text)
    return EXIT_OK


def _export(args: argparse.Namespace, vault: Vault) -> int:
    destination = Path(args.out) if args.out else None
    if destination is not None:
        refuse_existing(destination)
    text = vault.desk.export(_filter(args), args.profile, args.format)
    (write_file(destination) if destination else write_stdout)(text)
    sys.stdout.flush()
    err(say(QT_TRANSLATE_NOOP("Cli", "this export is NOT encrypted; handle it with care.")))
    return EXIT_OK
