"""GUI fixtures: the real app on a throwaway home, driven offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from defender_app.app import DefenderApp
from storage.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def app(qtbot: QtBot, home: Path) -> Iterator[DefenderApp]:
    """The whole app, as `defender-app --home` starts it (fast KDF for existing vaults)."""
    instance = DefenderApp(home)
    yield instance
    instance.shutdown()
    instance.window.close()


@pytest.fixture
def unlocked(qtbot: QtBot, app: DefenderApp, home: Path) -> DefenderApp:
    """An app showing the main window of a fresh vault."""
    Vault.create(home, PASSPHRASE, kdf_profile="fast").vault.lock()
    qtbot.addWidget(app.start())
    assert app.unlock_view is not None
    qtbot.keyClicks(app.unlock_view.passphrase, PASSPHRASE)
    app.unlock_view.unlock_button.click()
    qtbot.waitUntil(lambda: app.main is not None and app.window.currentWidget() is app.main)
    return app
