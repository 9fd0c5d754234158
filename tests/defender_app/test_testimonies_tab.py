"""Testimonies tab against a real vault: the account in the person's words and versioned consent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from defender_app.autosave import Autosaver
from defender_app.context import AppContext
from defender_app.views import testimonies_tab
from forms.consent import Consent
from storage.records import Case
from storage.vault import Vault
from tests.defender_app.test_people_tab import WAIT_MS, choose, make_context, type_into

NARRATIVE = "Llegaron en una patrulla sin número económico y se la llevaron a Ocosingo."


@pytest.fixture
def context(qtbot: QtBot, home: Path, vault: Vault) -> Iterator[tuple[AppContext, Autosaver]]:
    ctx, autosaver = make_context(home, vault)
    yield ctx, autosaver
    autosaver.flush_and_wait()
    ctx.runner.shutdown()


@pytest.fixture
def case(vault: Vault) -> Case:
    return vault.cases.create(title="Desaparición en Ocosingo").value


# Imported through its module: pytest would take a class named Test… for a test class.
Tab = testimonies_tab.TestimoniesTab


def open_tab(qtbot: QtBot, context: tuple[AppContext, Autosaver], case: Case) -> Tab:
    tab = Tab(*context)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.load(case)
    return tab


def test_a_testimony_typed_and_consent_to_store_and_amparo(
    qtbot: QtBot, context: tuple[AppContext, Autosaver], vault: Vault, case: Case
) -> None:
    vault.persons.create(case_id=case.id, role="victim", name="María López Gómez")
    tab = open_tab(qtbot, context, case)
    assert tab.empty.isVisible() and "ask for their consent" in tab.empty.text()
    qtbot.waitUntil(lambda: len(tab.people) == 1, timeout=WAIT_MS)

    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.interviewee.currentText().startswith("María López Gómez")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: tab.detail.currentWidget() is tab.panes, timeout=WAIT_MS)
    assert "No consent recorded yet" in tab.consent.status.text()

    form = tab.editor.form
    narrative = form.editor("narrative")
    assert isinstance(narrative, QPlainTextEdit)
    hints = narrative.inputMethodHints()
    assert hints & Qt.InputMethodHint.ImhSensitiveData
    assert hints & Qt.InputMethodHint.ImhNoPredictiveText
    qtbot.keyClicks(narrative, "Llegaron en una patrulla")
    type_into(narrative, NARRATIVE.removeprefix("Llegaron en una patrulla"))
    type_into(form.editor("place_general"), "Ocosingo")
    type_into(form.editor("interviewers"), "Equipo de documentación")
    choose(qtbot, form.editor("modality"))  # — → in person

    consent = tab.consent
    qtbot.mouseClick(consent.uses.boxes["store"], Qt.MouseButton.LeftButton)
    # Clicking an item's wrapped text ticks its box, as a checkbox's own text would.
    qtbot.mouseClick(consent.uses.texts["amparo"], Qt.MouseButton.LeftButton)
    for disclosure in ("who_we_are", "purpose", "voluntary", "withdrawal"):
        qtbot.mouseClick(consent.disclosures.boxes[disclosure], Qt.MouseButton.LeftButton)
    choose(qtbot, consent.editors["method"].widget, presses=2)  # — → written → thumbprint
    type_into(consent.editors["obtained_by"].widget, "Juana Pérez")

    context[1].flush_and_wait()
    testimony = vault.testimonies.for_case(case.id)[0]
    assert testimony.narrative == NARRATIVE
    assert testimony.place_general == "Ocosingo"
    assert testimony.interviewers == "Equipo de documentación"
    assert testimony.modality == "in_person"
    assert testimony.consent is not None
    stored = testimony.consent.consent
    assert {use for use, yes in stored.uses.items() if yes} == {"store", "amparo"}
    assert stored.uses["media"] is False  # every use has an answer
    assert set(stored.disclosures) == {"who_we_are", "purpose", "voluntary", "withdrawal"}
    assert stored.method == "thumbprint" and stored.obtained_by == "Juana Pérez"
    assert stored.allows("amparo") and not stored.allows("media")
    version = testimony.consent.version
    qtbot.waitUntil(
        lambda: f"Consent version {version}, recorded" in consent.status.text(), timeout=WAIT_MS
    )
    assert tab.tree.topLevelItem(0).text(3) == f"version {version}"
    assert not tab.problem.isVisible()


def test_a_final_case_is_read_only_but_consent_can_still_be_withdrawn(
    qtbot: QtBot, context: tuple[AppContext, Autosaver], vault: Vault, case: Case
) -> None:
    person = vault.persons.create(case_id=case.id, role="victim", name="Juan").value
    testimony = vault.testimonies.add(case.id, person.id, narrative=NARRATIVE).value
    vault.testimonies.record_consent(testimony.id, Consent.for_uses(["store", "amparo"]))
    tab = open_tab(qtbot, context, case)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1, timeout=WAIT_MS)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    assert "Consent version 1, recorded" in tab.consent.status.text()
    tab.load(vault.cases.finalize(case.id).value)  # as the case editor does after finalizing
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1, timeout=WAIT_MS)
    assert tab.detail.currentWidget() is tab.panes  # still showing the same testimony

    assert not tab.add_button.isEnabled()
    assert tab.read_only_note.isVisible()
    narrative = tab.editor.form.editor("narrative")
    assert isinstance(narrative, QPlainTextEdit) and narrative.isReadOnly()
    assert narrative.toPlainText() == NARRATIVE
    assert not tab.editor.interviewee.isEnabled()

    withdrawal = tab.consent.withdrawal
    assert withdrawal.withdrawn.isEnabled() and not withdrawal.details.isEnabled()
    qtbot.mouseClick(withdrawal.withdrawn, Qt.MouseButton.LeftButton)
    assert withdrawal.details.isEnabled()
    type_into(withdrawal.reason, "Teme represalias.")
    context[1].flush_and_wait()

    history = vault.testimonies.consent_history(testimony.id)
    assert [v.version for v in history] == list(range(1, len(history) + 1))
    assert len(history) >= 2  # the withdrawal is a new version (the reason may be another)
    latest = history[-1].consent
    assert latest.withdrawn_on == dt.date.today().isoformat()
    assert latest.withdrawn_uses == () and latest.withdrawal_reason == "Teme represalias."
    assert not latest.allows("store") and not latest.allows("amparo")
    assert history[0].consent.withdrawn_on == ""  # the earlier version is kept as it was
    qtbot.waitUntil(lambda: "Withdrawn on" in tab.consent.status.text(), timeout=WAIT_MS)
    assert f"Consent version {len(history)}" in tab.consent.status.text()
    assert tab.tree.topLevelItem(0).text(3) == "withdrawn"
    assert vault.testimonies.get(testimony.id).narrative == NARRATIVE


def test_the_person_giving_a_testimony_can_be_someone_new(
    qtbot: QtBot, context: tuple[AppContext, Autosaver], vault: Vault, case: Case
) -> None:
    tab = open_tab(qtbot, context, case)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.is_new()  # nobody in the case yet
    assert not dialog.ok_button.isEnabled()
    type_into(dialog.new_name, "Doña Petrona")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: tab.detail.currentWidget() is tab.panes, timeout=WAIT_MS)
    assert tab.tree.topLevelItem(0).text(0) == "Doña Petrona"

    choose(qtbot, tab.editor.interviewee)  # the last entry: someone new
    person_dialog = tab.editor.person_dialog
    assert person_dialog is not None and person_dialog.role_value() == "source"
    type_into(person_dialog.pseudonym, "T2")
    qtbot.mouseClick(person_dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.tree.topLevelItem(0).text(0) == "T2", timeout=WAIT_MS)
    assert tab.editor.interviewee.currentText().startswith("T2")

    (testimony,) = vault.testimonies.for_case(case.id)
    people = {p.person.id: p for p in vault.cases.participants(case.id)}
    assert testimony.interviewee_id is not None
    assert people[testimony.interviewee_id].person.pseudonym == "T2"
    assert {p.person.display_name for p in people.values()} == {"Doña Petrona", "T2"}
