"""Full-text search inside the encrypted database (FTS5, accent- and case-insensitive).

Cost model (SQLCipher decrypts every page it reads): the query reads the FTS index, newest
documents first, then follows at most MAX_DOCS of them to their cases through indexes. It does
not rank by relevance: ranking a common word means scoring every document that has it, and
the list shows cases newest first anyway. Id lists travel as one JSON parameter (json_each):
binding thousands of parameters one by one costs more than the lookups themselves.
"""

from __future__ import annotations

import json
import unicodedata

from sqlalchemy import text

from storage.database import Database
from storage.records import SearchHit

MAX_HITS = 500  # cases shown
MAX_DOCS = 1000  # matching texts followed to their cases

_MATCH = text(
    "SELECT d.kind, d.ref_id FROM search_index JOIN search_docs d ON d.id = search_index.rowid "
    "WHERE search_index MATCH :query ORDER BY search_index.rowid DESC LIMIT :limit"
)
_IDS = "(SELECT value FROM json_each(:ids))"
# Every link that gives a person a part in a case (the roles of DOMAIN.md §1.1).
_CASES_OF_PEOPLE = text(
    f"SELECT case_id FROM case_persons WHERE person_id IN {_IDS} "
    f"UNION SELECT case_id FROM acts WHERE victim_id IN {_IDS} "
    f"UNION SELECT a.case_id FROM involvements i JOIN acts a ON a.id = i.act_id "
    f"WHERE i.perpetrator_id IN {_IDS} "
    f"UNION SELECT case_id FROM testimonies WHERE interviewee_id IN {_IDS}"
)
_CASES_OF_NARRATIVES = text(f"SELECT case_id FROM narratives WHERE testimony_id IN {_IDS}")
_CASES = text(
    f"SELECT id, folio, title FROM cases WHERE id IN {_IDS} ORDER BY updated_at DESC LIMIT :limit"
)


def _words(user_text: str) -> list[str]:
    """Runs of letters, digits and combining marks: words as FTS5's unicode61 tokenizer sees
    them. `\\w` alone splits a letter typed with a separate accent (n + combining tilde, as
    some keyboards send ñ) or Arabic with harakat into pieces that match nothing."""
    return "".join(ch if unicodedata.category(ch)[0] in "LNM" else " " for ch in user_text).split()


def fts_query(user_text: str) -> str | None:
    """Turn what a person typed into a safe FTS5 query: every word, each as a prefix."""
    words = _words(user_text)
    if not words:
        return None
    return " ".join('"' + w.replace('"', "") + '"*' for w in words)


class SearchService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def __call__(self, user_text: str) -> list[SearchHit]:
        """Cases whose title, description, testimonies or people match every word typed."""
        query = fts_query(user_text)
        if query is None:
            return []
        with self._db.reading() as s:
            docs: dict[str, list[str]] = {"case": [], "testimony": [], "person": []}
            for kind, ref_id in s.execute(_MATCH, {"query": query, "limit": MAX_DOCS}):
                docs[kind].append(ref_id)
            matched: dict[str, set[str]] = {case_id: {"case"} for case_id in docs["case"]}
            for kind, lookup in (("testimony", _CASES_OF_NARRATIVES), ("person", _CASES_OF_PEOPLE)):
                if docs[kind]:
                    for (case_id,) in s.execute(lookup, {"ids": json.dumps(docs[kind])}):
                        matched.setdefault(case_id, set()).add(kind)
            if not matched:
                return []
            rows = s.execute(_CASES, {"ids": json.dumps(list(matched)), "limit": MAX_HITS})
            return [SearchHit(r[0], r[1], r[2], tuple(sorted(matched[r[0]]))) for r in rows]
