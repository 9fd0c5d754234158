"""The relay is killed mid-PATCH and restarted: the upload resumes from the durable offset."""

from __future__ import annotations

import hashlib
import threading
import time
from pathlib import Path

from sqlalchemy import select

from registry.models import Upload
from storage.outbox import OutboxService
from storage.vault import Vault
from sync.client import SyncResult, enroll
from sync.enrollment import EnrollCode
from sync.protocol import fingerprint
from tests.sync.harness import FaultProxy, relay_process_handle
from tests.sync.helpers import final_case, quick_client, random_file, relay_counts

MIB = 1 << 20


def test_a_relay_killed_mid_upload_loses_nothing(
    vault: Vault, outbox: OutboxService, tmp_path: Path
) -> None:
    with relay_process_handle(tmp_path / "r") as relay:
        port = int(relay.url.rsplit(":", 1)[1])
        proxy = FaultProxy(port, rate=8 * MIB).start()
        try:
            code = EnrollCode(
                proxy.url, fingerprint(relay.core.keys.org_root_pk), relay.core.issue_enroll_token()
            )
            enroll(code.to_text(), outbox)
            final_case(vault, "caida", blobs=[random_file(tmp_path / "v.bin", 20 * MIB)])
            (envelope,) = outbox.pending()
            blob_id = envelope.blobs[0].blob_id
            results: list[SyncResult | BaseException] = []

            def sync() -> None:
                try:
                    results.append(quick_client(outbox, max_failures=400).run())
                except BaseException as exc:
                    results.append(exc)

            worker = threading.Thread(target=sync)
            worker.start()
            offset, deadline = 0, time.monotonic() + 60
            while offset < 6 * MIB and time.monotonic() < deadline:
                time.sleep(0.05)
                with relay.core.db.reading() as s:
                    offset = max([u.offset for u in s.scalars(select(Upload))] or [0])
            relay.kill()
            assert 6 * MIB <= offset < 20 * MIB
            time.sleep(0.5)
            relay.restart()
            worker.join(120)
        finally:
            proxy.stop()
        assert len(results) == 1 and isinstance(results[0], SyncResult), results
        stored = relay.core.store.path(blob_id)
        assert hashlib.sha256(stored.read_bytes()).hexdigest() == blob_id
        assert relay_counts(relay.core) == {"envelopes": 1, "receipts": 1, "blobs": 1}
        assert outbox.counts().waiting == 0
        assert proxy.bytes_from_client <= 1.25 * envelope.blobs[0].length
