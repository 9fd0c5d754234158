"""The vault: a keyfile, an SQLCipher database and encrypted media files in one directory.

passphrase --Argon2id--> KEK --unwraps--> master key --HKDF--> database key, bundle key.
A recovery code wraps the same master key a second time. Changing the passphrase rewrites only
vault.key; erasing destroys vault.key, after which nothing in the directory can be decrypted.
"""

from __future__ import annotations

import os
import shutil
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from storage.atomic import PRIVATE_FILE, fsync_dir, make_private_dir
from storage.database import Database, user_facing_error
from storage.engine import make_engine
from storage.errors import (
    DamagedDatabase,
    NoVault,
    VaultExists,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from storage.instance_lock import InstanceLock
from storage.kdf import KEY_BYTES, PROFILES, KdfParams, hkdf, wipe
from storage.keyfile import (
    PASSPHRASE,
    RECOVERY,
    Keyfile,
    make_slot,
    new_recovery_code,
    open_slot,
    recovery_code_secret,
)
from storage.migrate import upgrade
from storage.paths import VaultPaths
from storage.services import Services

MIN_PASSPHRASE_CHARS = 8


def _secret(passphrase: str) -> bytes:
    # NFC so that "ñ" typed as one code point or as n + combining tilde opens the same vault.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _require_strength(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE_CHARS:
        raise WeakPassphrase(minimum=MIN_PASSPHRASE_CHARS)


def _private_file(path: Path) -> None:
    """Create `path` owner-only before SQLite does (it would use the umask, and it gives the
    -wal and -shm files the database file's mode)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE))
    os.chmod(path, PRIVATE_FILE)


@dataclass(frozen=True)
class CreatedVault:
    vault: Vault
    recovery_code: str  # shown once, never stored


class Vault(Services):
    """An unlocked vault. Obtain one with `create`, `unlock` or `recover`; end with `lock`."""

    def __init__(self, paths: VaultPaths, master_key: bytearray, lock: InstanceLock) -> None:
        self.paths = paths
        self._master_key = master_key
        self._instance_lock = lock
        self._db_key = hkdf(master_key, b"defender/db/v1")
        _private_file(paths.database)
        self.db = Database(make_engine(paths.database, self._db_key))
        try:
            try:
                upgrade(self.db.engine)
            except WrongPassphrase as exc:
                # The keyfile opened, so the key is right: the database itself was damaged.
                raise DamagedDatabase(
                    detail="the database does not open with the vault's key"
                ) from exc
            except DBAPIError as exc:
                # A page the schema check reads failed its HMAC: damage, not a bug.
                raise user_facing_error(exc) from exc
            super().__init__(self.db, paths)
            self.evidence.collect_orphans()
            self.desk.collect_orphans()
        except BaseException:
            self.lock()
            raise

    # ------------------------------------------------------------------ opening
    @staticmethod
    def exists(home: Path) -> bool:
        return VaultPaths(home).keyfile.exists()

    @classmethod
    def create(cls, home: Path, passphrase: str, kdf_profile: str = "default") -> CreatedVault:
        """Make a new vault in `home`; the recovery code is returned once and never stored."""
        paths = VaultPaths(home)
        if paths.keyfile.exists():
            raise VaultExists(home=str(home))
        _require_strength(passphrase)
        params = PROFILES[kdf_profile]
        make_private_dir(home)
        make_private_dir(paths.media)
        master = bytearray(os.urandom(KEY_BYTES))
        code = new_recovery_code()
        secret = recovery_code_secret(code)
        assert secret is not None
        keyfile = Keyfile(
            {
                PASSPHRASE: make_slot(PASSPHRASE, _secret(passphrase), master, params),
                RECOVERY: make_slot(RECOVERY, secret, master, None),
            }
        )
        lock = cls._lock(paths)
        # The keyfile first: a crash after it leaves a vault whose schema the next unlock creates.
        keyfile.write(paths.keyfile, master)
        return CreatedVault(cls(paths, master, lock), code)

    @classmethod
    def unlock(cls, home: Path, passphrase: str) -> Vault:
        """Open the vault; a wrong passphrase raises WrongPassphrase and touches no file."""
        paths = VaultPaths(home)
        keyfile = cls._keyfile(paths)
        master = open_slot(PASSPHRASE, keyfile.slots[PASSPHRASE], _secret(passphrase))
        if master is None:
            raise WrongPassphrase()
        resealed = not keyfile.verify(master)  # False: written before the MAC existed
        cls._require_database(paths)
        lock = cls._lock(paths)
        if resealed:
            keyfile.write(paths.keyfile, master)
        return cls(paths, master, lock)

    @classmethod
    def recover(cls, home: Path, recovery_code: str, new_passphrase: str) -> Vault:
        """Open the vault with the recovery code and set a new passphrase."""
        paths = VaultPaths(home)
        keyfile = cls._keyfile(paths)
        _require_strength(new_passphrase)
        secret = recovery_code_secret(recovery_code)
        slot = keyfile.slots.get(RECOVERY)
        master = open_slot(RECOVERY, slot, secret) if slot and secret else None
        if master is None:
            raise WrongRecoveryCode()
        keyfile.verify(master)
        cls._require_database(paths)
        lock = cls._lock(paths)
        params = keyfile.slots[PASSPHRASE].params or PROFILES["default"]
        slot = make_slot(PASSPHRASE, _secret(new_passphrase), master, params)
        keyfile.replacing(PASSPHRASE, slot).write(paths.keyfile, master)
        return cls(paths, master, lock)

    @classmethod
    def change_passphrase(
        cls, home: Path, passphrase: str, new_passphrase: str, kdf_profile: str | None = None
    ) -> None:
        """Rewrap the master key under a new passphrase; only vault.key changes, atomically."""
        paths = VaultPaths(home)
        keyfile = cls._keyfile(paths)
        current = keyfile.slots[PASSPHRASE]
        master = open_slot(PASSPHRASE, current, _secret(passphrase))
        if master is None:
            raise WrongPassphrase()
        keyfile.verify(master)
        _require_strength(new_passphrase)
        params: KdfParams = (
            PROFILES[kdf_profile] if kdf_profile else current.params or PROFILES["default"]
        )
        try:
            slot = make_slot(PASSPHRASE, _secret(new_passphrase), master, params)
            keyfile.replacing(PASSPHRASE, slot).write(paths.keyfile, master)
        finally:
            wipe(master)

    @staticmethod
    def erase(home: Path) -> None:
        """Panic erase: destroy the key file, then remove the database and media.

        Overwriting vault.key makes every byte of the database and the media undecryptable,
        whatever remains on disk. Flash storage may keep old copies of the 1 KB key file in
        sectors the system cannot reach; full-disk encryption closes that gap.
        """
        paths = VaultPaths(home)
        if paths.keyfile.exists():
            size = max(paths.keyfile.stat().st_size, 4096)
            with open(paths.keyfile, "r+b") as f:
                f.write(os.urandom(size))
                f.flush()
                os.fsync(f.fileno())
            paths.keyfile.unlink()
        for leftover in (*paths.database_files(), paths.keyfile.with_name("vault.key.tmp")):
            leftover.unlink(missing_ok=True)
        for folder in (paths.media, paths.received_media, paths.incoming):
            if folder.exists():
                shutil.rmtree(folder, ignore_errors=True)
        paths.lockfile.unlink(missing_ok=True)
        fsync_dir(paths.home)

    @staticmethod
    def _keyfile(paths: VaultPaths) -> Keyfile:
        if not paths.keyfile.exists():
            raise NoVault(home=str(paths.home))
        return Keyfile.read(paths.keyfile)

    @staticmethod
    def _require_database(paths: VaultPaths) -> None:
        """Refuse to open over a missing or emptied vault.db while media files exist.

        Opening would create a fresh, empty schema, and the orphan collection would then
        delete every media file: evidence destroyed without a word. (An empty database with
        no media is what a crash during `create` leaves; that one still opens.)
        """
        db = paths.database
        lost = not db.exists() or db.stat().st_size == 0
        if lost and paths.media.is_dir() and any(paths.media.iterdir()):
            raise DamagedDatabase(detail="vault.db is missing or empty")

    @staticmethod
    def _lock(paths: VaultPaths) -> InstanceLock:
        lock = InstanceLock(paths.lockfile)
        lock.acquire()
        return lock

    # ------------------------------------------------------------------ keys
    def derive_key(self, purpose: bytes) -> bytearray:
        """A subkey of the master key for one purpose (e.g. b'defender/bundle/v1')."""
        return hkdf(self._master_key, purpose)

    # ------------------------------------------------------------------ closing
    @property
    def is_open(self) -> bool:
        return bool(self._master_key)

    def lock(self) -> None:
        """Close the database (checkpointing the WAL away), then drop every key we hold."""
        try:
            self.db.close()
        finally:
            wipe(self._master_key)
            wipe(self._db_key)
            self._master_key = bytearray()
            self._instance_lock.release()
