"""The desk's counts of attacks: acts in the latest versions, by type, perpetrator, state, month.

Counted in SQL over the index tables (storage.desk_index), never by reading snapshots. Unlike
the public export's aggregates (forms.redaction), nothing is suppressed: this stays at the desk.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from forms.esf import _cell as csv_cell
from storage.desk_index import matching_ids
from storage.desk_records import RegistryFilter, Report, ReportFilterEcho
from storage.desk_tables import DeskRecordActRow, DeskRecordPerpetratorRow, DeskRecordRow

Counts = tuple[tuple[str, int], ...]
SECTIONS = ("type", "perpetrator", "state", "month")  # report_csv's section names


def _by_count(rows: Iterable[Any]) -> Counts:
    return tuple(sorted(((k or "", n) for k, n in rows), key=lambda kn: (-kn[1], kn[0])))


def _by_month(rows: Iterable[Any]) -> Counts:
    """Chronological; acts of unknown month ("") last."""
    return tuple(sorted(((k or "", n) for k, n in rows), key=lambda kn: (kn[0] == "", kn[0])))


def count_acts(s: Session, filters: RegistryFilter) -> Report:
    acts = DeskRecordActRow
    in_scope = acts.record_id.in_(matching_ids(filters))

    def grouped(key: Any, *joins: Any) -> list[Any]:
        query = select(key, func.count()).select_from(acts)
        for target, on, outer in joins:
            query = query.join(target, on, isouter=outer)
        return list(s.execute(query.where(in_scope).group_by(key)))

    perpetrators = DeskRecordPerpetratorRow
    same_act = and_(perpetrators.record_id == acts.record_id, perpetrators.act_id == acts.act_id)
    month = case((func.length(acts.start_date) >= 7, func.substr(acts.start_date, 1, 7)), else_="")
    by_type = _by_count(grouped(acts.type_of_act))
    records = s.scalar(select(func.count()).select_from(matching_ids(filters).subquery()))
    return Report(
        basis=ReportFilterEcho(filters, records or 0, sum(n for _, n in by_type)),
        by_type=by_type,
        by_perpetrator=_by_count(
            grouped(
                func.coalesce(perpetrators.perpetrator_type, ""), (perpetrators, same_act, True)
            )
        ),
        by_state=_by_count(
            grouped(
                DeskRecordRow.state_region,
                (DeskRecordRow, DeskRecordRow.record_id == acts.record_id, False),
            )
        ),
        by_month=_by_month(grouped(month)),
    )


def report_csv(report: Report) -> str:
    """The report as a plain table: section,key,count (spreadsheet formulas neutralised)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["section", "key", "count"])
    sections = (report.by_type, report.by_perpetrator, report.by_state, report.by_month)
    for name, counts in zip(SECTIONS, sections, strict=True):
        writer.writerows([name, csv_cell(key), n] for key, n in counts)
    return out.getvalue()
