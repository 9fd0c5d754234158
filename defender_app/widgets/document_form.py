"""The editable fields of one document definition, section by section, in the draft's language.

Built from forms.documents data: a group per section that has fields, its heading as printed,
required fields marked with an asterisk and the article requiring them in a tooltip. Every
change is reported as `edited(name, value)`; the autosaver turns those into draft saves.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QSizeF, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from defender_app.widgets.field_form import TEXT_HINTS, Editor, PlainText
from forms.documents.schema import Basis, Derived, DocumentSpec, Field, Kind, Section

MAX_LINES = 18
MISSING_STYLE = "color: #a40000; font-weight: bold;"

# Options of CHOICE fields (a record of the case): field name -> [(key, label)].
Options = Mapping[str, Sequence[tuple[str, str]]]


def _grow_with_text(edit: QPlainTextEdit, min_lines: int) -> None:
    """The editor's height follows its text, from `min_lines` to `MAX_LINES` lines: a short list
    takes little room and a long petition shows whole."""

    def fit(size: QSizeF) -> None:
        lines = max(min_lines, min(MAX_LINES, math.ceil(size.height())))
        chrome = 2 * (edit.frameWidth() + edit.document().documentMargin())
        edit.setFixedHeight(round(lines * edit.fontMetrics().lineSpacing() + chrome))

    layout = edit.document().documentLayout()
    layout.documentSizeChanged.connect(fit)  # in lines, for a plain-text layout
    fit(layout.documentSize())


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class DocumentForm(QWidget):
    """Editors for every field of `spec`, labelled in `lang` (the draft's language)."""

    edited = Signal(str, object)

    def __init__(
        self, spec: DocumentSpec, lang: str, options: Options, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.lang = lang
        self._options = options
        self._loading = False
        self.editors: dict[str, Editor] = {}
        self.labels: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        legend = QLabel(self.tr("Fields marked * are required before printing."))
        legend.setWordWrap(True)
        layout.addWidget(legend)
        for section in spec.sections:
            group = self._section(section)
            if group is not None:
                layout.addWidget(group)
        layout.addStretch()

    def _section(self, section: Section) -> QGroupBox | None:
        fields = [b for b in section.content if isinstance(b, Field)]
        derived = [b for b in section.content if isinstance(b, Derived)]
        if not fields and not derived:
            return None  # fixed wording only: nothing to fill in
        group = QGroupBox(section.heading.get(self.lang) if section.heading else "")
        column = QVBoxLayout(group)  # each label above its editor: long labels wrap, not clip
        for field in fields:
            self._add_field(column, field)
        for block in derived:
            note = QLabel(
                self.tr("Filled in from the case when the document is printed: %1").replace(
                    "%1", block.label.get(self.lang)
                )
            )
            note.setWordWrap(True)
            note.setStyleSheet("color: palette(placeholder-text);")
            column.addWidget(note)
        return group

    def _add_field(self, column: QVBoxLayout, field: Field) -> None:
        name = field.label.get(self.lang)
        text = self.tr("%1 *").replace("%1", name) if field.required else name
        tooltip = self._tooltip(field)
        editor = self._build(field, name, text)
        editor.widget.setToolTip(tooltip)
        editor.widget.setAccessibleDescription(tooltip)
        self.editors[field.name] = editor
        if isinstance(editor.widget, QCheckBox):
            column.addWidget(editor.widget)
            self.labels[field.name] = editor.widget
            return
        label = QLabel(text)
        label.setWordWrap(True)
        label.setToolTip(tooltip)
        label.setBuddy(editor.widget)
        column.addWidget(label)
        column.addWidget(editor.widget)
        column.addSpacing(4)
        self.labels[field.name] = label

    def basis_text(self, basis: Basis) -> str:
        """'Ley de Amparo, art. 15', with a note when a lawyer has not checked it yet."""
        cite = basis.cite.get(self.lang)
        if basis.provenance.needs_review:
            return self.tr("%1 (not yet checked by a lawyer)").replace("%1", cite)
        return cite

    def _tooltip(self, field: Field) -> str:
        """Why a field is asked for: the article that requires it, or the one it rests on."""
        if field.required and field.basis is not None:
            text = self.tr("Required by %1").replace("%1", self.basis_text(field.basis))
        elif field.required:
            text = self.tr("Required before printing")
        elif field.basis is not None:
            return self.tr("Legal basis: %1").replace("%1", self.basis_text(field.basis))
        else:
            return ""
        if field.required_unless:
            try:
                other = self.spec.field(field.required_unless).label.get(self.lang)
            except KeyError:  # a fact of the case (e.g. consent recorded), not a field
                return self.tr("%1, unless the case's records make it unnecessary").replace(
                    "%1", text
                )
            text = self.tr("%1, unless “%2” is given").replace("%2", other).replace("%1", text)
        return text

    def _emit(self, name: str, value: Any) -> None:
        if not self._loading:
            self.edited.emit(name, value)

    def _build(self, field: Field, name: str, text: str) -> Editor:
        key = field.name
        if field.kind is Kind.TEXT:
            line = QLineEdit()
            line.setAccessibleName(name)
            line.setInputMethodHints(TEXT_HINTS)
            line.textEdited.connect(lambda t: self._emit(key, t.strip() or None))
            return Editor(
                line, lambda: line.text().strip() or None, lambda v: line.setText(v or "")
            )
        if field.kind is Kind.LONG_TEXT:
            long_text = PlainText(name, tall=True)
            _grow_with_text(long_text, 5)
            long_text.textChanged.connect(
                lambda: self._emit(key, long_text.toPlainText().strip() or None)
            )
            return Editor(
                long_text,
                lambda: long_text.toPlainText().strip() or None,
                lambda v: long_text.setPlainText(v or ""),
            )
        if field.kind is Kind.LIST:
            items = PlainText(name, tall=True)
            _grow_with_text(items, 2)
            items.setPlaceholderText(self.tr("One per line"))
            items.textChanged.connect(lambda: self._emit(key, _lines(items.toPlainText())))
            return Editor(
                items,
                lambda: _lines(items.toPlainText()),
                # A blank line between items: a long item that wraps still reads as one.
                lambda v: items.setPlainText("\n\n".join(v or ())),
            )
        if field.kind is Kind.CHOICES:
            return self._choices_editor(field, name)
        if field.kind is Kind.BOOL:
            box = QCheckBox(text)
            box.setAccessibleName(name)
            box.toggled.connect(lambda checked: self._emit(key, checked))
            return Editor(box, box.isChecked, lambda v: box.setChecked(bool(v)))
        combo = QComboBox()  # Kind.CHOICE: one record of the case, e.g. which testimony
        combo.setAccessibleName(name)
        combo.addItem(self.tr("— choose —"), None)
        for option_key, option_label in self._options.get(key, ()):
            combo.addItem(option_label, option_key)
        combo.activated.connect(lambda _i: self._emit(key, combo.currentData()))
        return Editor(
            combo, combo.currentData, lambda v: combo.setCurrentIndex(max(0, combo.findData(v)))
        )

    def _choices_editor(self, field: Field, name: str) -> Editor:
        column = QWidget()
        column.setAccessibleName(name)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        boxes: dict[str, QCheckBox] = {}
        for choice in field.choices:
            short = (choice.short or choice.label).get(self.lang)
            box = QCheckBox(short[:1].upper() + short[1:])
            box.setToolTip(choice.label.get(self.lang))  # the sentence as printed
            layout.addWidget(box)
            boxes[choice.key] = box

        def checked() -> list[str]:
            return [k for k, b in boxes.items() if b.isChecked()]

        def put(value: Any) -> None:
            for k, b in boxes.items():
                b.setChecked(k in (value or ()))

        for box in boxes.values():
            box.toggled.connect(lambda _on: self._emit(field.name, checked()))
        if boxes:
            column.setFocusProxy(next(iter(boxes.values())))
        return Editor(column, checked, put)

    def load(self, values: Mapping[str, Any]) -> None:
        """Show a draft's values without reporting them as edits."""
        self._loading = True
        try:
            for name, editor in self.editors.items():
                editor.put(values.get(name))
        finally:
            self._loading = False

    def editor(self, name: str) -> QWidget:
        return self.editors[name].widget

    def value(self, name: str) -> Any:
        return self.editors[name].get()

    def mark_missing(self, names: Sequence[str]) -> None:
        """Show the labels of required fields that are still empty in red."""
        for name, label in self.labels.items():
            label.setStyleSheet(MISSING_STYLE if name in names else "")
