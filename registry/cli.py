"""`defender-registry`: init, serve, enroll-token, revoke, status, rotate-registry-key."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from sqlalchemy import func, select

from registry.blobstore import BlobStore
from registry.db import Database, make_engine, upgrade
from registry.keys import DataDir, initialise, load
from registry.models import Blob, Device, Envelope, Receipt, Upload
from registry.qr import write_qr_png
from registry.relay import Relay
from registry.rotation import rotate_registry_key
from sync.enrollment import EnrollCode
from sync.protocol import HASH_BYTES, fingerprint, fingerprint_text
from sync.tls import pin_from_pem


def _data(args: argparse.Namespace) -> DataDir:
    return DataDir(Path(args.data).expanduser().resolve())


def _relay(args: argparse.Namespace) -> Relay:
    data = _data(args)
    engine = make_engine(data.database_url(args.database_url))
    upgrade(engine)
    return Relay(Database(engine), load(data), BlobStore(data.blobs, data.uploads))


def _save(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(text + "\n")


def cmd_init(args: argparse.Namespace) -> int:
    data = _data(args)
    offline = Path(args.offline_dir).expanduser().resolve() if args.offline_dir else None
    offline = offline or data.root / "offline"
    try:
        keys = initialise(data, offline, args.org_name)
    except FileExistsError as exc:
        print(f"defender-registry: {exc}; nothing was changed.", file=sys.stderr)
        return 1
    if args.database_url:
        _save(data.database_url_file, args.database_url)
    if args.url:
        _save(data.public_url_file, args.url.rstrip("/"))
    upgrade(make_engine(data.database_url(args.database_url)))
    print(f"Relay initialised in {data.root}")
    print(f"Organisation root fingerprint: {fingerprint_text(keys.org_root_pk)}")
    print(
        f"Offline keys (organisation root, registry sealing key) are in {offline}.\n"
        "Move that folder to the registry desk or offline storage: the relay never reads it, "
        "and whoever holds registry_sealing.key can read every envelope."
    )
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from registry.app import create_app
    from registry.housekeeping import start

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    app = create_app(_data(args), args.database_url)
    stop_housekeeping = start(app.state.relay)  # expired partial uploads: now, then hourly
    try:
        uvicorn.run(app, host=args.host, port=args.port, access_log=False, log_config=None)
    finally:
        stop_housekeeping.set()
    return 0


def cmd_enroll_token(args: argparse.Namespace) -> int:
    data = _data(args)
    url = args.url or (
        data.public_url_file.read_text().strip() if data.public_url_file.exists() else ""
    )
    if not url:
        print("defender-registry: give --url (the address devices use).", file=sys.stderr)
        return 2
    try:
        pin = _tls_pin(args)
    except ValueError as exc:
        print(f"defender-registry: {exc}", file=sys.stderr)
        return 2
    relay = _relay(args)
    token = relay.issue_enroll_token()
    code = EnrollCode(url.rstrip("/"), fingerprint(relay.keys.org_root_pk), token, pin).to_text()
    qr = Path(args.qr) if args.qr else data.root / f"enroll-{token.hex()[:8]}.png"
    write_qr_png(code, qr)
    print("One-time enrollment code (valid 24 hours):")
    print(code)
    print(f"QR code: {qr}")
    return 0


def _tls_pin(args: argparse.Namespace) -> bytes | None:
    """The pin given as hex, or computed from the relay's certificate (PEM)."""
    if args.tls_cert:
        try:
            return pin_from_pem(Path(args.tls_cert).expanduser().read_bytes())
        except (OSError, ValueError) as exc:
            raise ValueError(f"cannot read a PEM certificate from {args.tls_cert}") from exc
    if not args.tls_pin:
        return None
    try:
        pin = bytes.fromhex(args.tls_pin)
    except ValueError:
        pin = b""
    if len(pin) != HASH_BYTES:
        raise ValueError("--tls-pin must be 64 hex digits (SHA-256).")
    return pin


def cmd_rotate_registry_key(args: argparse.Namespace) -> int:
    offline = Path(args.offline_dir).expanduser().resolve()
    try:
        new_id = rotate_registry_key(_data(args), offline)
    except (OSError, ValueError) as exc:
        print(f"defender-registry: {exc}; nothing was changed.", file=sys.stderr)
        return 1
    print(f"New registry key {new_id.hex()}; the previous keys stay listed for reading.")
    print(
        f"Its private half is in {offline}: copy that folder to the registry desk and the "
        "offline copies. The running relay serves the new config at once (no restart); "
        "devices seal to the new key from their next sync, records still waiting included."
    )
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    if _relay(args).revoke(args.device_id.lower()):
        print(f"Device {args.device_id} revoked; it can no longer sign in.")
        return 0
    print(f"defender-registry: no active device {args.device_id}.", file=sys.stderr)
    return 1


def cmd_status(args: argparse.Namespace) -> int:
    relay = _relay(args)
    with relay.db.transaction() as s:

        def count(*what: object) -> int:
            return int(s.scalar(select(func.count()).select_from(*what)) or 0)  # type: ignore[arg-type]

        active = s.scalar(select(func.count()).where(Device.status == "active")) or 0
        revoked = s.scalar(select(func.count()).where(Device.status == "revoked")) or 0
        awaiting = s.scalar(select(func.count()).where(Envelope.state == "awaiting_blobs")) or 0
        envelopes, receipts = count(Envelope), count(Receipt)
        blobs, uploads = count(Blob), count(Upload)
        stored = s.scalar(select(func.coalesce(func.sum(Blob.length), 0))) or 0
    print(f"Organisation root fingerprint: {fingerprint_text(relay.keys.org_root_pk)}")
    print(f"Devices: {active} active, {revoked} revoked")
    print(f"Envelopes: {envelopes} ({awaiting} awaiting blobs), receipts: {receipts}")
    print(f"Blobs: {blobs} published ({stored} bytes), {uploads} uploads in progress")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="defender-registry", description="The blind registry relay for Defender devices."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--data", required=True, help="the relay's data directory")
        p.add_argument(
            "--database-url",
            help="SQLAlchemy URL (default: SQLite in --data; postgresql://… for PostgreSQL)",
        )
        return p

    init = command("init", "create the organisation root and relay keys; print the fingerprint")
    init.add_argument("--org-name", default="", help="the organisation's name, for devices")
    init.add_argument("--url", help="the address devices will use, for enrollment codes")
    init.add_argument(
        "--offline-dir", help="where to write the offline keys (default: DATA/offline)"
    )
    init.set_defaults(run=cmd_init)

    serve = command("serve", "run the relay")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.set_defaults(run=cmd_serve)

    token = command("enroll-token", "print a one-time enrollment code and write it as a QR PNG")
    token.add_argument("--url", help="the address devices use (default: the one given at init)")
    pin = token.add_mutually_exclusive_group()
    pin.add_argument(
        "--tls-pin",
        help="SHA-256 (hex) of the relay's TLS public key (SPKI), when devices use https",
    )
    pin.add_argument(
        "--tls-cert",
        metavar="PEM",
        help="the relay's TLS certificate (PEM): the pin is computed from its public key",
    )
    token.add_argument("--qr", help="where to write the QR PNG (default: DATA/enroll-….png)")
    token.set_defaults(run=cmd_enroll_token)

    revoke = command("revoke", "revoke a device: it can no longer sign in or send anything")
    revoke.add_argument("device_id")
    revoke.set_defaults(run=cmd_revoke)

    status = command("status", "counts of devices, envelopes, receipts and blobs")
    status.set_defaults(run=cmd_status)

    rotate = command(
        "rotate-registry-key",
        "add a new registry sealing key (signed with the offline organisation root); "
        "devices seal new records to it",
    )
    rotate.add_argument(
        "--offline-dir", required=True, help="the offline folder holding org_root.key"
    )
    rotate.set_defaults(run=cmd_rotate_registry_key)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    result: int = args.run(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
