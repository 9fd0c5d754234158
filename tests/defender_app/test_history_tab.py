"""History tab against a real vault: audit log in words, custody chains and whether they hold."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from defender_app.autosave import Autosaver
from defender_app.context import AppContext
from defender_app.views.history_tab import HistoryTab, custody_chain, load_history
from defender_app.views.history_text import RED, CaseHistory, history_html
from storage.records import Case, touched
from storage.vault import Vault
from tests.conftest import make_jpeg
from tests.defender_app.test_evidence_tab import WAIT_MS, build_context


@pytest.fixture
def context(qtbot: QtBot, home: Path, vault: Vault) -> Iterator[tuple[AppContext, Autosaver]]:
    ctx, autosaver = build_context(home, vault)
    yield ctx, autosaver
    ctx.runner.shutdown()


@pytest.fixture
def case(vault: Vault) -> Case:
    return vault.cases.create(title="Amenazas a radio comunitaria").value


@pytest.fixture
def tab(qtbot: QtBot, context: tuple[AppContext, Autosaver], case: Case) -> HistoryTab:
    widget = HistoryTab(*context)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.load(case)
    return widget


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    return make_jpeg(tmp_path / "IMG_0042.JPG", exif_fields={"Make": "Nokia"})


def text_of(tab: HistoryTab) -> str:
    return tab.page.toPlainText()


def test_shows_the_import_and_an_intact_chain(
    tab: HistoryTab,
    qtbot: QtBot,
    context: tuple[AppContext, Autosaver],
    vault: Vault,
    case: Case,
    photo: Path,
) -> None:
    qtbot.waitUntil(lambda: "Case created" in text_of(tab), timeout=WAIT_MS)
    assert "No evidence in this case yet." in text_of(tab)
    saved = vault.evidence.import_file(case.id, photo)
    context[0].events.records_changed.emit(saved.changes)
    qtbot.waitUntil(lambda: "Evidence imported" in text_of(tab), timeout=WAIT_MS)
    text = text_of(tab)
    assert "Evidence imported: “IMG_0042”" in text
    assert hashlib.sha256(photo.read_bytes()).hexdigest() in text
    assert "Chain intact: every entry is sealed to the one before (1 in all)" in text
    assert "Collected: imported into the vault" in text and "hash checked: matches" in text
    assert "Times are local (UTC" in text

    item = saved.value.evidence
    vault.evidence.open(item.id).close()
    context[0].events.records_changed.emit(touched(evidence=[item.id]))
    qtbot.waitUntil(lambda: "Viewed (decrypted in memory)" in text_of(tab), timeout=WAIT_MS)
    assert "(2 in all)" in text_of(tab)


def test_finalizing_and_correcting_read_as_words(
    tab: HistoryTab, qtbot: QtBot, context: tuple[AppContext, Autosaver], vault: Vault, case: Case
) -> None:
    context[0].events.records_changed.emit(vault.cases.finalize(case.id).changes)
    qtbot.waitUntil(lambda: "Finalized version 1" in text_of(tab), timeout=WAIT_MS)
    assert "Fingerprint of this version (SHA-256):" in text_of(tab)
    context[0].events.records_changed.emit(vault.cases.start_correction(case.id).changes)
    qtbot.waitUntil(lambda: "Correction started: version 2" in text_of(tab), timeout=WAIT_MS)
    assert "finalized" not in text_of(tab)  # no raw action names


def test_hidden_tab_catches_up_when_shown(
    tab: HistoryTab,
    qtbot: QtBot,
    context: tuple[AppContext, Autosaver],
    vault: Vault,
    case: Case,
    photo: Path,
) -> None:
    qtbot.waitUntil(lambda: "Case created" in text_of(tab), timeout=WAIT_MS)
    tab.hide()
    context[0].events.records_changed.emit(vault.evidence.import_file(case.id, photo).changes)
    context[0].runner.wait_for_db()
    assert "Evidence imported" not in text_of(tab)  # nothing fetched while nobody looks
    tab.show()
    qtbot.waitUntil(lambda: "Evidence imported" in text_of(tab), timeout=WAIT_MS)


def test_a_broken_chain_is_named_in_red(vault: Vault, case: Case, photo: Path) -> None:
    item = vault.evidence.import_file(case.id, photo).value.evidence
    vault.evidence.open(item.id).close()
    history = load_history(vault, case.id)
    chain = history.chains[0]
    assert chain.broken == []
    first, second = chain.entries
    forged = dataclasses.replace(second, body={"purpose": "verify"})  # edited after the fact
    page = history_html(CaseHistory(history.audit, [custody_chain(item, [first, forged])]))
    assert "Chain broken at entry 2" in page and RED in page
    assert "Chain intact" not in page
