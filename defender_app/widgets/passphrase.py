"""Passphrase fields that keep typed secrets away from input-method dictionaries."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from storage.vault import MIN_PASSPHRASE_CHARS

SENSITIVE_HINTS = (
    Qt.InputMethodHint.ImhSensitiveData
    | Qt.InputMethodHint.ImhNoPredictiveText
    | Qt.InputMethodHint.ImhNoAutoUppercase
    | Qt.InputMethodHint.ImhHiddenText
)


class PassphraseEdit(QLineEdit):
    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setInputMethodHints(SENSITIVE_HINTS)
        self.setAccessibleName(accessible_name)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # no copy of secrets


def estimate_bits(passphrase: str) -> float:
    """A rough, honest estimate: character pool by classes, capped per repeated characters."""
    if not passphrase:
        return 0.0
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 33
    if any(ord(c) > 127 for c in passphrase):
        pool += 40
    distinct = len(set(passphrase))
    return min(len(passphrase), distinct * 2) * math.log2(max(pool, 2))


class StrengthMeter(QWidget):
    """A bar and a word: weak, fair, strong, very strong."""

    strength_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.label = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.update_for("")

    def update_for(self, passphrase: str) -> None:
        bits = estimate_bits(passphrase)
        self.bar.setValue(min(100, int(bits)))
        if len(passphrase) < MIN_PASSPHRASE_CHARS:
            word = self.tr("Too short: at least %n characters.", "", MIN_PASSPHRASE_CHARS)
        elif bits < 45:
            word = self.tr("Weak: add more words.")
        elif bits < 65:
            word = self.tr("Fair: one or two more words would help.")
        elif bits < 90:
            word = self.tr("Strong.")
        else:
            word = self.tr("Very strong.")
        self.label.setText(word)
        self.strength_changed.emit(int(bits))
