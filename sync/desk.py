"""The registry desk's network side: sign in to the relay with the organisation's root key,
manage devices, issue enrollment codes, and pull envelopes and blobs.

The desk trusts a device's key only when it can check it itself: a code the desk issues
carries a desk key the relay never sees, and the device proves with it (a binding) that it
enrolled with that code. The relay's certificate is necessary, never sufficient.

The pull is resumable at two levels: the desk's cursor (the last relay `server_seq` fully
imported) is saved after each envelope, and a blob cut mid-download continues from the bytes
already on disk (HTTP Range) — the blobs are the field devices' ciphertext, never plaintext.
Every envelope is verified and opened by sync.desk_open before the vault sees it.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import httpx
from nacl.signing import SigningKey

from forms.errors import Cancelled, UserFacingError
from forms.text import QT_TRANSLATE_NOOP
from sync.client import (
    NetworkRequiresLogin,
    RelayUnreachable,
    SyncError,
    Trusted,
    _b64,
    _http,
    _json,
    verify_hello,
)
from sync.desk_open import (
    DeviceInfo,
    EnvelopeRefused,
    OpenedEnvelope,
    blob_ids,
    file_sha256,
    open_received,
    verify_device_cert,
)
from sync.enrollment import EnrollCode
from sync.envelope import read_envelope
from sync.protocol import (
    DESK_KEY_BYTES,
    ENROLL_TOKEN_BYTES,
    ProtocolError,
    admin_auth_message,
    binding_holds,
    fingerprint,
)
from sync.tls import verification_failed

PAGE = 200
DOWNLOAD_CHUNK = 1024 * 1024

Progress = Callable[[str, int, int], None]  # message, done, total


class DeskSignInRefused(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "The relay did not accept this desk's organisation key ({detail}). Check that the "
        "keys set up in this desk are the ones the relay was created with.",
    )


class DeskRequestFailed(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors", "The relay refused the request ({detail}). Nothing was changed in this desk."
    )


class DeskSink(Protocol):
    """The desk's vault as a pull uses it (storage.desk.DeskService; sync never imports it)."""

    def pull_cursor(self) -> int: ...
    def set_pull_cursor(self, server_seq: int) -> None: ...
    def import_envelope(self, incoming: OpenedEnvelope) -> bool: ...
    def refused_seqs(self) -> Mapping[int, tuple[str, str]]: ...
    def note_refused(self, server_seq: int, envelope_id: str, reason: str) -> None: ...
    def forget_refused(self, server_seq: int) -> None: ...


@dataclass
class PullSummary:
    imported: int = 0
    duplicates: int = 0
    refused: list[EnvelopeRefused] = field(default_factory=list)
    bytes_downloaded: int = 0
    last_seq: int = 0


class DeskClient:
    """One connection to the relay as the organisation's desk. Use as a context manager."""

    def __init__(
        self,
        *,
        relay_url: str,
        org_root_seed: bytes,
        registry_keys: Mapping[bytes, bytes],
        download_dir: Path,
        tls_pin: bytes | None = None,
        http: Callable[[str, bytes | None], httpx.Client] = _http,
        progress: Progress | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> None:
        self.relay_url = relay_url.rstrip("/")
        self._root = SigningKey(bytes(org_root_seed))
        self.org_root_pk = bytes(self._root.verify_key)
        self.org_fingerprint = fingerprint(self.org_root_pk)
        self.registry_keys = dict(registry_keys)
        self.download_dir = download_dir
        self.tls_pin = tls_pin
        self._http = http
        self._progress = progress
        self._should_cancel = should_cancel
        self._client: httpx.Client | None = None
        self._token: str | None = None
        self.trusted: Trusted | None = None

    # -------------------------------------------------------------- connection
    def __enter__(self) -> DeskClient:
        self._client = self._http(self.relay_url, self.tls_pin)
        try:
            self._hello()
            self._sign_in()
        except BaseException:
            self._client.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """One request; an expired admin session (401, after 15 minutes) signs in once more."""
        assert self._client is not None
        for attempt in (1, 2):
            headers = dict(kwargs.get("headers") or {})
            if self._token:
                headers["Authorization"] = f"Bearer {self._token}"
            try:
                response = self._client.request(method, path, **{**kwargs, "headers": headers})
            except httpx.HTTPError as exc:
                raise _failure(exc) from exc
            if response.status_code == 401 and self._token and attempt == 1:
                self._token = None
                self._sign_in()
                continue
            return response
        raise AssertionError("unreachable")

    def _ok(self, response: httpx.Response, *expect: int) -> dict[str, Any]:
        if response.status_code not in (expect or (200,)):
            if response.status_code >= 500 or response.status_code in (408, 429):
                raise RelayUnreachable(detail=f"HTTP {response.status_code}")
            raise DeskRequestFailed(detail=f"HTTP {response.status_code} {_code(response)}")
        try:
            return _json(response)
        except ProtocolError as exc:
            raise DeskRequestFailed(detail=str(exc)) from exc

    def _hello(self) -> None:
        nonce = os.urandom(32)
        response = self._send("GET", "/v1/hello", params={"nonce": nonce.hex()})
        if response.status_code >= 500:
            raise RelayUnreachable(detail=f"HTTP {response.status_code}")
        try:
            self.trusted, _ = verify_hello(response, nonce, self.org_fingerprint)
        except ProtocolError as exc:
            raise DeskSignInRefused(detail=str(exc)) from exc

    def _sign_in(self) -> None:
        challenge = self._ok(self._send("POST", "/v1/admin/challenge", json={}))
        try:
            nonce = bytes.fromhex(str(challenge.get("nonce", "")))
        except ValueError as exc:
            raise DeskSignInRefused(detail="bad challenge") from exc
        sig = self._root.sign(admin_auth_message(self.org_fingerprint, nonce)).signature
        response = self._send(
            "POST",
            "/v1/admin/session",
            json={"nonce": nonce.hex(), "sig": base64.b64encode(sig).decode("ascii")},
        )
        if response.status_code in (401, 403):
            raise DeskSignInRefused(detail=f"HTTP {response.status_code} {_code(response)}")
        token = self._ok(response).get("token")
        if not isinstance(token, str):
            raise DeskSignInRefused(detail="no session token")
        self._token = token

    # -------------------------------------------------------------- devices
    def devices(self, enroll_keys: Mapping[str, bytes] | None = None) -> list[DeviceInfo]:
        """Every device the relay enrolled, each certificate verified under the pinned root.

        A device is `confirmed` when its binding verifies under the desk key this desk put in
        the code for its token (`enroll_keys`: token hash hex -> desk key), which the relay
        never saw; the relay's certificate alone confirms nothing.
        """
        assert self.trusted is not None
        body = self._ok(self._send("GET", "/v1/admin/devices"))
        result = []
        for item in body.get("devices", []):
            try:
                cert = verify_device_cert(
                    _b64(item.get("cert")), self.trusted.config, self.org_fingerprint
                )
            except ProtocolError as exc:
                raise DeskRequestFailed(detail=f"a device certificate: {exc}") from exc
            if cert.device_id.hex() != item.get("device_id"):
                raise DeskRequestFailed(detail="a device certificate names another device")
            result.append(
                DeviceInfo(
                    device_id=cert.device_id.hex(),
                    device_epoch=cert.device_epoch.hex(),
                    sign_pk=cert.device_sign_pk,
                    label=str(item.get("label", ""))[:64],
                    status=str(item.get("status", "")),
                    enrolled_at=str(item.get("enrolled_at", "")),
                    revoked_at=_optional_text(item.get("revoked_at")),
                    last_seen_at=_optional_text(item.get("last_seen_at")),
                    confirmed=self._bound(item, cert.device_sign_pk, enroll_keys or {}),
                )
            )
        return result

    def _bound(self, item: Mapping[str, Any], sign_pk: bytes, keys: Mapping[str, bytes]) -> bool:
        """Whether the device's binding verifies under the desk key of the code it used."""
        token_hash, binding = item.get("token_hash"), item.get("binding")
        if not isinstance(token_hash, str) or not isinstance(binding, str):
            return False
        desk_key = keys.get(token_hash)
        if desk_key is None:
            return False
        try:
            made, hashed = bytes.fromhex(binding), bytes.fromhex(token_hash)
        except ValueError:
            return False
        return binding_holds(made, desk_key, self.org_fingerprint, hashed, sign_pk)

    def revoke(self, device_id: str) -> None:
        self._ok(self._send("POST", f"/v1/admin/devices/{device_id}/revoke"))

    def new_enroll_code(self, tls_pin: bytes | None = None) -> EnrollCode:
        """A one-time enrollment code for a new field device, with a fresh desk key: the
        caller keeps that key (by `enroll_token_hash(code.token)`) before handing the code out."""
        body = self._ok(self._send("POST", "/v1/admin/enroll-tokens", json={}), 200, 201)
        try:
            token = _b64(body.get("token"), ENROLL_TOKEN_BYTES)
        except ProtocolError as exc:
            raise DeskRequestFailed(detail=str(exc)) from exc
        desk_key = os.urandom(DESK_KEY_BYTES)
        return EnrollCode(self.relay_url, self.org_fingerprint, token, tls_pin, desk_key)

    # -------------------------------------------------------------- pull
    def pull(self, *, sink: DeskSink, devices: Mapping[str, DeviceInfo]) -> PullSummary:
        """Fetch, verify, open and hand to `sink` every committed envelope it lacks.

        Envelopes refused earlier are tried again first (a registry key added since, a device
        listed since, a blob that failed to download). The cursor moves past an envelope only
        once it is imported or noted as refused, so none is ever skipped silently. A network
        failure raises RelayUnreachable: the next pull continues from where this one stopped.
        """
        assert self.trusted is not None
        summary = PullSummary(last_seq=sink.pull_cursor())
        for seq in sorted(sink.refused_seqs()):
            self._check_cancel()
            item = self._one(seq)
            if item is None:
                continue  # the relay no longer has it: it stays listed as refused
            if self._take(item, devices, sink, summary):
                sink.forget_refused(seq)
        after = summary.last_seq
        while True:
            page = self._ok(
                self._send("GET", "/v1/admin/envelopes", params={"after": after, "limit": PAGE})
            )
            items = page.get("items", [])
            if not isinstance(items, list) or not items:
                return summary
            for n, item in enumerate(items, 1):
                self._check_cancel()
                seq = _seq(item)
                self._report("envelopes", n, len(items))
                self._take(item, devices, sink, summary)
                sink.set_pull_cursor(seq)
                after = summary.last_seq = seq

    def _one(self, seq: int) -> Mapping[str, Any] | None:
        page = self._ok(
            self._send("GET", "/v1/admin/envelopes", params={"after": seq - 1, "limit": 1})
        )
        items = page.get("items", [])
        if isinstance(items, list) and items and _seq(items[0]) == seq:
            found: Mapping[str, Any] = items[0]
            return found
        return None

    def _take(
        self,
        item: Mapping[str, Any],
        devices: Mapping[str, DeviceInfo],
        sink: DeskSink,
        summary: PullSummary,
    ) -> bool:
        """Import one listed envelope (True), or note it as refused with the reason (False)."""
        assert self.trusted is not None
        seq = _seq(item)
        files: dict[str, Path] = {}
        envelope_id = "?"
        try:
            try:
                data, receipt = _b64(item.get("envelope")), _b64(item.get("receipt"))
                envelope_id = read_envelope(data)[1].envelope_id.hex()
                blobs = blob_ids(data)
            except ProtocolError as exc:
                raise EnvelopeRefused(envelope_id, str(exc)) from exc
            files = {b: self._download(b, length, summary) for b, length in blobs}
            opened = open_received(
                data,
                devices=devices,
                registry_keys=self.registry_keys,
                blob_files=files,
                via="relay",
                receipt=receipt,
                config=self.trusted.config,
            )
            new = sink.import_envelope(opened)
        except EnvelopeRefused as exc:
            summary.refused.append(exc)
            sink.note_refused(seq, exc.envelope_id, exc.reason)
            return False
        except UserFacingError as exc:  # the vault refused it (e.g. same id, other content)
            refused = EnvelopeRefused(envelope_id, exc.text())
            summary.refused.append(refused)
            sink.note_refused(seq, refused.envelope_id, refused.reason)
            return False
        finally:
            for path in files.values():
                if not path.name.endswith(".part"):
                    path.unlink(missing_ok=True)  # copied into the vault, or not wanted
        if new:
            summary.imported += 1
        else:
            summary.duplicates += 1
        return True

    def _download(self, blob_id: str, length: int, summary: PullSummary) -> Path:
        """The blob's ciphertext in the download folder, resumed from a partial file."""
        self.download_dir.mkdir(parents=True, exist_ok=True)
        final = self.download_dir / blob_id
        if final.exists() and final.stat().st_size == length and file_sha256(final) == blob_id:
            return final
        part = self.download_dir / f"{blob_id}.part"
        for _attempt in (1, 2):
            have = part.stat().st_size if part.exists() else 0
            if have < length:
                self._fetch(blob_id, part, have, length, summary)
            if not part.exists():
                break  # the relay does not have it (404)
            if part.stat().st_size == length and file_sha256(part) == blob_id:
                os.replace(part, final)
                return final
            part.unlink(missing_ok=True)  # damaged: once more from zero
        return part  # absent: open_received refuses the envelope with the reason

    def _fetch(
        self, blob_id: str, part: Path, have: int, length: int, summary: PullSummary
    ) -> None:
        assert self._client is not None
        for attempt in (1, 2):
            headers = {"Authorization": f"Bearer {self._token}"}
            if have:
                headers["Range"] = f"bytes={have}-"
            try:
                with self._client.stream("GET", f"/v1/admin/blobs/{blob_id}", headers=headers) as r:
                    if r.status_code == 401 and attempt == 1:  # the session expired
                        r.read()
                        self._token = None
                        self._sign_in()
                        continue
                    if r.status_code == 404:
                        return
                    if r.status_code not in (200, 206):
                        r.read()
                        self._ok(r)
                    self._save(r, part, length, summary)
                    return
            except httpx.HTTPError as exc:
                raise _failure(exc) from exc

    def _save(
        self, response: httpx.Response, part: Path, length: int, summary: PullSummary
    ) -> None:
        mode = "ab" if response.status_code == 206 else "wb"
        with part.open(mode) as f:
            for chunk in response.iter_bytes(DOWNLOAD_CHUNK):
                self._check_cancel()
                f.write(chunk)
                summary.bytes_downloaded += len(chunk)
                self._report("blob", f.tell(), length)
            f.flush()
            os.fsync(f.fileno())

    # -------------------------------------------------------------- helpers
    def _check_cancel(self) -> None:
        if self._should_cancel and self._should_cancel():
            raise Cancelled()

    def _report(self, what: str, done: int, total: int) -> None:
        if self._progress:
            self._progress(what, done, total)


def _failure(exc: httpx.HTTPError) -> SyncError:
    """A pin or certificate failure is interception, not a flaky link: say so."""
    if verification_failed(exc):
        return NetworkRequiresLogin()
    return RelayUnreachable(detail=type(exc).__name__)


def _seq(item: Mapping[str, Any]) -> int:
    value = item.get("server_seq")
    if not isinstance(value, int) or value < 1:
        raise DeskRequestFailed(detail="bad server_seq")
    return value


def _optional_text(value: object) -> str | None:
    return str(value)[:64] if value else None


def _code(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return ""
    return str(body.get("error", "")) if isinstance(body, dict) else ""
