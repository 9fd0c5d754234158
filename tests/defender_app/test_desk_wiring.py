"""Taking the organisation's offline keys into the desk, before and after a key rotation."""

from __future__ import annotations

from pathlib import Path

import pytest

from defender_app.desk_wiring import (
    BadKeyFolder,
    BadRelayAddress,
    read_offline_keys,
    set_up_desk,
)
from registry.keys import DataDir, initialise, load
from registry.rotation import rotate_registry_key
from storage.vault import Vault


def test_the_desk_holds_every_registry_key_a_rotation_kept(vault: Vault, tmp_path: Path) -> None:
    data, offline = DataDir(tmp_path / "relay"), tmp_path / "offline"
    initialise(data, offline, "Red")
    first = load(data).config.current_registry_key().id
    set_up_desk(vault, offline, "http://127.0.0.1:1")
    rotate_registry_key(data, offline)
    second = load(data).config.current_registry_key().id

    _, found = read_offline_keys(offline)
    set_up_desk(vault, offline, "http://127.0.0.1:1")

    assert set(found) == {first, second}
    keys = vault.desk.keys()
    assert keys is not None and set(keys.registry_keys) == {first, second}


def test_a_folder_without_the_keys_or_with_altered_ones_is_refused(
    vault: Vault, tmp_path: Path
) -> None:
    data, offline = DataDir(tmp_path / "relay"), tmp_path / "offline"
    initialise(data, offline, "Red")
    with pytest.raises(BadKeyFolder):
        set_up_desk(vault, tmp_path, "http://127.0.0.1:1")
    with pytest.raises(BadRelayAddress):
        set_up_desk(vault, offline, "registry.example.org")
    (offline / "registry_sealing.key").write_bytes(b"\x01" * 32)
    with pytest.raises(BadKeyFolder, match="public half"):
        set_up_desk(vault, offline, "http://127.0.0.1:1")
    assert vault.desk.keys() is None
