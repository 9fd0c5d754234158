"""The relay commits, the answer is lost, the client retries: one envelope, one receipt."""

from __future__ import annotations

import base64
import random
import re
from pathlib import Path

import httpx
import pytest

from storage.outbox import OutboxService
from storage.vault import Vault
from tests.sync.harness import FaultProxy, Relay
from tests.sync.helpers import enroll_device, final_case, quick_client, random_file, relay_counts


def _drop(pattern: bytes, skip: int, times: int) -> object:
    """Drop the answers to the matching requests after the first `skip` of them."""
    seen = [0]

    def matches(request: bytes) -> bool:
        if not re.match(pattern, request):
            return False
        seen[0] += 1
        return skip < seen[0] <= skip + times

    return matches


@pytest.mark.parametrize(
    ("pattern", "skip", "drops"),
    [
        (rb"POST /v1/envelopes/batch ", 0, 2),  # the first send, and its retry
        # after a lost final PATCH the client re-HEADs, sees the blob complete: no new PATCH
        (rb"PATCH /v1/blobs/", 0, 1),
        (rb"POST /v1/envelopes/batch ", 1, 2),  # the send after the blobs, which commits
    ],
    ids=["envelope", "last-patch", "commit"],
)
def test_lost_answers_give_one_envelope_and_one_receipt(
    vault: Vault,
    outbox: OutboxService,
    relay: Relay,
    tmp_path: Path,
    pattern: bytes,
    skip: int,
    drops: int,
) -> None:
    proxy = FaultProxy(relay.server.config.port)
    proxy.drop_answer_to = _drop(pattern, skip, drops)  # type: ignore[assignment]
    proxy.start()
    try:
        enroll_device(relay, outbox, url=proxy.url)
        # 100 KiB: one PATCH, so the dropped answer is the final chunk's
        final_case(vault, "perdida", blobs=[random_file(tmp_path / "a.bin", 100 * 1024)])
        result = quick_client(outbox).run()
    finally:
        proxy.stop()
    assert proxy.dropped_answers == drops
    assert result.delivered == 1 and outbox.counts().waiting == 0
    assert relay_counts(relay) == {"envelopes": 1, "receipts": 1, "blobs": 1}


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(30))
def test_lost_answers_anywhere_never_duplicate(
    vault: Vault, outbox: OutboxService, relay: Relay, tmp_path: Path, seed: int
) -> None:
    """The long version: random requests lose their answers, several cases, several files."""
    rng = random.Random(seed)
    pattern = rng.choice([rb"POST /v1/envelopes/batch ", rb"PATCH /v1/blobs/", rb"HEAD ", rb"POST"])
    proxy = FaultProxy(relay.server.config.port)
    proxy.drop_answer_to = _drop(pattern, rng.randint(0, 3), rng.randint(1, 4))  # type: ignore[assignment]
    proxy.start()
    try:
        enroll_device(relay, outbox, url=proxy.url)
        for n in range(3):
            size = rng.randint(1, 3 * 1024 * 1024)
            final_case(vault, f"p{n}", blobs=[random_file(tmp_path / f"{n}.bin", size)])
        quick_client(outbox).run()
    finally:
        proxy.stop()
    assert outbox.counts().waiting == 0
    assert relay_counts(relay) == {"envelopes": 3, "receipts": 3, "blobs": 3}


def test_a_retried_envelope_gets_the_identical_receipt(
    vault: Vault, enrolled: OutboxService, relay: Relay
) -> None:
    final_case(vault, "igual")
    (envelope,) = enrolled.pending()
    quick_client(enrolled).run()
    receipt = enrolled.receipt(envelope.envelope_id)
    assert receipt is not None
    answers = []
    client = quick_client(enrolled)
    with httpx.Client(base_url=relay.url) as http:
        client._client = http
        client._identity = enrolled.identity()
        client._hello()
        client._sign_in()
        for _ in range(3):
            answer = client._request(
                "POST",
                "/v1/envelopes",
                expect=(200,),
                content=envelope.envelope,
                headers={"Idempotency-Key": envelope.envelope_id},
            )
            answers.append(answer.json()["receipt"])
    assert {base64.b64decode(a) for a in answers} == {receipt}
    assert relay_counts(relay)["receipts"] == 1
