"""The desk's media directory: ciphertext copied exactly as the field device stored it.

It must not be the vault's media/ directory, whose orphan collection knows only evidence rows:
the composition root gives the desk a directory of its own. Blobs are decrypted only in memory
(storage.media).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from storage.atomic import PRIVATE_FILE, fsync_dir, make_private_dir
from storage.desk_errors import IncomingFileDamaged
from storage.media import MediaStore

_BLOCK = 1 << 20


def copy_blob(media: MediaStore, source: Path, blob_id: str, length: int, envelope_id: str) -> str:
    """Copy one ciphertext into `media`, checking its SHA-256 and length on the way.

    Written as <name>.part, fsynced, renamed, directory fsynced (as MediaStore.seal does);
    returns the new file's name. A mismatch leaves nothing behind and raises.
    """
    make_private_dir(media.directory)
    name = os.urandom(16).hex() + ".bin"
    final = media.path(name)
    part = final.with_suffix(".part")
    digest = hashlib.sha256()
    copied = 0
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            for block in iter(lambda: src.read(_BLOCK), b""):
                digest.update(block)
                copied += len(block)
                out.write(block)
            if digest.hexdigest() != blob_id or copied != length:
                raise IncomingFileDamaged(envelope_id=envelope_id)
            out.flush()
            os.fsync(out.fileno())
        os.replace(part, final)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    fsync_dir(media.directory)
    return name
