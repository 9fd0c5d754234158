"""Envelopes open only with the registry key and only as sent; receipts verify only as issued."""

from __future__ import annotations

import base64
import os
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nacl.public import PrivateKey
from nacl.signing import SigningKey

from registry.relay import sign_receipt
from sync.enrollment import EnrollCode, parse_code
from sync.envelope import (
    FileEntry,
    InnerRecord,
    SignatureInvalid,
    open_envelope,
    seal_envelope,
    verify_envelope,
    verify_receipt,
)
from sync.protocol import (
    BlobRef,
    EnvelopeBody,
    ProtocolError,
    ReceiptBody,
    RegistryConfig,
    RegistryKey,
    Signed,
    binding_holds,
    device_binding,
    encode,
    key_id,
    sha256,
)

DEVICE_SEED = os.urandom(32)
DEVICE_PK = bytes(SigningKey(DEVICE_SEED).verify_key)
REGISTRY = PrivateKey.generate()
REGISTRY_KEY = RegistryKey(key_id(bytes(REGISTRY.public_key)), bytes(REGISTRY.public_key))
SERVER_SEED = os.urandom(32)
SERVER_PK = bytes(SigningKey(SERVER_SEED).verify_key)


def _inner(record: str = '{"case":"secreto"}', files: int = 1) -> InnerRecord:
    return InnerRecord(
        envelope_id=os.urandom(16),
        device_id=os.urandom(16),
        device_seq=3,
        record_id="c1",
        record_version=1,
        record=record,
        files=tuple(
            FileEntry(
                os.urandom(32), 1000 + i, os.urandom(32), "ab" * 32, "image/jpeg", 900, 20, "e"
            )
            for i in range(files)
        ),
    )


def _seal(inner: InnerRecord) -> bytes:
    return seal_envelope(
        inner,
        signing_seed=DEVICE_SEED,
        device_epoch=b"\1" * 8,
        prev=b"\0" * 32,
        registry_key=REGISTRY_KEY,
        created_device_clock="2026-01-01T00:00:00+00:00",
    ).data


def test_the_registry_key_opens_exactly_what_was_sealed() -> None:
    inner = _inner('{"texto":"ñandú"}', files=2)
    data = _seal(inner)
    assert b"secreto" not in data and inner.files[0].file_key not in data
    assert open_envelope(data, bytes(REGISTRY), DEVICE_PK) == inner
    with pytest.raises(ProtocolError):
        open_envelope(data, bytes(PrivateKey.generate()), DEVICE_PK)


def test_any_change_to_a_signed_envelope_is_refused() -> None:
    data = _seal(_inner())
    assert verify_envelope(data, DEVICE_PK).device_seq == 3
    for i in range(0, len(data), max(1, len(data) // 97)):
        mutated = bytearray(data)
        mutated[i] ^= 0x01
        with pytest.raises(ProtocolError):
            verify_envelope(bytes(mutated), DEVICE_PK)
    with pytest.raises(SignatureInvalid):
        verify_envelope(data, bytes(SigningKey.generate().verify_key))


def test_a_reused_seal_under_another_device_fails_the_inner_signature() -> None:
    """Surreptitious forwarding: a relay re-wraps someone's seal under its own device key."""
    data = _seal(_inner())
    other_seed = os.urandom(32)
    signed = Signed.decode(data, 1 << 24)
    body = EnvelopeBody.decode(signed.body)
    forged_body = replace(body, device_id=os.urandom(16)).encode()
    forged = Signed(
        forged_body, SigningKey(other_seed).sign(b"HRD-ENV-v1\0" + forged_body).signature
    ).encode()
    with pytest.raises(ProtocolError):
        open_envelope(forged, bytes(REGISTRY), bytes(SigningKey(other_seed).verify_key))


def _receipt_for(data: bytes, **changes: object) -> ReceiptBody:
    body = verify_envelope(data, DEVICE_PK)
    receipt = ReceiptBody(
        envelope_id=body.envelope_id,
        envelope_hash=sha256(data),
        device_id=body.device_id,
        device_epoch=body.device_epoch,
        device_seq=body.device_seq,
        blobs=body.blobs,
        server_seq=7,
        received_at="2026-01-01T00:00:00+00:00",
        server_key_id=key_id(SERVER_PK),
    )
    return replace(receipt, **changes)  # type: ignore[arg-type]


def _check(receipt: bytes, data: bytes) -> ReceiptBody:
    return verify_receipt(
        receipt, server_pk=SERVER_PK, server_key_id=key_id(SERVER_PK), envelope_bytes=data
    )


def test_a_true_receipt_verifies() -> None:
    data = _seal(_inner(files=2))
    assert _check(sign_receipt(_receipt_for(data), SERVER_SEED), data).server_seq == 7


def test_every_forged_or_altered_receipt_is_rejected() -> None:
    data = _seal(_inner(files=2))
    good = _receipt_for(data)
    forgeries = [
        sign_receipt(good, os.urandom(32)),  # wrong key
        sign_receipt(replace(good, envelope_hash=os.urandom(32)), SERVER_SEED),
        sign_receipt(replace(good, envelope_id=os.urandom(16)), SERVER_SEED),
        sign_receipt(replace(good, device_seq=4), SERVER_SEED),
        sign_receipt(replace(good, device_epoch=b"\2" * 8), SERVER_SEED),
        sign_receipt(replace(good, blobs=good.blobs[:1]), SERVER_SEED),
        sign_receipt(
            replace(good, blobs=(BlobRef(os.urandom(32), 5), *good.blobs[1:])), SERVER_SEED
        ),
        sign_receipt(replace(good, server_key_id=os.urandom(8)), SERVER_SEED),
        sign_receipt(_receipt_for(_seal(_inner())), SERVER_SEED),  # another envelope's receipt
    ]
    genuine = sign_receipt(good, SERVER_SEED)
    signed = Signed.decode(genuine, 1 << 20)
    altered_body = ReceiptBody.decode(signed.body)
    forgeries.append(Signed(replace(altered_body, server_seq=8).encode(), signed.sig).encode())
    forgeries += [genuine[:-1], genuine + b"\0", b"", b"\xa0"]
    for i in range(len(genuine)):
        flipped = bytearray(genuine)
        flipped[i] ^= 0x80
        forgeries.append(bytes(flipped))
    for forged in forgeries:
        with pytest.raises(ProtocolError):
            _check(forged, data)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048))
def test_parsers_refuse_garbage_with_protocol_errors_only(blob: bytes) -> None:
    for parse in (EnvelopeBody.decode, ReceiptBody.decode, RegistryConfig.decode):
        with pytest.raises(ProtocolError):
            parse(blob)
    with pytest.raises(ProtocolError):
        _check(blob, _SEALED)
    with pytest.raises(ProtocolError):
        parse_code("DFND1-" + blob.hex())


_SEALED = _seal(_inner())


def test_only_the_deterministic_encoding_is_accepted() -> None:
    body = Signed.decode(_SEALED, 1 << 24).body
    value = EnvelopeBody.decode(body)
    reordered = bytes([0xB9, 0x00, 0x0A]) + body[1:]  # same map, a longer length header
    with pytest.raises(ProtocolError):
        EnvelopeBody.decode(reordered)
    assert EnvelopeBody.decode(value.encode()) == value
    with pytest.raises(ProtocolError):
        EnvelopeBody.decode(encode({"v": 1}))


def test_enrollment_codes_round_trip_and_catch_typos() -> None:
    code = EnrollCode("https://relay.example.org", os.urandom(32), os.urandom(16), None)
    text = code.to_text()
    assert parse_code(" " + text.lower() + "\n") == code
    typo = text[:20] + ("A" if text[20] != "A" else "B") + text[21:]
    with pytest.raises(ProtocolError):
        parse_code(typo)
    with pytest.raises(ProtocolError):
        parse_code(text[:-3])


def test_a_desk_code_carries_its_desk_key_and_a_relay_code_parses_as_before() -> None:
    relay_made = EnrollCode("https://relay.example.org", os.urandom(32), os.urandom(16))
    desk_made = replace(relay_made, desk_key=os.urandom(16))
    assert parse_code(relay_made.to_text()).desk_key is None
    assert parse_code(desk_made.to_text()) == desk_made
    assert len(desk_made.to_text()) > len(relay_made.to_text())
    fields = {"url": relay_made.url, "org": relay_made.org_fingerprint, "tls": None}
    short_key = encode({**fields, "token": relay_made.token, "dk": b"k" * 15})
    packed = short_key + sha256(short_key)[:4]
    with pytest.raises(ProtocolError):
        parse_code("DFND1-" + base64.b32encode(packed).decode().rstrip("="))


def test_a_binding_holds_only_for_its_key_token_organisation_and_desk_key() -> None:
    desk_key, org, token_hash = os.urandom(16), os.urandom(32), os.urandom(32)
    binding = device_binding(desk_key, org, token_hash, DEVICE_PK)
    assert binding_holds(binding, desk_key, org, token_hash, DEVICE_PK)
    other = os.urandom(32)
    assert not binding_holds(binding, os.urandom(16), org, token_hash, DEVICE_PK)
    assert not binding_holds(binding, desk_key, other, token_hash, DEVICE_PK)
    assert not binding_holds(binding, desk_key, org, other, DEVICE_PK)
    assert not binding_holds(binding, desk_key, org, token_hash, other)
