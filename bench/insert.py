"""vault_insert_ratio_vs_sqlite: one case per transaction, encrypted vault against plain SQLite."""

from __future__ import annotations

import random
from pathlib import Path

from bench.common import PASSPHRASE, Metric, seconds, spanish_text
from bench.plain import plain_database
from storage.cases import CaseService
from storage.vault import Vault

CASES = 600
BLOCKS = 6  # alternate the two sides so a noisy moment hurts both alike


def _insert(cases: CaseService, count: int, rng: random.Random) -> None:
    for _ in range(count):
        cases.create(title=spanish_text(rng, 60), description=spanish_text(rng, 400))


def run(workdir: Path) -> Metric:
    vault = Vault.create(workdir / "insert-vault", PASSPHRASE, kdf_profile="fast").vault
    plain = plain_database(workdir / "insert-plain.db")
    sides = {"vault": vault.cases, "plain": CaseService(plain)}
    totals = dict.fromkeys(sides, 0.0)
    try:
        for block in range(BLOCKS):
            for name, service in sides.items():
                rng = random.Random(block)  # the same text on both sides
                totals[name] += seconds(lambda s=service, r=rng: _insert(s, CASES // BLOCKS, r))
    finally:
        vault.lock()
        plain.close()
    return Metric(
        value=totals["plain"] / totals["vault"],
        unit="plain time / vault time",
        target=">= 0.5",
        detail={
            "cases_each_side": CASES,
            "vault_ms_per_case": round(totals["vault"] / CASES * 1000, 3),
            "plain_ms_per_case": round(totals["plain"] / CASES * 1000, 3),
        },
    )
