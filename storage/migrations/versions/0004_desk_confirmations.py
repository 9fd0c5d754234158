"""desk confirmations: the desk key of each enrollment code the desk issued, and the device
keys the desk vouches for itself (by that key's binding, or by a coordinator by hand)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "desk_enroll_keys",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("desk_key", sa.LargeBinary(), nullable=False),
        sa.Column("issued_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("token_hash"),
    )
    op.create_table(
        "desk_confirmations",
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("sign_pk", sa.LargeBinary(), nullable=False),
        sa.Column("how", sa.String(length=8), nullable=False),
        sa.Column("confirmed_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("device_id"),
    )


def downgrade() -> None:
    op.drop_table("desk_confirmations")
    op.drop_table("desk_enroll_keys")
