"""One application-wide signal hub: mutations announce their Changes, views refresh from it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    records_changed = Signal(object)  # storage.records.Changes
    vault_locked = Signal()
    vault_unlocked = Signal()
    status_message = Signal(str)
