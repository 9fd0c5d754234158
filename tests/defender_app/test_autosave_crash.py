"""A killed app loses nothing typed more than about two seconds before the kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from storage.vault import Vault
from tests.conftest import PASSPHRASE

TEXT = "Detencion arbitraria de la defensora en Ocosingo"


def test_autosave_survives_a_killed_process(home: Path) -> None:
    Vault.create(home, PASSPHRASE, kdf_profile="fast").vault.lock()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.defender_app.autosave_child", str(home), PASSPHRASE, TEXT],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=Path(__file__).parents[2],
    )
    try:
        assert child.stdout is not None
        typed = [child.stdout.readline() for _ in TEXT.split(" ")]
        assert all(line.startswith("TYPED") for line in typed), typed
        time.sleep(2.0)  # the promise: what was typed two seconds ago is on disk
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        if child.stdout:
            child.stdout.close()
    vault = Vault.unlock(home, PASSPHRASE)
    try:
        titles = [c.title for c in vault.cases.summaries()]
    finally:
        vault.lock()
    assert titles == [TEXT + " "], titles
