"""Fault row 7: the relay's TLS key is pinned at enrollment and checked in every handshake.

The real relay serves https with a self-signed certificate (the pin replaces CA validation).
A man in the middle first passes TLS through untouched, then answers with a certificate of
its own: the device refuses in the handshake, so not one byte of a request reaches it.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import socket
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from registry.cli import main as registry_cli
from registry.keys import DataDir, initialise
from storage.outbox import OutboxService
from storage.vault import Vault
from sync.client import EnrollmentFailed, NetworkRequiresLogin, _http, enroll
from sync.enrollment import EnrollCode, parse_code
from sync.protocol import fingerprint
from sync.retry import Backoff
from sync.tls import PinMismatch, pin_from_pem, pinned_context
from tests.sync.helpers import final_case, photo, quick_client, relay_counts
from tests.sync.relay_server import Interceptor, Served, TlsFiles, self_signed, serve


@pytest.fixture
def tls_relay(tmp_path: Path) -> Iterator[tuple[Served, TlsFiles]]:
    data = DataDir(tmp_path / "relay")
    initialise(data, tmp_path / "offline", "Test org")
    tls = self_signed(tmp_path / "tls", "relay")
    with serve(data, tmp_path / "relay.log", tls) as served:
        yield served, tls


@pytest.fixture
def interceptor(tls_relay: tuple[Served, TlsFiles], tmp_path: Path) -> Iterator[Interceptor]:
    proxy = Interceptor(tls_relay[0].port, self_signed(tmp_path / "tls", "mitm")).start()
    yield proxy
    proxy.stop()


def enroll_token_cli(served: Served, url: str, cert: Path) -> str:
    """The code `defender-registry enroll-token --tls-cert` prints."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = registry_cli(
            [
                "enroll-token",
                "--data",
                str(served.data.root),
                "--url",
                url,
                "--tls-cert",
                str(cert),
                "--qr",
                str(cert.parent / "code.png"),
            ]
        )
    assert status == 0
    return next(line for line in out.getvalue().splitlines() if line.startswith("DFND1-"))


def test_the_pinned_relay_syncs_and_an_interceptor_receives_nothing(
    vault: Vault,
    outbox: OutboxService,
    tls_relay: tuple[Served, TlsFiles],
    interceptor: Interceptor,
    tmp_path: Path,
) -> None:
    served, tls = tls_relay
    code = enroll_token_cli(served, interceptor.url, tls.cert)
    assert parse_code(code).tls_pin == pin_from_pem(tls.cert.read_bytes())
    enroll(code, outbox, backoff=Backoff(base=0.01, cap=0.1))
    final_case(vault, "uno", photos=[photo(tmp_path, "a.jpg")])
    assert quick_client(outbox).run().delivered == 1  # self-signed, pinned: trusted
    assert relay_counts(served.core) == {"envelopes": 1, "receipts": 1, "blobs": 1}

    interceptor.intercept = True
    final_case(vault, "dos", photos=[photo(tmp_path, "b.jpg")])
    with pytest.raises(NetworkRequiresLogin, match="intercepted"):
        quick_client(outbox).run()
    assert interceptor.connections >= 1 and interceptor.decrypted_from_client == 0
    assert relay_counts(served.core) == {"envelopes": 1, "receipts": 1, "blobs": 1}
    assert outbox.counts().pending == 1  # waiting, for a network that is not intercepted

    interceptor.intercept = False
    assert quick_client(outbox).run().delivered == 1
    assert relay_counts(served.core) == {"envelopes": 2, "receipts": 2, "blobs": 2}


def test_enrolling_through_an_interceptor_is_refused_before_the_token_is_sent(
    outbox: OutboxService, tls_relay: tuple[Served, TlsFiles], interceptor: Interceptor
) -> None:
    served, tls = tls_relay
    interceptor.intercept = True
    pinned = enroll_token_cli(served, interceptor.url, tls.cert)
    with pytest.raises(NetworkRequiresLogin):
        enroll(pinned, outbox, backoff=Backoff(base=0.01, cap=0.1))
    assert interceptor.decrypted_from_client == 0 and outbox.identity() is None
    # The interceptor is a working one: a device that pinned its key talks through it.
    mitm_pin = pin_from_pem(interceptor.tls.cert.read_bytes())
    code = parse_code(pinned)
    fooled = EnrollCode(code.url, code.org_fingerprint, served.core.issue_enroll_token(), mitm_pin)
    enroll(fooled.to_text(), outbox, backoff=Backoff(base=0.01, cap=0.1))
    assert interceptor.decrypted_from_client > 0 and outbox.identity() is not None


def test_without_a_pin_https_needs_a_certificate_a_ca_vouches_for(
    outbox: OutboxService, tls_relay: tuple[Served, TlsFiles]
) -> None:
    served, _ = tls_relay
    code = EnrollCode(
        served.url, fingerprint(served.core.keys.org_root_pk), served.core.issue_enroll_token()
    )
    with pytest.raises(NetworkRequiresLogin):
        enroll(code.to_text(), outbox, backoff=Backoff(base=0.01, cap=0.1))
    assert outbox.identity() is None


def test_the_readme_openssl_recipe_gives_the_same_pin(tmp_path: Path) -> None:
    if shutil.which("openssl") is None:
        pytest.skip("no openssl command here to check the README's recipe with")
    cert = self_signed(tmp_path, "relay").cert
    public_key = subprocess.run(
        ["openssl", "x509", "-in", str(cert), "-pubkey", "-noout"],
        check=True,
        capture_output=True,
    ).stdout
    der = subprocess.run(
        ["openssl", "pkey", "-pubin", "-outform", "DER"],
        input=public_key,
        check=True,
        capture_output=True,
    ).stdout
    digest = subprocess.run(
        ["openssl", "dgst", "-sha256", "-hex"], input=der, check=True, capture_output=True
    ).stdout.decode()
    assert digest.split()[-1] == pin_from_pem(cert.read_bytes()).hex()


def _handshake_over_memory(client_context: ssl.SSLContext, server: TlsFiles) -> None:
    """A handshake between two memory BIOs, as httpcore runs TLS inside an https proxy."""
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(server.cert, server.key)
    to_server, to_client = ssl.MemoryBIO(), ssl.MemoryBIO()
    sides = [
        client_context.wrap_bio(to_client, to_server, server_hostname="localhost"),
        server_context.wrap_bio(to_server, to_client, server_side=True),
    ]
    for _ in range(10):
        for side in list(sides):
            try:
                side.do_handshake()
            except ssl.SSLWantReadError:
                continue
            sides.remove(side)
        if not sides:
            return
    raise AssertionError("the handshake did not finish")


def test_the_pin_is_checked_in_tls_over_memory_buffers_too(tmp_path: Path) -> None:
    relay, mitm = self_signed(tmp_path, "relay"), self_signed(tmp_path, "mitm")
    pin = pin_from_pem(relay.cert.read_bytes())
    _handshake_over_memory(pinned_context(pin), relay)
    with pytest.raises(PinMismatch):
        _handshake_over_memory(pinned_context(pin), mitm)


def test_the_relay_client_does_not_follow_a_proxy_from_the_environment(
    tls_relay: tuple[Served, TlsFiles], monkeypatch: pytest.MonkeyPatch
) -> None:
    served, tls = tls_relay
    with socket.socket() as nowhere:  # bound, not listening: a connection there is refused
        nowhere.bind(("127.0.0.1", 0))
        proxy = f"https://127.0.0.1:{nowhere.getsockname()[1]}"
        for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
            monkeypatch.setenv(name, proxy)
        for name in ("NO_PROXY", "no_proxy"):
            monkeypatch.delenv(name, raising=False)
        with _http(served.url, pin_from_pem(tls.cert.read_bytes())) as client:
            hello = client.get("/v1/hello", params={"nonce": os.urandom(32).hex()})
    assert hello.status_code == 200


def test_a_pin_with_an_http_address_is_refused_not_dropped(outbox: OutboxService) -> None:
    pin = os.urandom(32)
    code = EnrollCode("http://127.0.0.1:9", os.urandom(32), os.urandom(16), pin)

    def no_connection(url: str) -> httpx.Client:
        raise AssertionError(f"a connection to {url} was opened")

    with pytest.raises(EnrollmentFailed, match="not https"):
        enroll(code.to_text(), outbox, http=no_connection)
    assert outbox.identity() is None
    with pytest.raises(EnrollmentFailed, match="not https"):
        _http(code.url, pin)
