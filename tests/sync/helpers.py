"""Records to sync, enrollment against a test relay, and a look into the relay's database."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from registry.models import Blob, Envelope, Receipt
from registry.relay import Relay as RelayCore
from storage.outbox import OutboxService
from storage.vault import Vault
from sync.client import SyncClient, enroll
from sync.enrollment import EnrollCode
from sync.protocol import fingerprint
from sync.retry import Backoff
from tests.conftest import make_jpeg
from tests.sync.harness import Relay


def core(relay: Relay) -> RelayCore:
    core_relay: RelayCore = relay.server.config.app.state.relay  # type: ignore[attr-defined]
    return core_relay


def enrollment_code(relay: Relay, url: str | None = None) -> str:
    c = core(relay)
    return EnrollCode(
        url or relay.url, fingerprint(c.keys.org_root_pk), c.issue_enroll_token()
    ).to_text()


def enroll_device(
    relay: Relay, outbox: OutboxService, url: str | None = None, code: str | None = None
) -> str:
    """Enroll with `code` (e.g. one the registry desk issued, with its desk key), or else
    with a code around a token the relay made itself, as `defender-registry enroll-token`."""
    code = code or enrollment_code(relay, url)
    return enroll(code, outbox, label="test laptop", backoff=Backoff(base=0.01, cap=0.2))


def final_case(
    vault: Vault,
    marker: str = "",
    photos: list[Path] | None = None,
    blobs: list[Path] = (),  # type: ignore[assignment]
) -> str:
    """A finalized case whose text carries `marker`, with photos or other files attached."""
    case = vault.cases.create(title=f"Detención {marker}", description=f"Relato {marker}").value
    person = vault.persons.create(case_id=case.id, role="victim", name=f"Juana {marker}").value
    vault.testimonies.add(case.id, person.id, narrative=f"Testimonio {marker}")
    for path in [*(photos or []), *blobs]:
        vault.evidence.import_file(case.id, path)
    vault.cases.finalize(case.id)
    return case.id


def photo(tmp: Path, name: str, marker: str = "", size: tuple[int, int] = (320, 240)) -> Path:
    return make_jpeg(tmp / name, size=size, exif_fields={"ImageDescription": marker or "x"})


def random_file(path: Path, size: int) -> Path:
    with open(path, "wb") as f:
        left = size
        while left:
            block = os.urandom(min(left, 1 << 20))
            f.write(block)
            left -= len(block)
    return path


def quick_client(outbox: OutboxService, **kwargs: Any) -> SyncClient:
    """A client whose backoff is milliseconds, so tests of faults stay fast."""
    kwargs.setdefault("backoff", Backoff(base=0.01, cap=0.2))
    kwargs.setdefault("max_failures", 50)
    return SyncClient(outbox, **kwargs)


def relay_counts(relay: Relay | RelayCore) -> dict[str, int]:
    relay_core = relay if isinstance(relay, RelayCore) else core(relay)
    with relay_core.db.transaction() as s:
        return {
            "envelopes": int(s.scalar(select(func.count()).select_from(Envelope)) or 0),
            "receipts": int(s.scalar(select(func.count()).select_from(Receipt)) or 0),
            "blobs": int(s.scalar(select(func.count()).select_from(Blob)) or 0),
        }
