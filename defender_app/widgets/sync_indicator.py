"""The status-bar sync indicator: offline, waiting, sending n of m, all delivered, attention."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from defender_app.sync_controller import SyncState, SyncStatus


class SyncIndicator(QWidget):
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Sync status"))
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(140)
        self.bar.setMaximumHeight(14)
        self.bar.setAccessibleName(self.tr("Sync progress"))
        self.bar.hide()
        self.button = QPushButton(self.tr("S&ync…"))
        self.button.setFlat(True)
        self.button.setAccessibleName(self.tr("Open the sync panel"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.open_requested.emit)
        self.show_status(SyncStatus(SyncState.NOT_ENROLLED))

    def show_status(self, status: SyncStatus) -> None:
        waiting = status.counts.waiting if status.counts else 0
        texts = {
            SyncState.NOT_ENROLLED: self.tr("Sync: not set up — records stay on this computer"),
            SyncState.OFFLINE: self.tr("Offline: %n record(s) waiting", "", waiting),
            SyncState.WAITING: self.tr("Waiting to send %n record(s)", "", waiting),
            SyncState.DELIVERED: self.tr("All records delivered"),
            SyncState.ATTENTION: self.tr("Sync needs attention"),
        }
        sending = status.state is SyncState.SENDING
        if sending:
            text = self.tr("Sending %1 of %2").replace(
                "%1", str(status.done + 1 if status.total else 0)
            )
            text = text.replace("%2", str(status.total))
            self.bar.setRange(0, max(1, status.total))
            self.bar.setValue(status.done)
        else:
            text = texts[status.state]
        self.bar.setVisible(sending)
        self.label.setText(text)
        self.label.setToolTip(status.message)
        colour = "#a40000" if status.state is SyncState.ATTENTION else ""
        self.label.setStyleSheet(f"color: {colour};" if colour else "")
