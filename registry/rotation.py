"""Registry key rotation (fault row 12): a new sealing key, named first in a newer config.

The offline organisation root signs a config that lists the new key first (devices seal new
envelopes to it) and keeps the older ones (what was sealed to them stays readable at the desk).
The config's `issued_at` is later than the one it replaces, because devices refuse an older
config: a relay replaying one cannot make them seal to a key it has since had compromised.
A running relay serves the new config from its next request on (registry.keys.LiveKeys);
devices then seal again to the new key whatever they had sealed but not yet sent.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

from nacl.public import PrivateKey
from nacl.signing import SigningKey

from registry.keys import PRIVATE_FILE, DataDir, load
from sync.protocol import (
    MAX_REGISTRY_KEYS,
    TAG_CONFIG,
    RegistryConfig,
    RegistryKey,
    fingerprint,
    key_id,
    signed_message,
)

CURRENT_KEY = "registry_sealing.key"
CURRENT_PUB = "registry_sealing.pub"


def key_file(offline: Path, registry_key_id: bytes) -> Path:
    """Where the offline folder keeps one registry key by its id (every key, old and new)."""
    return offline / f"registry_sealing.{registry_key_id.hex()}.key"


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def _later(previous: RegistryConfig, now: dt.datetime) -> str:
    """`now`, or one second after `previous` was issued if the clock has not passed it."""
    return max(now, previous.issued() + dt.timedelta(seconds=1)).isoformat(timespec="seconds")


def rotate_registry_key(data: DataDir, offline: Path, now: dt.datetime | None = None) -> bytes:
    """Add a new registry key, first in a newly signed config; returns its id.

    A running relay serves the new config from its next request on. The private half is
    written to `offline` (both as the current key and by its id) before any device can
    learn of it.
    """
    root = SigningKey((offline / "org_root.key").read_bytes())
    keys = load(data)
    if fingerprint(bytes(root.verify_key)) != keys.org_fingerprint:
        raise ValueError("the offline folder's root key is not this relay's organisation root")
    old = keys.config
    if len(old.registry_keys) >= MAX_REGISTRY_KEYS:
        raise ValueError(f"the config already names {MAX_REGISTRY_KEYS} registry keys")
    current = old.current_registry_key()
    kept = key_file(offline, current.id)
    if not kept.exists():  # the key in use until now, kept by its id for the desk
        if (offline / CURRENT_PUB).read_bytes() != current.public_key:
            raise ValueError(f"{offline / CURRENT_KEY} is not the registry key now in use")
        _write_atomically(kept, (offline / CURRENT_KEY).read_bytes())
    sealing = PrivateKey.generate()
    public = bytes(sealing.public_key)
    new_key = RegistryKey(key_id(public), public)
    _write_atomically(key_file(offline, new_key.id), bytes(sealing))
    _write_atomically(offline / CURRENT_KEY, bytes(sealing))
    _write_atomically(offline / CURRENT_PUB, public)
    config = dataclasses.replace(
        old,
        registry_keys=(new_key, *old.registry_keys),
        issued_at=_later(old, now or dt.datetime.now(dt.UTC)),
    )
    config_bytes = config.encode()
    signature = bytes(root.sign(signed_message(TAG_CONFIG, config_bytes)).signature)
    _write_atomically(data.config, config_bytes)
    _write_atomically(data.config_sig, signature)
    return new_key.id
