"""The legal documents Defender drafts (DOMAIN.md §2), by type code, with their languages."""

from __future__ import annotations

from forms.text import QT_TRANSLATE_NOOP

C = "Documents"

DOCUMENT_TYPES: dict[str, str] = {
    "amparo-urgent": QT_TRANSLATE_NOOP("Documents", "Urgent amparo against detention (minimum)"),
    "amparo": QT_TRANSLATE_NOOP("Documents", "Amparo against detention or incommunicado (full)"),
    "iachr-precautionary": QT_TRANSLATE_NOOP(
        "Documents", "Request for precautionary measures (IACHR)"
    ),
    "complaint": QT_TRANSLATE_NOOP("Documents", "Complaint to a human rights commission"),
    "testimony": QT_TRANSLATE_NOOP("Documents", "Testimony record with consent"),
    "custody": QT_TRANSLATE_NOOP("Documents", "Chain-of-custody record"),
}

# Languages each document can be written in (DOMAIN.md §2: Mexican courts and commissions
# take Spanish; the IACHR, testimony and custody records also English).
LANGUAGES: dict[str, tuple[str, ...]] = {
    "amparo-urgent": ("es",),
    "amparo": ("es",),
    "iachr-precautionary": ("es", "en"),
    "complaint": ("es",),
    "testimony": ("es", "en"),
    "custody": ("es", "en"),
}
