"""A form built from the field registry (forms.fields): one editor per field kind.

Every change is reported as `edited(name, value)`; the autosaver turns those into drafts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from defender_app.widgets.passphrase import SENSITIVE_HINTS
from defender_app.widgets.term_picker import TermPicker, TermsPicker
from forms.dates import DatePrecision
from forms.fields import CHOICE_LABELS, ENTITIES, Field, Kind

# Free text about people is sensitive: keep it out of input-method learning dictionaries.
TEXT_HINTS = (
    SENSITIVE_HINTS & ~Qt.InputMethodHint.ImhHiddenText & ~Qt.InputMethodHint.ImhNoAutoUppercase
)


def field_label(f: Field) -> str:
    return QCoreApplication.translate("Fields", f.label)


def form_label(f: Field) -> str:
    """The label beside a field's editor: "Title *:" when required, "Notes:" otherwise."""
    if f.required:
        return QCoreApplication.translate("Fields", "%1 *:").replace("%1", field_label(f))
    return QCoreApplication.translate("Fields", "%1:").replace("%1", field_label(f))


def choice_label(value: str) -> str:
    return QCoreApplication.translate("Choices", CHOICE_LABELS.get(value, value))


class Editor:
    """Adapts one widget to get/set a field value and to report edits."""

    def __init__(self, widget: QWidget, get: Callable[[], Any], put: Callable[[Any], None]) -> None:
        self.widget, self.get, self.put = widget, get, put


class PlainText(QPlainTextEdit):
    def __init__(self, name: str, tall: bool) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setInputMethodHints(TEXT_HINTS)
        self.setTabChangesFocus(True)  # keyboard users leave the field with Tab
        self.setMinimumHeight(120 if tall else 60)
        if not tall:
            self.setMaximumHeight(90)


class DateInput(QWidget):
    """YYYY, YYYY-MM or YYYY-MM-DD plus its precision (HURIDOCS MT48)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.text = QLineEdit()
        self.text.setPlaceholderText(
            QCoreApplication.translate("Fields", "YYYY-MM-DD, YYYY-MM or YYYY")
        )
        self.text.setAccessibleName(name)
        self.text.setMaxLength(10)
        # A full date stays readable beside the precision in a narrow pane.
        self.text.setMinimumWidth(self.text.fontMetrics().horizontalAdvance("0000-00-00") + 16)
        self.precision = QComboBox()
        self.precision.setAccessibleName(
            QCoreApplication.translate("Fields", "%1: precision").replace("%1", name)
        )
        for value in DatePrecision:
            self.precision.addItem(choice_label(value), value.value)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.precision)


def _combo(f: Field, allow_empty: bool) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(field_label(f))
    if allow_empty:
        combo.addItem("—", None)
    for value in f.choices:
        if value:
            combo.addItem(choice_label(value), value)
    return combo


class FieldForm(QWidget):
    """Editors for `names` of `entity`, laid out label: editor, in the registry's order."""

    edited = Signal(str, object)

    def __init__(
        self, entity: str, names: Iterable[str], lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.entity = entity
        self._lang = lang
        self._loading = False
        self.editors: dict[str, Editor] = {}
        self.layout_ = QFormLayout(self)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        wanted = list(names)
        specs = {f.name: f for f in ENTITIES[entity]}
        for name in wanted:
            f = specs[name]
            editor = self._build(f)
            self.editors[name] = editor
            label = QLabel(form_label(f))
            label.setBuddy(editor.widget.focusProxy() or editor.widget)
            self.layout_.addRow(label, editor.widget)

    def _emit(self, name: str, value: Any) -> None:
        if not self._loading:
            self.edited.emit(name, value)

    def _build(self, f: Field) -> Editor:
        name = field_label(f)
        if f.kind is Kind.TEXT or f.kind is Kind.DATETIME or f.kind is Kind.FLOAT:
            line = QLineEdit()
            line.setAccessibleName(name)
            line.setInputMethodHints(TEXT_HINTS)
            if f.kind is Kind.DATETIME:
                line.setPlaceholderText(QCoreApplication.translate("Fields", "YYYY-MM-DD HH:MM"))
            if f.kind is Kind.FLOAT:
                line.textEdited.connect(lambda t: self._emit(f.name, _to_float(t)))
                return Editor(
                    line,
                    lambda: _to_float(line.text()),
                    lambda v: line.setText("" if v is None else str(v)),
                )
            line.textEdited.connect(lambda t: self._emit(f.name, t))
            return Editor(line, line.text, lambda v: line.setText(v or ""))
        if f.kind is Kind.LONG_TEXT:
            text = PlainText(name, tall=f.name in ("description", "narrative"))
            text.textChanged.connect(lambda: self._emit(f.name, text.toPlainText()))
            return Editor(text, text.toPlainText, lambda v: text.setPlainText(v or ""))
        if f.kind is Kind.DATE:
            date = DateInput(name)
            type_name = f.name + "_type"

            def emit_date() -> None:
                self._emit(f.name, date.text.text().strip() or None)

            date.text.editingFinished.connect(emit_date)
            date.precision.activated.connect(
                lambda _i: self._emit(type_name, date.precision.currentData())
            )

            def put_date(v: Any) -> None:
                date.text.setText(v or "")

            return Editor(date, lambda: date.text.text().strip() or None, put_date)
        if f.kind is Kind.DATE_TYPE:
            raise AssertionError("date precision is edited with its date")
        if f.kind is Kind.CHOICE:
            combo = _combo(f, allow_empty=f.nullable)
            combo.activated.connect(lambda _i: self._emit(f.name, combo.currentData()))
            return Editor(
                combo, combo.currentData, lambda v: combo.setCurrentIndex(max(0, combo.findData(v)))
            )
        if f.kind is Kind.TERM:
            assert f.list_no is not None
            picker = TermPicker(f.list_no, self._lang, name)
            picker.changed.connect(lambda v: self._emit(f.name, v))
            return Editor(picker, picker.value, picker.set_value)
        if f.kind is Kind.TERMS:
            assert f.list_no is not None
            many = TermsPicker(f.list_no, self._lang, name)
            many.changed.connect(lambda v: self._emit(f.name, v))
            return Editor(many, many.value, lambda v: many.set_value(v or ()))
        if f.kind is Kind.BOOL:
            return self._bool_editor(f, name)
        if f.kind is Kind.INT:
            spin = QSpinBox()
            spin.setAccessibleName(name)
            spin.setRange(-1, 100_000)
            spin.setSpecialValueText("—")  # -1 shows as "not known"
            spin.valueChanged.connect(lambda v: self._emit(f.name, None if v < 0 else v))
            return Editor(
                spin,
                lambda: None if spin.value() < 0 else spin.value(),
                lambda v: spin.setValue(-1 if v is None else int(v)),
            )
        if f.kind is Kind.TEXT_LIST:
            lines = PlainText(name, tall=False)
            lines.setPlaceholderText(QCoreApplication.translate("Fields", "One per line"))
            lines.textChanged.connect(lambda: self._emit(f.name, _lines(lines.toPlainText())))
            return Editor(
                lines,
                lambda: _lines(lines.toPlainText()),
                lambda v: lines.setPlainText("\n".join(v or ())),
            )
        if f.kind is Kind.RECORDS:
            rows = PlainText(name, tall=False)
            rows.setPlaceholderText(
                QCoreApplication.translate(
                    "Fields", "One per line: place | date and time | official | answer"
                )
            )
            rows.textChanged.connect(lambda: self._emit(f.name, _records(rows.toPlainText())))
            return Editor(
                rows,
                lambda: _records(rows.toPlainText()),
                lambda v: rows.setPlainText(_records_text(v or ())),
            )
        raise AssertionError(f.kind)

    def _bool_editor(self, f: Field, name: str) -> Editor:
        if f.name == "confidential" or f.name == "is_defender":
            box = QCheckBox()
            box.setAccessibleName(name)
            box.toggled.connect(lambda v: self._emit(f.name, v))
            return Editor(box, box.isChecked, lambda v: box.setChecked(bool(v)))
        combo = QComboBox()  # yes / no / not known: "unknown" must stay sayable
        combo.setAccessibleName(name)
        combo.addItem("—", None)
        combo.addItem(choice_label("yes"), True)
        combo.addItem(choice_label("no"), False)
        combo.activated.connect(lambda _i: self._emit(f.name, combo.currentData()))
        return Editor(
            combo,
            combo.currentData,
            lambda v: combo.setCurrentIndex({None: 0, True: 1, False: 2}[v]),
        )

    def load(self, record: Any) -> None:
        """Show a record's values without reporting them as edits."""
        self._loading = True
        try:
            for name, editor in self.editors.items():
                editor.put(getattr(record, name, None))
                if isinstance(editor.widget, DateInput):
                    precision = getattr(record, name + "_type", None) or DatePrecision.EXACT.value
                    editor.widget.precision.setCurrentIndex(
                        max(0, editor.widget.precision.findData(precision))
                    )
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.editors.values():
            widget = editor.widget
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)

    def editor(self, name: str) -> QWidget:
        return self.editors[name].widget


def _to_float(text: str) -> float | str | None:
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return text  # storage names the field and refuses it; nothing else is lost


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


_RECORD_KEYS = ("place", "when", "official", "answer")


def _records(text: str) -> list[dict[str, str]]:
    rows = []
    for line in _lines(text):
        parts = [p.strip() for p in line.split("|")]
        rows.append({k: v for k, v in zip(_RECORD_KEYS, parts, strict=False) if v})
    return rows


def _records_text(rows: Iterable[Any]) -> str:
    return "\n".join(
        " | ".join(str(row.get(k, "")) for k in _RECORD_KEYS).rstrip(" |") for row in rows
    )
