"""Child for test_autosave_crash: the real app types into a case, then waits to be killed.

Prints `TYPED <monotonic time>` after each keystroke batch so the parent knows when text was
typed; the parent SIGKILLs it with no chance to flush.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from defender_app.app import DefenderApp


def main(home: Path, passphrase: str, text: str) -> None:
    qt = QApplication([])
    app = DefenderApp(home)
    app.start()
    assert app.unlock_view is not None
    app.unlock_view.passphrase.setText(passphrase)
    app.unlock_view.unlock_button.click()

    def type_title() -> None:
        if app.main is None or app.main.editor.case is None:
            QTimer.singleShot(50, type_title)
            return
        title = app.main.editor.summary.form.editor("title")
        title.setFocus()
        for word in text.split(" "):
            QTest.keyClicks(title, word + " ")
            print("TYPED", time.monotonic(), flush=True)

    def new_case() -> None:
        if app.main is None:
            QTimer.singleShot(50, new_case)
            return
        app.main.new_action.trigger()
        QTimer.singleShot(100, type_title)

    new_case()
    qt.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
