"""Enrollment codes: the relay's URL, the pins and a one-time token, as text and in a QR code.

Text form: "DFND1-" + base32(CBOR{url, org_fingerprint, tls_pin, token[, desk_key]} ‖ 4-byte
check), all in QR alphanumeric characters so the code stays small; the check catches a mistyped
character. A code the registry desk issues also carries a desk key ("dk"): the device proves
with it that the desk, not only the relay, let it in (sync.protocol.device_binding). Codes
without it (`defender-registry enroll-token`) enroll as before; the desk confirms those
devices by hand.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from urllib.parse import urlsplit

from sync.protocol import (
    DESK_KEY_BYTES,
    ENROLL_TOKEN_BYTES,
    HASH_BYTES,
    ProtocolError,
    decode,
    encode,
    optional,
    raw,
    record,
    sha256,
    text,
)

PREFIX = "DFND1-"
MAX_CODE_CHARS = 1024
CHECK_BYTES = 4


@dataclass(frozen=True)
class EnrollCode:
    url: str  # the relay's base URL, e.g. https://relay.example.org
    org_fingerprint: bytes  # SHA-256 of the organisation's root key
    token: bytes  # one-time, expires after 24 h
    tls_pin: bytes | None = None  # SHA-256 of the relay's TLS public key (SPKI), for https
    desk_key: bytes | None = None  # the desk's secret for this code; the relay never sees it

    def to_text(self) -> str:
        fields: dict[str, object] = {
            "url": self.url,
            "org": self.org_fingerprint,
            "token": self.token,
            "tls": self.tls_pin,
        }
        if self.desk_key is not None:
            fields["dk"] = self.desk_key
        payload = encode(fields)
        packed = payload + sha256(payload)[:CHECK_BYTES]
        return PREFIX + base64.b32encode(packed).decode("ascii").rstrip("=")


def parse_code(code: str) -> EnrollCode:
    """The code a person typed, pasted or scanned; ProtocolError if it is not a valid one."""
    cleaned = "".join(code.split()).upper()
    if len(cleaned) > MAX_CODE_CHARS or not cleaned.startswith(PREFIX):
        raise ProtocolError("not an enrollment code")
    body = cleaned[len(PREFIX) :]
    try:
        packed = base64.b32decode(body + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError) as exc:
        raise ProtocolError("not an enrollment code") from exc
    payload, check = packed[:-CHECK_BYTES], packed[-CHECK_BYTES:]
    if len(packed) <= CHECK_BYTES or sha256(payload)[:CHECK_BYTES] != check:
        raise ProtocolError("the enrollment code is mistyped or incomplete")
    decoded = decode(payload, MAX_CODE_CHARS)
    spec = {
        "url": text(512),
        "org": raw(HASH_BYTES),
        "token": raw(ENROLL_TOKEN_BYTES),
        "tls": optional(raw(HASH_BYTES)),
    }
    if isinstance(decoded, dict) and "dk" in decoded:
        spec["dk"] = raw(DESK_KEY_BYTES)
    value = record(spec)(decoded)
    parts = urlsplit(value["url"])
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ProtocolError("the enrollment code's address is not a web address")
    return EnrollCode(
        value["url"].rstrip("/"), value["org"], value["token"], value["tls"], value.get("dk")
    )
