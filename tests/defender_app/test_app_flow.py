"""The app as a person meets it: first run, unlock, new case, autosave, lock, search."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from defender_app.app import DefenderApp
from storage.paths import VaultPaths
from storage.vault import Vault
from tests.conftest import PASSPHRASE

TYPED = "Detencion de defensora en Ocosingo, Tsotsil: xch'ulel"


def _digests(home: Path) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes() for p in home.iterdir() if p.is_file() and p.name != "settings.ini"
    }


def test_first_run_creates_the_vault_and_shows_the_code_once(
    qtbot: QtBot, app: DefenderApp, home: Path, monkeypatch: object
) -> None:
    from storage import kdf

    monkeypatch.setitem(kdf.PROFILES, "default", kdf.PROFILES["fast"])  # type: ignore[attr-defined]
    qtbot.addWidget(app.start())
    first = app.first_run
    assert first is not None
    qtbot.mouseClick(_button(first.language_page, "English"), Qt.MouseButton.LeftButton)
    page = first.create_page
    assert app.ctx.settings.language == "en"
    qtbot.keyClicks(page.passphrase, "short")
    assert not page.create_button.isEnabled()
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.confirm, PASSPHRASE + "x")
    assert not page.create_button.isEnabled() and page.problem.text()
    page.confirm.clear()
    qtbot.keyClicks(page.confirm, PASSPHRASE)
    assert page.create_button.isEnabled()
    page.create_button.click()
    qtbot.waitUntil(lambda: first.currentWidget() is first.code_page)
    code = first.code_page.code.text()
    assert len(code.replace("-", "")) == 26
    assert not first.code_page.continue_button.isEnabled()
    first.code_page.kept.setChecked(True)
    first.code_page.continue_button.click()
    qtbot.waitUntil(lambda: app.main is not None and app.window.currentWidget() is app.main)
    assert first.code_page.code.text() == ""  # shown once
    assert VaultPaths(home).keyfile.exists()
    app.lock()
    Vault.recover(home, code, "another passphrase").lock()


def _button(parent: object, text: str) -> object:
    from PySide6.QtWidgets import QPushButton

    return next(b for b in parent.findChildren(QPushButton) if b.text() == text)  # type: ignore[attr-defined]


def test_wrong_passphrase_shows_the_error_and_leaves_the_vault_intact(
    qtbot: QtBot, app: DefenderApp, home: Path
) -> None:
    Vault.create(home, PASSPHRASE, kdf_profile="fast").vault.lock()
    before = _digests(home)
    qtbot.addWidget(app.start())
    view = app.unlock_view
    assert view is not None
    qtbot.keyClicks(view.passphrase, "not the passphrase")
    qtbot.keyClick(view.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "does not open" in view.problem.text())
    assert app.main is None and _digests(home) == before
    assert view.passphrase.echoMode() == QLineEdit.EchoMode.Password


def test_new_case_autosaves_and_survives_lock_and_unlock(
    qtbot: QtBot, unlocked: DefenderApp, home: Path
) -> None:
    main = unlocked.main
    assert main is not None
    main.new_action.trigger()
    title = main.editor.summary.form.editor("title")
    qtbot.waitUntil(lambda: main.editor.case is not None and title.hasFocus())
    assert isinstance(title, QLineEdit) and title.selectedText() == "New case"
    qtbot.keyClicks(title, "Detencion de defensora")  # QTest types ASCII only
    title.insert(" en Ocosingo, Tsotsil: xch'ulel")  # as an input method would
    case_id = main.editor.case.id  # type: ignore[union-attr]
    vault = unlocked.ctx.vault
    assert vault is not None
    # Saved as a draft within about a second, without pressing anything.
    qtbot.waitUntil(lambda: vault.cases.get(case_id).title == TYPED, timeout=2500)

    qtbot.keyClicks(title, " (Chiapas)")  # typed just before locking: the lock saves it first
    main.lock_action.trigger()
    assert unlocked.ctx.vault is None and unlocked.window.currentWidget() is unlocked.unlock_view
    assert not vault.is_open
    again = Vault.unlock(home, PASSPHRASE)
    assert again.cases.get(case_id).title == TYPED + " (Chiapas)"
    again.lock()


def test_search_box_finds_cases_without_accents(qtbot: QtBot, unlocked: DefenderApp) -> None:
    vault = unlocked.ctx.vault
    assert vault is not None and unlocked.main is not None
    vault.cases.create(title="Detención arbitraria")
    vault.cases.create(title="Amenazas")
    panel = unlocked.main.case_list
    panel.refresh()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    qtbot.keyClicks(panel.search, "detencion")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.case_at(0).title == "Detención arbitraria"
    panel.search.clear()
    qtbot.keyClicks(panel.search, "nada que ver")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0 and "No case matches" in panel.empty.text())


def test_idle_auto_lock(qtbot: QtBot, unlocked: DefenderApp) -> None:
    unlocked.idle.start(50)  # the setting is in minutes; the mechanism is what is tested
    qtbot.waitUntil(lambda: unlocked.ctx.vault is None, timeout=2000)
    assert unlocked.window.currentWidget() is unlocked.unlock_view


def test_every_control_of_the_main_window_has_a_name(unlocked: DefenderApp) -> None:
    """Screen readers need a name on every input; buttons are named by their text."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QPlainTextEdit,
        QWidget,
    )

    main = unlocked.main
    assert main is not None
    inputs = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView, QAbstractSpinBox)
    unnamed = []
    for widget in main.findChildren(QWidget):
        if not widget.isVisibleTo(main) or isinstance(
            widget.parent(), QComboBox | QAbstractSpinBox
        ):
            continue  # the line edit inside a combo or spin box is named by its owner
        if isinstance(widget, inputs) and not widget.accessibleName():
            unnamed.append(widget)
        if isinstance(widget, QAbstractButton) and not (widget.text() or widget.accessibleName()):
            unnamed.append(widget)
    assert not unnamed, [type(w).__name__ for w in unnamed]


def test_a_refused_field_does_not_take_other_edits_down(
    qtbot: QtBot, unlocked: DefenderApp
) -> None:
    """A bad date typed in the same second as a place: the place is saved, the date named."""
    vault = unlocked.ctx.vault
    main = unlocked.main
    assert vault is not None and main is not None
    case = vault.cases.create(title="x").value
    failures: list[str] = []
    unlocked.autosaver.failed.connect(lambda _key, exc: failures.append(exc.field_name))
    main.editor.open_case(case.id)
    qtbot.waitUntil(lambda: main.editor.case is not None)
    summary = main.editor.summary
    summary._on_form_edited("community", "Ejido Morelia")
    summary._on_form_edited("start_date", "2026-02-30")
    unlocked.autosaver.flush_and_wait()
    qtbot.waitUntil(lambda: failures == ["start_date"])
    assert vault.cases.get(case.id).community == "Ejido Morelia"
    qtbot.waitUntil(lambda: summary.problem.isVisible() and "real date" in summary.problem.text())
