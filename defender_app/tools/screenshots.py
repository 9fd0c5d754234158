"""`make screenshots`: each main screen of the app, at 1366×768, as PNG files.

Runs the real app on a demo vault in a throwaway folder (removed at the end) and grabs the
window at each step. Look at every picture: clipped text, overlaps, cramped forms.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from defender_app.app import DefenderApp
from defender_app.i18n import install_translators
from defender_app.tools.demo_vault import DEMO_PASSPHRASE, _photo, build_demo_vault
from storage.vault import Vault

SIZE = (1366, 768)


class Tour:
    """Steps run one after another on the event loop, each given time to load."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.steps: list[tuple[int, Callable[[], object]]] = []

    def then(self, wait_ms: int, step: Callable[[], object]) -> Tour:
        self.steps.append((wait_ms, step))
        return self

    def run(self, done: Callable[[], None]) -> None:
        if not self.steps:
            done()
            return
        wait, step = self.steps.pop(0)

        def go() -> None:
            step()
            self.run(done)

        QTimer.singleShot(wait, go)


def shoot(widget: QWidget, out: Path, name: str) -> None:
    widget.grab().save(str(out / f"{name}.png"))
    print(out / f"{name}.png", flush=True)


def main(out: Path, language: str) -> int:
    out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="defender-demo-"))
    qt = QApplication(sys.argv[:1])
    install_translators(language)
    try:
        home = scratch / "home"
        first = DefenderApp(scratch / "fresh")
        first.window.resize(*SIZE)
        first.start()
        case_id = build_demo_vault(home, scratch)
        app = DefenderApp(home)
        app.ctx.settings.language = language
        window = app.window
        window.resize(*SIZE)
        tour = Tour(out)

        def unlock() -> None:
            assert app.unlock_view is not None
            app.unlock_view.passphrase.setText(DEMO_PASSPHRASE)
            app.unlock_view.unlock_button.click()

        def open_case() -> None:
            assert app.main is not None
            app.main.case_list.select(case_id)
            app.main.editor.open_case(case_id)

        def tab(index: int, name: str) -> Callable[[], None]:
            def show() -> None:
                assert app.main is not None
                editor = app.main.editor
                editor.tabs.setCurrentIndex(index)
                QTimer.singleShot(400, lambda: select_first(index))
                QTimer.singleShot(900, lambda: shoot(window, out, name))

            return show

        def select_first(index: int) -> None:
            """Show an editor rather than an empty detail pane."""
            assert app.main is not None
            editor = app.main.editor
            trees = {1: editor.people.acts_tree, 2: editor.testimonies.tree}
            if index in trees and (first_item := trees[index].topLevelItem(0)) is not None:
                trees[index].setCurrentItem(first_item)
            elif index == 3:
                grid = editor.evidence.grid
                grid.setCurrentIndex(grid.model().index(0, 0))

        def start_import() -> None:
            assert app.main is not None
            photos = [_photo(scratch / f"SD_{n:04d}.jpg", 100 + n) for n in range(60)]
            app.main.editor.tabs.setCurrentWidget(app.main.editor.evidence)
            app.main.editor.evidence.import_paths(photos)

        def settings() -> None:
            assert app.main is not None
            from defender_app.views.settings_dialog import SettingsDialog

            dialog = SettingsDialog(app.ctx, app.main)
            dialog.show()

            def shoot_and_close() -> None:
                shoot(dialog, out, "10-settings")
                dialog.close()

            QTimer.singleShot(300, shoot_and_close)

        (
            tour.then(300, lambda: shoot(first.window, out, "00-first-run-language"))
            .then(0, app.start)
            .then(400, lambda: shoot(window, out, "01-unlock"))
            .then(0, unlock)
            .then(1500, lambda: shoot(window, out, "02-case-list"))
            .then(0, open_case)
            .then(1200, tab(0, "03-summary"))
            .then(1200, tab(1, "04-people-and-acts"))
            .then(1200, tab(2, "05-testimonies"))
            .then(1200, tab(3, "06-evidence"))
            .then(1200, tab(4, "07-documents"))
            .then(1200, tab(5, "08-history"))
            .then(900, start_import)
            .then(1500, lambda: shoot(window, out, "09-import-progress"))
            .then(4000, settings)
            .then(1000, lambda: None)
        ).run(qt.quit)
        qt.exec()
        app.shutdown()
        first.shutdown()
        return 0
    finally:
        if Vault.exists(scratch / "home"):
            Vault.erase(scratch / "home")
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(
        main(
            Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"),
            sys.argv[2] if len(sys.argv) > 2 else "es",
        )
    )
