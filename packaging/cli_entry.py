"""Entry script of the frozen `defender` command line (PyInstaller needs a script file)."""

import sys

from defender_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
