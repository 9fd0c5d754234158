"""Where Defender keeps its files: one module decides, `--home` / DEFENDER_HOME override it."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_HOME = "DEFENDER_HOME"


def data_home(override: str | os.PathLike[str] | None = None) -> Path:
    """The vault directory: --home, else $DEFENDER_HOME, else the platform's user data dir."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("Defender", appauthor=False, roaming=False))
