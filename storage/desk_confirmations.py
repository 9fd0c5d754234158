"""Which field devices' keys the desk vouches for itself, and the desk keys its codes carried.

The relay certifies every device it enrolls, but a relay in the wrong hands could certify one
it made up. So the desk imports from a device only once it has confirmed the device's key
itself: by the binding a code from this desk let the device make (checked by the sync layer
under the desk key kept here), or by a coordinator who compared the key's fingerprint with the
defender by phone. A confirmation holds for the key it was made for, never for another.
Helpers take a session and never commit.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.audit import append_audit
from storage.clock import utc_now
from storage.desk_import import AUDIT_ENTITY
from storage.desk_tables import DeskConfirmationRow, DeskEnrollKeyRow

BY_BINDING, BY_HAND = "binding", "by_hand"


def confirmed_keys(s: Session) -> dict[str, bytes]:
    """device id -> the key the desk confirmed for it."""
    return {r.device_id: r.sign_pk for r in s.scalars(select(DeskConfirmationRow))}


def confirm(s: Session, device_id: str, sign_pk: bytes, how: str) -> bool:
    """Vouch for `sign_pk` as the device's key; False when it already was (audited once)."""
    row = s.get(DeskConfirmationRow, device_id)
    if row is not None and row.sign_pk == sign_pk:
        return False
    row = row or DeskConfirmationRow(device_id=device_id)
    row.sign_pk, row.how, row.confirmed_at = sign_pk, how, utc_now()
    s.add(row)
    append_audit(s, AUDIT_ENTITY, device_id, "device_confirmed", f"by={how}")
    return True


def keep_enroll_key(s: Session, token_hash: str, desk_key: bytes) -> None:
    s.add(DeskEnrollKeyRow(token_hash=token_hash, desk_key=desk_key, issued_at=utc_now()))
    append_audit(s, AUDIT_ENTITY, "devices", "enroll_code_issued", f"token={token_hash[:16]}")


def enroll_keys(s: Session) -> dict[str, bytes]:
    """token hash (hex) -> the desk key of the code built around that token."""
    return {r.token_hash: r.desk_key for r in s.scalars(select(DeskEnrollKeyRow))}
