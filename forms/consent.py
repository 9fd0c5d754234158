"""Informed consent, per use (DOMAIN.md §3.2): what the person agreed to, how, and withdrawals."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from forms.dates import PartialDate
from forms.errors import ValidationError
from forms.text import QT_TRANSLATE_NOOP

C = "Consent"

# Each use is asked separately: consent is purpose-specific.
USES: dict[str, str] = {
    "store": QT_TRANSLATE_NOOP("Consent", "Keep in the organisation's records"),
    "amparo": QT_TRANSLATE_NOOP("Consent", "Use in an amparo"),
    "commission": QT_TRANSLATE_NOOP("Consent", "Share with the CNDH or a state commission"),
    "iachr_precautionary": QT_TRANSLATE_NOOP("Consent", "IACHR precautionary measures"),
    "iachr_petition": QT_TRANSLATE_NOOP("Consent", "IACHR petition"),
    "protection_mechanism": QT_TRANSLATE_NOOP("Consent", "Protection Mechanism"),
    "un_procedures": QT_TRANSLATE_NOOP("Consent", "UN special procedures"),
    "prosecutor": QT_TRANSLATE_NOOP("Consent", "Criminal complaint (prosecutor)"),
    "partners": QT_TRANSLATE_NOOP("Consent", "Partner organisations and networks"),
    "media": QT_TRANSLATE_NOOP("Consent", "Media"),
    "public_reports": QT_TRANSLATE_NOOP("Consent", "Public reports"),
    "statistics": QT_TRANSLATE_NOOP("Consent", "Anonymous statistics only"),
}
# Uses before a court or a quasi-jurisdictional body (the "court" export profile).
JURISDICTIONAL_USES = frozenset(
    {
        "amparo",
        "commission",
        "iachr_precautionary",
        "iachr_petition",
        "protection_mechanism",
        "un_procedures",
        "prosecutor",
    }
)

DISCLOSURES: dict[str, str] = {
    "who_we_are": QT_TRANSLATE_NOOP("Consent", "Who we are and why we document"),
    "purpose": QT_TRANSLATE_NOOP("Consent", "The purpose and every intended use"),
    "who_sees": QT_TRANSLATE_NOOP("Consent", "Who will see the information"),
    "risks": QT_TRANSLATE_NOOP("Consent", "The risks, including online reach"),
    "confidentiality_limits": QT_TRANSLATE_NOOP("Consent", "The limits of confidentiality"),
    "voluntary": QT_TRANSLATE_NOOP(
        "Consent", "Taking part is voluntary; support does not depend on it"
    ),
    "may_refuse": QT_TRANSLATE_NOOP("Consent", "The right to refuse any question, pause or stop"),
    "withdrawal": QT_TRANSLATE_NOOP(
        "Consent", "The right to withdraw later, and what that cannot undo"
    ),
    "retention": QT_TRANSLATE_NOOP("Consent", "How long the data is kept, and where"),
}

METHODS = ("written", "thumbprint", "oral_recorded", "witnessed_verbal")
GIVEN_BY = ("person", "guardian", "community")
NAME_MODES = ("real", "pseudonym", "code")
LOCATION_MODES = ("exact", "municipality", "none")


@dataclass(frozen=True)
class Consent:
    """One version of a consent record; a change is a new version, never an overwrite."""

    uses: Mapping[str, bool] = field(default_factory=dict)
    disclosures: tuple[str, ...] = ()
    method: str = ""
    given_by: str = "person"
    guardian: str = ""
    child_assent: bool | None = None
    capacity_checked: bool | None = None
    language: str = ""
    interpreter: str = ""
    given_on: str = ""
    place: str = ""
    obtained_by: str = ""
    witness: str = ""
    form_version: str = ""
    name_mode: str = "pseudonym"
    blur_face: bool = True
    alter_voice: bool = True
    location_mode: str = "municipality"
    family_details: bool = False
    record_audio: bool = False
    record_video: bool = False
    record_photo: bool = False
    recordings_may_leave_device: bool = False
    medical_exam: bool | None = None
    share_medical_report: bool | None = None
    safe_contact: str = ""
    review_on: str = ""
    withdrawn_on: str = ""
    withdrawn_uses: tuple[str, ...] = ()  # empty with withdrawn_on set: every use
    withdrawal_reason: str = ""
    withdrawal_actions: str = ""

    def allows(self, use: str) -> bool:
        """Whether the person agreed to `use` and has not withdrawn it."""
        if self.withdrawn_on and (not self.withdrawn_uses or use in self.withdrawn_uses):
            return False
        return bool(self.uses.get(use, False))

    def to_json(self) -> dict[str, Any]:
        body = asdict(self)
        body["uses"] = dict(sorted(self.uses.items()))
        body["disclosures"] = list(self.disclosures)
        body["withdrawn_uses"] = list(self.withdrawn_uses)
        return body

    @classmethod
    def from_json(cls, body: Mapping[str, Any]) -> Consent:
        """Validate a stored or imported body; unknown keys and values are refused."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(body) - known)
        if unknown:
            raise _invalid(
                QT_TRANSLATE_NOOP("Errors", "Unknown consent item “{item}”."), item=unknown[0]
            )
        values = dict(body)
        uses = values.get("uses", {})
        if not isinstance(uses, Mapping) or not all(isinstance(v, bool) for v in uses.values()):
            raise _invalid(QT_TRANSLATE_NOOP("Errors", "Each consent use must be yes or no."))
        _require_known(uses, USES)
        values["uses"] = dict(uses)
        for name, allowed in (("disclosures", DISCLOSURES), ("withdrawn_uses", USES)):
            items = values.get(name, ())
            if not isinstance(items, list | tuple):
                raise _invalid(
                    QT_TRANSLATE_NOOP("Errors", "Consent item “{item}” must be a list."), item=name
                )
            _require_known(items, allowed)
            values[name] = tuple(items)
        for name, allowed_values in (
            ("method", ("", *METHODS)),
            ("given_by", GIVEN_BY),
            ("name_mode", NAME_MODES),
            ("location_mode", LOCATION_MODES),
        ):
            if name in values and values[name] not in allowed_values:
                raise _invalid(
                    QT_TRANSLATE_NOOP(
                        "Errors", "“{value}” is not a choice for consent item “{item}”."
                    ),
                    value=values[name],
                    item=name,
                )
        for name in ("given_on", "review_on", "withdrawn_on"):
            if values.get(name):
                values[name] = PartialDate.parse(str(values[name])).iso()
        consent = cls(**values)
        for f in fields(cls):
            value = getattr(consent, f.name)
            expected = {"bool": bool, "str": str}.get(str(f.type).replace(" | None", ""))
            if expected and value is not None and not isinstance(value, expected):
                raise _invalid(
                    QT_TRANSLATE_NOOP("Errors", "Consent item “{item}” has the wrong type."),
                    item=f.name,
                )
        return consent

    @classmethod
    def for_uses(cls, uses: list[str]) -> Consent:
        """Consent to exactly `uses` (every other use answered no)."""
        _require_known(uses, USES)
        return cls(uses={use: use in uses for use in USES})


def _require_known(items: Any, allowed: Mapping[str, str]) -> None:
    for item in items:
        if item not in allowed:
            raise _invalid(
                QT_TRANSLATE_NOOP("Errors", "“{item}” is not a known consent item."), item=item
            )


def _invalid(message: str, **args: Any) -> ValidationError:
    return ValidationError(message, field_name="consent", **args)
