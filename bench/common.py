"""What every benchmark shares: a result shape, timing, a child-process runner, test text."""

from __future__ import annotations

import itertools
import json
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
PASSPHRASE = "benchmark passphrase, not for real use"


@dataclass(frozen=True)
class Metric:
    """One figure with its target; informative, never pass/fail."""

    value: float
    unit: str
    target: str  # e.g. ">= 0.5"
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def meets_target(self) -> bool:
        op, bound = self.target.split()
        return self.value >= float(bound) if op == ">=" else self.value <= float(bound)

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "value": round(self.value, 4), "meets_target": self.meets_target}


def seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile: the value below which `pct` % of the samples fall."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def peak_rss_mb() -> float:
    """This process's own peak resident set, in MB.

    Linux's ru_maxrss counts the parent's resident set at fork time too (a child forked from
    a 400 MB parent reports 400 MB at its first line), so prefer VmHWM, the high-water mark
    of the process's current address space, which starts afresh at exec.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024


def run_child(module: str, *args: str) -> dict[str, Any]:
    """Run `python -m bench.<module> args…` and return the JSON it prints last."""
    done = subprocess.run(
        [sys.executable, "-m", f"bench.{module}", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"bench.{module} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# Spanish as a Zipf distribution: function words first (in nearly every testimony), then the
# words of the trade (in a fifth or so), then a long tail of generated words (names of places,
# people and things, each in a handful). A flat 200-word vocabulary would make every word
# common and every search slow, which is not what a real archive looks like.
_FUNCTION = (
    "de la que el en y a los se del las un por con no una su para es al lo como más pero sus le "
    "ya o fue este ha sí porque esta son entre cuando muy sin sobre también me hasta hay donde "
    "quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí "
    "antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos"
)
_CONTENT = (
    "llegaron hombres armados policía municipal comunidad ejido milpa casa noche madrugada "
    "camioneta patrulla detuvieron golpearon amenazaron dijeron llevaron desaparecido "
    "desaparecida familia hijo hija esposo esposa hermano hermana tierra territorio agua río "
    "cerro camino carretera escuela iglesia asamblea comisariado agente ministerio público "
    "fiscalía denuncia amparo defensora defensor derechos humanos organización acompañamiento "
    "detención arbitraria tortura desplazamiento forzado desalojo incendio quemaron cosecha "
    "ganado disparos balazos heridos lesiones hospital médico clínica miedo amenazas mensajes "
    "teléfono vigilancia seguimiento hostigamiento criminalización difamación radio "
    "comunitaria periodista mina minera empresa proyecto presa eólico autopista concesión "
    "consulta indígena tsotsil tseltal chol zoque mixteco zapoteco mixe triqui náhuatl otomí"
)
FUNCTION_WORDS, CONTENT_WORDS = _FUNCTION.split(), _CONTENT.split()
PLACES = ["Ocosingo", "Chilón", "Tila", "Oxchuc", "Chenalhó", "Pantelhó", "Zinacantán", "Yajalón"]
NAMES = ["María", "Juana", "Pedro", "Xunka'", "Manuel", "Rosa", "Petrona", "Sebastián", "Lucía"]
SURNAMES = ["López", "Gómez", "Pérez", "Hernández", "Díaz", "Santiz", "Méndez", "Jiménez"]
_SYLLABLES = ("ta", "ma", "lo", "chi", "ya", "xo", "tzu", "ñu", "ca", "be", "ri", "na", "do")
TAIL_WORDS = 20_000


def vocabulary() -> list[str]:
    """Every word the generator uses, most frequent first."""
    rng = random.Random(0)
    tail: dict[str, None] = {}
    while len(tail) < TAIL_WORDS:
        tail["".join(rng.choices(_SYLLABLES, k=rng.randint(2, 4)))] = None
    known = set(FUNCTION_WORDS) | set(CONTENT_WORDS)
    return [*FUNCTION_WORDS, *CONTENT_WORDS, *(w for w in tail if w not in known)]


VOCABULARY = vocabulary()
_CUMULATIVE = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(VOCABULARY))))


def spanish_text(rng: random.Random, approx_chars: int) -> str:
    """Spanish-like prose of about `approx_chars` characters."""
    words = rng.choices(VOCABULARY, cum_weights=_CUMULATIVE, k=max(1, approx_chars // 6))
    return " ".join(words).capitalize() + "."


def person_name(rng: random.Random) -> str:
    return f"{rng.choice(NAMES)} {rng.choice(SURNAMES)} {rng.choice(SURNAMES)}"
