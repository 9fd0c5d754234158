"""The informed-consent record of a testimony (DOMAIN.md §3.2), one answer per use.

Every change is reported as `changed(Consent)`; storage keeps each distinct answer set as a
new version, never overwriting the one before.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from defender_app.i18n import date_text, datetime_text
from defender_app.widgets.consent_checklist import ConsentChecklist
from defender_app.widgets.consent_withdrawal import ConsentWithdrawal
from defender_app.widgets.field_form import TEXT_HINTS, Editor, choice_label
from forms.consent import DISCLOSURES, USES, Consent
from storage.records import ConsentVersion


class ConsentEditor(QWidget):
    changed = Signal(object)  # Consent

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.editors: dict[str, Editor] = {}
        self.status = QLabel()
        self.status.setWordWrap(True)
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)
        # Created in the order they are shown, which is the keyboard's tab order.
        self.uses = ConsentChecklist(USES)

        identity_group, identity = self._form(self.tr("How the person may be identified"))
        self._choice(
            identity,
            "name_mode",
            self.tr("Name"),
            {
                "real": self.tr("real name"),
                "pseudonym": self.tr("pseudonym"),
                "code": self.tr("code only"),
            },
        )
        self._check(identity, "blur_face", self.tr("Blur the face"))
        self._check(identity, "alter_voice", self.tr("Alter the voice"))
        self._choice(
            identity,
            "location_mode",
            self.tr("Location"),
            {
                "exact": self.tr("exact place"),
                "municipality": self.tr("municipality only"),
                "none": self.tr("no location"),
            },
        )
        self._check(identity, "family_details", self.tr("Family details may be given"))

        given_group, given = self._form(self.tr("How consent was given"))
        self._choice(
            given,
            "method",
            self.tr("Method"),
            {
                "": "—",
                "written": self.tr("written signature"),
                "thumbprint": self.tr("thumbprint"),
                "oral_recorded": self.tr("oral, recorded"),
                "witnessed_verbal": self.tr("verbal, before a witness"),
            },
        )
        self._choice(
            given,
            "given_by",
            self.tr("Given by"),
            {
                "person": self.tr("the person"),
                "guardian": self.tr("a guardian (minor)"),
                "community": self.tr("the community assembly"),
            },
        )
        self.guardian_label = QLabel()
        self._text(given, "guardian", self.tr("Guardian or assembly"), label=self.guardian_label)
        self._yes_no(given, "child_assent", self.tr("The child agrees"))
        self._yes_no(given, "capacity_checked", self.tr("Able to decide (checked)"))
        self._text(given, "given_on", self.tr("Date"), date=True)
        self._text(given, "place", self.tr("Place (municipality)"))
        self._text(given, "obtained_by", self.tr("Obtained by"))
        self._text(given, "witness", self.tr("Witness"))
        self._text(given, "language", self.tr("Language and variant"))
        self._text(given, "interpreter", self.tr("Interpreter"))
        self._text(given, "form_version", self.tr("Consent form version"))

        self.disclosures = ConsentChecklist(DISCLOSURES)

        recordings_group, recordings = self._form(self.tr("Recordings"))
        self._check(recordings, "record_audio", self.tr("Audio may be recorded"))
        self._check(recordings, "record_video", self.tr("Video may be recorded"))
        self._check(recordings, "record_photo", self.tr("Photos may be taken"))
        self._check(
            recordings, "recordings_may_leave_device", self.tr("Recordings may leave this device")
        )

        other_group, other = self._form(self.tr("Examination, contact and review"))
        self._yes_no(other, "medical_exam", self.tr("Medical or forensic examination"))
        self._yes_no(other, "share_medical_report", self.tr("Share the medical report"))
        self._text(other, "safe_contact", self.tr("Safe way to contact the person"))
        self._text(other, "review_on", self.tr("Review consent on"), date=True)
        self.withdrawal = ConsentWithdrawal()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self._group(self.tr("Uses the person agreed to"), self.uses))
        layout.addWidget(identity_group)
        layout.addWidget(given_group)
        layout.addWidget(self._group(self.tr("What was explained to the person"), self.disclosures))
        layout.addWidget(recordings_group)
        layout.addWidget(other_group)
        layout.addWidget(self.withdrawal)
        layout.addStretch()
        self.uses.changed.connect(self._emit)
        self.disclosures.changed.connect(self._emit)
        self.withdrawal.changed.connect(self._emit)
        self._given_form = given
        self._update_given_by()
        self.show_version(None)

    # ---------------------------------------------------------------- building
    @staticmethod
    def _group(title: str, content: QWidget) -> QGroupBox:
        group = QGroupBox(title)
        QVBoxLayout(group).addWidget(content)
        return group

    @staticmethod
    def _form(title: str) -> tuple[QGroupBox, QFormLayout]:
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        return group, form

    def _add(
        self, form: QFormLayout, name: str, label: QLabel, editor: Editor, signal: Any
    ) -> None:
        label.setBuddy(editor.widget)
        editor.widget.setAccessibleName(label.text())
        label.setText(self.tr("%1:").replace("%1", label.text()))
        form.addRow(label, editor.widget)
        signal.connect(lambda *_a: self._emit())
        self.editors[name] = editor

    def _check(self, form: QFormLayout, name: str, text: str) -> None:
        box = QCheckBox(text)
        box.setAccessibleName(text)
        box.clicked.connect(lambda _c: self._emit())
        form.addRow(box)
        self.editors[name] = Editor(box, box.isChecked, lambda v: box.setChecked(bool(v)))

    def _choice(self, form: QFormLayout, name: str, text: str, options: dict[str, str]) -> None:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        for value, option in options.items():
            combo.addItem(option, value)

        def put(value: Any) -> None:
            combo.setCurrentIndex(max(0, combo.findData(value)))

        self._add(form, name, QLabel(text), Editor(combo, combo.currentData, put), combo.activated)

    def _yes_no(self, form: QFormLayout, name: str, text: str) -> None:
        self._choice(
            form, name, text, {"": "—", "yes": choice_label("yes"), "no": choice_label("no")}
        )
        combo = self.editors[name].widget
        assert isinstance(combo, QComboBox)
        answers = {"": None, "yes": True, "no": False}
        self.editors[name] = Editor(
            combo,
            lambda: answers[combo.currentData()],
            lambda v: combo.setCurrentIndex({None: 0, True: 1, False: 2}[v]),
        )

    def _text(
        self,
        form: QFormLayout,
        name: str,
        text: str,
        date: bool = False,
        label: QLabel | None = None,
    ) -> None:
        line = QLineEdit()
        line.setInputMethodHints(TEXT_HINTS)
        if date:  # half-typed dates are refused by storage: save once the date is complete
            line.setPlaceholderText(self.tr("YYYY-MM-DD"))
            line.setMaxLength(10)
        signal = line.editingFinished if date else line.textEdited
        label = label or QLabel()
        label.setText(text)
        editor = Editor(line, lambda: line.text().strip(), lambda v: line.setText(v or ""))
        self._add(form, name, label, editor, signal)

    # ---------------------------------------------------------------- values
    def load(self, version: ConsentVersion | None) -> None:
        """Show a stored consent (or the safe defaults when none was recorded yet)."""
        consent = version.consent if version else Consent()
        self._loading = True
        try:
            self.uses.set_checked(use for use, yes in consent.uses.items() if yes)
            self.disclosures.set_checked(consent.disclosures)
            for name, editor in self.editors.items():
                editor.put(getattr(consent, name))
            self.withdrawal.load(consent)
        finally:
            self._loading = False
        self._update_given_by()
        self.show_version(version)

    def consent(self) -> Consent:
        values = {name: editor.get() for name, editor in self.editors.items()}
        return Consent(
            uses=self.uses.answers(),
            disclosures=self.disclosures.checked(),
            **values,
            **self.withdrawal.values(),
        )

    def show_version(self, version: ConsentVersion | None) -> None:
        """The status line: which version is stored, and whether it was withdrawn."""
        if version is None:
            self.status.setText(
                self.tr(
                    "No consent recorded yet. Ask about each use before the interview; every "
                    "answer is saved as a new version of this record."
                )
            )
            self.status.setStyleSheet("")
            return
        text = self.tr("Consent version %1, recorded %2")
        text = text.replace("%1", str(version.version)).replace(
            "%2", datetime_text(version.created_at)
        )
        consent = version.consent
        if consent.withdrawn_on:
            line = (
                self.tr("Withdrawn on %1 for some uses")
                if consent.withdrawn_uses
                else self.tr("Withdrawn on %1 for every use")
            )
            text += "\n" + line.replace("%1", date_text(consent.withdrawn_on))
        self.status.setText(text)
        self.status.setStyleSheet("color: #a40000;" if consent.withdrawn_on else "")

    def _update_given_by(self) -> None:
        given_by = self.editors["given_by"].get()
        self.guardian_label.setText(
            self.tr("Assembly and its acta:") if given_by == "community" else self.tr("Guardian:")
        )
        self._given_form.setRowVisible(self.editors["guardian"].widget, given_by != "person")
        self._given_form.setRowVisible(self.editors["child_assent"].widget, given_by == "guardian")

    def _emit(self) -> None:
        if self._loading:
            return
        self._update_given_by()
        self.changed.emit(self.consent())
