"""The process test_crash.py kills: it adds records and evidence to a vault until SIGKILLed.

    python -m tests.acceptance.crash_child HOME SCRATCH SEED  (passphrase on stdin)

Prints READY once the vault is open, then, after each import has committed,
`ACK <case id> <evidence id> <sha256 of the file>` — flushed, so every line the parent reads
is a promise the vault must keep after the kill.
"""

from __future__ import annotations

import hashlib
import itertools
import random
import sys
from pathlib import Path

from storage.vault import Vault

SMALL_MAX = 64 * 1024
LARGE = (1 << 20) - 100, (1 << 20) + 300_000  # across the first 1 MiB chunk boundary


def file_size(rng: random.Random) -> int:
    """Mostly small files; now and then one large enough to be caught while being sealed."""
    return rng.randint(*LARGE) if rng.random() < 0.08 else rng.randint(1, SMALL_MAX)


def run(home: Path, scratch: Path, seed: int, passphrase: str) -> None:
    rng = random.Random(seed)
    vault = Vault.unlock(home, passphrase)
    print("READY", flush=True)
    for n in itertools.count():
        case = vault.cases.create(title=f"Caso {seed}-{n}", description="Detención. " * 20).value
        person = vault.persons.create(case_id=case.id, role="victim", name=f"Persona {n}").value
        vault.testimonies.add(case.id, person.id, narrative="Testimonio de la comunidad. " * 50)
        data = rng.randbytes(file_size(rng))
        source = scratch / f"source-{n}.bin"
        source.write_bytes(data)
        item = vault.evidence.import_file(case.id, source).value.evidence
        print(f"ACK {case.id} {item.id} {hashlib.sha256(data).hexdigest()}", flush=True)
        source.unlink()


if __name__ == "__main__":
    run(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), sys.stdin.readline().rstrip("\n"))
