"""packaging/defender.spec, evaluated with stand-ins for PyInstaller's build steps.

The real data collection runs (PyInstaller's `collect_data_files`), so these check what a
build would put in the bundle without spending a minute building it.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from defender_app import __version__

pytest.importorskip("PyInstaller", reason="PyInstaller is in the `package` extra")

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "defender.spec"


class _Step:
    """Records how the spec called a PyInstaller build step."""

    calls: list[_Step]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs
        self.calls.append(self)


class _Analysis(_Step):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pure: list[Any] = []
        self.scripts: list[Any] = []
        self.datas = [(dest, src, "DATA") for src, dest in kwargs["datas"]]
        self.binaries: list[Any] = []


def _evaluate(tmp_path: Path) -> tuple[dict[str, list[_Step]], dict[str, Any]]:
    """Run the spec; return the build steps it asked for and its global names."""
    steps: dict[str, list[_Step]] = {}
    names: dict[str, Any] = {"SPECPATH": str(SPEC.parent), "workpath": str(tmp_path)}
    for name, base in (
        ("Analysis", _Analysis),
        ("PYZ", _Step),
        ("EXE", _Step),
        ("COLLECT", _Step),
        ("BUNDLE", _Step),
    ):
        steps[name] = []
        names[name] = type(name, (base,), {"calls": steps[name]})
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), names)
    return steps, names


def _qm_built() -> bool:
    ts = list((ROOT / "translations").glob("defender_*.ts"))
    qm = list((ROOT / "defender_app" / "translations").glob("defender_*.qm"))
    return len(qm) >= len(ts)


@pytest.fixture(scope="module")
def evaluated(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, list[_Step]], dict[str, Any]]:
    if not _qm_built():
        pytest.skip("translations not compiled (make translations); the spec refuses to build")
    return _evaluate(tmp_path_factory.mktemp("spec"))


@pytest.fixture
def steps(evaluated: tuple[dict[str, list[_Step]], dict[str, Any]]) -> dict[str, list[_Step]]:
    return evaluated[0]


def _bundled(steps: dict[str, list[_Step]]) -> set[str]:
    gui = steps["Analysis"][0]
    return {f"{dest}/{Path(src).name}" for src, dest in gui.kwargs["datas"]}


def test_the_spec_is_python_and_takes_the_version_from_the_package() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    imports = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert any(n.module == "defender_app" and n.names[0].name == "__version__" for n in imports)
    assert not re.search(r"\b\d+\.\d+\.\d+\b", SPEC.read_text(encoding="utf-8"))


def test_vocabularies_fonts_migrations_translations_and_icons_are_data(
    steps: dict[str, list[_Step]],
) -> None:
    bundled = _bundled(steps)
    for tsv in (ROOT / "forms" / "data").glob("*.tsv"):
        assert f"forms/data/{tsv.name}" in bundled
    for font in (ROOT / "forms" / "fonts").glob("*.ttf"):
        assert f"forms/fonts/{font.name}" in bundled
    # Alembic loads these as files from the package directory at run time.
    migrations = ROOT / "storage" / "migrations"
    assert "storage/migrations/env.py" in bundled
    assert "storage/migrations/script.py.mako" in bundled
    for version in (migrations / "versions").glob("*.py"):
        assert f"storage/migrations/versions/{version.name}" in bundled
    for qm in (ROOT / "defender_app" / "translations").glob("*.qm"):
        assert f"defender_app/translations/{qm.name}" in bundled
    assert "defender_app/icons/io.github.defender.Defender.svg" in bundled
    assert not any("__pycache__" in item for item in bundled)


def test_unused_qt_modules_and_the_relay_are_excluded(steps: dict[str, list[_Step]]) -> None:
    excludes = set(steps["Analysis"][0].kwargs["excludes"])
    for module in ("QtQml", "QtQuick", "QtWebEngineCore", "QtMultimedia", "Qt3DCore", "QtSql"):
        assert f"PySide6.{module}" in excludes
    for used in ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtPdf", "QtSvg"):
        assert f"PySide6.{used}" not in excludes
    assert {"registry", "fastapi", "uvicorn", "pytest"} <= excludes


def test_the_programs_are_named_as_the_installers_expect(steps: dict[str, list[_Step]]) -> None:
    exes = {step.kwargs["name"]: step.kwargs for step in steps["EXE"]}
    assert exes["defender-app"]["console"] is False
    if "defender" in exes:  # the command line, when defender_app/cli.py exists
        assert exes["defender"]["console"] is True
    assert steps["COLLECT"][0].kwargs["name"] == "defender"
    iss = (ROOT / "packaging" / "windows" / "defender.iss").read_text(encoding="utf-8")
    assert '#define Bundle "..\\..\\dist\\defender"' in iss
    assert '#define AppExe "defender-app.exe"' in iss
    assert "{app}\\_internal" in iss


def test_qt_translations_for_other_languages_and_unused_plugins_are_dropped(
    evaluated: tuple[dict[str, list[_Step]], dict[str, Any]],
) -> None:
    keep = evaluated[1]["_keep"]
    assert keep("PySide6/Qt/translations/qtbase_es.qm")
    assert not keep("PySide6/Qt/translations/qtbase_de.qm")
    assert not keep("PySide6/Qt/translations/qt_help_pt_BR.qm")
    assert keep("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert keep("PySide6/Qt/plugins/platforms/libqwayland.so")
    assert keep("PySide6/Qt/plugins/platforms/libqoffscreen.so")
    assert not keep("PySide6/Qt/plugins/platforms/libqeglfs.so")
    assert not keep("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert not keep("PySide6/Qt/lib/libQt6Quick.so.6")


def test_a_missing_translation_build_stops_the_spec(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_glob = Path.glob

    def no_qm(self: Path, pattern: str) -> Any:
        return iter(()) if pattern.endswith(".qm") else real_glob(self, pattern)

    monkeypatch.setattr(Path, "glob", no_qm)
    with pytest.raises(SystemExit, match="make translations"):
        _evaluate(tmp_path)


def test_the_windows_version_resource_template_is_a_python_expression() -> None:
    template = ROOT / "packaging" / "windows" / "version_info.txt.in"
    text = template.read_text(encoding="utf-8")
    filled = text.replace("@NUMBERS@", "0, 1, 0, 0").replace("@VERSION@", __version__)
    tree = ast.parse(filled, mode="eval")
    assert isinstance(tree.body, ast.Call) and getattr(tree.body.func, "id", "") == "VSVersionInfo"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the pruning is Linux-only")
def test_libraries_only_removed_binaries_needed_are_pruned(
    evaluated: tuple[dict[str, list[_Step]], dict[str, Any]],
) -> None:
    import _sqlite3
    import _ssl

    from PyInstaller.depend.bindepend import get_imports

    needed_only = evaluated[1]["_needed_only"]
    ssl_libs = {Path(n).name: p for n, p in get_imports(_ssl.__file__) if p and "ssl" in n}
    sqlite_libs = {Path(n).name: p for n, p in get_imports(_sqlite3.__file__) if "sqlite" in n}
    if not ssl_libs or not sqlite_libs:
        pytest.skip("Python's _ssl/_sqlite3 are not linked to system libraries here")
    kept_extension = ("python3.11/lib-dynload/_ssl.so", _ssl.__file__, "EXTENSION")
    binaries = [
        kept_extension,
        *((name, path, "BINARY") for name, path in ssl_libs.items()),
        # what only a removed plugin linked to: nothing kept needs it any more
        *((name, path, "BINARY") for name, path in sqlite_libs.items()),
        ("libpython3.11.so.1.0", _ssl.__file__, "BINARY"),  # the bootloader loads it
    ]
    kept = {entry[0] for entry in needed_only(binaries)}
    assert kept == {kept_extension[0], *ssl_libs, "libpython3.11.so.1.0"}
