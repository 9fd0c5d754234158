"""This device's sync identity, kept inside the encrypted database (never in a file of its own).

Enrollment stores the Ed25519 signing key (its 32-byte seed), the ids the relay gave, and the
organisation's pinned keys; sealing advances the per-device sequence and hash chain.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import CheckConstraint, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, Session, mapped_column

from storage.orm import Base

GENESIS_PREV = "00" * 32  # `prev` of a device's first envelope


class DeviceRow(Base):
    __tablename__ = "sync_device"
    __table_args__ = (CheckConstraint("id = 1", name="one_device_identity"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(String(32))
    device_epoch: Mapped[str] = mapped_column(String(16))
    signing_seed: Mapped[bytes] = mapped_column(LargeBinary)
    label: Mapped[str] = mapped_column(Text)
    server_url: Mapped[str] = mapped_column(Text)
    org_root_pk: Mapped[bytes] = mapped_column(LargeBinary)
    tls_pin: Mapped[bytes | None] = mapped_column(LargeBinary)
    config: Mapped[bytes] = mapped_column(LargeBinary)
    config_sig: Mapped[bytes] = mapped_column(LargeBinary)
    device_cert: Mapped[bytes] = mapped_column(LargeBinary)
    enrolled_at: Mapped[str] = mapped_column(String(32))
    next_seq: Mapped[int] = mapped_column(Integer)
    prev_hash: Mapped[str] = mapped_column(String(64))


@dataclass(frozen=True)
class DeviceIdentity:
    """Who this device is to the relay, and which keys it trusts."""

    device_id: bytes
    device_epoch: bytes
    signing_seed: bytes
    label: str
    server_url: str
    org_root_pk: bytes
    tls_pin: bytes | None
    config: bytes  # the organisation's signed config: relay signing key, registry keys
    config_sig: bytes
    device_cert: bytes
    enrolled_at: str


def load_identity(session: Session) -> DeviceIdentity | None:
    row = session.get(DeviceRow, 1)
    if row is None:
        return None
    return DeviceIdentity(
        device_id=bytes.fromhex(row.device_id),
        device_epoch=bytes.fromhex(row.device_epoch),
        signing_seed=row.signing_seed,
        label=row.label,
        server_url=row.server_url,
        org_root_pk=row.org_root_pk,
        tls_pin=row.tls_pin,
        config=row.config,
        config_sig=row.config_sig,
        device_cert=row.device_cert,
        enrolled_at=row.enrolled_at,
    )


def store_identity(session: Session, identity: DeviceIdentity) -> None:
    """Enroll (or re-enroll: a new device id and epoch restart the sequence and chain)."""
    row = session.get(DeviceRow, 1) or DeviceRow(id=1)
    row.device_id = identity.device_id.hex()
    row.device_epoch = identity.device_epoch.hex()
    row.signing_seed = identity.signing_seed
    row.label = identity.label
    row.server_url = identity.server_url
    row.org_root_pk = identity.org_root_pk
    row.tls_pin = identity.tls_pin
    row.config = identity.config
    row.config_sig = identity.config_sig
    row.device_cert = identity.device_cert
    row.enrolled_at = identity.enrolled_at
    row.next_seq = 1
    row.prev_hash = GENESIS_PREV
    session.add(row)


def update_config(session: Session, config: bytes, config_sig: bytes) -> None:
    """A newer root-signed config (key rotation), already verified by the caller."""
    row = session.get(DeviceRow, 1)
    if row is not None:
        row.config, row.config_sig = config, config_sig


def start_epoch(session: Session, device_epoch: bytes, device_cert: bytes) -> None:
    """A new epoch from the relay (a restored vault): the sequence and chain start again."""
    row = session.get(DeviceRow, 1)
    assert row is not None
    row.device_epoch = device_epoch.hex()
    row.device_cert = device_cert
    row.next_seq = 1
    row.prev_hash = GENESIS_PREV


def next_position(session: Session) -> tuple[int, bytes]:
    """The sequence number and previous-envelope hash the next envelope takes."""
    row = session.get(DeviceRow, 1)
    assert row is not None
    return row.next_seq, bytes.fromhex(row.prev_hash)


def advance(session: Session, envelope_hash: bytes) -> None:
    row = session.get(DeviceRow, 1)
    assert row is not None
    row.next_seq += 1
    row.prev_hash = envelope_hash.hex()
