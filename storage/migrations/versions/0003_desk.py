"""desk: the organisation's keys, every received envelope with its provenance, the media it
carried, and an index of each record's latest version (with its own FTS5 search)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 08:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# What a received envelope may never change into: everything but the receipt it may gain once.
_ENVELOPE_FIXED = (
    "envelope_id",
    "envelope_hash",
    "envelope",
    "device_id",
    "device_epoch",
    "device_seq",
    "prev",
    "record_id",
    "record_version",
    "snapshot",
    "snapshot_sha256",
    "via",
    "imported_at",
)


def _abort(reason: str) -> str:
    return f"BEGIN SELECT RAISE(ABORT, '{reason}'); END"


def _index(table: str, column: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.create_index(f"ix_{table}_{column}", [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "desk_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("org_name", sa.Text(), nullable=False),
        sa.Column("org_root_seed", sa.LargeBinary(), nullable=False),
        sa.Column("relay_url", sa.Text(), nullable=False),
        sa.Column("tls_pin", sa.LargeBinary(), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.CheckConstraint("id = 1", name="one_desk_identity"),
    )
    op.create_table(
        "desk_registry_keys",
        sa.Column("key_id", sa.LargeBinary(), nullable=False),
        sa.Column("private_key", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("key_id"),
    )
    op.create_table(
        "desk_devices",
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("device_epoch", sa.String(length=16), nullable=False),
        sa.Column("sign_pk", sa.LargeBinary(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("enrolled_at", sa.String(length=64), nullable=False),
        sa.Column("revoked_at", sa.String(length=64), nullable=True),
        sa.Column("last_seen_at", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("device_id"),
    )
    op.create_table(
        "desk_envelopes",
        sa.Column("envelope_id", sa.String(length=32), nullable=False),
        sa.Column("envelope_hash", sa.String(length=64), nullable=False),
        sa.Column("envelope", sa.LargeBinary(), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("device_epoch", sa.String(length=16), nullable=False),
        sa.Column("device_seq", sa.Integer(), nullable=False),
        sa.Column("prev", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("record_version", sa.Integer(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("snapshot_sha256", sa.String(length=64), nullable=False),
        sa.Column("via", sa.String(length=8), nullable=False),
        sa.Column("receipt", sa.LargeBinary(), nullable=True),
        sa.Column("server_seq", sa.Integer(), nullable=True),
        sa.Column("received_at", sa.String(length=64), nullable=True),
        sa.Column("imported_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("envelope_id"),
    )
    with op.batch_alter_table("desk_envelopes", schema=None) as batch_op:
        batch_op.create_index(
            "ix_desk_envelopes_chain", ["device_id", "device_epoch", "device_seq"], unique=False
        )
        batch_op.create_index(
            "ix_desk_envelopes_record", ["record_id", "record_version"], unique=False
        )
    op.create_table(
        "desk_blobs",
        sa.Column("blob_id", sa.String(length=64), nullable=False),
        sa.Column("media_name", sa.String(length=64), nullable=False),
        sa.Column("file_key", sa.LargeBinary(), nullable=False),
        sa.Column("chunk_log2", sa.Integer(), nullable=False),
        sa.Column("length", sa.Integer(), nullable=False),
        sa.Column("size_plain", sa.Integer(), nullable=False),
        sa.Column("sha256_plain", sa.String(length=64), nullable=False),
        sa.Column("stored_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("blob_id"),
        sa.UniqueConstraint("media_name"),
    )
    op.create_table(
        "desk_files",
        sa.Column("envelope_id", sa.String(length=32), nullable=False),
        sa.Column("blob_id", sa.String(length=64), nullable=False),
        sa.Column("evidence_id", sa.String(length=36), nullable=False),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["envelope_id"], ["desk_envelopes.envelope_id"]),
        sa.ForeignKeyConstraint(["blob_id"], ["desk_blobs.blob_id"]),
        sa.PrimaryKeyConstraint("envelope_id", "blob_id"),
    )
    op.create_table(
        "desk_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("envelope_id", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("versions", sa.Integer(), nullable=False),
        sa.Column("folio", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("start_date", sa.String(length=10), nullable=True),
        sa.Column("state_region", sa.Text(), nullable=False),
        sa.Column("municipality", sa.Text(), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("received_at", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["envelope_id"], ["desk_envelopes.envelope_id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("record_id"),
    )
    for column in ("start_date", "state_region", "municipality", "device_id"):
        _index("desk_records", column)
    op.create_table(
        "desk_record_types",
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["record_id"], ["desk_records.record_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("record_id", "code"),
    )
    _index("desk_record_types", "code")
    op.create_table(
        "desk_record_acts",
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("act_id", sa.String(length=36), nullable=False),
        sa.Column("type_of_act", sa.String(length=64), nullable=False),
        sa.Column("start_date", sa.String(length=10), nullable=True),
        sa.ForeignKeyConstraint(["record_id"], ["desk_records.record_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("record_id", "act_id"),
    )
    op.create_table(
        "desk_record_perpetrators",
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("act_id", sa.String(length=36), nullable=False),
        sa.Column("perpetrator_type", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["record_id"], ["desk_records.record_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("record_id", "act_id", "perpetrator_type"),
    )
    _index("desk_record_perpetrators", "perpetrator_type")
    for statement in _search_index() + _guards():
        op.execute(statement)


def _search_index() -> list[str]:
    """Contentless FTS5 over the latest versions (rowid = desk_records.id), filled by the
    service from the snapshot; accent- and case-blind like the field vault's search_index."""
    return [
        "CREATE VIRTUAL TABLE desk_search USING fts5(body, content='', contentless_delete=1, "
        "tokenize='unicode61 remove_diacritics 2')"
    ]


def _guards() -> list[str]:
    """What was received stays as received: no deletion, no rewrite, one receipt at most."""
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _ENVELOPE_FIXED)
    return [
        "CREATE TRIGGER desk_envelopes_append_only_delete BEFORE DELETE ON desk_envelopes "
        + _abort("desk_envelopes is append-only"),
        f"CREATE TRIGGER desk_envelopes_append_only_update BEFORE UPDATE ON desk_envelopes "
        f"WHEN {changed} OR OLD.receipt IS NOT NULL " + _abort("desk_envelopes is append-only"),
    ]


def downgrade() -> None:
    for trigger in ("desk_envelopes_append_only_delete", "desk_envelopes_append_only_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS desk_search")
    for table in (
        "desk_record_perpetrators",
        "desk_record_acts",
        "desk_record_types",
        "desk_records",
        "desk_files",
        "desk_blobs",
        "desk_envelopes",
        "desk_devices",
        "desk_registry_keys",
        "desk_keys",
    ):
        op.drop_table(table)
