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

from defender_app.i18n import translate
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
    ("case", "exported"): QT_TRANSLATE_NOOP(
        "HistoryText", "Case exported to a file, not encrypted"
    ),
    ("case", "imported"): QT_TRANSLATE_NOOP("HistoryText", "Case imported from a file"),
    ("case", "delivered"): QT_TRANSLATE_NOOP("HistoryText", "Version %1 delivered to the registry"),
    ("case", "local_copy_deleted"): QT_TRANSLATE_NOOP(
        "HistoryText", "Local copy deleted after delivery to the registry"
    ),
    ("testimony", "created"): QT_TRANSLATE_NOOP("HistoryText", "Testimony added"),
    ("testimony", "consent_recorded"): QT_TRANSLATE_NOOP(
        "HistoryText", "Consent recorded (version %1)"
    ),
    ("testimony", "consent_withdrawn"): QT_TRANSLATE_NOOP(
        "HistoryText", "Consent withdrawn (version %1)"
    ),
    ("document", "drafted"): QT_TRANSLATE_NOOP("HistoryText", "Document draft started"),
    ("document", "rendered"): QT_TRANSLATE_NOOP(
        "HistoryText", "Document prepared as PDF from version %1 of the records"
    ),
    ("document", "exported"): QT_TRANSLATE_NOOP(
        "HistoryText", "Document exported as a PDF file, not encrypted"
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
            escape(translate("HistoryText", template))
            .replace("%1", escape(fields.get("version", "?")))
            .replace("%2", escape(titles.get(entry.record_id, "?")))
        )
    if "sha256" in fields and entry.entity == "case":  # an item's hash is in its custody chain
        fingerprint = translate("HistoryText", "Fingerprint of this version (SHA-256): %1")
        return text, fingerprint.replace("%1", _hash(fields["sha256"]))
    return text, ""


def custody_details(body: dict[str, Any]) -> str:
    """The facts of one custody entry in words, as HTML: the hash, then the rest on one line."""
    lines: list[str] = []
    if "sha256" in body:
        lines.append(
            translate("HistoryText", "SHA-256: %1").replace("%1", _hash(str(body["sha256"])))
        )
    facts: list[str] = []
    if isinstance(body.get("size"), int):
        facts.append(escape(short_size(body["size"])))
    if body.get("matches") is False:
        facts.append(
            f'<b style="color: {RED};">'
            + escape(translate("HistoryText", "hash checked: it does NOT match the original"))
            + "</b>"
        )
    elif body.get("hash_verified"):
        facts.append(escape(translate("HistoryText", "hash checked: matches")))
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
        return (
            f'<p style="color: {MUTED};">'
            + escape(translate("HistoryText", "No custody entries."))
            + "</p>"
        )
    if not chain.broken:
        text = QCoreApplication.translate(
            "HistoryText",
            "✔ Chain intact: every entry is sealed to the one before (%n in all).",
            None,
            len(chain.entries),
        )
        return f'<p style="color: {GREEN};"><b>' + escape(text) + "</b></p>"
    where = QLocale().createSeparatedList([str(n) for n in chain.broken])
    text = QCoreApplication.translate(
        "HistoryText", "✘ Chain broken at entry %1", None, len(chain.broken)
    ).replace("%1", where)
    warning = translate(
        "HistoryText", "An entry was changed or removed after it was written. Ask for help."
    )
    return f'<p style="color: {RED};"><b>{escape(text)}</b> — {escape(warning)}</p>'


def _table(rows: list[tuple[str, str, str]], bad_rows: Collection[int] = ()) -> str:
    html = ['<table cellspacing="0" cellpadding="4" width="100%">']
    for i, (when, what, details) in enumerate(rows, start=1):
        style = f' style="color: {RED};"' if i in bad_rows else ""
        html.append(
            f'<tr{style}><td valign="top" width="190">{escape(when)}</td>'
            f'<td valign="top"><b>{what}</b>' + (f"<br>{details}" if details else "") + "</td></tr>"
        )
    html.append("</table>")
    return "".join(html)


def history_html(history: CaseHistory) -> str:
    titles = {c.item.id: c.item.title or c.item.original_filename for c in history.chains}
    html = [
        "<h3>" + escape(translate("HistoryText", "What happened to this case")) + "</h3>",
        f'<p style="color: {MUTED};">'
        + escape(translate("HistoryText", "Times are local (%1).").replace("%1", _timezone()))
        + "</p>",
        _table([(local_time(e.at_utc), *audit_action(e, titles)) for e in history.audit]),
        "<h3>"
        + escape(translate("HistoryText", "Chain of custody of each evidence item"))
        + "</h3>",
    ]
    if not history.chains:
        html.append(
            "<p>" + escape(translate("HistoryText", "No evidence in this case yet.")) + "</p>"
        )
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
                escape(translate("HistoryText", _CUSTODY.get(e.action, e.action))),
                custody_details(dict(e.body)),
            )
            for e in chain.entries
        ]
        html.append(_table(rows, chain.broken))
    return "".join(html)
