"""The desk checks the relay's pinned TLS key like a field device: an interceptor gets nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from defender_app.desk_wiring import Desk, set_up_desk
from registry.keys import DataDir, initialise
from storage.vault import Vault
from sync.client import NetworkRequiresLogin
from sync.tls import pin_from_pem
from tests.sync.relay_server import self_signed, serve


def test_the_desk_talks_only_to_the_pinned_relay(vault: Vault, tmp_path: Path) -> None:
    data, offline = DataDir(tmp_path / "relay"), tmp_path / "offline"
    initialise(data, offline, "Test org")
    tls = self_signed(tmp_path / "tls", "relay")
    other = self_signed(tmp_path / "tls", "mitm")
    with serve(data, tmp_path / "relay.log", tls) as served:
        url = served.url.replace("http://", "https://")
        set_up_desk(vault, offline, url, tls_pin=pin_from_pem(tls.cert.read_bytes()))
        assert Desk(vault).refresh_devices() == []
        assert Desk(vault).pull().imported == 0

        set_up_desk(vault, offline, url, tls_pin=pin_from_pem(other.cert.read_bytes()))
        with pytest.raises(NetworkRequiresLogin):
            Desk(vault).pull()
