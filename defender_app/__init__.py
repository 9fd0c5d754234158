"""Defender's desktop app and CLI: the only package that imports PySide6 (the CLI does not)."""

__version__ = "0.1.0"
