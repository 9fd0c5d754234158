"""The registry desk on screen: a real desk vault, real widgets, a stand-in for the network.

The desk vault holds the keys `defender-registry init` wrote and envelopes from two real
field vaults (tests.storage.test_desk.FieldDevice); the relay's side (pull, devices, revoke,
codes) is `FakeOps`, injected the way DefenderApp injects desk_wiring.Desk.
"""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from defender_app.app import DefenderApp
from defender_app.desk_wiring import desk_service, set_up_desk
from defender_app.views.desk.desk_ops import Progress
from defender_app.views.desk.desk_setup_dialog import DeskSetupDialog
from defender_app.views.desk.desk_window import DeskArea
from defender_app.views.desk.export_dialog import ExportDialog
from defender_app.views.main_window import MainWindow
from forms.consent import Consent
from forms.errors import Cancelled
from registry.keys import DataDir, initialise
from storage.desk_records import DeskDevice
from storage.vault import Vault
from sync.enrollment import EnrollCode
from sync.protocol import fingerprint_text
from tests.conftest import PASSPHRASE, make_jpeg
from tests.storage.test_desk import FieldDevice, new_vault

DET, THREAT = "030102000000", "020103020000"
POL, MIL = "010104000000", "010103000000"
DIRECTLY = "010100000000"
NARRATIVE = "Llegaron de madrugada y se lo llevaron sin orden de aprehensión."


# ---------------------------------------------------------------- the relay, as a stand-in
@dataclass
class PullSummary:
    imported: int = 0
    duplicates: int = 0
    refused: list[Exception] = field(default_factory=list)


class FakeOps:
    """DeskOps with no network: records what the desk asked for."""

    def __init__(self, devices: list[DeskDevice]) -> None:
        self.listed = devices
        self.revoked: list[str] = []
        self.pulls = 0
        self.hold = threading.Event()  # a pull waits for it (or for being stopped)

    def pull(
        self, progress: Progress | None = None, should_cancel: Callable[[], bool] | None = None
    ) -> PullSummary:
        self.pulls += 1
        assert progress is not None and should_cancel is not None
        progress("envelopes", 1, 2)
        while not self.hold.wait(0.02):  # until the test lets it go, or stops it
            if should_cancel():
                raise Cancelled()
        progress("envelopes", 2, 2)
        return PullSummary(imported=2, duplicates=1)

    def refresh_devices(self) -> list[DeskDevice]:
        return self.listed

    def revoke(self, device_id: str) -> None:
        self.revoked.append(device_id)
        self.listed = [
            replace(d, status="revoked", revoked_at="2026-05-02T10:00:00+00:00")
            if d.device_id == device_id
            else d
            for d in self.listed
        ]

    def new_enroll_code(self) -> str:
        return EnrollCode("https://relay.example.org", b"\x11" * 32, b"\x22" * 16).to_text()


# ---------------------------------------------------------------- a desk with records
@dataclass(frozen=True)
class DeskData:
    ids: dict[str, str]  # case letter -> record id
    devices: list[DeskDevice]
    photo: Path


def _case(vault: Vault, letter: str, act: str, perpetrators: list[str], **case: object) -> str:
    c = vault.cases.create(title=f"Caso {letter}", **case).value  # type: ignore[arg-type]
    victim = vault.persons.create(case_id=c.id, role="victim", name=f"Víctima {letter}").value
    added = vault.acts.add(c.id, victim.id, type_of_act=act, start_date=case.get("start_date"))
    for kind in perpetrators:
        unit = vault.persons.create(
            case_id=c.id, role="perpetrator", counting_unit="group", name=f"Unidad {kind}"
        ).value
        vault.acts.add_involvement(
            added.value.id, unit.id, degree=DIRECTLY, perpetrator_types=[kind]
        )
    return c.id


def build_desk(home: Path, work: Path) -> DeskData:
    """A desk vault at `home`: the organisation's keys and records from two field devices.

    Device one sends A (with testimony, consent and a photo) and B; device two sends C, D and
    E, of which D never arrives, so the desk sees a hole in device two's chain.
    """
    offline = work / "offline"
    initialise(DataDir(work / "relay"), offline, "Red de Defensoras")
    desk_vault = new_vault(home)
    one = FieldDevice(new_vault(work / "one"), "Laptop Chiapas")
    two = FieldDevice(new_vault(work / "two"), "Laptop Oaxaca")
    try:
        set_up_desk(desk_vault, offline, "http://127.0.0.1:9", "Red de Defensoras del Sureste")
        v = one.vault
        picture = make_jpeg(work / "foto.jpg", size=(800, 600), color=(30, 120, 200))
        ids = {
            "A": _case(
                v,
                "A",
                DET,
                [POL],
                state_region="Chiapas",
                municipality="Ocosingo",
                start_date="2026-01-10",
            ),
            "B": _case(
                v,
                "B",
                THREAT,
                [MIL],
                state_region="Oaxaca",
                municipality="Juchitán",
                start_date="2026-02-20",
            ),
        }
        victim = next(p for p in v.persons.all() if p.name == "Víctima A")
        testimony = v.testimonies.add(ids["A"], victim.id, narrative=NARRATIVE).value
        v.testimonies.record_consent(testimony.id, Consent.for_uses(["store", "amparo"]))
        v.evidence.import_file(ids["A"], picture)
        for letter, date in (("C", "2026-03-05"), ("D", "2026-03-06"), ("E", "2026-03-07")):
            ids[letter] = _case(
                two.vault,
                letter,
                THREAT,
                [],
                state_region="Chiapas",
                municipality="Tila",
                start_date=date,
            )
        service = desk_service(desk_vault)
        for n, letter in enumerate(("A", "B"), 1):
            assert service.import_envelope(one.finalize(ids[letter]).by_relay(n))
        for letter in ("C", "D", "E"):
            envelope = two.finalize(ids[letter])
            if letter != "D":  # lost on the way
                assert service.import_envelope(envelope)
        del ids["D"]
        devices = [one.as_listed(), two.as_listed()]
        service.save_devices(devices)
        return DeskData(ids, devices, picture)
    finally:
        for vault in (one.vault, two.vault, desk_vault):
            if vault.is_open:
                vault.lock()


@dataclass
class Desk:
    app: DefenderApp
    main: MainWindow
    area: DeskArea
    ops: FakeOps
    data: DeskData


@pytest.fixture
def desk(qtbot: QtBot, home: Path, tmp_path: Path) -> Iterator[Desk]:
    data = build_desk(home, tmp_path)
    ops = FakeOps(data.devices)
    app = DefenderApp(home, desk_ops=lambda _vault: ops)
    app.ctx.settings.language = "en"  # terms in the language the tests read
    qtbot.addWidget(app.start())
    assert app.unlock_view is not None
    qtbot.keyClicks(app.unlock_view.passphrase, PASSPHRASE)
    app.unlock_view.unlock_button.click()
    qtbot.waitUntil(lambda: app.main is not None and app.main.desk is not None, timeout=10_000)
    assert app.main is not None and app.main.desk is not None
    area = app.main.desk
    qtbot.waitUntil(lambda: area.registry.model.rowCount() == 4)
    yield Desk(app, app.main, area, ops, data)
    app.shutdown()
    app.window.close()


def rows(area: DeskArea) -> set[str]:
    model = area.registry.proxy
    return {model.index(r, 1).data() for r in range(model.rowCount())}


def wait_rows(qtbot: QtBot, area: DeskArea, expected: set[str]) -> None:
    qtbot.waitUntil(lambda: rows(area) == expected, timeout=5000)


def select_case(qtbot: QtBot, area: DeskArea, title: str) -> None:
    model = area.registry.proxy
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == title)
    area.registry.table.selectRow(row)
    qtbot.waitUntil(lambda: area.registry.detail.record is not None, timeout=5000)


def message_box(parent: QWidget) -> QMessageBox:
    boxes = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def click(box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text() == text)
    button.click()


def save_as(qtbot: QtBot, parent: QWidget, path: Path) -> None:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(QFileDialog)))
    dialog = next(d for d in parent.findChildren(QFileDialog) if d.isVisible())
    dialog.selectFile(str(path))
    dialog.accept()
    qtbot.waitUntil(path.exists, timeout=10_000)


# ---------------------------------------------------------------- the desk opens
def test_a_desk_vault_opens_on_the_desk_with_its_records(qtbot: QtBot, desk: Desk) -> None:
    main, area = desk.main, desk.area
    assert main.centralWidget() is area
    assert [area.tabs.tabText(i) for i in range(3)] == ["&Registry", "Rep&orts", "&Devices"]
    assert not main.new_action.isVisible() and not main.desk_setup_action.isVisible()
    assert rows(area) == {"Caso A", "Caso B", "Caso C", "Caso E"}
    banner = area.registry.gaps
    assert banner.isVisibleTo(area) and "Laptop Oaxaca: envelope(s) 2 missing" in banner.text()
    assert area.registry.count.text() == "4 record(s)"
    qtbot.waitUntil(lambda: area.devices.table.topLevelItemCount() == 2)


def test_filters_narrow_the_table(qtbot: QtBot, desk: Desk) -> None:
    area = desk.area
    filters = area.registry.filters
    labels = [filters.combos["act_type"].itemText(i) for i in range(3)]
    assert labels == ["Type of attack: all", "Death threats", "Detention, imprisonment"]
    filters.choose("state_region", "Oaxaca")
    wait_rows(qtbot, area, {"Caso B"})
    filters.choose("state_region", "")
    filters.choose("perpetrator_type", POL)
    wait_rows(qtbot, area, {"Caso A"})
    filters.clear()
    wait_rows(qtbot, area, {"Caso A", "Caso B", "Caso C", "Caso E"})
    filters.choose("device_id", desk.data.devices[1].device_id)
    wait_rows(qtbot, area, {"Caso C", "Caso E"})
    qtbot.keyClicks(filters.date_from, "2026-03-06")
    filters.date_from.editingFinished.emit()
    wait_rows(qtbot, area, {"Caso E"})
    filters.clear()
    qtbot.keyClicks(filters.search, "madrugada")
    wait_rows(qtbot, area, {"Caso A"})


def test_the_chosen_record_shows_its_testimony_photo_and_history(qtbot: QtBot, desk: Desk) -> None:
    area = desk.area
    select_case(qtbot, area, "Caso A")
    detail = area.registry.detail
    summary = detail.summary.toPlainText()
    assert "Caso A" in summary and "Ocosingo, Chiapas" in summary
    assert "Detention, imprisonment" in summary
    assert "Police" in summary  # the perpetrator's type, by its label
    text = detail.testimonies.toPlainText()
    assert NARRATIVE in text
    assert "Agreed to: Keep in the organisation's records; Use in an amparo" in text
    qtbot.waitUntil(lambda: not detail.evidence.item(0).icon().isNull(), timeout=10_000)
    qtbot.waitUntil(lambda: not detail.picture.pixmap().isNull(), timeout=10_000)
    assert detail.picture.pixmap().size().width() == 800
    [version] = [detail.history.topLevelItem(i) for i in range(detail.history.topLevelItemCount())]
    assert version.text(0) == "1" and version.text(2) == "Laptop Chiapas"
    assert version.text(5) == "relay" and version.text(6) == "yes"


def test_reports_show_the_counts(qtbot: QtBot, desk: Desk) -> None:
    area = desk.area
    area.tabs.setCurrentWidget(area.reports)
    reports = area.reports
    qtbot.waitUntil(lambda: reports.data is not None)
    assert reports.totals.text() == "Records: 4 · attacks (acts) counted: 4"

    def table(key: str) -> dict[str, str]:
        t = reports.sections[key].table
        return {t.item(r, 0).text(): t.item(r, 1).text() for r in range(t.rowCount())}

    assert table("by_type") == {"Detention, imprisonment": "1", "Death threats": "3"}
    assert table("by_perpetrator") == {"Police": "1", "Armed forces": "1", "(not recorded)": "2"}
    assert table("by_state") == {"Chiapas": "3", "Oaxaca": "1"}
    assert table("by_month") == {
        "January 2026": "1",
        "February 2026": "1",
        "March 2026": "2",
    }
    assert reports.sections["by_state"].chart.rows() == [("Chiapas", 3), ("Oaxaca", 1)]
    reports.filters.choose("state_region", "Oaxaca")
    qtbot.waitUntil(lambda: table("by_state") == {"Oaxaca": "1"})


def test_csv_export_writes_the_counts_after_the_warning(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    area = desk.area
    area.tabs.setCurrentWidget(area.reports)
    reports = area.reports
    qtbot.waitUntil(reports.csv_button.isEnabled)
    reports.csv_button.click()
    box = message_box(reports)
    assert "NOT be encrypted" in box.text()
    click(box, "Export CSV…")
    target = tmp_path / "out" / "counts.csv"
    target.parent.mkdir()
    save_as(qtbot, reports, target)
    found = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert found[0] == ["section", "key", "count"]
    assert ["state", "Chiapas", "3"] in found and ["month", "2026-03", "2"] in found
    assert target.stat().st_mode & 0o777 == 0o600
    qtbot.waitUntil(lambda: "not encrypted" in reports.status.text())


def test_the_pdf_report_is_previewed_with_the_counts(qtbot: QtBot, desk: Desk) -> None:
    area = desk.area
    area.tabs.setCurrentWidget(area.reports)
    reports = area.reports
    qtbot.waitUntil(reports.pdf_button.isEnabled)
    reports.pdf_button.click()
    qtbot.waitUntil(lambda: reports.preview is not None and reports.preview.isVisible())
    assert reports.preview is not None and reports.preview.rendered is not None
    pdf = reports.preview.rendered.pdf
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Red de Defensoras del Sureste" in text
    assert "Records: 4. Attacks (acts) counted: 4." in text
    assert "Death threats 3 75%" in text
    reports.preview.close()


def test_esf_export_under_a_profile(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    area = desk.area
    area.registry.filters.choose("state_region", "Oaxaca")
    wait_rows(qtbot, area, {"Caso B"})
    area.registry.export_button.click()
    dialog = area.registry.export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    assert dialog.profile == "partner"
    dialog.profile_buttons["internal"].click()
    dialog.format_buttons["json"].click()
    dialog.export_button.click()
    box = message_box(dialog)
    click(box, "Export…")
    target = tmp_path / "registry.json"
    save_as(qtbot, dialog, target)
    written = target.read_text(encoding="utf-8")
    assert "Caso B" in written and "Caso A" not in written


def test_revoking_a_device_asks_first(qtbot: QtBot, desk: Desk) -> None:
    devices = desk.area.devices
    desk.area.tabs.setCurrentWidget(devices)
    qtbot.waitUntil(lambda: devices.table.topLevelItemCount() == 2)
    assert not devices.revoke_button.isEnabled()
    devices.table.setCurrentItem(devices.table.topLevelItem(1))
    chosen = devices.selected()
    assert chosen is not None and devices.revoke_button.isEnabled()
    devices.revoke_button.click()
    box = message_box(devices)
    assert f"“{chosen.label}” ({chosen.device_id[:8]})" in box.text()
    click(box, "&Cancel" if any(b.text() == "&Cancel" for b in box.buttons()) else "Cancel")
    assert desk.ops.revoked == []
    devices.revoke_button.click()
    click(message_box(devices), "Revoke")
    qtbot.waitUntil(lambda: desk.ops.revoked == [chosen.device_id])
    qtbot.waitUntil(lambda: "is revoked" in devices.status.text())
    item = next(
        devices.table.topLevelItem(i)
        for i in range(2)
        if devices.table.topLevelItem(i).toolTip(1) == chosen.device_id
    )
    assert item.text(2).startswith("revoked on")


def test_confirming_a_device_by_hand_shows_its_key_fingerprint_first(
    qtbot: QtBot, desk: Desk
) -> None:
    devices = desk.area.devices
    service = desk.app.ctx.require_vault().desk
    desk.area.tabs.setCurrentWidget(devices)
    qtbot.waitUntil(lambda: devices.table.topLevelItemCount() == 2)
    table = devices.table
    assert {table.topLevelItem(i).text(3) for i in range(2)} == {"no — records wait"}
    assert not devices.confirm_button.isEnabled()
    table.setCurrentItem(table.topLevelItem(0))
    chosen = devices.selected()
    assert chosen is not None and devices.confirm_button.isEnabled()

    devices.confirm_button.click()
    dialog = devices.confirm_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.fingerprint.text() == fingerprint_text(chosen.sign_pk)
    assert f"“{chosen.label}” ({chosen.device_id[:8]})" in dialog.findChildren(QLabel)[0].text()
    dialog.reject()  # the fingerprints did not match: nothing changes
    assert not any(d.confirmed for d in service.devices())

    devices.confirm_button.click()
    dialog = devices.confirm_dialog
    assert dialog is not None
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: "is confirmed" in devices.status.text(), timeout=5000)

    def shown(device_id: str) -> str:
        item = next(
            table.topLevelItem(i)
            for i in range(table.topLevelItemCount())
            if table.topLevelItem(i).toolTip(1) == device_id
        )
        return item.text(3)

    qtbot.waitUntil(lambda: shown(chosen.device_id) == "yes", timeout=5000)
    assert {d.device_id: d.confirmed for d in service.devices()} == {
        d.device_id: d.device_id == chosen.device_id for d in desk.data.devices
    }


def test_a_new_enrollment_code_shows_its_text_and_qr(qtbot: QtBot, desk: Desk) -> None:
    devices = desk.area.devices
    devices.code_button.click()
    qtbot.waitUntil(lambda: devices.code_dialog is not None and devices.code_dialog.isVisible())
    dialog = devices.code_dialog
    assert dialog is not None
    assert dialog.text.toPlainText().startswith("DFND1-")
    assert not dialog.qr.pixmap().isNull()
    assert dialog.fingerprint.text() == "Fingerprint: " + " ".join(["1111"] * 8)
    dialog.copy_button.click()
    assert dialog.message.text().startswith("Copied")
    dialog.close()


def test_pull_runs_in_the_background_and_reports(qtbot: QtBot, desk: Desk) -> None:
    area = desk.area
    area.pull_action.trigger()
    qtbot.waitUntil(lambda: area.progress.value() == 1 and area.progress.maximum() == 2)
    assert area.progress.isVisibleTo(desk.main) and not area.pull_action.isEnabled()
    assert area.pull_label.text() == "Checking records: 1 of 2"
    desk.ops.hold.set()
    qtbot.waitUntil(lambda: area.task is None, timeout=5000)
    assert desk.ops.pulls == 1
    assert area.pull_label.text() == "2 new record version(s) received · 1 already here"
    assert area.pull_action.isEnabled() and not area.progress.isVisibleTo(desk.main)


def test_a_pull_can_be_stopped(qtbot: QtBot, desk: Desk) -> None:
    area = desk.area
    area.pull_action.trigger()
    qtbot.waitUntil(lambda: area.stop_button.isVisibleTo(desk.main))
    area.stop_button.click()
    qtbot.waitUntil(lambda: area.task is None, timeout=10_000)
    assert area.pull_label.text() == "Pull stopped; the next pull continues from there."


def test_every_desk_control_has_a_name(qtbot: QtBot, desk: Desk) -> None:
    main, area = desk.main, desk.area
    select_case(qtbot, area, "Caso A")
    inputs = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView, QAbstractSpinBox)
    unnamed = []
    for index in range(area.tabs.count()):
        area.tabs.setCurrentIndex(index)
        for widget in main.findChildren(QWidget):
            if not widget.isVisibleTo(main) or isinstance(
                widget.parent(), QComboBox | QAbstractSpinBox
            ):
                continue
            if isinstance(widget, inputs) and not widget.accessibleName():
                unnamed.append(widget)
            if isinstance(widget, QAbstractButton) and not (
                widget.text() or widget.accessibleName()
            ):
                unnamed.append(widget)
    assert not unnamed, [type(w).__name__ for w in unnamed]


# ---------------------------------------------------------------- setting a desk up
def test_setup_refuses_a_wrong_folder_and_takes_the_right_one(
    qtbot: QtBot, unlocked: DefenderApp, tmp_path: Path
) -> None:
    main = unlocked.main
    assert main is not None and main.desk is None
    assert main.desk_setup_action.isVisible()
    main.desk_setup_action.trigger()
    dialog = next(d for d in main.findChildren(DeskSetupDialog) if d.isVisible())

    empty = tmp_path / "empty"
    empty.mkdir()
    dialog.folder.setText(str(empty))
    dialog.relay_url.setText("https://relay.example.org")
    dialog.ok.click()
    assert "The folder has no “org_root.key”" in dialog.problem.text()
    for name in ("org_root.key", "registry_sealing.key", "registry_sealing.pub"):
        (empty / name).write_bytes(b"short")
    dialog.ok.click()
    assert "wrong size" in dialog.problem.text()

    offline = tmp_path / "offline"
    initialise(DataDir(tmp_path / "relay"), offline, "Red")
    dialog.folder.setText(str(offline))
    dialog.relay_url.setText("relay.example.org")
    dialog.ok.click()
    assert "Write the relay's address in full" in dialog.problem.text()
    dialog.relay_url.setText("https://relay.example.org")
    dialog.tls_pin.setText("abc")
    dialog.ok.click()
    assert "64 hexadecimal digits" in dialog.problem.text()
    dialog.tls_pin.setText("AB:" * 31 + "AB")
    dialog.org_name.setText("Red de Defensoras")
    dialog.ok.click()
    qtbot.waitUntil(lambda: main.desk is not None, timeout=10_000)
    assert not [d for d in main.findChildren(DeskSetupDialog) if d.isVisible()]
    vault = unlocked.ctx.vault
    assert vault is not None
    keys = desk_service(vault).keys()
    assert keys is not None and keys.org_name == "Red de Defensoras"
    assert keys.relay_url == "https://relay.example.org" and keys.tls_pin == b"\xab" * 32
    assert main.centralWidget() is main.desk
