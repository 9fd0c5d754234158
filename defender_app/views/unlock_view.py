"""The unlock screen, and the recovery-code dialog for a forgotten passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from defender_app.context import AppContext
from defender_app.errors import show_error
from defender_app.i18n import error_text
from defender_app.widgets.passphrase import SENSITIVE_HINTS, PassphraseEdit, StrengthMeter
from forms.errors import UserFacingError
from storage.vault import MIN_PASSPHRASE_CHARS, Vault


class UnlockView(QWidget):
    unlocked = Signal(object)  # the open Vault

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        title = QLabel(self.tr("Defender is locked"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.passphrase = PassphraseEdit(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a40000;")
        self.problem.setAccessibleName(self.tr("Unlock error"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.recover_button = QPushButton(self.tr("I forgot my passphrase…"))
        self.recover_button.setFlat(True)

        box = QWidget()
        box.setMaximumWidth(460)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(QLabel(self.tr("Enter your passphrase to open your records.")))
        inner.addWidget(self.passphrase)
        inner.addWidget(self.problem)
        inner.addWidget(self.busy)
        inner.addWidget(self.unlock_button)
        inner.addWidget(self.recover_button, alignment=Qt.AlignmentFlag.AlignRight)
        outer = QVBoxLayout(self)
        outer.addStretch()
        outer.addWidget(box, alignment=Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

        self.passphrase.returnPressed.connect(self.unlock_button.click)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.recover_button.clicked.connect(self._on_recover_clicked)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.passphrase.setFocus()

    def _on_unlock_clicked(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            return
        home = self._ctx.home
        self._set_busy(True)
        self._ctx.runner.db(
            lambda _r, _c: Vault.unlock(home, passphrase), self._on_unlocked, self._on_failed
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.unlock_button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        if busy:
            self.problem.clear()

    def _on_unlocked(self, vault: Vault) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.unlocked.emit(vault)

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        if isinstance(exc, UserFacingError):
            self.problem.setText(error_text(exc))
        else:
            show_error(exc, self)

    def _on_recover_clicked(self) -> None:
        dialog = RecoveryDialog(self._ctx, self)
        dialog.recovered.connect(self.unlocked.emit)
        dialog.open()


class RecoveryDialog(QDialog):
    """Open the vault with the recovery code and choose a new passphrase."""

    recovered = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Open with the recovery code"))
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setInputMethodHints(SENSITIVE_HINTS & ~Qt.InputMethodHint.ImhHiddenText)
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XX")
        self.passphrase = PassphraseEdit(self.tr("New passphrase"))
        self.confirm = PassphraseEdit(self.tr("New passphrase again"))
        self.meter = StrengthMeter()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a40000;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Open and set passphrase"))
        self.ok.setEnabled(False)
        form = QFormLayout(self)
        form.addRow(self.tr("Recovery &code:"), self.code)
        form.addRow(self.tr("&New passphrase:"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow(self.tr("&Again:"), self.confirm)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        for edit in (self.code, self.passphrase, self.confirm):
            edit.textChanged.connect(self._on_edited)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)

    def _on_edited(self) -> None:
        text = self.passphrase.text()
        self.meter.update_for(text)
        self.ok.setEnabled(
            bool(self.code.text().strip())
            and len(text.strip()) >= MIN_PASSPHRASE_CHARS
            and text == self.confirm.text()
        )

    def _on_accepted(self) -> None:
        code, passphrase, home = self.code.text(), self.passphrase.text(), self._ctx.home
        self.ok.setEnabled(False)
        self._ctx.runner.db(
            lambda _r, _c: Vault.recover(home, code, passphrase),
            self._on_recovered,
            self._on_failed,
        )

    def _on_recovered(self, vault: Vault) -> None:
        self.recovered.emit(vault)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        if isinstance(exc, UserFacingError):
            self.problem.setText(error_text(exc))
        else:
            show_error(exc, self)
