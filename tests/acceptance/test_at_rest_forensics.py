"""No plaintext at rest (SYNC_SECURITY_RESEARCH.md §4, test 1).

A scripted session plants a unique random marker in every text field of every record, in an
imported file's name, in its EXIF and in an imported document's bytes; it searches, finalizes
and locks. Then no marker may appear, in any common encoding, in any file of the data dir or
of $TMPDIR, and the database and media files must look like random bytes.
"""

from __future__ import annotations

import base64
import collections
import contextlib
import dataclasses
import math
import secrets
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import pytest

from forms.consent import Consent
from forms.fields import ENTITIES, Kind
from storage.vault import Vault
from tests.conftest import PASSPHRASE, make_jpeg

DETENTION = "030102000000"  # MT04 act type: arbitrary detention
DIRECTLY = "010100000000"  # MT18: directly carried out the act
SQLITE_MAGIC = b"SQLite format 3"
MIN_ENTROPY_BYTES = 4096  # below this the plug-in estimate is too noisy to mean much
# Consent items that are choices or dates: markers there would be refused, not stored.
_CONSENT_NOT_FREE_TEXT = {
    "method",
    "given_by",
    "name_mode",
    "location_mode",
    "given_on",
    "review_on",
    "withdrawn_on",
}


class Markers:
    """Unique needles, remembered with where they were planted."""

    def __init__(self) -> None:
        self.where: dict[str, str] = {}

    def new(self, label: str) -> str:
        # Lower case on purpose: the search index folds case, so this is also the indexed form.
        marker = "zq" + secrets.token_hex(12)
        self.where[marker] = label
        return marker


def encodings(marker: str) -> dict[str, bytes]:
    """The forms in which a leaked marker could sit in a file."""
    raw = marker.encode("utf-8")
    forms = {
        "utf-8": raw,
        "utf-16le": marker.encode("utf-16-le"),
        "utf-16be": marker.encode("utf-16-be"),
        "hex": raw.hex().encode(),
        "HEX": raw.hex().upper().encode(),
    }
    # Base64 depends on where the marker starts modulo 3; each shift gives one aligned core.
    for shift in range(3):
        core = raw[shift:]
        core = core[: len(core) - len(core) % 3]
        forms[f"base64/{shift}"] = base64.b64encode(core)
    return forms


def find_markers(roots: list[Path], markers: list[str]) -> list[str]:
    """Every (file, marker, encoding) hit under `roots`."""
    needles = [(m, name, form) for m in markers for name, form in encodings(m).items()]
    # A short needle (an empty base64 core) would match anything and hide a real result.
    assert all(len(form) >= 16 for _, _, form in needles)
    hits = []
    for root in roots:
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            data = path.read_bytes()
            hits += [f"{path}: {m} as {name}" for m, name, form in needles if form in data]
    return hits


def shannon_entropy(data: bytes) -> float:
    counts = collections.Counter(data)
    return -sum(c / len(data) * math.log2(c / len(data)) for c in counts.values())


def entropy_floor(size: int) -> float:
    """Three times the estimator's bias below 8 bits/byte: random data of `size` bytes lands
    at 8 - bias with a spread far smaller than that (4 KiB: 7.955 ± 0.004, floor 7.865;
    64 KiB: 7.9972 ± 0.0003, floor 7.9916), while text or SQLite pages sit near 4-6."""
    bias = 255 / (2 * size * math.log(2))
    return 8 - 3 * bias


def looks_unencrypted(path: Path) -> list[str]:
    data = path.read_bytes()
    problems = []
    if SQLITE_MAGIC in data:
        problems.append(f"{path}: contains {SQLITE_MAGIC!r}")
    if len(data) < MIN_ENTROPY_BYTES:
        problems.append(f"{path}: only {len(data)} bytes, too small to judge")
    elif (entropy := shannon_entropy(data)) < entropy_floor(len(data)):
        problems.append(f"{path}: entropy {entropy:.4f} < {entropy_floor(len(data)):.4f}")
    return problems


# ---------------------------------------------------------------------------- the session
def text_fields(entity: str, markers: Markers) -> dict[str, Any]:
    """A marker in every free-text field the registry lists for `entity`."""
    values: dict[str, Any] = {}
    for f in ENTITIES[entity]:
        label = f"{entity}.{f.name}"
        if f.kind in (Kind.TEXT, Kind.LONG_TEXT, Kind.DATETIME):
            values[f.name] = f"texto {markers.new(label)} fin"
        elif f.kind is Kind.TEXT_LIST:
            values[f.name] = [markers.new(label), markers.new(label)]
        elif f.kind is Kind.RECORDS:
            values[f.name] = [{"where": markers.new(label), "result": markers.new(label)}]
    return values


def consent_with_markers(markers: Markers) -> Consent:
    free_text = {
        f.name: markers.new(f"consent.{f.name}")
        for f in dataclasses.fields(Consent)
        if f.type == "str" and f.name not in _CONSENT_NOT_FREE_TEXT
    }
    assert len(free_text) >= 8, free_text  # the generic walk really found the text items
    return Consent(uses={"store": True}, method="written", given_on="2026-03-01", **free_text)


def plain_document(path: Path, markers: Markers) -> Path:
    """A low-entropy text file full of markers: its media file must still look random."""
    lines = [
        f"Testimonio de la comunidad, renglón {i}: {markers.new('document')}" for i in range(5)
    ]
    path.write_text("\n".join(lines * 600), encoding="utf-8")
    return path


def run_session(home: Path, source: Path, markers: Markers) -> None:
    """Create, add, import, search, finalize, lock: what a defender does in a day."""
    vault = Vault.create(home, PASSPHRASE, kdf_profile="fast").vault
    try:
        case = vault.cases.create(**text_fields("case", markers)).value
        victim = vault.persons.create(
            case_id=case.id, role="victim", **text_fields("person", markers)
        ).value
        perpetrator = vault.persons.create(
            case_id=case.id, role="perpetrator", **text_fields("person", markers)
        ).value
        act = vault.acts.add(
            case.id, victim.id, type_of_act=DETENTION, **text_fields("act", markers)
        ).value
        vault.acts.set_arrest(act.id, **text_fields("arrest", markers))
        vault.acts.add_involvement(
            act.id, perpetrator.id, degree=DIRECTLY, **text_fields("involvement", markers)
        )
        testimony = vault.testimonies.add(
            case.id, victim.id, **text_fields("testimony", markers)
        ).value
        vault.testimonies.record_consent(testimony.id, consent_with_markers(markers))
        photo = make_jpeg(
            source / f"IMG_{markers.new('file name')}.jpg",
            size=(1600, 1200),
            exif_fields={
                "Make": markers.new("exif Make"),
                "Model": markers.new("exif Model"),
                "ImageDescription": markers.new("exif ImageDescription"),
                "DateTimeOriginal": "2026:03:14 21:40:05",
                "GPS": (16.9, -92.09),
            },
        )
        document = plain_document(source / f"{markers.new('file name')}.txt", markers)
        results = vault.evidence.import_files(case.id, [photo, document])
        imported = [r.value.evidence for r in results if not isinstance(r, Exception)]
        assert len(imported) == 2, results
        for item in imported:
            vault.evidence.update(item.id, **text_fields("evidence", markers))
        assert vault.evidence.thumbnail(imported[0].id), "the photo should get a thumbnail"
        narrative_marker = next(m for m, w in markers.where.items() if w == "testimony.narrative")
        assert [h.case_id for h in vault.search(narrative_marker)] == [case.id]
        vault.cases.finalize(case.id)
        draft = vault.cases.create(**text_fields("case", markers)).value  # stays a draft
        vault.persons.create(case_id=draft.id, role="witness", **text_fields("person", markers))
    finally:
        vault.lock()


# ---------------------------------------------------------------------------- the tests
@pytest.fixture
def scratch_tmpdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty $TMPDIR for everything the session (Python, SQLite, Pillow) might use."""
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(tmpdir))
    monkeypatch.setattr(tempfile, "tempdir", str(tmpdir))
    return tmpdir


def test_no_marker_and_no_plaintext_at_rest(tmp_path: Path, scratch_tmpdir: Path) -> None:
    home = tmp_path / "data"
    source = tmp_path / "source"  # where the person's files come from: not scanned
    source.mkdir()
    markers = Markers()
    run_session(home, source, markers)
    assert len(markers.where) > 60, "every entity's text fields should carry markers"

    assert find_markers([home, scratch_tmpdir], list(markers.where)) == []
    files = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())
    media = sorted(p for p in (home / "media").iterdir())
    assert len(media) == 2 and all(p.suffix == ".bin" for p in media), files
    # Neutral names only, and no -wal/-shm/-journal or temporary file once locked.
    assert set(files) == {
        "vault.key",
        "vault.db",
        "vault.lock",
        *(f"media/{p.name}" for p in media),
    }
    problems = [p for path in (home / "vault.db", *media) for p in looks_unencrypted(path)]
    assert problems == []


def test_scanner_catches_plaintext_it_is_shown(tmp_path: Path) -> None:
    """Negative control: the same checks fail on plaintext, so a pass above means something."""
    markers = Markers()
    planted = {name: markers.new(name) for name in encodings("x")}
    control = tmp_path / "control"
    control.mkdir()
    for i, (name, marker) in enumerate(planted.items()):
        (control / f"control-{i}.bin").write_bytes(b"\x00junk" + encodings(marker)[name] + b"\xff")
    hits = find_markers([control], list(planted.values()))
    for name, marker in planted.items():
        assert any(f"{marker} as {name}" in hit for hit in hits), name

    plain = control / "plain.db"
    with contextlib.closing(sqlite3.connect(plain)) as conn, conn:
        conn.execute("CREATE TABLE t (body TEXT)")
        conn.executemany(
            "INSERT INTO t VALUES (?)", [(f"testimonio {markers.new('row')}",) for _ in range(500)]
        )
    assert find_markers([plain.parent], [m for m, w in markers.where.items() if w == "row"])
    problems = looks_unencrypted(plain)
    assert any("SQLite format 3" in p for p in problems)
    assert any("entropy" in p for p in problems)
    doc = plain_document(control / "doc.txt", markers)
    assert any("entropy" in p for p in looks_unencrypted(doc))
