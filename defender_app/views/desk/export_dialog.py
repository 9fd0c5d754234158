"""Export the registry's records with HURIDOCS ESF field names (JSON or CSV), under a profile.

The records are those the registry's current filters show. The export profile decides what
each record keeps (DOMAIN.md §3.1); the file is written only after the export warning.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from defender_app.context import AppContext
from defender_app.desk_wiring import desk_service
from defender_app.views.desk.file_export import FileExporter, OutgoingFile
from forms.redaction import PROFILES
from storage.desk_records import RegistryFilter

FORMATS = ("json", "csv")


class ExportDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        filters: RegistryFilter,
        records: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.filters = filters
        self.setWindowTitle(self.tr("Export records (ESF)"))
        scope = (
            self.tr("The %n record(s) the registry's filters show now.", "", records)
            if filters != RegistryFilter()
            else self.tr("All %n record(s) of the registry.", "", records)
        )
        explanations = {
            "internal": (
                self.tr("Internal (complete)"),
                self.tr("Everything, for the organisation's own encrypted archive."),
            ),
            "court": (
                self.tr("Court or commission"),
                self.tr("Names only where consent covers courts and commissions; no metadata."),
            ),
            "partner": (
                self.tr("Partner organisations"),
                self.tr("Pseudonyms (V1, T1…), municipality only, ages in bands."),
            ),
            "public": (
                self.tr("Public or statistics"),
                self.tr("Counts only; small numbers suppressed; no text, no media."),
            ),
        }
        self.profiles = QButtonGroup(self)
        profile_box = QGroupBox(self.tr("What the file may contain"))
        profile_layout = QVBoxLayout(profile_box)
        self.profile_buttons: dict[str, QRadioButton] = {}
        for n, profile in enumerate(PROFILES):
            name, explanation = explanations[profile]
            button = QRadioButton(name)
            button.setAccessibleDescription(explanation)
            note = QLabel(explanation)
            note.setWordWrap(True)
            note.setIndent(24)
            self.profiles.addButton(button, n)
            self.profile_buttons[profile] = button
            profile_layout.addWidget(button)
            profile_layout.addWidget(note)
        self.profile_buttons["partner"].setChecked(True)  # the safest choice that keeps records
        self.formats = QButtonGroup(self)
        format_box = QGroupBox(self.tr("Format"))
        format_layout = QHBoxLayout(format_box)
        self.format_buttons: dict[str, QRadioButton] = {}
        for n, (fmt, name) in enumerate(
            (("json", self.tr("JSON")), ("csv", self.tr("CSV (spreadsheet)")))
        ):
            button = QRadioButton(name)
            self.formats.addButton(button, n)
            self.format_buttons[fmt] = button
            format_layout.addWidget(button)
        format_layout.addStretch()
        self.format_buttons["json"].setChecked(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self._on_export_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(scope))
        layout.addWidget(profile_box)
        layout.addWidget(format_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.exporter = FileExporter(ctx, self)
        self.exporter.message.connect(self._on_message)

    @property
    def profile(self) -> str:
        return PROFILES[self.profiles.checkedId()]

    @property
    def fmt(self) -> str:
        return FORMATS[self.formats.checkedId()]

    def _on_export_clicked(self) -> None:
        profile, fmt, filters, ctx = self.profile, self.fmt, self.filters, self._ctx
        warning = self.tr(
            "The file will NOT be encrypted: anyone who can open the folder or the USB stick "
            "you choose can read it. Under the “%1” profile it may still hold names, places "
            "and testimony. Keep it safe and delete it when it is no longer needed."
        ).replace("%1", self.profile_buttons[profile].text())
        outgoing = OutgoingFile(
            title=self.tr("Export the records?"),
            warning=warning,
            button=self.tr("Export…"),
            name_filter=self.tr("JSON files (*.json)")
            if fmt == "json"
            else self.tr("CSV files (*.csv)"),
            suffix=fmt,
            suggested_name=f"registry-{profile}-{dt.date.today().isoformat()}.{fmt}",
        )
        self.exporter.ask(
            outgoing,
            lambda: desk_service(ctx.require_vault()).export(filters, profile, fmt).encode("utf-8"),
        )

    def _on_message(self, text: str, problem: bool) -> None:
        self.message.setStyleSheet("color: #a40000;" if problem else "")
        self.message.setText(text)
