"""Translations complete and current, placeholders kept, Spanish from the first start."""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from defender_app import i18n
from defender_app.i18n import date_text, install_translators, pseudo, remove_translators
from forms.errors import Label
from storage.errors import NotFound
from storage.rows import KIND_LABELS

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations"
BIN = Path(sys.executable).parent
# The Makefile's `translations-update` reads these; a string elsewhere is never translated.
PACKAGES = ("defender_app", "forms", "storage", "sync")
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_]\w*\}|%s|%\(\w+\)[rs]")


def _tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        pytest.skip(f"{name} is not installed in this environment")
    return str(path)


def _messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _forms(message: ET.Element) -> list[str]:
    """The translation, or each plural form of it."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _sources(ts: Path) -> set[tuple[str, str, bool]]:
    return {
        (context, m.findtext("source") or "", m.get("numerus") == "yes")
        for context, m in _messages(ts)
    }


def _sources_read_by_lupdate() -> list[str]:
    """The Python files `make translations-update` reads (as the Makefile lists them)."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard"]
            + [f"{p}/*.py" for p in PACKAGES],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        listed = [str(p.relative_to(ROOT)) for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")]
    return sorted(listed)


# ---------------------------------------------------------------- the catalogues


def test_every_spanish_message_is_finished_with_every_plural_form() -> None:
    problems = []
    for context, message in _messages(TS / "defender_es.ts"):
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None
        forms = _forms(message)
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
        elif message.get("numerus") == "yes" and len(forms) != 2:
            problems.append(f"{context}: {source!r} has {len(forms)} plural forms, not 2")
        elif not all(form.strip() for form in forms):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert not problems, "\n".join(problems)


def test_english_plurals_have_both_forms() -> None:
    for context, message in _messages(TS / "defender_en.ts"):
        if message.get("numerus") == "yes":
            forms = _forms(message)
            assert len(forms) == 2 and all(forms), (context, message.findtext("source"))


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_catalogue_is_current_with_the_code(language: str, tmp_path: Path) -> None:
    """Re-extracting the strings changes nothing: no new string lacks a translation."""
    shipped = TS / f"defender_{language}.ts"
    fresh = tmp_path / shipped.name
    shutil.copy(shipped, fresh)
    subprocess.run(
        [_tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none", "-no-obsolete"]
        + [str(ROOT / f) for f in _sources_read_by_lupdate()]
        + ["-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    added = _sources(fresh) - _sources(shipped)
    gone = _sources(shipped) - _sources(fresh)
    assert not added, f"new strings, run `make translations-update` and translate: {added}"
    assert not gone, f"strings no longer in the code, run `make translations-update`: {gone}"


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_lupdate_can_see_every_marked_string() -> None:
    """lupdate silently skips a marker whose context is a variable (QT_TRANSLATE_NOOP(C, …))."""
    hidden = []
    for name in _sources_read_by_lupdate():
        tree = ast.parse((ROOT / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            context, text = node.args[0], node.args[1]
            called = _call_name(node)
            marker = called == "QT_TRANSLATE_NOOP" and not (_literal(context) and _literal(text))
            lookup = called == "translate" and _literal(text) and not _literal(context)
            if marker or lookup:
                hidden.append(f"{name}:{node.lineno}")
    assert not hidden, "write the context as a literal string: " + ", ".join(hidden)


@pytest.mark.parametrize("ts", sorted(TS.glob("defender_*.ts")), ids=lambda path: path.stem)
def test_translations_keep_exactly_the_placeholders_of_their_source(ts: Path) -> None:
    """Every language, a community's work in progress too: %1, %n, {name}, %s, %(name)s."""
    problems = []
    for context, message in _messages(ts):
        source = message.findtext("source") or ""
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in _forms(message):
            if form and sorted(PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"{context}: {source!r} → {form!r}")
    assert not problems, "placeholders dropped or added:\n" + "\n".join(problems)


def test_placeholder_check_catches_a_dropped_placeholder(tmp_path: Path) -> None:
    """The check above is not vacuous: a translation without its {name} is found."""
    bad = tmp_path / "bad.ts"
    bad.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="es"><context>'
        "<name>Errors</name><message><source>“{path}” does not exist.</source>"
        "<translation>El archivo no existe.</translation></message></context></TS>",
        encoding="utf-8",
    )
    (_context, message), *_ = list(_messages(bad))
    assert PLACEHOLDER.findall(message.findtext("source") or "") == ["{path}"]
    assert PLACEHOLDER.findall(_forms(message)[0]) == []


# ---------------------------------------------------------------- at run time


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The current .ts files compiled, as `make translations` does, into a scratch folder."""
    out = tmp_path_factory.mktemp("qm")
    for ts in TS.glob("defender_*.ts"):
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(out / f"{ts.stem}.qm")],
            check=True,
        )
    return out


@pytest.fixture
def translators(qtbot: QtBot, compiled: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(i18n, "TRANSLATIONS", compiled)
    yield
    remove_translators()


def test_a_new_install_on_a_spanish_system_starts_in_spanish(
    compiled: Path, tmp_path: Path
) -> None:
    """`defender-app` on an es_MX system with no settings yet: Spanish text, Spanish buttons."""
    probe = f"""
import json, sys
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox
import defender_app.i18n
defender_app.i18n.TRANSLATIONS = __import__("pathlib").Path({str(compiled)!r})

def report(self):
    window = QApplication.topLevelWidgets()[0]
    first_run = window.currentWidget()
    page = first_run.language_page
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    print(json.dumps({{
        "default_button": [b.text() for b in page.buttons.values() if b.isDefault()],
        "text": QCoreApplication.translate("CreateVaultPage", "Create your vault"),
        "cancel": box.button(QDialogButtonBox.StandardButton.Cancel).text(),
        "locale": QLocale().name(),
    }}))
    return 0

QApplication.exec = report
from defender_app.__main__ import main
sys.exit(main(["--home", {str(tmp_path / "home")!r}]))
"""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "DEFENDER_LANGUAGE")
    }
    env.update(LANG="es_MX.UTF-8", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {
        "default_button": ["Español"],
        "text": "Crea tu bóveda cifrada",
        "cancel": "Cancelar",
        "locale": "es_MX",
    }


def test_spanish_translates_our_strings_qt_buttons_errors_and_dates(
    translators: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_translators("es")
    assert QCoreApplication.translate("MainWindow", "&Lock") == "B&loquear"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"
    box.deleteLater()
    error = NotFound(kind=Label("Errors", KIND_LABELS["person"]), record_id="p1")
    assert i18n.error_text(error) == "No hay ningún registro de persona con el id p1."
    plural = QCoreApplication.translate("ImportPanel", "%n imported.", None, 3)
    assert plural == "3 importados."
    assert QCoreApplication.translate("ImportPanel", "%n imported.", None, 1) == "1 importado."
    assert date_text("2026-03-14") == "14/03/2026"
    assert date_text("2026-03") == "marzo de 2026"
    assert date_text("2026") == "2026"
    install_translators("en")
    assert date_text("2026-03-14") == "3/14/2026"
    assert date_text("2026-03") == "March 2026"


def test_a_language_in_progress_falls_back_to_spanish(translators: None, compiled: Path) -> None:
    """Tsotsil with one string translated: that string in Tsotsil, the rest in Spanish."""
    ts = compiled / "defender_tzo.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="tzo"><context>'
        "<name>MainWindow</name><message><source>&amp;Lock</source>"
        "<translation>&amp;Makbil</translation></message></context></TS>",
        encoding="utf-8",
    )
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(compiled / "defender_tzo.qm")],
        check=True,
    )
    install_translators("tzo")
    assert QCoreApplication.translate("MainWindow", "&Lock") == "&Makbil"
    assert QCoreApplication.translate("MainWindow", "&Save now") == "&Guardar ahora"
    assert QLocale().name() == "es_MX"  # dates and numbers as in Chiapas


def test_pseudo_localisation_is_longer_and_keeps_what_code_fills_in(translators: None) -> None:
    text = "“{path}” is <b>%1</b> of %n &amp; more:\nNext &line"
    shown = pseudo(text)
    assert shown.startswith("[") and shown.endswith("]")
    assert len(shown) >= len(text) * 1.3
    for kept in ("{path}", "<b>", "%1", "</b>", "%n", "&amp;", "\n", "&ļíñé"):
        assert kept in shown
    assert "Ñéxţ" in shown
    install_translators("es", pseudo=True)
    cancel = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.button(QDialogButtonBox.StandardButton.Cancel).text() == pseudo("Cancelar")
    cancel.deleteLater()
    shown = QCoreApplication.translate("ImportPanel", "%n imported.", None, 2)
    assert shown == pseudo("%n importados.").replace("%n", "2")


# ---------------------------------------------------------------- the command line


def test_the_cli_reads_the_compiled_catalogue_without_qt(
    compiled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from defender_app import cli_i18n

    monkeypatch.setattr(cli_i18n, "TRANSLATIONS", compiled)
    spanish = cli_i18n.cli_translator("es")
    assert spanish("Cli", "Passphrase: ") == "Frase secreta: "
    assert spanish("Errors", "“{path}” does not exist.") == "«{path}» no existe."
    assert spanish("Cli", "not a catalogued string") == "not a catalogued string"
    assert cli_i18n.cli_translator("en")("Cli", "Passphrase: ") == "Passphrase: "
    catalogue = cli_i18n.read_qm(compiled / "defender_es.qm")
    assert len(catalogue) == sum(1 for _ in _messages(TS / "defender_es.ts"))


def test_the_cli_speaks_the_language_of_the_system_or_of_the_app(
    compiled: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], home: Path
) -> None:
    import argparse

    from defender_app import cli, cli_i18n

    monkeypatch.setattr(cli_i18n, "TRANSLATIONS", compiled)
    monkeypatch.setattr(argparse, "_", argparse._)  # type: ignore[attr-defined]
    for name in ("DEFENDER_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DEFENDER_HOME", str(home))
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    assert cli.main(["vault", "check"]) == 1
    assert capsys.readouterr().err.startswith("defender: No hay ninguna bóveda en ")
    assert cli.main(["case", "add"]) == 2
    assert "faltan estos argumentos obligatorios: --title" in capsys.readouterr().err
    home.mkdir()
    (home / "settings.ini").write_text("[ui]\nlanguage=en\n", encoding="utf-8")
    assert cli.main(["vault", "check"]) == 1  # the app's choice wins over the system's
    assert capsys.readouterr().err.startswith("defender: There is no vault in ")
