"""Partial uploads are kept 30 days after their last byte, say so (Upload-Expires), and then go."""

from __future__ import annotations

import email.utils
import fcntl
import hashlib
import os
import time
from pathlib import Path

import httpx
from sqlalchemy import select, update

from registry.housekeeping import UPLOAD_TTL, expire_uploads
from registry.models import Upload
from sync.bundle_format import CHUNK
from tests.registry.test_bundles_api import create, head, make_bundle, patch
from tests.registry.wire import WireDevice
from tests.sync.harness import relay_process_handle, wait_for

DAY = 24 * 3600.0


def _expires(response: httpx.Response) -> float:
    parsed = email.utils.parsedate_to_datetime(response.headers["Upload-Expires"])
    return parsed.timestamp()


def _uploads(device: WireDevice) -> list[tuple[str, str]]:
    with device.relay.db.reading() as s:
        return [(u.blob_id, u.device_id) for u in s.scalars(select(Upload))]


def test_unfinished_uploads_say_when_they_expire_and_go_30_days_after_their_last_byte(
    device: WireDevice,
) -> None:
    blob = os.urandom(300_000)
    blob_id = hashlib.sha256(blob).hexdigest()
    assert device.post(device.envelope([blob])).status_code == 201
    created = device.create(blob)
    patched = device.patch(blob_id, 0, blob[:100_000])
    head = device.http.head(f"/v1/blobs/{blob_id}")
    for answer in (created, patched, head):
        assert abs(_expires(answer) - (time.time() + UPLOAD_TTL)) < 120, answer.headers
    part = device.relay.store.part(blob_id, device.device_id)
    assert part.stat().st_size == 100_000

    last_byte = time.time()
    assert expire_uploads(device.relay, now=last_byte + 29 * DAY) == 0
    assert part.exists() and _uploads(device) == [(blob_id, device.device_id)]
    # A request still writing the upload keeps it, however old.
    with open(part, "rb") as busy:
        fcntl.flock(busy.fileno(), fcntl.LOCK_EX)
        assert expire_uploads(device.relay, now=last_byte + 31 * DAY) == 0
    assert part.exists()
    assert expire_uploads(device.relay, now=last_byte + 31 * DAY) == 1
    assert not part.exists() and _uploads(device) == []
    gone = device.http.head(f"/v1/blobs/{blob_id}")
    assert gone.status_code == 404  # (a HEAD answer has no body to name the reason)

    # The device comes back a month later: tus creation, from 0, and the blob completes.
    again = device.create(blob)
    assert again.status_code == 201 and again.headers["Upload-Offset"] == "0"
    done = device.patch(blob_id, 0, blob)
    assert done.status_code == 204 and "Upload-Expires" not in done.headers
    assert device.relay.store.path(blob_id).read_bytes() == blob


def test_an_old_part_file_no_upload_refers_to_is_removed(device: WireDevice) -> None:
    stray = device.relay.store.part("ab" * 32, device.device_id)
    stray.write_bytes(b"left by a crash")
    fresh = device.relay.store.part("cd" * 32, device.device_id)
    fresh.write_bytes(b"just written")
    old = time.time() - 31 * DAY
    os.utime(stray, (old, old))
    assert expire_uploads(device.relay) == 1
    assert not stray.exists() and fresh.exists()


def test_bundle_uploads_and_their_kept_answers_go_30_days_after_their_last_byte(
    device: WireDevice, tmp_path: Path
) -> None:
    with httpx.Client(base_url=device.http.base_url) as http:
        maker = WireDevice(device.relay, http).enroll()
    abandoned = make_bundle(maker, tmp_path / "abandoned")
    finished = make_bundle(maker, tmp_path / "finished")
    for made in (abandoned, finished):
        assert create(device, made).status_code == 201
    assert patch(device, abandoned, 0, abandoned.data[:CHUNK]).status_code == 204
    assert patch(device, finished, 0, finished.data).status_code == 200
    bundles = device.relay.store.uploads / "bundles"
    (bundles / "staging-left-by-a-crash").mkdir()

    def left() -> list[str]:
        return sorted(p.name.replace(device.device_id, "D") for p in bundles.iterdir())

    abandoned_files = [f"{abandoned.bundle_id}.D.meta", f"{abandoned.bundle_id}.D.part"]
    everything = sorted(
        [
            *abandoned_files,
            f"{finished.bundle_id}.D.meta",
            f"{finished.bundle_id}.D.result",
            "staging-left-by-a-crash",
        ]
    )
    assert left() == everything

    last_byte = time.time()
    expire_uploads(device.relay, now=last_byte + 29 * DAY)
    assert left() == everything
    # A request still writing the upload keeps it, however old.
    part = bundles / f"{abandoned.bundle_id}.{device.device_id}.part"
    with open(part, "rb") as busy:
        fcntl.flock(busy.fileno(), fcntl.LOCK_EX)
        expire_uploads(device.relay, now=last_byte + 31 * DAY)
    assert left() == abandoned_files
    assert expire_uploads(device.relay, now=last_byte + 31 * DAY) == 1
    assert left() == []
    assert head(device, abandoned).status_code == 404
    assert head(device, finished).status_code == 404

    # The courier comes back a month later: the upload starts again from 0 and is taken in.
    again = create(device, abandoned)
    assert again.status_code == 201 and again.headers["Upload-Offset"] == "0"
    done = patch(device, abandoned, 0, abandoned.data)
    assert done.status_code == 200
    assert [r["state"] for r in done.json()["results"]] == ["committed", "committed"]


def test_serve_runs_a_housekeeping_pass_at_start(tmp_path: Path) -> None:
    with relay_process_handle(tmp_path) as relay:
        with httpx.Client(base_url=relay.url) as http:
            device = WireDevice(relay.core, http).enroll().sign_in()
            blob = os.urandom(50_000)
            device.post(device.envelope([blob]))
            device.patch(hashlib.sha256(blob).hexdigest(), 0, blob[:10_000])
        with relay.core.db.transaction() as s:
            s.execute(update(Upload).values(updated_at=time.time() - 31 * DAY))
        relay.kill()
        relay.restart()
        assert relay.process is not None
        wait_for(relay.url + "/v1/hello", relay.process)
        deadline = time.monotonic() + 20
        while _uploads(device) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _uploads(device) == []
        assert list(relay.core.store.uploads.glob("*.part")) == []
