"""`python -m bench`: run every benchmark, write bench/results.json and print it.

Figures are informative, never pass/fail: each comes with its target and, where one exists,
a baseline measured in the same run, because a shared 2-core machine is noisy.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from bench import insert, photos, search, unlock
from bench import sync as sync_bench
from bench.common import Metric
from bench.documents import bench_documents

RESULTS = Path(__file__).with_name("results.json")


def _groups(workdir: Path) -> dict[str, Callable[[], dict[str, Metric]]]:
    def photo_metrics() -> dict[str, Metric]:
        speed, memory = photos.run(workdir)
        return {"import_photos_per_s": speed, "import_peak_rss_mb": memory}

    def document_metrics() -> dict[str, Metric]:
        per_type = bench_documents()["document_render_ms"]
        slowest = max(per_type.values())
        return {"document_render_ms": Metric(slowest, "ms", "<= 300", {"per_type_ms": per_type})}

    return {
        "documents": document_metrics,
        "sync": lambda: sync_bench.run(workdir),
        "insert": lambda: {"vault_insert_ratio_vs_sqlite": insert.run(workdir)},
        "search": lambda: {"search_p95_ms_10k": search.run(workdir)},
        "photos": photo_metrics,
        "unlock": lambda: {"unlock_s": unlock.run(workdir)},
        "2gb": lambda: {"import_2gb_peak_rss_mb": photos.run_2gb(workdir)},
    }


def _machine() -> dict[str, object]:
    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        conn.close()
    return {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlcipher3.sqlite_version,
        "sqlcipher": cipher,
    }


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--only", nargs="*", help="run only these groups", default=None)
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    metrics: dict[str, dict[str, object]] = {}
    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="defender-bench-") as tmp:
        for name, run in _groups(Path(tmp)).items():
            if args.only is not None and name not in args.only:
                continue
            group_start = time.perf_counter()
            for metric_name, metric in run().items():
                metrics[metric_name] = metric.to_json()
            timings[name] = round(time.perf_counter() - group_start, 1)
    # Figures not measured in this run (other groups, or `make package`'s bundle size and cold
    # start) are kept from the previous file rather than lost.
    if args.output.exists():
        previous = json.loads(args.output.read_text(encoding="utf-8")).get("metrics", {})
        metrics = {**previous, **metrics}
    results = {
        "generated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": _machine(),
        "metrics": metrics,
        "seconds_per_group": timings,
        "total_s": round(time.perf_counter() - started, 1),
    }
    text = json.dumps(results, indent=2, ensure_ascii=False)
    args.output.write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main(sys.argv[1:])
