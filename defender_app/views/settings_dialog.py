"""Settings: auto-lock time and language (restart prompt); nothing here is content."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from defender_app.context import AppContext
from defender_app.settings import system_language


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.autolock = QSpinBox()
        self.autolock.setRange(1, 240)
        self.autolock.setSuffix(self.tr(" min"))
        self.autolock.setValue(ctx.settings.autolock_minutes)
        self.autolock.setAccessibleName(self.tr("Lock after idle minutes"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem("Español", "es")
        self.language.addItem("English", "en")
        self._shown_language = ctx.settings.language or system_language()  # what is on screen
        self.language.setCurrentIndex(max(0, self.language.findData(self._shown_language)))
        self.restart_note = QLabel(
            self.tr(
                "Defender will show the new language the next time it opens. To see it now, "
                "press OK, close Defender and open it again."
            )
        )
        self.restart_note.setWordWrap(True)
        self.restart_note.hide()
        self.language.currentIndexChanged.connect(self._on_language_currentIndexChanged)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Lock after being idle for:"), self.autolock)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.restart_note)
        form.addRow(buttons)

    def _on_language_currentIndexChanged(self, _index: int) -> None:
        self.restart_note.setVisible(self.language.currentData() != self._shown_language)
        self.adjustSize()  # room for the note's lines

    def _on_accepted(self) -> None:
        self._ctx.settings.autolock_minutes = self.autolock.value()
        self._ctx.settings.language = self.language.currentData()
        self.accept()
