"""The relay's tables. It stores signed envelopes (opaque seals), blob ids and receipts."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# SQLite makes only an INTEGER PRIMARY KEY an auto-increment rowid; PostgreSQL gets 64 bits.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    pass


class Device(Base):
    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # hex
    epoch: Mapped[str] = mapped_column(String(16))
    sign_pk: Mapped[bytes] = mapped_column(LargeBinary)
    label: Mapped[str] = mapped_column(String(64), default="")
    status: Mapped[str] = mapped_column(String(8), default="active")  # active / revoked
    enrolled_at: Mapped[float] = mapped_column(Float)
    revoked_at: Mapped[float | None] = mapped_column(Float)
    last_seen_at: Mapped[float | None] = mapped_column(Float)  # its last sign-in
    # the enrollment token it used (its hash) and, with a desk-issued code, the device's
    # HMAC under the desk's key (sync.protocol.device_binding): kept for the desk to check
    token_hash: Mapped[str | None] = mapped_column(String(64))
    binding: Mapped[bytes | None] = mapped_column(LargeBinary)


class EnrollToken(Base):
    """One-time enrollment tokens, stored only as hashes."""

    __tablename__ = "enroll_tokens"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[float] = mapped_column(Float)
    expires_at: Mapped[float] = mapped_column(Float)
    used_by: Mapped[str | None] = mapped_column(String(32))


class AuthNonce(Base):
    __tablename__ = "auth_nonces"
    nonce: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(32))
    expires_at: Mapped[float] = mapped_column(Float, index=True)
    used: Mapped[bool] = mapped_column(Boolean, default=False)


class AuthSession(Base):
    """Bearer tokens, stored only as hashes."""

    __tablename__ = "sessions"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(32), index=True)
    expires_at: Mapped[float] = mapped_column(Float, index=True)


class Envelope(Base):
    __tablename__ = "envelopes"
    __table_args__ = (UniqueConstraint("device_id", "device_epoch", "device_seq"),)
    envelope_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(32), index=True)
    device_epoch: Mapped[str] = mapped_column(String(16))
    device_seq: Mapped[int] = mapped_column(BigInteger)
    envelope_hash: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)  # the signed envelope, exactly as sent
    size: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16))  # awaiting_blobs / committed
    received_at: Mapped[float] = mapped_column(Float)


class EnvelopeBlob(Base):
    __tablename__ = "envelope_blobs"
    envelope_id: Mapped[str] = mapped_column(
        ForeignKey("envelopes.envelope_id", ondelete="CASCADE"), primary_key=True
    )
    blob_id: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)
    length: Mapped[int] = mapped_column(BigInteger)


class Blob(Base):
    """A published blob: complete, its SHA-256 checked against its id."""

    __tablename__ = "blobs"
    blob_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    length: Mapped[int] = mapped_column(BigInteger)
    published_at: Mapped[float] = mapped_column(Float)


class Upload(Base):
    """A partial blob upload; `offset` counts only bytes fsynced to the .part file."""

    __tablename__ = "uploads"
    blob_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    length: Mapped[int] = mapped_column(BigInteger)
    offset: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[float] = mapped_column(Float)


class Receipt(Base):
    """Signed receipts; `server_seq` is the relay's global append-only index."""

    __tablename__ = "receipts"
    server_seq: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    envelope_id: Mapped[str] = mapped_column(ForeignKey("envelopes.envelope_id"), unique=True)
    device_id: Mapped[str] = mapped_column(String(32), index=True)
    device_epoch: Mapped[str] = mapped_column(String(16))
    device_seq: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[float] = mapped_column(Float)
