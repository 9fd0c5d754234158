"""Preferences that must be readable before unlocking (language, auto-lock). Never content."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings

DEFAULT_AUTOLOCK_MINUTES = 5
LANGUAGES = ("es", "en")


class AppSettings:
    """An INI file beside the vault; it holds only interface preferences."""

    def __init__(self, home: Path) -> None:
        self._qs = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)

    @property
    def language(self) -> str | None:
        value = self._qs.value("ui/language")
        return str(value) if value in LANGUAGES else None

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("ui/language", value)
        self._qs.sync()

    @property
    def autolock_minutes(self) -> int:
        try:
            minutes = int(
                str(self._qs.value("security/autolock_minutes", DEFAULT_AUTOLOCK_MINUTES))
            )
        except ValueError:
            return DEFAULT_AUTOLOCK_MINUTES
        return minutes if 1 <= minutes <= 240 else DEFAULT_AUTOLOCK_MINUTES

    @autolock_minutes.setter
    def autolock_minutes(self, value: int) -> None:
        self._qs.setValue("security/autolock_minutes", int(value))
        self._qs.sync()


def system_language() -> str:
    """Spanish on a Spanish system, English otherwise (the first-run default)."""
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"
