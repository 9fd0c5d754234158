"""`defender-app --selftest`: prove that this installation works, then leave nothing behind.

Every step uses the real code paths of the installed (or frozen) app:

1. vocabularies, migrations and translations are present as files where the code loads them;
2. a throwaway vault (fast key derivation) is created in a private temporary folder, a case is
   written and read back;
3. a photo made in memory is imported as evidence and read back byte for byte;
4. an urgent amparo is drafted from the case, completed and rendered into memory as a PDF
   (embedded fonts, QR code), then opened from memory with QtPdf (the preview path);
5. the real window is opened (offscreen when there is no display), the unlock view unlocks the
   vault and the main window lists the case.

At the end the vault is erased with `Vault.erase` and the temporary folder removed. The only
plaintext ever written is the synthetic test photo, deleted as soon as it is imported.
Exit status 0 means every step passed; output goes to stdout when the process has one (a
Windows GUI build has none: use the exit status there).

`report_when_shown` serves the packaging benchmark: it prints when the first window is on
screen and quits, so `packaging/measure.py` can time a cold start to the unlock window.
"""

from __future__ import annotations

import hashlib
import io
import os
import secrets
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from defender_app import __version__
from storage.vault import Vault

STEP_TIMEOUT_S = 60.0
SHOWN_MARK = "DEFENDER_SHOWN"


class SelftestFailure(Exception):
    """A step found the installation broken."""


def _say(line: str) -> None:
    out = sys.stdout
    if out is not None:  # None in a Windows GUI build
        out.write(line + "\n")
        out.flush()


def _check(condition: object, message: str) -> None:
    if not condition:
        raise SelftestFailure(message)


# ---------------------------------------------------------------- steps without a vault
def check_resources() -> str:
    """Data files the code loads at run time are there, as files, where it looks for them."""
    from forms import vocab
    from storage.migrate import head_revision

    acts = vocab.terms(vocab.ACT_TYPES)
    _check(acts and all(t.es and t.en for t in acts), "vocabularies missing or without labels")
    head = head_revision()  # reads storage/migrations/versions/*.py as files
    shipped = sorted(Path(__file__).with_name("translations").glob("defender_*.qm"))
    from PySide6.QtCore import QLibraryInfo, QTranslator

    for qm in shipped:
        _check(QTranslator().load(str(qm)), f"translation {qm.name} does not load")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _check(QTranslator().load("qtbase_es", qt_dir), "Qt's own Spanish translation is missing")
    return (
        f"{len(acts)} act types, migrations at {head}, "
        f"{len(shipped)} Defender translation(s) and Qt's Spanish"
    )


# ---------------------------------------------------------------- steps on the vault
def _synthetic_jpeg() -> bytes:
    """A small real JPEG with a capture date in its EXIF, made in memory."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (320, 240), (40, 90, 160))
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 40, 280, 200), outline=(250, 250, 250), width=6)
    draw.ellipse((120, 80, 200, 160), fill=(230, 180, 40))
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = "2026:03:14 10:30:00"  # DateTimeOriginal
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, quality=85)
    return out.getvalue()


def check_case(vault: Vault) -> tuple[str, str]:
    saved = vault.cases.create(
        title="Selftest: detención en Ocosingo", start_date="2026-03", country="MX"
    )
    case_id = saved.value.id
    back = vault.cases.get(case_id)
    _check(back.title == "Selftest: detención en Ocosingo", "the case did not read back")
    _check([s.id for s in vault.cases.summaries()] == [case_id], "the case list is wrong")
    return case_id, f"case {back.folio} written and read back"


def check_photo(vault: Vault, case_id: str, workdir: Path) -> str:
    data = _synthetic_jpeg()
    digest = hashlib.sha256(data).hexdigest()
    photo = workdir / "selftest-photo.jpg"
    fd = os.open(photo, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        result = vault.evidence.import_file(case_id, photo).value
    finally:
        photo.unlink(missing_ok=True)  # synthetic, but nothing plaintext stays behind
    item = result.evidence
    _check(item.kind == "photo" and item.sha256 == digest, "the photo was not recorded as sent")
    _check(item.exif_captured_at.startswith("2026-03-14"), "EXIF was not read from the photo")
    with vault.evidence.open(item.id) as reader:
        _check(reader.read() == data, "the photo did not decrypt to the same bytes")
    _check(vault.evidence.thumbnail(item.id), "no thumbnail was made")
    _check(not vault.evidence.verify(item.id), "the custody chain does not verify")
    return f"photo imported ({len(data)} bytes), decrypted identical, thumbnail and custody ok"


def _render_with_reportlab() -> tuple[bytes, str]:
    """Stand-in until `vault.documents.render` exists: the same libraries, into memory.

    Uses the first font shipped in forms/fonts (so a bundle missing them fails) and draws a QR
    code with ReportLab's barcode module, as the real documents do.
    """
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["Normal"]
    font = "Helvetica"
    fonts = resources.files("forms") / "fonts"
    if fonts.is_dir():
        ttf = sorted(
            (p for p in fonts.iterdir() if p.name.lower().endswith(".ttf")), key=lambda p: p.name
        )
        if ttf:
            pdfmetrics.registerFont(TTFont("DefenderSelftest", str(ttf[0])))
            style = style.clone("selftest", fontName="DefenderSelftest")
            font = ttf[0].name
    qr = QrCodeWidget("defender-selftest")
    x0, y0, x1, y1 = qr.getBounds()
    drawing = Drawing(x1 - x0, y1 - y0)
    drawing.add(qr)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=LETTER).build(
        [Paragraph("Demanda de amparo — prueba de instalación (ñ, á, “comillas”)", style), drawing]
    )
    return out.getvalue(), font


def check_document(vault: Vault, case_id: str) -> tuple[bytes, str]:
    """An urgent amparo drafted from the case, completed and rendered into memory."""
    render = getattr(vault.documents, "render", None)
    if not callable(render):  # older tree: the document service cannot render yet
        pdf, font = _render_with_reportlab()
        return pdf, f"rendered with ReportLab and {font} (no vault.documents.render yet)"
    draft = vault.documents.create(case_id, "amparo-urgent", "es").value
    vault.documents.update_fields(
        draft.id,
        petitioner="María López Gómez",
        aggrieved="Juan Pérez Hernández",
        acts_claimed=["detention", "incommunicado"],
        authority_executing=["Policía municipal de Ocosingo, Chiapas"],
    )
    missing = [m.name for m in vault.documents.validate(draft.id)]
    _check(not missing, f"the test amparo still lacks {missing}")
    rendered = render(draft.id).value
    pdf = bytes(rendered.pdf)
    _check(pdf[:5] == b"%PDF-", "no PDF came out")
    _check(hashlib.sha256(pdf).hexdigest() == rendered.sha256, "the PDF hash does not match")
    return pdf, f"urgent amparo rendered in memory ({len(pdf)} bytes, fonts and QR code)"


# ---------------------------------------------------------------- steps with Qt
def _wait_until(
    condition: Callable[[], bool], what: str, timeout_s: float = STEP_TIMEOUT_S
) -> None:
    """Run the event loop until `condition` holds (like qtbot.waitUntil); fail after a while."""
    if condition():
        return
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()

    timer.timeout.connect(poll)
    timer.start()
    loop.exec()
    timer.stop()
    _check(condition(), f"timed out waiting for {what}")


def check_pdf_view(pdf: bytes) -> str:
    """QtPdf opens the bytes from memory (the preview path): its plugin is bundled."""
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        return "QtPdf not installed; preview not checked"
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    document.load(buffer)
    done = (QPdfDocument.Status.Ready, QPdfDocument.Status.Error)
    _wait_until(lambda: document.status() in done, "QtPdf to load the document")
    _check(document.status() == QPdfDocument.Status.Ready, "QtPdf could not open the PDF")
    pages = document.pageCount()
    document.close()
    buffer.close()
    _check(pages >= 1, "QtPdf sees no page")
    return f"QtPdf opened it from memory ({pages} page(s))"


def check_window(home: Path, passphrase: str) -> str:
    """The real app window: unlock view → unlock → main window listing the case."""
    from defender_app.app import DefenderApp

    gui = DefenderApp(home)
    window = gui.start()
    try:
        unlock = gui.unlock_view
        _check(unlock is not None, "the app did not show the unlock view for an existing vault")
        assert unlock is not None
        _wait_until(unlock.isVisible, "the unlock view to be shown")
        unlock.passphrase.setText(passphrase)
        unlock.unlock_button.click()

        def listed() -> bool:
            main = gui.main
            return main is not None and main.case_list.model.rowCount() == 1

        _wait_until(listed, "the main window to list the case")
        platform = QApplication.platformName()
    finally:
        gui.shutdown()  # locks the vault and stops the worker threads
        window.close()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(gui)
        window.deleteLater()
        gui.deleteLater()
    return f"window opened on the '{platform}' platform, unlocked, case listed, locked again"


def _qt_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Defender")
    app.setApplicationVersion(__version__)
    return app


# ---------------------------------------------------------------- the run
def run_selftest() -> int:
    """Run every step; 0 if all passed, 1 otherwise. Leaves no vault and no file behind."""
    started = time.monotonic()
    build = "frozen" if getattr(sys, "frozen", False) else "from source"
    _say(f"Defender {__version__} selftest ({build})")
    app = _qt_application()
    workdir = Path(tempfile.mkdtemp(prefix="defender-selftest-"))  # 0700, owner only
    home = workdir / "vault"
    passphrase = secrets.token_urlsafe(18)
    vault: Vault | None = None
    passed: list[str] = []

    def ok(step: str, text: str) -> None:
        passed.append(step)
        _say(f"ok   {step}: {text}")

    failed = False
    try:
        ok("resources", check_resources())
        vault = Vault.create(home, passphrase, kdf_profile="fast").vault
        ok("vault", "created in a private temporary folder (fast key derivation)")
        case_id, text = check_case(vault)
        ok("case", text)
        ok("evidence", check_photo(vault, case_id, workdir))
        pdf, text = check_document(vault, case_id)
        ok("document", text)
        vault.lock()
        vault = None
        ok("preview", check_pdf_view(pdf))
        ok("window", check_window(home, passphrase))
    except Exception:
        failed = True
        _say("FAIL " + traceback.format_exc().rstrip().replace("\n", "\n     "))
    finally:
        if vault is not None and vault.is_open:
            vault.lock()
        Vault.erase(home)
        shutil.rmtree(workdir, ignore_errors=True)
        app.processEvents()  # deliver the deferred deletes of the window
    if workdir.exists():
        _say(f"FAIL cleanup: {workdir} is still there")
        return 1
    if failed:
        return 1
    _say(
        f"selftest passed: {len(passed)} checks in {time.monotonic() - started:.1f} s; vault erased"
    )
    return 0


# ---------------------------------------------------------------- startup probe
class _ShownProbe(QObject):
    """Prints `DEFENDER_SHOWN <epoch seconds> <view>` at the first paint, then quits."""

    def __init__(self, window: QWidget, quit_app: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._quit = quit_app
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint and watched is self._window:
            self._done = True
            view = getattr(self._window, "currentWidget", lambda: self._window)()
            _say(f"{SHOWN_MARK} {time.time():.6f} {type(view).__name__}")
            QTimer.singleShot(0, self._quit)
        return False


def report_when_shown(window: QWidget, quit_app: Callable[[], None] = QApplication.quit) -> None:
    """For `--startup-probe`: report when `window` is first painted, then quit the app."""
    window.installEventFilter(_ShownProbe(window, quit_app))
