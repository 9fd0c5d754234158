"""Documents tab against a real vault: drafts filled in from the case, required fields named
before anything is rendered, preview and print from memory, export only after its warning,
every rendering in the audit log with its hash, and final cases still drafted from."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from defender_app.autosave import Autosaver
from defender_app.context import AppContext
from defender_app.events import AppEvents
from defender_app.settings import AppSettings
from defender_app.tasks import TaskRunner
from defender_app.views import document_print
from defender_app.views.document_editor import DocumentEditor
from defender_app.views.documents_tab import DocumentsTab
from storage.documents import RenderedDocument
from storage.records import Case
from storage.vault import Vault

WAIT_MS = 30_000
VICTIM = "Juana Kꞌantsil Pérez"  # saltillo, as Tseltal names are written
POLICE = "Policía Municipal de Tapachula"
HELD_AT = "Separos municipales de Tapachula"
PROBABLE = "Fiscalía de Distrito Fronterizo Costa"


@pytest.fixture
def private_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Per-user folders in tmp_path: the file dialog's memory of folders lands where we look."""
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "HOME"):
        path = tmp_path / "env" / name.lower()
        path.mkdir(parents=True)
        monkeypatch.setenv(name, str(path))
    native, user = QSettings.Format.NativeFormat, QSettings.Scope.UserScope
    before = str(Path(QSettings(user, "QtProject").fileName()).parent)
    QSettings.setPath(native, user, str(tmp_path / "env" / "xdg_config_home"))
    yield tmp_path / "env"
    QSettings.setPath(native, user, before)


@pytest.fixture
def ctx(qtbot: QtBot, vault: Vault, private_env: Path) -> Iterator[AppContext]:
    context = AppContext(
        vault.paths.home, TaskRunner(), AppEvents(), AppSettings(vault.paths.home), vault
    )
    yield context
    context.runner.shutdown()


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext) -> DocumentsTab:
    widget = DocumentsTab(ctx, Autosaver(ctx))
    qtbot.addWidget(widget)
    widget.resize(1000, 680)
    widget.show()
    return widget


@pytest.fixture
def detention(vault: Vault) -> Case:
    """A victim detained by the municipal police, held at one place, maybe at another; final."""
    case = vault.cases.create(
        title="Detención", country="MX", state_region="Chiapas", municipality="Tapachula"
    ).value
    victim = vault.persons.create(case_id=case.id, role="victim", name=VICTIM).value
    act = vault.acts.add(case.id, victim.id, type_of_act="030102000000").value
    vault.acts.set_arrest(
        act.id, authority_detained=POLICE, place=HELD_AT, probable_places=[PROBABLE]
    )
    return vault.cases.finalize(case.id).value  # documents are their own records


def new_draft(qtbot: QtBot, tab: DocumentsTab, case: Case, doc_type: str) -> DocumentEditor:
    """Open `case`, draft `doc_type` as a person would, and wait for its editor."""
    tab.load(case)
    tab.doc_type.setCurrentIndex(tab.doc_type.findData(doc_type))
    count = tab.drafts.count()
    tab.new_button.click()
    qtbot.waitUntil(lambda: tab.drafts.count() == count + 1, timeout=WAIT_MS)
    editor = tab.editor
    qtbot.waitUntil(
        lambda: editor.draft is not None and editor.draft.doc_type == doc_type, timeout=WAIT_MS
    )
    assert tab.pane.currentWidget() is editor
    return editor


def text_of(editor: DocumentEditor, name: str) -> str:
    assert editor.form is not None
    widget = editor.form.editor(name)
    assert isinstance(widget, QLineEdit | QPlainTextEdit)
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def clear_field(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)


def audit_actions(vault: Vault, case: Case, document_id: str) -> list[str]:
    return [e.action for e in vault.history.audit(case.id) if e.record_id == document_id]


def test_new_draft_appears_and_final_cases_can_still_be_drafted_from(
    qtbot: QtBot, vault: Vault, tab: DocumentsTab
) -> None:
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
    qtbot.waitUntil(lambda: tab.editor.draft is not None, timeout=WAIT_MS)
    assert tab.editor.form is not None and tab.editor.form.lang == "en"


def test_urgent_amparo_is_prefilled_checked_previewed_printed_and_audited(
    qtbot: QtBot,
    vault: Vault,
    tab: DocumentsTab,
    detention: Case,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = new_draft(qtbot, tab, detention, "amparo-urgent")
    form = editor.form
    assert form is not None
    # Filled in from the case: the person, the act, the arrest details.
    assert VICTIM in text_of(editor, "aggrieved")
    assert POLICE in text_of(editor, "authority_executing")
    assert HELD_AT in text_of(editor, "place_held") and PROBABLE in text_of(editor, "place_held")
    assert "detention" in form.value("acts_claimed")
    # Required fields are marked, with the article in the tooltip.
    label = form.labels["authority_executing"]
    assert isinstance(label, QLabel) and label.text().endswith(" *")
    assert "Required by Ley de Amparo, art. 109, fr. III" in label.toolTip()
    assert not form.labels["authority_ordered"].text().endswith(" *")  # "if possible"
    # Nobody filing is recorded in this case: the petitioner is typed in.
    qtbot.keyClicks(form.editor("petitioner"), "Rosa Perez")
    clear_field(qtbot, form.editor("authority_executing"))

    for button in (editor.preview_button, editor.print_button, editor.export_button):
        with qtbot.waitSignal(editor.renderer.incomplete, timeout=WAIT_MS):
            button.click()
        assert editor.missing_note.isVisible()
        note = editor.missing_note.text()
        assert "Autoridad que ejecuta el acto" in note and "art. 109, fr. III" in note
        assert "petitioner" not in {m.name for m in editor.missing}  # saved before the check
        assert form.editor("authority_executing").hasFocus()
    assert editor.preview is None
    assert not tab.findChildren(QPrintDialog) and not tab.findChildren(QMessageBox)
    assert "rendered" not in audit_actions(vault, detention, editor.draft.id)

    qtbot.keyClicks(form.editor("authority_executing"), "Policia Municipal")
    assert not editor.missing_note.isVisible()  # the one missing field is filled now
    with qtbot.waitSignal(editor.renderer.rendered, timeout=WAIT_MS) as signal:
        editor.preview_button.click()
    rendered: RenderedDocument = signal.args[1]
    preview = editor.preview
    assert preview is not None and preview.isVisible()
    document = preview.preview.document
    assert document.status() is QPdfDocument.Status.Ready
    assert document.pageCount() >= 1
    values = vault.documents.values(editor.draft.id)
    assert (values["petitioner"], values["authority_executing"]) == (
        "Rosa Perez",
        ["Policia Municipal"],
    )

    # The rendering is in the case's history with the PDF's SHA-256.
    assert rendered.sha256 == hashlib.sha256(rendered.pdf).hexdigest()
    (entry,) = [e for e in vault.history.audit(detention.id) if e.action == "rendered"]
    assert entry.record_id == rendered.document_id
    assert f"sha256={rendered.sha256}" in entry.detail.split()

    # Print… opens the system dialog, which cannot print to a file.
    monkeypatch.setattr(document_print, "available_printers", lambda: ["Impresora"])
    preview.print_button.click()
    dialog = next(d for d in preview.findChildren(QPrintDialog) if d.isVisible())
    assert not dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
    assert (dialog.minPage(), dialog.maxPage()) == (1, document.pageCount())
    dialog.reject()
    # The same routine prints into a PDF-mode printer the test chose: the test's own output.
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(editor.printing.printed, timeout=WAIT_MS) as printed:
        editor.printing.print_rendered(rendered, printer)
    pages = len(PdfReader(tmp_path / "printed.pdf").pages)
    assert printed.args == [pages] and pages == document.pageCount()
    assert "sent to the printer" in editor.status.text()
    preview.reject()
    assert document.pageCount() == 0  # closing drops the PDF


def test_without_printers_print_says_so_and_suggests_export(
    qtbot: QtBot, vault: Vault, tab: DocumentsTab, detention: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(document_print, "available_printers", list)
    editor = new_draft(qtbot, tab, detention, "amparo-urgent")
    assert editor.draft is not None
    vault.documents.update_fields(editor.draft.id, petitioner="Rosa Pérez")
    with qtbot.waitSignal(editor.renderer.rendered, timeout=WAIT_MS):
        editor.print_button.click()
    assert "No printer" in editor.status.text() and "Export PDF" in editor.status.text()
    assert not tab.findChildren(QPrintDialog)


def test_the_full_amparo_asks_for_more_than_the_urgent_minimum(
    qtbot: QtBot, vault: Vault, tab: DocumentsTab, detention: Case
) -> None:
    editor = new_draft(qtbot, tab, detention, "amparo")
    assert editor.form is not None
    qtbot.keyClicks(editor.form.editor("petitioner"), "Rosa Perez")
    with qtbot.waitSignal(editor.renderer.incomplete, timeout=WAIT_MS) as signal:
        editor.preview_button.click()
    assert [m.name for m in signal.args[1]] == ["address"]  # art. 108, fr. I
    assert "Domicilio para oír y recibir notificaciones" in editor.missing_note.text()
    assert editor.form.editor("address").hasFocus()


def test_refill_brings_back_an_emptied_field_and_keeps_typed_ones(
    qtbot: QtBot, vault: Vault, tab: DocumentsTab, detention: Case
) -> None:
    editor = new_draft(qtbot, tab, detention, "amparo-urgent")
    assert editor.form is not None and editor.draft is not None
    clear_field(qtbot, editor.form.editor("place_held"))
    qtbot.keyClicks(editor.form.editor("petitioner"), "Rosa Perez")
    editor.refill_button.click()
    qtbot.waitUntil(lambda: HELD_AT in text_of(editor, "place_held"), timeout=WAIT_MS)
    assert text_of(editor, "petitioner") == "Rosa Perez"
    assert HELD_AT in vault.documents.values(editor.draft.id)["place_held"]


def test_legal_review_status_is_shown_for_the_selected_document(
    qtbot: QtBot, tab: DocumentsTab, detention: Case
) -> None:
    editor = new_draft(qtbot, tab, detention, "amparo-urgent")
    review = editor.review
    assert review.isVisible()
    assert "has not been checked by a lawyer" in review.summary.text()
    assert "Ley de Amparo, art. 15" in review.summary.text()
    assert not review.details.isVisible()
    review.toggle.click()
    assert review.details.isVisible()
    assert "Still to be reviewed by a lawyer" in review.details.text()
    assert "Ley de Amparo, art. 109, fr. III" in review.details.text()
    editor = new_draft(qtbot, tab, detention, "iachr-precautionary")
    details = editor.review.details.text()
    checked = details.split("<b>Checked against the official source</b>")[1]
    assert "Reglamento de la CIDH, art. 25 —" in checked


def test_export_writes_only_after_the_warning_and_is_audited(
    qtbot: QtBot,
    vault: Vault,
    tab: DocumentsTab,
    detention: Case,
    tmp_path: Path,
    private_env: Path,
) -> None:
    editor = new_draft(qtbot, tab, detention, "amparo-urgent")
    assert editor.draft is not None
    vault.documents.update_fields(editor.draft.id, petitioner="Rosa Pérez")
    usb = tmp_path / "usb-stick"
    usb.mkdir()

    def warning() -> QMessageBox:
        with qtbot.waitSignal(editor.renderer.rendered, timeout=WAIT_MS):
            editor.export_button.click()
        box = next(b for b in editor.findChildren(QMessageBox) if b.isVisible())
        assert "NOT be encrypted" in box.text() and "testimony" in box.text()
        return box

    box = warning()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert not [d for d in editor.findChildren(QFileDialog) if d.isVisible()]
    assert list(usb.iterdir()) == []
    assert "exported" not in audit_actions(vault, detention, editor.draft.id)

    box = warning()
    next(b for b in box.buttons() if "Export PDF" in b.text()).click()
    dialog = next(d for d in editor.findChildren(QFileDialog) if d.isVisible())
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.selectFile(str(usb / "amparo.pdf"))
    with qtbot.waitSignal(editor.exporter.exported, timeout=WAIT_MS):
        dialog.accept()
    written = (usb / "amparo.pdf").read_bytes()
    assert written.startswith(b"%PDF") and list(usb.iterdir()) == [usb / "amparo.pdf"]
    assert "not encrypted" in editor.status.text()
    actions = audit_actions(vault, detention, editor.draft.id)
    assert actions == ["drafted", "rendered", "rendered", "exported"]
    (exported,) = [e for e in vault.history.audit(detention.id) if e.action == "exported"]
    assert exported.detail == f"sha256={hashlib.sha256(written).hexdigest()}"
    qtbot.waitUntil(lambda: not editor.findChildren(QFileDialog), timeout=WAIT_MS)
    qt_settings = private_env / "xdg_config_home" / "QtProject.conf"
    assert "usb-stick" not in (qt_settings.read_text() if qt_settings.exists() else "")


def test_opening_another_case_leaves_nothing_of_the_draft_on_screen(
    qtbot: QtBot, vault: Vault, tab: DocumentsTab, detention: Case
) -> None:
    editor = new_draft(qtbot, tab, detention, "amparo-urgent")
    other = vault.cases.create(title="Amenazas").value
    tab.load(other)
    assert editor.draft is None and editor.form is None and editor.fields_scroll.widget() is None
    assert tab.pane.currentWidget() is tab.hint
    qtbot.waitUntil(lambda: tab.stack.currentWidget() is tab.empty, timeout=WAIT_MS)
