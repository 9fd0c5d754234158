"""vault.key: the random master key, wrapped once per unlock method (passphrase, recovery code).

Each slot is XChaCha20-Poly1305(KEK, master key) with the slot's KDF parameters as associated
data, so weakening the parameters in the file makes unwrapping fail instead of succeed cheaply.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nacl.bindings import (
    crypto_aead_xchacha20poly1305_ietf_decrypt,
    crypto_aead_xchacha20poly1305_ietf_encrypt,
)
from nacl.exceptions import CryptoError

from storage.atomic import write_atomically
from storage.errors import DamagedKeyfile
from storage.kdf import KEY_BYTES, KdfParams, hkdf, stretch

FORMAT = "defender-vault-key"
VERSION = 1
PASSPHRASE = "passphrase"
RECOVERY = "recovery"
_MAX_KEYFILE_BYTES = 16 * 1024
# Crockford's base32: no I, L, O or U, so a code copied by hand is hard to get wrong.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_CODE_BYTES = 16


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    raw = base64.b64decode(text.encode("ascii"), validate=True)
    # b64decode ignores the spare bits before "=" padding: without this check a flipped bit
    # there would change the file and nothing else, and go unnoticed.
    if _b64(raw) != text:
        raise ValueError("not canonical base64")
    return raw


@dataclass(frozen=True)
class Slot:
    """One wrapping of the master key."""

    kdf: str  # "argon2id" for passphrases, "hkdf-sha256" for full-entropy recovery codes
    params: KdfParams | None
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def aad(self, name: str) -> bytes:
        header = {
            "format": FORMAT,
            "version": VERSION,
            "slot": name,
            "kdf": self.kdf,
            "params": self.params.to_json() if self.params else None,
            "salt": _b64(self.salt),
        }
        return json.dumps(header, sort_keys=True, separators=(",", ":")).encode()

    def to_json(self) -> dict[str, Any]:
        return {
            "kdf": self.kdf,
            "params": self.params.to_json() if self.params else None,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        # Exactly these keys: the MAC covers the parsed slots, so an ignored key would let a
        # damaged file pass.
        if set(data) != {"kdf", "params", "salt", "nonce", "wrapped"}:
            raise ValueError("unexpected slot entries")
        params = KdfParams.from_json(data["params"]) if data.get("params") else None
        kdf = str(data["kdf"])
        if kdf not in ("argon2id", "hkdf-sha256") or (kdf == "argon2id") != (params is not None):
            raise ValueError("unknown KDF")
        return cls(
            kdf, params, _unb64(data["salt"]), _unb64(data["nonce"]), _unb64(data["wrapped"])
        )


def _kek(slot_kdf: str, secret: bytes, salt: bytes, params: KdfParams | None) -> bytearray:
    if slot_kdf == "argon2id":
        assert params is not None
        return stretch(secret, salt, params)
    return hkdf(secret, b"defender/recovery-code/v1", salt=salt)


def make_slot(
    name: str, secret: bytes, master_key: bytes | bytearray, params: KdfParams | None
) -> Slot:
    """Wrap `master_key` under a key derived from `secret`."""
    kdf = "argon2id" if params is not None else "hkdf-sha256"
    salt = os.urandom(16)
    nonce = os.urandom(24)
    unsealed = Slot(kdf, params, salt, nonce, b"")
    kek = _kek(kdf, secret, salt, params)
    wrapped = crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytes(master_key), unsealed.aad(name), nonce, bytes(kek)
    )
    return Slot(kdf, params, salt, nonce, wrapped)


def open_slot(name: str, slot: Slot, secret: bytes) -> bytearray | None:
    """The master key, or None when `secret` is wrong (or the slot was altered)."""
    kek = _kek(slot.kdf, secret, slot.salt, slot.params)
    try:
        master = crypto_aead_xchacha20poly1305_ietf_decrypt(
            slot.wrapped, slot.aad(name), slot.nonce, bytes(kek)
        )
    except CryptoError:
        return None
    if len(master) != KEY_BYTES:
        return None
    return bytearray(master)


@dataclass(frozen=True)
class Keyfile:
    """The slots, plus a MAC over all of them under a key only the master key gives.

    Each slot authenticates itself only when its own secret is used; the MAC makes damage to
    any slot (the recovery slot above all, which nobody uses for months) show at the next
    unlock instead of on the day the recovery code is needed.
    """

    slots: dict[str, Slot]
    mac: str | None = None  # absent only in key files written before the MAC existed

    def _body(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "slots": {name: slot.to_json() for name, slot in sorted(self.slots.items())},
        }

    def _expected_mac(self, master_key: bytes | bytearray) -> str:
        key = hkdf(master_key, b"defender/keyfile-mac/v1")
        canonical = json.dumps(self._body(), sort_keys=True, separators=(",", ":")).encode()
        return hmac.new(bytes(key), canonical, hashlib.sha256).hexdigest()

    def verify(self, master_key: bytes | bytearray) -> bool:
        """True when the MAC holds; False for a file from before the MAC (to be resealed).

        A wrong MAC raises DamagedKeyfile: some slot was altered.
        """
        if self.mac is None:
            return False
        if not hmac.compare_digest(self.mac, self._expected_mac(master_key)):
            raise DamagedKeyfile()
        return True

    def to_bytes(self, master_key: bytes | bytearray) -> bytes:
        body = {**self._body(), "mac": self._expected_mac(master_key)}
        return json.dumps(body, sort_keys=True, indent=1).encode() + b"\n"

    @classmethod
    def read(cls, path: Path) -> Keyfile:
        try:
            raw = path.read_bytes()
            if len(raw) > _MAX_KEYFILE_BYTES:
                raise ValueError("too large")
            body = json.loads(raw)
            if body.get("format") != FORMAT or body.get("version") != VERSION:
                raise ValueError("not a keyfile")
            if set(body) - {"format", "version", "slots", "mac"}:
                raise ValueError("unknown entries")
            names = set(body["slots"])
            if PASSPHRASE not in names or names - {PASSPHRASE, RECOVERY}:
                raise ValueError("unexpected slots")
            slots = {str(name): Slot.from_json(data) for name, data in body["slots"].items()}
            mac = body.get("mac")
            if mac is not None and (not isinstance(mac, str) or len(mac) != 64):
                raise ValueError("bad mac")
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise DamagedKeyfile() from exc
        return cls(slots, mac)

    def write(self, path: Path, master_key: bytes | bytearray) -> None:
        write_atomically(path, self.to_bytes(master_key))

    def replacing(self, name: str, slot: Slot) -> Keyfile:
        return Keyfile({**self.slots, name: slot}, self.mac)


def new_recovery_code() -> str:
    """128 random bits as 26 Crockford base32 letters in groups of four or five."""
    value = int.from_bytes(secrets.token_bytes(RECOVERY_CODE_BYTES), "big")
    letters = "".join(_CROCKFORD[(value >> (5 * i)) & 31] for i in reversed(range(26)))
    return "-".join(letters[i : i + 4] for i in range(0, len(letters), 4))


def recovery_code_secret(code: str) -> bytes | None:
    """Normalise what a person typed (case, spaces, dashes, O/0 and I/L/1 confusions)."""
    cleaned = code.upper().replace("-", "").replace(" ", "")
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    if len(cleaned) != 26 or any(ch not in _CROCKFORD for ch in cleaned):
        return None
    value = 0
    for ch in cleaned:
        value = (value << 5) | _CROCKFORD.index(ch)
    if value >> (8 * RECOVERY_CODE_BYTES):
        return None
    return value.to_bytes(RECOVERY_CODE_BYTES, "big")
