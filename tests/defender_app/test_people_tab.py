"""People & acts tab against a real vault: people, a detention with arrest details, perpetrators."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from defender_app.autosave import Autosaver
from defender_app.context import AppContext
from defender_app.events import AppEvents
from defender_app.settings import AppSettings
from defender_app.tasks import TaskRunner
from defender_app.views.people_tab import PeopleTab
from defender_app.widgets.term_picker import TermDialog, TermPicker, TermsPicker
from storage.records import Case
from storage.vault import Vault

WAIT_MS = 30_000
DETENTION = "030102000000"
DIRECTLY_CARRIED_OUT = "010100000000"
STATE_POLICE = "MX2405"
THREATS = "020103010000"
SUSPECTED = "010600000000"


def make_context(home: Path, vault: Vault) -> tuple[AppContext, Autosaver]:
    """What the app wires after unlocking, in English, minus the windows."""
    ctx = AppContext(home, TaskRunner(), AppEvents(), AppSettings(home), vault)
    ctx.settings.language = "en"
    return ctx, Autosaver(ctx)


@pytest.fixture
def context(qtbot: QtBot, home: Path, vault: Vault) -> Iterator[tuple[AppContext, Autosaver]]:
    ctx, autosaver = make_context(home, vault)
    yield ctx, autosaver
    autosaver.flush_and_wait()  # nothing may reach the vault after the fixture locks it
    ctx.runner.shutdown()


@pytest.fixture
def case(vault: Vault) -> Case:
    return vault.cases.create(title="Detención de defensora tsotsil").value


def open_tab(qtbot: QtBot, context: tuple[AppContext, Autosaver], case: Case) -> PeopleTab:
    tab = PeopleTab(*context)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.load(case)
    return tab


def choose_terms(qtbot: QtBot, picker: TermPicker | TermsPicker, query: str, code: str) -> None:
    """Open the picker's search dialog, type `query`, pick the term `code` and press OK."""
    button = picker.button if isinstance(picker, TermPicker) else picker.add_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = picker.findChildren(TermDialog)[-1]
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.search, query)
    items = [dialog.results.item(i) for i in range(dialog.results.count())]
    next(i for i in items if i.data(Qt.ItemDataRole.UserRole) == code).setSelected(True)
    dialog.accept()


def choose(qtbot: QtBot, combo: QWidget, presses: int = 1) -> None:
    """Move a closed combo box down with the keyboard, as a person would."""
    assert isinstance(combo, QComboBox)
    combo.setFocus()
    for _ in range(presses):
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def type_into(widget: QWidget, text: str) -> None:
    """Type `text` key by key; unlike QTest.keyClicks, accents and ñ go through too."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def add_person(qtbot: QtBot, tab: PeopleTab, name: str, role: str, group: bool = False) -> None:
    count = tab.people_tree.topLevelItemCount()
    qtbot.mouseClick(tab.add_person_button, Qt.MouseButton.LeftButton)
    dialog = tab.person_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()  # a name or a pseudonym is needed
    type_into(dialog.name, name)
    if group:
        choose(qtbot, dialog.counting_unit)
    dialog.role.setCurrentIndex(dialog.role.findData(role))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.people_tree.topLevelItemCount() == count + 1, timeout=WAIT_MS)


def test_people_a_detention_with_arrest_details_and_a_perpetrator_unit(
    qtbot: QtBot, context: tuple[AppContext, Autosaver], vault: Vault, case: Case
) -> None:
    ctx, autosaver = context
    tab = open_tab(qtbot, context, case)
    assert tab.people_empty.isVisible() and "Add the victim first" in tab.people_empty.text()
    assert not tab.add_act_button.isEnabled()

    add_person(qtbot, tab, "María López Gómez", "victim")
    add_person(qtbot, tab, "Policía Municipal de Altamirano", "perpetrator", group=True)
    assert tab.add_act_button.isEnabled()
    assert tab.detail.currentWidget() is tab.person_page  # the new person is shown

    qtbot.mouseClick(tab.add_act_button, Qt.MouseButton.LeftButton)
    dialog = tab.act_dialog
    assert dialog is not None and not dialog.ok_button.isEnabled()
    assert dialog.victim.currentText().startswith("María López Gómez")  # victims come first
    choose_terms(qtbot, dialog.type_of_act, "detencion", DETENTION)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.acts_tree.topLevelItemCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: tab.detail.currentWidget() is tab.act_page, timeout=WAIT_MS)

    editor = tab.act_editor
    assert editor.arrest.form.isVisible()  # a detention asks for the amparo facts at once
    type_into(editor.key_form.editor("exact_location"), "Carretera Ocosingo km 3")
    arrest = editor.arrest.form
    type_into(arrest.editor("detained_at"), "2026-03-14 18:30")
    type_into(arrest.editor("authority_detained"), "Policía Municipal, patrulla 023")
    choose(qtbot, arrest.editor("incommunicado"))  # — → yes

    involvements = editor.involvements
    assert involvements.empty.isVisible()
    qtbot.mouseClick(involvements.add_button, Qt.MouseButton.LeftButton)
    inv_dialog = involvements.dialog
    assert inv_dialog is not None
    assert inv_dialog.perpetrator.currentText().startswith("Policía Municipal de Altamirano")
    choose_terms(qtbot, inv_dialog.degree, "directly", DIRECTLY_CARRIED_OUT)
    choose_terms(qtbot, inv_dialog.types, "estatal", STATE_POLICE)
    qtbot.mouseClick(inv_dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: involvements.tree.topLevelItemCount() == 1, timeout=WAIT_MS)

    tab.people_tree.setCurrentItem(tab.people_tree.topLevelItem(0))
    assert tab.detail.currentWidget() is tab.person_page
    type_into(tab.person_editor.form.editor("language"), "tseltal de Oxchuc")

    autosaver.flush_and_wait()
    people = {p.person.name: p for p in vault.cases.participants(case.id)}
    victim = people["María López Gómez"]
    unit = people["Policía Municipal de Altamirano"]
    assert victim.roles == ("victim",) and victim.person.language == "tseltal de Oxchuc"
    assert unit.roles == ("perpetrator",) and unit.person.counting_unit == "group"
    (act,) = vault.acts.for_case(case.id)
    assert (act.victim_id, act.type_of_act) == (victim.person.id, DETENTION)
    assert act.exact_location == "Carretera Ocosingo km 3"
    assert act.arrest is not None
    assert act.arrest.incommunicado is True
    assert act.arrest.authority_detained == "Policía Municipal, patrulla 023"
    assert act.arrest.detained_at == "2026-03-14 18:30"
    (involvement,) = act.involvements
    assert involvement.perpetrator_id == unit.person.id
    assert involvement.degree == DIRECTLY_CARRIED_OUT
    assert involvement.perpetrator_types == (STATE_POLICE,)
    qtbot.waitUntil(lambda: not autosaver.dirty, timeout=WAIT_MS)
    assert not tab.problem.isVisible()
    assert ctx.vault is vault


def test_a_cleared_type_of_act_is_refused_in_plain_words(
    qtbot: QtBot, context: tuple[AppContext, Autosaver], vault: Vault, case: Case
) -> None:
    victim = vault.persons.create(case_id=case.id, role="victim", name="Juan").value
    vault.acts.add(case.id, victim.id, type_of_act=DETENTION)
    tab = open_tab(qtbot, context, case)
    qtbot.waitUntil(lambda: tab.acts_tree.topLevelItemCount() == 1, timeout=WAIT_MS)
    tab.acts_tree.setCurrentItem(tab.acts_tree.topLevelItem(0))
    picker = tab.act_editor.key_form.editor("type_of_act")
    assert isinstance(picker, TermPicker)
    qtbot.mouseClick(picker.clear_button, Qt.MouseButton.LeftButton)
    context[1].flush()
    qtbot.waitUntil(tab.problem.isVisible, timeout=WAIT_MS)
    assert "Type of act" in tab.problem.text() and "required" in tab.problem.text()
    assert vault.acts.for_case(case.id)[0].type_of_act == DETENTION


def test_a_final_case_is_shown_read_only(
    qtbot: QtBot, context: tuple[AppContext, Autosaver], vault: Vault, case: Case
) -> None:
    victim = vault.persons.create(case_id=case.id, role="victim", name="Juan").value
    unit = vault.persons.create(case_id=case.id, role="perpetrator", name="Ejército").value
    act = vault.acts.add(case.id, victim.id, type_of_act="030103000000").value
    vault.acts.add_involvement(act.id, unit.id, degree=DIRECTLY_CARRIED_OUT)
    final = vault.cases.finalize(case.id).value
    tab = open_tab(qtbot, context, final)
    qtbot.waitUntil(lambda: tab.acts_tree.topLevelItemCount() == 1, timeout=WAIT_MS)
    assert not tab.add_person_button.isEnabled() and not tab.add_act_button.isEnabled()

    tab.acts_tree.setCurrentItem(tab.acts_tree.topLevelItem(0))
    editor = tab.act_editor
    location = editor.key_form.editor("exact_location")
    assert isinstance(location, QLineEdit) and location.isReadOnly()
    assert not editor.victim.isEnabled()
    assert not editor.involvements.add_button.isEnabled()
    assert not editor.arrest.form.editor("incommunicado").isEnabled()
    assert not tab.remove_act_button.isEnabled()

    tab.people_tree.setCurrentItem(tab.people_tree.topLevelItem(0))
    assert not any(box.isEnabled() for box in tab.person_editor.role_boxes.values())
    name = tab.person_editor.form.editor("name")
    assert isinstance(name, QLineEdit) and name.isReadOnly()


def test_arrest_details_on_request_and_a_new_perpetrator_unit(
    qtbot: QtBot,
    context: tuple[AppContext, Autosaver],
    vault: Vault,
    case: Case,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    victim = vault.persons.create(case_id=case.id, role="victim", name="Juan").value
    vault.acts.add(case.id, victim.id, type_of_act=THREATS)
    tab = open_tab(qtbot, context, case)
    qtbot.waitUntil(lambda: tab.acts_tree.topLevelItemCount() == 1, timeout=WAIT_MS)
    tab.acts_tree.setCurrentItem(tab.acts_tree.topLevelItem(0))
    arrest = tab.act_editor.arrest
    assert not arrest.form.isVisible() and arrest.add_button.isVisible()  # not a detention
    qtbot.mouseClick(arrest.add_button, Qt.MouseButton.LeftButton)
    assert arrest.form.isVisible()
    type_into(arrest.form.editor("place"), "Separos de Ocosingo")
    context[1].flush()
    qtbot.waitUntil(arrest.remove_button.isVisible, timeout=WAIT_MS)
    act = vault.acts.for_case(case.id)[0]
    assert act.arrest is not None and act.arrest.place == "Separos de Ocosingo"

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(arrest.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not arrest.form.isVisible(), timeout=WAIT_MS)
    assert vault.acts.for_case(case.id)[0].arrest is None

    involvements = tab.act_editor.involvements
    qtbot.mouseClick(involvements.add_button, Qt.MouseButton.LeftButton)
    dialog = involvements.dialog
    assert dialog is not None
    choose(qtbot, dialog.perpetrator)  # past Juan: someone new
    assert dialog.is_new() and dialog.new_unit.currentData() == "group"
    type_into(dialog.new_name, "Grupo de choque")
    choose_terms(qtbot, dialog.degree, "suspected", SUSPECTED)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: involvements.tree.topLevelItemCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: tab.people_tree.topLevelItemCount() == 2, timeout=WAIT_MS)
    (involvement,) = vault.acts.for_case(case.id)[0].involvements
    unit = vault.persons.get(involvement.perpetrator_id)
    assert (unit.name, unit.counting_unit) == ("Grupo de choque", "group")
    assert involvement.degree == SUSPECTED
