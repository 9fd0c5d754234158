"""Chain of custody: append-only, each entry's hash covers the previous entry's hash.

Each evidence item has its own chain, starting from a genesis hash bound to the item's id, so
the registry can verify one item's history without the rest of the vault.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.clock import utc_now
from storage.orm import CustodyRow
from storage.records import CustodyEntry, from_row

# DOMAIN.md §1.2.4
ACTIONS = (
    "collected",
    "received",
    "transferred",
    "copied",
    "accessed",
    "verified",
    "exported",
    "sealed",
    "returned",
    "destroyed",
)


def genesis_hash(evidence_id: str) -> str:
    return hashlib.sha256(f"defender-custody-v1:{evidence_id}".encode()).hexdigest()


def entry_hash(
    prev_hash: str, evidence_id: str, action: str, at_utc: str, body: Mapping[str, Any]
) -> str:
    canonical = json.dumps(
        {"prev": prev_hash, "evidence": evidence_id, "action": action, "at": at_utc, "body": body},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def append_custody(
    session: Session, evidence_id: str, action: str, body: Mapping[str, Any]
) -> CustodyEntry:
    """Add the next link of the item's chain."""
    assert action in ACTIONS, action
    last = session.scalars(
        select(CustodyRow.entry_hash)
        .where(CustodyRow.evidence_id == evidence_id)
        .order_by(CustodyRow.seq.desc())
        .limit(1)
    ).first()
    prev = last or genesis_hash(evidence_id)
    at = utc_now()
    row = CustodyRow(
        evidence_id=evidence_id,
        action=action,
        at_utc=at,
        body=dict(body),
        prev_hash=prev,
        entry_hash=entry_hash(prev, evidence_id, action, at, body),
    )
    session.add(row)
    session.flush()
    return from_row(CustodyEntry, row)


def custody_entries(session: Session, evidence_id: str) -> list[CustodyEntry]:
    rows = session.scalars(
        select(CustodyRow).where(CustodyRow.evidence_id == evidence_id).order_by(CustodyRow.seq)
    )
    return [from_row(CustodyEntry, r) for r in rows]


def broken_links(entries: list[CustodyEntry]) -> list[int]:
    """Sequence numbers of entries whose hash or link does not verify (empty: intact)."""
    bad: list[int] = []
    if not entries:
        return bad
    prev = genesis_hash(entries[0].evidence_id)
    for e in entries:
        expected = entry_hash(prev, e.evidence_id, e.action, e.at_utc, e.body)
        if e.prev_hash != prev or e.entry_hash != expected:
            bad.append(e.seq)
        prev = e.entry_hash
    return bad
