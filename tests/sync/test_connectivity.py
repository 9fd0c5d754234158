"""The signed hello decides: a captive portal or an impostor gets nothing."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from storage.outbox import OutboxService
from storage.vault import Vault
from sync.client import NetworkRequiresLogin
from tests.sync.harness import Relay, running_relay
from tests.sync.helpers import final_case, quick_client


class _Portal(BaseHTTPRequestHandler):
    requests: list[str] = []  # noqa: RUF012 - shared log of what reached the portal

    def _answer(self) -> None:
        _Portal.requests.append(f"{self.command} {self.path}")
        body = b"<html><body>Please log in to use the Wi-Fi</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_HEAD = do_PATCH = _answer

    def log_message(self, *_args: object) -> None:
        return


@pytest.fixture
def portal() -> Iterator[str]:
    _Portal.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Portal)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_behind_a_captive_portal_nothing_is_sent(
    vault: Vault, enrolled: OutboxService, portal: str
) -> None:
    final_case(vault, "portal")
    client = quick_client(enrolled, http=lambda _url: httpx.Client(base_url=portal))
    with pytest.raises(NetworkRequiresLogin):
        client.run()
    assert [r.split("?")[0] for r in _Portal.requests] == ["GET /v1/hello"]
    assert enrolled.counts().pending == 1


def test_a_relay_of_another_organisation_is_refused(
    vault: Vault, enrolled: OutboxService, tmp_path_factory: pytest.TempPathFactory
) -> None:
    final_case(vault, "impostor")
    with running_relay(tmp_path_factory.mktemp("other")) as impostor:
        client = quick_client(enrolled, http=lambda _url: httpx.Client(base_url=impostor.url))
        with pytest.raises(NetworkRequiresLogin):
            client.run()
    assert enrolled.counts().pending == 1


def test_the_real_relay_passes(vault: Vault, enrolled: OutboxService, relay: Relay) -> None:
    final_case(vault, "ok")
    assert quick_client(enrolled).run().delivered == 1
