"""Acts (one victim, one type of act), their arrest details, and perpetrators' involvements."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from forms.fields import clean
from storage.database import Database
from storage.orm import ActRow, ArrestRow, InvolvementRow, PersonRow
from storage.records import Act, Involvement, Saved, from_row, touched
from storage.rows import draft_case, get_row, new_id
from storage.snapshot import load_acts

_ARREST_DEFAULTS: dict[str, Any] = {"probable_places": [], "search_efforts": []}


class ActService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, case_id: str, victim_id: str, **fields: Any) -> Saved[Act]:
        values = clean("act", fields, creating=True)
        with self._db.transaction() as s:
            draft_case(s, case_id)
            get_row(s, PersonRow, "person", victim_id)
            row = ActRow(id=new_id(), case_id=case_id, victim_id=victim_id, **values)
            s.add(row)
            s.flush()
            return Saved(self._act(s, row), touched(cases=[case_id], persons=[victim_id]))

    def update(self, act_id: str, victim_id: str | None = None, **fields: Any) -> Saved[Act]:
        values = clean("act", fields, creating=False)
        with self._db.transaction() as s:
            row = self._draft_act(s, act_id)
            if victim_id is not None:
                get_row(s, PersonRow, "person", victim_id)
                row.victim_id = victim_id
            for name, value in values.items():
                setattr(row, name, value)
            return Saved(self._act(s, row), touched(cases=[row.case_id]))

    def remove(self, act_id: str) -> Saved[None]:
        with self._db.transaction() as s:
            row = self._draft_act(s, act_id)
            s.delete(row)
            return Saved(None, touched(cases=[row.case_id]))

    def for_case(self, case_id: str) -> list[Act]:
        with self._db.reading() as s:
            return load_acts(s, case_id)

    def set_arrest(self, act_id: str, **fields: Any) -> Saved[Act]:
        """Record or change the arrest details of an act (a detention)."""
        values = clean("arrest", fields, creating=False)
        with self._db.transaction() as s:
            act = self._draft_act(s, act_id)
            arrest = s.get(ArrestRow, act_id)
            if arrest is None:
                arrest = ArrestRow(act_id=act_id, **{**_ARREST_DEFAULTS, **values})
                s.add(arrest)
            else:
                for name, value in values.items():
                    setattr(arrest, name, value)
            s.flush()
            return Saved(self._act(s, act), touched(cases=[act.case_id]))

    def clear_arrest(self, act_id: str) -> Saved[Act]:
        with self._db.transaction() as s:
            act = self._draft_act(s, act_id)
            arrest = s.get(ArrestRow, act_id)
            if arrest is not None:
                s.delete(arrest)
                s.flush()
            return Saved(self._act(s, act), touched(cases=[act.case_id]))

    def add_involvement(
        self, act_id: str, perpetrator_id: str, **fields: Any
    ) -> Saved[Involvement]:
        """Link a perpetrator (a person or a unit such as a police force) to an act."""
        values = clean("involvement", fields, creating=True)
        with self._db.transaction() as s:
            act = self._draft_act(s, act_id)
            get_row(s, PersonRow, "person", perpetrator_id)
            row = InvolvementRow(
                id=new_id(), act_id=act_id, perpetrator_id=perpetrator_id, **values
            )
            s.add(row)
            s.flush()
            return Saved(
                from_row(Involvement, row), touched(cases=[act.case_id], persons=[perpetrator_id])
            )

    def update_involvement(self, involvement_id: str, **fields: Any) -> Saved[Involvement]:
        values = clean("involvement", fields, creating=False)
        with self._db.transaction() as s:
            row = get_row(s, InvolvementRow, "involvement", involvement_id)
            act = self._draft_act(s, row.act_id)
            for name, value in values.items():
                setattr(row, name, value)
            return Saved(from_row(Involvement, row), touched(cases=[act.case_id]))

    def remove_involvement(self, involvement_id: str) -> Saved[None]:
        with self._db.transaction() as s:
            row = get_row(s, InvolvementRow, "involvement", involvement_id)
            act = self._draft_act(s, row.act_id)
            s.delete(row)
            return Saved(None, touched(cases=[act.case_id]))

    @staticmethod
    def _draft_act(session: Session, act_id: str) -> ActRow:
        row = get_row(session, ActRow, "act", act_id)
        draft_case(session, row.case_id)
        return row

    @staticmethod
    def _act(session: Session, row: ActRow) -> Act:
        session.flush()
        return next(a for a in load_acts(session, row.case_id) if a.id == row.id)
