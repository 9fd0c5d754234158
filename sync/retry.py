"""When to try again: exponential backoff with full jitter (SYNC_SECURITY_RESEARCH.md §3.5).

delay = uniform(0, min(cap, base · 2^attempt)), never less than the server's Retry-After. Network
errors, 408, 425, 429, 5xx and 507 are retried; 401 re-authenticates once; everything else is
surfaced to the person and never retried blindly. A relay out of space (507) needs a person to
free it, so those retries use the long cap (fault row 9).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from enum import Enum

RETRYABLE_STATUS = frozenset({408, 425, 429, 507} | set(range(500, 600)))
LONG_WAIT_STATUS = frozenset({507})


class Action(Enum):
    RETRY = "retry"
    REAUTHENTICATE = "reauthenticate"
    SURFACE = "surface"


def needs_long_wait(status: int) -> bool:
    """Whether a retry waits with the long cap (the one metered links use)."""
    return status in LONG_WAIT_STATUS


def classify(status: int) -> Action:
    if status in RETRYABLE_STATUS:
        return Action.RETRY
    if status == 401:
        return Action.REAUTHENTICATE
    return Action.SURFACE


@dataclass
class Backoff:
    """Full-jitter delays; one instance per outbox item or upload, reset after progress."""

    base: float = 2.0
    cap: float = 15 * 60.0
    metered_cap: float = 60 * 60.0
    rng: random.Random = field(default_factory=random.Random)
    attempt: int = 0

    def next_delay(self, retry_after: float | None = None, metered: bool = False) -> float:
        ceiling = min(self.metered_cap if metered else self.cap, self.base * 2.0**self.attempt)
        self.attempt = min(self.attempt + 1, 64)
        delay = self.rng.uniform(0.0, ceiling)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.metered_cap))
        return delay

    def reset(self) -> None:
        self.attempt = 0


def parse_retry_after(value: str | None) -> float | None:
    """Retry-After in seconds (the HTTP-date form is ignored: it would need the device clock)."""
    if not value:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        return None
    return seconds if 0 <= seconds <= 24 * 3600 else None
