"""The controlled vocabularies (HURIDOCS micro-thesauri plus local lists), bilingual.

Spanish labels use the corrected column of shared/domain (OpenEvSys' Spanish is shifted in places).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from forms.errors import ValidationError
from forms.text import QT_TRANSLATE_NOOP

# The lists the app uses by name; numbers are HURIDOCS micro-thesaurus numbers.
ACT_TYPES = 4
RIGHTS = 3
PERPETRATOR_TYPES = 24
INVOLVEMENT_DEGREES = 18
SOURCE_CONNECTIONS = 19
SOURCE_MATERIAL = 16
LOCATION_TYPES = 17
STATUS_AT_END = 25
DETENTION_TYPES = 29
WHEREABOUTS = 30
LEGAL_COUNSEL = 31
COURT_LANGUAGE = 33
SEX = 39
VIOLATION_STATUS = 41
RELIABILITY = 42
MONITORING_STATUS = 43
INTERVENTION_TYPES = 20
VICTIM_CHARACTERISTICS = 23
COUNTING_UNITS = 7
IM_DEFENSORAS_ATTACKS = 61
LOCAL_LANGUAGES = 66


@dataclass(frozen=True)
class Term:
    """One vocabulary term; `code` is the HURIDOCS code (or a local one such as MX2406)."""

    list_no: int
    code: str
    level: int
    en: str
    es: str
    parent: str | None = None

    def label(self, lang: str) -> str:
        return self.es if lang.startswith("es") else self.en


def _read(name: str) -> list[list[str]]:
    text = resources.files("forms").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@cache
def _all_terms() -> dict[int, tuple[Term, ...]]:
    lists: dict[int, list[Term]] = {}
    for list_no, code, level, en, es in _read("microthesauri.tsv"):
        lists.setdefault(int(list_no), []).append(Term(int(list_no), code, int(level), en, es))
    for list_no, code, level, en, es, *parent in _read("local_terms.tsv"):
        term = Term(int(list_no), code, int(level), en, es, (parent[0] or None) if parent else None)
        lists.setdefault(int(list_no), []).append(term)
    return {no: tuple(terms) for no, terms in lists.items()}


def terms(list_no: int) -> tuple[Term, ...]:
    """Every term of one list, in the list's own order."""
    return _all_terms().get(list_no, ())


@cache
def _index() -> dict[tuple[int, str], Term]:
    return {(t.list_no, t.code): t for ts in _all_terms().values() for t in ts}


def term(list_no: int, code: str) -> Term | None:
    return _index().get((list_no, code))


def require_term(list_no: int, code: str) -> Term:
    """The term, or a clear error naming the unknown code."""
    found = term(list_no, code)
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{code}” is not a term of vocabulary list {list_no}."),
            code=code,
            list_no=list_no,
        )
    return found


def fold(text: str) -> str:
    """Lower case without accents, so 'detencion' matches 'Detención' in pickers."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search_terms(list_no: int, query: str) -> list[Term]:
    """Terms whose English or Spanish label contains every word of `query` (accent-blind)."""
    words = fold(query).split()
    return [t for t in terms(list_no) if all(w in fold(t.en + " " + t.es) for w in words)]
