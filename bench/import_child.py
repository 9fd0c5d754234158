"""Child process of the import benchmarks: `python -m bench.import_child HOME FILE...`.

Prints one JSON line: the import's wall time and this process's peak RSS before and after.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from bench.common import PASSPHRASE, peak_rss_mb
from storage.vault import Vault


def main(home: Path, files: list[Path]) -> None:
    vault = Vault.create(home, PASSPHRASE, kdf_profile="fast").vault
    case = vault.cases.create(title="Fotos de la asamblea").value
    before = peak_rss_mb()
    start = time.perf_counter()
    results = vault.evidence.import_files(case.id, files)
    elapsed = time.perf_counter() - start
    vault.lock()
    failed = [str(r) for r in results if isinstance(r, Exception)]
    if failed:
        raise SystemExit(f"imports failed: {failed}")
    print(json.dumps({"seconds": elapsed, "before_mb": before, "peak_mb": peak_rss_mb()}))


if __name__ == "__main__":
    main(Path(sys.argv[1]), [Path(a) for a in sys.argv[2:]])
