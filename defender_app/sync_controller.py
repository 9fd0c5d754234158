"""When and how the field app syncs: a connection hint from Qt, the signed hello as the truth.

QNetworkInformation only says a network *may* be there; the relay's signed /v1/hello (inside
SyncClient.run) decides. Behind a captive portal nothing is attempted, and the client itself
refuses to send anything a forged hello did not vouch for.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QNetworkInformation

from defender_app.context import AppContext
from defender_app.i18n import error_text
from defender_app.tasks import while_alive
from forms.errors import Cancelled, UserFacingError
from storage.outbox import OutboxCounts
from sync.client import SyncClient, SyncResult

RETRY_MS = 5 * 60_000  # while records wait and the network seems up
ONLINE_DELAY_MS = 10_000  # a network that just appeared often needs a moment (DHCP, portal)


class SyncState(enum.Enum):
    NOT_ENROLLED = "not_enrolled"
    OFFLINE = "offline"
    WAITING = "waiting"
    SENDING = "sending"
    DELIVERED = "delivered"
    ATTENTION = "attention"


@dataclass(frozen=True)
class SyncStatus:
    state: SyncState
    counts: OutboxCounts | None = None
    done: int = 0
    total: int = 0
    message: str = ""


class SyncController(QObject):
    status_changed = Signal(object)  # SyncStatus

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._enrolled = False
        self._running = False
        self._counts: OutboxCounts | None = None
        self.status = SyncStatus(SyncState.NOT_ENROLLED)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self._network: QNetworkInformation | None = None
        if QNetworkInformation.loadDefaultBackend():
            self._network = QNetworkInformation.instance()
            self._network.reachabilityChanged.connect(self._on_network_changed)
            self._network.isBehindCaptivePortalChanged.connect(self._on_network_changed)
        ctx.events.vault_unlocked.connect(self.refresh)
        ctx.events.vault_locked.connect(self._on_vault_locked)
        ctx.events.records_changed.connect(lambda _changes: self.refresh())

    # ------------------------------------------------------------------ the hint
    def network_may_be_up(self) -> bool:
        if self._network is None:
            return True  # no backend: let the signed hello decide
        if self._network.isBehindCaptivePortal():
            return False
        return self._network.reachability() in (
            QNetworkInformation.Reachability.Online,
            QNetworkInformation.Reachability.Unknown,
        )

    def _on_network_changed(self, *_: object) -> None:
        self._publish_idle()
        if self._enrolled and self._counts and self._counts.pending and self.network_may_be_up():
            self._timer.start(ONLINE_DELAY_MS)

    # ------------------------------------------------------------------ counts
    def refresh(self) -> None:
        """Re-read the outbox (after unlock, finalize, delivery) and schedule a sync if due."""
        ctx = self._ctx

        def read(_r: object, _c: object) -> tuple[bool, OutboxCounts]:
            from defender_app.sync_wiring import install_sync

            outbox = install_sync(ctx.require_vault())
            return outbox.identity() is not None, outbox.counts()

        ctx.runner.db(read, self._on_counts, lambda _e: None)

    def _on_counts(self, result: tuple[bool, OutboxCounts]) -> None:
        self._enrolled, self._counts = result
        if not self._running:
            self._publish_idle()
        due = self._enrolled and self._counts.pending and not self._running
        if due and self.network_may_be_up() and not self._timer.isActive():
            self._timer.start(ONLINE_DELAY_MS)

    def _publish_idle(self) -> None:
        counts = self._counts
        if not self._enrolled:
            status = SyncStatus(SyncState.NOT_ENROLLED, counts)
        elif counts is not None and counts.rejected:
            status = SyncStatus(SyncState.ATTENTION, counts, message=self.status.message)
        elif counts is not None and counts.waiting:
            state = SyncState.WAITING if self.network_may_be_up() else SyncState.OFFLINE
            status = SyncStatus(state, counts, message=self.status.message)
        else:
            status = SyncStatus(SyncState.DELIVERED, counts)
        self._publish(status)

    def _publish(self, status: SyncStatus) -> None:
        self.status = status
        self.status_changed.emit(status)

    # ------------------------------------------------------------------ syncing
    def sync_now(self) -> None:
        """Send what is queued, in the background (network work must not hold the DB thread)."""
        if self._running or self._ctx.vault is None or not self._enrolled:
            return
        self._running = True
        ctx = self._ctx
        total = self._counts.pending if self._counts else 0
        self._publish(SyncStatus(SyncState.SENDING, self._counts, 0, total))

        def work(report: object, should_cancel: object) -> SyncResult:
            from defender_app.sync_wiring import install_sync

            outbox = install_sync(ctx.require_vault())
            client = SyncClient(outbox, report=report, should_cancel=should_cancel)  # type: ignore[arg-type]
            return client.run()

        task = ctx.runner.io(work, self._on_synced, self._on_sync_failed)
        task.signals.progress.connect(while_alive(self._on_progress))

    def _on_progress(self, done: int, total: int, stage: str) -> None:
        self._publish(SyncStatus(SyncState.SENDING, self._counts, done, total, stage))

    def _on_synced(self, result: SyncResult) -> None:
        self._running = False
        self.status = SyncStatus(self.status.state, self._counts)
        if result.delivered:
            self._ctx.events.status_message.emit(
                self.tr("%n record(s) delivered, with signed receipts.", "", result.delivered)
            )
        for notice in result.notices:  # last, so it stays: a restored vault, recovered
            self._ctx.events.status_message.emit(error_text(notice))
        self.refresh()
        self._timer.start(RETRY_MS)

    def _on_sync_failed(self, exc: BaseException) -> None:
        self._running = False
        if isinstance(exc, Cancelled):
            message = ""
        elif isinstance(exc, UserFacingError):
            message = error_text(exc)
        else:
            message = self.tr("Sync stopped because of an unexpected problem; it will try again.")
        self.status = SyncStatus(self.status.state, self._counts, message=message)
        self.refresh()
        if self._ctx.vault is not None:
            self._timer.start(RETRY_MS)

    def _on_vault_locked(self) -> None:
        self._timer.stop()
        self._enrolled = False
        self._counts = None
        self._publish(SyncStatus(SyncState.NOT_ENROLLED))
