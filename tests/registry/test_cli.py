"""`defender-registry init | enroll-token | revoke | status` on a real data directory."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import zxingcpp
from PIL import Image

from sync.enrollment import parse_code
from sync.protocol import fingerprint

REPO = Path(__file__).parents[2]


def _registry(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: PLW1510 - the exit code is what the test checks
        [sys.executable, "-m", "registry.cli", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_init_enroll_token_revoke_status(tmp_path: Path) -> None:
    data = tmp_path / "relay"
    init = _registry("init", "--data", str(data), "--url", "https://relay.example.org/")
    assert init.returncode == 0, init.stderr
    root_pk = (data / "keys" / "org_root.pub").read_bytes()
    printed = init.stdout.split("fingerprint: ")[1].splitlines()[0].replace(" ", "")
    assert printed == fingerprint(root_pk).hex()
    offline = data / "offline"
    assert {p.name for p in offline.iterdir()} >= {"org_root.key", "registry_sealing.key"}
    for key in (offline / "registry_sealing.key", data / "keys" / "server_signing.key"):
        assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert _registry("init", "--data", str(data)).returncode == 1  # never overwrites keys

    qr = tmp_path / "code.png"
    token = _registry("enroll-token", "--data", str(data), "--qr", str(qr))
    assert token.returncode == 0, token.stderr
    text = next(line for line in token.stdout.splitlines() if line.startswith("DFND1-"))
    code = parse_code(text)
    assert code.url == "https://relay.example.org" and code.org_fingerprint == fingerprint(root_pk)
    (scanned,) = zxingcpp.read_barcodes(Image.open(qr).convert("L"))
    assert parse_code(scanned.text) == code
    assert stat.S_IMODE(os.stat(qr).st_mode) == 0o600

    assert _registry("revoke", "--data", str(data), "00" * 16).returncode == 1
    status = _registry("status", "--data", str(data))
    assert status.returncode == 0 and "Devices: 0 active, 0 revoked" in status.stdout
