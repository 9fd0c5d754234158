"""`defender desk …` as a coordinator runs it: the real CLI in a process, the real relay."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from defender_app.sync_wiring import device_key_fingerprint, install_sync
from storage.vault import Vault
from sync.enrollment import parse_code
from tests.conftest import PASSPHRASE
from tests.sync.harness import Relay, running_relay
from tests.sync.helpers import enroll_device, quick_client

REPO = Path(__file__).parents[2]
DETENTION, POLICE, DIRECTLY = "030102000000", "010104000000", "010100000000"


@pytest.fixture
def relay(tmp_path: Path) -> Iterator[Relay]:
    with running_relay(tmp_path) as r:
        yield r


def _defender(tmp_path: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    return subprocess.run(  # noqa: PLW1510 - the exit code is what the test checks
        [
            sys.executable,
            "-m",
            "defender_app.cli",
            "--home",
            str(home),
            "--passphrase-file",
            str(secret),
            *args,
        ],
        cwd=REPO,
        env={**os.environ, "DEFENDER_LANGUAGE": "en"},
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_a_coordinator_sets_up_pulls_reports_and_revokes_from_the_terminal(
    vault: Vault, relay: Relay, tmp_path: Path
) -> None:
    outbox = install_sync(vault)
    device_id = enroll_device(relay, outbox)  # a code the relay made: the desk confirms by hand
    case = vault.cases.create(
        title="Detención cli-desk", state_region="07", start_date="2026-03-14"
    ).value
    victim = vault.persons.create(case_id=case.id, role="victim", name="Juana cli-desk").value
    act = vault.acts.add(case.id, victim.id, type_of_act=DETENTION, start_date="2026-03-14")
    police = vault.persons.create(
        case_id=case.id, role="perpetrator", counting_unit="group", name="Policía municipal"
    ).value
    vault.acts.add_involvement(act.value.id, police.id, degree=DIRECTLY, perpetrator_types=[POLICE])
    vault.cases.finalize(case.id)
    case_id = case.id
    quick_client(outbox).run()
    desk = tmp_path / "desk"
    Vault.create(desk, PASSPHRASE, kdf_profile="fast").vault.lock()

    not_yet = _defender(tmp_path, desk, "desk", "pull")
    assert not_yet.returncode == 1 and "not set up as a registry desk" in not_yet.stderr
    wrong = _defender(tmp_path, desk, "desk", "setup", str(tmp_path), "--relay", relay.url)
    assert wrong.returncode == 1 and "offline keys" in wrong.stderr
    setup = _defender(tmp_path, desk, "desk", "setup", str(relay.offline), "--relay", relay.url)
    assert setup.returncode == 0, setup.stderr

    held_back = _defender(tmp_path, desk, "desk", "pull")
    assert held_back.returncode == 1 and "Imported 0 new envelope(s)" in held_back.stdout
    assert "device not confirmed by the desk" in held_back.stderr
    fingerprint = device_key_fingerprint(outbox)
    assert fingerprint is not None
    shown = _defender(tmp_path, desk, "desk", "confirm", device_id)
    assert shown.returncode == 1 and "Not confirmed" in shown.stderr
    assert f"key fingerprint: {fingerprint}" in shown.stdout
    misread = fingerprint[:-1] + ("0" if fingerprint[-1] != "0" else "1")
    wrong = _defender(tmp_path, desk, "desk", "confirm", device_id, "--fingerprint", misread)
    assert wrong.returncode == 1 and "does not match" in wrong.stderr
    assert "unconfirmed" in _defender(tmp_path, desk, "desk", "devices").stdout
    read_aloud = fingerprint.upper()
    right = _defender(tmp_path, desk, "desk", "confirm", device_id, "--fingerprint", read_aloud)
    assert right.returncode == 0, right.stderr
    assert "is confirmed" in right.stdout

    pulled = _defender(tmp_path, desk, "desk", "pull")
    assert pulled.returncode == 0, pulled.stderr
    assert "Imported 1 new envelope(s)" in pulled.stdout
    records = _defender(tmp_path, desk, "desk", "records", "--search", "cli-desk")
    assert records.stdout.split("\t")[0] == case_id
    empty = _defender(tmp_path, desk, "desk", "records", "--search", "nothing-like-it")
    assert empty.stdout == ""

    report_file = tmp_path / "report.csv"
    report = _defender(tmp_path, desk, "desk", "report", "--csv", str(report_file))
    assert report.returncode == 0, report.stderr
    rows = list(csv.reader(io.StringIO(report_file.read_text())))
    assert rows[0] == ["section", "key", "count"]
    counted = [r[1:] for r in rows[1:]]
    for key in (DETENTION, POLICE, "07", "2026-03"):
        assert [key, "1"] in counted, (key, counted)

    exported = _defender(
        tmp_path, desk, "desk", "export", "--format", "json", "--profile", "public"
    )
    assert exported.returncode == 0, exported.stderr
    assert "NOT encrypted" in exported.stderr
    document = json.loads(exported.stdout)
    assert "Juana cli-desk" not in exported.stdout  # the public profile names no one
    assert document

    qr = tmp_path / "code.png"
    code = _defender(tmp_path, desk, "desk", "enroll-code", "--qr", str(qr))
    assert code.returncode == 0, code.stderr
    assert parse_code(code.stdout.strip()).url == relay.url
    assert qr.read_bytes().startswith(b"\x89PNG")

    devices = _defender(tmp_path, desk, "desk", "devices")
    [line] = devices.stdout.splitlines()
    listed_id, status, label, confirmed = line.split("\t")[:4]
    assert (listed_id, status, label, confirmed) == (
        device_id,
        "active",
        "test laptop",
        "confirmed",
    )
    revoked = _defender(tmp_path, desk, "desk", "revoke", device_id)
    assert revoked.returncode == 0, revoked.stderr
    assert _defender(tmp_path, desk, "desk", "devices").stdout.split("\t")[1] == "revoked"
