"""sync: device identity, outbox, receipts and blob uploads; final records may be deleted only
after every version of them has a verified receipt ("delete the local copy after delivery")

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 05:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The 0001 guards that forbid deleting anything of a final case, by the case id they check.
_CASE_OF = {
    "acts": "OLD.case_id",
    "testimonies": "OLD.case_id",
    "narratives": "OLD.case_id",
    "evidence": "OLD.case_id",
    "case_persons": "OLD.case_id",
    "arrests": "(SELECT case_id FROM acts WHERE id = OLD.act_id)",
    "involvements": "(SELECT a.case_id FROM acts a WHERE a.id = OLD.act_id)",
}


def _state(case: str) -> str:
    return f"(SELECT state FROM cases WHERE id = {case})"


def _delivered(case: str) -> str:
    """Every outbox entry of the case is delivered, including one for its current version."""
    return (
        f"(EXISTS (SELECT 1 FROM sync_outbox o WHERE o.record_id = {case} AND o.state = "
        f"'delivered' AND o.record_version = (SELECT version FROM cases WHERE id = {case})) "
        f"AND NOT EXISTS (SELECT 1 FROM sync_outbox o WHERE o.record_id = {case} "
        f"AND o.state <> 'delivered'))"
    )


def _abort(reason: str) -> str:
    return f"BEGIN SELECT RAISE(ABORT, '{reason}'); END"


def upgrade() -> None:
    op.create_table(
        "sync_device",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("device_epoch", sa.String(length=16), nullable=False),
        sa.Column("signing_seed", sa.LargeBinary(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("server_url", sa.Text(), nullable=False),
        sa.Column("org_root_pk", sa.LargeBinary(), nullable=False),
        sa.Column("tls_pin", sa.LargeBinary(), nullable=True),
        sa.Column("config", sa.LargeBinary(), nullable=False),
        sa.Column("config_sig", sa.LargeBinary(), nullable=False),
        sa.Column("device_cert", sa.LargeBinary(), nullable=False),
        sa.Column("enrolled_at", sa.String(length=32), nullable=False),
        sa.Column("next_seq", sa.Integer(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.CheckConstraint("id = 1", name="one_device_identity"),
    )
    op.create_table(
        "sync_outbox",
        sa.Column("envelope_id", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("record_version", sa.Integer(), nullable=False),
        sa.Column("device_seq", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("envelope", sa.LargeBinary(), nullable=True),
        sa.Column("envelope_hash", sa.String(length=64), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("delivered_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("envelope_id"),
        sa.UniqueConstraint("record_id", "record_version"),
    )
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.create_index("ix_sync_outbox_state", ["state"], unique=False)
    op.create_table(
        "sync_outbox_blobs",
        sa.Column("envelope_id", sa.String(length=32), nullable=False),
        sa.Column("blob_id", sa.String(length=64), nullable=False),
        sa.Column("length", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["envelope_id"], ["sync_outbox.envelope_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("envelope_id", "blob_id"),
    )
    op.create_table(
        "sync_receipts",
        sa.Column("envelope_id", sa.String(length=32), nullable=False),
        sa.Column("receipt", sa.LargeBinary(), nullable=False),
        sa.Column("server_seq", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.String(length=64), nullable=False),
        sa.Column("verified_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["envelope_id"], ["sync_outbox.envelope_id"]),
        sa.PrimaryKeyConstraint("envelope_id"),
    )
    op.create_table(
        "sync_blob_uploads",
        sa.Column("blob_id", sa.String(length=64), nullable=False),
        sa.Column("length", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("blob_id"),
    )
    for statement in _guards():
        op.execute(statement)


def _guards() -> list[str]:
    statements = [
        # "delivered" only with a receipt the device has verified (ACCEPTANCE 10's invariant).
        "CREATE TRIGGER sync_outbox_delivered_needs_receipt BEFORE UPDATE OF state ON "
        "sync_outbox WHEN NEW.state = 'delivered' AND NOT EXISTS (SELECT 1 FROM sync_receipts "
        "WHERE envelope_id = NEW.envelope_id) " + _abort("no verified receipt"),
        "CREATE TRIGGER sync_outbox_insert_delivered BEFORE INSERT ON sync_outbox "
        "WHEN NEW.state = 'delivered' " + _abort("no verified receipt"),
        "CREATE TRIGGER sync_receipts_append_only_update BEFORE UPDATE ON sync_receipts "
        + _abort("sync_receipts is append-only"),
        "CREATE TRIGGER sync_receipts_append_only_delete BEFORE DELETE ON sync_receipts "
        + _abort("sync_receipts is append-only"),
        # A final case, its parts and its versions may go only once all are delivered.
        "DROP TRIGGER cases_final_delete",
        "CREATE TRIGGER cases_final_delete BEFORE DELETE ON cases WHEN OLD.state = 'final' "
        f"AND NOT {_delivered('OLD.id')} " + _abort("record is final"),
        "DROP TRIGGER record_versions_append_only_delete",
        "CREATE TRIGGER record_versions_append_only_delete BEFORE DELETE ON record_versions "
        f"WHEN NOT {_delivered('OLD.record_id')} " + _abort("record_versions is append-only"),
    ]
    for table, case in _CASE_OF.items():
        statements += [
            f"DROP TRIGGER {table}_final_delete",
            f"CREATE TRIGGER {table}_final_delete BEFORE DELETE ON {table} "
            f"WHEN {_state(case)} = 'final' AND NOT {_delivered(case)} "
            + _abort("record is final"),
        ]
    return statements


def downgrade() -> None:
    for trigger in (
        "sync_outbox_delivered_needs_receipt",
        "sync_outbox_insert_delivered",
        "sync_receipts_append_only_update",
        "sync_receipts_append_only_delete",
        "cases_final_delete",
        "record_versions_append_only_delete",
        *(f"{table}_final_delete" for table in _CASE_OF),
    ):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute(
        "CREATE TRIGGER cases_final_delete BEFORE DELETE ON cases WHEN OLD.state = 'final' "
        + _abort("record is final")
    )
    op.execute(
        "CREATE TRIGGER record_versions_append_only_delete BEFORE DELETE ON record_versions "
        + _abort("record_versions is append-only")
    )
    for table, case in _CASE_OF.items():
        op.execute(
            f"CREATE TRIGGER {table}_final_delete BEFORE DELETE ON {table} "
            f"WHEN {_state(case)} = 'final' " + _abort("record is final")
        )
    for table in (
        "sync_blob_uploads",
        "sync_receipts",
        "sync_outbox_blobs",
        "sync_outbox",
        "sync_device",
    ):
        op.drop_table(table)
