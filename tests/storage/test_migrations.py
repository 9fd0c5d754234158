"""Every released schema's saved vault opens with today's code and upgrades intact."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import insert, inspect

from storage.desk_tables import DeskDeviceRow
from storage.migrate import _config, current_revision, head_revision, upgrade
from storage.orm import Base
from storage.vault import Vault
from tests.conftest import PASSPHRASE

SAVED = sorted((Path(__file__).parents[1] / "fixtures" / "vaults").iterdir())


def test_there_is_a_saved_vault_of_the_newest_schema() -> None:
    """Releasing a schema means saving its fixture (tests/fixtures/make_vault_fixture.py)."""
    assert head_revision() in {p.name for p in SAVED}


@pytest.mark.parametrize("saved", SAVED, ids=[p.name for p in SAVED])
def test_saved_vault_upgrades_and_keeps_everything(saved: Path, tmp_path: Path) -> None:
    home = tmp_path / "vault"
    shutil.copytree(saved, home)
    expected = json.loads((home / "expected.json").read_text())
    (home / "expected.json").unlink()
    vault = Vault.unlock(home, expected["passphrase"])
    try:
        with vault.db.engine.connect() as conn:
            assert current_revision(conn) == head_revision()
            tables = set(inspect(conn).get_table_names())
        assert set(Base.metadata.tables) <= tables
        case = vault.cases.get(expected["case_id"])
        assert case.state == "final" and case.title == "Detención de defensora"
        (act,) = vault.acts.for_case(case.id)
        assert act.victim_id == expected["victim_id"] and act.arrest and act.arrest.incommunicado
        (testimony,) = vault.testimonies.for_case(case.id)
        assert testimony.consent and testimony.consent.consent.allows("amparo")
        evidence = vault.evidence.get(expected["evidence_id"])
        assert evidence.sha256 == expected["evidence_sha256"]
        assert [h.case_id for h in vault.search("detencion")] == [case.id]
        assert vault.check() == []
    finally:
        vault.lock()


def test_a_desk_from_0003_keeps_its_devices_and_none_is_confirmed(tmp_path: Path) -> None:
    """0004 adds confirmations: devices a desk knew before must be confirmed by hand."""
    vault = Vault.create(tmp_path / "desk", PASSPHRASE, kdf_profile="fast").vault
    try:
        with vault.db.engine.begin() as conn:
            cfg = _config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0003")
            conn.execute(
                insert(DeskDeviceRow.__table__).values(  # type: ignore[arg-type]
                    device_id="ab" * 16,
                    device_epoch="cd" * 8,
                    sign_pk=b"k" * 32,
                    label="Laptop",
                    status="active",
                    enrolled_at="2026-01-01T00:00:00+00:00",
                )
            )
        upgrade(vault.db.engine)
        [device] = vault.desk.devices()
        assert (device.label, device.sign_pk, device.confirmed) == ("Laptop", b"k" * 32, False)
        assert vault.desk.enroll_keys() == {}
    finally:
        vault.lock()
