"""What the registry desk's services return: frozen dataclasses, like storage.records.

The desk keeps every record version it received (from the relay or a courier bundle) exactly
as sealed, with its provenance; the "current" record is the latest version of each record id.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol


# ------------------------------------------------------------------ what the desk is given
class IncomingFile(Protocol):
    """One media file of an opened envelope; `path` holds its ciphertext, already checked."""

    @property
    def blob_id(self) -> str: ...  # hex SHA-256 of the ciphertext
    @property
    def length(self) -> int: ...
    @property
    def file_key(self) -> bytes: ...
    @property
    def sha256_plain(self) -> str: ...
    @property
    def mime(self) -> str: ...
    @property
    def size_plain(self) -> int: ...
    @property
    def chunk_log2(self) -> int: ...
    @property
    def evidence_id(self) -> str: ...
    @property
    def path(self) -> Path: ...


class Incoming(Protocol):
    """An envelope the sync layer verified (outer and inner signatures, receipt) and opened.

    sync.desk.OpenedEnvelope satisfies it; storage never imports sync.
    """

    @property
    def envelope_id(self) -> str: ...  # hex, 32 chars
    @property
    def envelope_hash(self) -> str: ...  # hex SHA-256 of `envelope`
    @property
    def envelope(self) -> bytes: ...  # the signed envelope exactly as received
    @property
    def device_id(self) -> str: ...  # hex, 32 chars
    @property
    def device_epoch(self) -> str: ...  # hex, 16 chars
    @property
    def device_seq(self) -> int: ...
    @property
    def prev(self) -> str: ...  # hex SHA-256 of the device's previous envelope ("00"*32 first)
    @property
    def record_id(self) -> str: ...
    @property
    def record_version(self) -> int: ...
    @property
    def record(self) -> str: ...  # the canonical JSON snapshot (storage.snapshot), byte for byte
    @property
    def files(self) -> Sequence[IncomingFile]: ...
    @property
    def receipt(self) -> bytes | None: ...  # the relay's signed receipt, verified; None by bundle
    @property
    def server_seq(self) -> int | None: ...
    @property
    def received_at(self) -> str | None: ...  # the relay's clock, from the receipt
    @property
    def via(self) -> str: ...  # "relay" or "bundle"


# ------------------------------------------------------------------ what the desk keeps
@dataclass(frozen=True)
class DeskKeys:
    """The organisation's keys, held only inside the desk's encrypted vault."""

    org_name: str
    org_root_seed: bytes  # Ed25519 seed of the organisation's root key
    registry_keys: Mapping[bytes, bytes]  # registry key id (8 bytes) -> X25519 private key
    relay_url: str
    tls_pin: bytes | None = None


@dataclass(frozen=True)
class DeskDevice:
    """A field device as the relay lists it (its certificate checked by the sync layer).

    The same fields as sync.desk_open.DeviceInfo: the composition root converts between them.
    """

    device_id: str
    device_epoch: str
    sign_pk: bytes
    label: str
    status: str  # "active" / "revoked" / "key_changed" / "unlisted"
    enrolled_at: str
    revoked_at: str | None
    last_seen_at: str | None
    # the desk vouches for `sign_pk` itself: a binding from a desk-issued code verified, or a
    # coordinator compared its fingerprint with the defender's; the relay's word is not enough
    confirmed: bool = False


@dataclass(frozen=True)
class ChainGap:
    """A hole in a device's hash chain: missing sequence numbers or a broken `prev` link."""

    device_id: str
    device_epoch: str
    device_label: str
    missing_seqs: tuple[int, ...]
    broken_links: tuple[int, ...]  # seqs whose `prev` is not the hash of seq - 1


@dataclass(frozen=True)
class RegistryFilter:
    text: str = ""  # full-text search over the latest versions
    state_region: str = ""
    municipality: str = ""
    act_type: str = ""  # MT04 code of an act (type_of_act) or an attack type of the case
    perpetrator_type: str = ""  # MT24 code on an involvement
    date_from: str = ""  # ISO date, inclusive, compared with the acts' / case's start date
    date_to: str = ""  # ISO date, inclusive
    device_id: str = ""  # the defender's device that recorded it


@dataclass(frozen=True)
class RegistryRow:
    """One line of the central registry: the latest version of a record."""

    record_id: str
    version: int
    folio: str
    title: str
    start_date: str | None
    state_region: str
    municipality: str
    act_types: tuple[str, ...]
    perpetrator_types: tuple[str, ...]
    device_id: str
    device_label: str
    received_at: str | None
    versions: int


@dataclass(frozen=True)
class Provenance:
    envelope_id: str
    envelope_hash: str
    device_id: str
    device_label: str
    device_epoch: str
    device_seq: int
    via: str  # "relay" / "bundle"
    server_seq: int | None
    received_at: str | None
    receipt: bytes | None
    imported_at: str
    record_version: int


@dataclass(frozen=True)
class DeskFile:
    evidence_id: str
    blob_id: str
    mime: str
    size_plain: int
    sha256_plain: str


@dataclass(frozen=True)
class RegistryRecord:
    record_id: str
    version: int
    snapshot: Mapping[str, Any]  # storage.snapshot.case_snapshot shape
    provenance: Provenance
    files: tuple[DeskFile, ...]


@dataclass(frozen=True)
class ReportFilterEcho:
    """What a report was computed over, printed on the report."""

    filters: RegistryFilter
    records: int
    acts: int


@dataclass(frozen=True)
class Report:
    """Counts of attacks (acts) in the latest versions matching the filter."""

    basis: ReportFilterEcho
    by_type: tuple[tuple[str, int], ...]  # MT04 code -> acts
    by_perpetrator: tuple[tuple[str, int], ...]  # MT24 code -> acts (an act counts once per type)
    by_state: tuple[tuple[str, int], ...]  # state_region -> acts
    by_month: tuple[tuple[str, int], ...]  # "YYYY-MM" -> acts, by the act's start date
    notes: tuple[str, ...] = field(default=())
