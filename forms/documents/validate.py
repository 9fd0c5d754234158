"""Checking a draft: the types of its values, and which required fields are still missing."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from forms.documents.schema import Basis, Derived, DocumentSpec, Field, Kind, Text, is_empty
from forms.errors import UserFacingError, ValidationError
from forms.text import QT_TRANSLATE_NOOP

MAX_TEXT = 200_000


@dataclass(frozen=True)
class Missing:
    """A required field or block without a value, and the article that requires it."""

    name: str
    label: Text
    basis: Basis | None

    def describe(self, lang: str) -> str:
        """'“Acto reclamado” (Ley de Amparo, art. 109, fr. I)'."""
        label = f"“{self.label.get(lang)}”"
        return f"{label} ({self.basis.cite.get(lang)})" if self.basis else label


class DocumentIncomplete(UserFacingError):
    """A document cannot be printed while a required field is empty."""

    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors", "The document cannot be printed yet; it lacks {fields}. Nothing was printed."
    )

    def __init__(self, missing: list[Missing], lang: str) -> None:
        self.missing = tuple(missing)
        super().__init__(fields="; ".join(m.describe(lang) for m in missing))


def missing_fields(
    spec: DocumentSpec,
    values: Mapping[str, Any],
    blocks: Mapping[str, list[dict[str, str]]],
    facts: Mapping[str, bool],
) -> list[Missing]:
    """Every required field and block that has no value, in the document's order."""
    missing = []
    for section in spec.sections:
        for block in section.content:
            if isinstance(block, Field) and block.required:
                excused = block.required_unless and (
                    facts.get(block.required_unless)
                    or not is_empty(values.get(block.required_unless))
                )
                if is_empty(values.get(block.name)) and not excused:
                    missing.append(Missing(block.name, block.label, block.basis))
            elif isinstance(block, Derived) and block.required and not blocks.get(block.name):
                missing.append(Missing(block.name, block.label, block.basis))
    return missing


def _invalid(field: Field, message: str, **args: Any) -> ValidationError:
    return ValidationError(message, field_name=field.name, field=field.label.en, **args)


def clean_value(field: Field, value: Any) -> Any:
    """The value as a draft stores it, or an error naming the field."""
    if value is None:
        return None
    if field.kind in (Kind.TEXT, Kind.LONG_TEXT, Kind.CHOICE):
        if not isinstance(value, str):
            raise _invalid(field, QT_TRANSLATE_NOOP("Errors", "“{field}” must be text."))
        if "\x00" in value or len(value) > MAX_TEXT:
            raise _invalid(
                field,
                QT_TRANSLATE_NOOP(
                    "Errors", "“{field}” is longer than {limit} characters or contains NUL."
                ),
                limit=MAX_TEXT,
            )
        return value
    if field.kind is Kind.BOOL:
        if not isinstance(value, bool):
            raise _invalid(field, QT_TRANSLATE_NOOP("Errors", "“{field}” must be yes or no."))
        return value
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise _invalid(field, QT_TRANSLATE_NOOP("Errors", "“{field}” must be a list of texts."))
    if field.kind is Kind.CHOICES:
        known = {c.key for c in field.choices}
        for key in value:
            if key not in known:
                raise _invalid(
                    field,
                    QT_TRANSLATE_NOOP("Errors", "“{value}” is not a choice for “{field}”."),
                    value=key,
                )
        return list(dict.fromkeys(value))
    if any("\x00" in v for v in value) or sum(map(len, value)) > MAX_TEXT:
        raise _invalid(
            field,
            QT_TRANSLATE_NOOP(
                "Errors", "“{field}” is longer than {limit} characters or contains NUL."
            ),
            limit=MAX_TEXT,
        )
    return list(value)


def clean_values(spec: DocumentSpec, values: Mapping[str, Any]) -> dict[str, Any]:
    """Validate a set of a draft's values; unknown names are refused, not ignored."""
    fields = {f.name: f for f in spec.fields()}
    for name in values:
        if name not in fields:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "This document has no field “{field}”."),
                field_name=name,
                field=name,
            )
    return {name: clean_value(fields[name], value) for name, value in values.items()}
