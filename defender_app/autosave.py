"""Autosave: every edit becomes a draft within about a second; lock and quit flush first.

Edits are collected per record (later values replace earlier ones for the same field) and
saved in one DB task after a short pause in typing, and at most `MAX_DELAY_MS` after the first
unsaved edit even while the person keeps typing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from defender_app.context import AppContext
from defender_app.errors import show_error
from forms.errors import UserFacingError, ValidationError
from storage.records import Changes, Saved
from storage.vault import Vault

PAUSE_MS = 600
MAX_DELAY_MS = 1200

# save(vault, fields) -> Saved[...] for one record
SaveFn = Callable[[Vault, dict[str, Any]], Saved[Any]]


def _save_all_but_the_invalid(
    vault: Vault, key: str, save: SaveFn, fields: dict[str, Any]
) -> list[Changes | tuple[str, UserFacingError]]:
    """Save a record's edits; a field storage refuses is reported and the others still saved.

    Without this, a bad date typed in the same second as a valid place would take the place
    down with it: the text would stay on screen but never reach the vault.
    """
    results: list[Changes | tuple[str, UserFacingError]] = []
    remaining = dict(fields)
    while remaining:
        try:
            results.append(save(vault, remaining).changes)
            break
        except ValidationError as exc:
            results.append((key, exc))
            if exc.field_name not in remaining:
                break  # not about one field: nothing of this batch can be saved
            del remaining[exc.field_name]
        except UserFacingError as exc:  # e.g. the case became final: report, keep going
            results.append((key, exc))
            break
    return results


class Autosaver(QObject):
    saved = Signal(object)  # Changes
    failed = Signal(object, object)  # record key, UserFacingError (e.g. ValidationError)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._pending: dict[str, tuple[SaveFn, dict[str, Any]]] = {}
        self._first_edit: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)

    @property
    def dirty(self) -> bool:
        return bool(self._pending)

    def edit(self, key: str, save: SaveFn, name: str, value: Any) -> None:
        """Queue one field change of record `key`; `save` writes a batch of them."""
        _, fields = self._pending.setdefault(key, (save, {}))
        fields[name] = value
        now = time.monotonic()
        if self._first_edit is None:
            self._first_edit = now
        waited_ms = (now - self._first_edit) * 1000
        self._timer.start(int(max(0, min(PAUSE_MS, MAX_DELAY_MS - waited_ms))))

    def flush(self) -> None:
        """Save everything pending in the background."""
        self._timer.stop()
        self._first_edit = None
        if not self._pending:
            return
        batch, self._pending = self._pending, {}
        ctx = self._ctx

        def work(_report: object, _cancel: object) -> list[Changes | tuple[str, UserFacingError]]:
            vault = ctx.require_vault()
            results: list[Changes | tuple[str, UserFacingError]] = []
            for key, (save, fields) in batch.items():
                results += _save_all_but_the_invalid(vault, key, save, fields)
            return results

        self._ctx.runner.db(work, self._on_saved, show_error)

    def flush_and_wait(self) -> None:
        """Save now and block until done: before locking, switching case or quitting."""
        self.flush()
        self._ctx.runner.wait_for_db()

    def _on_saved(self, results: list[Changes | tuple[str, UserFacingError]]) -> None:
        changes = Changes()
        failures = []
        for result in results:
            if isinstance(result, Changes):
                changes = changes | result
            else:
                failures.append(result)
        if not changes.empty:
            self.saved.emit(changes)
            self._ctx.events.records_changed.emit(changes)
        for key, exc in failures:  # after `saved`, so the message stays on screen
            self.failed.emit(key, exc)
