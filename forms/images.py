"""What a file is, and for photos: EXIF capture time, camera, GPS and an in-memory thumbnail.

Pillow reads the original from where the person keeps it (the SD card); nothing here writes a
file. Thumbnails are JPEG bytes without EXIF, for storage inside the encrypted database.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import ExifTags, Image, ImageOps

THUMBNAIL_PX = 320
# Refuse to decode anything larger than this for a preview: a decompression bomb gets stored
# faithfully as evidence, just without a thumbnail.
MAX_PREVIEW_PIXELS = 120_000_000

_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"WEBP", 8, "image/webp"),
    (b"II*\x00", 0, "image/tiff"),
    (b"MM\x00*", 0, "image/tiff"),
    (b"ftypheic", 4, "image/heic"),
    (b"ftypmif1", 4, "image/heif"),
    (b"ftypisom", 4, "video/mp4"),
    (b"ftypmp42", 4, "video/mp4"),
    (b"ftypqt", 4, "video/quicktime"),
    (b"ftyp3gp", 4, "video/3gpp"),
    (b"ftypM4A", 4, "audio/mp4"),
    (b"%PDF-", 0, "application/pdf"),
    (b"ID3", 0, "audio/mpeg"),
    (b"OggS", 0, "audio/ogg"),
    (b"WAVE", 8, "audio/wav"),
    (b"\x1aE\xdf\xa3", 0, "video/webm"),
    (b"PK\x03\x04", 0, "application/zip"),
)


def sniff_mime(head: bytes) -> str:
    """The type the bytes say, whatever the file's name claims."""
    for magic, offset, mime in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return mime
    if head and all(32 <= b < 127 or b in b"\t\r\n" for b in head[:512]):
        return "text/plain"
    return "application/octet-stream"


def kind_for(mime: str) -> str:
    """Evidence kind (DOMAIN.md §1.2.3) from the sniffed type."""
    top = mime.split("/")[0]
    if top == "image":
        return "photo"
    if top in ("video", "audio"):
        return top
    if mime in ("application/pdf", "text/plain", "application/zip"):
        return "document"
    return "other"


@dataclass(frozen=True)
class PhotoInfo:
    captured_at: str = ""  # EXIF DateTimeOriginal as ISO, with its offset when the camera gave one
    camera: str = ""
    gps_lat: float | None = None
    gps_lon: float | None = None
    width: int = 0
    height: int = 0
    metadata: dict[str, Any] = field(default_factory=dict)
    thumbnail: bytes | None = None
    problem: str = ""  # why there is no thumbnail (damaged, too large); empty when fine


def _text(value: Any) -> Any:
    if isinstance(value, bytes):
        return value[:64].hex() + ("…" if len(value) > 64 else "")
    if isinstance(value, tuple):
        return [_text(v) for v in value]
    if isinstance(value, int | float | str) or value is None:
        return value if not isinstance(value, str) else value.replace("\x00", "").strip()
    try:
        return float(value)
    except (TypeError, ValueError):
        return str(value)


def _degrees(dms: Any, ref: Any) -> float | None:
    try:
        d, m, s = (float(x) for x in dms)
    except (TypeError, ValueError):
        return None
    value = d + m / 60 + s / 3600
    if str(ref).upper().startswith(("S", "W")):
        value = -value
    if not -180 <= value <= 180:
        return None
    return round(value, 7)


def _iso_time(raw: Any, offset: Any) -> str:
    text = str(raw or "").strip().replace("\x00", "")
    if len(text) < 19 or text[4] != ":":
        return ""
    iso = text[:10].replace(":", "-") + "T" + text[11:19]
    offset_text = str(offset or "").strip()
    return iso + offset_text if len(offset_text) == 6 else iso


def _read_exif(img: Image.Image) -> tuple[dict[str, Any], dict[str, Any], dict[int, Any]]:
    exif = img.getexif()
    base = {ExifTags.TAGS.get(k, str(k)): _text(v) for k, v in exif.items() if k != 0x927C}
    sub_ifd = exif.get_ifd(ExifTags.IFD.Exif)
    sub = {ExifTags.TAGS.get(k, str(k)): _text(v) for k, v in sub_ifd.items() if k != 0x927C}
    gps = dict(exif.get_ifd(ExifTags.IFD.GPSInfo))
    return base, sub, gps


def inspect_photo(path: Path) -> PhotoInfo:
    """EXIF fields and a thumbnail; a damaged or hostile image gives a reason, not a crash."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(path)
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        return PhotoInfo(problem="too_large")
    except (OSError, SyntaxError, ValueError):
        return PhotoInfo(problem="unreadable")
    with img:
        try:
            base, sub, gps = _read_exif(img)
        except (OSError, SyntaxError, ValueError, TypeError, KeyError):
            base, sub, gps = {}, {}, {}
        width, height = img.size
        info: dict[str, Any] = {
            "captured_at": _iso_time(sub.get("DateTimeOriginal"), sub.get("OffsetTimeOriginal")),
            "camera": " ".join(str(base.get(k, "")).strip() for k in ("Make", "Model")).strip(),
            "gps_lat": _degrees(gps.get(2), gps.get(1)) if 2 in gps else None,
            "gps_lon": _degrees(gps.get(4), gps.get(3)) if 4 in gps else None,
            "width": width,
            "height": height,
            "metadata": {
                "image": base,
                "exif": sub,
                "gps": {ExifTags.GPSTAGS.get(k, str(k)): _text(v) for k, v in gps.items()},
            },
        }
        if width * height > MAX_PREVIEW_PIXELS:
            return PhotoInfo(**info, problem="too_large")
        try:
            thumbnail = _thumbnail(img)
        except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
            return PhotoInfo(**info, problem="unreadable")
        return PhotoInfo(**info, thumbnail=thumbnail)


def _thumbnail(img: Image.Image) -> bytes:
    # JPEG draft mode decodes at 1/2..1/8 scale: a 4 MB photo previews in a few milliseconds.
    img.draft("RGB", (THUMBNAIL_PX * 2, THUMBNAIL_PX * 2))
    oriented = ImageOps.exif_transpose(img)
    oriented.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX))
    if oriented.mode not in ("RGB", "L"):
        oriented = oriented.convert("RGB")
    out = io.BytesIO()
    oriented.save(out, "JPEG", quality=80)  # no exif= argument: the thumbnail carries none
    return out.getvalue()


def thumbnail_size(jpeg: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(jpeg)) as img:
        return img.size
