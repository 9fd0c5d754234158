"""The desk on screen against the real relay: pull, read, revoke — no stand-in anywhere.

A field vault enrolls with the relay on loopback, with a code the desk (a second real vault
holding the offline keys) issued, and syncs a case with a testimony and a photo; the desk pulls
it through the window's own "Pull from relay" action, shows it, and revokes the laptop from the
Devices tab.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from defender_app.app import DefenderApp
from defender_app.desk_wiring import Desk, set_up_desk
from defender_app.sync_wiring import install_sync
from defender_app.views.courier_dialog import DeskBundleDialog
from storage.desk_records import RegistryFilter
from storage.vault import Vault
from sync.bundle import export_bundle
from sync.client import DeviceRevoked
from tests.conftest import PASSPHRASE
from tests.sync.harness import Relay, running_relay
from tests.sync.helpers import enroll_device, final_case, photo, quick_client

MARKER = "desk-gui-relay"


@pytest.fixture
def relay(tmp_path: Path) -> Iterator[Relay]:
    with running_relay(tmp_path) as r:
        yield r


def test_the_desk_pulls_shows_and_revokes_through_its_window(
    qtbot: QtBot, vault: Vault, relay: Relay, tmp_path: Path
) -> None:
    desk_home = tmp_path / "desk"
    created = Vault.create(desk_home, PASSPHRASE, kdf_profile="fast")
    set_up_desk(created.vault, relay.offline, relay.url)
    code = Desk(created.vault).new_enroll_code()
    created.vault.lock()
    outbox = install_sync(vault)
    enroll_device(relay, outbox, code=code)
    final_case(vault, MARKER, photos=[photo(tmp_path, "foto.jpg", size=(640, 480))])
    quick_client(outbox).run()

    app = DefenderApp(desk_home)
    app.ctx.settings.language = "en"
    qtbot.addWidget(app.start())
    assert app.unlock_view is not None
    qtbot.keyClicks(app.unlock_view.passphrase, PASSPHRASE)
    app.unlock_view.unlock_button.click()
    qtbot.waitUntil(lambda: app.main is not None and app.main.desk is not None, timeout=10_000)
    assert app.main is not None and app.main.desk is not None
    area = app.main.desk
    try:
        area.pull_action.trigger()
        qtbot.waitUntil(lambda: area.task is None and area.pull_action.isEnabled(), timeout=30_000)
        assert area.pull_label.text() == "1 new record version(s) received"
        qtbot.waitUntil(lambda: area.registry.model.rowCount() == 1, timeout=10_000)
        area.registry.table.selectRow(0)
        detail = area.registry.detail
        qtbot.waitUntil(lambda: detail.record is not None, timeout=10_000)
        assert f"Testimonio {MARKER}" in detail.testimonies.toPlainText()
        qtbot.waitUntil(lambda: not detail.picture.pixmap().isNull(), timeout=10_000)
        assert detail.picture.pixmap().width() == 640

        # a courier brings the next case on a USB stick: the desk opens it itself
        carried_id = final_case(vault, "carried by courier")
        bundle, _ = export_bundle(outbox, tmp_path / "usb")
        main = app.main
        assert not main.courier_export_action.isVisible()
        main.courier_import_action.trigger()
        taker = main.findChild(DeskBundleDialog)
        assert taker is not None and taker.isVisible()
        taker.path.setText(str(bundle))
        taker.start.setEnabled(True)
        taker.start.click()
        qtbot.waitUntil(lambda: taker.taken is not None, timeout=30_000)
        assert "1 new record version(s) added to the registry, 0 already here" in (
            taker.status.text()
        )
        qtbot.waitUntil(lambda: area.registry.model.rowCount() == 2, timeout=10_000)
        received = app.ctx.require_vault().desk.records(RegistryFilter())
        assert carried_id in {r.record_id for r in received}
        taker.close()

        devices = area.devices
        area.tabs.setCurrentWidget(devices)
        devices.refresh_button.click()
        qtbot.waitUntil(lambda: devices.table.topLevelItemCount() == 1, timeout=10_000)
        devices.table.setCurrentItem(devices.table.topLevelItem(0))
        assert devices.table.topLevelItem(0).text(3) == "yes"  # confirmed by its desk code
        assert not devices.confirm_button.isEnabled()
        devices.revoke_button.click()
        [box] = [b for b in devices.findChildren(QMessageBox) if b.isVisible()]
        next(b for b in box.buttons() if b.text() == "Revoke").click()
        qtbot.waitUntil(lambda: "is revoked" in devices.status.text(), timeout=10_000)
    finally:
        app.shutdown()
        app.window.close()

    final_case(vault, "after revocation")
    with pytest.raises(DeviceRevoked):
        quick_client(outbox).run()
