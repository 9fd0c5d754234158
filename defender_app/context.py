"""What every view needs, passed in (no globals): the runner, the events, the open vault."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from defender_app.events import AppEvents
from defender_app.settings import AppSettings
from defender_app.tasks import TaskRunner
from storage.errors import VaultLocked
from storage.vault import Vault


@dataclass
class AppContext:
    home: Path
    runner: TaskRunner
    events: AppEvents
    settings: AppSettings
    vault: Vault | None = None

    def require_vault(self) -> Vault:
        """The open vault; called inside DB tasks, which must fail plainly once it is locked."""
        if self.vault is None or not self.vault.is_open:
            raise VaultLocked()
        return self.vault
