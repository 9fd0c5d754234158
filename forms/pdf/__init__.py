"""PDF rendering of document definitions with ReportLab, into memory only."""

from __future__ import annotations

from forms.pdf.render import render_pdf

__all__ = ["render_pdf"]
