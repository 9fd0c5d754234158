"""History: what was done to the case and who had each evidence item, and whether that holds.

Read-only. Reloads when `records_changed` names this case or one of its evidence items, and
only while visible (otherwise on the next show), keeping the reading position.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from defender_app.autosave import Autosaver
from defender_app.context import AppContext
from defender_app.errors import show_error
from defender_app.views.case_tab import CaseTab
from defender_app.views.history_text import CaseHistory, CustodyChain, history_html
from storage.custody import broken_links
from storage.records import Case, Changes, CustodyEntry, Evidence
from storage.vault import Vault


def custody_chain(item: Evidence, entries: list[CustodyEntry]) -> CustodyChain:
    """The item's chain, with the positions (1-based) of entries that do not verify."""
    seqs = [e.seq for e in entries]
    return CustodyChain(item, entries, [seqs.index(seq) + 1 for seq in broken_links(entries)])


def load_history(vault: Vault, case_id: str) -> CaseHistory:
    """Runs on the DB thread: the audit log, and each item's custody chain."""
    chains = vault.history.custody(case_id)
    items = vault.evidence.for_case(case_id)
    return CaseHistory(
        vault.history.audit(case_id), [custody_chain(i, chains.get(i.id, [])) for i in items]
    )


class HistoryTab(CaseTab):
    def __init__(
        self, ctx: AppContext, autosaver: Autosaver, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, autosaver, parent)
        self._stale = False
        self._evidence_ids: set[str] = set()
        self.page = QTextBrowser()
        self.page.setOpenLinks(False)
        self.page.setAccessibleName(self.tr("Case history"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        ctx.events.records_changed.connect(self._on_records_changed)

    def load(self, case: Case) -> None:
        if self.case is None or self.case.id != case.id:
            self.page.clear()
            self._evidence_ids = set()
        super().load(case)
        self._reload()

    def _on_records_changed(self, changes: Changes) -> None:
        if self.case is not None and (
            self.case.id in changes.cases or self._evidence_ids & changes.evidence
        ):
            self._reload()

    def _reload(self) -> None:
        if self.case is None:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        case_id, ctx = self.case.id, self.ctx

        def fetch(_report: object, _cancel: object) -> tuple[str, CaseHistory]:
            return case_id, load_history(ctx.require_vault(), case_id)

        ctx.runner.db(fetch, self._on_history_loaded, self._on_task_failed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._reload()

    def _on_history_loaded(self, result: tuple[str, CaseHistory]) -> None:
        case_id, history = result
        if self.case is None or self.case.id != case_id:
            return
        self._evidence_ids = {chain.item.id for chain in history.chains}
        position = self.page.verticalScrollBar().value()
        self.page.setHtml(history_html(history))
        self.page.verticalScrollBar().setValue(position)

    def _on_task_failed(self, exc: BaseException) -> None:
        show_error(exc, self)
