"""A received record written out for the desk's detail pane, as escaped HTML.

The snapshot is storage.snapshot.case_snapshot's JSON shape (what the device sealed), read
as plain mappings; nothing here touches the vault.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from defender_app.i18n import date_text, datetime_text, translate
from defender_app.widgets.person_labels import roles_text
from forms.consent import USES, Consent
from forms.errors import ValidationError
from forms.pdf.registry_report import code_label

Snapshot = Mapping[str, Any]


def _paragraphs(text: str) -> str:
    chunks = [c.strip() for c in str(text).split("\n\n") if c.strip()]
    return "".join(f"<p>{escape(c).replace(chr(10), '<br/>')}</p>" for c in chunks)


def _heading(text: str, level: int = 4) -> str:
    return f"<h{level}>{escape(text)}</h{level}>"


def _note(text: str) -> str:
    return f"<p><i>{escape(text)}</i></p>"


def _line(label: str, value: str) -> str:
    return f"<b>{escape(label)}:</b> {escape(value)}<br/>" if value else ""


def people_names(snapshot: Snapshot) -> dict[str, str]:
    """Person id → name, else pseudonym, else other names (as the field app shows them)."""
    names = {}
    for p in snapshot.get("participants", ()):
        names[p["id"]] = (
            p.get("name")
            or p.get("pseudonym")
            or p.get("other_names")
            or translate("RecordText", "(no name)")
        )
    return names


def place(case: Mapping[str, Any]) -> str:
    parts = (case.get("community"), case.get("municipality"), case.get("state_region"))
    return ", ".join(p for p in parts if p)


def summary_html(snapshot: Snapshot, lang: str) -> str:
    """The case, its people and its acts."""
    case = snapshot.get("case", {})
    names = people_names(snapshot)
    dates = date_text(case.get("start_date"))
    if case.get("end_date"):
        dates = (
            translate("RecordText", "%1 to %2")
            .replace("%1", dates)
            .replace("%2", date_text(case["end_date"]))
        )
    attacks = "; ".join(code_label("act_type", c, lang) for c in case.get("attack_types", ()))
    html = [
        _heading(case.get("title") or translate("RecordText", "(untitled)"), 3),
        _line(translate("RecordText", "Folio"), case.get("folio", "")),
        _line(translate("RecordText", "Dates"), dates),
        _line(translate("RecordText", "Place"), place(case)),
        _line(translate("RecordText", "Types of attack"), attacks),
    ]
    if case.get("description"):
        html += [
            _heading(translate("RecordText", "What happened")),
            _paragraphs(case["description"]),
        ]
    if case.get("impact"):
        html += [_heading(translate("RecordText", "Impact")), _paragraphs(case["impact"])]
    html += [_heading(translate("RecordText", "People")), "<ul>"]
    for p in snapshot.get("participants", ()):
        who = escape(names[p["id"]])
        html.append(f"<li>{who} — {escape(roles_text(p.get('roles', ())))}</li>")
    html.append("</ul>")
    html += [_heading(translate("RecordText", "Acts")), "<ul>"]
    for act in snapshot.get("acts", ()):
        html.append(f"<li>{act_html(act, names, lang)}</li>")
    html.append("</ul>")
    return "".join(html)


def act_html(act: Mapping[str, Any], names: Mapping[str, str], lang: str) -> str:
    kind = code_label("act_type", act.get("type_of_act", ""), lang)
    parts = [f"<b>{escape(kind)}</b>"]
    if act.get("start_date"):
        parts.append(escape(date_text(act["start_date"])))
    parts.append(
        escape(
            translate("RecordText", "victim: %1").replace(
                "%1", names.get(act.get("victim_id", ""), "")
            )
        )
    )
    perpetrators = []
    for inv in act.get("involvements", ()):
        types = ", ".join(
            code_label("perpetrator_type", c, lang) for c in inv.get("perpetrator_types", ())
        )
        who = names.get(inv.get("perpetrator_id", ""), "")
        perpetrators.append(f"{who} ({types})" if types else who)
    if perpetrators:
        parts.append(
            escape(
                translate("RecordText", "perpetrators: %1").replace("%1", "; ".join(perpetrators))
            )
        )
    if act.get("exact_location"):
        parts.append(escape(act["exact_location"]))
    return " — ".join(parts)


def consent_html(body: Mapping[str, Any] | None) -> str:
    if not body:
        return _note(translate("RecordText", "No consent is recorded for this testimony."))
    fields = {k: v for k, v in body.items() if k not in ("version", "created_at")}
    try:
        consent = Consent.from_json(fields)
    except ValidationError:
        return _note(translate("RecordText", "The consent record could not be read."))
    allowed = [tr_consent(USES[u]) for u in USES if consent.allows(u)]
    refused = [tr_consent(USES[u]) for u in USES if not consent.allows(u)]
    head = translate("RecordText", "Consent (version %1, given on %2)").replace(
        "%1", str(body.get("version", ""))
    )
    head = head.replace("%2", date_text(consent.given_on) or "—")
    html = [f"<p><b>{escape(head)}</b><br/>"]
    html.append(_line(translate("RecordText", "Agreed to"), "; ".join(allowed) or "—"))
    html.append(_line(translate("RecordText", "Not agreed to"), "; ".join(refused) or "—"))
    if consent.withdrawn_on:
        html.append(_line(translate("RecordText", "Withdrawn on"), date_text(consent.withdrawn_on)))
    html.append("</p>")
    return "".join(html)


def tr_consent(text: str) -> str:
    return translate("Consent", text)


def testimonies_html(snapshot: Snapshot) -> str:
    """Each testimony with its full narrative and the consent it was given under."""
    names = people_names(snapshot)
    testimonies = list(snapshot.get("testimonies", ()))
    if not testimonies:
        return _note(translate("RecordText", "This record has no testimonies."))
    html = []
    for n, t in enumerate(testimonies, 1):
        who = names.get(t.get("interviewee_id") or "", "")
        heading = translate("RecordText", "Testimony %1").replace("%1", str(n))
        if who:
            heading = (
                translate("RecordText", "Testimony %1: %2").replace("%1", str(n)).replace("%2", who)
            )
        html.append(f"<h3>{escape(heading)}</h3>")
        html.append(_line(translate("RecordText", "Taken on"), date_text(t.get("taken_on"))))
        html.append(_line(translate("RecordText", "Place"), t.get("place_general", "")))
        html.append(_line(translate("RecordText", "Language"), t.get("language", "")))
        if t.get("summary"):
            html += [_heading(translate("RecordText", "Summary")), _paragraphs(t["summary"])]
        html += [
            _heading(translate("RecordText", "Narrative")),
            _paragraphs(t.get("narrative", "")),
        ]
        html.append(consent_html(t.get("consent")))
    return "".join(html)


def via_text(via: str) -> str:
    return {
        "relay": translate("RecordText", "relay"),
        "bundle": translate("RecordText", "courier bundle"),
    }.get(via, via)


def when(iso: str | None) -> str:
    return datetime_text(iso) if iso else ""


def evidence_titles(snapshot: Snapshot) -> dict[str, str]:
    """Evidence id → its title or, failing that, its original file name."""
    return {
        e["id"]: e.get("title") or e.get("original_filename") or ""
        for e in snapshot.get("evidence", ())
    }
