"""Delivered means a verified receipt; damaged local media is flagged, never dropped."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text

import registry.relay
from registry.relay import sign_receipt
from storage.outbox import OutboxService
from storage.vault import Vault
from sync.client import Rejected
from sync.protocol import ReceiptBody
from tests.sync.harness import Relay
from tests.sync.helpers import final_case, quick_client, random_file, relay_counts


def _undelivered_without_receipt(vault: Vault) -> int:
    with vault.db.reading() as s:
        return int(
            s.scalar(
                text(
                    "SELECT count(*) FROM sync_outbox WHERE state = 'delivered' AND "
                    "envelope_id NOT IN (SELECT envelope_id FROM sync_receipts)"
                )
            )
            or 0
        )


@pytest.mark.parametrize("forgery", ["other-key", "other-hash", "other-blobs"])
def test_a_relay_sending_bad_receipts_delivers_nothing(
    vault: Vault,
    enrolled: OutboxService,
    relay: Relay,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    forgery: str,
) -> None:
    genuine = registry.relay.sign_receipt

    def forge(body: ReceiptBody, seed: bytes) -> bytes:
        if forgery == "other-key":
            return sign_receipt(body, os.urandom(32))
        if forgery == "other-hash":
            return genuine(replace(body, envelope_hash=os.urandom(32)), seed)
        return genuine(replace(body, blobs=()), seed)

    monkeypatch.setattr(registry.relay, "sign_receipt", forge)
    final_case(vault, "recibo", blobs=[random_file(tmp_path / "a.bin", 5000)])
    with pytest.raises(Rejected):
        quick_client(enrolled).run()
    assert enrolled.counts().delivered == 0 and enrolled.counts().pending == 1
    assert relay_counts(relay)["receipts"] == 1  # the relay thinks it issued one
    assert _undelivered_without_receipt(vault) == 0


def test_damaged_local_media_is_flagged_and_kept(
    vault: Vault, enrolled: OutboxService, relay: Relay, tmp_path: Path
) -> None:
    case_id = final_case(vault, "danado", blobs=[random_file(tmp_path / "a.bin", 300_000)])
    (evidence,) = vault.evidence.for_case(case_id)
    path = enrolled.blob_file(evidence.blob_id or "")
    assert path is not None
    data = bytearray(path.read_bytes())
    data[1000] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(Rejected, match="damaged"):
        quick_client(enrolled).run()
    assert enrolled.counts().rejected == 1 and enrolled.counts().delivered == 0
    assert path.exists() and vault.cases.get(case_id).state == "final"
    assert relay_counts(relay)["blobs"] == 0
