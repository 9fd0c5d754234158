"""Which legal texts behind a document were checked against the official source, and which a
lawyer must still review (the definition's provenance tags, DOMAIN.md §0)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from forms.documents.schema import PROVENANCE_LABELS, Basis, C, DocumentSpec

NEEDS_REVIEW_STYLE = "QFrame#review { background: #fff4ce; border: 1px solid #c8a600; }"
CHECKED_STYLE = "QFrame#review { background: #e7f4e4; border: 1px solid #5a9a4f; }"
DETAILS_MAX_HEIGHT = 220
INLINE_CITES = 3  # named in the banner itself; the rest behind "Show the list"


class LegalReviewBanner(QFrame):
    """A one-paragraph warning, with the full list of legal texts behind a toggle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review")
        self.setAccessibleName(self.tr("Legal review status"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Legal texts and how they were checked"))
        self.details.setStyleSheet("background: transparent;")
        self.details_scroll = QScrollArea()  # a long list must leave room for the fields
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details_scroll.setMaximumHeight(DETAILS_MAX_HEIGHT)
        self.details_scroll.setWidget(self.details)
        self.details_scroll.hide()
        self.toggle = QPushButton(self.tr("Show the &list"))
        self.toggle.setCheckable(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.summary, 1)
        row.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(row)
        layout.addWidget(self.details_scroll)
        self.toggle.toggled.connect(self._on_toggle_toggled)

    def show_spec(self, spec: DocumentSpec, lang: str) -> None:
        """The review status of `spec`'s legal texts, cited in the document's language `lang`."""
        bases = list(spec.bases())
        unchecked = [b for b in bases if b.provenance.needs_review]
        checked = [b for b in bases if not b.provenance.needs_review]
        if unchecked:
            cites = [b.cite.get(lang) for b in unchecked]
            named = "; ".join(cites[:INLINE_CITES])
            if len(cites) > INLINE_CITES:
                more = self.tr("%1; and %n more", "", len(cites) - INLINE_CITES)
                named = more.replace("%1", named)
            self.summary.setText(
                self.tr(
                    "Some legal wording has not been checked by a lawyer: %1. Have a lawyer "
                    "review it before filing."
                ).replace("%1", named)
            )
            self.setStyleSheet(NEEDS_REVIEW_STYLE)
        else:
            self.summary.setText(
                self.tr(
                    "Every legal text in this document was checked against the official source."
                )
            )
            self.setStyleSheet(CHECKED_STYLE)
        self.details.setText(self._details_html(unchecked, checked, lang))

    def _details_html(self, unchecked: list[Basis], checked: list[Basis], lang: str) -> str:
        parts = []
        for heading, bases in (
            (self.tr("Still to be reviewed by a lawyer"), unchecked),
            (self.tr("Checked against the official source"), checked),
        ):
            if not bases:
                continue
            items = "".join(f"<li>{self._item(b, lang)}</li>" for b in bases)
            parts.append(f"<b>{escape(heading)}</b><ul style='margin: 0'>{items}</ul>")
        return "".join(parts)

    def _item(self, basis: Basis, lang: str) -> str:
        how = QCoreApplication.translate(C, PROVENANCE_LABELS[basis.provenance])
        text = escape(self.tr("%1 — %2").replace("%2", how).replace("%1", basis.cite.get(lang)))
        if basis.source:
            source = self.tr("source: %1").replace("%1", basis.source)
            text += f" <i>({escape(source)})</i>"
        return text

    def _on_toggle_toggled(self, shown: bool) -> None:
        self.details_scroll.setVisible(shown)
        self.toggle.setText(self.tr("Hide the &list") if shown else self.tr("Show the &list"))
