"""The History tab's page: the case's audit log and each evidence item's custody chain, in words.

Built as HTML for a read-only QTextBrowser: selectable, copyable, read by screen readers. Every
string from the vault (titles, file names) is escaped; nothing is loaded from outside.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from defender_app.models.evidence_text import local_time, short_size
from forms.text import QT_TRANSLATE_NOOP
from storage.records import AuditEntry, CustodyEntry, Evidence

RED = "#a40000"
GREEN = "#2a7a2a"
MUTED = "#666666"

_AUDIT = {
    ("case", "created"): QT_TRANSLATE_NOOP("HistoryText", "Case created"),
    ("case", "finalized"): QT_TRANSLATE_NOOP("HistoryText", "Finalized version %1"),
    ("case", "correction_started"): QT_TRANSLATE_NOOP(
        "HistoryText", "Correction started: version %1 opened for changes"
    ),
    ("case", "deleted"): QT_TRANSLATE_NOOP("HistoryText", "Case deleted"),
    ("testimony", "created"): QT_TRANSLATE_NOOP("HistoryText", "Testimony added"),
    ("testimony", "consent_recorded"): QT_TRANSLATE_NOOP(
        "HistoryText", "Consent recorded (version %1)"
    ),
    ("testimony", "consent_withdrawn"): QT_TRANSLATE_NOOP(
        "HistoryText", "Consent withdrawn (version %1)"
    ),
    ("evidence", "imported"): QT_TRANSLATE_NOOP("HistoryText", "Evidence imported: “%2”"),
    ("evidence", "exported"): QT_TRANSLATE_NOOP(
        "HistoryText", "Original exported, not encrypted: “%2”"
    ),
}
_CUSTODY = {
    "collected": QT_TRANSLATE_NOOP("HistoryText", "Collected: imported into the vault"),
    "received": QT_TRANSLATE_NOOP("HistoryText", "Received"),
    "transferred": QT_TRANSLATE_NOOP("HistoryText", "Transferred"),
    "copied": QT_TRANSLATE_NOOP("HistoryText", "Copied"),
    "accessed": QT_TRANSLATE_NOOP("HistoryText", "Viewed (decrypted in memory)"),
    "verified": QT_TRANSLATE_NOOP("HistoryText", "Verified"),
    "exported": QT_TRANSLATE_NOOP("HistoryText", "Original exported, not encrypted"),
    "sealed": QT_TRANSLATE_NOOP("HistoryText", "Packed and sealed"),
    "returned": QT_TRANSLATE_NOOP("HistoryText", "Returned"),
    "destroyed": QT_TRANSLATE_NOOP("HistoryText", "Destroyed"),
}

# Body values the action's own words already say ("Viewed", "imported into the vault").
_SAID_BY_THE_ACTION = {("purpose", "view"), ("medium", "import")}


@dataclass(frozen=True)
class CustodyChain:
    item: Evidence
    entries: list[CustodyEntry]
    broken: list[int]  # positions (1-based) of entries that do not verify


@dataclass(frozen=True)
class CaseHistory:
    audit: list[AuditEntry]
    chains: list[CustodyChain]


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("HistoryText", text, None, n)


def _fields(detail: str) -> dict[str, str]:
    """'version=2 sha256=ab…' → {'version': '2', 'sha256': 'ab…'}."""
    return dict(part.split("=", 1) for part in detail.split() if "=" in part)


def _hash(sha: str) -> str:
    return f'<span style="font-family: monospace; color: {MUTED};">{escape(sha)}</span>'


def _timezone() -> str:
    offset = dt.datetime.now().astimezone().strftime("%z")  # e.g. -0600
    return f"UTC{offset[:3].replace('-', '−')}:{offset[3:]}" if offset else "UTC"


def audit_action(entry: AuditEntry, titles: dict[str, str]) -> tuple[str, str]:
    """('Evidence imported: “IMG_0001”', further details) as HTML."""
    template = _AUDIT.get((entry.entity, entry.action))
    fields = _fields(entry.detail)
    if template is None:
        text = escape(f"{entry.entity}: {entry.action.replace('_', ' ')}")
    else:
        text = (
            escape(_t(template))
            .replace("%1", escape(fields.get("version", "?")))
            .replace("%2", escape(titles.get(entry.record_id, "?")))
        )
    if "sha256" in fields and entry.entity == "case":  # an item's hash is in its custody chain
        fingerprint = _t("Fingerprint of this version (SHA-256): %1")
        return text, fingerprint.replace("%1", _hash(fields["sha256"]))
    return text, ""


def custody_details(body: dict[str, Any]) -> str:
    """The facts of one custody entry in words, as HTML: the hash, then the rest on one line."""
    lines: list[str] = []
    if "sha256" in body:
        lines.append(_t("SHA-256: %1").replace("%1", _hash(str(body["sha256"]))))
    facts: list[str] = []
    if isinstance(body.get("size"), int):
        facts.append(escape(short_size(body["size"])))
    if body.get("matches") is False:
        facts.append(
            f'<b style="color: {RED};">'
            + escape(_t("hash checked: it does NOT match the original"))
            + "</b>"
        )
    elif body.get("hash_verified"):
        facts.append(escape(_t("hash checked: matches")))
    for key in ("purpose", "medium", "place", "notes"):
        value = body.get(key)
        if (key, value) in _SAID_BY_THE_ACTION or not isinstance(value, str) or not value:
            continue
        facts.append(escape(value))
    if facts:
        lines.append(" · ".join(facts))
    return "<br>".join(lines)


def chain_status(chain: CustodyChain) -> str:
    if not chain.entries:
        return f'<p style="color: {MUTED};">' + escape(_t("No custody entries.")) + "</p>"
    if not chain.broken:
        text = _t(
            "✔ Chain intact: every entry is sealed to the one before (%n in all).",
            len(chain.entries),
        )
        return f'<p style="color: {GREEN};"><b>' + escape(text) + "</b></p>"
    where = QLocale().createSeparatedList([str(n) for n in chain.broken])
    text = (
        _t("✘ Chain broken at entry %1")
        if len(chain.broken) == 1
        else _t("✘ Chain broken at entries %1")
    ).replace("%1", where)
    warning = _t("An entry was changed or removed after it was written. Ask for help.")
    return f'<p style="color: {RED};"><b>{escape(text)}</b> — {escape(warning)}</p>'


def _table(rows: list[tuple[str, str, str]], bad_rows: Collection[int] = ()) -> str:
    html = ['<table cellspacing="0" cellpadding="4" width="100%">']
    for i, (when, what, details) in enumerate(rows, start=1):
        style = f' style="color: {RED};"' if i in bad_rows else ""
        html.append(
            f'<tr{style}><td valign="top" width="150">{escape(when)}</td>'
            f'<td valign="top"><b>{what}</b>' + (f"<br>{details}" if details else "") + "</td></tr>"
        )
    html.append("</table>")
    return "".join(html)


def history_html(history: CaseHistory) -> str:
    titles = {c.item.id: c.item.title or c.item.original_filename for c in history.chains}
    html = [
        "<h3>" + escape(_t("What happened to this case")) + "</h3>",
        f'<p style="color: {MUTED};">'
        + escape(_t("Times are local (%1).").replace("%1", _timezone()))
        + "</p>",
        _table([(local_time(e.at_utc), *audit_action(e, titles)) for e in history.audit]),
        "<h3>" + escape(_t("Chain of custody of each evidence item")) + "</h3>",
    ]
    if not history.chains:
        html.append("<p>" + escape(_t("No evidence in this case yet.")) + "</p>")
    for chain in history.chains:
        item = chain.item
        heading = (
            f"“{item.title}” ({item.original_filename})" if item.title else item.original_filename
        )
        html.append("<h4>" + escape(heading) + "</h4>")
        html.append(chain_status(chain))
        rows = [
            (
                local_time(e.at_utc),
                escape(_t(_CUSTODY.get(e.action, e.action))),
                custody_details(dict(e.body)),
            )
            for e in chain.entries
        ]
        html.append(_table(rows, chain.broken))
    return "".join(html)
