"""The sync client: signed hello, sign-in, envelopes first, then blobs smallest first (tus),
then commits; each receipt verified before the outbox calls anything delivered.

Blocking (httpx), meant to run as a background task; `report(done, total, message)` and
`should_cancel()` follow the project's task shape. Retries use full-jitter backoff; a run
gives up after `max_failures` failures in a row without progress and leaves everything queued.

Every https connection checks the relay's TLS key pin in the handshake, before any request
(sync.tls); a config older than the one held is refused (a replayed, rolled-back config);
a vault restored from a backup moves to a new epoch instead of reusing sequence numbers, and
so do envelopes still waiting when the registry key is rotated, sealed again to the new key.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import httpx
from nacl.signing import SigningKey

from forms.errors import Cancelled, UserFacingError
from forms.text import QT_TRANSLATE_NOOP
from sync.enrollment import EnrollCode, parse_code
from sync.envelope import SignatureInvalid, read_envelope, verify_receipt, verify_signature
from sync.ports import Identity, Outbox, OutgoingBlob, OutgoingEnvelope
from sync.protocol import (
    CBOR_TYPE,
    EPOCH_BYTES,
    MAX_BATCH,
    MAX_SEQ,
    OFFSET_TYPE,
    SIG_BYTES,
    TAG_CONFIG,
    TAG_DEVICE_CERT,
    TUS_VERSION,
    DeviceCert,
    ProtocolError,
    RegistryConfig,
    auth_message,
    device_binding,
    encode_batch,
    enroll_token_hash,
    epoch_message,
    fingerprint,
    hello_message,
    parse_hex,
)
from sync.retry import Action, Backoff, classify, needs_long_wait, parse_retry_after
from sync.tls import pinned_context, verification_failed

T = TypeVar("T")
Report = Callable[[int, int, str], None]

MIN_CHUNK = 64 * 1024
FIRST_CHUNK = 256 * 1024
MAX_CHUNK = 8 * 1024 * 1024
READ_PIECE = 1024 * 1024
MAX_JSON = 1 << 20
BATCH_BYTES = 4 * 1024 * 1024
UPLOADS_AT_ONCE = 2
# The relay holds another envelope at this envelope's place in the chain (or another with its
# id): this vault was restored from a backup, or re-sealed what it had already sent.
FORK_CODES = frozenset({"sequence_conflict", "chain_conflict", "envelope_conflict", "wrong_epoch"})


# ------------------------------------------------------------------ errors people see
class SyncError(UserFacingError):
    """Sync stopped; everything not yet delivered stays queued in the vault."""


class NotEnrolled(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "This device is not enrolled with a registry yet. Ask your organisation for an "
        "enrollment code and run 'defender enroll CODE'.",
    )


class RelayUnreachable(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "The registry could not be reached ({detail}). Nothing was lost: every record stays "
        "queued and the next sync continues where this one stopped.",
    )


class NetworkRequiresLogin(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "The network answered, but not as your organisation's registry: it may need a login "
        "page (hotel, café) or be intercepted. Nothing was sent.",
    )


class ConfigRollback(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "The registry offered older keys (issued {offered}) than this device already holds "
        "(issued {held}). A tampered or outdated server does that, so nothing was sent. "
        "Tell your organisation's technical contact.",
    )


class RestoredVault(SyncError):
    """Not raised: the notice a run leaves in SyncResult.notices after it recovered."""

    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "This vault was restored from an older backup: the registry already held records "
        "this copy had forgotten. Nothing was lost. {count} record(s) still waiting were "
        "sealed again under a new sequence. If another copy of this vault is in use, keep "
        "only one.",
    )


class KeyRotated(SyncError):
    """Not raised: the notice a run leaves after sealing waiting records to a new key."""

    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "Your organisation replaced the key that protects records on their way to the "
        "registry. {count} record(s) still waiting were sealed again to the new key before "
        "anything was sent. Nothing was lost.",
    )


class DeviceRevoked(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "The registry has revoked this device, so it accepts nothing from it. Records stay "
        "in this vault. Contact your organisation.",
    )


class SignInRefused(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "The registry did not let this device sign in ({detail}). Records stay in this vault; "
        "the device may need to be enrolled again.",
    )


class EnrollmentFailed(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors", "Enrollment failed: {detail}. Ask your organisation for a new code."
    )


class Rejected(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "The registry refused {count} record(s) ({detail}). They stay in this vault; "
        "show this message to your organisation's technical contact.",
    )


# ------------------------------------------------------------------ internal signals
class _Retry(Exception):
    def __init__(
        self, detail: str, retry_after: float | None = None, long_wait: bool = False
    ) -> None:
        super().__init__(detail)
        self.retry_after = retry_after
        self.long_wait = long_wait


class _Refused(Exception):
    def __init__(self, status: int, code: str, body: dict[str, Any]) -> None:
        super().__init__(f"{status} {code}")
        self.status = status
        self.code = code
        self.body = body


@dataclass
class SyncResult:
    delivered: int = 0
    blobs_uploaded: int = 0
    bytes_uploaded: int = 0
    rejected: list[str] = field(default_factory=list)
    remaining: int = 0
    notices: list[SyncError] = field(default_factory=list)  # what the person should know


# ------------------------------------------------------------------ the relay's keys
@dataclass(frozen=True)
class Trusted:
    """The relay as the pinned root vouches for it."""

    org_root_pk: bytes
    config_bytes: bytes
    config_sig: bytes
    config: RegistryConfig


def _b64(value: Any, size: int | None = None) -> bytes:
    if not isinstance(value, str) or len(value) > 4 * MAX_JSON:
        raise ProtocolError("expected base64 text")
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ProtocolError("bad base64") from exc
    if size is not None and len(data) != size:
        raise ProtocolError("bad length")
    return data


def _json(response: httpx.Response) -> dict[str, Any]:
    if len(response.content) > MAX_JSON:
        raise ProtocolError("answer too large")
    try:
        value = json.loads(response.content)
    except ValueError as exc:
        raise ProtocolError("not JSON") from exc
    if not isinstance(value, dict):
        raise ProtocolError("not a JSON object")
    return value


def verify_hello(
    response: httpx.Response, nonce: bytes, org_fingerprint: bytes
) -> tuple[Trusted, str]:
    """The relay's signed hello, or ProtocolError: a captive portal cannot produce one."""
    if response.status_code != 200 or not response.headers.get("content-type", "").startswith(
        "application/json"
    ):
        raise ProtocolError("not the relay's hello")
    body = _json(response)
    root = _b64(body.get("org_root_pk"), 32)
    if fingerprint(root) != org_fingerprint:
        raise ProtocolError("organisation key does not match the pinned fingerprint")
    config_bytes, config_sig = _b64(body.get("config")), _b64(body.get("config_sig"), SIG_BYTES)
    verify_signature(root, TAG_CONFIG, config_bytes, config_sig)
    config = RegistryConfig.decode(config_bytes)
    server_time = body.get("server_time")
    if not isinstance(server_time, str) or len(server_time) > 64:
        raise ProtocolError("bad server time")
    proof = _b64(body.get("proof"), SIG_BYTES)
    verify_signature(config.server_sign_pk, b"", hello_message(nonce, server_time), proof)
    return Trusted(root, config_bytes, config_sig, config), server_time


def _refuse_unpinnable(base_url: str, tls_pin: bytes | None) -> None:
    """A pin with an http address would be dropped without a word: refuse the pair instead."""
    if tls_pin and httpx.URL(base_url).scheme != "https":
        raise EnrollmentFailed(detail="the code pins a TLS key but its address is not https")


def _http(base_url: str, tls_pin: bytes | None = None) -> httpx.Client:
    """A client for the relay: with a pin, https trusts exactly the pinned key."""
    _refuse_unpinnable(base_url, tls_pin)
    return httpx.Client(
        base_url=base_url,
        timeout=httpx.Timeout(60.0, connect=15.0),
        follow_redirects=False,
        headers={"User-Agent": "Defender"},
        verify=pinned_context(tls_pin) if tls_pin else True,
        # No HTTPS_PROXY / ALL_PROXY / SSL_CERT_FILE from the environment: whoever can set it
        # would choose where requests go (an https proxy's tunnel) and which CAs vouch for
        # the relay. The relay is reached directly, trusting only what enrollment pinned.
        trust_env=False,
    )


def _unreachable(exc: httpx.HTTPError) -> Exception:
    """What a failed request means: interception (nothing was sent), or a flaky link."""
    if verification_failed(exc):
        return NetworkRequiresLogin()
    return _Retry(type(exc).__name__)


def check_newer(offered: RegistryConfig, held_bytes: bytes) -> None:
    """Refuse a config not issued after the one held (a relay replaying an old one)."""
    held = RegistryConfig.decode(held_bytes)
    try:
        newer = offered.issued() > held.issued()
    except ProtocolError:
        newer = False
    if not newer:
        raise ConfigRollback(offered=offered.issued_at[:32], held=held.issued_at[:32])


# ------------------------------------------------------------------ enrollment
def _enroll_request(code: EnrollCode, public: bytes, label: str) -> dict[str, str]:
    """The enrollment request; with a desk-issued code, the binding that lets the desk confirm
    this key itself, whatever the relay says (sync.protocol.device_binding)."""
    request = {
        "enroll_token": code.token.hex(),
        "device_sign_pk": public.hex(),
        "label": label[:64],
    }
    if code.desk_key is not None:
        token_hash = enroll_token_hash(code.token)
        binding = device_binding(code.desk_key, code.org_fingerprint, token_hash, public)
        request["binding"] = binding.hex()
    return request


def enroll(
    code_text: str,
    outbox: Outbox,
    label: str = "",
    http: Callable[[str], httpx.Client] | None = None,
    backoff: Backoff | None = None,
    sleep: Callable[[float], None] = time.sleep,
    attempts: int = 5,
) -> str:
    """Enroll this device with the code from the organisation; returns the device id (hex)."""
    try:
        code = parse_code(code_text)
    except ProtocolError as exc:
        raise EnrollmentFailed(detail="the code is not valid") from exc
    _refuse_unpinnable(code.url, code.tls_pin)  # (also when `http` is not _http)
    seed = os.urandom(32)
    public = bytes(SigningKey(seed).verify_key)
    backoff = backoff or Backoff()
    with (http or partial(_http, tls_pin=code.tls_pin))(code.url) as client:
        for attempt in range(1, attempts + 1):
            nonce = os.urandom(32)
            try:
                trusted, _ = verify_hello(
                    client.get("/v1/hello", params={"nonce": nonce.hex()}),
                    nonce,
                    code.org_fingerprint,
                )
                # the same token and key again is safe: a lost answer gets the same device
                answer = client.post("/v1/enroll", json=_enroll_request(code, public, label))
            except httpx.HTTPError as exc:
                if verification_failed(exc):
                    raise NetworkRequiresLogin() from exc
                if attempt == attempts:
                    raise RelayUnreachable(detail=type(exc).__name__) from exc
                sleep(backoff.next_delay())
                continue
            except ProtocolError as exc:
                raise NetworkRequiresLogin() from exc
            if classify(answer.status_code) is not Action.RETRY or attempt == attempts:
                break
            sleep(backoff.next_delay(parse_retry_after(answer.headers.get("retry-after"))))
    if answer.status_code != 201:
        raise EnrollmentFailed(detail=f"the registry answered {answer.status_code}")
    try:
        body = _json(answer)
        raw_cert = _b64(body.get("device_cert"))
        cert_bytes, sig = raw_cert[:-SIG_BYTES], raw_cert[-SIG_BYTES:]
        verify_signature(trusted.config.server_sign_pk, TAG_DEVICE_CERT, cert_bytes, sig)
        cert = DeviceCert.decode(cert_bytes)
    except ProtocolError as exc:
        raise EnrollmentFailed(detail="the registry's certificate does not verify") from exc
    if cert.device_sign_pk != public or cert.org_fingerprint != code.org_fingerprint:
        raise EnrollmentFailed(detail="the certificate is for another key")
    outbox.save_enrollment(
        device_id=cert.device_id,
        device_epoch=cert.device_epoch,
        signing_seed=seed,
        label=label,
        server_url=code.url,
        org_root_pk=trusted.org_root_pk,
        tls_pin=code.tls_pin,
        config=trusted.config_bytes,
        config_sig=trusted.config_sig,
        device_cert=raw_cert,
    )
    return cert.device_id.hex()


# ------------------------------------------------------------------ the sync run
class SyncClient:
    def __init__(
        self,
        outbox: Outbox,
        *,
        report: Report | None = None,
        should_cancel: Callable[[], bool] | None = None,
        backoff: Backoff | None = None,
        sleep: Callable[[float], None] = time.sleep,
        max_failures: int = 8,
        http: Callable[[str], httpx.Client] | None = None,
    ) -> None:
        self.outbox = outbox
        self._report = report
        self._should_cancel = should_cancel
        self.backoff = backoff or Backoff()
        self._sleep = sleep
        self.max_failures = max_failures
        self._http = http or self._relay_http
        self._failures = 0
        self._chunk = FIRST_CHUNK
        self._total = 0
        self._lock = threading.Lock()
        self._token: str | None = None
        self._identity: Identity | None = None
        self._trusted: Trusted | None = None
        self._client: httpx.Client | None = None
        self._forked: list[str] = []  # envelope ids the relay holds another copy's place for
        self._new_epoch_started = False
        self._relay_epoch: bytes | None = None  # when the relay moved on without this copy
        self.result = SyncResult()

    # -------------------------------------------------------------- entry point
    def run(self) -> SyncResult:
        """Deliver everything queued; raises a SyncError when it cannot finish."""
        identity = self.outbox.identity()
        if identity is None:
            raise NotEnrolled()
        self._identity = identity
        with self._http(identity.server_url) as client:
            self._client = client
            self._with_retry(self._hello)
            self.outbox.seal_unsealed()  # after hello: to the newest registry key
            try:
                self._with_retry(self._sign_in)
            except _Refused as exc:
                raise SignInRefused(detail=f"{exc.status} {exc.code}") from exc
            pending = self.outbox.pending()
            self._total = len(pending)
            head = self._with_retry(self._restored_below)
            if self._sealed_to_old_keys(pending):
                # Sealed before this device learned of a rotated registry key (fault row 12):
                # sealed again to the new key before anything is sent.
                self._start_epoch(KeyRotated)
            elif head is not None:
                # A restored vault: what the relay already holds is acknowledged as usual;
                # nothing after its newest envelope is sent under the old epoch.
                self._send_all([e for e in pending if e.device_seq <= head])
                self._start_epoch(RestoredVault)
            else:
                self._send_all(pending)
                if self._forked:
                    self._start_epoch(RestoredVault)
            self._upload_blobs()
            # Sent again, the envelopes whose blobs are now all in come back committed, with
            # their receipts (the batch answer is the envelope's current state).
            self._send_all([e for e in self.outbox.pending() if e.state == "awaiting_blobs"])
        counts = self.outbox.counts()
        self.result.remaining = counts.waiting
        if self.result.rejected:
            raise Rejected(count=len(self.result.rejected), detail=self.result.rejected[0])
        return self.result

    def _relay_http(self, base_url: str) -> httpx.Client:
        """The relay's client, trusting the TLS key pinned at this device's enrollment."""
        return _http(base_url, self._identity.tls_pin if self._identity else None)

    # -------------------------------------------------------------- retry
    def _with_retry(self, op: Callable[[], T], progress: bool = True) -> T:
        """`op` until it succeeds; its success counts as progress unless told otherwise."""
        while True:
            self._check_cancel()
            try:
                value = op()
            except _Retry as exc:
                self._failed(str(exc), exc.retry_after, exc.long_wait)
                continue
            if progress:
                self._progressed()
            return value

    def _progressed(self) -> None:
        self._failures = 0
        self.backoff.reset()

    def _failed(
        self, detail: str, retry_after: float | None = None, long_wait: bool = False
    ) -> None:
        self._failures += 1
        if self._failures >= self.max_failures:
            raise RelayUnreachable(detail=detail)
        self._sleep(self.backoff.next_delay(retry_after, metered=long_wait))

    def _check_cancel(self) -> None:
        if self._should_cancel and self._should_cancel():
            raise Cancelled()

    def _progress(self, message: str) -> None:
        if self._report:
            self._report(self.result.delivered, self._total, message)

    # -------------------------------------------------------------- http
    def _request(
        self,
        method: str,
        path: str,
        *,
        auth: bool = True,
        expect: tuple[int, ...] = (200,),
        **kwargs: Any,
    ) -> httpx.Response:
        """One request; retryable failures raise _Retry, refusals _Refused; 401 signs in again."""
        assert self._client is not None
        for attempt in (1, 2):
            headers = dict(kwargs.pop("headers", {}) or {})
            if auth:
                headers["Authorization"] = f"Bearer {self._token}"
            try:
                response = self._client.request(method, path, headers=headers, **kwargs)
            except httpx.HTTPError as exc:
                raise _unreachable(exc) from exc
            if response.status_code in expect:
                return response
            action = classify(response.status_code)
            if action is Action.RETRY:
                raise _Retry(
                    f"HTTP {response.status_code}",
                    parse_retry_after(response.headers.get("retry-after")),
                    needs_long_wait(response.status_code),
                )
            if action is Action.REAUTHENTICATE and auth and attempt == 1:
                if _code(response) == "signature_invalid":
                    raise _Refused(401, "signature_invalid", {})
                self._sign_in()
                kwargs["headers"] = headers
                continue
            if response.status_code == 403 and _code(response) == "device_revoked":
                raise DeviceRevoked()
            raise _Refused(response.status_code, _code(response), _safe_json(response))
        raise AssertionError("unreachable")

    def _hello(self) -> None:
        assert self._identity is not None and self._client is not None
        nonce = os.urandom(32)
        try:
            response = self._client.get("/v1/hello", params={"nonce": nonce.hex()})
        except httpx.HTTPError as exc:
            raise _unreachable(exc) from exc
        if response.status_code >= 500:
            raise _Retry(f"HTTP {response.status_code}")
        try:
            trusted, _ = verify_hello(response, nonce, fingerprint(self._identity.org_root_pk))
        except ProtocolError as exc:
            raise NetworkRequiresLogin() from exc
        if trusted.config_bytes != self._identity.config:
            check_newer(trusted.config, self._identity.config)  # key rotation, not rollback
            self.outbox.save_config(trusted.config_bytes, trusted.config_sig)
        self._trusted = trusted

    def _sign_in(self) -> None:
        identity = self._identity
        assert identity is not None and self._trusted is not None
        device = identity.device_id.hex()
        challenge = _json(
            self._request("POST", "/v1/auth/challenge", auth=False, json={"device_id": device})
        )
        nonce = bytes.fromhex(str(challenge.get("nonce", "")))
        message = auth_message(fingerprint(identity.org_root_pk), identity.device_id, nonce)
        sig = SigningKey(identity.signing_seed).sign(message).signature
        session = _json(
            self._request(
                "POST",
                "/v1/auth/session",
                auth=False,
                json={
                    "device_id": device,
                    "nonce": nonce.hex(),
                    "sig": base64.b64encode(sig).decode("ascii"),
                },
            )
        )
        token = session.get("token")
        if not isinstance(token, str):
            raise _Retry("no session token")
        self._token = token

    # -------------------------------------------------------------- restored vaults
    def _restored_below(self) -> int | None:
        """None if the relay's record of this device matches this vault; otherwise (the vault
        was restored from an older backup) the sequence number up to which envelopes may be
        the very ones the relay holds."""
        identity = self._identity
        assert identity is not None
        status = _json(self._request("GET", "/v1/devices/me"))
        epoch, top, top_hash = (status.get(k) for k in ("device_epoch", "max_seq", "max_seq_hash"))
        try:
            relay_epoch = parse_hex(epoch, EPOCH_BYTES) if isinstance(epoch, str) else None
        except ProtocolError:
            relay_epoch = None
        if relay_epoch is not None and relay_epoch != identity.device_epoch:
            self._relay_epoch = relay_epoch  # moved to a new epoch by another copy
            return MAX_SEQ
        if not isinstance(top, int) or top < 1 or not isinstance(top_hash, str):
            return None
        return None if self.outbox.knows_envelope(top_hash.lower()) else top

    def _sealed_to_old_keys(self, pending: Sequence[OutgoingEnvelope]) -> bool:
        """Whether an envelope the relay has not accepted is sealed to a registry key other
        than the one the held config names first (checked on each run, so a run stopped
        between taking in a rotated config and sealing again still seals again)."""
        assert self._trusted is not None
        current = self._trusted.config.current_registry_key().id
        return any(
            read_envelope(e.envelope)[1].registry_key_id != current
            for e in pending
            if e.state == "pending"
        )

    def _start_epoch(self, notice: type[RestoredVault | KeyRotated]) -> None:
        """Move to a new epoch (once a run): what the relay has not accepted is sealed again.

        Also how waiting envelopes move to a rotated registry key. Sealing them again in the
        same epoch would rebuild the hash chain from the first one (`prev` changes), which
        holds only if the relay accepted none of them or any after them, and it may hold one
        whose answer was lost. A new epoch needs no such proof: the chain starts again and
        each envelope gets a new id, so nothing the relay holds collides with it.
        """
        identity, trusted = self._identity, self._trusted
        assert identity is not None and trusted is not None
        if self._new_epoch_started:
            return
        self._new_epoch_started = True
        from_epoch = self._relay_epoch or identity.device_epoch
        key = SigningKey(identity.signing_seed)
        org = fingerprint(identity.org_root_pk)
        sig = key.sign(epoch_message(org, identity.device_id, from_epoch)).signature
        request = {"from_epoch": from_epoch.hex(), "sig": base64.b64encode(sig).decode("ascii")}
        try:
            answer = _json(
                self._with_retry(
                    lambda: self._request("POST", "/v1/devices/me/epoch", json=request)
                )
            )
            raw_cert = _b64(answer.get("device_cert"))
            cert_bytes, cert_sig = raw_cert[:-SIG_BYTES], raw_cert[-SIG_BYTES:]
            verify_signature(trusted.config.server_sign_pk, TAG_DEVICE_CERT, cert_bytes, cert_sig)
            cert = DeviceCert.decode(cert_bytes)
        except _Refused as exc:
            raise SignInRefused(detail=f"{exc.status} {exc.code}") from exc
        except (ProtocolError, SignatureInvalid) as exc:
            raise SignInRefused(detail="the new certificate does not verify") from exc
        if (
            cert.device_id != identity.device_id
            or cert.device_sign_pk != bytes(key.verify_key)
            or cert.org_fingerprint != org
            or cert.device_epoch == from_epoch
        ):
            raise SignInRefused(detail="the new certificate is for another device or epoch")
        resealed = self.outbox.start_epoch(cert.device_epoch, raw_cert)
        self._identity = self.outbox.identity()
        self.result.notices.append(notice(count=resealed))
        pending = self.outbox.pending()
        self._total = len(pending)
        self._send_all([e for e in pending if e.state == "pending"])

    # -------------------------------------------------------------- envelopes
    def _send_all(self, envelopes: Sequence[OutgoingEnvelope]) -> None:
        """POST every envelope, in sequence order, in batches (each idempotent by id)."""
        batch: list[OutgoingEnvelope] = []
        size = 0
        for envelope in envelopes:
            if batch and (len(batch) == MAX_BATCH or size + len(envelope.envelope) > BATCH_BYTES):
                self._send_batch(batch)
                batch, size = [], 0
            batch.append(envelope)
            size += len(envelope.envelope)
        if batch:
            self._send_batch(batch)

    def _send_batch(self, batch: list[OutgoingEnvelope]) -> None:
        self._progress("text")
        body = encode_batch([e.envelope for e in batch])
        response = self._with_retry(
            lambda: self._request(
                "POST",
                "/v1/envelopes/batch",
                content=body,
                headers={"Content-Type": CBOR_TYPE},
            )
        )
        results = _json(response).get("results")
        if not isinstance(results, list) or len(results) != len(batch):
            raise RelayUnreachable(detail="the registry answered a batch incompletely")
        answers = []
        for envelope, raw_item in zip(batch, results, strict=True):
            item = raw_item if isinstance(raw_item, dict) else {}
            if item.get("state") in ("committed", "awaiting_blobs"):
                answers.append((envelope, item))
            elif item.get("error") in FORK_CODES and not self._new_epoch_started:
                self._forked.append(envelope.envelope_id)  # sealed again under a new epoch
            else:
                code = item.get("error")
                self._reject_reason(envelope.envelope_id, f"{item.get('status')} {code}")
        self._settle(answers)

    def _settle(self, answers: list[tuple[OutgoingEnvelope, dict[str, Any]]]) -> None:
        """Verify each receipt against what was sent; store the verified ones in one go."""
        assert self._trusted is not None
        accepted: list[str] = []
        delivered: list[tuple[str, bytes, int, str]] = []
        for envelope, body in answers:
            if body.get("state") != "committed":
                accepted.append(envelope.envelope_id)
                continue
            try:
                receipt_bytes = _b64(body.get("receipt"))
                receipt = verify_receipt(
                    receipt_bytes,
                    server_pk=self._trusted.config.server_sign_pk,
                    server_key_id=self._trusted.config.server_key_id,
                    envelope_bytes=envelope.envelope,
                )
            except (ProtocolError, SignatureInvalid) as exc:
                # Not proof of delivery: keep it queued, and say so.
                self.outbox.note_failure(envelope.envelope_id, f"receipt rejected: {exc}")
                self.result.rejected.append(f"receipt rejected: {exc}")
                continue
            delivered.append(
                (envelope.envelope_id, receipt_bytes, receipt.server_seq, receipt.received_at)
            )
        self.outbox.mark_accepted(accepted)
        if delivered:
            self.outbox.mark_delivered(delivered)
            self.result.delivered += len(delivered)

    def _reject_reason(self, envelope_id: str, reason: str) -> None:
        self.outbox.mark_rejected(envelope_id, reason)
        self.result.rejected.append(reason)

    # -------------------------------------------------------------- blobs
    def _upload_blobs(self) -> None:
        """Every blob some accepted envelope still needs, smallest first."""
        wanted: dict[str, OutgoingBlob] = {}
        for envelope in self.outbox.pending():
            if envelope.state == "awaiting_blobs":
                for blob in envelope.blobs:
                    wanted.setdefault(blob.blob_id, blob)
        ordered = sorted(wanted.values(), key=lambda b: (b.length, b.blob_id))
        # Two at a time: one blob's bytes travel while the relay fsyncs and publishes the
        # other's; they still start smallest first.
        with ThreadPoolExecutor(max_workers=UPLOADS_AT_ONCE) as pool:
            done = list(pool.map(self._upload, ordered))
        self.outbox.mark_blobs_uploaded(
            [b.blob_id for b, ok in zip(ordered, done, strict=True) if ok]
        )

    def _offset_after_drop(self, exc: _Retry, offset: int, head: Callable[[], int]) -> int:
        """After a chunk was lost on the way: smaller chunks, a pause, and the relay's offset.

        Only bytes the relay kept are progress: a relay that refuses every chunk (out of
        space) must not reset the backoff with each successful HEAD.
        """
        self._chunk = max(MIN_CHUNK, self._chunk // 2)
        self._failed(str(exc), exc.retry_after, exc.long_wait)
        relay_offset = self._with_retry(head, progress=False)
        if relay_offset > offset:
            self._progressed()
        return relay_offset

    def _offset_after_conflict(
        self, exc: _Refused, offset: int, length: int, head: Callable[[], int]
    ) -> int:
        """A 409: the relay's offset (from the answer, else a HEAD); if it equals ours the
        upload is busy on the relay's side, not behind, so wait before trying again."""
        known = exc.body.get("offset")
        relay_offset = (
            known if isinstance(known, int) and 0 <= known <= length else self._with_retry(head)
        )
        if relay_offset == offset:
            self._failed("upload busy")
        return int(relay_offset)

    def _upload(self, blob: OutgoingBlob) -> bool:
        """Upload one blob from the relay's offset on; False if it could not be sent."""
        path = self.outbox.blob_file(blob.blob_id)
        if path is None:
            return False  # not held here: the envelope stays awaiting, and says so
        restarts = 0
        # The relay created the upload when it stored the envelope: start at 0; a 409 gives
        # its real offset (a resumed upload), a 404 asks for tus creation first.
        offset = 0
        while offset < blob.length:
            self._check_cancel()
            size = min(self._chunk, blob.length - offset)
            try:
                offset = self._patch(blob, path, offset, size)
            except _Retry as exc:
                offset = self._offset_after_drop(exc, offset, lambda: self._head(blob))
                continue
            except _Refused as exc:
                if exc.status == 409:
                    offset = self._offset_after_conflict(
                        exc, offset, blob.length, lambda: self._head(blob)
                    )
                    continue
                if exc.status == 404 and exc.code == "upload_not_created":
                    offset = self._with_retry(lambda: self._create(blob))
                    continue
                if exc.status == 422 and exc.code == "blob_hash_mismatch":
                    restarts += 1
                    if not self.outbox.blob_intact(blob.blob_id):
                        self.outbox.mark_blob_damaged(blob.blob_id)
                        self.result.rejected.append("media file damaged on this device")
                        return False
                    if restarts > 2:
                        raise RelayUnreachable(detail="uploads keep arriving corrupted") from exc
                    offset = self._with_retry(lambda: self._create(blob))
                    continue
                raise RelayUnreachable(detail=f"{exc.status} {exc.code}") from exc
            self._progressed()
            self._chunk = min(MAX_CHUNK, self._chunk * 2)
            with self._lock:
                self.result.bytes_uploaded += size
            self._progress("media")
        with self._lock:
            self.result.blobs_uploaded += 1
        return True

    def _create(self, blob: OutgoingBlob) -> int:
        blob_b64 = base64.b64encode(bytes.fromhex(blob.blob_id)).decode("ascii")
        response = self._request(
            "POST",
            "/v1/blobs",
            expect=(201,),
            headers={
                "Tus-Resumable": TUS_VERSION,
                "Upload-Length": str(blob.length),
                "Upload-Metadata": f"id {blob_b64}",
            },
        )
        return _offset(response)

    def _head(self, blob: OutgoingBlob) -> int:
        response = self._request(
            "HEAD", f"/v1/blobs/{blob.blob_id}", headers={"Tus-Resumable": TUS_VERSION}
        )
        return _offset(response)

    def _patch(self, blob: OutgoingBlob, path: Path, offset: int, size: int) -> int:
        response = self._request(
            "PATCH",
            f"/v1/blobs/{blob.blob_id}",
            expect=(204,),
            content=_read_range(path, offset, size),
            headers={
                "Tus-Resumable": TUS_VERSION,
                "Upload-Offset": str(offset),
                "Content-Type": OFFSET_TYPE,
                "Content-Length": str(size),
            },
        )
        return _offset(response)


def _read_range(path: Path, offset: int, size: int) -> Iterator[bytes]:
    with open(path, "rb") as f:
        f.seek(offset)
        left = size
        while left:
            piece = f.read(min(READ_PIECE, left))
            if not piece:
                raise OSError("local file shorter than its upload")
            left -= len(piece)
            yield piece


def _offset(response: httpx.Response) -> int:
    value = response.headers.get("upload-offset", "")
    if not value.isdigit() or len(value) > 15:
        raise _Retry("no Upload-Offset")
    return int(value)


def _safe_json(response: httpx.Response) -> dict[str, Any]:
    try:
        return _json(response)
    except ProtocolError:
        return {}


def _code(response: httpx.Response) -> str:
    code = _safe_json(response).get("error")
    return code if isinstance(code, str) and len(code) < 64 else f"http_{response.status_code}"
