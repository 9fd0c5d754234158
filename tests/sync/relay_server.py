"""The relay on an existing data directory (so a test can stop and restart it), over TLS when
given a certificate; self-signed certificates; and a man in the middle that can switch from
passing TLS through untouched to terminating it with a certificate of its own."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import ipaddress
import logging
import ssl
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from registry.app import create_app
from registry.keys import DataDir
from registry.relay import Relay as RelayCore
from tests.sync.harness import free_port


@dataclass(frozen=True)
class TlsFiles:
    cert: Path
    key: Path


def self_signed(directory: Path, name: str) -> TlsFiles:
    """A certificate for localhost and 127.0.0.1 that no CA vouches for."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    directory.mkdir(parents=True, exist_ok=True)
    files = TlsFiles(directory / f"{name}.crt", directory / f"{name}.key")
    files.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    files.key.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return files


@dataclass
class Served:
    url: str
    core: RelayCore
    port: int
    data: DataDir


@contextlib.contextmanager
def serve(
    data: DataDir, log_file: Path, tls: TlsFiles | None = None, port: int | None = None
) -> Iterator[Served]:
    """`defender-registry serve` in a thread, on `port` (a restart keeps the address)."""
    handler = logging.FileHandler(log_file)
    relay_log = logging.getLogger("defender.registry")
    relay_log.addHandler(handler)
    relay_log.setLevel(logging.INFO)
    propagate, relay_log.propagate = relay_log.propagate, False
    app = create_app(data)
    port = port or free_port()
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        log_config=None,
        access_log=False,
        lifespan="off",
        ssl_certfile=str(tls.cert) if tls else None,
        ssl_keyfile=str(tls.key) if tls else None,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("relay did not start")
        time.sleep(0.02)
    scheme = "https" if tls else "http"
    try:
        yield Served(f"{scheme}://127.0.0.1:{port}", app.state.relay, port, data)
    finally:
        server.should_exit = True
        thread.join(timeout=20)
        relay_log.removeHandler(handler)
        relay_log.propagate = propagate
        handler.close()
        app.state.relay.db.engine.dispose()


@dataclass
class Interceptor:
    """On path between device and relay: passes TLS through untouched, or (`intercept`)
    answers the handshake with its own certificate and relays what it decrypts."""

    target_port: int
    tls: TlsFiles
    intercept: bool = False
    decrypted_from_client: int = 0  # bytes the device sent that the interceptor could read
    connections: int = 0
    errors: list[str] = field(default_factory=list)
    port: int = 0
    _loop: asyncio.AbstractEventLoop | None = None
    _thread: threading.Thread | None = None
    _writers: set[asyncio.StreamWriter] = field(default_factory=set)

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def start(self) -> Interceptor:
        self._server_tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self._server_tls.load_cert_chain(self.tls.cert, self.tls.key)
        self._upstream_tls = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        self._upstream_tls.check_hostname = False
        self._upstream_tls.verify_mode = ssl.CERT_NONE
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            loop.set_exception_handler(lambda _loop, context: self.errors.append(str(context)))
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
        if self._loop is not None:
            asyncio.run_coroutine_threadsafe(self._close_all(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)

    async def _close_all(self) -> None:
        for writer in list(self._writers):
            writer.close()
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        if tasks:
            await asyncio.wait(tasks, timeout=5)

    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        self.connections += 1
        self._writers.add(client_w)
        intercepting = self.intercept
        server_w: asyncio.StreamWriter | None = None
        try:
            if intercepting:
                await client_w.start_tls(self._server_tls)
            server_r, server_w = await asyncio.open_connection(
                "127.0.0.1", self.target_port, ssl=self._upstream_tls if intercepting else None
            )
            self._writers.add(server_w)
            tasks = [
                asyncio.ensure_future(self._pump(client_r, server_w, count=intercepting)),
                asyncio.ensure_future(self._pump(server_r, client_w, count=False)),
            ]
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        except (OSError, ssl.SSLError) as exc:
            self.errors.append(repr(exc))  # the device walked away from the handshake
        finally:
            for w in (client_w, server_w):
                if w is not None:
                    self._writers.discard(w)
                    w.close()

    async def _pump(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, count: bool
    ) -> None:
        with contextlib.suppress(OSError, ssl.SSLError):
            while data := await reader.read(65536):
                if count:
                    self.decrypted_from_client += len(data)
                writer.write(data)
                await writer.drain()
