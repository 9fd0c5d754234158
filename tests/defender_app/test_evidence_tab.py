"""Evidence tab against a real vault: import (call, drop, folder), thumbnails, details, cancel,
viewer in memory only, export with its warning, read-only final cases."""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from defender_app.autosave import Autosaver
from defender_app.context import AppContext
from defender_app.events import AppEvents
from defender_app.models.import_job import run_import
from defender_app.settings import AppSettings
from defender_app.tasks import TaskRunner
from defender_app.views.evidence_tab import EvidenceTab
from storage.custody import broken_links
from storage.errors import RecordIsFinal
from storage.evidence import EvidenceService
from storage.records import Case
from storage.vault import Vault
from tests.conftest import make_jpeg

WAIT_MS = 30_000


def build_context(home: Path, vault: Vault) -> tuple[AppContext, Autosaver]:
    """What DefenderApp wires after unlocking, minus the windows."""
    ctx = AppContext(home, TaskRunner(), AppEvents(), AppSettings(home), vault)
    return ctx, Autosaver(ctx)


@pytest.fixture
def private_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point every per-user and temporary directory into tmp_path, so we can see all writes."""
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "TMPDIR", "HOME"):
        path = tmp_path / "env" / name.lower()
        path.mkdir(parents=True)
        monkeypatch.setenv(name, str(path))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "env" / "tmpdir"))
    # Qt reads XDG_CONFIG_HOME once per process; tell QSettings directly.
    native, user = QSettings.Format.NativeFormat, QSettings.Scope.UserScope
    before = str(Path(QSettings(user, "QtProject").fileName()).parent)
    QSettings.setPath(native, user, str(tmp_path / "env" / "xdg_config_home"))
    yield tmp_path / "env"
    QSettings.setPath(native, user, before)


@pytest.fixture
def context(
    qtbot: QtBot, home: Path, vault: Vault, private_env: Path
) -> Iterator[tuple[AppContext, Autosaver]]:
    ctx, autosaver = build_context(home, vault)
    yield ctx, autosaver
    autosaver.flush()
    ctx.runner.shutdown()


@pytest.fixture
def case(vault: Vault) -> Case:
    return vault.cases.create(title="Detención en Ejido Morelia").value


@pytest.fixture
def tab(qtbot: QtBot, context: tuple[AppContext, Autosaver], case: Case) -> EvidenceTab:
    ctx, autosaver = context
    widget = EvidenceTab(ctx, autosaver)
    qtbot.addWidget(widget)
    widget.resize(1000, 680)
    widget.show()
    qtbot.waitExposed(widget)
    widget.load(case)
    return widget


@pytest.fixture
def photos(tmp_path: Path) -> list[Path]:
    sd = tmp_path / "sd" / "DCIM"
    sd.mkdir(parents=True)
    return [
        make_jpeg(
            sd / f"IMG_000{i}.JPG",
            size=(640 + 40 * i, 480),
            color=(40 * i, 90, 160),
            exif_fields={"Make": "Motorola", "Model": "moto g", "GPS": (16.9, -92.09)},
        )
        for i in range(1, 4)
    ]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def import_and_wait(qtbot: QtBot, tab: EvidenceTab, paths: list[Path], count: int) -> Any:
    with qtbot.waitSignal(tab.import_panel.finished, timeout=WAIT_MS) as finished:
        assert tab.import_paths(paths) is not None
    qtbot.waitUntil(lambda: tab.model.rowCount() == count, timeout=WAIT_MS)
    return finished.args[0]


def drop(tab: EvidenceTab, paths: list[Path]) -> bool:
    """Drag files over the tab and drop them, as a file manager does; True if accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = QPointF(tab.rect().center())
    enter = QDragEnterEvent(
        where,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(tab, enter)
    if not enter.isAccepted():
        return False
    dropped = QDropEvent(
        where,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(tab, dropped)
    return dropped.isAccepted()


def files_under(root: Path) -> dict[str, int]:
    return {str(p): p.stat().st_size for p in root.rglob("*") if p.is_file()}


def select(tab: EvidenceTab, row: int) -> None:
    tab.grid.setCurrentIndex(tab.model.index(row))


# ---------------------------------------------------------------- tests


def test_empty_state_invites_import(tab: EvidenceTab, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: tab.grid_stack.currentWidget() is tab.empty)
    assert "No evidence yet" in tab.empty.text()
    assert tab.import_files_button.isEnabled() and tab.import_folder_button.isEnabled()


def test_import_shows_thumbnails_and_details(
    tab: EvidenceTab, qtbot: QtBot, photos: list[Path], vault: Vault
) -> None:
    outcome = import_and_wait(qtbot, tab, photos, 3)
    assert len(outcome.imported) == 3 and not outcome.failed
    assert tab.import_panel.notice.text() == "3 imported."
    assert tab.grid_stack.currentWidget() is tab.grid
    ids = [tab.model.item_at(r).id for r in range(3)]
    qtbot.waitUntil(lambda: all(tab.model.has_thumbnail(i) for i in ids), timeout=WAIT_MS)
    by_name = {p.name: p for p in photos}
    for row in range(3):
        select(tab, row)
        item = tab.model.item_at(row)
        assert tab.details.sha256.text() == sha256(by_name[item.original_filename])
        assert tab.details.camera.text() == "Motorola moto g"
        assert tab.details.file_name.text() == item.original_filename
        assert "16.9" in tab.details.location.text()
    assert tab.details.sha256.isReadOnly()
    qtbot.waitUntil(lambda: not tab.details.preview.pixmap().isNull(), timeout=WAIT_MS)


def test_drop_imports_files_and_folders(
    tab: EvidenceTab, qtbot: QtBot, photos: list[Path], tmp_path: Path
) -> None:
    hidden = tmp_path / "sd" / "DCIM" / ".thumbnails"
    hidden.mkdir()
    make_jpeg(hidden / "cache.jpg")
    make_jpeg(tmp_path / "sd" / "DCIM" / ".hidden.jpg")
    with qtbot.waitSignal(tab.import_panel.finished, timeout=WAIT_MS) as finished:
        assert drop(tab, [tmp_path / "sd"])  # the whole card: recursive, hidden files skipped
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=WAIT_MS)
    assert len(finished.args[0].imported) == 3
    names = {tab.model.item_at(r).original_filename for r in range(3)}
    assert names == {p.name for p in photos}


def test_a_bad_file_does_not_stop_the_rest(
    tab: EvidenceTab, qtbot: QtBot, photos: list[Path], tmp_path: Path
) -> None:
    empty = tmp_path / "vacío.jpg"
    empty.write_bytes(b"")
    outcome = import_and_wait(qtbot, tab, [photos[0], empty, photos[1]], 2)
    assert len(outcome.imported) == 2 and len(outcome.failed) == 1
    assert tab.import_panel.notice.text() == "2 imported."
    problems = tab.import_panel.problems.text()
    assert problems.startswith("1 could not be imported:\n• ")
    assert "vacío.jpg" in problems and "empty" in problems


def test_a_case_finalized_meanwhile_stops_the_import_plainly(
    vault: Vault, case: Case, photos: list[Path]
) -> None:
    vault.cases.finalize(case.id)
    outcome = run_import(vault.evidence, case.id, photos, lambda *_: None, lambda: False)
    assert not outcome.imported and not outcome.failed
    assert isinstance(outcome.stopped_by, RecordIsFinal)


def test_cancel_keeps_what_was_imported_and_no_half_record(
    tab: EvidenceTab,
    qtbot: QtBot,
    tmp_path: Path,
    vault: Vault,
    case: Case,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    card = tmp_path / "card"
    card.mkdir()
    for i in range(5):
        make_jpeg(card / f"P{i}.jpg", size=(800, 600), color=(i, 2 * i, 90))
    started: list[Path] = []
    third_started = threading.Event()
    clicked = threading.Event()
    original = EvidenceService.import_file

    def import_file(self: EvidenceService, *args: Any, **kwargs: Any) -> Any:
        started.append(args[1])
        if len(started) == 3:  # hold the worker inside the third file until Cancel is clicked
            third_started.set()
            assert clicked.wait(WAIT_MS / 1000)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(EvidenceService, "import_file", import_file)
    with qtbot.waitSignal(tab.import_panel.finished, timeout=WAIT_MS) as finished:
        tab.import_paths([card])
        qtbot.waitUntil(third_started.is_set, timeout=WAIT_MS)
        qtbot.waitUntil(tab.import_panel.cancel_button.isVisible, timeout=WAIT_MS)
        qtbot.mouseClick(tab.import_panel.cancel_button, Qt.MouseButton.LeftButton)
        clicked.set()
    outcome = finished.args[0]
    assert outcome.cancelled and len(outcome.imported) == 2
    assert "cancelled" in tab.import_panel.notice.text()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=WAIT_MS)
    stored = vault.evidence.for_case(case.id)
    assert sorted(e.original_filename for e in stored) == ["P0.jpg", "P1.jpg"]
    for item in stored:
        assert item.sha256 == sha256(card / item.original_filename)
        assert [e.action for e in vault.evidence.custody(item.id)] == ["collected"]
    media = list(vault.evidence.media.directory.iterdir())
    assert len(media) == 2 and all(p.suffix == ".bin" for p in media)  # no .part, no orphan
    assert tab.import_files_button.isEnabled()


def test_viewer_decrypts_in_memory_only(
    tab: EvidenceTab,
    qtbot: QtBot,
    photos: list[Path],
    tmp_path: Path,
    home: Path,
    vault: Vault,
) -> None:
    import_and_wait(qtbot, tab, photos[:1], 1)
    select(tab, 0)
    before = files_under(tmp_path)
    tab.grid.setFocus()
    qtbot.keyClick(tab.grid, Qt.Key.Key_Return)  # Enter (or a double click) opens the viewer
    qtbot.waitUntil(lambda: tab.viewer is not None and tab.viewer.isVisible(), timeout=WAIT_MS)
    viewer = tab.viewer
    assert viewer is not None
    qtbot.waitUntil(lambda: not viewer.image.pixmap().isNull(), timeout=WAIT_MS)
    assert viewer.image.pixmap().size().toTuple() == (680, 480)
    after = files_under(tmp_path)
    new_or_changed = {p for p in after if p not in before}
    assert not new_or_changed, new_or_changed
    assert set(after) == set(before)
    assert {p for p in after if before[p] != after[p] and not p.startswith(str(home))} == set()
    item = tab.model.item_at(0)
    assert [e.action for e in vault.evidence.custody(item.id)] == ["collected", "accessed"]
    viewer.reject()
    assert viewer.image.pixmap().isNull()  # closing drops the decrypted picture


def test_folder_dialog_imports_and_forgets_the_folder(
    tab: EvidenceTab, qtbot: QtBot, photos: list[Path], tmp_path: Path, private_env: Path
) -> None:
    tab.import_folder_button.click()
    dialog = next(d for d in tab.findChildren(QFileDialog) if d.isVisible())
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert dialog.fileMode() is QFileDialog.FileMode.Directory
    dialog.selectFile(str(tmp_path / "sd"))
    with qtbot.waitSignal(tab.import_panel.finished, timeout=WAIT_MS):
        dialog.accept()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not tab.findChildren(QFileDialog), timeout=WAIT_MS)
    qt_settings = private_env / "xdg_config_home" / "QtProject.conf"
    assert qt_settings.exists() and "/sd" not in qt_settings.read_text()


def test_a_photo_without_preview_says_why(tab: EvidenceTab, qtbot: QtBot, tmp_path: Path) -> None:
    damaged = tmp_path / "dañada.jpg"
    damaged.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(4000))
    outcome = import_and_wait(qtbot, tab, [damaged], 1)
    assert outcome.imported[0].thumbnail_problem == "unreadable"
    assert "Without a preview (too large or unreadable): 1" in tab.import_panel.notice.text()
    select(tab, 0)
    item = tab.model.item_at(0)
    qtbot.waitUntil(lambda: tab.model.preview_problem(item) is not None, timeout=WAIT_MS)
    assert "could not be read" in tab.model.data(tab.model.index(0), Qt.ItemDataRole.ToolTipRole)
    qtbot.waitUntil(lambda: "could not be read" in tab.details.preview.text(), timeout=WAIT_MS)


def test_viewer_explains_files_it_cannot_show(
    tab: EvidenceTab, qtbot: QtBot, tmp_path: Path
) -> None:
    pdf = tmp_path / "denuncia.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + os.urandom(2000))
    import_and_wait(qtbot, tab, [pdf], 1)
    select(tab, 0)
    viewer = tab.view_current()
    assert viewer is not None
    assert viewer.pages.currentWidget() is viewer.info
    assert "denuncia.pdf" in viewer.info.text() and "export the original" in viewer.info.text()
    assert viewer.export_button.isEnabled()
    viewer.reject()


def test_export_warns_then_writes_the_original(
    tab: EvidenceTab,
    qtbot: QtBot,
    photos: list[Path],
    tmp_path: Path,
    private_env: Path,
    vault: Vault,
) -> None:
    import_and_wait(qtbot, tab, photos[:1], 1)
    select(tab, 0)
    outside = tmp_path / "usb-stick"
    outside.mkdir()
    tab.details.export_button.click()
    box = next(b for b in tab.findChildren(QMessageBox) if b.isVisible())
    assert "NOT be encrypted" in box.text() and "GPS" in box.text()
    go = next(b for b in box.buttons() if "Export" in b.text())
    go.click()
    dialog = next(d for d in tab.findChildren(QFileDialog) if d.isVisible())
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.selectFile(str(outside / "copia.jpg"))
    dialog.accept()
    qtbot.waitUntil((outside / "copia.jpg").exists, timeout=WAIT_MS)
    assert (outside / "copia.jpg").read_bytes() == photos[0].read_bytes()
    qtbot.waitUntil(lambda: "not encrypted" in tab.import_panel.notice.text(), timeout=WAIT_MS)
    item = tab.model.item_at(0)
    actions = [e.action for e in vault.evidence.custody(item.id)]
    assert actions == ["collected", "exported"]
    assert broken_links(vault.evidence.custody(item.id)) == []
    qtbot.waitUntil(lambda: not tab.findChildren(QFileDialog), timeout=WAIT_MS)
    qt_settings = private_env / "xdg_config_home" / "QtProject.conf"  # Qt's dialog memory
    assert qt_settings.exists() and "usb-stick" not in qt_settings.read_text()


def test_edits_are_saved_to_the_item(
    tab: EvidenceTab,
    qtbot: QtBot,
    photos: list[Path],
    context: tuple[AppContext, Autosaver],
    vault: Vault,
) -> None:
    import_and_wait(qtbot, tab, photos[:1], 1)
    select(tab, 0)
    title = tab.details.form.editor("title")
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Foto de la patrulla")
    with qtbot.waitSignal(context[1].saved, timeout=WAIT_MS):
        context[1].flush()
    item = tab.model.item_at(0)
    assert vault.evidence.get(item.id).title == "Foto de la patrulla"
    qtbot.waitUntil(
        lambda: tab.model.data(tab.model.index(0)) == "Foto de la patrulla", timeout=WAIT_MS
    )
    assert title.text() == "Foto de la patrulla"  # never reloaded under the person typing


def test_final_case_is_read_only(
    tab: EvidenceTab, qtbot: QtBot, photos: list[Path], vault: Vault, case: Case
) -> None:
    import_and_wait(qtbot, tab, photos[:1], 1)
    vault.cases.finalize(case.id)
    tab.load(vault.cases.get(case.id))
    assert not tab.import_files_button.isEnabled()
    assert not tab.import_folder_button.isEnabled()
    assert not drop(tab, photos[1:])
    assert tab.import_paths(photos[1:]) is None
    select(tab, 0)
    assert tab.details.form.editor("title").isReadOnly()
    assert tab.details.view_button.isEnabled()  # looking is still allowed
