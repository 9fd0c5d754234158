"""The registry desk's tables (migrations 0003 and 0004). Private to storage/, like storage.orm.

Every envelope received is kept whole, with its provenance and the record it carried; the
`desk_record*` tables index the latest version of each record for lists, filters and reports
and are rebuilt from the snapshot whenever a newer version arrives.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.orm import Base


class DeskKeysRow(Base):
    __tablename__ = "desk_keys"
    __table_args__ = (CheckConstraint("id = 1", name="one_desk_identity"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    org_name: Mapped[str] = mapped_column(Text)
    org_root_seed: Mapped[bytes] = mapped_column(LargeBinary)
    relay_url: Mapped[str] = mapped_column(Text)
    tls_pin: Mapped[bytes | None] = mapped_column(LargeBinary)
    updated_at: Mapped[str] = mapped_column(String(32))


class DeskRegistryKeyRow(Base):
    """One X25519 private key the records were sealed to; rotation adds, never removes."""

    __tablename__ = "desk_registry_keys"
    key_id: Mapped[bytes] = mapped_column(LargeBinary, primary_key=True)
    private_key: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[str] = mapped_column(String(32))


class DeskDeviceRow(Base):
    """The relay's list of field devices, as last fetched."""

    __tablename__ = "desk_devices"
    device_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    device_epoch: Mapped[str] = mapped_column(String(16))
    sign_pk: Mapped[bytes] = mapped_column(LargeBinary)
    label: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    enrolled_at: Mapped[str] = mapped_column(String(64))
    revoked_at: Mapped[str | None] = mapped_column(String(64))
    last_seen_at: Mapped[str | None] = mapped_column(String(64))


class DeskEnrollKeyRow(Base):
    """The desk key an enrollment code from this desk carried, by its token's SHA-256 (hex,
    as the relay names the token). Migration 0004."""

    __tablename__ = "desk_enroll_keys"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    desk_key: Mapped[bytes] = mapped_column(LargeBinary)
    issued_at: Mapped[str] = mapped_column(String(32))


class DeskConfirmationRow(Base):
    """A device key the desk vouches for itself; kept when the relay's list changes.
    Migration 0004."""

    __tablename__ = "desk_confirmations"
    device_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    sign_pk: Mapped[bytes] = mapped_column(LargeBinary)  # confirmation holds for this key only
    how: Mapped[str] = mapped_column(String(8))  # "binding" / "by_hand"
    confirmed_at: Mapped[str] = mapped_column(String(32))


class DeskEnvelopeRow(Base):
    """One received envelope: append-only (a receipt may be attached once, to a bundle copy)."""

    __tablename__ = "desk_envelopes"
    __table_args__ = (
        Index("ix_desk_envelopes_chain", "device_id", "device_epoch", "device_seq"),
        Index("ix_desk_envelopes_record", "record_id", "record_version"),
    )
    envelope_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    envelope_hash: Mapped[str] = mapped_column(String(64))
    envelope: Mapped[bytes] = mapped_column(LargeBinary)
    device_id: Mapped[str] = mapped_column(String(32))
    device_epoch: Mapped[str] = mapped_column(String(16))
    device_seq: Mapped[int] = mapped_column(Integer)
    prev: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36))
    record_version: Mapped[int] = mapped_column(Integer)
    snapshot: Mapped[str] = mapped_column(Text)  # canonical JSON, byte for byte as sealed
    snapshot_sha256: Mapped[str] = mapped_column(String(64))
    via: Mapped[str] = mapped_column(String(8))
    receipt: Mapped[bytes | None] = mapped_column(LargeBinary)
    server_seq: Mapped[int | None] = mapped_column(Integer)
    received_at: Mapped[str | None] = mapped_column(String(64))
    imported_at: Mapped[str] = mapped_column(String(32))


class DeskBlobRow(Base):
    """One media ciphertext in the desk's media directory, stored once however often sent."""

    __tablename__ = "desk_blobs"
    blob_id: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256 of ciphertext
    media_name: Mapped[str] = mapped_column(String(64), unique=True)
    file_key: Mapped[bytes] = mapped_column(LargeBinary)
    chunk_log2: Mapped[int] = mapped_column(Integer)
    length: Mapped[int] = mapped_column(Integer)
    size_plain: Mapped[int] = mapped_column(Integer)
    sha256_plain: Mapped[str] = mapped_column(String(64))
    stored_at: Mapped[str] = mapped_column(String(32))


class DeskFileRow(Base):
    """Which blobs an envelope carried, for which evidence item."""

    __tablename__ = "desk_files"
    envelope_id: Mapped[str] = mapped_column(
        ForeignKey("desk_envelopes.envelope_id"), primary_key=True
    )
    blob_id: Mapped[str] = mapped_column(ForeignKey("desk_blobs.blob_id"), primary_key=True)
    evidence_id: Mapped[str] = mapped_column(String(36))
    mime: Mapped[str] = mapped_column(String(100))


class DeskRecordRow(Base):
    """The latest version of one record, narrow on purpose; `id` is its search-index rowid."""

    __tablename__ = "desk_records"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), unique=True)
    envelope_id: Mapped[str] = mapped_column(ForeignKey("desk_envelopes.envelope_id"))
    version: Mapped[int] = mapped_column(Integer)
    versions: Mapped[int] = mapped_column(Integer)
    folio: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(Text)
    start_date: Mapped[str | None] = mapped_column(String(10), index=True)
    state_region: Mapped[str] = mapped_column(Text, index=True)
    municipality: Mapped[str] = mapped_column(Text, index=True)
    device_id: Mapped[str] = mapped_column(String(32), index=True)
    received_at: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(32))  # the case's, for export order


class DeskRecordTypeRow(Base):
    """An act type (MT04) or attack type the latest version names, for the act-type filter."""

    __tablename__ = "desk_record_types"
    record_id: Mapped[str] = mapped_column(
        ForeignKey("desk_records.record_id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)


class DeskRecordActRow(Base):
    """One act of the latest version; `start_date` falls back to the case's."""

    __tablename__ = "desk_record_acts"
    record_id: Mapped[str] = mapped_column(
        ForeignKey("desk_records.record_id", ondelete="CASCADE"), primary_key=True
    )
    act_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    type_of_act: Mapped[str] = mapped_column(String(64))
    start_date: Mapped[str | None] = mapped_column(String(10))


class DeskRecordPerpetratorRow(Base):
    """A perpetrator type (MT24) among an act's involvements; each counted once per act."""

    __tablename__ = "desk_record_perpetrators"
    record_id: Mapped[str] = mapped_column(
        ForeignKey("desk_records.record_id", ondelete="CASCADE"), primary_key=True
    )
    act_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    perpetrator_type: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)
