"""relay schema: devices, auth, envelopes, blobs, uploads, receipts

Revision ID: 0001
Revises:
Create Date: 2026-11-21 05:13:30.374752
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "auth_nonces",
        sa.Column("nonce", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("expires_at", sa.Float(), nullable=False),
        sa.Column("used", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("nonce"),
    )
    with op.batch_alter_table("auth_nonces", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_auth_nonces_expires_at"), ["expires_at"], unique=False)

    op.create_table(
        "blobs",
        sa.Column("blob_id", sa.String(length=64), nullable=False),
        sa.Column("length", sa.BigInteger(), nullable=False),
        sa.Column("published_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("blob_id"),
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("epoch", sa.String(length=16), nullable=False),
        sa.Column("sign_pk", sa.LargeBinary(), nullable=False),
        sa.Column("label", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("enrolled_at", sa.Float(), nullable=False),
        sa.Column("revoked_at", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "enroll_tokens",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.Column("expires_at", sa.Float(), nullable=False),
        sa.Column("used_by", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("token_hash"),
    )
    op.create_table(
        "envelopes",
        sa.Column("envelope_id", sa.String(length=32), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("device_epoch", sa.String(length=16), nullable=False),
        sa.Column("device_seq", sa.BigInteger(), nullable=False),
        sa.Column("envelope_hash", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("received_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("envelope_id"),
        sa.UniqueConstraint("device_id", "device_epoch", "device_seq"),
    )
    with op.batch_alter_table("envelopes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_envelopes_device_id"), ["device_id"], unique=False)

    op.create_table(
        "sessions",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("expires_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("token_hash"),
    )
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sessions_device_id"), ["device_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sessions_expires_at"), ["expires_at"], unique=False)

    op.create_table(
        "uploads",
        sa.Column("blob_id", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("length", sa.BigInteger(), nullable=False),
        sa.Column("offset", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("blob_id", "device_id"),
    )
    op.create_table(
        "envelope_blobs",
        sa.Column("envelope_id", sa.String(length=32), nullable=False),
        sa.Column("blob_id", sa.String(length=64), nullable=False),
        sa.Column("length", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["envelope_id"], ["envelopes.envelope_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("envelope_id", "blob_id"),
    )
    with op.batch_alter_table("envelope_blobs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_envelope_blobs_blob_id"), ["blob_id"], unique=False)

    op.create_table(
        "receipts",
        sa.Column(
            "server_seq",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("envelope_id", sa.String(length=32), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("device_epoch", sa.String(length=16), nullable=False),
        sa.Column("device_seq", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["envelope_id"],
            ["envelopes.envelope_id"],
        ),
        sa.PrimaryKeyConstraint("server_seq"),
        sa.UniqueConstraint("envelope_id"),
    )
    with op.batch_alter_table("receipts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_receipts_device_id"), ["device_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("receipts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_receipts_device_id"))

    op.drop_table("receipts")
    with op.batch_alter_table("envelope_blobs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_envelope_blobs_blob_id"))

    op.drop_table("envelope_blobs")
    op.drop_table("uploads")
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sessions_expires_at"))
        batch_op.drop_index(batch_op.f("ix_sessions_device_id"))

    op.drop_table("sessions")
    with op.batch_alter_table("envelopes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_envelopes_device_id"))

    op.drop_table("envelopes")
    op.drop_table("enroll_tokens")
    op.drop_table("devices")
    op.drop_table("blobs")
    with op.batch_alter_table("auth_nonces", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_auth_nonces_expires_at"))

    op.drop_table("auth_nonces")
