"""Issue #3's promise in one run, driven as a person would, on the real app.

First run → create vault → new case → a victim, a police unit and a detention with arrest
details → a testimony with consent → three photos → lock → unlock → everything is there, and
search finds the case.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from defender_app.app import DefenderApp
from storage.vault import Vault
from tests.conftest import PASSPHRASE, make_jpeg
from tests.defender_app.test_people_tab import (
    DETENTION,
    add_person,
    choose,
    choose_terms,
    type_into,
)

WAIT_MS = 30_000


def test_a_whole_case_from_first_run_to_unlock(
    qtbot: QtBot, app: DefenderApp, home: Path, tmp_path: Path, monkeypatch: object
) -> None:
    from storage import kdf

    monkeypatch.setitem(kdf.PROFILES, "default", kdf.PROFILES["fast"])  # type: ignore[attr-defined]
    qtbot.addWidget(app.start())
    app.window.resize(1366, 768)
    first = app.first_run
    assert first is not None
    english = next(
        b for b in first.language_page.findChildren(QPushButton) if b.text() == "English"
    )
    qtbot.mouseClick(english, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(first.create_page.passphrase, PASSPHRASE)
    qtbot.keyClicks(first.create_page.confirm, PASSPHRASE)
    first.create_page.create_button.click()
    qtbot.waitUntil(lambda: first.currentWidget() is first.code_page, timeout=WAIT_MS)
    first.code_page.kept.setChecked(True)
    first.code_page.continue_button.click()
    qtbot.waitUntil(lambda: app.main is not None, timeout=WAIT_MS)
    main = app.main
    assert main is not None

    main.new_action.trigger()
    qtbot.waitUntil(lambda: main.editor.case is not None, timeout=WAIT_MS)
    title = main.editor.summary.form.editor("title")
    assert isinstance(title, QLineEdit)
    qtbot.waitUntil(title.hasFocus, timeout=WAIT_MS)
    qtbot.keyClicks(title, "Detencion de defensora en Ocosingo")

    editor = main.editor
    editor.tabs.setCurrentWidget(editor.people)
    people = editor.people
    add_person(qtbot, people, "Xunka' López Gómez", "victim")
    add_person(qtbot, people, "Policía Municipal de Ocosingo", "perpetrator", group=True)
    qtbot.mouseClick(people.add_act_button, Qt.MouseButton.LeftButton)
    assert people.act_dialog is not None
    choose_terms(qtbot, people.act_dialog.type_of_act, "detencion", DETENTION)
    qtbot.mouseClick(people.act_dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: people.acts_tree.topLevelItemCount() == 1, timeout=WAIT_MS)
    arrest = people.act_editor.arrest.form
    qtbot.waitUntil(arrest.isVisible, timeout=WAIT_MS)
    type_into(arrest.editor("authority_detained"), "Policía Municipal, patrulla 027")
    choose(qtbot, arrest.editor("incommunicado"))  # — → yes

    editor.tabs.setCurrentWidget(editor.testimonies)
    testimonies = editor.testimonies
    qtbot.waitUntil(lambda: len(testimonies.people) == 2, timeout=WAIT_MS)
    qtbot.mouseClick(testimonies.add_button, Qt.MouseButton.LeftButton)
    assert testimonies.dialog is not None
    qtbot.mouseClick(testimonies.dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: testimonies.tree.topLevelItemCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: testimonies.detail.currentWidget() is testimonies.panes, timeout=WAIT_MS
    )
    narrative = testimonies.editor.form.editor("narrative")
    type_into(narrative, "Me subieron a una camioneta sin decirme por qué.")
    qtbot.mouseClick(testimonies.consent.uses.boxes["store"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(testimonies.consent.uses.boxes["amparo"], Qt.MouseButton.LeftButton)

    editor.tabs.setCurrentWidget(editor.evidence)
    sources = tmp_path / "sd"
    sources.mkdir()
    photos = [make_jpeg(sources / f"IMG_{n}.jpg", color=(40 * n, 90, 120)) for n in range(1, 4)]
    task = editor.evidence.import_paths(photos)
    assert task is not None
    qtbot.waitUntil(lambda: editor.evidence.grid.model().rowCount() == 3, timeout=WAIT_MS)

    case_id = editor.case.id  # type: ignore[union-attr]
    main.lock_action.trigger()
    assert app.ctx.vault is None and app.unlock_view is not None
    qtbot.keyClicks(app.unlock_view.passphrase, PASSPHRASE)
    app.unlock_view.unlock_button.click()
    qtbot.waitUntil(lambda: app.main is not None and app.ctx.vault is not None, timeout=WAIT_MS)
    vault: Vault = app.ctx.vault  # type: ignore[assignment]

    assert vault.cases.get(case_id).title == "Detencion de defensora en Ocosingo"
    roles = {p.person.name: p.roles for p in vault.cases.participants(case_id)}
    assert roles["Xunka' López Gómez"] == ("source", "victim")
    assert roles["Policía Municipal de Ocosingo"] == ("perpetrator",)
    (act,) = vault.acts.for_case(case_id)
    assert act.type_of_act == DETENTION and act.arrest is not None and act.arrest.incommunicado
    assert act.arrest.authority_detained == "Policía Municipal, patrulla 027"
    (testimony,) = vault.testimonies.for_case(case_id)
    assert testimony.narrative == "Me subieron a una camioneta sin decirme por qué."
    assert testimony.consent is not None and testimony.consent.consent.allows("amparo")
    stored = sorted(e.sha256 for e in vault.evidence.for_case(case_id))
    assert stored == sorted(hashlib.sha256(p.read_bytes()).hexdigest() for p in photos)

    panel = app.main.case_list  # type: ignore[union-attr]
    qtbot.keyClicks(panel.search, "ocosingo")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT_MS)
    assert panel.model.case_at(0).id == case_id
    qtbot.keyClicks(panel.search, " xunka")  # a person's name leads to the case too
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT_MS)
