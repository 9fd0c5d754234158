"""Importing and verifying a large file streams it: peak memory stays far below the file size.

The work runs in a child process so that its peak RSS is its own, not pytest's history.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
PEAK_RSS_LIMIT_MB = 200
MiB = 1 << 20

# Runs in the child: import and verify one file, then report sizes and peak RSS as JSON.
# The peak is VmHWM where there is one: Linux's ru_maxrss would include the resident set
# pytest had when it forked the child, so a child of a big pytest would look big.
_CHILD = """
import json, resource, sys
from pathlib import Path
from storage.vault import Vault

def peak_mb():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

home, source = Path(sys.argv[1]), Path(sys.argv[2])
vault = Vault.create(home, "a passphrase for memory tests", kdf_profile="fast").vault
before_mb = peak_mb()
case = vault.cases.create(title="Video largo").value
item = vault.evidence.import_file(case.id, source).value.evidence
problems = vault.evidence.verify(item.id)
vault.lock()
print(json.dumps({
    "size": item.size_bytes,
    "problems": problems,
    "before_mb": before_mb,
    "peak_mb": peak_mb(),
}))
"""


def import_in_child(tmp_path: Path, size: int) -> dict[str, Any]:
    source = tmp_path / "video.mp4"
    with open(source, "wb") as f:
        f.truncate(size)  # sparse: no disk space, yet every byte is read and encrypted
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tmp_path / "home"), str(source)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout)
    assert report["size"] == size and report["problems"] == [], report
    os.unlink(source)
    return report


def test_importing_256_mib_stays_under_the_memory_bound(tmp_path: Path) -> None:
    # Larger than the bound itself: reading the file whole could not pass.
    report = import_in_child(tmp_path, 256 * MiB)
    assert report["peak_mb"] < PEAK_RSS_LIMIT_MB, report


@pytest.mark.slow
def test_importing_2_gb_stays_under_the_memory_bound(tmp_path: Path) -> None:
    report = import_in_child(tmp_path, 2048 * MiB)
    assert report["peak_mb"] < PEAK_RSS_LIMIT_MB, report
