"""Timestamps as ISO-8601 UTC text: sortable, portable, and what the logs chain over."""

import datetime as dt


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
