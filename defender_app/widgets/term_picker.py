"""Searchable, bilingual pickers over the HURIDOCS vocabularies (one term or several)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forms import vocab


def term_label(list_no: int, code: str | None, lang: str) -> str:
    if not code:
        return ""
    term = vocab.term(list_no, code)
    return term.label(lang) if term else code


class TermDialog(QDialog):
    """Type a few letters in Spanish or English (accents optional) and pick."""

    def __init__(
        self, list_no: int, lang: str, multiple: bool, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._list_no, self._lang = list_no, lang
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search in Spanish or English…"))
        self.search.setAccessibleName(self.tr("Search terms"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Terms"))
        self.results.setSelectionMode(
            QAbstractItemView.SelectionMode.MultiSelection
            if multiple
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._fill)
        self._fill("")
        self.resize(520, 440)

    def _fill(self, query: str) -> None:
        self.results.clear()
        other = "en" if self._lang.startswith("es") else "es"
        for term in vocab.search_terms(self._list_no, query)[:400]:
            item = QListWidgetItem("    " * max(term.level, 0) + term.label(self._lang))
            item.setData(Qt.ItemDataRole.UserRole, term.code)
            item.setToolTip(term.label(other))
            self.results.addItem(item)

    def chosen(self) -> list[str]:
        return [str(i.data(Qt.ItemDataRole.UserRole)) for i in self.results.selectedItems()]


class TermPicker(QWidget):
    """One term: a button showing the choice, and a clear button."""

    changed = Signal(object)  # str | None

    def __init__(self, list_no: int, lang: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._list_no, self._lang, self._title = list_no, lang, title
        self._code: str | None = None
        self.button = QPushButton()
        self.button.setAccessibleName(title)
        self.clear_button = QPushButton("×")
        self.clear_button.setAccessibleName(self.tr("Clear %1").replace("%1", title))
        self.clear_button.setFixedWidth(28)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button, 1)
        layout.addWidget(self.clear_button)
        self.button.clicked.connect(self._on_button_clicked)
        self.clear_button.clicked.connect(lambda: self._set(None, emit=True))
        self._set(None, emit=False)

    def value(self) -> str | None:
        return self._code

    def set_value(self, code: str | None) -> None:
        self._set(code, emit=False)

    def _set(self, code: str | None, emit: bool) -> None:
        self._code = code
        self.button.setText(term_label(self._list_no, code, self._lang) or self.tr("Choose…"))
        self.clear_button.setEnabled(code is not None)
        if emit:
            self.changed.emit(code)

    def _on_button_clicked(self) -> None:
        dialog = TermDialog(self._list_no, self._lang, False, self._title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._choose(dialog.chosen()))
        dialog.open()

    def _choose(self, codes: list[str]) -> None:
        if codes:
            self._set(codes[0], emit=True)


class TermsPicker(QWidget):
    """Several terms: a list with Add… and Remove."""

    changed = Signal(object)  # list[str]

    def __init__(self, list_no: int, lang: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._list_no, self._lang, self._title = list_no, lang, title
        self._codes: list[str] = []
        self.items = QListWidget()
        self.items.setAccessibleName(title)
        self.items.setMaximumHeight(84)
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setAccessibleName(self.tr("Add to %1").replace("%1", title))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove from %1").replace("%1", title))
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.items, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)

    def value(self) -> list[str]:
        return list(self._codes)

    def set_value(self, codes: list[str] | tuple[str, ...]) -> None:
        self._codes = list(codes)
        self._refill()

    def _refill(self) -> None:
        self.items.clear()
        for code in self._codes:
            item = QListWidgetItem(term_label(self._list_no, code, self._lang))
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.items.addItem(item)

    def _on_add_clicked(self) -> None:
        dialog = TermDialog(self._list_no, self._lang, True, self._title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._add(dialog.chosen()))
        dialog.open()

    def _add(self, codes: list[str]) -> None:
        if codes:
            self._codes = list(dict.fromkeys(self._codes + codes))
            self._refill()
            self.changed.emit(self.value())

    def _on_remove_clicked(self) -> None:
        selected = {str(i.data(Qt.ItemDataRole.UserRole)) for i in self.items.selectedItems()}
        if selected:
            self._codes = [c for c in self._codes if c not in selected]
            self._refill()
            self.changed.emit(self.value())
