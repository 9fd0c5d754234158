"""The right panel: one case, its state, and its tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from defender_app.autosave import Autosaver
from defender_app.context import AppContext
from defender_app.errors import show_error
from defender_app.views.case_tab import CaseTab
from defender_app.views.documents_tab import DocumentsTab
from defender_app.views.evidence_tab import EvidenceTab
from defender_app.views.history_tab import HistoryTab
from defender_app.views.people_tab import PeopleTab
from defender_app.views.summary_tab import SummaryTab
from defender_app.views.testimonies_tab import TestimoniesTab
from storage.records import Case, Changes


class CaseEditor(QWidget):
    case_loaded = Signal(object)  # Case

    def __init__(
        self, ctx: AppContext, autosaver: Autosaver, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.autosaver = autosaver
        self.case: Case | None = None

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.state_label = QLabel()
        self.state_label.setAccessibleName(self.tr("Case status"))
        self.finalize_button = QPushButton(self.tr("&Finalize…"))
        self.finalize_button.setToolTip(
            self.tr("Make this version final and unchangeable (Ctrl+Shift+F)")
        )
        self.correct_button = QPushButton(self.tr("Start a &correction"))
        self.correct_button.setToolTip(self.tr("Open a new version of this final case for changes"))

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Case sections"))
        self.summary = SummaryTab(ctx, autosaver)
        self.people = PeopleTab(ctx, autosaver)
        self.testimonies = TestimoniesTab(ctx, autosaver)
        self.evidence = EvidenceTab(ctx, autosaver)
        self.documents = DocumentsTab(ctx, autosaver)
        self.history = HistoryTab(ctx, autosaver)
        self.all_tabs: list[tuple[CaseTab, str]] = [
            (self.summary, self.tr("&Summary")),
            (self.people, self.tr("&People && acts")),
            (self.testimonies, self.tr("&Testimonies")),
            (self.evidence, self.tr("&Evidence")),
            (self.documents, self.tr("&Documents")),
            (self.history, self.tr("&History")),
        ]
        for tab, title in self.all_tabs:
            self.tabs.addTab(tab, title)

        self.empty = QLabel(
            self.tr("Select a case on the left, or click “New case” (Ctrl+N) to record one.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        editor = QWidget()
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.state_label)
        head.addWidget(self.correct_button)
        head.addWidget(self.finalize_button)
        column = QVBoxLayout(editor)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(head)
        column.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(editor)
        self._editor_page = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.finalize_button.clicked.connect(self.finalize)
        self.correct_button.clicked.connect(self._on_correct_clicked)
        ctx.events.records_changed.connect(self._on_records_changed)

    # ---------------------------------------------------------------- opening
    def open_case(self, case_id: str | None) -> None:
        """Show another case; pending edits of the current one are saved first."""
        self.autosaver.flush()
        if case_id is None:
            self.case = None
            self.stack.setCurrentWidget(self.empty)
            return
        ctx = self._ctx
        ctx.runner.db(
            lambda _r, _c: ctx.require_vault().cases.get(case_id),
            self._show,
            lambda e: show_error(e, self),
        )

    def _show(self, case: Case) -> None:
        reload_tabs = (
            self.case is None
            or self.case.id != case.id
            or (self.case.state, self.case.version) != (case.state, case.version)
        )
        self.case = case
        self.heading.setText(case.title or self.tr("(untitled case)"))
        self.state_label.setText(
            self.tr("Final, version %1").replace("%1", str(case.version))
            if case.is_final
            else self.tr("Draft, version %1 — saved automatically").replace("%1", str(case.version))
        )
        self.finalize_button.setVisible(not case.is_final)
        self.correct_button.setVisible(case.is_final)
        self.stack.setCurrentWidget(self._editor_page)
        if reload_tabs:
            for tab, _title in self.all_tabs:
                tab.load(case)
            self.case_loaded.emit(case)

    def _on_records_changed(self, changes: Changes) -> None:
        if self.case is not None and self.case.id in changes.cases:
            case_id = self.case.id
            ctx = self._ctx
            ctx.runner.db(
                lambda _r, _c: ctx.require_vault().cases.get(case_id),
                self._show,
                lambda e: show_error(e, self),
            )

    # ---------------------------------------------------------------- finalizing
    def finalize(self) -> None:
        if self.case is None or self.case.is_final:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Finalize this case?"),
            self.tr(
                "The case becomes final: nobody can change this version any more, which is what "
                "gives it value as evidence. Later corrections are saved as a new version."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.autosaver.flush()
        case_id = self.case.id
        ctx = self._ctx
        ctx.runner.db(
            lambda _r, _c: ctx.require_vault().cases.finalize(case_id),
            lambda saved: ctx.events.records_changed.emit(saved.changes),
            lambda e: show_error(e, self),
        )

    def _on_correct_clicked(self) -> None:
        if self.case is None:
            return
        case_id = self.case.id
        ctx = self._ctx
        ctx.runner.db(
            lambda _r, _c: ctx.require_vault().cases.start_correction(case_id),
            lambda saved: ctx.events.records_changed.emit(saved.changes),
            lambda e: show_error(e, self),
        )
