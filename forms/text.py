"""Marking translatable strings in packages that must not import Qt.

`pyside6-lupdate` extracts `QT_TRANSLATE_NOOP(context, text)` calls by name, so this identity
function lets pure code declare its strings; the GUI translates them later with
`QCoreApplication.translate(context, text)`.
"""

from collections.abc import Callable

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return `text` unchanged; exists so lupdate can find `text` under `context`."""
    del context
    return text


def untranslated(context: str, text: str) -> str:
    """The identity translation, for the CLI and for tests."""
    del context
    return text
