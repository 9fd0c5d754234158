"""The relay's TLS key pin (fault row 7), checked in every handshake before a byte is sent.

A pin is the SHA-256 of the relay's TLS SubjectPublicKeyInfo, carried in the enrollment code.
With a pin, it replaces CA validation: a self-signed relay works, and a certificate some CA
issued to an interceptor does not. Without one, the system's CAs and the host name are checked
as usual. Either way a failed check is a refusal, never a reason to try other settings.
"""

from __future__ import annotations

import hashlib
import hmac
import ssl

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat


class PinMismatch(ssl.SSLCertVerificationError):
    """The server presented a TLS key other than the pinned one."""


def spki_sha256(der_certificate: bytes) -> bytes:
    """The pin of a DER certificate: SHA-256 of its SubjectPublicKeyInfo."""
    public_key = x509.load_der_x509_certificate(der_certificate).public_key()
    spki = public_key.public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(spki).digest()


def pin_from_pem(pem: bytes) -> bytes:
    """The pin of the first certificate in a PEM file (a chain starts with the server's own)."""
    certificate = x509.load_pem_x509_certificate(pem)
    return spki_sha256(certificate.public_bytes(Encoding.DER))


def _check_pin(connection: ssl.SSLSocket | ssl.SSLObject) -> None:
    context = connection.context
    assert isinstance(context, PinnedContext)
    der = connection.getpeercert(binary_form=True)
    if der is None or not hmac.compare_digest(spki_sha256(der), context.pin):
        raise PinMismatch("the server's TLS key is not the pinned one")


class _PinnedSocket(ssl.SSLSocket):
    """Checks the pin as the last step of the handshake, so no request can precede it."""

    def do_handshake(self, block: bool = False) -> None:
        super().do_handshake(block)
        _check_pin(self)


class _PinnedObject(ssl.SSLObject):
    """The same check for TLS over memory buffers (wrap_bio), as httpcore uses for TLS inside
    an https proxy's tunnel: without it the chain is not checked and neither is the key."""

    def do_handshake(self) -> None:
        super().do_handshake()  # (SSLWantReadError until the server's answer is in)
        _check_pin(self)


class PinnedContext(ssl.SSLContext):
    """A client context that trusts exactly one TLS public key, on a socket or a memory BIO."""

    sslsocket_class = _PinnedSocket
    sslobject_class = _PinnedObject
    pin: bytes


def pinned_context(pin: bytes) -> ssl.SSLContext:
    """TLS settings that accept exactly the pinned key and check nothing else about the chain."""
    context = PinnedContext(ssl.PROTOCOL_TLS_CLIENT)
    context.pin = pin
    context.check_hostname = False  # the pin names the key; the host name adds nothing
    context.verify_mode = ssl.CERT_NONE  # the chain is not checked, the key is
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def verification_failed(exc: BaseException) -> bool:
    """Whether a connection error was a failed pin or certificate check (not a flaky link)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLCertVerificationError):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False
