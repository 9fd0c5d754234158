"""Translation: Defender's and Qt's catalogues, the interface locale, pseudo-localisation.

`translate` is QCoreApplication.translate behind the `Translate` shape pure code expects;
`date_text` and `datetime_text` show stored ISO dates the way the interface language writes them.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimeZone,
    QTranslator,
)

from forms.errors import UserFacingError

# A language without its own translation of a string shows the Spanish one: the people who
# will translate Defender into Tsotsil or Tseltal read Spanish, and so do its users.
REFERENCE_LANGUAGE = "es"
PSEUDO_ENV = "DEFENDER_PSEUDO_L10N"  # =1: every string longer and accented, to find clipped text
TRANSLATIONS = Path(__file__).parent / "translations"


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def error_text(exc: UserFacingError) -> str:
    """A user-facing error in the interface language."""
    return exc.text(translate)


_installed: list[QTranslator] = []


def install_translators(language: str, pseudo: bool | None = None) -> None:
    """Load Defender's and Qt's own translations for `language` (standard buttons too).

    A language other than Spanish and English falls back to Spanish string by string.
    `pseudo` (default: $DEFENDER_PSEUDO_L10N set) adds pseudo-localisation on top.
    """
    app = QCoreApplication.instance()
    if app is None:
        return
    remove_translators()
    QLocale.setDefault(interface_locale(language))
    chain = [language] if language in ("es", "en") else [REFERENCE_LANGUAGE, language]
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for code in chain:  # installed last is asked first
        for name, directory in ((f"qtbase_{code}", qt_dir), (f"defender_{code}", TRANSLATIONS)):
            translator = QTranslator(app)
            if translator.load(name, str(directory)):
                app.installTranslator(translator)
                _installed.append(translator)
    if pseudo is None:
        pseudo = bool(os.environ.get(PSEUDO_ENV))
    if pseudo:
        translator = PseudoTranslator(list(_installed), app)
        app.installTranslator(translator)
        _installed.append(translator)


def remove_translators() -> None:
    """Back to the source strings (English) and the system locale."""
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale.system())


def interface_locale(language: str) -> QLocale:
    """Dates and numbers for `language`: the system's country when it speaks it, else Mexico's.

    Spanish means Mexican Spanish unless the system says otherwise (es_GT, es_ES…), so numbers
    read 1,234.5 as in Mexico and Central America; a language Qt has no locale for (Tsotsil,
    Tseltal) writes dates and numbers as Mexican Spanish does.
    """
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    if language == "es":
        return QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)
    locale = QLocale(language)
    if locale.language() == QLocale.Language.C or locale.name().split("_")[0] != language:
        return QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)
    return locale


# ---------------------------------------------------------------- dates


def _short_date_format(locale: QLocale) -> str:
    """The locale's short date with a four-digit year: 14/03/2026, 3/14/2026."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def date_text(iso: str | None) -> str:
    """A stored date (YYYY, YYYY-MM or YYYY-MM-DD) as the interface language writes it."""
    if not iso:
        return ""
    locale = QLocale()
    parts = iso.split("-")
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        return iso
    if len(numbers) == 3:
        date = QDate(*numbers)
        return locale.toString(date, _short_date_format(locale)) if date.isValid() else iso
    if len(numbers) == 2 and 1 <= numbers[1] <= 12:
        month = locale.standaloneMonthName(numbers[1], QLocale.FormatType.LongFormat)
        # "%1 %2": month and year, e.g. "March 2026"; Spanish writes "marzo de 2026".
        pattern = QCoreApplication.translate("Dates", "%1 %2")
        return pattern.replace("%2", str(numbers[0])).replace("%1", month)
    return iso


def datetime_text(iso_utc: str, seconds: bool = False) -> str:
    """A stored UTC moment as local date and time in the interface language's format."""
    try:
        moment = dt.datetime.fromisoformat(iso_utc)
    except ValueError:
        return iso_utc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    utc = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc())
    locale = QLocale()
    time = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and ":ss" not in time:
        time = time.replace("mm", "mm:ss", 1)
    return locale.toString(utc.toLocalTime(), f"{_short_date_format(locale)} {time}")


# ---------------------------------------------------------------- pseudo-localisation

# Kept as they are: Qt and Python placeholders, HTML tags and entities, mnemonics, line breaks.
_KEEP = re.compile(r"(%L?\d+|%n|\{[A-Za-z_]\w*\}|<[^>]*>|&[A-Za-z]+;|&&|\n)")
_ACCENTS = str.maketrans(
    "abcdeghiklnorstuwyzABCDEGHIKLNORSTUWYZ",
    "àƀçđéĝĥíķļñöŕšţüŵýžÀƁÇĐÉĜĤÍĶĻÑÖŔŠŢÜŴÝŽ",
)
PSEUDO_GROWTH = 0.4  # German and Spanish run 30-40 % longer than English; this is the worst


def pseudo(text: str) -> str:
    """'Save now' → '[Šàvé ñöŵ ~~~]': accented, about 40 % longer, placeholders intact.

    The padding comes in short words, so wrapped text can still wrap; a string with no words
    of its own ("%1:", "%1 (%2)") stays as it is, as it would in a real translation.
    """
    parts = _KEEP.split(text)
    words = parts[::2]
    if not any(c.isalpha() for c in "".join(words)):
        return text
    body = "".join(p if i % 2 else p.translate(_ACCENTS) for i, p in enumerate(parts))
    pad = max(1, round(len(text) * PSEUDO_GROWTH) - 3)
    return f"[{body} {' '.join('~' * min(6, pad - i) for i in range(0, pad, 7))}]"


class PseudoTranslator(QTranslator):
    """Shows every string, translated or not, in its pseudo-localised form."""

    def __init__(self, beneath: list[QTranslator], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._beneath = beneath

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        for translator in reversed(self._beneath):
            text = translator.translate(context, source, disambiguation, n)
            if text:
                return pseudo(text)
        return pseudo(source)
