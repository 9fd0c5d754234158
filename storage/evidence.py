"""Evidence: import files into encrypted media, with hash, EXIF fields, thumbnail and custody."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from forms import images
from forms.errors import Cancelled, UserFacingError, ValidationError
from forms.fields import clean
from forms.text import QT_TRANSLATE_NOOP
from storage.atomic import PRIVATE_FILE, fsync_dir
from storage.audit import append_audit
from storage.clock import utc_now
from storage.custody import append_custody, broken_links, custody_entries
from storage.database import Database
from storage.media import MediaDamaged, MediaReader, MediaStore
from storage.orm import EvidenceRow, ThumbnailRow
from storage.records import CustodyEntry, Evidence, Saved, touched
from storage.rows import draft_case, get_row, new_id
from storage.snapshot import evidence_record, load_evidence

# report(done, total, message): the one progress shape every long operation uses.
Report = Callable[[int, int, str], None]
ShouldCancel = Callable[[], bool]

_NOT_HELD = QT_TRANSLATE_NOOP(
    "Errors",
    "The file of this evidence item is not in this vault (it was imported as a record only).",
)


@dataclass(frozen=True)
class ImportResult:
    evidence: Evidence
    thumbnail_problem: str  # "", "too_large" or "unreadable"


def _file_error(message: str, path: Path) -> ValidationError:
    return ValidationError(message, field_name="file", path=str(path))


def _check_source(path: Path) -> int:
    """The size of a file that can be imported, or a clear error naming the problem."""
    if not path.exists():
        raise _file_error(QT_TRANSLATE_NOOP("Errors", "“{path}” does not exist."), path)
    if path.is_dir():
        raise _file_error(
            QT_TRANSLATE_NOOP(
                "Errors", "“{path}” is a folder. Choose files, or import the whole folder."
            ),
            path,
        )
    if not path.is_file():
        raise _file_error(QT_TRANSLATE_NOOP("Errors", "“{path}” is not a regular file."), path)
    size = path.stat().st_size
    if size == 0:
        raise _file_error(
            QT_TRANSLATE_NOOP("Errors", "“{path}” is empty (0 bytes); nothing was imported."), path
        )
    if not os.access(path, os.R_OK):
        raise _file_error(
            QT_TRANSLATE_NOOP("Errors", "“{path}” cannot be read: permission denied."), path
        )
    return size


class EvidenceService:
    def __init__(self, db: Database, media: MediaStore) -> None:
        self._db = db
        self.media = media

    # ---------------------------------------------------------------- import
    def import_file(
        self,
        case_id: str,
        path: Path,
        report: Report | None = None,
        should_cancel: ShouldCancel | None = None,
    ) -> Saved[ImportResult]:
        """Encrypt one file into the vault; the record exists only once its bytes are safe.

        Order: seal the media file (fsynced, renamed), then commit the row. A crash in
        between leaves an orphan file that the next unlock removes, never a half record.
        """
        size = _check_source(path)
        with self._db.reading() as s:
            draft_case(s, case_id)
        key = os.urandom(32)
        try:
            with open(path, "rb") as source:
                head = source.read(4096)
                source.seek(0)
                mime = images.sniff_mime(head)
                sealed = self.media.seal(
                    source,
                    key,
                    progress=(lambda done: report(done, size, path.name)) if report else None,
                    should_cancel=should_cancel,
                )
        except OSError as exc:
            raise UserFacingError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Could not read “{path}”: {reason}. Nothing was imported."
                ),
                path=str(path),
                reason=exc.strerror or str(exc),
            ) from exc
        kind = images.kind_for(mime)
        photo = images.inspect_photo(path) if kind == "photo" else images.PhotoInfo()
        try:
            return self._store(case_id, path, key, sealed, mime, kind, photo)
        except BaseException:
            self.media.remove(sealed.name)
            raise

    def _store(
        self,
        case_id: str,
        path: Path,
        key: bytes,
        sealed: Any,
        mime: str,
        kind: str,
        photo: images.PhotoInfo,
    ) -> Saved[ImportResult]:
        now = utc_now()
        with self._db.transaction() as s:
            draft_case(s, case_id)
            row = EvidenceRow(
                id=new_id(),
                case_id=case_id,
                kind=kind,
                title=path.stem[:500],
                original_filename=path.name,
                mime=mime,
                size_bytes=sealed.size_plain,
                sha256=sealed.sha256_plain,
                blob_id=sealed.sha256_cipher,
                media_name=sealed.name,
                file_key=key,
                exif_captured_at=photo.captured_at,
                camera=photo.camera,
                gps_lat=photo.gps_lat,
                gps_lon=photo.gps_lon,
                metadata_snapshot=photo.metadata,
                imported_at=now,
            )
            s.add(row)
            s.flush()
            if photo.thumbnail:
                w, h = images.thumbnail_size(photo.thumbnail)
                s.add(ThumbnailRow(evidence_id=row.id, jpeg=photo.thumbnail, width=w, height=h))
            append_custody(
                s,
                row.id,
                "collected",
                {
                    "sha256": sealed.sha256_plain,
                    "size": sealed.size_plain,
                    "medium": "import",
                    "hash_verified": True,
                },
            )
            append_audit(s, "evidence", row.id, "imported", f"sha256={sealed.sha256_plain}")
            return Saved(
                ImportResult(evidence_record(row), photo.problem),
                touched(cases=[case_id], evidence=[row.id]),
            )

    def import_files(
        self,
        case_id: str,
        paths: Iterable[Path],
        report: Report | None = None,
        should_cancel: ShouldCancel | None = None,
    ) -> list[Saved[ImportResult] | UserFacingError]:
        """Import several files, each in its own transaction; one bad file stops no other.

        Progress counts bytes over all files. Cancelling stops before the next file and
        returns what was imported so far (the file being sealed leaves nothing behind).
        """
        todo = [Path(p) for p in paths]
        total = sum(p.stat().st_size for p in todo if p.is_file())
        done_before = 0
        results: list[Saved[ImportResult] | UserFacingError] = []
        for path in todo:
            try:
                results.append(
                    self.import_file(
                        case_id,
                        path,
                        _offset(report, done_before, total),
                        should_cancel,
                    )
                )
            except ValidationError as exc:
                if exc.field_name != "file":
                    raise
                results.append(exc)
            except Cancelled:
                break
            done_before += path.stat().st_size if path.is_file() else 0
        return results

    # ---------------------------------------------------------------- reading
    def get(self, evidence_id: str) -> Evidence:
        with self._db.reading() as s:
            return evidence_record(get_row(s, EvidenceRow, "evidence", evidence_id))

    def for_case(self, case_id: str) -> list[Evidence]:
        with self._db.reading() as s:
            return load_evidence(s, case_id)

    def update(self, evidence_id: str, **fields: Any) -> Saved[Evidence]:
        values = clean("evidence", fields, creating=False)
        with self._db.transaction() as s:
            row = get_row(s, EvidenceRow, "evidence", evidence_id)
            draft_case(s, row.case_id)
            for name, value in values.items():
                setattr(row, name, value)
            return Saved(evidence_record(row), touched(cases=[row.case_id], evidence=[evidence_id]))

    def thumbnail(self, evidence_id: str) -> bytes | None:
        with self._db.reading() as s:
            row = s.get(ThumbnailRow, evidence_id)
            return row.jpeg if row else None

    def open(self, evidence_id: str) -> MediaReader:
        """The original bytes as a seekable stream, decrypted chunk by chunk in memory."""
        with self._db.transaction() as s:
            row = self._held(get_row(s, EvidenceRow, "evidence", evidence_id))
            append_custody(s, evidence_id, "accessed", {"purpose": "view"})
            assert row.media_name and row.file_key
            return self.media.open(row.media_name, row.file_key, row.chunk_log2, row.size_bytes)

    def export_original(
        self, evidence_id: str, destination: Path, report: Report | None = None
    ) -> Saved[Evidence]:
        """Write the original, byte-exact, to `destination`: an explicit plaintext export.

        The hash is checked while writing; a mismatch removes the partial file.
        """
        with self._db.reading() as s:
            row = self._held(get_row(s, EvidenceRow, "evidence", evidence_id))
            name, key, log2, expected = row.media_name, row.file_key, row.chunk_log2, row.sha256
            size = row.size_bytes
        assert name and key
        if destination.is_dir():
            raise _file_error(
                QT_TRANSLATE_NOOP("Errors", "“{path}” is a folder; give a file name."), destination
            )
        part = destination.with_name(destination.name + ".part")
        digest = hashlib.sha256()
        done = 0
        try:
            fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
            with os.fdopen(fd, "wb") as out:
                for chunk in self.media.chunks(name, key, log2):
                    out.write(chunk)
                    digest.update(chunk)
                    done += len(chunk)
                    if report:
                        report(done, size, destination.name)
                out.flush()
                os.fsync(out.fileno())
            if digest.hexdigest() != expected:
                raise MediaDamaged(detail="sha256 mismatch")
            os.replace(part, destination)
            fsync_dir(destination.parent)
        except OSError as exc:
            part.unlink(missing_ok=True)
            raise UserFacingError(
                QT_TRANSLATE_NOOP("Errors", "Could not write “{path}”: {reason}."),
                path=str(destination),
                reason=exc.strerror or str(exc),
            ) from exc
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        with self._db.transaction() as s:
            append_custody(
                s,
                evidence_id,
                "exported",
                {"sha256": expected, "hash_verified": True, "matches": True},
            )
            append_audit(s, "evidence", evidence_id, "exported", f"sha256={expected}")
            return Saved(
                evidence_record(get_row(s, EvidenceRow, "evidence", evidence_id)),
                touched(evidence=[evidence_id]),
            )

    def custody(self, evidence_id: str) -> list[CustodyEntry]:
        with self._db.reading() as s:
            get_row(s, EvidenceRow, "evidence", evidence_id)
            return custody_entries(s, evidence_id)

    # ---------------------------------------------------------------- integrity
    def verify(self, evidence_id: str) -> list[str]:
        """Problems with one item: media that fails to decrypt or hash, a broken custody chain."""
        with self._db.reading() as s:
            row = get_row(s, EvidenceRow, "evidence", evidence_id)
            entries = custody_entries(s, evidence_id)
            name, key, log2, sha, blob = (
                row.media_name,
                row.file_key,
                row.chunk_log2,
                row.sha256,
                row.blob_id,
            )
        problems = [
            f"evidence {evidence_id}: custody entry {seq} does not verify"
            for seq in broken_links(entries)
        ]
        if name is None or key is None:
            return problems
        if not self.media.path(name).exists():
            return [*problems, f"evidence {evidence_id}: media file missing"]
        plain = hashlib.sha256()
        try:
            for chunk in self.media.chunks(name, key, log2):
                plain.update(chunk)
        except MediaDamaged:
            return [*problems, f"evidence {evidence_id}: media file fails authentication"]
        if plain.hexdigest() != sha:
            problems.append(f"evidence {evidence_id}: SHA-256 differs from the one taken at intake")
        if blob and _file_sha256(self.media.path(name)) != blob:
            problems.append(f"evidence {evidence_id}: stored ciphertext differs from its blob id")
        return problems

    def all_ids(self) -> list[str]:
        with self._db.reading() as s:
            return list(s.scalars(select(EvidenceRow.id).order_by(EvidenceRow.imported_at)))

    def collect_orphans(self) -> int:
        """Tidy the media folder at unlock; returns how many files were set aside.

        A `.part` (an import cut short) is deleted. A sealed file no record names (a crash
        between writing it and committing its row, or an older vault.db restored over newer
        media) is set aside, not deleted: if a vault.db that names it comes back, it is moved
        back here at the next unlock and the evidence is whole again.
        """
        with self._db.reading() as s:
            known = set(
                s.scalars(select(EvidenceRow.media_name).where(EvidenceRow.media_name.is_not(None)))
            )
        changed = set_aside = 0
        for name in self.media.set_aside_names():
            if name in known and not self.media.path(name).exists():
                self.media.bring_back(name)
                changed += 1
        for name in self.media.names_on_disk():
            if name in known:
                continue
            if name.endswith(".part"):
                self.media.remove(name)
            else:
                self.media.put_aside(name)
                set_aside += 1
            changed += 1
        if changed:
            fsync_dir(self.media.directory)
            if self.media.set_aside.is_dir():
                fsync_dir(self.media.set_aside)
        return set_aside

    @staticmethod
    def _held(row: EvidenceRow) -> EvidenceRow:
        if row.media_name is None or row.file_key is None:
            raise UserFacingError(_NOT_HELD)
        return row


def _offset(report: Report | None, base: int, total: int) -> Report | None:
    """Progress of one file as part of several: add the bytes of the files before it."""
    if report is None:
        return None
    return lambda done, _total, name: report(base + done, total, name)


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
