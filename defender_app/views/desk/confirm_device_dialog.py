"""Confirm a field device by hand: its key fingerprint, to compare by phone with the defender.

For devices enrolled with a code the desk did not issue (`defender-registry enroll-token`) or
before desk codes carried a desk key: the relay's certificate alone could be a relay's
invention, so the coordinator checks the key with the person who holds the computer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from storage.desk_records import DeskDevice
from sync.protocol import fingerprint_text


class ConfirmDeviceDialog(QDialog):
    def __init__(self, device: DeskDevice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.device = device
        self.setWindowTitle(self.tr("Confirm this device"))
        intro = QLabel(
            self.tr(
                "Call the defender who uses “%1” (%2) on a number you already know. Ask them "
                "to open the sync status in their app and read you the key fingerprint shown "
                "there. Confirm only if every group matches the fingerprint below: from then "
                "on the registry accepts the records this computer sends."
            )
            .replace("%2", device.device_id[:8])
            .replace("%1", device.label or device.device_id[:8])
        )
        intro.setWordWrap(True)
        self.fingerprint = QLabel(fingerprint_text(device.sign_pk))
        self.fingerprint.setAccessibleName(self.tr("Key fingerprint to compare"))
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = buttons.addButton(
            self.tr("The fingerprints &match: confirm"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fingerprint)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
