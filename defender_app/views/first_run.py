"""First run: choose the language, create the vault, keep the recovery code."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from defender_app.context import AppContext
from defender_app.errors import show_error
from defender_app.i18n import error_text
from defender_app.settings import system_language
from defender_app.widgets.passphrase import PassphraseEdit, StrengthMeter
from forms.errors import UserFacingError
from storage.vault import MIN_PASSPHRASE_CHARS, CreatedVault, Vault


def _title(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class LanguagePage(QWidget):
    """Both languages in their own words; the system's language is the default button."""

    chosen = Signal(str)

    def __init__(self, preferred: str = "es", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(_title("Defender"))
        layout.addWidget(_paragraph("Elige tu idioma · Choose your language"))
        buttons = QHBoxLayout()
        for code, name in (("es", "Español"), ("en", "English")):
            button = QPushButton(name)
            button.setMinimumHeight(48)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, c=code: self.chosen.emit(c))
            button.setDefault(code == preferred)
            buttons.addWidget(button)
            self.buttons[code] = button
        self.setFocusProxy(self.buttons.get(preferred, button))
        layout.addLayout(buttons)
        layout.addStretch()


class CreateVaultPage(QWidget):
    """Passphrase twice, a strength meter, and a plain warning about what cannot be undone."""

    created = Signal(object)  # CreatedVault

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.passphrase = PassphraseEdit(self.tr("Passphrase"))
        self.confirm = PassphraseEdit(self.tr("Passphrase again"))
        self.meter = StrengthMeter()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a40000;")
        self.create_button = QPushButton(self.tr("Create the vault"))
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Creating the vault"))

        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow(self.tr("&Again:"), self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(_title(self.tr("Create your vault")))
        layout.addWidget(
            _paragraph(
                self.tr(
                    "Everything you record is kept encrypted on this computer. Choose a "
                    "passphrase of several words that only you know. It is needed every time "
                    "you open Defender."
                )
            )
        )
        layout.addLayout(form)
        warning = _paragraph(
            self.tr(
                "Important: nobody can recover your records if you lose both the passphrase "
                "and the recovery code that comes next. Not your organisation, not us."
            )
        )
        warning.setStyleSheet("font-weight: bold;")
        layout.addWidget(warning)
        layout.addWidget(self.problem)
        layout.addWidget(self.busy)
        layout.addWidget(self.create_button, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addStretch()

        self.passphrase.textChanged.connect(self._on_edited)
        self.confirm.textChanged.connect(self._on_edited)
        self.confirm.returnPressed.connect(self.create_button.click)
        self.create_button.clicked.connect(self._on_create_clicked)

    def _on_edited(self) -> None:
        text = self.passphrase.text()
        self.meter.update_for(text)
        long_enough = len(text.strip()) >= MIN_PASSPHRASE_CHARS
        matches = text == self.confirm.text()
        self.problem.setText(
            self.tr("The two passphrases are different.")
            if self.confirm.text() and not matches
            else ""
        )
        self.create_button.setEnabled(long_enough and matches)

    def _on_create_clicked(self) -> None:
        passphrase = self.passphrase.text()
        home = self._ctx.home
        self.create_button.setEnabled(False)
        self.busy.setVisible(True)
        self._ctx.runner.db(
            lambda _report, _cancel: Vault.create(home, passphrase),
            self._on_created,
            self._on_failed,
        )

    def _on_created(self, created: CreatedVault) -> None:
        self.busy.setVisible(False)
        self.passphrase.clear()
        self.confirm.clear()
        self.created.emit(created)

    def _on_failed(self, exc: BaseException) -> None:
        self.busy.setVisible(False)
        self.create_button.setEnabled(True)
        if isinstance(exc, UserFacingError):
            self.problem.setText(error_text(exc))
        else:
            show_error(exc, self)


class RecoveryCodePage(QWidget):
    """The recovery code, shown once; continuing requires saying it was kept."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = QLabel()
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() * 1.5)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.kept = QCheckBox(self.tr("I have written down or printed the recovery code"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.continue_button = QPushButton(self.tr("&Continue"))
        self.continue_button.setEnabled(False)
        self.kept.toggled.connect(self.continue_button.setEnabled)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.continue_button.clicked.connect(self._on_continue_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(_title(self.tr("Your recovery code")))
        layout.addWidget(
            _paragraph(
                self.tr(
                    "If you forget your passphrase, this code opens the vault. It is shown "
                    "only now. Write it on paper or print it, and keep it somewhere safe, away "
                    "from this computer."
                )
            )
        )
        layout.addWidget(self.code)
        layout.addWidget(self.kept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch()
        buttons.addWidget(self.continue_button)
        layout.addLayout(buttons)
        layout.addStretch()

    def show_code(self, code: str) -> None:
        self.code.setText(code)
        self.kept.setChecked(False)

    def _on_print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_code(printer)

    def print_code(self, printer: QPrinter) -> None:
        """Paint the code straight to the printer: no file is written."""
        painter = QPainter(printer)
        try:
            page = printer.pageLayout().paintRectPixels(printer.resolution())
            painter.drawText(
                page,
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                self.tr("Defender — recovery code") + "\n\n" + self.code.text(),
            )
        finally:
            painter.end()

    def _on_continue_clicked(self) -> None:
        self.code.clear()  # shown once
        self.done.emit()


class FirstRunView(QStackedWidget):
    """Language → create → recovery code; emits the open vault at the end."""

    language_chosen = Signal(str)
    finished = Signal(object)  # the open Vault

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.language_page = LanguagePage(ctx.settings.language or system_language())
        self.addWidget(self.language_page)
        self._vault: Vault | None = None
        self.language_page.chosen.connect(self._on_language_chosen)

    def _on_language_chosen(self, code: str) -> None:
        self.language_chosen.emit(code)  # the translator is installed before the next pages exist
        self.create_page = CreateVaultPage(self._ctx)
        self.code_page = RecoveryCodePage()
        self.addWidget(self.create_page)
        self.addWidget(self.code_page)
        self.create_page.created.connect(self._on_created)
        self.code_page.done.connect(lambda: self.finished.emit(self._vault))
        self.setCurrentWidget(self.create_page)
        self.create_page.passphrase.setFocus()

    def _on_created(self, created: CreatedVault) -> None:
        self._vault = created.vault
        self.code_page.show_code(created.recovery_code)
        self.setCurrentWidget(self.code_page)
