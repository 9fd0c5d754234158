"""Withdrawal of consent: when, for which uses, why, and what was done about it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from defender_app.widgets.consent_checklist import ConsentChecklist
from defender_app.widgets.field_form import PlainText
from forms.consent import USES, Consent


class ConsentWithdrawal(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Withdrawal"), parent)
        self._loading = False
        self.withdrawn = QCheckBox(self.tr("The person has &withdrawn consent"))
        self.withdrawn.setAccessibleName(self.tr("Consent withdrawn"))
        self.date = QLineEdit()
        self.date.setAccessibleName(self.tr("Date of withdrawal"))
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.date.setMaxLength(10)
        self.all_uses = QRadioButton(self.tr("For every use"))
        self.some_uses = QRadioButton(self.tr("Only for the uses ticked below"))
        self.all_uses.setAccessibleName(self.all_uses.text())
        self.some_uses.setAccessibleName(self.some_uses.text())
        scope = QButtonGroup(self)
        scope.addButton(self.all_uses)
        scope.addButton(self.some_uses)
        self.all_uses.setChecked(True)
        self.uses = ConsentChecklist(USES)
        self.reason = PlainText(self.tr("Reason for the withdrawal (optional)"), tall=False)
        self.actions_taken = PlainText(self.tr("Actions taken after the withdrawal"), tall=False)
        self.actions_taken.setPlaceholderText(
            self.tr("Exports recalled, records locked, who was told and when")
        )
        note = QLabel(
            self.tr(
                "A withdrawal cannot undo documents already filed with a court or commission. "
                "Record it here as soon as the person asks; it can always be recorded, even in a "
                "final case."
            )
        )
        note.setWordWrap(True)
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.all_uses)
        form.addRow(self.some_uses)
        form.addRow(self.uses)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Actions taken:"), self.actions_taken)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.withdrawn)
        layout.addWidget(self.details)

        self.withdrawn.clicked.connect(self._on_withdrawn_clicked)
        self.date.editingFinished.connect(self._emit)
        scope.buttonClicked.connect(lambda _b: self._on_scope_clicked())
        self.uses.changed.connect(self._emit)
        self.reason.textChanged.connect(self._emit)
        self.actions_taken.textChanged.connect(self._emit)
        self._update()

    def load(self, consent: Consent) -> None:
        self._loading = True
        try:
            self.withdrawn.setChecked(bool(consent.withdrawn_on))
            self.date.setText(consent.withdrawn_on)
            (self.some_uses if consent.withdrawn_uses else self.all_uses).setChecked(True)
            self.uses.set_checked(consent.withdrawn_uses)
            self.reason.setPlainText(consent.withdrawal_reason)
            self.actions_taken.setPlainText(consent.withdrawal_actions)
        finally:
            self._loading = False
        self._update()

    def values(self) -> dict[str, Any]:
        """The withdrawal part of a Consent; no date means not withdrawn."""
        withdrawn = self.withdrawn.isChecked()
        return {
            "withdrawn_on": self.date.text().strip() if withdrawn else "",
            "withdrawn_uses": self.uses.checked() if self.some_uses.isChecked() else (),
            "withdrawal_reason": self.reason.toPlainText(),
            "withdrawal_actions": self.actions_taken.toPlainText(),
        }

    def _update(self) -> None:
        self.details.setEnabled(self.withdrawn.isChecked())
        self.uses.setEnabled(self.some_uses.isChecked())

    def _on_withdrawn_clicked(self, checked: bool) -> None:
        if checked and not self.date.text().strip():
            self.date.setText(QDate.currentDate().toString(Qt.DateFormat.ISODate))
        self._update()
        self._emit()

    def _on_scope_clicked(self) -> None:
        self._update()
        self._emit()

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit()
