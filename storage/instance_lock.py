"""One process at a time per vault: orphan collection must never race another writer."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from storage.errors import VaultInUse

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl


class InstanceLock:
    """An advisory lock on `vault.lock` (an empty file) held while the vault is unlocked."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._file: IO[bytes] | None = None

    def acquire(self) -> None:
        handle = open(self._path, "a+b")  # noqa: SIM115 - held open for the lock's lifetime
        os.chmod(self._path, 0o600)
        try:
            if sys.platform == "win32":
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise VaultInUse() from None
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing the descriptor releases the lock
            self._file = None
