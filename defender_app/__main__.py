"""`defender-app`: start the desktop app on the local vault (or the one --home names)."""

from __future__ import annotations

import argparse
import os
import sys

from defender_app import __version__
from defender_app.paths import data_home


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="defender-app", description="Defender desktop app")
    parser.add_argument(
        "--home", help="data directory (default: the user data dir, or $DEFENDER_HOME)"
    )
    parser.add_argument("--version", action="version", version=f"Defender {__version__}")
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="check that this installation works (temporary vault, erased) and exit: 0 = works",
    )
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.selftest:
        from defender_app.selftest import run_selftest

        return run_selftest()

    from PySide6.QtWidgets import QApplication

    from defender_app.app import DefenderApp
    from defender_app.errors import install_excepthook
    from defender_app.i18n import install_translators
    from defender_app.settings import AppSettings, system_language

    qt_app = QApplication(sys.argv[:1])
    qt_app.setApplicationName("Defender")
    qt_app.setApplicationVersion(__version__)
    install_excepthook()
    home = data_home(args.home)
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    # DEFENDER_LANGUAGE=tzo tries a translation in progress (TRANSLATING.md) without settings.
    language = os.environ.get("DEFENDER_LANGUAGE") or AppSettings(home).language
    install_translators(language or system_language())
    qt_app.setDesktopFileName("io.github.defender.Defender")
    app = DefenderApp(home, on_language=install_translators)
    window = app.start()
    if args.startup_probe:  # packaging/measure.py: report when the first window shows, then quit
        from defender_app.selftest import report_when_shown

        report_when_shown(window)
    qt_app.aboutToQuit.connect(app.shutdown)
    return qt_app.exec()


if __name__ == "__main__":
    sys.exit(main())
