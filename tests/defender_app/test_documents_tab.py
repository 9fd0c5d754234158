"""Documents tab: drafts listed per case; drafting stays possible after the case is final."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from defender_app.autosave import Autosaver
from defender_app.context import AppContext
from defender_app.events import AppEvents
from defender_app.settings import AppSettings
from defender_app.tasks import TaskRunner
from defender_app.views.documents_tab import DocumentsTab
from storage.vault import Vault


def test_new_draft_appears_and_final_cases_can_still_be_drafted_from(
    qtbot: QtBot, vault: Vault
) -> None:
    ctx = AppContext(
        vault.paths.home, TaskRunner(), AppEvents(), AppSettings(vault.paths.home), vault
    )
    tab = DocumentsTab(ctx, Autosaver(ctx))
    qtbot.addWidget(tab)
    case = vault.cases.finalize(vault.cases.create(title="Detención").value.id).value
    tab.load(case)
    qtbot.waitUntil(lambda: tab.stack.currentWidget() is tab.empty)
    tab.doc_type.setCurrentIndex(tab.doc_type.findData("iachr-precautionary"))
    assert [tab.language.itemData(i) for i in range(tab.language.count())] == ["es", "en"]
    tab.language.setCurrentIndex(1)
    tab.new_button.click()
    qtbot.waitUntil(lambda: tab.drafts.count() == 1)
    (draft,) = vault.documents.for_case(case.id)
    assert (draft.doc_type, draft.language) == ("iachr-precautionary", "en")
    ctx.runner.shutdown()
