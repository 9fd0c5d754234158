"""The sync panel: each finalized record's way to the registry, and its receipt."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from defender_app.context import AppContext
from defender_app.errors import show_error
from defender_app.sync_controller import SyncController, SyncState, SyncStatus
from defender_app.views.enroll_dialog import EnrollDialog
from forms.text import QT_TRANSLATE_NOOP
from storage.outbox import OutboxEntry

STATE_WORDS = {
    "unsealed": QT_TRANSLATE_NOOP("SyncPanel", "sealing"),
    "pending": QT_TRANSLATE_NOOP("SyncPanel", "waiting to send"),
    "awaiting_blobs": QT_TRANSLATE_NOOP("SyncPanel", "sending files"),
    "delivered": QT_TRANSLATE_NOOP("SyncPanel", "delivered"),
    "rejected": QT_TRANSLATE_NOOP("SyncPanel", "refused by the registry"),
}


class SyncPanel(QDialog):
    def __init__(
        self, ctx: AppContext, controller: SyncController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._controller = controller
        self.setWindowTitle(self.tr("Sync with the registry"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Sync summary"))
        self.device_key = QLabel()
        self.device_key.setWordWrap(True)
        self.device_key.setAccessibleName(self.tr("This computer's key fingerprint"))
        self.device_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.device_key.setVisible(False)
        self.entries = QTreeWidget()
        self.entries.setAccessibleName(self.tr("Records on their way to the registry"))
        self.entries.setHeaderLabels(
            [self.tr("Case"), self.tr("Version"), self.tr("State"), self.tr("Receipt or problem")]
        )
        self.entries.setRootIsDecorated(False)
        self.sync_button = QPushButton(self.tr("Sync &now"))
        self.enroll_button = QPushButton(self.tr("&Connect this computer…"))
        self.delete_after = QCheckBox(self.tr("Delete the local copy after verified delivery"))
        self.delete_after.setToolTip(
            self.tr(
                "Once the registry has signed a receipt for every version of a case, its local "
                "copy is deleted from this computer. Useful where laptops may be seized."
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.sync_button)
        row.addWidget(self.enroll_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.device_key)
        layout.addWidget(self.entries, 1)
        layout.addWidget(self.delete_after)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.sync_button.clicked.connect(controller.sync_now)
        self.enroll_button.clicked.connect(self._on_enroll_clicked)
        self.delete_after.toggled.connect(self._on_delete_after_toggled)
        controller.status_changed.connect(self._on_status_changed)
        ctx.events.records_changed.connect(lambda _c: self.reload())
        self._on_status_changed(controller.status)
        self.reload()

    def reload(self) -> None:
        ctx = self._ctx

        def read(_r: object, _c: object) -> tuple[list[OutboxEntry], bool, str | None]:
            from defender_app.sync_wiring import device_key_fingerprint, install_sync

            outbox = install_sync(ctx.require_vault())
            return outbox.entries(), outbox.delete_after_delivery, device_key_fingerprint(outbox)

        ctx.runner.db(read, self._on_loaded, lambda e: show_error(e, self))

    def _on_loaded(self, result: tuple[list[OutboxEntry], bool, str | None]) -> None:
        entries, delete_after, fingerprint = result
        self.device_key.setVisible(fingerprint is not None)
        self.device_key.setText(
            self.tr(
                "This computer's key fingerprint: %1. If your organisation calls to confirm "
                "this computer, read it to them."
            ).replace("%1", fingerprint or "")
        )
        self.delete_after.blockSignals(True)
        self.delete_after.setChecked(delete_after)
        self.delete_after.blockSignals(False)
        self.entries.clear()
        for entry in entries:
            detail = entry.receipt_summary or entry.last_error
            item = QTreeWidgetItem(
                [
                    entry.title,
                    str(entry.record_version),
                    self.tr(STATE_WORDS.get(entry.state, entry.state)),
                    detail,
                ]
            )
            item.setToolTip(3, detail)
            if entry.state == "rejected":
                item.setForeground(2, Qt.GlobalColor.darkRed)
            self.entries.addTopLevelItem(item)
        for column in range(3):
            self.entries.resizeColumnToContents(column)

    def _on_status_changed(self, status: SyncStatus) -> None:
        counts = status.counts
        enrolled = status.state is not SyncState.NOT_ENROLLED
        self.enroll_button.setVisible(not enrolled)
        self.sync_button.setEnabled(enrolled and status.state is not SyncState.SENDING)
        if not enrolled:
            text = self.tr(
                "This computer is not connected to an organisation's registry yet. Finalized "
                "cases stay here, encrypted, until it is."
            )
        elif counts is None:
            text = ""
        else:
            text = self.tr("%1 delivered with a verified receipt; %2 waiting; %3 refused.")
            text = text.replace("%1", str(counts.delivered)).replace(
                "%2", str(counts.pending + counts.unsealed)
            )
            text = text.replace("%3", str(counts.rejected))
        if status.message:
            text += "\n" + status.message
        self.summary.setText(text)
        if status.state is not SyncState.SENDING:
            self.reload()

    def _on_enroll_clicked(self) -> None:
        dialog = EnrollDialog(self._ctx, self)
        dialog.enrolled.connect(lambda _id: self._controller.refresh())
        dialog.open()

    def _on_delete_after_toggled(self, on: bool) -> None:
        ctx = self._ctx

        def write(_r: object, _c: object) -> None:
            from defender_app.sync_wiring import install_sync

            install_sync(ctx.require_vault()).delete_after_delivery = on

        ctx.runner.db(write, None, lambda e: show_error(e, self))
