"""Passphrase stretching (Argon2id) and subkey derivation (HKDF-SHA256)."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import asdict, dataclass
from typing import Any

from argon2.low_level import Type, hash_secret_raw

KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters; stored in the keyfile so they can be raised later."""

    memory_kib: int
    iterations: int
    parallelism: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        params = cls(int(data["memory_kib"]), int(data["iterations"]), int(data["parallelism"]))
        # Refuse absurd values before allocating: a hostile keyfile must not exhaust memory.
        if not (8 <= params.memory_kib <= 4 * 1024 * 1024 and 1 <= params.iterations <= 64):
            raise ValueError("KDF parameters out of range")
        if not 1 <= params.parallelism <= 16:
            raise ValueError("KDF parameters out of range")
        return params


# `default`: >= 256 MiB and about one second on the reference machine (2 cores); see bench/.
# `fast`: for tests and benchmarks of everything but unlocking; never offered to users.
PROFILES: dict[str, KdfParams] = {
    "default": KdfParams(memory_kib=256 * 1024, iterations=4, parallelism=2),
    "fast": KdfParams(memory_kib=8 * 1024, iterations=1, parallelism=1),
}


def stretch(secret: bytes, salt: bytes, params: KdfParams) -> bytearray:
    """Argon2id(secret) -> a 32-byte key-encryption key."""
    raw = hash_secret_raw(
        secret,
        salt,
        time_cost=params.iterations,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )
    return bytearray(raw)


def hkdf(
    key: bytes | bytearray, info: bytes, length: int = KEY_BYTES, salt: bytes = b""
) -> bytearray:
    """HKDF-SHA256 (RFC 5869): one independent subkey per purpose from the master key."""
    prk = hmac.new(salt or b"\0" * 32, bytes(key), hashlib.sha256).digest()
    out = bytearray()
    block = b""
    counter = 1
    while len(out) < length:
        block = hmac.new(prk, block + info + bytes([counter]), hashlib.sha256).digest()
        out += block
        counter += 1
    return out[:length]


def wipe(buf: bytearray) -> None:
    """Overwrite key material we own (best effort: Python may hold other copies)."""
    for i in range(len(buf)):
        buf[i] = 0
