"""Translation: QCoreApplication.translate behind the `Translate` shape pure code expects."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from forms.errors import UserFacingError


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def error_text(exc: UserFacingError) -> str:
    """A user-facing error in the interface language."""
    return exc.text(translate)


_installed: list[QTranslator] = []


def install_translators(language: str) -> None:
    """Load Defender's and Qt's own translations for `language` (standard buttons too)."""
    app = QCoreApplication.instance()
    if app is None:
        return
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    here = Path(__file__).parent / "translations"
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, directory in ((f"defender_{language}", str(here)), (f"qtbase_{language}", qt_dir)):
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            _installed.append(translator)
