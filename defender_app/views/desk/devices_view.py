"""The organisation's field devices: who they are, whether the desk confirmed their keys, when
they last reached the relay; confirm by hand, revoke, issue an enrollment code. Network calls
go through the injected DeskOps, on the I/O pool; confirming is the vault's, on the DB pool."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from defender_app.context import AppContext
from defender_app.desk_wiring import desk_service
from defender_app.errors import show_error
from defender_app.i18n import error_text
from defender_app.views.desk.confirm_device_dialog import ConfirmDeviceDialog
from defender_app.views.desk.desk_ops import DeskOps
from defender_app.views.desk.enroll_code_dialog import EnrollCodeDialog
from defender_app.views.desk.record_text import when
from forms.errors import UserFacingError
from storage.desk_records import DeskDevice

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DevicesView(QWidget):
    def __init__(self, ctx: AppContext, ops: DeskOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self.devices: list[DeskDevice] = []
        self.confirmation: QMessageBox | None = None  # the open "Revoke?" question, if any
        self.code_dialog: EnrollCodeDialog | None = None  # the code last shown
        self.confirm_dialog: ConfirmDeviceDialog | None = None  # the open "Confirm" dialog
        intro = QLabel(
            self.tr(
                "The computers enrolled with the organisation's relay. “Refresh” asks the relay; "
                "a revoked computer can no longer send records. Records are accepted only from "
                "confirmed computers: those enrolled with a code from this desk, or confirmed "
                "here by comparing their key fingerprint by phone."
            )
        )
        intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setAccessibleName(self.tr("Devices"))
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Device"),
                self.tr("Status"),
                self.tr("Confirmed"),
                self.tr("Enrolled"),
                self.tr("Last contact"),
            ]
        )
        header = self.table.header()
        header.setAccessibleName(self.tr("Device columns"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the name gets a fair width, not all of it: the confirmation text must stay readable
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 280)
        header.setStretchLastSection(True)
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.revoke_button = QPushButton(self.tr("Re&voke…"))
        self.revoke_button.setEnabled(False)
        self.confirm_button = QPushButton(self.tr("&Confirm…"))
        self.confirm_button.setEnabled(False)
        self.code_button = QPushButton(self.tr("&New enrollment code…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch()
        buttons.addWidget(self.code_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.refresh_button.clicked.connect(self.refresh)
        self.revoke_button.clicked.connect(self._on_revoke_button_clicked)
        self.confirm_button.clicked.connect(self._on_confirm_button_clicked)
        self.code_button.clicked.connect(self._on_code_button_clicked)
        self.table.currentItemChanged.connect(self._on_current_changed)

    # ------------------------------------------------------------------ the list
    def load(self) -> None:
        """Show the list as last fetched (from the vault, no network)."""
        ctx = self._ctx
        ctx.runner.db(
            lambda _r, _c: desk_service(ctx.require_vault()).devices(),
            self._show,
            self._on_failed,
        )

    def refresh(self) -> None:
        """Ask the relay for the current list."""
        self._busy(self.tr("Asking the relay…"))
        self._ctx.runner.io(
            lambda _r, _c: self._ops.refresh_devices(), self._on_refreshed, self._on_failed
        )

    def _on_refreshed(self, devices: list[DeskDevice]) -> None:
        self._show(devices)
        self._done(self.tr("Device list updated from the relay."))

    def _show(self, devices: list[DeskDevice]) -> None:
        self.devices = devices
        self.table.clear()
        words = {"active": self.tr("active"), "revoked": self.tr("revoked")}
        for d in devices:
            status = words.get(d.status, d.status)
            if d.revoked_at:
                status = self.tr("revoked on %1").replace("%1", when(d.revoked_at))
            confirmed = self.tr("yes") if d.confirmed else self.tr("no — records wait")
            item = QTreeWidgetItem(
                [
                    d.label,
                    d.device_id[:8],
                    status,
                    confirmed,
                    when(d.enrolled_at),
                    when(d.last_seen_at),
                ]
            )
            if not d.confirmed:
                item.setForeground(3, Qt.GlobalColor.darkRed)
            item.setData(0, ID_ROLE, d.device_id)
            item.setToolTip(1, d.device_id)
            self.table.addTopLevelItem(item)
        self._on_current_changed(self.table.currentItem(), None)

    def selected(self) -> DeskDevice | None:
        item = self.table.currentItem()
        device_id = item.data(0, ID_ROLE) if item is not None else None
        return next((d for d in self.devices if d.device_id == device_id), None)

    def _on_current_changed(self, _item: QTreeWidgetItem | None, _old: object) -> None:
        device = self.selected()
        self.revoke_button.setEnabled(device is not None and device.status != "revoked")
        self.confirm_button.setEnabled(device is not None and not device.confirmed)

    # ------------------------------------------------------------------ confirm by hand
    def _on_confirm_button_clicked(self) -> None:
        device = self.selected()
        if device is None:
            return
        dialog = ConfirmDeviceDialog(device, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.confirm(device))
        dialog.open()
        self.confirm_dialog = dialog

    def confirm(self, device: DeskDevice) -> None:
        """Vouch for the key whose fingerprint the coordinator compared (in the vault)."""
        ctx = self._ctx

        def work(_r: object, _c: object) -> DeskDevice:
            service = desk_service(ctx.require_vault())
            return service.confirm_device(device.device_id, device.sign_pk)

        self._busy(self.tr("Confirming “%1”…").replace("%1", device.label))
        ctx.runner.db(work, self._on_confirmed, self._on_failed)

    def _on_confirmed(self, device: DeskDevice) -> None:
        self._done(
            self.tr("“%1” is confirmed; its records are imported at the next pull.").replace(
                "%1", device.label
            )
        )
        self.load()

    # ------------------------------------------------------------------ revoke
    def _on_revoke_button_clicked(self) -> None:
        device = self.selected()
        if device is None:
            return
        text = self.tr(
            "Revoke “%1” (%2)? It will no longer be able to send records to the registry. "
            "What it already sent stays here. To use it again, it must enroll with a new code."
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Revoke this device?"),
            text.replace("%2", device.device_id[:8]).replace("%1", device.label),
            parent=self,
        )
        go = box.addButton(self.tr("Revoke"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_clicked(button: QAbstractButton) -> None:
            if button is go:
                self.revoke(device)

        box.buttonClicked.connect(on_clicked)
        box.open()
        self.confirmation = box

    def revoke(self, device: DeskDevice) -> None:
        ops = self._ops

        def work(_r: object, _c: object) -> tuple[DeskDevice, list[DeskDevice]]:
            ops.revoke(device.device_id)
            return device, ops.refresh_devices()

        self._busy(self.tr("Revoking “%1”…").replace("%1", device.label))
        self._ctx.runner.io(work, self._on_revoked, self._on_failed)

    def _on_revoked(self, result: tuple[DeskDevice, list[DeskDevice]]) -> None:
        device, devices = result
        self._show(devices)
        self._done(self.tr("“%1” is revoked.").replace("%1", device.label))

    # ------------------------------------------------------------------ enrollment codes
    def _on_code_button_clicked(self) -> None:
        self._busy(self.tr("Asking the relay for a new code…"))
        self._ctx.runner.io(
            lambda _r, _c: self._ops.new_enroll_code(), self._on_code, self._on_failed
        )

    def _on_code(self, code: str) -> None:
        self._done("")
        dialog = EnrollCodeDialog(code, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.code_dialog = dialog

    # ------------------------------------------------------------------ state
    def _busy(self, text: str) -> None:
        for button in (
            self.refresh_button,
            self.confirm_button,
            self.revoke_button,
            self.code_button,
        ):
            button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(text)

    def _done(self, text: str) -> None:
        self.refresh_button.setEnabled(True)
        self.code_button.setEnabled(True)
        self._on_current_changed(self.table.currentItem(), None)
        self.status.setText(text)

    def _on_failed(self, exc: BaseException) -> None:
        self._done("")
        if isinstance(exc, UserFacingError):
            self.status.setStyleSheet("color: #a40000;")
            self.status.setText(error_text(exc))
            return
        show_error(exc, self)
