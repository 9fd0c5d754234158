"""One evidence import as a DB task: find the files, import each, say what happened.

Runs on the DB thread. Each file is its own transaction (EvidenceService.import_file), so a
file that fails or a cancel keeps everything imported before it.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from forms.errors import Cancelled, UserFacingError
from storage.errors import VaultError
from storage.evidence import EvidenceService, ImportResult
from storage.records import Changes

Report = Callable[[int, int, str], None]
ShouldCancel = Callable[[], bool]

# Folders an SD card formatted by Windows or macOS carries that are never evidence.
_SYSTEM_FOLDERS = frozenset({"System Volume Information", "$RECYCLE.BIN", "RECYCLER"})
PROGRESS_INTERVAL_S = 0.1  # at most ~10 progress updates a second reach the GUI thread


@dataclass(frozen=True)
class ImportOutcome:
    imported: tuple[ImportResult, ...]
    failed: tuple[UserFacingError, ...]  # one per file that could not be imported
    cancelled: bool
    stopped_by: UserFacingError | None  # a problem that concerns every file (case final…)
    changes: Changes


def _hidden(entry: os.DirEntry[str]) -> bool:
    if entry.name.startswith(".") or entry.name in _SYSTEM_FOLDERS:
        return True
    attributes = getattr(entry.stat(follow_symlinks=False), "st_file_attributes", 0)
    return bool(attributes & getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 0))


def _walk(folder: Path) -> list[Path]:
    found: list[Path] = []
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name.casefold())
    except OSError:
        return found  # an unreadable sub-folder holds nothing we could import anyway
    for entry in entries:
        if _hidden(entry):
            continue
        if entry.is_dir(follow_symlinks=False):
            found += _walk(Path(entry.path))
        elif entry.is_file():
            found.append(Path(entry.path))
    return found


def collect_files(sources: Iterable[Path]) -> list[Path]:
    """Files as chosen; folders recursively, without hidden files and system folders."""
    files: list[Path] = []
    for source in sources:
        files += _walk(source) if source.is_dir() else [source]
    return files


def _size(path: Path) -> int:
    try:
        return path.stat().st_size if path.is_file() else 0
    except OSError:
        return 0


class Throttled:
    """Pass progress on at most every PROGRESS_INTERVAL_S, and always the last step.

    Amounts go out in KiB: plenty of resolution for a progress bar.
    """

    def __init__(self, report: Report, clock: Callable[[], float] = time.monotonic) -> None:
        self._report = report
        self._clock = clock
        self._last = -PROGRESS_INTERVAL_S

    def __call__(self, done: int, total: int, name: str) -> None:
        now = self._clock()
        if done < total and now - self._last < PROGRESS_INTERVAL_S:
            return
        self._last = now
        self._report(done // 1024, max(1, total // 1024), name)


def run_import(
    evidence: EvidenceService,
    case_id: str,
    sources: Iterable[Path],
    report: Report,
    should_cancel: ShouldCancel,
) -> ImportOutcome:
    """Import every file under `sources`; progress is bytes over all files (in KiB)."""
    files = collect_files(sources)
    sizes = [_size(p) for p in files]
    total = sum(sizes)
    progress = Throttled(report)
    imported: list[ImportResult] = []
    failed: list[UserFacingError] = []
    changes = Changes()
    done_before = 0
    for path, size in zip(files, sizes, strict=True):

        def step(done: int, _total: int, name: str, base: int = done_before) -> None:
            progress(base + done, total, name)

        try:
            if should_cancel():
                raise Cancelled()
            saved = evidence.import_file(case_id, path, step, should_cancel)
        except Cancelled:
            return ImportOutcome(tuple(imported), tuple(failed), True, None, changes)
        except VaultError as exc:  # the case became final, the disk is full…: stop here
            return ImportOutcome(tuple(imported), tuple(failed), False, exc, changes)
        except UserFacingError as exc:  # this file is empty, unreadable…: go on with the rest
            failed.append(exc)
        else:
            imported.append(saved.value)
            changes = changes | saved.changes
        done_before += size
    return ImportOutcome(tuple(imported), tuple(failed), False, None, changes)
