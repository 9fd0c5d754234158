"""Full-jitter backoff: bounded delays, Retry-After honoured, no thundering herd."""

from __future__ import annotations

import random
from collections import Counter

from sync.retry import Action, Backoff, classify, parse_retry_after


def test_every_delay_is_within_zero_and_the_capped_exponential() -> None:
    backoff = Backoff(base=2.0, cap=900.0, rng=random.Random(1))
    for attempt in range(30):
        delay = backoff.next_delay()
        assert 0.0 <= delay <= min(900.0, 2.0 * 2**attempt)
    backoff.reset()
    assert backoff.next_delay() <= 2.0


def test_retry_after_is_a_floor_and_metered_links_wait_longer() -> None:
    backoff = Backoff(base=2.0, rng=random.Random(2))
    assert backoff.next_delay(retry_after=120.0) >= 120.0
    assert parse_retry_after("30") == 30.0 and parse_retry_after("Wed, 21 Oct 2015") is None
    assert parse_retry_after("-1") is None
    metered = Backoff(base=2.0, cap=900.0, metered_cap=3600.0, rng=random.Random(3), attempt=20)
    assert max(metered.next_delay(metered=True) for _ in range(200)) > 900.0


def test_what_is_retried_what_reauthenticates_what_is_surfaced() -> None:
    for status in (408, 425, 429, 500, 502, 503, 507):
        assert classify(status) is Action.RETRY
    assert classify(401) is Action.REAUTHENTICATE
    for status in (400, 403, 404, 409, 413, 422, 460):
        assert classify(status) is Action.SURFACE


def test_a_thousand_clients_after_an_outage_spread_their_retries() -> None:
    """No one-second bucket takes more than 5 % of the retries after a ten-minute outage."""
    rng = random.Random(4)
    buckets: Counter[int] = Counter()
    for _ in range(1000):
        backoff = Backoff(base=2.0, cap=900.0, rng=random.Random(rng.random()))
        t = 0.0
        while t < 600.0:
            t += backoff.next_delay()
        buckets[int(t)] += 1
    assert max(buckets.values()) <= 50
