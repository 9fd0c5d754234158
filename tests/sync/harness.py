"""The real relay on loopback (uvicorn in a thread) and a fault-injecting TCP proxy.

The proxy is plain asyncio TCP: it counts every byte it accepts from the client (what crossed
the wire), can cut each connection after a random number of client bytes, and can drop the
answer to a chosen request after the relay has committed it (a lost response).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import uvicorn

from registry.app import create_app
from registry.blobstore import BlobStore
from registry.db import Database, make_engine, upgrade
from registry.keys import DataDir, initialise, load
from registry.relay import Relay as RelayCore

REPO = Path(__file__).parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Relay:
    data: DataDir
    offline: Path
    url: str
    log_file: Path
    server: uvicorn.Server
    thread: threading.Thread

    @property
    def registry_sk(self) -> bytes:
        return (self.offline / "registry_sealing.key").read_bytes()


@contextlib.contextmanager
def running_relay(
    root: Path, database_url: str | None = None, org_name: str = "Test org"
) -> Iterator[Relay]:
    """init + serve, as `defender-registry` does, with the relay's log captured to a file."""
    data = DataDir(root / "relay")
    offline = root / "offline"
    initialise(data, offline, org_name)
    log_file = root / "relay.log"
    handler = logging.FileHandler(log_file)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    relay_log = logging.getLogger("defender.registry")
    relay_log.addHandler(handler)
    relay_log.setLevel(logging.INFO)
    relay_log.propagate = False
    app = create_app(data, database_url)
    port = free_port()
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_config=None, access_log=False, lifespan="off"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("relay did not start")
        time.sleep(0.02)
    try:
        yield Relay(data, offline, f"http://127.0.0.1:{port}", log_file, server, thread)
    finally:
        server.should_exit = True
        thread.join(timeout=20)
        relay_log.removeHandler(handler)
        handler.close()
        app.state.relay.db.engine.dispose()


@dataclass
class RelayProcess:
    """`defender-registry serve` in a process of its own, as deployed."""

    url: str
    core: RelayCore  # the same data directory and database, opened here (tokens, keys)
    command: list[str]
    log: Path
    process: subprocess.Popen[bytes] | None = None

    def kill(self) -> None:
        """SIGKILL: no shutdown handler runs, as in a power cut of the server."""
        assert self.process is not None
        self.process.kill()
        self.process.wait(30)

    def restart(self) -> None:
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                self.command, cwd=REPO, stdout=log, stderr=subprocess.STDOUT
            )
        wait_for(self.url + "/v1/hello", self.process)


@contextlib.contextmanager
def relay_process(root: Path, database_url: str | None = None) -> Iterator[tuple[str, RelayCore]]:
    with relay_process_handle(root, database_url) as handle:
        yield handle.url, handle.core


@contextlib.contextmanager
def relay_process_handle(root: Path, database_url: str | None = None) -> Iterator[RelayProcess]:
    data = DataDir(root / "relay")
    initialise(data, root / "offline", "Test org")
    port = free_port()
    command = [sys.executable, "-m", "registry.cli", "serve", "--data", str(data.root)]
    command += ["--port", str(port), *(["--database-url", database_url] if database_url else [])]
    engine = make_engine(data.database_url(database_url))
    upgrade(engine)
    core = RelayCore(Database(engine), load(data), BlobStore(data.blobs, data.uploads))
    handle = RelayProcess(
        f"http://127.0.0.1:{port}",
        core,
        command,
        root / "relay.log",
        None,  # type: ignore[arg-type]
    )
    handle.restart()
    try:
        yield handle
    finally:
        if handle.process is not None and handle.process.poll() is None:
            handle.process.terminate()
            handle.process.wait(30)
        engine.dispose()


def wait_for(url: str, process: subprocess.Popen[bytes]) -> None:
    """Until `url` answers anything at all (the server is up)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and process.poll() is None:
        with contextlib.suppress(httpx.HTTPError):
            httpx.get(url, timeout=1)
            return
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


@dataclass
class FaultProxy:
    """TCP proxy: client → 127.0.0.1:port → relay, with injected faults."""

    target_port: int
    cut_range: tuple[int, int] | None = None  # cut each connection after this many client bytes
    drop_answer_to: Callable[[bytes], bool] | None = None  # request bytes seen → drop its answer
    seed: int = 0
    rate: float | None = None  # client → relay bytes per second, when set
    bytes_from_client: int = 0
    connections: int = 0
    cuts: int = 0
    dropped_answers: int = 0
    requests_seen: list[bytes] = field(default_factory=list)
    port: int = 0
    _loop: asyncio.AbstractEventLoop | None = None
    _writers: set[asyncio.StreamWriter] = field(default_factory=set)
    _thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        self._rng = random.Random(self.seed)
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            server = loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0))
            self.port = server.sockets[0].getsockname()[1]
            ready.set()
            loop.run_forever()
            server.close()
            loop.run_until_complete(server.wait_closed())
            loop.close()

        self._thread = threading.Thread(target=run, daemon=True)
        self._thread.start()
        ready.wait(10)
        return self

    def stop(self) -> None:
        """Close every connection, then the loop (no task or socket is left to the GC)."""
        if self._loop is not None:
            asyncio.run_coroutine_threadsafe(self._close_all(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)

    async def _close_all(self) -> None:
        for writer in list(self._writers):
            writer.close()  # each handler then sees end-of-stream and finishes by itself
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        if tasks:
            await asyncio.wait(tasks, timeout=5)

    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            server_r, server_w = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            client_w.close()
            return
        self._writers |= {client_w, server_w}
        budget = self._rng.randint(*self.cut_range) if self.cut_range else None
        drop = asyncio.Event()

        async def upstream() -> None:
            nonlocal budget
            while True:
                data = await client_r.read(65536)
                if not data:
                    break
                self.bytes_from_client += len(data)
                if budget is not None:
                    if len(data) >= budget:
                        server_w.write(data[:budget])
                        await server_w.drain()
                        self.cuts += 1
                        return
                    budget -= len(data)
                if self.rate:
                    await asyncio.sleep(len(data) / self.rate)
                if self.drop_answer_to is not None and self.drop_answer_to(bytes(data[:256])):
                    self.requests_seen.append(bytes(data[:64]))
                    drop.set()
                server_w.write(data)
                await server_w.drain()

        async def downstream() -> None:
            while True:
                data = await server_r.read(65536)
                if not data:
                    break
                if drop.is_set():
                    self.dropped_answers += 1
                    return  # the relay answered (so it committed); the client never hears
                client_w.write(data)
                await client_w.drain()

        tasks = [asyncio.ensure_future(upstream()), asyncio.ensure_future(downstream())]
        try:
            with contextlib.suppress(Exception):
                await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            for w in (client_w, server_w):
                self._writers.discard(w)
                w.close()
                with contextlib.suppress(Exception):
                    await w.wait_closed()
