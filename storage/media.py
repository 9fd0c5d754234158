"""Encrypted media files: age-style STREAM of ChaCha20-Poly1305 chunks (ARCHITECTURE.md §4).

File layout: nonce_prefix (7 random bytes) ‖ chunk₀ ‖ chunk₁ ‖ … where each chunk is
ChaCha20-Poly1305(file_key, nonce = prefix ‖ be32(index) ‖ last_flag, aad = FORMAT ‖ prefix)
over up to 2^chunk_log2 plaintext bytes. The last-chunk flag catches truncation, the index
catches reordering, and every chunk decrypts on its own, so viewers can seek. There is no
fixed header: the file is indistinguishable from random bytes; the key and chunk size live in
the encrypted database.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from nacl.bindings import (
    crypto_aead_chacha20poly1305_ietf_decrypt,
    crypto_aead_chacha20poly1305_ietf_encrypt,
)
from nacl.exceptions import CryptoError

from forms.errors import Cancelled
from storage.atomic import PRIVATE_FILE, fsync_dir
from storage.errors import DamagedDatabase

FORMAT = b"defender-media/v1"
PREFIX_BYTES = 7
TAG_BYTES = 16
DEFAULT_CHUNK_LOG2 = 20  # 1 MiB: 0.0015 % overhead; memory stays at a few chunks


class MediaDamaged(DamagedDatabase):
    """A media file failed authentication: altered, truncated or swapped."""


@dataclass(frozen=True)
class SealedFile:
    """What sealing a stream produced, for the evidence row and the custody log."""

    name: str
    size_plain: int
    sha256_plain: str
    sha256_cipher: str  # the blob id sync uploads under: the relay never sees plaintext hashes


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + index.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def _open_chunk(sealed: bytes, aad: bytes, nonce: bytes, key: bytes, index: int) -> bytes:
    """One chunk's plaintext; MediaDamaged when it is altered, missing or cut short."""
    if len(sealed) < TAG_BYTES:  # PyNaCl raises ValueError, not CryptoError, on these
        raise MediaDamaged(detail=f"chunk {index} is missing or cut short")
    try:
        return crypto_aead_chacha20poly1305_ietf_decrypt(sealed, aad, nonce, key)
    except CryptoError:
        raise MediaDamaged(detail=f"chunk {index}") from None


def sealed_size(size_plain: int, chunk_log2: int) -> int:
    """The exact length of the sealed file of `size_plain` bytes (an empty one has one chunk)."""
    chunks = max(1, -(-size_plain // (1 << chunk_log2)))
    return PREFIX_BYTES + size_plain + chunks * TAG_BYTES


class MediaStore:
    """The media/ directory of one vault."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def path(self, name: str) -> Path:
        return self.directory / name

    def seal(
        self,
        source: BinaryIO,
        key: bytes,
        chunk_log2: int = DEFAULT_CHUNK_LOG2,
        progress: Callable[[int], None] | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> SealedFile:
        """Stream `source` into a new encrypted file; plaintext is never written anywhere.

        Written as <name>.part, fsynced, renamed, directory fsynced: a crash leaves either a
        .part (collected later) or a complete file, never a short one under its final name.
        """
        name = os.urandom(16).hex() + ".bin"
        final = self.path(name)
        part = final.with_suffix(".part")
        chunk = 1 << chunk_log2
        prefix = os.urandom(PREFIX_BYTES)
        aad = FORMAT + prefix
        plain_hash, cipher_hash = hashlib.sha256(), hashlib.sha256()
        size = 0
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(prefix)
                cipher_hash.update(prefix)
                current = source.read(chunk)
                index = 0
                while True:
                    if should_cancel and should_cancel():
                        raise Cancelled()
                    following = source.read(chunk) if len(current) == chunk else b""
                    last = not following
                    plain_hash.update(current)
                    size += len(current)
                    sealed = crypto_aead_chacha20poly1305_ietf_encrypt(
                        current, aad, _nonce(prefix, index, last), key
                    )
                    out.write(sealed)
                    cipher_hash.update(sealed)
                    if progress:
                        progress(size)
                    if last:
                        break
                    current, index = following, index + 1
                out.flush()
                os.fsync(out.fileno())
            os.replace(part, final)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        fsync_dir(self.directory)
        return SealedFile(name, size, plain_hash.hexdigest(), cipher_hash.hexdigest())

    def chunks(self, name: str, key: bytes, chunk_log2: int) -> Iterator[bytes]:
        """Decrypt the whole file chunk by chunk; raises MediaDamaged on any alteration."""
        with open(self.path(name), "rb") as f:
            prefix = f.read(PREFIX_BYTES)
            if len(prefix) != PREFIX_BYTES:
                raise MediaDamaged(detail=name)
            yield from _decrypt_from(f, prefix, key, chunk_log2, start_index=0)

    def open(self, name: str, key: bytes, chunk_log2: int, size_plain: int) -> MediaReader:
        """A seekable, read-only file object that decrypts on demand (for viewers)."""
        return MediaReader(self.path(name), key, chunk_log2, size_plain)

    def remove(self, name: str) -> None:
        self.path(name).unlink(missing_ok=True)

    def names_on_disk(self) -> list[str]:
        return [p.name for p in self.directory.iterdir() if p.is_file()]

    # Files no record names are set aside here, never deleted: without the record their key is
    # gone, but a newer vault.db restored later names them again and they come back.
    @property
    def set_aside(self) -> Path:
        return self.directory / "unreferenced"

    def set_aside_names(self) -> list[str]:
        folder = self.set_aside
        return [p.name for p in folder.iterdir() if p.is_file()] if folder.is_dir() else []

    def put_aside(self, name: str) -> None:
        self.set_aside.mkdir(mode=0o700, exist_ok=True)
        os.replace(self.path(name), self.set_aside / name)

    def bring_back(self, name: str) -> None:
        os.replace(self.set_aside / name, self.path(name))


def _decrypt_from(
    f: BinaryIO, prefix: bytes, key: bytes, chunk_log2: int, start_index: int
) -> Iterator[bytes]:
    stored = (1 << chunk_log2) + TAG_BYTES
    aad = FORMAT + prefix
    index = start_index
    sealed = f.read(stored)
    while True:
        following = f.read(stored) if len(sealed) == stored else b""
        last = not following
        yield _open_chunk(sealed, aad, _nonce(prefix, index, last), key, index)
        if last:
            return
        sealed, index = following, index + 1


class MediaReader(io.RawIOBase):
    """Random access to an encrypted media file; holds one decrypted chunk at a time."""

    def __init__(self, path: Path, key: bytes, chunk_log2: int, size_plain: int) -> None:
        super().__init__()
        self._file = open(path, "rb")  # noqa: SIM115 - closed by close()
        self._prefix = self._file.read(PREFIX_BYTES)
        self._key = key
        self._log2 = chunk_log2
        self._size = size_plain
        self._pos = 0
        self._cached: tuple[int, bytes] | None = None
        # Chunks are read on demand, so a file cut at, or extended past, a chunk boundary
        # would otherwise go unnoticed until (or, for an extension, even after) the end.
        if os.fstat(self._file.fileno()).st_size != sealed_size(size_plain, chunk_log2):
            self.close()
            raise MediaDamaged(detail=f"{path.name} does not have the length it was sealed with")

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def _chunk(self, index: int) -> bytes:
        if self._cached and self._cached[0] == index:
            return self._cached[1]
        chunk = 1 << self._log2
        last_index = max(0, (self._size - 1) // chunk) if self._size else 0
        self._file.seek(PREFIX_BYTES + index * (chunk + TAG_BYTES))
        sealed = self._file.read(chunk + TAG_BYTES)
        nonce = _nonce(self._prefix, index, index == last_index)
        plain = _open_chunk(sealed, FORMAT + self._prefix, nonce, self._key, index)
        self._cached = (index, plain)
        return plain

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        """Fill `buffer` across chunk boundaries; short only at the end of the file."""
        filled = 0
        while filled < len(buffer) and self._pos < self._size:
            index, offset = divmod(self._pos, 1 << self._log2)
            data = self._chunk(index)[offset : offset + len(buffer) - filled]
            buffer[filled : filled + len(data)] = data
            filled += len(data)
            self._pos += len(data)
        return filled

    def close(self) -> None:
        self._file.close()
        self._cached = None
        super().close()
