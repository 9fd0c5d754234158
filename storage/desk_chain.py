"""Holes in the field devices' hash chains, as the desk sees them (storage.device for the
chain: gapless sequence numbers from 1, each envelope naming the hash of the one before)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.desk_index import device_labels
from storage.desk_records import ChainGap
from storage.desk_tables import DeskEnvelopeRow
from storage.device import GENESIS_PREV

Links = Mapping[int, list[tuple[str, str]]]  # seq -> (prev, envelope hash) of each received


def chain_gaps(s: Session) -> list[ChainGap]:
    """Per device and epoch: sequence numbers never received, and links that do not hold.

    A sequence number received twice with different envelopes (a fork) is a broken link.
    """
    chains: dict[tuple[str, str], dict[int, list[tuple[str, str]]]] = defaultdict(dict)
    for device, epoch, seq, prev, digest in s.execute(
        select(
            DeskEnvelopeRow.device_id,
            DeskEnvelopeRow.device_epoch,
            DeskEnvelopeRow.device_seq,
            DeskEnvelopeRow.prev,
            DeskEnvelopeRow.envelope_hash,
        )
    ):
        chains[(device, epoch)].setdefault(seq, []).append((prev, digest))
    labels = device_labels(s)
    gaps = []
    for (device, epoch), seqs in chains.items():
        missing = tuple(n for n in range(1, max(seqs) + 1) if n not in seqs)
        broken = tuple(n for n in sorted(seqs) if not _holds(seqs, n))
        if missing or broken:
            gaps.append(ChainGap(device, epoch, labels.get(device) or device, missing, broken))
    return sorted(gaps, key=lambda g: (g.device_label, g.device_id, g.device_epoch))


def _holds(seqs: Links, seq: int) -> bool:
    """Whether envelope `seq` names its predecessor's hash (the genesis value for the first)."""
    here = seqs[seq]
    if len(here) > 1:
        return False
    if seq == 1:
        return here[0][0] == GENESIS_PREV
    before = seqs.get(seq - 1)
    if before is None or len(before) > 1:
        return True  # nothing single to check against; a fork is reported at its own seq
    return here[0][0] == before[0][1]
