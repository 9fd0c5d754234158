"""The error classes every layer shares: cancelled, user-facing, and (everything else) bugs."""

from typing import Any, NamedTuple

from forms.text import Translate, untranslated


class Label(NamedTuple):
    """A translatable string passed as a message argument (e.g. a field's label)."""

    context: str
    text: str


class Cancelled(Exception):
    """The user stopped the work; nothing is shown."""


class UserFacingError(Exception):
    """An error caused by the user's input or environment, shown verbatim (translated).

    `message` is a source string marked with QT_TRANSLATE_NOOP under `CONTEXT`, with
    `{name}` placeholders filled from `args` after translation, never by concatenation.
    """

    CONTEXT = "Errors"
    MESSAGE = ""  # subclasses with one fixed message set it and are raised with args only

    def __init__(self, message: str | None = None, **args: Any) -> None:
        self.message = message or self.MESSAGE
        self.args_ = args
        super().__init__(self.text())

    def text(self, translate: Translate = untranslated) -> str:
        """The message in the user's language."""
        args = {
            name: translate(*value) if isinstance(value, Label) else value
            for name, value in self.args_.items()
        }
        return translate(self.CONTEXT, self.message).format(**args)


class ValidationError(UserFacingError):
    """Input that cannot be stored as given; nothing was changed.

    `field_name` names the offending field, so an editor can point at it.
    """

    def __init__(self, message: str | None = None, field_name: str = "", **args: Any) -> None:
        self.field_name = field_name
        super().__init__(message, **args)
