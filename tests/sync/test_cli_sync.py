"""`defender enroll CODE` and `defender sync` as a person runs them: messages and exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.sync.harness import Relay
from tests.sync.helpers import core, enrollment_code, final_case, relay_counts

REPO = Path(__file__).parents[2]


def _defender(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: PLW1510 - the exit code is what the test checks
        [sys.executable, "-m", "tests.sync.cli_harness", args[0], "--home", str(home), *args[1:]],
        cwd=REPO,
        env={**os.environ, "DEFENDER_TEST_PASSPHRASE": PASSPHRASE},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_enroll_then_sync_exits_zero_only_when_everything_is_delivered(
    vault: Vault, relay: Relay
) -> None:
    home = vault.paths.home
    final_case(vault, "cli")  # finalized before enrollment: queued unsealed
    vault.lock()
    not_enrolled = _defender(home, "sync")
    assert not_enrolled.returncode == 1 and "not enrolled" in not_enrolled.stderr
    bad = _defender(home, "enroll", "DFND1-NOTACODE")
    assert bad.returncode == 1 and "Enrollment failed" in bad.stderr
    assert _defender(home, "sync", "--status").returncode == 1
    enrolled = _defender(home, "enroll", enrollment_code(relay))
    assert enrolled.returncode == 0, enrolled.stderr
    assert "1 finalized record(s) are queued" in enrolled.stdout
    status = _defender(home, "sync", "--status")  # what the defender reads to the desk by phone
    assert status.returncode == 0, status.stderr
    [line] = [x for x in status.stdout.splitlines() if x.startswith("Key fingerprint: ")]
    assert line in enrolled.stdout.splitlines()
    groups = line.removeprefix("Key fingerprint: ").split(" (")[0].split()
    assert len(groups) == 16 and all(len(g) == 4 for g in groups)
    assert "0 delivered with a verified receipt; 1 waiting." in status.stdout
    assert relay_counts(relay)["envelopes"] == 0  # --status sends nothing
    synced = _defender(home, "sync")
    assert synced.returncode == 0, synced.stderr
    assert "every record has a verified receipt" in synced.stdout
    assert relay_counts(relay)["receipts"] == 1


def test_sync_exits_nonzero_with_a_clear_message_when_revoked(vault: Vault, relay: Relay) -> None:
    home = vault.paths.home
    vault.lock()
    assert _defender(home, "enroll", enrollment_code(relay)).returncode == 0
    again = Vault.unlock(home, PASSPHRASE)
    try:
        final_case(again, "revocado")
        from defender_app.sync_wiring import install_sync

        identity = install_sync(again).identity()
        assert identity is not None
    finally:
        again.lock()
    core(relay).revoke(identity.device_id.hex())
    result = _defender(home, "sync")
    assert result.returncode == 1 and "revoked this device" in result.stderr
    assert relay_counts(relay)["envelopes"] == 0


def test_sync_exits_nonzero_when_the_relay_is_down(vault: Vault, relay: Relay) -> None:
    home = vault.paths.home
    vault.lock()
    assert _defender(home, "enroll", enrollment_code(relay)).returncode == 0
    relay.server.should_exit = True
    relay.thread.join(10)
    result = _defender(home, "sync", "--max-failures", "2")
    assert result.returncode == 1 and "could not be reached" in result.stderr
