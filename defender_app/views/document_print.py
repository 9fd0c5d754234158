"""Printing a rendered document through the system's print dialog, from memory.

QtPdf draws each page into an image at the printer's resolution (at most `PRINT_DPI`, so an
old laptop does not run out of memory) and QPainter paints it into the QPrinter, on the I/O
pool. Defender writes no file: Qt's own "print to file" choice is switched off, because a PDF
leaves the vault only through "Export PDF…" and its warning.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from defender_app.context import AppContext
from defender_app.errors import show_error
from defender_app.i18n import error_text
from defender_app.tasks import ProgressFn, Task
from defender_app.widgets.pdf_preview import forget_pdf, load_pdf
from forms.errors import Cancelled, UserFacingError
from forms.text import QT_TRANSLATE_NOOP
from storage.documents import RenderedDocument

PRINT_DPI = 300


class PrinterNotReady(UserFacingError):
    MESSAGE = QT_TRANSLATE_NOOP(
        "Errors",
        "The printer could not be started. Check that it is switched on and connected, then "
        "try again. Nothing was printed.",
    )


def available_printers() -> list[str]:
    """The printers the system knows; without one there is nothing to choose in the dialog."""
    return QPrinterInfo.availablePrinterNames()


def _page_image(document: QPdfDocument, index: int, dpi: int) -> QImage:
    points = document.pagePointSize(index)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    return document.render(
        index, size, QPdfDocumentRenderOptions(), QImage.Format.Format_RGB32, Qt.GlobalColor.white
    )


def print_pdf(
    document: QPdfDocument,
    printer: QPrinter,
    report: ProgressFn | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> int:
    """Paint the printer's page range of `document` into `printer`; the number of pages."""
    count = document.pageCount()
    first = max(1, printer.fromPage() or 1)
    last = min(count, printer.toPage() or count)
    pages = range(first - 1, last)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterNotReady()
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        for n, index in enumerate(pages):
            if should_cancel is not None and should_cancel():
                printer.abort()
                raise Cancelled()
            if report is not None:
                report(n, len(pages), "")
            if n:
                printer.newPage()
            image = _page_image(document, index, dpi)
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            target.moveCenter(area.center())
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(pages)


def new_printer(document: QPdfDocument) -> QPrinter:
    """A printer set to the document's paper size; the job's name says nothing of the case."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName("Defender")  # print queues and their logs show job names
    printer.setFullPage(True)  # the document brings its own margins
    if document.pageCount():
        printer.setPageSize(QPageSize(document.pagePointSize(0), QPageSize.Unit.Point))
    return printer


class DocumentPrinting(QObject):
    message = Signal(str, bool)  # a sentence for the person; True when something went wrong
    printed = Signal(int)  # pages sent to the printer

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent
        self._document: QPdfDocument | None = None  # the one being printed, if any

    @property
    def busy(self) -> bool:
        return self._document is not None

    def ask(self, rendered: RenderedDocument, parent: QWidget | None = None) -> QPrintDialog | None:
        """The system's print dialog for `rendered`; printing starts when it is accepted."""
        if self._refuse_while_busy():
            return None
        if not available_printers():
            self.message.emit(
                self.tr(
                    "No printer is set up on this computer. To print elsewhere, use “Export "
                    "PDF…”; the file it writes is not encrypted."
                ),
                True,
            )
            return None
        document = load_pdf(rendered.pdf)
        printer = new_printer(document)
        dialog = QPrintDialog(printer, parent or self._parent)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        dialog.setMinMax(1, max(1, document.pageCount()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._print(document, printer))
        dialog.rejected.connect(lambda: forget_pdf(document))
        QDialog.open(dialog)  # QPrintDialog.open() wants a receiver; this is QDialog's own
        return dialog

    def print_rendered(self, rendered: RenderedDocument, printer: QPrinter) -> Task | None:
        """Print `rendered` into `printer` as it is set up (e.g. a test's PDF printer)."""
        if self._refuse_while_busy():
            return None
        return self._print(load_pdf(rendered.pdf), printer)

    def _refuse_while_busy(self) -> bool:
        if self.busy:
            self.message.emit(
                self.tr("Another document is being printed; try again after it."), True
            )
        return self.busy

    def _print(self, document: QPdfDocument, printer: QPrinter) -> Task:
        def work(report: ProgressFn, should_cancel: Callable[[], bool]) -> int:
            return print_pdf(document, printer, report, should_cancel)

        self._document = document
        self.message.emit(self.tr("Sending the document to the printer…"), False)
        return self._ctx.runner.io(work, self._on_printed, self._on_failed)

    def _done(self) -> None:
        if self._document is not None:
            forget_pdf(self._document)
            self._document = None

    def _on_printed(self, pages: int) -> None:
        self._done()
        self.message.emit(self.tr("Pages sent to the printer: %n.", "", pages), False)
        self.printed.emit(pages)

    def _on_failed(self, exc: BaseException) -> None:
        self._done()
        if isinstance(exc, Cancelled):
            self.message.emit(self.tr("Printing was stopped."), False)
        elif isinstance(exc, UserFacingError):
            self.message.emit(error_text(exc), True)
        else:
            self.message.emit(self.tr("The document was not printed."), True)
            show_error(exc, self._parent)
