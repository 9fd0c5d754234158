"""Fault row 7: the relay's TLS key is pinned at enrollment and checked in every handshake.

The real relay serves https with a self-signed certificate (the pin replaces CA validation).
A man in the middle first passes TLS through untouched, then answers with a certificate of
its own: the device refuses in the handshake, so not one byte of a request reaches it.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from registry.cli import main as registry_cli
from registry.keys import DataDir, initialise
from storage.outbox import OutboxService
from storage.vault import Vault
from sync.client import NetworkRequiresLogin, enroll
from sync.enrollment import EnrollCode, parse_code
from sync.protocol import fingerprint
from sync.retry import Backoff
from sync.tls import pin_from_pem
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
