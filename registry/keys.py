"""The relay's data directory and keys.

`init` makes the organisation's root key, the relay's signing key, the registry's sealing key
pair, the relay's transport key pair (courier bundles are sealed to it), and the root-signed
config naming them. The relay keeps only its signing key, its transport key, the signed config
and the root's public key. The root key and the registry's private sealing key go to the
offline directory for the desk; the relay never reads them.

A running relay takes in a newer config that `rotate-registry-key` signed (LiveKeys), so a
rotation needs no restart.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from nacl.public import PrivateKey
from nacl.signing import SigningKey

from sync.envelope import verify_signature
from sync.protocol import (
    TAG_CONFIG,
    ProtocolError,
    RegistryConfig,
    RegistryKey,
    fingerprint,
    key_id,
    signed_message,
)

log = logging.getLogger("defender.registry")

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


@dataclass(frozen=True)
class DataDir:
    root: Path

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def signing_key(self) -> Path:
        return self.keys / "server_signing.key"

    @property
    def transport_key(self) -> Path:
        return self.keys / "transport.key"

    @property
    def config(self) -> Path:
        return self.keys / "config.cbor"

    @property
    def config_sig(self) -> Path:
        return self.keys / "config.sig"

    @property
    def org_root_pk(self) -> Path:
        return self.keys / "org_root.pub"

    @property
    def database_url_file(self) -> Path:
        return self.root / "database.url"

    @property
    def public_url_file(self) -> Path:
        return self.root / "public.url"

    @property
    def blobs(self) -> Path:
        return self.root / "blobs"

    @property
    def uploads(self) -> Path:
        return self.root / "uploads"

    def default_database_url(self) -> str:
        return f"sqlite:///{self.root / 'registry.db'}"

    def database_url(self, override: str | None = None) -> str:
        if override:
            return override
        env = os.environ.get("DEFENDER_REGISTRY_DATABASE_URL")
        if env:
            return env
        if self.database_url_file.exists():
            return self.database_url_file.read_text().strip()
        return self.default_database_url()


@dataclass(frozen=True)
class RelayKeys:
    """What a running relay holds: its signing key and the certified, signed config."""

    signing_seed: bytes
    org_root_pk: bytes
    config_bytes: bytes
    config_sig: bytes
    config: RegistryConfig
    transport_sk: bytes | None = None  # opens courier bundles; None on relays set up before

    @property
    def org_fingerprint(self) -> bytes:
        return fingerprint(self.org_root_pk)


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def _private_dir(path: Path) -> None:
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    os.chmod(path, PRIVATE_DIR)


def initialise(data: DataDir, offline: Path, org_name: str) -> RelayKeys:
    """Create every key once; refuses to overwrite an existing relay or offline key set."""
    if data.signing_key.exists():
        raise FileExistsError(f"{data.root} already holds a relay")
    for d in (data.root, data.keys, data.blobs, data.uploads, offline):
        _private_dir(d)
    root = SigningKey.generate()
    server = SigningKey.generate()
    sealing = PrivateKey.generate()
    transport = PrivateKey.generate()
    sealing_pk = bytes(sealing.public_key)
    server_pk = bytes(server.verify_key)
    config = RegistryConfig(
        org_name=org_name,
        server_key_id=key_id(server_pk),
        server_sign_pk=server_pk,
        registry_keys=(RegistryKey(key_id(sealing_pk), sealing_pk),),
        issued_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        transport_pk=bytes(transport.public_key),
    )
    config_bytes = config.encode()
    config_sig = bytes(root.sign(signed_message(TAG_CONFIG, config_bytes)).signature)
    _write_private(offline / "org_root.key", bytes(root))
    _write_private(offline / "registry_sealing.key", bytes(sealing))
    _write_private(offline / "registry_sealing.pub", sealing_pk)
    _write_private(data.org_root_pk, bytes(root.verify_key))
    _write_private(data.config, config_bytes)
    _write_private(data.config_sig, config_sig)
    _write_private(data.transport_key, bytes(transport))
    _write_private(data.signing_key, bytes(server))
    return load(data)


def load(data: DataDir) -> RelayKeys:
    """The relay's keys; reads nothing from the offline directory."""
    config_bytes = data.config.read_bytes()
    return RelayKeys(
        signing_seed=data.signing_key.read_bytes(),
        org_root_pk=data.org_root_pk.read_bytes(),
        config_bytes=config_bytes,
        config_sig=data.config_sig.read_bytes(),
        config=RegistryConfig.decode(config_bytes),
        transport_sk=data.transport_key.read_bytes() if data.transport_key.exists() else None,
    )


# (inode, size, modification time) of config.cbor and config.sig
Stamp = tuple[tuple[int, int, int], ...]


def _stamp(data: DataDir) -> Stamp:
    stats = (os.stat(path) for path in (data.config, data.config_sig))
    return tuple((st.st_ino, st.st_size, st.st_mtime_ns) for st in stats)


class LiveKeys:
    """The relay's keys, taking in the newer config `rotate-registry-key` signs (fault row 12).

    Each use compares the config files' stat with the last seen, which costs two stat calls.
    When they changed, the new config replaces the one served only if the root key the relay
    started with signed it and it was issued later: a pair caught half-written, a forged or
    an older config is logged and the served one kept.
    """

    def __init__(self, data: DataDir) -> None:
        self._data = data
        self._lock = threading.Lock()
        self._stamp = _stamp(data)
        self._keys = load(data)

    def current(self) -> RelayKeys:
        try:
            stamp = _stamp(self._data)
        except OSError:  # a file being replaced: looked at again at the next use
            return self._keys
        if stamp != self._stamp:
            with self._lock:
                if stamp != self._stamp:
                    self._stamp = stamp
                    self._take_in()
        return self._keys

    def _take_in(self) -> None:
        held = self._keys
        try:
            config_bytes = self._data.config.read_bytes()
            config_sig = self._data.config_sig.read_bytes()
            if (config_bytes, config_sig) == (held.config_bytes, held.config_sig):
                return
            verify_signature(held.org_root_pk, TAG_CONFIG, config_bytes, config_sig)
            config = RegistryConfig.decode(config_bytes)
            if config.issued() <= held.config.issued():
                raise ProtocolError("not issued after the config served")
            if config.server_sign_pk != held.config.server_sign_pk:
                raise ProtocolError("it names another relay signing key")
        except (OSError, ProtocolError) as exc:
            log.warning("new config not taken in: %s", exc)
            return
        self._keys = dataclasses.replace(
            held, config_bytes=config_bytes, config_sig=config_sig, config=config
        )
        log.info(
            "config taken in issued_at=%s registry_key=%s",
            config.issued_at,
            config.current_registry_key().id.hex(),
        )
