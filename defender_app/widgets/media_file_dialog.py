"""File dialogs that leave no trail of where evidence came from or went.

The operating system's own dialog would add the files to its "recent files" list. Qt's
widget-based dialog does not, but on closing it saves the folders it visited (QtProject.conf,
keys `history` and `lastVisited`); we empty both before it closes, leaving only the home folder.
"""

from __future__ import annotations

from PySide6.QtCore import QDir, Qt
from PySide6.QtWidgets import QFileDialog, QWidget


def _forget_folders(dialog: QFileDialog) -> None:
    dialog.setHistory([])
    dialog.setDirectory(QDir.homePath())


def private_file_dialog(
    parent: QWidget,
    title: str,
    mode: QFileDialog.FileMode,
    accept: QFileDialog.AcceptMode = QFileDialog.AcceptMode.AcceptOpen,
) -> QFileDialog:
    """A window-modal, self-deleting dialog; show it with `open()` and connect its signals."""
    dialog = QFileDialog(parent, title, QDir.homePath())
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(mode)
    dialog.setAcceptMode(accept)
    if mode is QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setHistory([])
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda _result: _forget_folders(dialog))
    return dialog
