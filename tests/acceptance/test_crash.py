"""Durability under crash (SYNC_SECURITY_RESEARCH.md §4, test 5).

A child process (crash_child.py) adds cases, persons, testimonies and evidence, printing an
ACK after each commit; the parent SIGKILLs it at a random moment. After every kill the vault
must unlock, hold every ACKed record with its exact SHA-256, pass `check()`, and keep no
.part file, no orphan media file and no row without its file. Set CRASH_SEED to replay.
A killed process is not a power cut (the OS still writes its page cache out); that case needs
a VM or LazyFS and is out of reach here.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text

from storage.errors import NotFound
from storage.vault import Vault
from tests.conftest import PASSPHRASE

REPO = Path(__file__).resolve().parents[2]
CHILD = [sys.executable, "-m", "tests.acceptance.crash_child"]
ROUNDS, ROUNDS_SLOW = 20, 200
ROUNDS_PER_VAULT = 10  # a fresh vault now and then keeps check() (it decrypts all media) quick
KILL_AFTER_S = (0.050, 0.900)
READY_TIMEOUT_S = 60
SEED = int(os.environ.get("CRASH_SEED", random.SystemRandom().randrange(1 << 32)))


@dataclass(frozen=True)
class Ack:
    case_id: str
    evidence_id: str
    sha256: str


def parse_acks(lines: list[bytes]) -> list[Ack]:
    """ACK lines the child finished writing; a line cut by the kill promised nothing."""
    acks = []
    for line in lines:
        fields = line.decode().split()
        if line.endswith(b"\n") and len(fields) == 4 and fields[0] == "ACK":
            acks.append(Ack(*fields[1:]))
    return acks


def run_child_until_killed(home: Path, scratch: Path, seed: int, delay: float) -> list[Ack]:
    """Start the child, wait for READY, let it work `delay` seconds, SIGKILL it."""
    with open(scratch / "stderr.txt", "w+b") as stderr:
        child = subprocess.Popen(
            [*CHILD, str(home), str(scratch), str(seed)],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
        )
        assert child.stdin and child.stdout
        child.stdin.write(PASSPHRASE.encode() + b"\n")
        child.stdin.close()
        lines: list[bytes] = []
        ready = threading.Event()

        def collect() -> None:  # a reader thread, so a full pipe never blocks the child
            assert child.stdout
            for line in child.stdout:
                lines.append(line)
                if line == b"READY\n":
                    ready.set()
            ready.set()  # the child is gone: wake the parent either way

        reader = threading.Thread(target=collect)
        reader.start()
        try:
            ready.wait(READY_TIMEOUT_S)
            started = b"READY\n" in lines
            if started:
                time.sleep(delay)  # the randomized kill moment: the point of the test
            alive = child.poll() is None
        finally:
            child.kill()  # SIGKILL: no handler, no atexit, no flush of anything
            child.wait()
            reader.join()
            child.stdout.close()
        stderr.seek(0)
        died = stderr.read().decode(errors="replace")
    assert started and alive, f"seed {SEED}: the child stopped by itself:\n{died}"
    return parse_acks(lines)


def vault_problems(home: Path, acks: list[Ack]) -> list[str]:
    """Everything wrong with the vault after a crash; empty when every promise was kept."""
    vault = Vault.unlock(home, PASSPHRASE)
    try:
        problems = vault.check()
        for ack in acks:
            try:
                vault.cases.get(ack.case_id)
                item = vault.evidence.get(ack.evidence_id)
            except NotFound as exc:
                problems.append(f"ACKed but lost: {exc}")
                continue
            if (item.case_id, item.sha256) != (ack.case_id, ack.sha256):
                problems.append(f"evidence {ack.evidence_id} is not what was ACKed")
        with vault.db.reading() as s:
            rows = s.execute(text("SELECT media_name FROM evidence WHERE media_name IS NOT NULL"))
            named = set(rows.scalars())
        # (what no row names is set aside in media/unreferenced, never left in media/)
        on_disk = {p.name for p in vault.paths.media.iterdir() if p.is_file()}
        problems += [f"left after unlock: {n}" for n in sorted(on_disk - named)]
        problems += [f"row without its media file: {n}" for n in sorted(named - on_disk)]
    finally:
        vault.lock()
    return problems


def kill_rounds(root: Path, rounds: int) -> None:
    rng = random.Random(SEED)
    acked: list[Ack] = []
    home = root / "home-0"
    for round_no in range(rounds):
        if round_no % ROUNDS_PER_VAULT == 0:
            home = root / f"home-{round_no}"
            Vault.create(home, PASSPHRASE, kdf_profile="fast").vault.lock()
            acked = []
        scratch = root / f"scratch-{round_no}"
        scratch.mkdir()
        delay = rng.uniform(*KILL_AFTER_S)
        acked += run_child_until_killed(home, scratch, rng.randrange(1 << 32), delay)
        problems = vault_problems(home, acked)
        assert problems == [], f"seed {SEED} (CRASH_SEED to replay), round {round_no}: {problems}"
    assert acked, f"seed {SEED}: no child got as far as one ACK; the test tested nothing"


def test_every_acked_record_survives_sigkill(tmp_path: Path) -> None:
    kill_rounds(tmp_path, ROUNDS)


@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_every_acked_record_survives_sigkill_many(tmp_path: Path) -> None:
    kill_rounds(tmp_path, ROUNDS_SLOW)


def test_the_judge_catches_a_lost_file_and_a_lost_record(home: Path, tmp_path: Path) -> None:
    """Negative control: the same checks do fail when a promise is broken."""
    vault = Vault.create(home, PASSPHRASE, kdf_profile="fast").vault
    case = vault.cases.create(title="Caso").value
    (tmp_path / "f.bin").write_bytes(os.urandom(5000))
    item = vault.evidence.import_file(case.id, tmp_path / "f.bin").value.evidence
    vault.lock()
    kept = Ack(case.id, item.id, item.sha256)
    assert vault_problems(home, [kept]) == []
    never_stored = Ack(case.id, "00000000-0000-4000-8000-000000000000", item.sha256)
    wrong_hash = Ack(case.id, item.id, "0" * 64)
    (media,) = (home / "media").iterdir()
    media.unlink()
    problems = vault_problems(home, [kept, never_stored, wrong_hash])
    assert any("media file missing" in p for p in problems), problems
    assert any("row without its media file" in p for p in problems), problems
    assert any("ACKed but lost" in p for p in problems), problems
    assert any("not what was ACKed" in p for p in problems), problems
