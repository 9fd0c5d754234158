"""`vault check`: every layer of integrity, reported as a list of problems (empty: all pass)."""

from __future__ import annotations

from collections.abc import Callable

from storage.evidence import EvidenceService

Report = Callable[[int, int, str], None]


def check_vault(
    engine_problems: list[str], evidence: EvidenceService, report: Report | None = None
) -> list[str]:
    """SQLite and SQLCipher integrity, then each media file's AEAD, hash and custody chain."""
    problems = list(engine_problems)
    ids = evidence.all_ids()
    for done, evidence_id in enumerate(ids, start=1):
        problems += evidence.verify(evidence_id)
        if report:
            report(done, len(ids), evidence_id)
    return problems
