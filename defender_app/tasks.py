"""Background work: every storage call on one DB thread, everything else on an I/O pool.

Domain code takes a plain `report(done, total, message)` callback and a `should_cancel()`
check; only this module knows about threads. Results and errors come back as signals on the
GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

ProgressFn = Callable[[int, int, str], None]


class TaskSignals(QObject):
    """Created on the GUI thread, so every signal is delivered there (queued)."""

    # qint64: bytes of multi-gigabyte imports overflow a plain int argument.
    progress = Signal("qint64", "qint64", str)  # type: ignore[arg-type]
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()


class Task(QRunnable):
    """One unit of background work: fn(report, should_cancel) -> result."""

    def __init__(self, fn: Callable[[ProgressFn, Callable[[], bool]], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until `finished` arrives
        self.fn = fn
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self._done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the task has run (for flushing edits before a lock)."""
        return self._done.wait(timeout)

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit, self._cancel.is_set)
        except BaseException as exc:  # every error is reported, classified by the receiver
            self._done.set()
            self.signals.failed.emit(exc)
        else:
            self._done.set()
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


class TaskRunner(QObject):
    """Owns the two pools. Views call `db(...)` or `io(...)` and connect to the returned task."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_pool = QThreadPool(self)
        self._db_pool.setMaxThreadCount(1)  # SQLCipher: one connection, one thread at a time
        self._db_pool.setExpiryTimeout(-1)
        self._io_pool = QThreadPool(self)
        self._io_pool.setMaxThreadCount(2)
        self._running: set[Task] = set()
        self._shut_down = False

    def db(
        self,
        fn: Callable[[ProgressFn, Callable[[], bool]], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> Task:
        return self._start(self._db_pool, fn, on_success, on_failure)

    def io(
        self,
        fn: Callable[[ProgressFn, Callable[[], bool]], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> Task:
        return self._start(self._io_pool, fn, on_success, on_failure)

    def _start(
        self,
        pool: QThreadPool,
        fn: Callable[[ProgressFn, Callable[[], bool]], Any],
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[BaseException], None] | None,
    ) -> Task:
        task = Task(fn)
        if self._shut_down or not shiboken6.isValid(pool):
            # The app is closing: a late timer (a debounced search, say) gets a task that
            # never runs, rather than an error about a pool that no longer exists.
            return task
        if on_success:
            task.signals.succeeded.connect(while_alive(on_success))
        if on_failure:
            task.signals.failed.connect(while_alive(on_failure))
        self._running.add(task)
        task.signals.finished.connect(lambda: self._running.discard(task))
        pool.start(task)
        return task

    def cancel_all(self) -> None:
        """Ask every running task to stop at its next check (imports, exports)."""
        for task in list(self._running):
            task.cancel()

    def wait_for_db(self, timeout_ms: int = 30_000) -> bool:
        """Block until queued database work has run (used when locking and quitting)."""
        return self._db_pool.waitForDone(timeout_ms)

    def shutdown(self) -> None:
        self._shut_down = True
        self.cancel_all()
        self._io_pool.waitForDone(10_000)
        self._db_pool.waitForDone(30_000)


def while_alive(callback: Callable[..., None], owner: QObject | None = None) -> Callable[..., None]:
    """`callback`, skipped once `owner` (by default: see `_owner_of`) has been deleted.

    A dialog closed (and deleted) while its background work ran must not be touched when a
    result, progress or "finished" arrives later: connect such slots through this.
    """
    found = owner if owner is not None else _owner_of(callback)
    if not isinstance(found, QObject):
        return callback
    alive: QObject = found

    def call(*args: Any) -> None:
        if shiboken6.isValid(alive):
            callback(*args)

    return call


def _owner_of(callback: Callable[..., None]) -> object:
    """The widget a callback belongs to: a bound method's object, or the `self` a nested
    function or lambda written inside a method closes over (views pass both kinds)."""
    bound = getattr(callback, "__self__", None)
    if bound is not None:
        return bound
    code, cells = getattr(callback, "__code__", None), getattr(callback, "__closure__", None)
    if code is None or not cells or "self" not in code.co_freevars:
        return None
    return cells[code.co_freevars.index("self")].cell_contents


def later(ms: int, fn: Callable[[], None], parent: QObject) -> QTimer:
    """A single-shot timer owned by `parent` (cancelled with it)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.timeout.connect(fn)
    timer.start(ms)
    return timer
