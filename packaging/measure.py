"""Measure the frozen bundle: its size, and the time from launch to the unlock window.

    .venv/bin/python packaging/measure.py [--bundle dist/defender] [--runs 5]
                                          [--results bench/results.json ...]

Cold start: the page cache is dropped before each timed launch when this runs as root on Linux
(as on an old laptop switched on that morning); otherwise the launches are warm and the result
says so. The launch is `defender-app --home TMP --startup-probe` on a throwaway vault (fast key
derivation, erased afterwards): the app prints `DEFENDER_SHOWN <epoch> <view>` when its first
window is painted and quits; the figure is that time minus the time just before the launch.
The Qt platform is whatever the environment says (offscreen when there is no display).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from defender_app.selftest import SHOWN_MARK  # noqa: E402
from storage.vault import Vault  # noqa: E402

SIZE_TARGET_MB = 250
START_TARGET_S = 2.0


def bundle_bytes(bundle: Path) -> int:
    return sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())


def drop_page_cache() -> bool:
    """Empty the OS file cache so the next launch reads the bundle from disk (root only)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def launch_to_window(program: Path, home: Path, env: dict[str, str]) -> tuple[float, str]:
    """Seconds from launch until the first window is painted, and which view it showed."""
    started = time.time()
    done = subprocess.run(
        [str(program), "--home", str(home), "--startup-probe"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    for line in done.stdout.splitlines():
        if line.startswith(SHOWN_MARK):
            _mark, shown, view = line.split()
            return float(shown) - started, view
    raise SystemExit(
        f"{program} did not report its window (exit {done.returncode}):\n"
        f"{done.stdout}\n{done.stderr}"
    )


def _metric(value: float, unit: str, target: str, detail: dict[str, Any]) -> dict[str, Any]:
    """The shape of bench.common.Metric.to_json(), so bench/results.json stays uniform."""
    op, bound = target.split()
    meets = value <= float(bound) if op == "<=" else value >= float(bound)
    return {"value": value, "unit": unit, "target": target, "detail": detail, "meets_target": meets}


def measure(bundle: Path, runs: int) -> dict[str, dict[str, Any]]:
    """Bundle size and median start to the unlock window, as bench metrics."""
    program = bundle / ("defender-app.exe" if os.name == "nt" else "defender-app")
    env = dict(os.environ)
    if sys.platform.startswith("linux") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    workdir = Path(tempfile.mkdtemp(prefix="defender-measure-"))
    home = workdir / "vault"
    cold: list[float] = []
    warm: list[float] = []
    views: set[str] = set()
    try:
        Vault.create(home, secrets.token_urlsafe(18), kdf_profile="fast").vault.lock()
        for _ in range(runs):
            dropped = drop_page_cache()
            seconds, view = launch_to_window(program, home, env)
            (cold if dropped else warm).append(seconds)
            views.add(view)
            seconds, view = launch_to_window(program, home, env)  # straight after: warm
            warm.append(seconds)
            views.add(view)
    finally:
        Vault.erase(home)
        shutil.rmtree(workdir, ignore_errors=True)
    if views != {"UnlockView"}:
        raise SystemExit(f"expected the unlock window, the app showed {sorted(views)}")
    size = bundle_bytes(bundle)
    machine = {
        "system": f"{platform.system()} {platform.machine()}",
        "cpus": os.cpu_count(),
        "load_average_1min": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
        "qt_platform": env.get("QT_QPA_PLATFORM", "default"),
    }
    start = statistics.median(cold or warm)
    return {
        "bundle_size_mb": _metric(
            round(size / 1e6, 1),
            "MB",
            f"<= {SIZE_TARGET_MB}",
            {
                "bundle": bundle.name,
                "bytes": size,
                "files": sum(1 for p in bundle.rglob("*") if p.is_file()),
            },
        ),
        "frozen_cold_start_s": _metric(
            round(start, 3),
            "s",
            f"<= {START_TARGET_S}",
            {
                "page_cache_dropped": bool(cold),
                "cold_runs_s": [round(s, 3) for s in cold],
                "warm_runs_s": [round(s, 3) for s in warm],
                "warm_median_s": round(statistics.median(warm), 3),
                "to": "unlock window first painted (defender-app --startup-probe)",
                **machine,
            },
        ),
    }


def merge_into(results: Path, metrics: dict[str, dict[str, Any]]) -> None:
    """Set our metrics in a bench results file, keeping every other figure in it."""
    data = json.loads(results.read_text(encoding="utf-8")) if results.exists() else {}
    data.setdefault("metrics", {}).update(metrics)
    tmp = results.with_name(results.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, results)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "defender")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--results",
        type=Path,
        action="append",
        default=[],
        help="a bench results JSON file to set the figures in (may be repeated)",
    )
    args = parser.parse_args(argv)
    metrics = measure(args.bundle, max(1, args.runs))
    sys.stdout.write(json.dumps(metrics, indent=2) + "\n")
    for results in args.results:
        merge_into(results, metrics)
    for name, metric in metrics.items():
        if not metric["meets_target"]:
            sys.stderr.write(f"over target: {name} = {metric['value']} ({metric['target']})\n")
    return 0  # a benchmark reports; it does not fail the build


if __name__ == "__main__":
    sys.exit(main())
