"""Evidence intake: hash at intake, EXIF fields, thumbnail, custody chain, export, orphans."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from forms.errors import ValidationError
from storage.custody import broken_links
from storage.errors import RecordIsFinal
from storage.paths import VaultPaths
from storage.vault import Vault
from tests.conftest import PASSPHRASE, make_jpeg


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    source = tmp_path / "sd"
    source.mkdir()
    return make_jpeg(
        source / "IMG_0001.JPG",
        exif_fields={
            "Make": "Motorola",
            "Model": "moto g",
            "DateTimeOriginal": "2026:03:14 21:40:05",
            "GPS": (16.9, -92.09),
        },
    )


def test_import_records_hash_exif_thumbnail_and_custody(vault: Vault, photo: Path) -> None:
    case = vault.cases.create(title="x").value
    seen: list[tuple[int, int]] = []
    result = vault.evidence.import_file(case.id, photo, report=lambda d, t, _n: seen.append((d, t)))
    item = result.value.evidence
    assert item.sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert (item.kind, item.mime, item.size_bytes) == ("photo", "image/jpeg", photo.stat().st_size)
    assert item.camera == "Motorola moto g" and item.exif_captured_at == "2026-03-14T21:40:05"
    assert item.gps_lat == pytest.approx(16.9, abs=1e-3) and item.gps_lon == pytest.approx(
        -92.09, abs=1e-3
    )
    assert item.original_filename == "IMG_0001.JPG" and item.held
    assert seen and seen[-1] == (photo.stat().st_size, photo.stat().st_size)
    thumb = vault.evidence.thumbnail(item.id)
    assert thumb and thumb.startswith(b"\xff\xd8") and b"Motorola" not in thumb  # no EXIF copied
    (entry,) = vault.evidence.custody(item.id)
    assert entry.action == "collected" and entry.body["sha256"] == item.sha256


def test_stream_and_export_give_the_original_bytes(
    vault: Vault, photo: Path, tmp_path: Path
) -> None:
    case = vault.cases.create(title="x").value
    item = vault.evidence.import_file(case.id, photo).value.evidence
    with vault.evidence.open(item.id) as stream:
        assert stream.read() == photo.read_bytes()
    out = tmp_path / "export.jpg"
    vault.evidence.export_original(item.id, out)
    assert out.read_bytes() == photo.read_bytes()
    entries = vault.evidence.custody(item.id)
    assert [e.action for e in entries] == ["collected", "accessed", "exported"]
    assert broken_links(entries) == []


def test_custody_chain_detects_an_edited_entry(vault: Vault, photo: Path) -> None:
    case = vault.cases.create(title="x").value
    item = vault.evidence.import_file(case.id, photo).value.evidence
    vault.evidence.open(item.id).close()
    entries = vault.evidence.custody(item.id)
    forged = [entries[0], type(entries[1])(**{**entries[1].__dict__, "action": "verified"})]
    assert broken_links(forged) == [forged[1].seq]


def test_bad_files_get_clear_errors(vault: Vault, tmp_path: Path) -> None:
    case = vault.cases.create(title="x").value
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    folder = tmp_path / "folder"
    folder.mkdir()
    for path, words in (
        (empty, "empty"),
        (folder, "folder"),
        (tmp_path / "missing.jpg", "does not exist"),
    ):
        with pytest.raises(ValidationError, match=words):
            vault.evidence.import_file(case.id, path)
    assert vault.evidence.for_case(case.id) == []
    assert os.listdir(VaultPaths(vault.paths.home).media) == []


def test_import_many_keeps_going_past_a_bad_file(vault: Vault, photo: Path, tmp_path: Path) -> None:
    case = vault.cases.create(title="x").value
    results = vault.evidence.import_files(case.id, [photo, tmp_path / "nope.jpg", photo])
    assert [type(r).__name__ for r in results] == ["Saved", "ValidationError", "Saved"]
    assert len(vault.evidence.for_case(case.id)) == 2


def test_final_case_takes_no_new_evidence(vault: Vault, photo: Path) -> None:
    case = vault.cases.create(title="x").value
    vault.cases.finalize(case.id)
    with pytest.raises(RecordIsFinal):
        vault.evidence.import_file(case.id, photo)
    assert os.listdir(VaultPaths(vault.paths.home).media) == []


def test_orphans_from_a_crash_are_collected_at_unlock(
    vault: Vault, photo: Path, home: Path
) -> None:
    case = vault.cases.create(title="x").value
    kept = vault.evidence.import_file(case.id, photo).value.evidence
    vault.lock()
    media = VaultPaths(home).media
    (media / "0123abcd.part").write_bytes(os.urandom(100))
    (media / ("f" * 32 + ".bin")).write_bytes(os.urandom(100))
    reopened = Vault.unlock(home, PASSPHRASE)
    assert len([p for p in media.iterdir() if p.is_file()]) == 1  # the kept photo
    assert os.listdir(media / "unreferenced") == ["f" * 32 + ".bin"]  # set aside, not lost
    assert reopened.evidence.verify(kept.id) == []
    reopened.lock()


def test_restoring_an_older_database_loses_no_evidence_file(
    vault: Vault, photo: Path, home: Path, tmp_path: Path
) -> None:
    """An older vault.db put back over newer media sets the newer files aside; when the newer
    vault.db comes back, so do they."""
    case = vault.cases.create(title="x").value
    vault.lock()
    older = tmp_path / "older.db"
    shutil.copy(home / "vault.db", older)
    vault = Vault.unlock(home, PASSPHRASE)
    newer_item = vault.evidence.import_file(case.id, photo).value.evidence
    vault.lock()
    newer = tmp_path / "newer.db"
    shutil.copy(home / "vault.db", newer)

    shutil.copy(older, home / "vault.db")
    Vault.unlock(home, PASSPHRASE).lock()
    media = VaultPaths(home).media
    assert [p.is_file() for p in media.iterdir()] == [False]  # only the set-aside folder
    assert len(os.listdir(media / "unreferenced")) == 1

    shutil.copy(newer, home / "vault.db")
    reopened = Vault.unlock(home, PASSPHRASE)
    assert reopened.evidence.verify(newer_item.id) == []
    with reopened.evidence.open(newer_item.id) as original:
        assert original.read() == photo.read_bytes()
    assert os.listdir(media / "unreferenced") == []
    reopened.lock()


def test_cancelling_many_keeps_what_was_imported(vault: Vault, photo: Path) -> None:
    case = vault.cases.create(title="x").value
    calls = {"n": 0}

    def cancel_after_first_file() -> bool:
        calls["n"] += 1
        return len(vault.evidence.for_case(case.id)) >= 1

    results = vault.evidence.import_files(
        case.id, [photo, photo, photo], should_cancel=cancel_after_first_file
    )
    assert len(results) == 1 and len(vault.evidence.for_case(case.id)) == 1
    assert len(os.listdir(VaultPaths(vault.paths.home).media)) == 1  # no half-sealed file
