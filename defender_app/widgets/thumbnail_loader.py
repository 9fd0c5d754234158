"""Thumbnails in the background: encrypted JPEG bytes from the DB thread, decoded on the I/O pool.

Nothing touches the disk: the bytes come out of SQLCipher and become QImages in memory.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage

from defender_app.context import AppContext

BATCH = 24  # small batches let an autosave slip in between on the one DB thread


def decode_thumbnail(jpeg: bytes | None, max_px: int) -> QImage | None:
    """A QImage no larger than max_px on its longer side, or None (no or bad thumbnail)."""
    if not jpeg:
        return None
    image = QImage.fromData(jpeg)
    if image.isNull():
        return None
    if image.width() > max_px or image.height() > max_px:
        image = image.scaled(
            max_px,
            max_px,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image


class ThumbnailLoader(QObject):
    """`request(ids)` → `loaded({id: QImage | None})`, one batch at a time as they arrive."""

    loaded = Signal(object)  # dict[str, QImage | None]
    failed = Signal(object)  # the exception

    def __init__(self, ctx: AppContext, max_px: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._max_px = max_px

    def request(self, ids: Iterable[str]) -> None:
        wanted = list(ids)
        for start in range(0, len(wanted), BATCH):
            batch = wanted[start : start + BATCH]
            self._ctx.runner.db(self._fetcher(batch), self._on_fetched, self._on_failed)

    def _fetcher(self, ids: list[str]) -> Any:
        ctx = self._ctx

        def fetch(_report: object, _cancel: object) -> dict[str, bytes | None]:
            evidence = ctx.require_vault().evidence
            return {evidence_id: evidence.thumbnail(evidence_id) for evidence_id in ids}

        return fetch

    def _on_fetched(self, jpegs: dict[str, bytes | None]) -> None:
        max_px = self._max_px

        def decode(_report: object, _cancel: object) -> dict[str, QImage | None]:
            return {key: decode_thumbnail(jpeg, max_px) for key, jpeg in jpegs.items()}

        self._ctx.runner.io(decode, self._on_decoded, self._on_failed)

    def _on_decoded(self, images: dict[str, QImage | None]) -> None:
        self.loaded.emit(images)

    def _on_failed(self, exc: BaseException) -> None:
        self.failed.emit(exc)
