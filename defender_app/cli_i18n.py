"""The CLI's translations, read from the same compiled .qm files as the app, without Qt.

The command line must start fast and never load Qt (see cli.py), yet a defender who reads
Spanish should read its messages in Spanish. A .qm file is a few tagged sections; the messages
section holds, per message, its translations (UTF-16), source text and context (UTF-8), which is
all the CLI needs: plural forms are not used by CLI strings.
"""

from __future__ import annotations

import argparse
import configparser
import contextlib
import locale
import os
import struct
from pathlib import Path

from forms.text import QT_TRANSLATE_NOOP, Translate, untranslated

TRANSLATIONS = Path(__file__).parent / "translations"
REFERENCE_LANGUAGE = "es"  # as in the app: a language in progress falls back to Spanish

_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
_END, _TRANSLATION, _OBSOLETE, _SOURCE, _CONTEXT = 1, 3, 5, 6, 7
_WITH_DATA = {2, _TRANSLATION, 4, _SOURCE, _CONTEXT, 8}  # 2, 4: old UTF-16 texts; 8: comment
_NULL = 0xFFFFFFFF


# argparse's own words that a person meets (Python ships no Spanish for them); see
# translate_argparse. A string a later Python words differently simply stays in English.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
)


def translate_argparse(translate: Translate) -> None:
    """Route argparse's gettext lookups (its module-level `_`) through `translate`."""
    setattr(argparse, "_", lambda text: translate("argparse", text))  # noqa: B010


def read_qm(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) → translation of every message that carries its source text."""
    data = path.read_bytes()
    if not data.startswith(_MAGIC):
        return {}
    pos, found = len(_MAGIC), {}
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
        pos += 5
        if tag == _MESSAGES:
            found.update(_messages(data[pos : pos + length]))
        pos += length
    return found


def _messages(block: bytes) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    pos, fields, forms = 0, dict[int, str](), list[str]()
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == _END:
            if _SOURCE in fields and forms:
                found[(fields.get(_CONTEXT, ""), fields[_SOURCE])] = forms[0]
            fields, forms = {}, []
        elif tag in _WITH_DATA:
            length = struct.unpack_from(">I", block, pos)[0]
            pos += 4
            if length == _NULL:
                continue
            raw = block[pos : pos + length]
            pos += length
            if tag == _TRANSLATION:
                forms.append(raw.decode("utf-16-be"))
            elif tag in (_SOURCE, _CONTEXT):
                fields[tag] = raw.decode("utf-8")
        elif tag == _OBSOLETE:
            pos += 4
        else:  # a layout this reader does not know: keep what was read, guess nothing
            break
    return found


def cli_language(home: Path) -> str:
    """$DEFENDER_LANGUAGE, else the language chosen in the app, else the system's (es or en)."""
    chosen = os.environ.get("DEFENDER_LANGUAGE")
    if chosen:
        return chosen
    settings = configparser.ConfigParser(interpolation=None)
    with contextlib.suppress(OSError, configparser.Error):  # unreadable: nothing was chosen
        settings.read(home / "settings.ini", encoding="utf-8")
    chosen = settings.get("ui", "language", fallback="")
    if chosen in ("es", "en"):
        return chosen
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        if value := os.environ.get(name):
            return "es" if value.lower().startswith("es") else "en"
    system = (locale.getlocale()[0] or "").lower()  # Windows: "Spanish_Mexico"
    return "es" if system.startswith(("es", "spanish")) else "en"


def cli_translator(language: str) -> Translate:
    """A `Translate` over the shipped catalogue of `language` (with the Spanish fallback)."""
    if language == "en":
        return untranslated
    catalogue: dict[tuple[str, str], str] = {}
    for code in dict.fromkeys([REFERENCE_LANGUAGE, language]):
        path = TRANSLATIONS / f"defender_{code}.qm"
        if path.exists():
            catalogue.update(read_qm(path))

    def lookup(context: str, text: str) -> str:
        return catalogue.get((context, text), text)

    return lookup
