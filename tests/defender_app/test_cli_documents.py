"""`defender document render`: a PDF file written owner-only with a warning, or one clear line."""

from __future__ import annotations

import argparse
import os
import stat
from pathlib import Path

import pytest

from bench.documents import build_case
from defender_app.cli_documents import add_document_commands
from storage.audit import audit_entries
from storage.vault import Vault
from tests.conftest import PASSPHRASE


def parse(*argv: str) -> argparse.Namespace:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--home")
    common.add_argument("--passphrase-file")
    common.add_argument("--passphrase-fd", type=int)
    parser = argparse.ArgumentParser(prog="defender")
    add_document_commands(parser.add_subparsers(dest="command", required=True), [common])
    return parser.parse_args(list(argv))


def run(vault: Vault, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, list[str]]:
    args = parse("document", "render", *argv)
    code = args.run(args, vault)
    captured = capsys.readouterr()
    return code, captured.out, captured.err.splitlines()


@pytest.fixture
def case_id(vault: Vault, tmp_path: Path) -> str:
    return build_case(vault, tmp_path)


def test_render_writes_a_private_pdf_warns_and_records_the_export(
    vault: Vault, case_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "amparo.pdf"
    code, out, err = run(vault, capsys, case_id, "--type", "amparo-urgent", "--out", str(target))
    assert code == 0, err
    assert target.read_bytes().startswith(b"%PDF")
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert err[0].startswith("defender: warning:") and "not encrypted" in err[0]
    assert all(line.startswith(("defender: warning:", "defender: note:")) for line in err)
    assert str(target) in out
    (draft,) = vault.documents.for_case(case_id)
    with vault.db.reading() as s:
        actions = [e.action for e in audit_entries(s, [draft.id])]
    assert actions == ["drafted", "rendered", "exported"]


def test_case_by_folio_reuses_the_latest_draft_and_never_overwrites(
    vault: Vault, case_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folio = vault.cases.get(case_id).folio
    draft = vault.documents.create(case_id, "custody", "en").value
    vault.documents.update_fields(
        draft.id, custodian_organisation="Colectivo", collected_by="María"
    )
    target = tmp_path / "custody.pdf"
    argv = (folio, "--type", "custody", "--lang", "en", "--out", str(target))
    code, _, err = run(vault, capsys, *argv)
    assert code == 0, err
    assert len(vault.documents.for_case(case_id)) == 1
    before = target.read_bytes()
    code, _, err = run(vault, capsys, *argv)
    assert code == 1 and len(err) == 1 and "already exists" in err[0]
    assert target.read_bytes() == before


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (("--type", "iachr-precautionary"), "“Gravedad” (Reglamento de la CIDH, art. 25.2)"),
        (("--type", "amparo", "--lang", "en"), "cannot be written in “en”"),
    ],
)
def test_problems_are_one_line_and_a_nonzero_exit(
    vault: Vault,
    case_id: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: tuple[str, ...],
    expected: str,
) -> None:
    target = tmp_path / "out.pdf"
    code, out, err = run(vault, capsys, case_id, *argv, "--out", str(target))
    assert code == 1
    assert out == ""
    assert len(err) == 1 and err[0].startswith("defender: ") and expected in err[0]
    assert not target.exists()


def test_unknown_case_and_unwritable_targets(
    vault: Vault, case_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(vault, capsys, "2099-0001", "--type", "amparo", "--out", "x.pdf")
    assert code == 1 and err == ["defender: There is no case with the id or folio 2099-0001."]
    for target, message in (
        (tmp_path, "is a folder"),
        (tmp_path / "no" / "such" / "dir.pdf", "Could not write"),
    ):
        code, _, err = run(vault, capsys, case_id, "--type", "amparo-urgent", "--out", str(target))
        assert code == 1 and len(err) == 1 and message in err[0]


def test_the_handler_unlocks_the_vault_and_locks_it_again(
    vault: Vault, case_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = vault.paths.home
    vault.lock()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    target = tmp_path / "queja.pdf"
    args = parse(
        "document",
        "render",
        case_id,
        "--type",
        "complaint",
        "--out",
        str(target),
        "--home",
        str(home),
        "--passphrase-file",
        str(secret),
    )
    assert args.handler(args) == 0, capsys.readouterr().err
    assert target.read_bytes().startswith(b"%PDF")
    Vault.unlock(home, PASSPHRASE).lock()  # the command let go of the vault
