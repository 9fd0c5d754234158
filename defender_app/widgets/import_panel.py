"""An evidence import in progress (bar, file name, Cancel) and, afterwards, what happened.

Progress appears only after PROGRESS_DELAY_MS, so a single photo does not flash a bar.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from defender_app.context import AppContext
from defender_app.errors import show_error
from defender_app.i18n import error_text
from defender_app.models.evidence_text import short_size
from defender_app.models.import_job import ImportOutcome, run_import
from defender_app.tasks import ProgressFn, Task, while_alive

PROGRESS_DELAY_MS = 600
LISTED_FAILURES = 8


class ImportPanel(QWidget):
    finished = Signal(object)  # ImportOutcome, or None when the import failed as a whole

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._task: Task | None = None
        self.file_label = QLabel()
        self.file_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.cancel_button = QPushButton(self.tr("&Cancel import"))
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setAccessibleName(self.tr("Import result"))
        self.notice.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.setAccessibleName(self.tr("Files not imported"))
        self.problems.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.problems.setStyleSheet("color: #a40000;")
        self.dismiss_button = QToolButton()
        self.dismiss_button.setText("×")
        self.dismiss_button.setToolTip(self.tr("Hide this message"))
        self.dismiss_button.setAccessibleName(self.tr("Hide this message"))

        self.running = QWidget()
        row = QHBoxLayout(self.running)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file_label, 2)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.message = QWidget()
        message_row = QHBoxLayout(self.message)
        message_row.setContentsMargins(0, 0, 0, 0)
        texts = QVBoxLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.addWidget(self.notice)
        texts.addWidget(self.problems)
        message_row.addLayout(texts, 1)
        message_row.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.running)
        layout.addWidget(self.message)
        self.running.hide()
        self.message.hide()

        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self.running.show)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.dismiss_button.clicked.connect(self.message.hide)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start(self, case_id: str, sources: list[Path]) -> Task:
        """Import `sources` (files and folders) into the case in the background."""
        ctx = self._ctx

        def work(report: ProgressFn, should_cancel: Callable[[], bool]) -> ImportOutcome:
            evidence = ctx.require_vault().evidence
            return run_import(evidence, case_id, sources, report, should_cancel)

        self.message.hide()
        self.file_label.setText(self.tr("Looking for files…"))
        self.bar.setRange(0, 0)  # busy until the first bytes are counted
        self.cancel_button.setEnabled(True)
        self._show_timer.start(PROGRESS_DELAY_MS)
        self._task = ctx.runner.db(work, self._on_task_succeeded, self._on_task_failed)
        self._task.signals.progress.connect(while_alive(self._on_task_progress))
        return self._task

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.file_label.setText(self.tr("Stopping after the current file…"))

    def show_notice(self, text: str, problem: bool = False) -> None:
        """One message in place of the last: what happened, or (in red) what went wrong."""
        self.notice.setText("" if problem else text)
        self.problems.setText(text if problem else "")
        self.notice.setVisible(not problem)
        self.problems.setVisible(problem)
        self.message.show()

    def _on_cancel_button_clicked(self) -> None:
        self.cancel()

    def _on_task_progress(self, done_kib: int, total_kib: int, name: str) -> None:
        if self._task is None or self._task.cancelled:
            return
        self.bar.setRange(0, total_kib)
        self.bar.setValue(done_kib)
        self.file_label.setText(
            self.tr("Importing “%1” — %2 of %3")
            .replace("%1", name)
            .replace("%2", short_size(done_kib * 1024))
            .replace("%3", short_size(total_kib * 1024))
        )

    def _finish(self) -> None:
        self._task = None
        self._show_timer.stop()
        self.running.hide()

    def _on_task_succeeded(self, outcome: ImportOutcome) -> None:
        self._finish()
        summary, problems = self.outcome_text(outcome)
        self.notice.setText(summary)
        self.problems.setText(problems)
        self.notice.show()
        self.problems.setVisible(bool(problems))
        self.message.show()
        self.finished.emit(outcome)

    def _on_task_failed(self, exc: BaseException) -> None:
        self._finish()
        show_error(exc, self)
        self.finished.emit(None)

    def outcome_text(self, outcome: ImportOutcome) -> tuple[str, str]:
        """What happened in plain words: the counts, and each file that failed and why."""
        count = len(outcome.imported)
        if outcome.cancelled:
            lines = [
                self.tr("Import cancelled. Files imported before that are kept: %n.", "", count)
            ]
        elif count == 0 and not outcome.failed and outcome.stopped_by is None:
            lines = [self.tr("No files to import (hidden files and system folders are skipped).")]
        else:
            lines = [self.tr("%n imported.", "", count)]
        no_preview = sum(1 for r in outcome.imported if r.thumbnail_problem)
        if no_preview:
            lines.append(
                self.tr(
                    "Without a preview (too large or unreadable): %n; the originals are kept.",
                    "",
                    no_preview,
                )
            )
        problems: list[str] = []
        if outcome.failed:
            problems.append(self.tr("%n could not be imported:", "", len(outcome.failed)))
            problems += ["• " + error_text(exc) for exc in outcome.failed[:LISTED_FAILURES]]
            more = len(outcome.failed) - LISTED_FAILURES
            if more > 0:
                problems.append(self.tr("…and %n more.", "", more))
        if outcome.stopped_by is not None:
            problems.append(
                self.tr("The import stopped: %1").replace("%1", error_text(outcome.stopped_by))
            )
        return "\n".join(lines), "\n".join(problems)
