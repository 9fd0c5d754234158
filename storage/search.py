"""Full-text search inside the encrypted database (FTS5, accent- and case-insensitive)."""

from __future__ import annotations

import unicodedata

from sqlalchemy import text

from storage.database import Database
from storage.records import SearchHit

MAX_HITS = 500

# Every way a matching text leads to a case: its own text, a narrative, or a person in it.
_SQL = text(
    """
    WITH hits AS (
        SELECT d.kind AS kind, d.ref_id AS ref_id, search_index.rank AS rank
        FROM search_index JOIN search_docs d ON d.id = search_index.rowid
        WHERE search_index MATCH :query
        ORDER BY search_index.rank LIMIT 2000
    ),
    case_hits AS (
        SELECT ref_id AS case_id, 'case' AS kind, rank FROM hits WHERE kind = 'case'
        UNION ALL
        SELECT n.case_id, 'testimony', h.rank FROM hits h
            JOIN narratives n ON n.testimony_id = h.ref_id WHERE h.kind = 'testimony'
        UNION ALL
        SELECT links.case_id, 'person', h.rank FROM hits h JOIN (
            SELECT case_id, person_id FROM case_persons
            UNION SELECT case_id, victim_id FROM acts
            UNION SELECT a.case_id, i.perpetrator_id
                FROM involvements i JOIN acts a ON a.id = i.act_id
            UNION SELECT case_id, interviewee_id FROM testimonies WHERE interviewee_id IS NOT NULL
        ) AS links ON links.person_id = h.ref_id WHERE h.kind = 'person'
    )
    SELECT c.id, c.folio, c.title, group_concat(DISTINCT ch.kind), min(ch.rank) AS best
    FROM case_hits ch JOIN cases c ON c.id = ch.case_id
    GROUP BY c.id ORDER BY best LIMIT :limit
    """
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
            rows = s.execute(_SQL, {"query": query, "limit": MAX_HITS})
            return [SearchHit(r[0], r[1], r[2], tuple(sorted(str(r[3]).split(",")))) for r in rows]
