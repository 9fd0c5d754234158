"""Tamper detection (SYNC_SECURITY_RESEARCH.md §4, test 3), on copies of a populated vault.

Every random alteration of vault.db must be noticed: unlock refuses with a VaultError, or
`vault.check()` lists problems, or reading raises a VaultError; an altered vault that opens,
checks clean and reads back different content is the failure this file exists to catch, and
no attempt to open an altered vault may delete a media file.
Media files: any alteration makes `verify` report and reading raise MediaDamaged.
vault.key: a flipped bit is DamagedKeyfile or WrongPassphrase, never a silent unlock.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import os
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import text

from storage.errors import DamagedKeyfile, VaultError, WrongPassphrase
from storage.media import PREFIX_BYTES, TAG_BYTES, MediaDamaged, MediaStore
from storage.vault import Vault
from tests.conftest import PASSPHRASE

PAGE = 4096  # SQLCipher 4's default page size
DB_MUTATIONS, DB_MUTATIONS_SLOW = 200, 2000
SEED = int(os.environ.get("TAMPER_SEED", random.SystemRandom().randrange(1 << 32)))

Mutation = Callable[[bytes], bytes]


# ---------------------------------------------------------------------------- a populated vault
def populate(vault: Vault, source: Path) -> None:
    """Enough records to spread over dozens of pages, an index, evidence, a final case."""
    words = ["detención", "desaparición", "amenaza", "desalojo", "milpa", "comunidad", "policía"]
    rng = random.Random(7)
    for i in range(12):
        case = vault.cases.create(
            title=f"Caso {i} {rng.choice(words)}",
            description=" ".join(rng.choices(words, k=200)),
            start_date=f"2025-{i % 12 + 1:02d}",
            community=f"Ejido {i}",
        ).value
        person = vault.persons.create(case_id=case.id, role="victim", name=f"Persona {i}").value
        vault.testimonies.add(case.id, person.id, narrative=" ".join(rng.choices(words, k=400)))
        if i < 2:
            photo = source / f"evidence-{i}.bin"
            photo.write_bytes(rng.randbytes(3000 + i))
            vault.evidence.import_file(case.id, photo)
        if i == 0:
            vault.cases.finalize(case.id)


def dump(vault: Vault) -> str:
    """Everything the services show, and every row of every table, as one text."""
    parts = []
    for summary in vault.cases.summaries():
        parts.append(json.dumps(vault.cases.snapshot(summary.id), sort_keys=True))
        parts += [repr(v) for v in vault.cases.versions(summary.id)]
        parts.append(repr(vault.history.audit(summary.id)))
        parts.append(repr(vault.history.custody(summary.id)))
    parts.append(repr(vault.persons.all()))
    parts += [repr(vault.search(q)) for q in ("detencion", "milpa ejido", "persona 3")]
    with vault.db.reading() as s:
        tables = s.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%'")
        ).scalars()
        for table in sorted(tables):
            parts.append(repr(s.execute(text(f'SELECT * FROM "{table}" ORDER BY 1')).all()))
    return "\n".join(parts)


@dataclass(frozen=True)
class Pristine:
    home: Path
    content: str = field(repr=False)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Pristine:
    root = tmp_path_factory.mktemp("pristine")
    source = root / "source"
    source.mkdir()
    vault = Vault.create(root / "home", PASSPHRASE, kdf_profile="fast").vault
    try:
        populate(vault, source)
    finally:
        vault.lock()
    vault = Vault.unlock(root / "home", PASSPHRASE)
    try:
        assert vault.check() == []
        content = dump(vault)
    finally:
        vault.lock()
    return Pristine(root / "home", content)


def copy_home(pristine: Pristine, target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(pristine.home, target)
    return target


# ---------------------------------------------------------------------------- database mutations
def _flip(rng: random.Random, data: bytes, page: int | None = None) -> bytes:
    out = bytearray(data)
    start = (page if page is not None else rng.randrange(len(data) // PAGE)) * PAGE
    offset = start + rng.randrange(PAGE)
    out[offset] ^= 1 << rng.randrange(8)
    return bytes(out)


def _overwrite(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    offset = rng.randrange(len(data))
    for i in range(offset, min(len(data), offset + rng.randint(1, 16))):
        out[i] = (out[i] + rng.randrange(1, 256)) % 256  # never the same byte again
    return bytes(out)


def _swap_pages(rng: random.Random, data: bytes) -> bytes:
    pages = [data[i : i + PAGE] for i in range(0, len(data), PAGE)]
    a, b = rng.sample(range(len(pages)), 2)
    pages[a], pages[b] = pages[b], pages[a]
    return b"".join(pages)


def db_mutation(rng: random.Random) -> tuple[str, Mutation]:
    """One random alteration of the database file, named for the failure message."""
    choices: list[tuple[str, Mutation]] = [
        ("bit flip in a random page", lambda d: _flip(rng, d)),
        ("bit flip in the header page", lambda d: _flip(rng, d, page=0)),
        ("bytes overwritten", lambda d: _overwrite(rng, d)),
        ("two pages swapped", lambda d: _swap_pages(rng, d)),
        ("truncated anywhere", lambda d: d[: rng.randrange(len(d))]),
        ("truncated at a page boundary", lambda d: d[: PAGE * rng.randrange(len(d) // PAGE)]),
        ("junk appended", lambda d: d + rng.randbytes(rng.randint(1, 3 * PAGE))),
        ("a page appended again", lambda d: d + d[-PAGE:]),
    ]
    return rng.choice(choices)


SILENT_SAME = "SILENT: opened, checked clean, same content"
SILENT_CHANGED = "SILENT: opened, checked clean, DIFFERENT content"


def outcome(home: Path, expected: str) -> str:
    """How an altered vault was caught: 'unlock', 'check' or 'read' (raised); else SILENT…"""
    try:
        vault = Vault.unlock(home, PASSPHRASE)
    except VaultError:
        return "unlock"
    try:
        if vault.check():
            return "check"
        return SILENT_SAME if dump(vault) == expected else SILENT_CHANGED
    except VaultError:
        return "read"
    finally:
        vault.lock()


def judge(home: Path, expected: str) -> str:
    """`outcome`, plus the one thing an attempt must never do: delete evidence files."""
    media = sorted(p.name for p in (home / "media").iterdir())
    try:
        how = outcome(home, expected)
    except Exception as exc:  # a bug, not a detection: known damage must be a VaultError
        how = f"BUG: {type(exc).__name__}: {exc}"
    if sorted(p.name for p in (home / "media").iterdir()) != media:
        how += " (and media files were deleted)"
    return how


def run_db_mutations(pristine: Pristine, work: Path, count: int) -> None:
    rng = random.Random(SEED)
    original = (pristine.home / "vault.db").read_bytes()
    failures = []
    caught: dict[str, int] = {}
    for i in range(count):
        name, mutate = db_mutation(rng)
        home = copy_home(pristine, work)
        altered = mutate(original)
        assert altered != original, name
        (home / "vault.db").write_bytes(altered)
        how = judge(home, pristine.content)
        caught[how] = caught.get(how, 0) + 1
        if how not in ("unlock", "check", "read"):
            failures.append(f"#{i} {name}: {how}")
    assert failures == [], f"seed {SEED} (TAMPER_SEED to repeat), caught: {caught}"
    assert caught.get("unlock") and caught.get("check"), caught  # both layers were exercised


def test_database_alterations_are_all_detected(pristine: Pristine, tmp_path: Path) -> None:
    run_db_mutations(pristine, tmp_path / "work", DB_MUTATIONS)


@pytest.mark.slow
def test_database_alterations_are_all_detected_many(pristine: Pristine, tmp_path: Path) -> None:
    run_db_mutations(pristine, tmp_path / "work", DB_MUTATIONS_SLOW)


def test_unaltered_copy_passes(pristine: Pristine, tmp_path: Path) -> None:
    """Control: the judge does not call everything damaged."""
    home = copy_home(pristine, tmp_path / "work")
    assert judge(home, pristine.content) == SILENT_SAME


@pytest.mark.parametrize("loss", ["emptied", "deleted"])
def test_a_lost_database_is_refused_and_no_evidence_file_removed(
    pristine: Pristine, tmp_path: Path, loss: str
) -> None:
    """Opening over a missing or 0-byte vault.db must not start a fresh, empty database and
    then collect every media file as an orphan: that would destroy the evidence silently."""
    home = copy_home(pristine, tmp_path / "work")
    database = home / "vault.db"
    if loss == "emptied":
        database.write_bytes(b"")
    else:
        database.unlink()
    assert judge(home, pristine.content) == "unlock"


def test_an_edit_through_the_right_key_is_visible_to_the_judge(
    pristine: Pristine, tmp_path: Path
) -> None:
    """Control: content changed with the key (not tampering) is seen as different content."""
    home = copy_home(pristine, tmp_path / "work")
    vault = Vault.unlock(home, PASSPHRASE)
    vault.persons.create(name="Alguien más")
    vault.lock()
    assert judge(home, pristine.content) == SILENT_CHANGED


# ---------------------------------------------------------------------------- media mutations
CHUNK = 1 << 20
STORED = CHUNK + TAG_BYTES


def media_mutations(raw: bytes, rng: random.Random) -> dict[str, bytes]:
    """Every kind of alteration, at and off chunk boundaries, of one sealed file."""
    body = raw[PREFIX_BYTES:]
    chunks = [body[i : i + STORED] for i in range(0, len(body), STORED)]
    assert len(chunks) >= 3
    flips = {}
    for label, offset in (
        ("prefix", rng.randrange(PREFIX_BYTES)),
        ("first chunk", PREFIX_BYTES + rng.randrange(CHUNK)),
        ("a tag", PREFIX_BYTES + CHUNK + rng.randrange(TAG_BYTES)),
        ("last byte", len(raw) - 1),
        ("anywhere", rng.randrange(len(raw))),
    ):
        flipped = bytearray(raw)
        flipped[offset] ^= 1 << rng.randrange(8)
        flips[f"bit flip in {label}"] = bytes(flipped)
    prefix = raw[:PREFIX_BYTES]
    boundaries = {
        f"truncated after chunk {k}": prefix + b"".join(chunks[: k + 1])
        for k in range(len(chunks) - 1)
    }
    return {
        **flips,
        **boundaries,
        "truncated to nothing": b"",
        "truncated to the prefix": prefix,
        "truncated inside the last tag": raw[: -rng.randint(1, TAG_BYTES - 1)],
        "truncated leaving a scrap shorter than a tag": prefix + chunks[0] + chunks[1][:5],
        "truncated mid chunk": raw[: PREFIX_BYTES + STORED + rng.randrange(1, CHUNK)],
        "first two chunks swapped": prefix + chunks[1] + chunks[0] + b"".join(chunks[2:]),
        "last two chunks swapped": prefix + b"".join([*chunks[:-2], chunks[-1], chunks[-2]]),
        "middle chunk dropped": prefix + chunks[0] + b"".join(chunks[2:]),
        "first chunk dropped": prefix + b"".join(chunks[1:]),
        "first chunk repeated": prefix + chunks[0] + b"".join(chunks),
        "junk appended": raw + rng.randbytes(rng.randint(1, 100)),
        "a full chunk of junk appended": raw + rng.randbytes(STORED),
        "last chunk appended again": raw + chunks[-1],
    }


@pytest.fixture
def media_vault(vault: Vault, tmp_path: Path) -> Vault:
    """Two items over several 1 MiB chunks: one ends mid chunk, one exactly on a boundary."""
    case = vault.cases.create(title="Evidencia").value
    for name, size in (("ragged.bin", 3 * CHUNK + 777), ("exact.bin", 3 * CHUNK)):
        (tmp_path / name).write_bytes(os.urandom(size))
        vault.evidence.import_file(case.id, tmp_path / name)
    return vault


def media_file(vault: Vault, evidence_id: str) -> Path:
    """The encrypted file of an item, found by its blob id (the SHA-256 of the ciphertext)."""
    blob = vault.evidence.get(evidence_id).blob_id
    media = vault.paths.media
    (path,) = [p for p in media.iterdir() if hashlib.sha256(p.read_bytes()).hexdigest() == blob]
    return path


def read_all(vault: Vault, evidence_id: str) -> bytes:
    with vault.evidence.open(evidence_id) as stream:
        return stream.read()


def media_caught(attempt: Callable[[str], object], evidence_id: str) -> str:
    """'caught' when `attempt` raised MediaDamaged or (verify) returned problems."""
    try:
        result = attempt(evidence_id)
    except MediaDamaged:
        return "caught"
    except Exception as exc:  # a bug: damage must surface as MediaDamaged
        return f"BUG: {type(exc).__name__}: {exc}"
    if isinstance(result, list) and result:
        return "caught"
    return f"not noticed, returned {result!r:.80}"


def test_media_alterations_are_all_detected(media_vault: Vault, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    out = tmp_path / "out.bin"
    ways: dict[str, Callable[[str], object]] = {
        "verify": media_vault.evidence.verify,
        "read": functools.partial(read_all, media_vault),
        "export": functools.partial(media_vault.evidence.export_original, destination=out),
    }
    undetected = []
    for evidence_id in media_vault.evidence.all_ids():
        path = media_file(media_vault, evidence_id)
        original = path.read_bytes()
        for name, altered in media_mutations(original, rng).items():
            assert altered != original, name
            path.write_bytes(altered)
            for way, attempt in ways.items():
                how = media_caught(attempt, evidence_id)
                if how != "caught":
                    undetected.append(f"{name}: {way}: {how}")
            assert not out.exists() and not out.with_name("out.bin.part").exists(), name
        path.write_bytes(original)
        assert media_vault.evidence.verify(evidence_id) == []  # control: restored, all clean
    assert undetected == [], f"seed {SEED}: " + "; ".join(undetected)


def test_media_files_swapped_between_items_are_detected(media_vault: Vault) -> None:
    first, second = media_vault.evidence.all_ids()
    a, b = media_file(media_vault, first), media_file(media_vault, second)
    a_bytes, b_bytes = a.read_bytes(), b.read_bytes()
    a.write_bytes(b_bytes)
    b.write_bytes(a_bytes)
    for evidence_id in (first, second):
        assert media_vault.evidence.verify(evidence_id)
        with pytest.raises(MediaDamaged):
            read_all(media_vault, evidence_id)
    assert len(media_vault.check()) >= 2


def test_small_chunks_every_single_byte_flip(tmp_path: Path) -> None:
    """With 1 KiB chunks a three-chunk file is small enough to flip every byte once."""
    store = MediaStore(tmp_path)
    key, data = os.urandom(32), os.urandom(2 * 1024 + 100)
    sealed = store.seal(io.BytesIO(data), key, chunk_log2=10)
    raw = store.path(sealed.name).read_bytes()
    rng = random.Random(SEED)
    silent = []
    for offset in range(len(raw)):
        altered = bytearray(raw)
        altered[offset] ^= 1 << rng.randrange(8)
        store.path(sealed.name).write_bytes(altered)
        try:
            list(store.chunks(sealed.name, key, 10))
            silent.append(offset)
        except MediaDamaged:
            pass
    assert silent == [], f"seed {SEED}"


# ---------------------------------------------------------------------------- the key file
def recovery_slot(raw: bytes) -> range:
    """Where the recovery slot (its name and its body) sits in the key file's JSON."""
    start = raw.index(b'"recovery"')
    return range(start, raw.index(b"}", raw.index(b'"wrapped"', start)) + 1)


def keyfile_flips_that_unlock(pristine: Pristine, work: Path, region: str, every_bit: bool) -> str:
    """Flip bits in the key file, one at a time, and list each flip that still unlocked."""
    raw = (pristine.home / "vault.key").read_bytes()
    recovery = recovery_slot(raw)
    offsets = [o for o in range(len(raw)) if (o in recovery) == (region == "recovery slot")]
    rng = random.Random(SEED)
    home = copy_home(pristine, work)  # only vault.key changes from one attempt to the next
    unlocked = []
    for offset in offsets:
        for bit in range(8) if every_bit else [rng.randrange(8)]:
            altered = bytearray(raw)
            altered[offset] ^= 1 << bit
            (home / "vault.key").write_bytes(altered)
            try:
                Vault.unlock(home, PASSPHRASE).lock()
                unlocked.append(f"{offset}.{bit}: {raw[max(0, offset - 8) : offset + 8]!r}")
            except (DamagedKeyfile, WrongPassphrase):
                pass
    if not unlocked:
        return ""
    return f"seed {SEED}: {len(unlocked)} flips in {len(offsets)} bytes unlocked: {unlocked}"


REGIONS = ["everything but the recovery slot", "recovery slot"]


@pytest.mark.parametrize("region", REGIONS)
def test_flipped_bit_in_the_keyfile_never_unlocks(
    pristine: Pristine, tmp_path: Path, region: str
) -> None:
    """One random bit of each byte, flipped in turn: unlocking must refuse every time.

    A damaged recovery slot that unlocks silently leaves a person believing a recovery code
    works when it no longer does.
    """
    assert keyfile_flips_that_unlock(pristine, tmp_path / "work", region, every_bit=False) == ""


@pytest.mark.slow
@pytest.mark.parametrize("region", REGIONS)
def test_every_bit_of_the_keyfile_flipped_never_unlocks(
    pristine: Pristine, tmp_path: Path, region: str
) -> None:
    assert keyfile_flips_that_unlock(pristine, tmp_path / "work", region, every_bit=True) == ""
