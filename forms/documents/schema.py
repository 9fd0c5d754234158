"""The shape of a printable document definition: sections, fields, legal basis, provenance.

A definition is data. Each field says whether it is required and which article requires it,
its label in every language a document is printed in, and where its first value comes from
in the case snapshot. The renderer (forms.pdf) and the validation below walk the definition;
no document has a hand-written function of its own.
"""

from __future__ import annotations

import enum
import string
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from forms.text import QT_TRANSLATE_NOOP

C = "Documents"


class Provenance(enum.StrEnum):
    """How a legal text behind a definition was checked (DOMAIN.md §0 tags)."""

    READ = "read"  # read in the official or primary source
    READ_2 = "read-2"  # read in a secondary source quoting or summarising it
    RECALLED = "recalled"  # known from the law but not re-read against the official text
    INFERRED = "inferred"  # a recommendation of this app, not a quotation of any source

    @property
    def needs_review(self) -> bool:
        """Whether a lawyer must still check this against the official text."""
        return self is not Provenance.READ


PROVENANCE_LABELS: dict[Provenance, str] = {
    Provenance.READ: QT_TRANSLATE_NOOP("Documents", "Checked against the official source"),
    Provenance.READ_2: QT_TRANSLATE_NOOP(
        "Documents",
        "Taken from a secondary source; a lawyer must check it against the official text",
    ),
    Provenance.RECALLED: QT_TRANSLATE_NOOP(
        "Documents", "Not yet checked against the official text; a lawyer must review it"
    ),
    Provenance.INFERRED: QT_TRANSLATE_NOOP(
        "Documents", "Recommended practice, not a legal requirement; a lawyer should review it"
    ),
}


@dataclass(frozen=True)
class Text:
    """One piece of document text in each language documents are printed in."""

    es: str
    en: str

    def get(self, lang: str) -> str:
        return self.es if lang.startswith("es") else self.en

    def placeholders(self) -> frozenset[str]:
        """Names of the `{name}` placeholders, the same in every language."""
        return frozenset(
            name
            for lang_text in (self.es, self.en)
            for _, name, _, _ in string.Formatter().parse(lang_text)
            if name
        )


@dataclass(frozen=True)
class Basis:
    """The legal text or standard behind a section or requirement, and how it was checked."""

    cite: Text
    provenance: Provenance
    source: str = ""  # where it was read (DOMAIN.md §4), for the reviewing lawyer


class Kind(enum.Enum):
    TEXT = "text"  # one line
    LONG_TEXT = "long_text"  # paragraphs
    LIST = "list"  # items, printed numbered or as ordinals
    CHOICES = "choices"  # keys of `choices`, printed as their sentences
    BOOL = "bool"  # printed as `when_true` / `when_false`
    CHOICE = "choice"  # one key of a record of the case (e.g. which testimony); not printed


@dataclass(frozen=True)
class Choice:
    key: str
    label: Text  # as printed in the document's list
    short: Text | None = None  # as a `{field}` placeholder inside a sentence


@dataclass(frozen=True)
class Source:
    """Where a field's first value comes from.

    `path` walks the case snapshot: `participants[roles=victim].name` (a filter keeps items
    whose key equals the value or whose list holds it; `$field` takes the value of a field of
    the draft), `acts[].arrest.probable_places` (`[]` walks every item). `derive` names a
    function of forms.documents.prefill for what a path cannot say (a chronology, vocabulary
    labels in the document's language). `fixed` is wording always added (a default list of
    measures); `default` is used only when no other source of the field gives anything.
    """

    path: str = ""
    derive: str = ""
    fixed: Text | Items | None = None
    default: Text | Items | None = None


@dataclass(frozen=True)
class Items:
    """A default for a LIST field: several items, each in every language."""

    items: tuple[Text, ...]


@dataclass(frozen=True)
class Field:
    """One value of a document that a person fills in or checks before printing."""

    name: str
    label: Text
    kind: Kind = Kind.TEXT
    required: bool = False
    basis: Basis | None = None  # the article that requires the field, or that it rests on
    prefill: tuple[Source, ...] = ()
    choices: tuple[Choice, ...] = ()
    empty: Text | None = None  # printed when the value is empty ("Se desconoce.")
    when_true: Text | None = None
    when_false: Text | None = None
    show_label: bool = True
    printed: bool = True  # False: printed only through `{name}` in a Para
    required_unless: str = ""  # a field, or a fact of the case, that makes it optional
    ordinals: bool = False  # LIST printed PRIMERO, SEGUNDO... instead of 1., 2....


@dataclass(frozen=True)
class Column:
    key: str
    label: Text
    width: float = 1.0  # share of the table's width
    full_row: bool = False  # printed on its own line under the row (hashes)
    box: bool = False  # "x" / "o" printed as a checked / unchecked box


@dataclass(frozen=True)
class Derived:
    """A block computed from the case each time the document is printed, never edited.

    Hashes, custody entries and consent must say what the vault holds at printing time, and a
    testimony must disappear the moment its consent is withdrawn.
    """

    name: str
    derive: str  # a function of forms.documents.derive
    label: Text
    layout: str = "table"  # table | entries | checklist
    columns: tuple[Column, ...] = ()
    required: bool = False
    basis: Basis | None = None
    empty: Text | None = None
    blank_rows: int = 0  # rows left empty to be filled in by hand
    show_label: bool = False


@dataclass(frozen=True)
class Para:
    """Fixed text; `{name}` placeholders take field values and the sentence is printed only
    when all of them have one."""

    text: Text
    style: str = "body"  # body | oath | note | center | strong
    when: str = ""  # printed only when this field (or fact of the case) is true


Block = Field | Derived | Para


@dataclass(frozen=True)
class Section:
    key: str
    heading: Text | None
    content: tuple[Block, ...]
    basis: tuple[Basis, ...] = ()
    numbered: bool = True  # heading gets the next Roman numeral
    layout: str = "body"  # body | header (top right) | title (centred) | addressee | table
    always: bool = False  # printed even when nothing in it has a value


@dataclass(frozen=True)
class Signature:
    role: Text
    name_field: str = ""
    thumbprint: bool = True


@dataclass(frozen=True)
class DocumentSpec:
    code: str
    title: Text
    languages: tuple[str, ...]
    sections: tuple[Section, ...]
    signatures: tuple[Signature, ...]
    basis: tuple[Basis, ...]
    consent_use: str  # a testimony appears only if its consent allows this use
    structure: Basis  # provenance of the headings and their order
    place_field: str = "place_signed"
    closing: tuple[Para, ...] = ()  # after the sections, before the place and date
    notes: tuple[Para, ...] = ()  # after the signatures

    def fields(self) -> Iterator[Field]:
        for section in self.sections:
            for block in section.content:
                if isinstance(block, Field):
                    yield block

    def derived(self) -> Iterator[Derived]:
        for section in self.sections:
            for block in section.content:
                if isinstance(block, Derived):
                    yield block

    def field(self, name: str) -> Field:
        for f in self.fields():
            if f.name == name:
                return f
        raise KeyError(f"{self.code}.{name}")

    def bases(self) -> Iterator[Basis]:
        """Every legal basis the definition cites, each once."""
        seen: set[Basis] = set()
        candidates: list[Basis | None] = [*self.basis, self.structure]
        for section in self.sections:
            candidates.extend(section.basis)
            candidates.extend(b.basis for b in section.content if not isinstance(b, Para))
        for basis in candidates:
            if basis is not None and basis not in seen:
                seen.add(basis)
                yield basis

    def needs_review(self) -> list[Basis]:
        """The legal texts behind this document that a lawyer must still check."""
        return [b for b in self.bases() if b.provenance.needs_review]


def is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple):
        return all(is_empty(v) for v in value)
    if isinstance(value, Mapping):
        return not value
    return False
