"""`/v1/bundles`: courier bundles uploaded by any enrolled install, by the blob routes' tus
subset (creation, HEAD, PATCH, checksum). The upload that completes the file is answered with
what became of each envelope (200); the rules live in registry/bundle_ingest.py.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Path, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from registry.app import Authed, _checksum, _errors, _tus_version, _unb64
from registry.blobstore import UploadBusy
from registry.bundle_ingest import BundleIngest
from registry.models import Device
from registry.relay import Relay, RelayError
from registry.tus_chunk import append_chunk
from sync.bundle_format import MAX_BUNDLE_BYTES
from sync.protocol import HASH_BYTES, OFFSET_TYPE, TUS_VERSION

BundleId = Annotated[
    str, Path(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the whole bundle file")
]


class EnvelopeOutcome(BaseModel):
    envelope_id: str
    state: Literal["awaiting_blobs", "committed"] | None = None
    error: str | None = Field(default=None, description="why the relay refused it")


class BundleAnswer(BaseModel):
    bundle_id: str
    device_id: str = Field(description="the device that made the bundle")
    results: list[EnvelopeOutcome] = Field(description="one per envelope, in bundle order")


def _tus_headers(offset: int, length: int | None = None) -> dict[str, str]:
    headers = {"Tus-Resumable": TUS_VERSION, "Upload-Offset": str(offset)}
    headers["Cache-Control"] = "no-store"
    if length is not None:
        headers["Upload-Length"] = str(length)
    return headers


def _answer(result: dict[str, Any], length: int) -> JSONResponse:
    body = BundleAnswer(**result).model_dump(exclude_none=True)
    return JSONResponse(body, status_code=200, headers=_tus_headers(length))


def bundle_router(relay: Relay) -> APIRouter:
    """The bundle routes of a relay; any enrolled, active device may upload."""
    ingest = BundleIngest(relay)
    router = APIRouter(dependencies=[Depends(_tus_version)])

    @router.post("/v1/bundles", status_code=201, responses=_errors(400, 401, 403, 412))
    def create_bundle(
        device: Authed,
        upload_length: Annotated[int, Header(ge=0, le=MAX_BUNDLE_BYTES)],
        upload_metadata: Annotated[str, Header(max_length=256)],
    ) -> Response:
        """tus creation; `Upload-Metadata: id <base64 sha256 of the file>`. Idempotent."""
        name, _, value = upload_metadata.partition(" ")
        if name != "id":
            raise RelayError(400, "metadata_needs_id")
        bundle_id = _unb64(value.strip(), HASH_BYTES).hex()
        offset = ingest.create(device, bundle_id, upload_length)
        headers = _tus_headers(offset, upload_length)
        headers["Location"] = f"/v1/bundles/{bundle_id}"
        return Response(status_code=201, headers=headers)

    @router.head("/v1/bundles/{bundle_id}", responses=_errors(401, 403, 404, 412))
    async def head_bundle(bundle_id: BundleId, device: Authed) -> Response:
        """The durable offset and the length of this device's upload of the bundle."""
        state = await run_in_threadpool(ingest.offset, device, bundle_id)
        if state is None:
            raise RelayError(404, "upload_not_created")
        if state[0] < state[1]:
            try:  # wait for a request still writing, so the offset is current
                async with ingest.uploads.locked_part(bundle_id, device.id):
                    state = await run_in_threadpool(ingest.offset, device, bundle_id)
            except UploadBusy:
                pass
            if state is None:  # expired meanwhile
                raise RelayError(404, "upload_not_created")
        return Response(status_code=200, headers=_tus_headers(*state))

    @router.patch(
        "/v1/bundles/{bundle_id}",
        status_code=204,
        responses={
            200: {"model": BundleAnswer, "description": "the bundle is complete and taken in"},
            **_errors(400, 401, 403, 404, 409, 412, 413, 415, 422, 460),
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {OFFSET_TYPE: {"schema": {"type": "string", "format": "binary"}}},
            }
        },
    )
    async def patch_bundle(
        bundle_id: BundleId,
        request: Request,
        device: Authed,
        upload_offset: Annotated[int, Header(ge=0, le=MAX_BUNDLE_BYTES)],
        content_type: Annotated[str, Header()],
        upload_checksum: Annotated[str | None, Header(max_length=128)] = None,
    ) -> Response:
        """Append at `Upload-Offset`; at the end, verify and take the bundle in (200)."""
        if content_type.split(";")[0].strip() != OFFSET_TYPE:
            raise RelayError(415, "content_type")
        expected_sum = _checksum(upload_checksum)
        if await run_in_threadpool(ingest.offset, device, bundle_id) is None:
            raise RelayError(404, "upload_not_created")
        try:
            async with ingest.uploads.locked_part(bundle_id, device.id) as part:
                return await _append(bundle_id, request, device, upload_offset, expected_sum, part)
        except UploadBusy:
            raise RelayError(409, "upload_busy") from None

    async def _append(
        bundle_id: str,
        request: Request,
        device: Device,
        client_offset: int,
        expected_sum: bytes | None,
        part: Any,
    ) -> Response:
        state = await run_in_threadpool(ingest.offset, device, bundle_id)
        if state is None:  # expired meanwhile
            raise RelayError(404, "upload_not_created")
        offset, length = state
        if client_offset != offset:
            raise RelayError(409, "offset_mismatch", offset=offset)
        if offset == length:  # complete: the kept answer, or take it in now (after a crash)
            result = await run_in_threadpool(ingest.stored_result, bundle_id, device)
            if result is None:
                result = await run_in_threadpool(ingest.finish, device, bundle_id, None)
            else:  # the empty file the lock made
                await run_in_threadpool(ingest.uploads.discard, bundle_id, device.id)
            return _answer(result, length)
        appended = await append_chunk(request, part, offset, length, expected_sum)
        new_offset = appended.new_offset
        await run_in_threadpool(ingest.record_offset, device, bundle_id, new_offset)
        appended.raise_refusal()
        if new_offset < length:
            return Response(status_code=204, headers=_tus_headers(new_offset))
        whole = appended.whole_sha256
        result = await run_in_threadpool(ingest.finish, device, bundle_id, whole)
        return _answer(result, length)

    return router
