"""The embedded fonts: DejaVu (forms/fonts, with its licence), registered once per process.

DejaVu covers accented Latin, ñ, the saltillo (U+A78C, U+A78B) and the modifier apostrophe
(U+02BC) that Indigenous names are written with; ReportLab embeds the subset each PDF uses.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

SERIF = "DefenderSerif"
SERIF_BOLD = "DefenderSerif-Bold"
SERIF_ITALIC = "DefenderSerif-Italic"
SANS = "DefenderSans"
SANS_BOLD = "DefenderSans-Bold"

_FILES = {
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
    SERIF_ITALIC: "DejaVuSerif-Italic.ttf",
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
}


@cache
def register_fonts() -> None:
    """Register the fonts with ReportLab (idempotent; the files are read once)."""
    folder = resources.files("forms").joinpath("fonts")
    for name, filename in _FILES.items():
        with resources.as_file(folder.joinpath(filename)) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    addMapping(SERIF, 0, 0, SERIF)
    addMapping(SERIF, 1, 0, SERIF_BOLD)
    addMapping(SERIF, 0, 1, SERIF_ITALIC)
    addMapping(SERIF, 1, 1, SERIF_BOLD)
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS)
    addMapping(SANS, 1, 1, SANS_BOLD)
