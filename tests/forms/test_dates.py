from __future__ import annotations

import pytest

from forms.dates import DatePrecision, PartialDate
from forms.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("2026", "2026", DatePrecision.UNKNOWN_MONTH_AND_DAY),
        ("2026-03", "2026-03", DatePrecision.UNKNOWN_DAY),
        (" 2026-03-14 ", "2026-03-14", DatePrecision.EXACT),
        ("2024-02-29", "2024-02-29", DatePrecision.EXACT),
    ],
)
def test_partial_dates_keep_their_precision(text: str, iso: str, precision: DatePrecision) -> None:
    date = PartialDate.parse(text)
    assert (date.iso(), date.precision) == (iso, precision)


def test_estimate_is_a_precision_of_its_own() -> None:
    assert PartialDate.parse("2026-03", "estimate").precision is DatePrecision.ESTIMATE


@pytest.mark.parametrize(
    "text", ["2026-02-30", "2025-02-29", "2026-13", "14/03/2026", "", "2026-3-1", "1800"]
)
def test_impossible_or_malformed_dates_are_refused_clearly(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        PartialDate.parse(text)
    assert "date" in info.value.text() or "year" in info.value.text()
