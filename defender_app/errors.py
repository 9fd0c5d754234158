"""The error policy: cancelled → nothing; user-facing → plain words; anything else → a bug.

Bugs are logged to stderr (never to a file: tracebacks may quote content) and shown in a
report dialog whose details a person can copy for the organisation's technical contact.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

import shiboken6
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from defender_app import __version__
from defender_app.i18n import error_text
from forms.errors import Cancelled, UserFacingError
from storage.errors import VaultLocked

log = logging.getLogger("defender")


class BugReportDialog(QDialog):
    """'Something went wrong' with copyable details and no jargon in the first sentence."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setAccessibleName(self.tr("Error report"))
        intro = QLabel(
            self.tr(
                "Defender hit an unexpected problem. What you saved before is safe. "
                "If it happens again, copy the details below and send them to your "
                "organisation's technical contact. They contain no case content."
            )
        )
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Technical details"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(self.details.toPlainText()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.resize(560, 360)


def bug_details(exc: BaseException) -> str:
    """Type, location and traceback; exception messages are dropped as they may quote content."""
    frames = traceback.extract_tb(exc.__traceback__)
    lines = [f"Defender {__version__}, Python {sys.version.split()[0]}", type(exc).__qualname__]
    lines += [f"  {f.filename.rsplit('/', 2)[-1]}:{f.lineno} in {f.name}" for f in frames]
    return "\n".join(lines)


def show_error(exc: BaseException, parent: QWidget | None = None) -> None:
    """Show `exc` to the person according to its class."""
    if isinstance(exc, Cancelled | VaultLocked):
        return  # stopped on purpose; work that raced a lock has nothing left to say
    if parent is not None and not shiboken6.isValid(parent):
        parent = None  # the window that asked is gone (e.g. closed by the lock)
    if isinstance(exc, UserFacingError):
        QMessageBox.warning(parent, QApplication.translate("Errors", "Defender"), error_text(exc))
        return
    log.error("bug: %s", bug_details(exc))
    BugReportDialog(bug_details(exc), parent).exec()


def install_excepthook() -> None:
    """Uncaught exceptions in slots become bug reports instead of vanishing or crashing."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        exc.__traceback__ = tb
        show_error(exc, QApplication.activeWindow())

    sys.excepthook = hook
