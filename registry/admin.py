"""The registry desk's HTTP API (/v1/admin): sign-in with the organisation root key, enrollment
tokens, devices, revocation, and pulling committed envelopes and their blobs.

Every route but the sign-in needs an admin session token. Logs carry ids and sizes only.
"""

from __future__ import annotations

import logging
import pathlib
import re
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials
from pydantic import BaseModel, Field

from registry.admin_relay import AdminRelay, DeviceInfo
from registry.app import (
    HEX32,
    HEX64,
    BlobId,
    Challenge,
    SessionToken,
    _b64,
    _bearer,
    _errors,
    _unb64,
)
from registry.blobstore import READ_BLOCK
from registry.relay import NONCE_TTL, SESSION_TTL, RelayError, iso
from sync.protocol import SIG_BYTES

log = logging.getLogger("defender.registry")

BINARY = "application/octet-stream"
DeviceId = Annotated[str, Path(pattern=HEX32)]
_RANGE = re.compile(r"bytes=(\d{1,15})-(\d{0,15})")


# ------------------------------------------------------------------ schemas
class AdminSessionRequest(BaseModel):
    nonce: str = Field(pattern=HEX64)
    sig: str = Field(
        min_length=88,
        max_length=88,
        description='base64 Ed25519 signature by the organisation root over "HRD-ADMIN-v1\\0" '
        "‖ org fingerprint ‖ nonce",
    )


class IssuedEnrollToken(BaseModel):
    token: str = Field(description="base64 one-time enrollment token (16 bytes)")
    expires_at: str


class DeviceEntry(BaseModel):
    device_id: str
    device_epoch: str
    label: str
    status: Literal["active", "revoked"]
    enrolled_at: str
    revoked_at: str | None
    last_seen_at: str | None = Field(description="its last sign-in")
    cert: str = Field(description="base64: CBOR DeviceCert followed by the relay's signature")
    token_hash: str | None = Field(
        description="SHA-256 of the enrollment token the device used, hex (none before "
        "the relay kept it)"
    )
    binding: str | None = Field(
        description="hex HMAC-SHA256 the device sent at enrollment under the desk key of a "
        "desk-issued code (sync.protocol.device_binding); none for codes the relay made. "
        "The desk checks it; the relay cannot make one"
    )


class DeviceList(BaseModel):
    devices: list[DeviceEntry]


class Revoked(BaseModel):
    device_id: str
    status: Literal["revoked"]
    revoked_at: str


class BlobRef(BaseModel):
    id: str = Field(description="SHA-256 of the blob's ciphertext, hex")
    len: int


class LoggedEnvelope(BaseModel):
    server_seq: int
    envelope: str = Field(description="base64 signed envelope, as the device sent it")
    receipt: str = Field(description="base64 signed receipt (CBOR)")
    blobs: list[BlobRef]


class EnvelopePage(BaseModel):
    items: list[LoggedEnvelope]
    last_seq: int = Field(description="pass as `after` for the next page")


def _blob_content(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {BINARY: {"schema": {"type": "string", "format": "binary"}}},
    }


# ------------------------------------------------------------------ authorisation
def _desk(request: Request) -> AdminRelay:
    admin: AdminRelay = request.app.state.admin
    return admin


def _signed_in_desk(
    admin: Annotated[AdminRelay, Depends(_desk)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> AdminRelay:
    if credentials is None:
        raise RelayError(401, "token_missing")
    admin.authenticate(credentials.credentials)
    return admin


Desk = Annotated[AdminRelay, Depends(_desk)]
SignedIn = Annotated[AdminRelay, Depends(_signed_in_desk)]

router = APIRouter(prefix="/v1/admin", tags=["admin"])


# ------------------------------------------------------------------ sign-in
@router.post("/challenge", response_model=Challenge)
def challenge(admin: Desk) -> Challenge:
    """A single-use nonce for the desk to sign with the organisation root key."""
    return Challenge(nonce=admin.challenge(), expires_in=int(NONCE_TTL))


@router.post("/session", response_model=SessionToken, responses=_errors(400, 401))
def session(request: AdminSessionRequest, admin: Desk) -> SessionToken:
    sig = _unb64(request.sig, SIG_BYTES)
    return SessionToken(token=admin.open_session(request.nonce, sig), expires_in=int(SESSION_TTL))


# ------------------------------------------------------------------ devices
@router.post(
    "/enroll-tokens",
    status_code=201,
    response_model=IssuedEnrollToken,
    responses=_errors(401, 403),
)
def enroll_token(admin: SignedIn) -> IssuedEnrollToken:
    """A one-time token for POST /v1/enroll; the desk builds the enrollment code around it."""
    token, expires_at = admin.issue_enroll_token()
    return IssuedEnrollToken(token=_b64(token), expires_at=iso(expires_at))


def _entry(info: DeviceInfo) -> DeviceEntry:
    return DeviceEntry(
        device_id=info.device_id,
        device_epoch=info.device_epoch,
        label=info.label,
        status="revoked" if info.status == "revoked" else "active",
        enrolled_at=iso(info.enrolled_at),
        revoked_at=None if info.revoked_at is None else iso(info.revoked_at),
        last_seen_at=None if info.last_seen_at is None else iso(info.last_seen_at),
        cert=_b64(info.cert),
        token_hash=info.token_hash,
        binding=None if info.binding is None else info.binding.hex(),
    )


@router.get("/devices", response_model=DeviceList, responses=_errors(401, 403))
def devices(admin: SignedIn) -> DeviceList:
    return DeviceList(devices=[_entry(info) for info in admin.devices()])


@router.post(
    "/devices/{device_id}/revoke", response_model=Revoked, responses=_errors(401, 403, 404)
)
def revoke(device_id: DeviceId, admin: SignedIn) -> Revoked:
    """Revoke a device at once: its sessions end and it can no longer sign in. Idempotent."""
    info = admin.revoke(device_id)
    assert info.revoked_at is not None
    return Revoked(device_id=info.device_id, status="revoked", revoked_at=iso(info.revoked_at))


# ------------------------------------------------------------------ the committed log
@router.get("/envelopes", response_model=EnvelopePage, responses=_errors(401, 403))
def envelopes(
    admin: SignedIn,
    after: Annotated[int, Query(ge=0, le=(1 << 62), description="server_seq already held")] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> EnvelopePage:
    """Committed envelopes in server_seq order, with their receipts and blob lists."""
    items = [
        LoggedEnvelope(
            server_seq=item.server_seq,
            envelope=_b64(item.envelope),
            receipt=_b64(item.receipt),
            blobs=[BlobRef(id=blob_id, len=length) for blob_id, length in item.blobs],
        )
        for item in admin.envelopes(after, limit)
    ]
    return EnvelopePage(items=items, last_seq=items[-1].server_seq if items else after)


@router.get(
    "/blobs/{blob_id}",
    response_class=Response,
    responses={
        200: _blob_content("the whole blob"),
        206: _blob_content("the blob from the requested offset (Content-Range)"),
        **_errors(401, 403, 404, 416),
    },
)
async def blob(
    blob_id: BlobId,
    admin: SignedIn,
    range_: Annotated[
        str | None,
        Header(alias="Range", max_length=64, description="bytes=N- (or bytes=N-M) to resume"),
    ] = None,
) -> Response:
    """A published blob's bytes, streamed; a single byte range resumes a broken download."""
    path = await run_in_threadpool(admin.published_blob, blob_id)
    size = path.stat().st_size
    headers = {"Accept-Ranges": "bytes", "Cache-Control": "no-store"}
    span = _byte_range(range_, size)
    if span == "unsatisfiable":
        return JSONResponse(
            {"error": "range_not_satisfiable"},
            status_code=416,
            headers={**headers, "Content-Range": f"bytes */{size}"},
        )
    start, end = span or (0, size)
    headers["Content-Length"] = str(end - start)
    if span:
        headers["Content-Range"] = f"bytes {start}-{end - 1}/{size}"
    log.info("blob sent by=admin id=%s from=%d bytes=%d", blob_id, start, end - start)
    return StreamingResponse(
        _read(path, start, end - start),
        status_code=206 if span else 200,
        media_type=BINARY,
        headers=headers,
    )


def _byte_range(header: str | None, size: int) -> tuple[int, int] | Literal["unsatisfiable"] | None:
    """[start, end) of a single `bytes=N-` or `bytes=N-M` range; None to send the whole blob
    (no header, or one this relay ignores, as RFC 9110 §14.2 allows)."""
    match = _RANGE.fullmatch(header.strip()) if header else None
    if match is None:
        return None
    start = int(match[1])
    end = int(match[2]) + 1 if match[2] else size
    if match[2] and end <= start:
        return None
    if start >= size:
        return "unsatisfiable"
    return start, min(end, size)


def _read(path: pathlib.Path, start: int, count: int) -> Iterator[bytes]:
    """Opened only when the response starts streaming, so an unsent response leaks no file.
    Blobs are immutable once published: the size read before is the size read here."""
    with path.open("rb") as f:
        f.seek(start)
        while count > 0:
            block = f.read(min(READ_BLOCK, count))
            if not block:
                return
            count -= len(block)
            yield block
