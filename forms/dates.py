"""Dates with their precision (HURIDOCS MT48): testimonies rarely give exact dates."""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass

from forms.errors import ValidationError
from forms.text import QT_TRANSLATE_NOOP


class DatePrecision(enum.StrEnum):
    """How much of a date is known (MT48 date types plus 'exact')."""

    EXACT = "exact"
    UNKNOWN_DAY = "unknown_day"
    UNKNOWN_MONTH_AND_DAY = "unknown_month_day"
    ESTIMATE = "estimate"


_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date of which only the year, or year and month, may be known; or an estimate."""

    year: int
    month: int | None = None
    day: int | None = None
    estimate: bool = False

    @property
    def precision(self) -> DatePrecision:
        if self.estimate:
            return DatePrecision.ESTIMATE
        if self.month is None:
            return DatePrecision.UNKNOWN_MONTH_AND_DAY
        if self.day is None:
            return DatePrecision.UNKNOWN_DAY
        return DatePrecision.EXACT

    def iso(self) -> str:
        """'2026', '2026-03' or '2026-03-14': sorts and compares as text."""
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
            if self.day is not None:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)

    @classmethod
    def parse(cls, text: str, precision: str | None = None) -> PartialDate:
        """Read YYYY, YYYY-MM or YYYY-MM-DD; refuse dates that do not exist (2026-02-30)."""
        match = _DATE_RE.match(text.strip())
        if not match:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "“{text}” is not a date. Write it as YYYY, YYYY-MM or YYYY-MM-DD."
                ),
                text=text,
            )
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        try:
            dt.date(year, month or 1, day or 1)
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "“{text}” is not a real date. Check the day and the month."
                ),
                text=text,
            ) from None
        if year < 1900 or year > 2200:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The year in “{text}” is out of range."), text=text
            )
        if precision is not None and precision not in set(DatePrecision):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Unknown date precision “{precision}”."),
                precision=precision,
            )
        return cls(year, month, day, estimate=precision == DatePrecision.ESTIMATE)

    @classmethod
    def from_stored(cls, iso: str | None, precision: str | None) -> PartialDate | None:
        """Rebuild a date that storage wrote with `iso()` and `precision`."""
        if not iso:
            return None
        return cls.parse(iso, precision)
