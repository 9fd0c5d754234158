"""The files of one vault, under neutral names (ARCHITECTURE.md §4)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class VaultPaths:
    home: Path

    @property
    def keyfile(self) -> Path:
        return self.home / "vault.key"

    @property
    def database(self) -> Path:
        return self.home / "vault.db"

    @property
    def media(self) -> Path:
        return self.home / "media"

    @property
    def received_media(self) -> Path:
        """The desk's received media (ciphertext as devices sealed it), apart from `media` so
        the field side's orphan collection never touches it. A neutral name on purpose."""
        return self.home / "store"

    @property
    def incoming(self) -> Path:
        """Ciphertext being downloaded or unpacked (partial blobs let a pull resume)."""
        return self.home / "spool"

    @property
    def lockfile(self) -> Path:
        return self.home / "vault.lock"

    def database_files(self) -> list[Path]:
        """The database with its WAL and shared-memory companions."""
        db = self.database
        return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]
