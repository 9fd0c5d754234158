"""packaging/build.sh, the tarball's install.sh and packaging/measure.py."""

from __future__ import annotations

import configparser
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.defender.Defender"
SCRIPTS = [PACKAGING / "build.sh", PACKAGING / "linux" / "install.sh"]


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_shell_scripts_parse(script: Path) -> None:
    shell = "bash" if script.name == "build.sh" else "sh"
    subprocess.run([shell, "-n", str(script)], check=True)
    assert os.access(script, os.X_OK)


@pytest.mark.skipif(not shutil.which("shellcheck"), reason="shellcheck (Debian) not installed")
def test_shell_scripts_pass_shellcheck() -> None:
    done = subprocess.run(
        ["shellcheck", *map(str, SCRIPTS)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout


def _fake_release(tmp_path: Path, selftest_status: int = 0) -> Path:
    """An unpacked tarball whose 'program' is a tiny script answering --selftest."""
    release = tmp_path / "defender-0.0.0-linux-x86_64"
    (release / "_internal").mkdir(parents=True)
    for name in ("defender-app", "defender"):
        program = release / name
        program.write_text(f"#!/bin/sh\nexit {selftest_status}\n")
        program.chmod(0o755)
    share = release / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(PACKAGING / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir()
    shutil.copy(PACKAGING / f"{APP_ID}.metainfo.xml", share / "metainfo")
    shutil.copytree(PACKAGING / "icons" / "hicolor", share / "icons" / "hicolor")
    shutil.copy(PACKAGING / "linux" / "install.sh", release)
    return release


def _run(release: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": os.environ["PATH"], "HOME": str(home)}
    return subprocess.run(
        ["sh", str(release / "install.sh"), *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_install_sh_installs_for_the_user_and_uninstalls_without_touching_records(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home dir"  # a space, as on many laptops
    records = home / ".local" / "share" / "Defender"
    records.mkdir(parents=True)
    (records / "vault.key").write_bytes(b"key")
    release = _fake_release(tmp_path)

    done = _run(release, home)
    assert done.returncode == 0, done.stdout + done.stderr
    app = home / ".local" / "opt" / "defender"
    assert (app / "defender-app").exists() and (app / "_internal").is_dir()
    assert (home / ".local" / "bin" / "defender-app").resolve() == app / "defender-app"
    desktop = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(desktop, encoding="utf-8")
    assert parser["Desktop Entry"]["Exec"] == f'"{app}/defender-app"'
    assert parser["Desktop Entry"]["TryExec"] == f"{app}/defender-app"
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(desktop)], check=True)
    icon = home / ".local/share/icons/hicolor/48x48/apps" / f"{APP_ID}.png"
    assert icon.exists()

    done = _run(release, home, "--uninstall")
    assert done.returncode == 0, done.stderr
    assert not app.exists() and not desktop.exists() and not icon.exists()
    assert (records / "vault.key").read_bytes() == b"key"


def test_install_sh_reports_a_failing_selftest(tmp_path: Path) -> None:
    release = _fake_release(tmp_path, selftest_status=1)
    done = _run(release, tmp_path / "home")
    assert done.returncode == 1
    assert "FAILED" in done.stderr


def test_measure_merges_only_its_own_figures(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("measure", PACKAGING / "measure.py")
    assert spec and spec.loader
    measure = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(measure)
    results = tmp_path / "results.json"
    other = {"value": 0.9, "unit": "ratio", "target": ">= 0.5", "meets_target": True}
    results.write_text(json.dumps({"generated_at": "x", "metrics": {"insert": other}}))
    size = measure._metric(201.1, "MB", "<= 250", {})
    start = measure._metric(2.5, "s", "<= 2.0", {})
    assert size["meets_target"] and not start["meets_target"]
    measure.merge_into(results, {"bundle_size_mb": size, "frozen_cold_start_s": start})
    assert json.loads(results.read_text()) == {
        "generated_at": "x",
        "metrics": {"insert": other, "bundle_size_mb": size, "frozen_cold_start_s": start},
    }
    (tmp_path / "bundle" / "sub").mkdir(parents=True)
    (tmp_path / "bundle" / "sub" / "a").write_bytes(b"x" * 10)
    (tmp_path / "bundle" / "b").write_bytes(b"y" * 5)
    assert measure.bundle_bytes(tmp_path / "bundle") == 15
