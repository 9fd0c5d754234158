"""Courier bundles from the window: write one to a "USB stick", take in another device's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from defender_app.app import DefenderApp
from defender_app.sync_wiring import install_sync
from defender_app.views.courier_dialog import CourierExportDialog, CourierImportDialog
from storage.vault import Vault
from sync.bundle import export_bundle
from tests.conftest import PASSPHRASE
from tests.sync.harness import Relay, running_relay
from tests.sync.helpers import enroll_device, final_case, random_file, relay_counts


@pytest.fixture
def relay(tmp_path: Path) -> Iterator[Relay]:
    with running_relay(tmp_path / "relay-root") as r:
        yield r


def _choose(qtbot: QtBot, dialog: CourierExportDialog | CourierImportDialog, path: Path) -> None:
    """Click "Choose…" and pick `path` in the file dialog, as a person would."""
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    chooser = dialog.chooser
    assert chooser is not None and chooser.isVisible()
    chooser.setDirectory(str(path.parent))
    chooser.selectFile(str(path))
    chooser.accept()
    qtbot.waitUntil(lambda: dialog.path.text() == str(path))
    assert dialog.start.isEnabled()


def test_write_a_bundle_for_the_courier_and_take_in_another_devices_bundle(
    qtbot: QtBot, unlocked: DefenderApp, relay: Relay, tmp_path: Path
) -> None:
    main, vault = unlocked.main, unlocked.ctx.vault
    assert main is not None and vault is not None
    enroll_device(relay, install_sync(vault))
    final_case(vault, "Ocosingo", blobs=[random_file(tmp_path / "clip.bin", 300_000)])

    # ---- field, no connection: write the bundle to the stick
    usb = tmp_path / "usb"
    usb.mkdir()
    main.courier_export_action.trigger()
    writer = main.findChild(CourierExportDialog)
    assert writer is not None and writer.isVisible()
    assert not writer.start.isEnabled()  # no folder yet
    _choose(qtbot, writer, usb)
    writer.start.click()
    qtbot.waitUntil(lambda: writer.written is not None, timeout=30_000)
    (bundle,) = usb.iterdir()
    assert writer.written == bundle and bundle.suffix == ".hrdb"
    text = writer.status.text()
    assert "It is safe to unplug." in text and bundle.name in text and "1 record" in text
    assert relay_counts(relay)["envelopes"] == 0
    # Everything already in a bundle is still undelivered: writing again works, and says so.
    writer.start.click()
    qtbot.waitUntil(lambda: len(list(usb.iterdir())) == 2, timeout=30_000)
    writer.close()

    # ---- another device's bundle, taken in here (this install is enrolled and connected)
    other = Vault.create(tmp_path / "other", PASSPHRASE, kdf_profile="fast").vault
    try:
        other_outbox = install_sync(other)
        enroll_device(relay, other_outbox)
        final_case(other, "Palenque")
        final_case(other, "Tila")
        carried, _ = export_bundle(other_outbox, tmp_path / "carried")
    finally:
        other.lock()
    damaged = tmp_path / "damaged.hrdb"
    data = bytearray(carried.read_bytes())
    data[len(data) // 3] ^= 0x10
    damaged.write_bytes(bytes(data))

    main.courier_import_action.trigger()
    taker = main.findChild(CourierImportDialog)
    assert taker is not None and taker.isVisible()
    _choose(qtbot, taker, damaged)
    taker.start.click()
    qtbot.waitUntil(lambda: "Nothing was imported" in taker.status.text(), timeout=30_000)
    assert taker.taken is None and relay_counts(relay)["envelopes"] == 0
    _choose(qtbot, taker, carried)
    taker.start.click()
    qtbot.waitUntil(lambda: taker.taken is not None, timeout=30_000)
    assert "2 of 2 record(s) stored with a signed receipt" in taker.status.text()
    assert relay_counts(relay) == {"envelopes": 2, "receipts": 2, "blobs": 0}
    assert not taker.progress.isVisible()
    taker.close()


def test_nothing_to_write_is_said_plainly(
    qtbot: QtBot, unlocked: DefenderApp, relay: Relay, tmp_path: Path
) -> None:
    main, vault = unlocked.main, unlocked.ctx.vault
    assert main is not None and vault is not None
    enroll_device(relay, install_sync(vault))
    dialog = CourierExportDialog(unlocked.ctx, main)
    qtbot.addWidget(dialog)
    dialog.show()
    _choose(qtbot, dialog, tmp_path)
    dialog.start.click()
    qtbot.waitUntil(lambda: "Nothing to put in a bundle" in dialog.status.text(), timeout=10_000)
    assert dialog.start.isEnabled() and dialog.written is None


def test_closing_the_dialog_while_it_writes_leaves_no_crash_behind(
    qtbot: QtBot, unlocked: DefenderApp, relay: Relay, tmp_path: Path
) -> None:
    """The dialog is deleted on close; the export's last signals arrive after that."""
    main, vault = unlocked.main, unlocked.ctx.vault
    assert main is not None and vault is not None
    enroll_device(relay, install_sync(vault))
    final_case(vault, "Tila", blobs=[random_file(tmp_path / "clip.bin", 2_000_000)])
    usb = tmp_path / "usb"
    usb.mkdir()
    main.courier_export_action.trigger()
    writer = main.findChild(CourierExportDialog)
    assert writer is not None
    _choose(qtbot, writer, usb)
    writer.start.click()
    task = writer._task
    assert task is not None
    writer.close()  # deleted later by Qt, while the task may still run

    qtbot.waitUntil(lambda: task.wait(0), timeout=30_000)
    for _ in range(5):
        qtbot.wait(20)  # let its queued signals arrive: nothing may touch the deleted dialog
