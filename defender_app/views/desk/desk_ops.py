"""What the desk views ask of the network side, as a shape: defender_app.desk_wiring.Desk fits it.

Views receive one `DeskOps` and call it only from background tasks; tests pass their own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from storage.desk_records import DeskDevice

Progress = Callable[[str, int, int], None]  # what ("envelopes", "blob"), done, total


class PullResult(Protocol):
    @property
    def imported(self) -> int: ...
    @property
    def duplicates(self) -> int: ...
    @property
    def refused(self) -> Sequence[Exception]: ...  # envelopes that failed verification


class DeskOps(Protocol):
    def pull(
        self, progress: Progress | None = None, should_cancel: Callable[[], bool] | None = None
    ) -> PullResult: ...
    def refresh_devices(self) -> list[DeskDevice]: ...
    def revoke(self, device_id: str) -> object: ...
    def new_enroll_code(self) -> str: ...
