"""Arrest details of an act: the facts an amparo against a detention needs (DOMAIN.md §2a)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from defender_app.autosave import Autosaver
from defender_app.context import AppContext
from defender_app.errors import show_error
from defender_app.widgets.field_form import FieldForm
from storage.records import Act, Saved
from storage.vault import Vault

ARREST_FIELDS = (
    "detained_at",
    "place",
    "authority_detained",
    "authority_ordered",
    "whereabouts_known",
    "whereabouts",
    "incommunicado",
    "legal_counsel",
    "type_of_detention",
    "conditions",
    "last_seen",
    "probable_places",
    "search_efforts",
    "court_case_code",
    "language_used",
)

# MT04 arrest, detention, disappearance and abduction, with their narrower terms.
_DETENTION_PREFIXES = ("030101", "030102", "030103", "030104")


def is_detention(type_of_act: str | None) -> bool:
    return bool(type_of_act) and str(type_of_act)[:6] in _DETENTION_PREFIXES


class ArrestEditor(QGroupBox):
    def __init__(
        self, ctx: AppContext, autosaver: Autosaver, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Arrest details"), parent)
        self.ctx = ctx
        self.autosaver = autosaver
        self.act_id: str | None = None
        self._stored = False
        self._detention = False
        self._opened = False
        self._read_only = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add arrest &details"))
        self.add_button.setAccessibleName(self.tr("Add arrest details"))
        self.form = FieldForm("arrest", ARREST_FIELDS, lang)
        authority = self.form.editor("authority_detained")
        assert isinstance(authority, QLineEdit)
        authority.setPlaceholderText(
            self.tr("Corporation, unit, uniforms, vehicle, plates or número económico")
        )
        self.remove_button = QPushButton(self.tr("Remove arrest details…"))
        self.remove_button.setAccessibleName(self.tr("Remove arrest details"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch()
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.form.edited.connect(self._on_form_edited)

    def show_act(self, act: Act, reload: bool) -> None:
        """Show `act`'s arrest details; `reload` is False after saves, so typing is never undone."""
        if reload or act.id != self.act_id:
            self.act_id = act.id
            self._opened = False
            self.form.load(act.arrest)
        self._stored = act.arrest is not None
        self._detention = is_detention(act.type_of_act)
        self._update()

    def set_type_of_act(self, type_of_act: str | None) -> None:
        self._detention = is_detention(type_of_act)
        self._update()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.form.set_read_only(read_only)
        self._update()

    def _update(self) -> None:
        shown = self._stored or self._detention or self._opened
        self.form.setVisible(shown)
        self.add_button.setVisible(not shown)
        self.add_button.setEnabled(not self._read_only)
        self.remove_button.setVisible(self._stored)
        self.remove_button.setEnabled(not self._read_only)
        if shown:
            self.intro.setText(
                self.tr(
                    "What an amparo for a detained or disappeared person needs: who took them, "
                    "when and where, where they may be held, and every search made."
                )
            )
        else:
            self.intro.setText(
                self.tr("Add these details if the victim was detained or taken away by force.")
            )

    def _on_add_clicked(self) -> None:
        self._opened = True
        self._update()
        self.form.editor("detained_at").setFocus()

    def _on_form_edited(self, name: str, value: Any) -> None:
        act_id = self.act_id
        if act_id is None:
            return

        def save(vault: Vault, fields: dict[str, Any]) -> Saved[Any]:
            return vault.acts.set_arrest(act_id, **fields)

        self.autosaver.edit(f"arrest:{act_id}", save, name, value)

    def _on_remove_clicked(self) -> None:
        act_id = self.act_id
        if act_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove the arrest details?"),
            self.tr("Everything recorded about this detention will be removed from the act."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.autosaver.flush()  # pending edits land first, then the removal
        ctx = self.ctx
        ctx.runner.db(
            lambda _r, _c: ctx.require_vault().acts.clear_arrest(act_id),
            self._on_removed,
            lambda exc: show_error(exc, self),
        )

    def _on_removed(self, saved: Saved[Act]) -> None:
        if saved.value.id == self.act_id:
            self.show_act(saved.value, reload=True)
        self.ctx.events.records_changed.emit(saved.changes)
