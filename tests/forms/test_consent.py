from __future__ import annotations

import pytest

from forms.consent import USES, Consent
from forms.errors import ValidationError


def test_consent_is_per_use_and_withdrawal_wins() -> None:
    consent = Consent.for_uses(["store", "amparo", "partners"])
    assert consent.allows("amparo") and not consent.allows("media")
    partly = Consent(uses=consent.uses, withdrawn_on="2026-05-01", withdrawn_uses=("partners",))
    assert partly.allows("amparo") and not partly.allows("partners")
    everything = Consent(uses=consent.uses, withdrawn_on="2026-05-01")
    assert not any(everything.allows(use) for use in USES)


def test_json_round_trip_and_validation() -> None:
    consent = Consent.for_uses(["store"])
    assert Consent.from_json(consent.to_json()) == consent
    for bad in (
        {"uses": {"store": "yes"}},
        {"uses": {"space": True}},
        {"method": "telepathy"},
        {"colour": "red"},
        {"given_on": "2026-02-30"},
        {"blur_face": "no"},
    ):
        with pytest.raises(ValidationError):
            Consent.from_json(bad)
