"""The red line under a form that says why an edit was not saved (and hides once one is)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from defender_app.i18n import error_text
from forms.errors import UserFacingError, ValidationError

PROBLEM_COLOUR = "#a40000"


class SaveProblem(QLabel):
    """Hidden until an autosave fails; `show_error` says why, `hide` once a save succeeds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.setAccessibleName(self.tr("Not saved"))
        self.hide()

    def show_error(self, exc: UserFacingError) -> str | None:
        """Show the reason; returns the refused field's name (to focus it), if there is one."""
        self.setText(self.tr("Not saved: %1").replace("%1", error_text(exc)))
        self.show()
        return exc.field_name if isinstance(exc, ValidationError) and exc.field_name else None
