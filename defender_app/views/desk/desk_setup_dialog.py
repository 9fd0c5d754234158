"""Set this vault up as the organisation's registry desk, from the offline key folder.

`defender-registry init --offline-dir DIR` writes org_root.key, registry_sealing.key and
registry_sealing.pub there. They are checked here (present, the right size, the private
sealing key matching its public half) before desk_wiring.set_up_desk copies them into the
encrypted vault; the person is told to put the folder away offline afterwards.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from defender_app.context import AppContext
from defender_app.desk_wiring import (
    ORG_ROOT_FILE,
    SEALING_KEY_FILE,
    SEALING_PUB_FILE,
    set_up_desk,
)
from defender_app.errors import show_error
from defender_app.i18n import error_text
from defender_app.widgets.media_file_dialog import private_file_dialog
from forms.errors import UserFacingError

KEY_BYTES = 32
_HEX = re.compile(r"^[0-9a-f]{64}$")


def pin_bytes(text: str) -> bytes | None:
    """'AB:CD…' / 'abcd…' (64 hex digits, separators allowed) → 32 bytes; '' → None."""
    cleaned = re.sub(r"[\s:]", "", text).lower()
    if not cleaned:
        return None
    if not _HEX.match(cleaned):
        raise ValueError("not a SHA-256 pin")
    return bytes.fromhex(cleaned)


class DeskSetupDialog(QDialog):
    set_up = Signal(object)  # storage.desk_records.DeskKeys

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Set up as registry desk"))
        intro = QLabel(
            self.tr(
                "A registry desk receives the records every defender sends, opens them with "
                "the organisation's keys and keeps the central registry. Choose the folder "
                "that “defender-registry init --offline-dir” wrote."
            )
        )
        intro.setWordWrap(True)
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Folder with the offline keys"))
        self.choose = QPushButton(self.tr("C&hoose…"))
        folder_row = QWidget()  # a widget, so the row's label can name it (mnemonic, reader)
        folder_layout = QHBoxLayout(folder_row)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        folder_layout.addWidget(self.folder, 1)
        folder_layout.addWidget(self.choose)
        self.relay_url = QLineEdit()
        self.relay_url.setAccessibleName(self.tr("Relay address"))
        self.relay_url.setPlaceholderText("https://relay.example.org")
        self.tls_pin = QLineEdit()
        self.tls_pin.setAccessibleName(self.tr("TLS pin (optional)"))
        self.tls_pin.setPlaceholderText(self.tr("64 hexadecimal digits, optional"))
        self.org_name = QLineEdit()
        self.org_name.setAccessibleName(self.tr("Organisation"))
        warning = QLabel(
            self.tr(
                "The keys will live inside this vault, protected by its passphrase: whoever "
                "can unlock it can read every record. Once the desk is set up, store the key "
                "folder offline (a USB stick in a safe place) and delete it from this computer."
            )
        )
        warning.setWordWrap(True)
        warning.setStyleSheet("font-weight: bold;")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a40000;")
        self.problem.setAccessibleName(self.tr("Problem"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Set up desk"))
        form = QFormLayout(self)
        form.addRow(intro)
        folder_label = QLabel(self.tr("&Key folder:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("&Relay address:"), self.relay_url)
        form.addRow(self.tr("&TLS pin:"), self.tls_pin)
        form.addRow(self.tr("&Organisation:"), self.org_name)
        form.addRow(warning)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.choose.clicked.connect(self._on_choose_clicked)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        self.resize(620, self.sizeHint().height())

    def _on_choose_clicked(self) -> None:
        dialog = private_file_dialog(
            self, self.tr("Folder with the offline keys"), QFileDialog.FileMode.Directory
        )
        dialog.fileSelected.connect(self.folder.setText)
        dialog.open()

    def problems(self) -> str:
        """What is wrong with the form, in the person's words; '' when it can be tried."""
        folder_text = self.folder.text().strip()
        if not folder_text:
            return self.tr("Choose the folder with the offline keys.")
        folder = Path(folder_text)
        if not folder.is_dir():
            return self.tr("The folder “%1” does not exist.").replace("%1", folder_text)
        for name in (ORG_ROOT_FILE, SEALING_KEY_FILE, SEALING_PUB_FILE):
            path = folder / name
            if not path.is_file():
                return self.tr(
                    "The folder has no “%1”. Choose the folder that "
                    "“defender-registry init --offline-dir” wrote."
                ).replace("%1", name)
            if path.stat().st_size != KEY_BYTES:
                return self.tr(
                    "“%1” is not a key written by defender-registry (it has the wrong size)."
                ).replace("%1", name)
        url = urlsplit(self.relay_url.text().strip())
        if url.scheme not in ("http", "https") or not url.hostname:
            return self.tr(
                "Write the relay's address in full, for example https://relay.example.org."
            )
        try:
            pin_bytes(self.tls_pin.text())
        except ValueError:
            return self.tr(
                "The TLS pin must be 64 hexadecimal digits (a SHA-256). Leave it empty if you "
                "were not given one."
            )
        return ""

    def _on_accepted(self) -> None:
        problem = self.problems()
        self.problem.setText(problem)
        if problem:
            return
        ctx = self._ctx
        folder = Path(self.folder.text().strip())
        url, org = self.relay_url.text().strip(), self.org_name.text().strip()
        pin = pin_bytes(self.tls_pin.text())
        self.ok.setEnabled(False)
        ctx.runner.db(
            lambda _r, _c: set_up_desk(ctx.require_vault(), folder, url, org, pin),
            self._on_set_up,
            self._on_failed,
        )

    def _on_set_up(self, keys: object) -> None:
        self.set_up.emit(keys)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        if isinstance(exc, UserFacingError):
            self.problem.setText(error_text(exc))
            return
        show_error(exc, self)
