"""The contract between the case editor and each of its tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from defender_app.autosave import Autosaver
from defender_app.context import AppContext
from storage.records import Case


class CaseTab(QWidget):
    """A tab of the case editor.

    `load(case)` is called when another case is opened and after finalizing or starting a
    correction (state changes); a tab fetches its own data through `ctx.runner.db` and listens
    to `ctx.events.records_changed` for lists it shows. Edits go through `autosaver.edit`, so
    they become drafts within a second and are flushed before lock, case switch and quit.
    A tab must never reload an editor the person is typing in because of its own save.
    """

    def __init__(
        self, ctx: AppContext, autosaver: Autosaver, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.autosaver = autosaver
        self.case: Case | None = None

    def load(self, case: Case) -> None:
        self.case = case
        self.set_read_only(case.is_final)

    def set_read_only(self, read_only: bool) -> None:
        """Final cases are shown, never edited (a correction makes them editable again)."""

    @property
    def lang(self) -> str:
        return self.ctx.settings.language or "es"
