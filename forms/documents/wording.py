"""Dates, times and lists written out in a document's language (Babel), and fixed wording."""

from __future__ import annotations

import datetime as dt
import re

from babel.dates import format_date, format_skeleton, format_time
from babel.lists import format_list

from forms.dates import PartialDate
from forms.documents.schema import Text
from forms.errors import ValidationError

LOCALES = {"es": "es_MX", "en": "en_US"}

APPROXIMATE = Text("{date} (fecha aproximada)", "{date} (approximate date)")
DATE_AND_TIME = Text("{date}, a las {time} horas", "{date}, at {time}")
UTC_TIME = Text("{date}, {time} UTC", "{date}, {time} UTC")
YES = Text("Sí", "Yes")
NO = Text("No", "No")

_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})")
_ORDINALS = {
    "es": (
        "PRIMERO",
        "SEGUNDO",
        "TERCERO",
        "CUARTO",
        "QUINTO",
        "SEXTO",
        "SÉPTIMO",
        "OCTAVO",
        "NOVENO",
        "DÉCIMO",
        "UNDÉCIMO",
        "DUODÉCIMO",
    ),
    "en": (
        "FIRST",
        "SECOND",
        "THIRD",
        "FOURTH",
        "FIFTH",
        "SIXTH",
        "SEVENTH",
        "EIGHTH",
        "NINTH",
        "TENTH",
        "ELEVENTH",
        "TWELFTH",
    ),
}


def locale(lang: str) -> str:
    return LOCALES["es" if lang.startswith("es") else "en"]


def long_date(day: dt.date, lang: str) -> str:
    """'4 de marzo de 2026' / 'March 4, 2026'."""
    return format_date(day, "long", locale=locale(lang))


def partial_date(iso: str | None, precision: str | None, lang: str) -> str:
    """A stored date with its precision, written out: 'marzo de 2026', '2026', '4 de marzo...'."""
    if not iso:
        return ""
    try:
        date = PartialDate.parse(iso, precision)
    except ValidationError:
        return iso
    if date.month is None:
        text = str(date.year)
    elif date.day is None:
        text = format_skeleton("yMMMM", dt.date(date.year, date.month, 1), locale=locale(lang))
    else:
        text = long_date(dt.date(date.year, date.month, date.day), lang)
    return APPROXIMATE.get(lang).format(date=text) if date.estimate else text


def free_datetime(text: str, lang: str) -> str:
    """'2026-03-04 22:05' as a person typed it, written out; anything else is kept as typed."""
    match = _DATETIME.match(text.strip())
    if not match:
        return partial_date(text.strip(), None, lang) if _is_date(text) else text
    day = partial_date(match.group(1), None, lang)
    hours, minutes = int(match.group(2)), int(match.group(3))
    if hours > 23 or minutes > 59:
        return text
    time = format_time(dt.time(hours, minutes), "HH:mm", locale=locale(lang))
    return DATE_AND_TIME.get(lang).format(date=day, time=time)


def utc_timestamp(text: str, lang: str) -> str:
    """A stored ISO-8601 UTC timestamp as '4 de marzo de 2026, 22:05:31 UTC'."""
    try:
        when = dt.datetime.fromisoformat(text).astimezone(dt.UTC)
    except ValueError:
        return text
    time = format_time(when.time(), "HH:mm:ss", locale=locale(lang))
    return UTC_TIME.get(lang).format(date=long_date(when.date(), lang), time=time)


def listing(items: list[str], lang: str) -> str:
    """'a, b y c' / 'a, b, and c'."""
    return format_list([i for i in items if i], locale=locale(lang)) if items else ""


def ordinal(number: int, lang: str) -> str:
    """PRIMERO, SEGUNDO... for petitions; past the table, the number itself."""
    names = _ORDINALS["es" if lang.startswith("es") else "en"]
    return names[number - 1] if 0 < number <= len(names) else str(number)


def roman(number: int) -> str:
    result = ""
    for value, letters in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while number >= value:
            result += letters
            number -= value
    return result


def yes_no(value: object, lang: str) -> str:
    if value is None:
        return ""
    return (YES if value else NO).get(lang)


def _is_date(text: str) -> bool:
    return bool(re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", text.strip()))
