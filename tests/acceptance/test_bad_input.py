"""Hostile and odd input: each gets a clear error or is stored faithfully, and nothing stored
before is lost (counts and earlier records compared after every attempt)."""

from __future__ import annotations

import hashlib
import json
import struct
import unicodedata
import warnings
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from forms.errors import UserFacingError, ValidationError
from storage.errors import WrongPassphrase
from storage.vault import Vault
from tests.conftest import PASSPHRASE, make_jpeg

DETENTION = "030102000000"


# ---------------------------------------------------------------------------- what was there before
@pytest.fixture
def stocked(vault: Vault, tmp_path: Path) -> Vault:
    """A vault that already holds a case, a person, a testimony and a photo."""
    case = vault.cases.create(title="Desalojo en el ejido", start_date="2026-01").value
    person = vault.persons.create(case_id=case.id, role="victim", name="Juana López").value
    vault.testimonies.add(case.id, person.id, narrative="Llegaron al amanecer.")
    vault.evidence.import_file(case.id, make_jpeg(tmp_path / "earlier.jpg"))
    return vault


def everything(vault: Vault) -> str:
    """All records and the media directory's listing, to compare before and after."""
    cases = [vault.cases.snapshot(s.id) for s in vault.cases.summaries()]
    media = sorted(p.name for p in vault.paths.media.iterdir())
    persons = [repr(p) for p in vault.persons.all()]
    return json.dumps({"cases": cases, "persons": persons, "media": media}, sort_keys=True)


def assert_kept(before: dict[str, Any], after: dict[str, Any], new_evidence: int) -> None:
    """Everything stored before is still there, unchanged; only new evidence was added."""
    assert after["persons"] == before["persons"]
    assert len(after["media"]) == len(before["media"]) + new_evidence
    assert set(before["media"]) <= set(after["media"])
    for old, new in zip(before["cases"], after["cases"], strict=True):
        assert new["evidence"][: len(old["evidence"])] == old["evidence"]
        assert {**new, "evidence": []} == {**old, "evidence": []}


def first_case(vault: Vault) -> str:
    (summary,) = [s for s in vault.cases.summaries() if s.title == "Desalojo en el ejido"]
    return summary.id


# ---------------------------------------------------------------------------- files
def png_header_only(path: Path, width: int, height: int) -> Path:
    """A valid PNG whose header claims width x height over a tiny IDAT: a decompression bomb
    for any viewer that trusts the header, built without allocating the pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB, no interlace
    idat = zlib.compress(b"\0" * 1024)
    body = chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + body)
    return path


def truncated_jpeg(path: Path) -> Path:
    whole = make_jpeg(path, size=(800, 600), exif_fields={"Make": "Nokia"}).read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    return path


ODD_FILES: dict[str, tuple[Callable[[Path], Path], str, str]] = {
    # name: (make it, sniffed MIME, why there is no thumbnail)
    "text named .jpg": (
        lambda d: _write(d / "foto.jpg", b"Esto no es una imagen.\n" * 40),
        "text/plain",
        "",
    ),
    "binary named .jpg": (
        lambda d: _write(d / "IMG_0002.jpg", bytes(range(256)) * 40),
        "application/octet-stream",
        "",
    ),
    "truncated JPEG": (lambda d: truncated_jpeg(d / "cut.jpg"), "image/jpeg", "unreadable"),
    "PNG claiming 50000x50000": (
        lambda d: png_header_only(d / "bomb.png", 50_000, 50_000),
        "image/png",
        "too_large",
    ),
    "PNG claiming 10000x10000 (Pillow's warning zone)": (
        lambda d: png_header_only(d / "big.png", 10_000, 10_000),
        "image/png",
        "too_large",
    ),
}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("name", list(ODD_FILES))
def test_odd_files_are_stored_faithfully_without_thumbnail(
    stocked: Vault, tmp_path: Path, name: str
) -> None:
    make, mime, problem = ODD_FILES[name]
    source = tmp_path / "source"
    source.mkdir()
    path = make(source)
    case_id = first_case(stocked)
    before = everything(stocked)
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        result = stocked.evidence.import_file(case_id, path).value
    assert [str(w.message) for w in seen] == []
    item = result.evidence
    assert (item.mime, result.thumbnail_problem) == (mime, problem)
    assert stocked.evidence.thumbnail(item.id) is None
    assert item.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    with stocked.evidence.open(item.id) as stream:
        assert stream.read() == path.read_bytes()
    assert stocked.evidence.verify(item.id) == []
    assert_kept(json.loads(before), json.loads(everything(stocked)), new_evidence=1)


def _missing(d: Path) -> Path:
    return d / "no-such-file.jpg"


def _folder(d: Path) -> Path:
    (d / "DCIM").mkdir()
    return d / "DCIM"


BAD_FILES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "0-byte file": (lambda d: _write(d / "empty.jpg", b""), "empty"),
    "directory": (_folder, "folder"),
    "missing file": (_missing, "does not exist"),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_unusable_files_get_a_clear_error_and_change_nothing(
    stocked: Vault, tmp_path: Path, name: str
) -> None:
    make, words = BAD_FILES[name]
    path = make(tmp_path)
    before = everything(stocked)
    with pytest.raises(ValidationError) as info:
        stocked.evidence.import_file(first_case(stocked), path)
    assert words in info.value.text() and str(path) in info.value.text()
    assert info.value.field_name == "file"
    assert everything(stocked) == before


def test_import_many_reports_each_bad_file_and_keeps_the_good(
    stocked: Vault, tmp_path: Path
) -> None:
    good = make_jpeg(tmp_path / "good.jpg")
    bad = [make(tmp_path) for make, _ in BAD_FILES.values()]
    before = json.loads(everything(stocked))
    results = stocked.evidence.import_files(first_case(stocked), [bad[0], good, *bad[1:]])
    assert [isinstance(r, UserFacingError) for r in results] == [True, False, True, True]
    assert_kept(before, json.loads(everything(stocked)), new_evidence=1)


# ---------------------------------------------------------------------------- text
MIXED = {
    "emoji": "Amenazas 👩🏽‍⚖️ por WhatsApp 📱🔥 (ZWJ sequence and skin tone)",
    "arabic": "شهادة المدافعة عن حقوق الإنسان",
    "hebrew": "עדות של המגינה",
    "arabic with harakat": "شَهَادَة مُدافِعَة",
    "mixed direction": "Testimonio \u202bעדות\u202c y شهادة en la misma línea",
    "decomposed": "Nin\u0303o desplazado, cafe\u0301, Xunka\u0301",  # combining marks, not NFC
    "stacked marks": "z\u0351\u0346\u036ba\u0316\u0359lgo",
}
SEARCHES = {
    "arabic": "شهادة",
    "hebrew": "עדות",
    "arabic with harakat": "شَهَادَة",
    "decomposed": "Nin\u0303o",  # typed with a combining tilde, as some keyboards send it
}


def test_any_script_reads_back_identical_and_is_searchable(stocked: Vault) -> None:
    before = json.loads(everything(stocked))
    ids = {}
    for label, value in MIXED.items():
        case = stocked.cases.create(title=value, description=value, community=value).value
        person = stocked.persons.create(
            case_id=case.id, role="victim", name=value, notes=value
        ).value
        stocked.testimonies.add(case.id, person.id, narrative=value, summary=value)
        ids[label] = case.id
        read = stocked.cases.get(case.id)
        assert (read.title, read.description, read.community) == (value, value, value), label
        assert stocked.persons.get(person.id).name == value, label
        (testimony,) = stocked.testimonies.for_case(case.id)
        assert (testimony.narrative, testimony.summary) == (value, value), label
    # Faithful means not even normalized: the decomposed text keeps its combining marks.
    assert stocked.cases.get(ids["decomposed"]).title != unicodedata.normalize(
        "NFC", MIXED["decomposed"]
    )
    for label, query in SEARCHES.items():
        assert ids[label] in [h.case_id for h in stocked.search(query)], label
    composed = unicodedata.normalize("NFC", SEARCHES["decomposed"])
    assert ids["decomposed"] in [h.case_id for h in stocked.search(composed)]
    assert stocked.search("👩🏽‍⚖️📱") == []  # symbols alone are no query, and no error
    after = json.loads(everything(stocked))
    assert [c for c in after["cases"] if c in before["cases"]] == before["cases"]


# ---------------------------------------------------------------------------- dates
IMPOSSIBLE = "2026-02-30"


def test_impossible_dates_are_refused_everywhere_and_store_nothing(stocked: Vault) -> None:
    case_id = first_case(stocked)
    victim = stocked.persons.all()[0].id
    attempts: dict[str, Callable[[], object]] = {
        "case.start_date": lambda: stocked.cases.create(title="x", start_date=IMPOSSIBLE),
        "case.end_date update": lambda: stocked.cases.update(case_id, end_date=IMPOSSIBLE),
        "person.birth_date": lambda: stocked.persons.create(name="y", birth_date=IMPOSSIBLE),
        "act.start_date": lambda: stocked.acts.add(
            case_id, victim, type_of_act=DETENTION, start_date=IMPOSSIBLE
        ),
        "testimony.taken_on": lambda: stocked.testimonies.add(case_id, taken_on=IMPOSSIBLE),
    }
    before = everything(stocked)
    for label, attempt in attempts.items():
        with pytest.raises(ValidationError) as info:
            attempt()
        assert "not a real date" in info.value.text(), label
        assert IMPOSSIBLE in info.value.text(), label
        assert everything(stocked) == before, label
    assert stocked.acts.for_case(case_id) == []


# ---------------------------------------------------------------------------- passphrases
PASSPHRASES = [
    "she said \"no\" and 'left'",
    "back\\slash \\x00 \\n not escapes",
    "x'; PRAGMA key = 'y'; --",
    "contraseña ñandú 日本語 🔐 שלום",
    "\u202eright-to-left override",
]


@pytest.mark.parametrize("passphrase", PASSPHRASES)
def test_odd_passphrases_create_unlock_and_change(home: Path, passphrase: str) -> None:
    created = Vault.create(home, passphrase, kdf_profile="fast")
    case_id = created.vault.cases.create(title="Guardado").value.id
    created.vault.lock()
    Vault.unlock(home, passphrase).lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(home, passphrase + " ")
    new = passphrase[::-1] + ' "otra" \\ ñ'
    Vault.change_passphrase(home, passphrase, new)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(home, passphrase)
    vault = Vault.unlock(home, new)
    assert vault.cases.get(case_id).title == "Guardado"
    vault.lock()


def test_a_passphrase_typed_decomposed_opens_the_composed_one(home: Path) -> None:
    Vault.create(home, "año de la señora " + PASSPHRASE, kdf_profile="fast").vault.lock()
    decomposed = unicodedata.normalize("NFD", "año de la señora " + PASSPHRASE)
    assert decomposed != "año de la señora " + PASSPHRASE
    Vault.unlock(home, decomposed).lock()
