"""unlock_s: opening a vault under the default KDF profile, against the KDF alone."""

from __future__ import annotations

import os
import statistics
from dataclasses import asdict
from pathlib import Path

from bench.common import PASSPHRASE, Metric, seconds
from storage.kdf import PROFILES, stretch
from storage.vault import Vault

REPEATS = 5


def run(workdir: Path) -> Metric:
    home = workdir / "unlock-vault"
    Vault.create(home, PASSPHRASE).vault.lock()  # the default profile, as people get it
    params = PROFILES["default"]
    salt = os.urandom(16)
    unlocks, kdf = [], []
    for _ in range(REPEATS):  # interleaved, so a busy moment on the machine hits both
        unlocks.append(seconds(lambda: Vault.unlock(home, PASSPHRASE).lock()))
        kdf.append(seconds(lambda: stretch(PASSPHRASE.encode(), salt, params)))
    unlock_s, kdf_s = statistics.median(unlocks), statistics.median(kdf)
    return Metric(
        value=unlock_s,
        unit=f"s (median of {REPEATS})",
        target="<= 2",
        detail={
            "profile": "default",
            "argon2id": asdict(params),
            "wanted_range_s": "0.5-2.0 (research §4, test 4)",
            "fastest_unlock_s": round(min(unlocks), 3),
            "kdf_only_median_s": round(kdf_s, 3),
            "ratio_unlock_over_kdf": round(unlock_s / kdf_s, 3),
        },
    )
