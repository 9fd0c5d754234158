"""The vault's key hierarchy: create, unlock, wrong passphrase, change, recovery, erase."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import sqlcipher3

from storage.errors import (
    DamagedKeyfile,
    NoVault,
    VaultExists,
    VaultInUse,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from storage.kdf import PROFILES
from storage.paths import VaultPaths
from storage.vault import Vault
from tests.conftest import PASSPHRASE


def _digests(home: Path) -> dict[str, str]:
    return {
        str(p.relative_to(home)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(home.rglob("*"))
        if p.is_file()
    }


def test_create_then_unlock_reads_back(home: Path) -> None:
    created = Vault.create(home, PASSPHRASE, kdf_profile="fast")
    case_id = created.vault.cases.create(title="Detención en Ocosingo").value.id
    created.vault.lock()
    vault = Vault.unlock(home, PASSPHRASE)
    assert vault.cases.get(case_id).title == "Detención en Ocosingo"
    vault.lock()


def test_files_have_neutral_names_and_private_modes(vault: Vault, home: Path) -> None:
    vault.lock()
    names = {p.name for p in home.iterdir()}
    assert names <= {"vault.key", "vault.db", "media", "vault.lock"}
    assert (home.stat().st_mode & 0o777) == 0o700
    for path in (VaultPaths(home).keyfile, VaultPaths(home).database):
        assert (path.stat().st_mode & 0o777) == 0o600, path


def test_wrong_passphrase_is_user_facing_and_changes_no_byte(vault: Vault, home: Path) -> None:
    vault.cases.create(title="x")
    vault.lock()
    before = _digests(home)
    with pytest.raises(WrongPassphrase) as info:
        Vault.unlock(home, PASSPHRASE + "!")
    assert "Nothing was changed" in info.value.text()
    assert _digests(home) == before


def test_database_is_sqlcipher_with_raw_key_and_hmac(vault: Vault) -> None:
    with vault.db.engine.connect() as conn:
        version = conn.exec_driver_sql("PRAGMA cipher_version").scalar()
        settings = [r[0] for r in conn.exec_driver_sql("PRAGMA cipher_settings")]
        journal = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        sync = conn.exec_driver_sql("PRAGMA synchronous").scalar()
        secure = conn.exec_driver_sql("PRAGMA secure_delete").scalar()
        fks = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
    assert str(version).startswith("4.")
    assert "PRAGMA cipher_hmac_algorithm = HMAC_SHA512;" in settings
    assert "PRAGMA cipher_use_hmac = 1;" in settings
    assert (journal, sync, secure, fks) == ("wal", 2, 1, 1)


def test_plain_sqlite_cannot_open_the_database(vault: Vault, home: Path) -> None:
    vault.lock()
    conn = sqlcipher3.connect(str(VaultPaths(home).database))
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()
    assert not VaultPaths(home).database.read_bytes().startswith(b"SQLite format 3")


def test_change_passphrase_rewrites_only_the_keyfile(vault: Vault, home: Path) -> None:
    vault.cases.create(title="x")
    vault.lock()
    before = _digests(home)
    Vault.change_passphrase(home, PASSPHRASE, "a new passphrase “ñ” 'quoted'")
    after = _digests(home)
    assert {k for k in before if before[k] != after.get(k)} == {"vault.key"}
    assert set(after) == set(before)  # no temporary file left behind
    with pytest.raises(WrongPassphrase):
        Vault.unlock(home, PASSPHRASE)
    Vault.unlock(home, "a new passphrase “ñ” 'quoted'").lock()


def test_change_passphrase_with_wrong_current_changes_nothing(vault: Vault, home: Path) -> None:
    vault.lock()
    before = _digests(home)
    with pytest.raises(WrongPassphrase):
        Vault.change_passphrase(home, "not the passphrase", "another good one")
    assert _digests(home) == before


def test_recovery_code_opens_and_sets_a_new_passphrase(home: Path) -> None:
    created = Vault.create(home, PASSPHRASE, kdf_profile="fast")
    case_id = created.vault.cases.create(title="kept").value.id
    created.vault.lock()
    typed = created.recovery_code.lower().replace("-", " ")  # as a person may type it
    vault = Vault.recover(home, typed, "brand new passphrase")
    assert vault.cases.get(case_id).title == "kept"
    vault.lock()
    Vault.unlock(home, "brand new passphrase").lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(home, PASSPHRASE)


def test_wrong_recovery_code_is_refused(vault: Vault, home: Path) -> None:
    vault.lock()
    before = _digests(home)
    with pytest.raises(WrongRecoveryCode):
        Vault.recover(home, "0000-0000-0000-0000-0000-0000-00", "brand new passphrase")
    with pytest.raises(WrongRecoveryCode):
        Vault.recover(home, "not a code", "brand new passphrase")
    assert _digests(home) == before


def test_panic_erase_leaves_nothing_that_opens(vault: Vault, home: Path) -> None:
    vault.cases.create(title="secret")
    vault.lock()
    keyfile_before = VaultPaths(home).keyfile.read_bytes()
    Vault.erase(home)
    assert list(home.iterdir()) == []
    with pytest.raises(NoVault):
        Vault.unlock(home, PASSPHRASE)
    assert keyfile_before  # the key existed; now no copy of it remains in the home


def test_erase_destroys_the_key_even_if_database_files_remain(vault: Vault, home: Path) -> None:
    vault.lock()
    db_copy = VaultPaths(home).database.read_bytes()
    Vault.erase(home)
    # Put the database back as a forensic copy would: without the keyfile it stays sealed.
    VaultPaths(home).database.write_bytes(db_copy)
    with pytest.raises(NoVault):
        Vault.unlock(home, PASSPHRASE)


def test_create_refuses_an_existing_vault_and_weak_passphrases(vault: Vault, home: Path) -> None:
    with pytest.raises(VaultExists):
        Vault.create(home, PASSPHRASE, kdf_profile="fast")
    with pytest.raises(WeakPassphrase):
        Vault.create(home.parent / "other", "short", kdf_profile="fast")


def test_second_instance_is_refused_while_unlocked(vault: Vault, home: Path) -> None:
    with pytest.raises(VaultInUse):
        Vault.unlock(home, PASSPHRASE)


def test_keys_are_dropped_on_lock(vault: Vault) -> None:
    vault.lock()
    assert not vault.is_open
    with pytest.raises(Exception, match="locked"):
        vault.cases.summaries()


def test_damaged_keyfile_is_reported_plainly(vault: Vault, home: Path) -> None:
    vault.lock()
    VaultPaths(home).keyfile.write_text("{not json")
    with pytest.raises(DamagedKeyfile):
        Vault.unlock(home, PASSPHRASE)


def test_weakened_kdf_parameters_in_the_keyfile_do_not_unlock(vault: Vault, home: Path) -> None:
    """The KDF parameters are authenticated: lowering them makes unwrapping fail."""
    vault.lock()
    path = VaultPaths(home).keyfile
    body = json.loads(path.read_text())
    body["slots"]["passphrase"]["params"]["iterations"] += 1
    path.write_text(json.dumps(body))
    with pytest.raises(WrongPassphrase):
        Vault.unlock(home, PASSPHRASE)


def test_default_profile_is_memory_hard_and_recorded_in_the_keyfile(tmp_path: Path) -> None:
    params = PROFILES["default"]
    assert params.memory_kib >= 256 * 1024 and params.iterations >= 3
    home = tmp_path / "default"
    Vault.create(home, PASSPHRASE).vault.lock()
    stored = json.loads(VaultPaths(home).keyfile.read_text())["slots"]["passphrase"]
    assert stored["kdf"] == "argon2id"
    assert stored["params"]["memory_kib"] == params.memory_kib


def test_unicode_normalisation_of_passphrases(home: Path) -> None:
    composed = "contraseña segura"
    decomposed = "contrasen\u0303a segura"
    Vault.create(home, composed, kdf_profile="fast").vault.lock()
    Vault.unlock(home, decomposed).lock()


def test_damage_to_the_recovery_slot_shows_at_the_next_unlock(vault: Vault, home: Path) -> None:
    """Nobody uses the recovery code for months: its damage must not wait until then."""
    vault.lock()
    path = VaultPaths(home).keyfile
    body = json.loads(path.read_text())
    wrapped = body["slots"]["recovery"]["wrapped"]
    body["slots"]["recovery"]["wrapped"] = ("B" if wrapped[0] == "A" else "A") + wrapped[1:]
    path.write_text(json.dumps(body))
    with pytest.raises(DamagedKeyfile):
        Vault.unlock(home, PASSPHRASE)


def test_a_keyfile_from_before_the_mac_is_sealed_at_unlock(vault: Vault, home: Path) -> None:
    vault.lock()
    path = VaultPaths(home).keyfile
    body = json.loads(path.read_text())
    del body["mac"]
    path.write_text(json.dumps(body))
    Vault.unlock(home, PASSPHRASE).lock()
    assert len(json.loads(path.read_text())["mac"]) == 64
