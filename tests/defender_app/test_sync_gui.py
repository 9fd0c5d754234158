"""Sync from the window: enroll with a pasted code, finalize, send, see it delivered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from defender_app.app import DefenderApp
from defender_app.sync_controller import SyncState
from defender_app.sync_wiring import device_key_fingerprint, install_sync
from defender_app.views.enroll_dialog import EnrollDialog
from defender_app.views.sync_panel import SyncPanel
from tests.sync.harness import Relay, running_relay
from tests.sync.helpers import enrollment_code


@pytest.fixture
def relay(tmp_path: Path) -> Iterator[Relay]:
    with running_relay(tmp_path / "relay-root") as r:
        yield r


def test_enroll_finalize_and_deliver_from_the_window(
    qtbot: QtBot, unlocked: DefenderApp, relay: Relay
) -> None:
    main, vault = unlocked.main, unlocked.ctx.vault
    assert main is not None and vault is not None
    assert "not set up" in main.sync_indicator.label.text()

    main.sync_panel_action.trigger()  # the menu opens the same panel as the status bar
    opened = main.findChild(SyncPanel)
    assert opened is not None and opened.isVisible()
    opened.close()
    panel = SyncPanel(unlocked.ctx, unlocked.sync, main)
    qtbot.addWidget(panel)
    assert panel.enroll_button.isVisibleTo(panel)
    assert not panel.device_key.isVisibleTo(panel)  # no key before enrollment
    dialog = EnrollDialog(unlocked.ctx, panel)
    qtbot.addWidget(dialog)
    dialog.code.setPlainText("DFND1-NOT-A-CODE")
    assert not dialog.ok.isEnabled()
    dialog.code.setPlainText(enrollment_code(relay))
    assert dialog.ok.isEnabled() and len(dialog.fingerprint.text().split()) == 8
    dialog.label.setText("laptop test")
    dialog.enrolled.connect(lambda _id: unlocked.sync.refresh())
    with qtbot.waitSignal(dialog.enrolled, timeout=20_000):
        dialog.ok.click()
    # what the defender reads to the registry desk by phone when it calls to confirm
    fingerprint = device_key_fingerprint(install_sync(vault))
    assert fingerprint is not None and len(fingerprint.split()) == 16
    panel.reload()
    qtbot.waitUntil(lambda: panel.device_key.isVisibleTo(panel), timeout=10_000)
    assert fingerprint in panel.device_key.text()

    case = vault.cases.create(title="Detención en Ocosingo").value
    saved = vault.cases.finalize(case.id)
    unlocked.ctx.events.records_changed.emit(saved.changes)
    # Queued at once; the controller may also start sending by itself once the network looks up.
    queued = {SyncState.WAITING, SyncState.SENDING, SyncState.DELIVERED}
    qtbot.waitUntil(lambda: unlocked.sync.status.state in queued, timeout=10_000)

    unlocked.sync.sync_now()
    qtbot.waitUntil(lambda: unlocked.sync.status.state is SyncState.DELIVERED, timeout=30_000)
    assert main.sync_indicator.label.text() == "All records delivered"
    panel.reload()

    def delivered_row() -> bool:
        item = panel.entries.topLevelItem(0)
        return item is not None and item.text(2) == "delivered"

    qtbot.waitUntil(delivered_row, timeout=10_000)  # earlier reloads may still be arriving
    item = panel.entries.topLevelItem(0)
    assert panel.entries.topLevelItemCount() == 1
    assert item is not None and item.text(3).startswith("receipt")
    case_list = main.case_list
    case_list.refresh()
    qtbot.waitUntil(lambda: case_list.model.rowCount() == 1)
    qtbot.waitUntil(lambda: case_list.model.index(0, 4).data() == "delivered")
