"""Sync benchmarks: throughput against plain HTTP, wire overhead under cuts, relay ingest.

`run(workdir, postgres_url=None)` returns:
- sync_throughput_ratio_vs_http: 1,000 finalized records and 100 ~2.5 MB files synced over
  loopback (seal, sign-in, envelopes, tus uploads, commits, receipts verified and stored in the
  vault), against a plain HTTP upload of the same bytes in the same run: one POST per envelope
  and one PUT per file, each body streamed to a file and fsynced by a bare Starlette app on the
  same uvicorn. Ratio = plain time / sync time (1.0 = sync costs nothing).
- sync_wire_overhead_under_cuts: client bytes on the wire / blob bytes for a 20 MiB blob
  through a proxy that cuts every connection after a random 64 KiB–1.5 MiB (mean of 3 seeds).
- relay_ingest_envelopes_per_s_sqlite / _postgres: 8 devices posting pre-sealed, blob-free
  envelopes concurrently; each is verified, stored, receipted and committed before its answer.
  PostgreSQL uses `postgres_url` or $DEFENDER_TEST_POSTGRES; without one its value is NaN.
"""

from __future__ import annotations

import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bench.common import PASSPHRASE, REPO, Metric
from defender_app.sync_wiring import install_sync
from storage.vault import Vault
from sync.client import SyncClient, enroll
from sync.enrollment import EnrollCode
from sync.envelope import SealedEnvelope
from sync.protocol import fingerprint
from sync.retry import Backoff
from tests.registry.wire import WireDevice
from tests.sync.harness import FaultProxy, free_port, relay_process, running_relay, wait_for
from tests.sync.helpers import enroll_device

RECORDS = 1000
FILES = 100
FILE_BYTES = 2_500_000
DEVICES = 8
ENVELOPES_PER_DEVICE = 150
MIB = 1 << 20


def _random_file(path: Path, size: int) -> Path:
    path.write_bytes(os.urandom(size))
    return path


def _fill_vault(vault: Vault, workdir: Path) -> None:
    """1,000 final cases with ~2 KB of text each; 100 of them carry one ~2.5 MB file."""
    sources = workdir / "files"
    sources.mkdir()
    for n in range(RECORDS):
        case = vault.cases.create(
            title=f"Caso {n}", description=("Relato de los hechos. " * 100)[:2000]
        ).value
        if n < FILES:
            vault.evidence.import_file(case.id, _random_file(sources / f"f{n}.bin", FILE_BYTES))
        vault.cases.finalize(case.id)
    for path in sources.iterdir():
        path.unlink()


def _plain_app(directory: Path) -> Starlette:
    async def store(request: Request) -> Response:
        path = directory / request.path_params["name"]
        with open(path, "wb") as f:
            async for chunk in request.stream():
                f.write(chunk)
            f.flush()
            os.fsync(f.fileno())
        return Response(status_code=201)

    return Starlette(routes=[Route("/upload/{name}", store, methods=["POST", "PUT"])])


@contextlib.contextmanager
def _plain_http_process(directory: Path) -> Iterator[str]:
    port = free_port()
    command = [sys.executable, "-m", "bench.sync", "plain-server", str(port), str(directory)]
    process = subprocess.Popen(command, cwd=REPO)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(url + "/upload/probe", process)
        yield url
    finally:
        process.terminate()
        process.wait(30)


def _plain_upload(url: str, envelopes: list[bytes], files: list[Path]) -> float:
    start = time.perf_counter()
    with httpx.Client(base_url=url, timeout=120) as client:
        for n, data in enumerate(envelopes):
            client.post(f"/upload/e{n}", content=data).raise_for_status()
        for n, path in enumerate(files):
            with open(path, "rb") as f:
                client.put(f"/upload/b{n}", content=f.read()).raise_for_status()
    return time.perf_counter() - start


def throughput(workdir: Path) -> Metric:
    home = workdir / "sync-vault"
    vault = Vault.create(home, PASSPHRASE, kdf_profile="fast").vault
    try:
        with relay_process(workdir / "sync-relay") as (url, relay):
            outbox = install_sync(vault)
            code = EnrollCode(url, fingerprint(relay.keys.org_root_pk), relay.issue_enroll_token())
            enroll(code.to_text(), outbox)
            _fill_vault(vault, workdir)
            pending = outbox.pending()
            envelopes = [e.envelope for e in pending]
            blob_files = {b.blob_id: outbox.blob_file(b.blob_id) for e in pending for b in e.blobs}
            paths = [p for _, p in sorted(blob_files.items()) if p is not None]
            total = sum(map(len, envelopes)) + sum(p.stat().st_size for p in paths)
            plain_dir = workdir / "plain"
            plain_dir.mkdir()
            with _plain_http_process(plain_dir) as plain_url:
                # before and after the sync, averaged: the machine's load drifts
                before = _plain_upload(plain_url, envelopes, paths)
                start = time.perf_counter()
                result = SyncClient(outbox).run()
                synced = time.perf_counter() - start
                after = _plain_upload(plain_url, envelopes, paths)
            plain = (before + after) / 2
            assert result.delivered == RECORDS and outbox.counts().waiting == 0
    finally:
        vault.lock()
    return Metric(
        plain / synced,
        "ratio",
        ">= 0.7",
        {
            "bytes": total,
            "sync_s": round(synced, 2),
            "plain_http_s": round(plain, 2),
            "plain_http_s_before_after": [round(before, 2), round(after, 2)],
            "sync_mb_per_s": round(total / synced / 1e6, 1),
            "records": RECORDS,
            "files": len(paths),
            "baseline": "one POST per envelope, one PUT per file, each fsynced, same loopback",
        },
    )


def wire_overhead(workdir: Path, seeds: tuple[int, ...] = (1, 2, 3)) -> Metric:
    ratios, cuts = [], []
    for seed in seeds:
        home = workdir / f"cuts-vault-{seed}"
        vault = Vault.create(home, PASSPHRASE, kdf_profile="fast").vault
        try:
            with running_relay(workdir / f"cuts-relay-{seed}") as relay:
                proxy = FaultProxy(
                    relay.server.config.port, cut_range=(64 * 1024, 1536 * 1024), seed=seed
                ).start()
                try:
                    outbox = install_sync(vault)
                    enroll_device(relay, outbox, url=proxy.url)
                    case = vault.cases.create(title="cuts").value
                    blob = _random_file(workdir / f"blob-{seed}.bin", 20 * MIB)
                    vault.evidence.import_file(case.id, blob)
                    blob.unlink()
                    vault.cases.finalize(case.id)
                    (envelope,) = outbox.pending()
                    length = envelope.blobs[0].length
                    proxy.bytes_from_client = 0
                    SyncClient(outbox, backoff=Backoff(base=0.01, cap=0.2), max_failures=200).run()
                    ratios.append(proxy.bytes_from_client / length)
                    cuts.append(proxy.cuts)
                finally:
                    proxy.stop()
        finally:
            vault.lock()
    return Metric(
        statistics.mean(ratios),
        "ratio",
        "<= 1.25",
        {"per_seed": [round(r, 4) for r in ratios], "cuts": cuts, "blob_mib": 20},
    )


def ingest(workdir: Path, database_url: str | None, name: str) -> Metric:
    with relay_process(workdir / f"ingest-{name}", database_url) as (url, relay):
        clients = [httpx.Client(base_url=url, timeout=60) for _ in range(DEVICES)]
        try:
            devices = [WireDevice(relay, c).enroll().sign_in() for c in clients]
            batches = [
                [d.envelope(text="{}") for _ in range(ENVELOPES_PER_DEVICE)] for d in devices
            ]

            def send(device: WireDevice, batch: list[SealedEnvelope]) -> None:
                for sealed in batch:
                    answer = device.post(sealed)
                    assert answer.status_code == 200, answer.text

            threads = [
                threading.Thread(target=send, args=(d, b))
                for d, b in zip(devices, batches, strict=True)
            ]
            start = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            elapsed = time.perf_counter() - start
        finally:
            for c in clients:
                c.close()
    total = DEVICES * ENVELOPES_PER_DEVICE
    return Metric(
        total / elapsed,
        "envelopes/s",
        ">= 100",
        {
            "devices": DEVICES,
            "envelopes": total,
            "seconds": round(elapsed, 2),
            "database": name,
            "how": "one POST /v1/envelopes each (no batching), verified, stored, receipted",
        },
    )


def _postgres_database(dsn: str) -> str:
    name = "bench_" + os.urandom(6).hex()
    with psycopg.connect(dsn, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    return dsn.rsplit("/", 1)[0] + "/" + name


def run(workdir: Path, postgres_url: str | None = None) -> dict[str, Metric]:
    workdir.mkdir(parents=True, exist_ok=True)
    metrics = {
        "sync_throughput_ratio_vs_http": throughput(workdir),
        "sync_wire_overhead_under_cuts": wire_overhead(workdir),
        "relay_ingest_envelopes_per_s_sqlite": ingest(workdir, None, "sqlite"),
    }
    dsn = postgres_url or os.environ.get("DEFENDER_TEST_POSTGRES")
    if dsn:
        metrics["relay_ingest_envelopes_per_s_postgres"] = ingest(
            workdir, _postgres_database(dsn), "postgres"
        )
    else:
        metrics["relay_ingest_envelopes_per_s_postgres"] = Metric(
            float("nan"),
            "envelopes/s",
            ">= 100",
            {"skipped": "no PostgreSQL: set DEFENDER_TEST_POSTGRES (start_postgres.sh)"},
        )
    return metrics


if __name__ == "__main__":
    if sys.argv[1:2] == ["plain-server"]:
        uvicorn.run(
            _plain_app(Path(sys.argv[3])),
            host="127.0.0.1",
            port=int(sys.argv[2]),
            log_level="warning",
            access_log=False,
        )
    else:
        with tempfile.TemporaryDirectory() as tmp:
            results = run(Path(tmp))
        json.dump({k: v.to_json() for k, v in results.items()}, sys.stdout, indent=1)
