"""The relay's HTTP API (SYNC_SECURITY_RESEARCH.md §3.5): FastAPI, bodies streamed, no secrets.

Control messages are JSON; envelopes travel as the device's signed CBOR bytes; blobs by a tus
1.0 subset (creation, HEAD, PATCH, checksum). Logs carry ids, status codes and sizes only.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import errno
import logging
import time
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Header, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from nacl.signing import SigningKey
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.exc import DBAPIError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from registry.admin_relay import AdminRelay
from registry.blobstore import BlobStore, UploadBusy
from registry.db import Database, make_engine, upgrade
from registry.housekeeping import http_date, upload_expires
from registry.keys import DataDir, LiveKeys
from registry.models import Device
from registry.relay import Answer, Relay, RelayError
from registry.tus_chunk import append_chunk
from sync.protocol import (
    CBOR_TYPE,
    ENROLL_TOKEN_BYTES,
    HASH_BYTES,
    MAX_BLOB_BYTES,
    MAX_ENVELOPE_BYTES,
    MAX_PATCH_BYTES,
    OFFSET_TYPE,
    SIG_BYTES,
    TUS_VERSION,
    ProtocolError,
    decode_batch,
    hello_message,
)

log = logging.getLogger("defender.registry")

HEX32 = r"^[0-9a-f]{32}$"
HEX64 = r"^[0-9a-f]{64}$"
BlobId = Annotated[str, Path(pattern=HEX64, description="SHA-256 of the blob's ciphertext")]
EnvelopeId = Annotated[str, Path(pattern=HEX32)]


# ------------------------------------------------------------------ schemas
class ErrorBody(BaseModel):
    model_config = ConfigDict(extra="allow")
    error: str


class Limits(BaseModel):
    max_patch: int
    max_blob: int
    max_envelope: int


class Hello(BaseModel):
    server_time: str
    api: list[int]
    limits: Limits
    org_root_pk: str = Field(description="base64 Ed25519 public key of the organisation root")
    config: str = Field(description="base64 CBOR RegistryConfig signed by the root")
    config_sig: str
    proof: str | None = Field(description="base64 server signature over the nonce and time")


class EnrollRequest(BaseModel):
    enroll_token: str = Field(pattern=HEX32)
    device_sign_pk: str = Field(pattern=HEX64)
    label: str = Field(default="", max_length=64)
    binding: str | None = Field(
        default=None,
        pattern=HEX64,
        description="hex HMAC-SHA256 under the desk key of a desk-issued code, over "
        '"HRD-BIND-v1\\0" ‖ org fingerprint ‖ SHA-256(enroll_token) ‖ device_sign_pk; kept '
        "for the registry desk, which checks it",
    )


class Enrolled(BaseModel):
    device_id: str
    device_epoch: str
    device_cert: str = Field(description="base64: CBOR DeviceCert followed by a 64-byte signature")


class ChallengeRequest(BaseModel):
    device_id: str = Field(pattern=HEX32)


class Challenge(BaseModel):
    nonce: str
    expires_in: int


class SessionRequest(BaseModel):
    device_id: str = Field(pattern=HEX32)
    nonce: str = Field(pattern=HEX64)
    sig: str = Field(min_length=88, max_length=88, description="base64 Ed25519 signature")


class SessionToken(BaseModel):
    token: str
    expires_in: int


class EnvelopeState(BaseModel):
    state: Literal["awaiting_blobs", "committed"]
    missing: list[str] = Field(description="blob ids not yet uploaded, smallest first")
    receipt: str | None = Field(default=None, description="base64 signed receipt (CBOR)")
    warnings: list[str] = []
    missing_seqs: list[int] = []


class BatchItem(BaseModel):
    status: int = Field(description="what POST /v1/envelopes would have answered")
    state: Literal["awaiting_blobs", "committed"] | None = None
    missing: list[str] = []
    receipt: str | None = None
    error: str | None = None


class BatchAnswer(BaseModel):
    results: list[BatchItem] = Field(description="one per envelope, in request order")
    warnings: list[str] = []
    missing_seqs: list[int] = []


class Receipts(BaseModel):
    receipts: list[str]


class DeviceStatus(BaseModel):
    status: str
    device_epoch: str
    max_contiguous_seq: int
    missing_seqs: list[int]
    max_seq: int = Field(default=0, description="the current epoch's highest sequence number")
    max_seq_hash: str | None = Field(default=None, description="that envelope's SHA-256")


class EpochRequest(BaseModel):
    from_epoch: str = Field(pattern=r"^[0-9a-f]{16}$")
    sig: str = Field(
        min_length=88,
        max_length=88,
        description="base64 Ed25519 signature of the device over HRD-EPOCH-v1, the org "
        "fingerprint, the device id and from_epoch",
    )


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {code: {"model": ErrorBody} for code in codes}


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: str, size: int) -> bytes:
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise RelayError(400, "bad_base64") from None
    if len(data) != size:
        raise RelayError(400, "bad_length")
    return data


def _answer(answer: Answer) -> JSONResponse:
    body = dict(answer.body)
    if "receipt" in body:
        body["receipt"] = _b64(body["receipt"])
    return JSONResponse(EnvelopeState(**body).model_dump(), status_code=answer.status)


async def _read_bounded(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise RelayError(413, "too_large")
    data = bytearray()
    async for chunk in request.stream():
        data += chunk
        if len(data) > limit:
            raise RelayError(413, "too_large")
    return bytes(data)


class AccessLog:
    """One line per request: method, path (ids only), status, bytes in. No bodies, no IPs."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = [0]
        received = [0]

        async def counting_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                received[0] += len(message.get("body", b""))
            return message

        async def capturing_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        start = time.perf_counter()
        try:
            await self.app(scope, counting_receive, capturing_send)
        finally:
            log.info(
                "%s %s status=%d in=%d ms=%.1f",
                scope["method"],
                scope["path"],
                status[0],
                received[0],
                (time.perf_counter() - start) * 1000,
            )


_bearer = HTTPBearer(auto_error=False)


def _current_device(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Device:
    if credentials is None:
        raise RelayError(401, "token_missing")
    relay: Relay = request.app.state.relay
    return relay.authenticate(credentials.credentials)


Authed = Annotated[Device, Depends(_current_device)]


def _tus_version(tus_resumable: Annotated[str | None, Header()] = None) -> None:
    if tus_resumable is not None and tus_resumable != TUS_VERSION:
        raise RelayError(412, "tus_version_unsupported")


def create_app(data: DataDir, database_url: str | None = None) -> FastAPI:
    """The relay for the data directory `data` (keys, blobs, and SQLite unless a URL is given)."""
    engine = make_engine(data.database_url(database_url))
    upgrade(engine)
    store = BlobStore(data.blobs, data.uploads)
    # LiveKeys: a registry key rotation is served from the next hello on, with no restart.
    relay = Relay(Database(engine), LiveKeys(data), store)

    app = FastAPI(
        title="Defender registry relay",
        version="1",
        description="A blind store-and-forward relay: sealed envelopes, encrypted blobs, "
        "signed receipts. It holds no key that opens an envelope.",
    )
    app.state.relay = relay
    app.state.admin = AdminRelay(relay)
    app.add_middleware(AccessLog)
    # (imported here: the desk's routes build on this module's schemas)
    from registry.admin import router as admin_router

    app.include_router(admin_router)

    @app.exception_handler(RelayError)
    async def _relay_error(_request: Request, exc: RelayError) -> JSONResponse:
        headers = {"Tus-Resumable": TUS_VERSION} if exc.status in (409, 460) else None
        if "offset" in exc.extra:
            headers = {**(headers or {}), "Upload-Offset": str(exc.extra["offset"])}
        return JSONResponse(
            {"error": exc.code, **exc.extra}, status_code=exc.status, headers=headers
        )

    @app.exception_handler(OSError)
    @app.exception_handler(DBAPIError)
    async def _out_of_space(_request: Request, exc: Exception) -> JSONResponse:
        """Disk full (fault row 9): 507, which devices retry later with their long backoff."""
        if not _is_out_of_space(exc):
            raise exc
        log.error("out of space: %s", type(exc).__name__)
        return JSONResponse({"error": "insufficient_storage"}, status_code=507)

    # ------------------------------------------------------------------ hello
    @app.get("/v1/hello", response_model=Hello, responses=_errors(422))
    def hello(
        nonce: Annotated[str | None, Query(pattern=HEX64, description="client challenge")] = None,
    ) -> Hello:
        """Connectivity and captive-portal probe: only the real relay can sign the answer."""
        now = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
        keys = relay.keys
        proof = None
        if nonce:
            message = hello_message(bytes.fromhex(nonce), now)
            proof = _b64(SigningKey(keys.signing_seed).sign(message).signature)
        return Hello(
            server_time=now,
            api=[1],
            limits=Limits(
                max_patch=MAX_PATCH_BYTES,
                max_blob=MAX_BLOB_BYTES,
                max_envelope=MAX_ENVELOPE_BYTES,
            ),
            org_root_pk=_b64(keys.org_root_pk),
            config=_b64(keys.config_bytes),
            config_sig=_b64(keys.config_sig),
            proof=proof,
        )

    # ------------------------------------------------------------------ enrollment and auth
    @app.post("/v1/enroll", response_model=Enrolled, status_code=201, responses=_errors(401, 422))
    def enroll(request: EnrollRequest) -> Enrolled:
        token = bytes.fromhex(request.enroll_token)
        assert len(token) == ENROLL_TOKEN_BYTES
        binding = bytes.fromhex(request.binding) if request.binding else None
        device_id, epoch, cert = relay.enroll(
            token, bytes.fromhex(request.device_sign_pk), request.label, binding
        )
        return Enrolled(device_id=device_id, device_epoch=epoch, device_cert=_b64(cert))

    @app.post("/v1/auth/challenge", response_model=Challenge, responses=_errors(401, 403, 422))
    def challenge(request: ChallengeRequest) -> Challenge:
        return Challenge(nonce=relay.challenge(request.device_id), expires_in=60)

    @app.post("/v1/auth/session", response_model=SessionToken, responses=_errors(400, 401, 403))
    def session(request: SessionRequest) -> SessionToken:
        sig = _unb64(request.sig, SIG_BYTES)
        return SessionToken(
            token=relay.open_session(request.device_id, request.nonce, sig), expires_in=900
        )

    # ------------------------------------------------------------------ envelopes
    @app.post(
        "/v1/envelopes",
        status_code=201,
        response_model=EnvelopeState,
        responses={200: {"model": EnvelopeState}, **_errors(400, 401, 403, 409, 413, 422, 507)},
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {CBOR_TYPE: {"schema": {"type": "string", "format": "binary"}}},
            }
        },
    )
    async def post_envelope(
        request: Request,
        device: Authed,
        idempotency_key: Annotated[str, Header(pattern=HEX32)],
    ) -> JSONResponse:
        """Store a signed envelope. Same id and bytes: the stored answer. Other bytes: 409."""
        data = await _read_bounded(request, MAX_ENVELOPE_BYTES)
        return _answer(await run_in_threadpool(relay.ingest, device, data, idempotency_key))

    @app.post(
        "/v1/envelopes/batch",
        response_model=BatchAnswer,
        responses=_errors(400, 401, 403, 413, 507),
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    CBOR_TYPE: {
                        "schema": {"type": "string", "format": "binary"},
                        "description": "CBOR array of up to 64 signed envelopes",
                    }
                },
            }
        },
    )
    async def post_envelopes(request: Request, device: Authed) -> BatchAnswer:
        """Up to 64 envelopes at once; each answered as POST /v1/envelopes would answer it."""
        data = await _read_bounded(request, MAX_ENVELOPE_BYTES + 1024)
        try:
            envelopes = list(decode_batch(data))
        except ProtocolError:
            raise RelayError(400, "batch_malformed") from None
        answers = await run_in_threadpool(relay.ingest_batch, device, envelopes)
        results: list[BatchItem] = []
        warnings: list[str] = []
        gaps: list[int] = []
        for answer in answers:
            if isinstance(answer, RelayError):
                results.append(BatchItem(status=answer.status, error=answer.code))
                continue
            body = answer.body
            receipt = body.get("receipt")
            warnings, gaps = body.get("warnings", warnings), body.get("missing_seqs", gaps)
            results.append(
                BatchItem(
                    status=answer.status,
                    state=body["state"],
                    missing=body["missing"],
                    receipt=_b64(receipt) if receipt else None,
                )
            )
        return BatchAnswer(results=results, warnings=warnings, missing_seqs=gaps)

    @app.post(
        "/v1/envelopes/{envelope_id}/commit",
        response_model=EnvelopeState,
        responses=_errors(401, 403, 404, 409),
    )
    def commit(envelope_id: EnvelopeId, device: Authed) -> JSONResponse:
        """The receipt, once every blob of the envelope is published; idempotent."""
        return _answer(relay.commit(device, envelope_id))

    @app.get("/v1/receipts", response_model=Receipts, responses=_errors(401, 403))
    def receipts(
        device: Authed,
        after_seq: Annotated[int, Query(ge=0, le=(1 << 62))] = 0,
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
    ) -> Receipts:
        """Receipts of this device's current epoch after a sequence number (missed answers)."""
        return Receipts(receipts=[_b64(r) for r in relay.receipts(device, after_seq, limit)])

    @app.get("/v1/devices/me", response_model=DeviceStatus, responses=_errors(401, 403))
    def device_me(device: Authed) -> DeviceStatus:
        return DeviceStatus(**relay.device_status(device))

    @app.post(
        "/v1/devices/me/epoch",
        response_model=Enrolled,
        responses=_errors(400, 401, 403, 409),
    )
    def device_epoch(request: EpochRequest, device: Authed) -> Enrolled:
        """A new sequence for a restored vault; the old epoch's envelopes stay. Idempotent."""
        epoch, cert = relay.new_epoch(device, request.from_epoch, _unb64(request.sig, SIG_BYTES))
        return Enrolled(device_id=device.id, device_epoch=epoch, device_cert=_b64(cert))

    # ------------------------------------------------------------------ blobs (tus subset)
    def tus_headers(
        offset: int, length: int | None = None, expires: float | None = None
    ) -> dict[str, str]:
        headers = {
            "Tus-Resumable": TUS_VERSION,
            "Upload-Offset": str(offset),
            "Cache-Control": "no-store",
        }
        if length is not None:
            headers["Upload-Length"] = str(length)
        if expires is not None:  # an unfinished upload: kept 30 days after its last byte
            headers["Upload-Expires"] = http_date(expires)
        return headers

    @app.post(
        "/v1/blobs",
        status_code=201,
        responses=_errors(400, 401, 403, 404, 412, 507),
        dependencies=[Depends(_tus_version)],
    )
    def create_blob(
        device: Authed,
        upload_length: Annotated[int, Header(ge=0, le=MAX_BLOB_BYTES)],
        upload_metadata: Annotated[str, Header(max_length=256)],
    ) -> Response:
        """tus creation; `Upload-Metadata: id <base64 sha256>`. Idempotent: ids are hashes."""
        name, _, value = upload_metadata.partition(" ")
        if name != "id":
            raise RelayError(400, "metadata_needs_id")
        blob_id = _unb64(value.strip(), HASH_BYTES).hex()
        offset = relay.create_upload(device, blob_id, upload_length)
        expires = upload_expires(relay, device.id, blob_id) if offset < upload_length else None
        headers = tus_headers(offset, upload_length, expires)
        headers["Location"] = f"/v1/blobs/{blob_id}"
        return Response(status_code=201, headers=headers)

    @app.head(
        "/v1/blobs/{blob_id}",
        responses=_errors(401, 403, 404, 412),
        dependencies=[Depends(_tus_version)],
    )
    async def head_blob(blob_id: BlobId, device: Authed) -> Response:
        """The durable offset (bytes the relay has fsynced) and the length."""
        state = await run_in_threadpool(relay.upload_offset, device, blob_id)
        if state is None:
            raise RelayError(404, "upload_not_created")
        if state[0] < state[1]:
            try:  # wait for a request still writing, so the offset is current
                async with store.locked_part(blob_id, device.id):
                    state = await run_in_threadpool(relay.upload_offset, device, blob_id)
            except UploadBusy:
                pass
            if state is None:  # expired meanwhile
                raise RelayError(404, "upload_not_created")
        expires = None
        if state[0] < state[1]:
            expires = await run_in_threadpool(upload_expires, relay, device.id, blob_id)
        return Response(status_code=200, headers=tus_headers(state[0], state[1], expires))

    @app.patch(
        "/v1/blobs/{blob_id}",
        status_code=204,
        responses=_errors(400, 401, 403, 404, 409, 412, 413, 415, 422, 460, 507),
        dependencies=[Depends(_tus_version)],
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {OFFSET_TYPE: {"schema": {"type": "string", "format": "binary"}}},
            }
        },
    )
    async def patch_blob(
        blob_id: BlobId,
        request: Request,
        device: Authed,
        upload_offset: Annotated[int, Header(ge=0, le=MAX_BLOB_BYTES)],
        content_type: Annotated[str, Header()],
        upload_checksum: Annotated[str | None, Header(max_length=128)] = None,
    ) -> Response:
        """Append at `Upload-Offset`; keeps whatever arrives before a drop; verifies at the end."""
        if content_type.split(";")[0].strip() != OFFSET_TYPE:
            raise RelayError(415, "content_type")
        expected_sum = _checksum(upload_checksum)
        state = await run_in_threadpool(relay.upload_offset, device, blob_id)
        if state is None:
            raise RelayError(404, "upload_not_created")
        try:
            async with store.locked_part(blob_id, device.id) as part:
                return await _append(blob_id, request, device, upload_offset, expected_sum, part)
        except UploadBusy:
            raise RelayError(409, "upload_busy") from None

    async def _append(
        blob_id: str,
        request: Request,
        device: Device,
        client_offset: int,
        expected_sum: bytes | None,
        part: Any,
    ) -> Response:
        state = await run_in_threadpool(relay.upload_offset, device, blob_id)
        if state is None:  # expired meanwhile
            raise RelayError(404, "upload_not_created")
        offset, length = state
        if client_offset != offset:
            raise RelayError(409, "offset_mismatch", offset=offset)
        if offset == length:
            return Response(status_code=204, headers=tus_headers(offset))
        appended = await append_chunk(request, part, offset, length, expected_sum)
        new_offset = appended.new_offset
        if new_offset < length or appended.overflow or appended.bad_sum:
            # (a complete blob is published next; until then HEAD reports the last offset)
            await run_in_threadpool(relay.record_offset, device, blob_id, new_offset)
        appended.raise_refusal()
        whole = appended.whole_sha256
        if new_offset == length and not await run_in_threadpool(
            relay.finish_upload, device, blob_id, length, whole
        ):
            raise RelayError(422, "blob_hash_mismatch")
        expires = None
        if new_offset < length:
            expires = await run_in_threadpool(upload_expires, relay, device.id, blob_id)
        return Response(status_code=204, headers=tus_headers(new_offset, expires=expires))

    # (imported here: the courier bundle routes build on this module's auth and schemas)
    from registry.bundles import bundle_router

    app.include_router(bundle_router(relay))
    return app


def _is_out_of_space(exc: BaseException) -> bool:
    """A full disk or quota, whether the blob store or the database hit it."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    if isinstance(exc, DBAPIError):
        orig = exc.orig
        # SQLite: SQLITE_FULL (13); PostgreSQL: disk_full (53100)
        return getattr(orig, "sqlite_errorcode", None) == 13 or (
            getattr(orig, "sqlstate", None) == "53100"
        )
    return False


def _checksum(header: str | None) -> bytes | None:
    if header is None:
        return None
    algorithm, _, value = header.partition(" ")
    if algorithm != "sha256":
        raise RelayError(400, "checksum_algorithm")
    return _unb64(value.strip(), HASH_BYTES)
