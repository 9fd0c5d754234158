"""Evidence facts in words a person reads: kind, type, size, times, thumbnail problems."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from defender_app.i18n import datetime_text
from forms.text import QT_TRANSLATE_NOOP
from storage.records import Evidence

_KINDS = {
    "photo": QT_TRANSLATE_NOOP("EvidenceText", "Photo"),
    "video": QT_TRANSLATE_NOOP("EvidenceText", "Video"),
    "audio": QT_TRANSLATE_NOOP("EvidenceText", "Audio recording"),
    "document": QT_TRANSLATE_NOOP("EvidenceText", "Document"),
    "other": QT_TRANSLATE_NOOP("EvidenceText", "File"),
}
_THUMBNAIL_PROBLEMS = {
    "too_large": QT_TRANSLATE_NOOP(
        "EvidenceText",
        "No preview: the picture is too large to preview safely. The original is kept.",
    ),
    "unreadable": QT_TRANSLATE_NOOP(
        "EvidenceText",
        "No preview: the picture could not be read (it may be damaged). The original is kept.",
    ),
    "": QT_TRANSLATE_NOOP("EvidenceText", "No preview for this picture. The original is kept."),
}


def _translated(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("EvidenceText", …)."""
    return QCoreApplication.translate("EvidenceText", text)


def kind_text(kind: str) -> str:
    return _translated(_KINDS.get(kind, _KINDS["other"]))


def format_text(item: Evidence) -> str:
    """A short format name: JPEG, PDF, MP4…; the file's extension when the type is unknown."""
    subtype = item.mime.split("/")[-1]
    if subtype in ("octet-stream", ""):
        suffix = item.original_filename.rpartition(".")[2]
        return suffix.upper()[:5] if "." in item.original_filename else ""
    return {"quicktime": "MOV", "mpeg": "MP3", "plain": "TXT"}.get(subtype, subtype.upper())[:5]


def type_text(item: Evidence) -> str:
    """'Photo (JPEG)'."""
    fmt = format_text(item)
    if not fmt:
        return kind_text(item.kind)
    return (
        QCoreApplication.translate("EvidenceText", "%1 (%2)")
        .replace("%1", kind_text(item.kind))
        .replace("%2", fmt)
    )


def short_size(size: int) -> str:
    """'1.5 MB', in the interface language's number format."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def size_text(size: int) -> str:
    """'1.5 MB (1,456,789 bytes)'."""
    return (
        QCoreApplication.translate("EvidenceText", "%1 (%2 bytes)")
        .replace("%1", short_size(size))
        .replace("%2", QLocale().toString(size))
    )


def local_time(iso_utc: str) -> str:
    """A stored UTC time as local wall-clock time, to the second, in the locale's format."""
    return datetime_text(iso_utc, seconds=True)


def camera_time(iso: str) -> str:
    """The camera's own clock (EXIF): shown as the camera gave it, with its offset if any."""
    return iso.replace("T", " ")


def thumbnail_problem_text(problem: str) -> str:
    return _translated(_THUMBNAIL_PROBLEMS.get(problem, _THUMBNAIL_PROBLEMS[""]))
