"""Enroll, finalize, sync: text first, then media; delivered only with a verified receipt."""

from __future__ import annotations

import hashlib
from pathlib import Path

from storage.outbox import OutboxService
from storage.vault import Vault
from tests.sync.harness import Relay
from tests.sync.helpers import core, final_case, photo, quick_client, relay_counts


def test_finalized_cases_are_delivered_with_verified_receipts(
    vault: Vault, enrolled: OutboxService, relay: Relay, tmp_path: Path
) -> None:
    text_only = final_case(vault, "uno")
    with_photos = final_case(
        vault, "dos", photos=[photo(tmp_path, "a.jpg"), photo(tmp_path, "b.jpg", size=(900, 700))]
    )
    assert enrolled.counts().pending == 2
    result = quick_client(enrolled).run()
    assert result.delivered == 2 and result.blobs_uploaded == 2
    assert enrolled.counts().waiting == 0 and enrolled.counts().delivered == 2
    assert relay_counts(relay) == {"envelopes": 2, "receipts": 2, "blobs": 2}
    for evidence in vault.evidence.for_case(with_photos):
        stored = core(relay).store.path(evidence.blob_id or "")
        assert hashlib.sha256(stored.read_bytes()).hexdigest() == evidence.blob_id
    assert text_only in {c.id for c in vault.cases.summaries()}
    again = quick_client(enrolled).run()  # nothing left: no request needed beyond sign-in
    assert again.delivered == 0 and relay_counts(relay)["envelopes"] == 2
