"""`defender-app --selftest` in-process: it passes, and it leaves nothing behind either way."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from defender_app import selftest


def _leftovers() -> list[Path]:
    return sorted(Path(tempfile.gettempdir()).glob("defender-selftest-*"))


@pytest.mark.gui
def test_selftest_passes_and_erases_its_vault(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _leftovers()
    assert selftest.run_selftest() == 0
    out = capsys.readouterr().out
    assert "FAIL" not in out
    for step in ("resources", "vault", "case", "evidence", "document", "preview", "window"):
        assert f"ok   {step}:" in out
    assert "selftest passed" in out
    assert _leftovers() == before


@pytest.mark.gui
def test_a_failing_step_returns_1_and_still_cleans_up(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Path] = []

    def broken_photo(_vault: object, _case_id: str, workdir: Path) -> str:
        seen.append(workdir)
        assert (workdir / "vault" / "vault.key").exists()
        raise selftest.SelftestFailure("the photo did not decrypt to the same bytes")

    monkeypatch.setattr(selftest, "check_photo", broken_photo)
    assert selftest.run_selftest() == 1
    out = capsys.readouterr().out
    assert "FAIL" in out and "did not decrypt" in out
    assert "selftest passed" not in out
    assert seen and not seen[0].exists()  # the vault was erased and the folder removed


def test_the_synthetic_photo_is_a_jpeg_with_a_capture_date() -> None:
    from forms import images

    data = selftest._synthetic_jpeg()
    assert images.sniff_mime(data[:4096]) == "image/jpeg"


@pytest.mark.gui
def test_startup_probe_reports_the_first_paint_then_quits(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    quits: list[bool] = []
    window = QLabel("Defender is locked")
    qtbot.addWidget(window)
    selftest.report_when_shown(window, quit_app=lambda: quits.append(True))
    window.show()
    qtbot.waitUntil(lambda: bool(quits))
    mark, epoch, view = capsys.readouterr().out.split()
    assert mark == selftest.SHOWN_MARK
    assert float(epoch) > 1.7e9
    assert view == "QLabel"
    window.update()
    qtbot.wait(50)
    assert quits == [True]  # once only
