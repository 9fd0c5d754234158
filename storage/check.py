"""`vault check`: every layer of integrity, reported as a list of problems (empty: all pass)."""

from __future__ import annotations

from collections.abc import Callable

from storage.errors import DamagedDatabase
from storage.evidence import EvidenceService

Report = Callable[[int, int, str], None]


def check_vault(
    engine_problems: list[str], evidence: EvidenceService, report: Report | None = None
) -> list[str]:
    """SQLite and SQLCipher integrity, then each media file's AEAD, hash and custody chain."""
    problems = list(engine_problems)
    try:
        ids = evidence.all_ids()
    except DamagedDatabase as exc:  # the evidence table itself is unreadable
        return [*problems, f"evidence list: {exc}"]
    for done, evidence_id in enumerate(ids, start=1):
        try:
            problems += evidence.verify(evidence_id)
        except DamagedDatabase as exc:
            problems.append(f"evidence {evidence_id}: {exc}")
        if report:
            report(done, len(ids), evidence_id)
    return problems
