"""The `defender` CLI run in-process (main(argv)) and as a real process, on real vaults."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple, Protocol

import pytest

from defender_app import cli
from storage.vault import Vault
from tests.conftest import make_jpeg

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "ñandú \"quoted\" 'single' señal — 7 words"
RECOVERY_CODE = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{2,4}){6}$", re.MULTILINE)


class Run(NamedTuple):
    code: int
    out: str
    err: str


class Runner(Protocol):
    def __call__(self, *argv: str, passphrase: Path | None = ...) -> Run: ...


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")  # one trailing newline, as editors save
    return path


@pytest.fixture
def run(home: Path, secret: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[Runner]:
    def run_(*argv: str, passphrase: Path | None = secret) -> Run:
        capsys.readouterr()
        options = ["--home", str(home)]
        if passphrase is not None:
            options += ["--passphrase-file", str(passphrase)]
        code = cli.main([*options, *argv])
        out, err = capsys.readouterr()
        return Run(code, out, err)

    yield run_


@pytest.fixture
def made(run: Runner) -> str:
    """A vault created through the CLI; returns the recovery code it printed once."""
    result = run("vault", "create", "--kdf-profile", "fast")
    assert result.code == 0, result.err
    match = RECOVERY_CODE.search(result.out)
    assert match
    return match.group()


def _one_error(result: Run) -> str:
    """The failure contract: nonzero, one stderr line, prefixed, no traceback."""
    assert result.code != 0
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("defender: ") and "Traceback" not in result.err
    return lines[0]


def _case_ids(run: Runner) -> list[str]:
    listed = run("case", "list", "--json")
    return [c["id"] for c in json.loads(listed.out)]


# ---------------------------------------------------------------------------- vault


def test_create_prints_the_recovery_code_once_with_a_warning(run: Runner, made: str) -> None:
    again = run("vault", "create", "--kdf-profile", "fast")
    assert "already exists" in _one_error(again)


def test_create_output_warns_that_both_secrets_lost_means_data_lost(
    run: Runner, home: Path
) -> None:
    result = run("vault", "create", "--kdf-profile", "fast")
    assert RECOVERY_CODE.search(result.out)
    assert "only this once" in result.out and "lost" in result.out
    assert Vault.exists(home)


def test_passphrase_file_keeps_quotes_accents_and_spaces(
    run: Runner, made: str, tmp_path: Path
) -> None:
    exact = tmp_path / "exact.txt"
    exact.write_text(PASSPHRASE, encoding="utf-8")  # no newline: the same passphrase
    assert run("case", "list", passphrase=exact).code == 0
    two_newlines = tmp_path / "two.txt"
    two_newlines.write_text(PASSPHRASE + "\n\n", encoding="utf-8")  # only ONE is stripped
    assert "passphrase" in _one_error(run("case", "list", passphrase=two_newlines))
    ascii_only = tmp_path / "ascii.txt"
    ascii_only.write_text(PASSPHRASE.replace("ñ", "n"), encoding="utf-8")
    assert _one_error(run("case", "list", passphrase=ascii_only))


def test_prompted_passphrase_is_asked_twice_and_must_match(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["first passphrase here", "second passphrase here"])
    monkeypatch.setattr("getpass.getpass", lambda _prompt: next(answers))
    code = cli.main(["--home", str(home), "vault", "create", "--kdf-profile", "fast"])
    out, err = capsys.readouterr()
    assert "differ" in _one_error(Run(code, out, err))
    assert not Vault.exists(home)
    answers = iter(["same passphrase, twice"] * 3)
    assert cli.main(["--home", str(home), "vault", "create", "--kdf-profile", "fast"]) == 0
    assert cli.main(["--home", str(home), "case", "list"]) == 0


def test_passphrases_from_file_descriptors(run: Runner, made: str, home: Path) -> None:
    read, write = os.pipe()
    os.write(write, f"{PASSPHRASE}\nnew passphrase from a pipe\n".encode())
    os.close(write)
    try:
        code = cli.main(
            [
                "--home",
                str(home),
                "vault",
                "change-passphrase",
                "--passphrase-fd",
                str(read),
                "--new-passphrase-fd",
                str(read),
            ]
        )
    finally:
        os.close(read)
    assert code == 0
    Vault.unlock(home, "new passphrase from a pipe").lock()


def test_change_passphrase(run: Runner, made: str, home: Path, tmp_path: Path) -> None:
    new = tmp_path / "new.txt"
    new.write_text("a brand new passphrase\n", encoding="utf-8")
    result = run("vault", "change-passphrase", "--new-passphrase-file", str(new))
    assert result.code == 0, result.err
    assert "passphrase" in _one_error(run("case", "list"))
    assert run("case", "list", passphrase=new).code == 0


def test_recover_with_the_printed_code(run: Runner, made: str, tmp_path: Path) -> None:
    code_file, new = tmp_path / "code.txt", tmp_path / "new.txt"
    code_file.write_text(made.lower() + "\n", encoding="utf-8")
    new.write_text("recovered passphrase\n", encoding="utf-8")
    result = run(
        "vault",
        "recover",
        "--recovery-code-file",
        str(code_file),
        "--new-passphrase-file",
        str(new),
        passphrase=None,
    )
    assert result.code == 0, result.err
    assert run("case", "list", passphrase=new).code == 0
    code_file.write_text("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AA", encoding="utf-8")
    wrong = run(
        "vault",
        "recover",
        "--recovery-code-file",
        str(code_file),
        "--new-passphrase-file",
        str(new),
        passphrase=None,
    )
    assert "recovery code" in _one_error(wrong)


def test_check_reports_ok_then_each_problem(
    run: Runner, made: str, home: Path, tmp_path: Path
) -> None:
    case_id = run("case", "add", "--title", "x").out.strip()
    run("evidence", "import", case_id, str(make_jpeg(tmp_path / "a.jpg")))
    ok = run("vault", "check")
    assert (ok.code, ok.out) == (0, "ok\n")
    (media,) = (home / "media").iterdir()
    damaged = bytearray(media.read_bytes())
    damaged[-5] ^= 0xFF
    media.write_bytes(bytes(damaged))
    bad = run("vault", "check")
    assert bad.code == 1 and "fails authentication" in bad.out
    _one_error(bad)


def test_erase_needs_the_word_and_says_what_it_guarantees(
    run: Runner, made: str, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("builtins.input", lambda _prompt: "erase")
    assert "Not erased" in _one_error(run("vault", "erase", passphrase=None))
    assert Vault.exists(home)
    monkeypatch.setattr("builtins.input", lambda _prompt: "ERASE")
    erased = run("vault", "erase", passphrase=None)
    assert erased.code == 0 and not (home / "vault.key").exists()
    assert not (home / "vault.db").exists()
    assert "cannot be decrypted" in erased.out and "full-disk encryption" in erased.out
    assert "no vault" in _one_error(run("vault", "erase", "--yes", passphrase=None)).lower()


def test_erase_yes_skips_the_question(run: Runner, made: str, home: Path) -> None:
    assert run("vault", "erase", "--yes", passphrase=None).code == 0
    assert not Vault.exists(home)


# ---------------------------------------------------------------------------- records


def test_case_add_list_show_finalize(run: Runner, made: str) -> None:
    added = run(
        "case",
        "add",
        "--title",
        "Detención en Ocosingo",
        "--date",
        "2026-03",
        "--place",
        "Ejido Nuevo",
        "--municipality",
        "Ocosingo",
        "--state",
        "Chiapas",
    )
    case_id = added.out.strip()
    assert added.code == 0 and _case_ids(run) == [case_id]
    listed = run("case", "list")
    assert case_id in listed.out and "Detención en Ocosingo" in listed.out
    shown = json.loads(run("case", "show", case_id, "--json").out)
    assert shown["case"]["community"] == "Ejido Nuevo" and shown["case"]["start_date"] == "2026-03"
    assert "Ejido Nuevo, Ocosingo, Chiapas" in run("case", "show", case_id).out
    final = run("case", "finalize", case_id)
    assert final.code == 0 and "final" in final.out
    assert "final" in _one_error(run("case", "finalize", case_id))


def test_a_bad_date_is_one_clear_line_and_changes_nothing(run: Runner, made: str) -> None:
    line = _one_error(run("case", "add", "--title", "x", "--date", "2026-02-30"))
    assert "“2026-02-30” is not a real date" in line
    assert _case_ids(run) == []


def test_an_unknown_case_id_is_one_clear_line(run: Runner, made: str) -> None:
    for argv in (
        ("case", "show", "nope"),
        ("case", "finalize", "nope"),
        ("evidence", "import", "nope", __file__),
    ):
        assert "no case with the id nope" in _one_error(run(*argv))
    assert _case_ids(run) == []
    assert run("case", "list").code == 0  # the vault was locked again after each failure


def test_testimony_with_interviewee_and_consent(run: Runner, made: str, tmp_path: Path) -> None:
    case_id = run("case", "add", "--title", "x").out.strip()
    narrative = tmp_path / "relato.txt"
    narrative.write_text("Llegaron de noche.\n", encoding="utf-8")
    result = run(
        "testimony",
        "add",
        case_id,
        "--narrative-file",
        str(narrative),
        "--interviewee",
        "María Pérez",
        "--consent",
        "store,amparo",
    )
    assert result.code == 0, result.err
    shown = json.loads(run("case", "show", case_id, "--json").out)
    (testimony,) = shown["testimonies"]
    (person,) = shown["participants"]
    assert (
        testimony["narrative"] == "Llegaron de noche.\n" and testimony["id"] == result.out.strip()
    )
    assert (person["name"], person["roles"]) == ("María Pérez", ["source"])
    assert testimony["interviewee_id"] == person["id"]
    assert testimony["consent"]["uses"]["amparo"] and not testimony["consent"]["uses"]["media"]


def test_unknown_consent_use_lists_the_valid_ones_and_writes_nothing(
    run: Runner, made: str, tmp_path: Path
) -> None:
    case_id = run("case", "add", "--title", "x").out.strip()
    narrative = tmp_path / "relato.txt"
    narrative.write_text("words", encoding="utf-8")
    line = _one_error(
        run(
            "testimony",
            "add",
            case_id,
            "--narrative-file",
            str(narrative),
            "--interviewee",
            "María",
            "--consent",
            "store,facebook",
        )
    )
    assert "facebook" in line and "amparo" in line and "partners" in line
    missing = run("testimony", "add", case_id, "--narrative-file", str(tmp_path / "no.txt"))
    assert "no.txt" in _one_error(missing)
    shown = json.loads(run("case", "show", case_id, "--json").out)
    assert shown["testimonies"] == [] and shown["participants"] == []


def test_evidence_import_reports_each_file_and_keeps_the_good_ones(
    run: Runner, made: str, tmp_path: Path
) -> None:
    case_id = run("case", "add", "--title", "x").out.strip()
    photo = make_jpeg(tmp_path / "foto.jpg")
    result = run("evidence", "import", case_id, str(photo), str(tmp_path / "missing.jpg"))
    assert result.code == 1
    assert "missing.jpg" in _one_error(result)
    (line,) = result.out.splitlines()
    evidence_id, sha256 = line.split()
    assert sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    shown = json.loads(run("case", "show", case_id, "--json").out)
    assert [e["id"] for e in shown["evidence"]] == [evidence_id]


def test_evidence_export_writes_the_original_and_warns(
    run: Runner, made: str, tmp_path: Path
) -> None:
    case_id = run("case", "add", "--title", "x").out.strip()
    photo = make_jpeg(tmp_path / "foto.jpg", exif_fields={"Make": "Canon"})
    evidence_id = run("evidence", "import", case_id, str(photo)).out.split()[0]
    out = tmp_path / "copia.jpg"
    result = run("evidence", "export", evidence_id, "--out", str(out))
    assert result.code == 0 and out.read_bytes() == photo.read_bytes()
    assert "NOT encrypted" in result.err and len(result.err.splitlines()) == 1
    again = run("evidence", "export", evidence_id, "--out", str(out))
    assert "already exists" in _one_error(again)
    assert out.read_bytes() == photo.read_bytes()


def test_search_prints_matching_cases(run: Runner, made: str) -> None:
    case_id = run("case", "add", "--title", "Desplazamiento forzado").out.strip()
    run("case", "add", "--title", "Otra cosa")
    found = run("search", "desplazamiento")
    assert found.code == 0 and found.out.startswith(case_id) and "Otra" not in found.out


# ---------------------------------------------------------------------------- export / import


def test_export_import_round_trip_through_the_cli(
    run: Runner, made: str, tmp_path: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case_id = run("case", "add", "--title", "Detención", "--date", "2026-03-14").out.strip()
    run("evidence", "import", case_id, str(make_jpeg(tmp_path / "a.jpg")))
    run("case", "finalize", case_id)
    first = tmp_path / "export.json"
    exported = run("export", "--format", "json", "--out", str(first))
    assert exported.code == 0 and "NOT encrypted" in exported.err
    assert oct(first.stat().st_mode & 0o777) == "0o600"
    again = run("export", "--format", "json", "--out", str(first))
    assert "already exists" in _one_error(again)

    other = tmp_path / "other"
    base = ["--home", str(other), "--passphrase-file", str(secret)]
    assert cli.main([*base, "vault", "create", "--kdf-profile", "fast"]) == 0
    assert cli.main([*base, "import", str(first)]) == 0
    assert "1 case(s)" in capsys.readouterr().out
    assert cli.main([*base, "export", "--format", "json"]) == 0
    second = json.loads(capsys.readouterr().out)
    original = json.loads(first.read_text(encoding="utf-8"))
    for document in (original, second):
        document.pop("exported_at")
    assert second == original
    duplicate = cli.main([*base, "import", str(first)])
    assert "already in this vault" in _one_error(Run(duplicate, "", capsys.readouterr().err))


def test_csv_and_profile_exports_to_stdout(run: Runner, made: str) -> None:
    run("case", "add", "--title", "Detención", "--place", "COMMUNITY-MARKER")
    table = run("export", "--format", "csv", "--profile", "partner")
    assert table.code == 0 and table.out.startswith("event.event_record_number,")
    assert "COMMUNITY-MARKER" not in table.out
    public = json.loads(run("export", "--format", "json", "--profile", "public").out)
    assert set(public["aggregates"]) == {"type_of_act", "type_of_perpetrator", "x_state", "x_month"}
    bad = run("export", "--format", "json", "--profile", "press")
    assert bad.code == 2 and "press" in _one_error(bad)


def test_common_options_also_work_after_the_command(
    run: Runner, made: str, home: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = run("case", "add", "--title", "uno").out.strip()
    run("case", "add", "--title", "dos")
    capsys.readouterr()
    argv = ["export", "--format", "json", "--case", first]
    code = cli.main([*argv, "--home", str(home), "--passphrase-file", str(secret)])
    document = json.loads(capsys.readouterr().out)
    assert code == 0 and [e["event_title"] for e in document["events"]] == ["uno"]


def test_import_of_a_missing_or_broken_file(run: Runner, made: str, tmp_path: Path) -> None:
    assert "missing.json" in _one_error(run("import", str(tmp_path / "missing.json")))
    broken = tmp_path / "broken.json"
    broken.write_text(
        '{"format": "defender-esf-export", "version": 1, "profile": "internal",'
        ' "events": [{}], "persons": []}',
        encoding="utf-8",
    )
    assert "events[0]" in _one_error(run("import", str(broken)))
    assert _case_ids(run) == []


# ---------------------------------------------------------------------------- failures


def test_no_vault_and_usage_errors_are_one_line(run: Runner) -> None:
    assert "no vault" in _one_error(run("case", "list")).lower()
    usage = run("case", "frobnicate")
    assert usage.code == 2 and "--help" in _one_error(usage)


def test_a_bug_is_one_line_exit_70_and_never_quotes_content(
    run: Runner, made: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def bug(self: object) -> list[str]:
        raise RuntimeError("SECRET record content")

    monkeypatch.setattr(Vault, "check", bug)
    result = run("vault", "check")
    line = _one_error(result)
    assert result.code == 70 and "internal error" in line and "SECRET" not in result.err
    debug = run("--debug", "vault", "check")
    assert debug.code == 70 and "Traceback" in debug.err
    monkeypatch.undo()
    assert run("vault", "check").code == 0


def test_the_real_command_never_loads_qt_nor_prints_tracebacks(tmp_path: Path) -> None:
    probe = "import sys, defender_app.cli; print('PySide6' in sys.modules)"
    loaded = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert loaded.stdout.strip() == "False"
    env = {**os.environ, "DEFENDER_HOME": str(tmp_path / "nowhere")}
    result = subprocess.run(
        [sys.executable, "-m", "defender_app.cli", "case", "add", "--title", "x"],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and str(tmp_path / "nowhere") in result.stderr
