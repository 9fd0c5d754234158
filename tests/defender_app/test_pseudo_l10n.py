"""Pseudo-localised (every string ~40 % longer), no main screen clips text or outgrows 1366×768.

Spanish runs 20-30 % longer than English, German more; a layout that holds the pseudo strings
holds a real translation. Each screen is checked as a person sees it, with a demo case open.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from defender_app.app import DefenderApp
from defender_app.errors import BugReportDialog
from defender_app.i18n import install_translators, remove_translators
from defender_app.tools.demo_vault import DEMO_PASSPHRASE, build_demo_vault
from defender_app.views.act_dialog import AddActDialog
from defender_app.views.act_involvement_dialog import AddInvolvementDialog
from defender_app.views.first_run import FirstRunView
from defender_app.views.person_dialog import AddPersonDialog
from defender_app.views.settings_dialog import SettingsDialog
from defender_app.views.testimony_dialog import AddTestimonyDialog
from defender_app.views.unlock_view import RecoveryDialog
from defender_app.widgets.term_picker import TermDialog
from forms import vocab
from storage.vault import Vault

CATALOGUE = Path(__file__).resolve().parents[2] / "translations" / "defender_es.ts"
SCREEN = (1366, 768)
SLACK = 2  # pixels of rounding between a size hint and the size a layout gives
PUSH_MARGIN = 4  # the least room a push button keeps between its frame and its text


class Recorder(QTranslator):
    """Notes every string the app asks to translate, and answers none of them."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source: str, *_disambiguation_and_n: object) -> str:
        self.asked.add((context, source))
        return ""


@pytest.fixture
def pseudo(qtbot: QtBot) -> Iterator[Recorder]:
    """Pseudo-localisation, and a record of what was asked (to find strings lupdate missed)."""
    install_translators("en", pseudo=True)
    recorder = Recorder()
    QCoreApplication.installTranslator(recorder)
    yield recorder
    QCoreApplication.removeTranslator(recorder)
    remove_translators()


def not_in_catalogue(recorder: Recorder) -> set[tuple[str, str]]:
    """Our strings the screens asked for that the translators never saw (Qt's own excepted)."""
    catalogue = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(CATALOGUE).getroot().iter("context")
        for message in context.iter("message")
    }
    return {(c, s) for c, s in recorder.asked if not c.startswith("Q")} - catalogue


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0


def _mnemonic_free(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def clipped(root: QWidget) -> list[str]:
    """Every widget under `root` whose text does not fit in the room it was given."""
    found: list[str] = []

    def report(widget: QWidget, text: str, need: int, have: int) -> None:
        found.append(f"{type(widget).__name__} {text[:60]!r}: needs {need} px, has {have}")

    for label in root.findChildren(QLabel):
        if not _shown(label) or not label.text():
            continue
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height() + SLACK:
                report(label, label.text(), need, label.height())
        elif label.sizeHint().width() > label.width() + SLACK:
            report(label, label.text(), label.sizeHint().width(), label.width())
    for button in root.findChildren(QAbstractButton):
        if not _shown(button) or not button.text():
            continue
        if isinstance(button, QPushButton):  # its size hint adds a style minimum of 80 px
            text = button.fontMetrics().horizontalAdvance(_mnemonic_free(button.text()))
            need = text + (button.iconSize().width() + 4 if not button.icon().isNull() else 0)
            have = button.contentsRect().width() - 2 * PUSH_MARGIN
        elif isinstance(button, QCheckBox | QRadioButton | QToolButton):
            need, have = button.sizeHint().width(), button.width()
        else:
            continue
        if need > have + SLACK:
            report(button, button.text(), need, have)
    for group in root.findChildren(QGroupBox):
        need = group.fontMetrics().horizontalAdvance(_mnemonic_free(group.title())) + 16
        if _shown(group) and group.title() and need > group.width():
            report(group, group.title(), need, group.width())
    for bar in root.findChildren(QTabBar):
        if not _shown(bar):
            continue
        for i in range(bar.count()):
            need = bar.fontMetrics().horizontalAdvance(_mnemonic_free(bar.tabText(i)))
            rect = bar.tabRect(i)
            if need > rect.width() or rect.right() > bar.width():
                report(bar, bar.tabText(i), need, rect.width())
    for toolbar in root.findChildren(QToolBar):
        for action in toolbar.actions():
            widget = toolbar.widgetForAction(action)
            hidden = widget is not None and not widget.isVisible()  # in the overflow menu
            if _shown(toolbar) and hidden and not action.isSeparator():
                report(toolbar, action.text(), widget.sizeHint().width(), 0)
    for scroll in root.findChildren(QScrollArea):
        bar = scroll.horizontalScrollBar()
        if _shown(scroll) and bar.isVisible() and bar.maximum() > 0:
            found.append(f"{scroll.accessibleName() or 'scroll area'} scrolls sideways")
    return found


def fits(widget: QWidget) -> list[str]:
    """The problems of one screen: clipped texts, and a window forced past the screen."""
    problems = clipped(widget)
    window = widget.window()
    if window.width() > SCREEN[0] or window.height() > SCREEN[1]:
        problems.append(f"the window is {window.width()}×{window.height()}, over 1366×768")
    return problems


def _settle(qtbot: QtBot, app: DefenderApp) -> None:
    """Let background loads land and layouts run."""
    app.ctx.runner.wait_for_db()
    qtbot.wait(50)
    QApplication.processEvents()


def test_first_run_pages_fit(qtbot: QtBot, pseudo: Recorder, tmp_path: Path) -> None:
    app = DefenderApp(tmp_path / "fresh")
    window = app.start()
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    first_run = app.first_run
    assert isinstance(first_run, FirstRunView)
    problems = {"language": fits(first_run.language_page)}
    first_run.language_page.buttons["en"].click()
    qtbot.waitUntil(lambda: first_run.currentWidget() is first_run.create_page)
    first_run.create_page.passphrase.setText("short")
    first_run.create_page.confirm.setText("other")
    problems["create the vault"] = fits(first_run.create_page)
    first_run.code_page.show_code("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ")
    first_run.setCurrentWidget(first_run.code_page)
    problems["recovery code"] = fits(first_run.code_page)
    assert not any(problems.values()), problems
    assert not not_in_catalogue(pseudo)
    app.shutdown()


@pytest.fixture
def demo(
    qtbot: QtBot, pseudo: Recorder, tmp_path: Path
) -> Iterator[tuple[DefenderApp, str, Recorder]]:
    home = tmp_path / "home"
    case_id = build_demo_vault(home, tmp_path)
    app = DefenderApp(home)
    window = app.start()
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    yield app, case_id, pseudo
    app.shutdown()


def test_unlock_main_window_every_tab_and_settings_fit(
    qtbot: QtBot, demo: tuple[DefenderApp, str, Recorder]
) -> None:
    app, case_id, recorder = demo
    assert app.unlock_view is not None
    problems = {"unlock": fits(app.unlock_view)}
    app.unlock_view.passphrase.setText(DEMO_PASSPHRASE)
    app.unlock_view.unlock_button.click()
    qtbot.waitUntil(lambda: app.main is not None and app.window.currentWidget() is app.main)
    main = app.main
    assert main is not None
    _settle(qtbot, app)
    problems["case list"] = fits(main)
    main.case_list.select(case_id)
    editor = main.editor
    editor.open_case(case_id)
    qtbot.waitUntil(lambda: editor.case is not None and editor.case.id == case_id)
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        _settle(qtbot, app)
        tab = editor.tabs.currentWidget()
        if tab is editor.people:
            qtbot.waitUntil(lambda: editor.people.acts_tree.topLevelItemCount() > 0)
            editor.people.acts_tree.setCurrentItem(editor.people.acts_tree.topLevelItem(0))
        elif tab is editor.testimonies:
            qtbot.waitUntil(lambda: editor.testimonies.tree.topLevelItemCount() > 0)
            editor.testimonies.tree.setCurrentItem(editor.testimonies.tree.topLevelItem(0))
        elif tab is editor.evidence:
            qtbot.waitUntil(lambda: editor.evidence.model.rowCount() > 0)
            grid = editor.evidence.grid
            grid.setCurrentIndex(grid.model().index(0, 0))
        elif tab is editor.documents:
            qtbot.waitUntil(lambda: editor.documents.drafts.count() > 0)
            editor.documents.drafts.setCurrentRow(0)
        _settle(qtbot, app)
        problems[_mnemonic_free(editor.tabs.tabText(index))] = fits(main)
    dialog = SettingsDialog(app.ctx, main)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language.setCurrentIndex(1 - dialog.language.currentIndex())  # the restart note
    qtbot.wait(50)
    problems["settings"] = fits(dialog)
    assert not any(problems.values()), "\n".join(
        f"{screen}: {problem}" for screen, found in problems.items() for problem in found
    )
    assert not not_in_catalogue(recorder), "translated at run time, unknown to lupdate"


def test_the_check_finds_a_clipped_label(qtbot: QtBot, pseudo: Recorder) -> None:
    """Not vacuous: a label squeezed below its text's width is reported."""
    box = QWidget()
    qtbot.addWidget(box)
    label = QLabel("A label whose text is far too long for its box", box)
    label.setFixedWidth(40)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft)
    box.show()
    assert clipped(box)


def test_the_dialogs_of_the_main_screens_fit(
    qtbot: QtBot, demo: tuple[DefenderApp, str, Recorder]
) -> None:
    app, case_id, recorder = demo
    vault = Vault.unlock(app.ctx.home, DEMO_PASSPHRASE)
    try:
        people = vault.cases.participants(case_id)
    finally:
        vault.lock()
    dialogs = {
        "add person": AddPersonDialog("victim"),
        "add act": AddActDialog(people, "en"),
        "add perpetrator": AddInvolvementDialog(people, "en"),
        "add testimony": AddTestimonyDialog(people),
        "recovery": RecoveryDialog(app.ctx),
        "terms": TermDialog(vocab.ACT_TYPES, "en", True, "Types of act"),
        "error report": BugReportDialog("Traceback (most recent call last): …"),
    }
    problems = {}
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        problems[name] = fits(dialog)
        dialog.close()
    assert not any(problems.values()), problems
    assert not not_in_catalogue(recorder)
