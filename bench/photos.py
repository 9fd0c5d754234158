"""import_photos_per_s and import_peak_rss_mb: 100 camera-sized JPEGs, imported in a child."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

from PIL import Image

from bench.common import Metric, run_child, seconds

PHOTOS = 100
SIZE = (2000, 1500)
QUALITY = 97  # random noise at this quality comes out near 4 MB, like a phone photo


def make_photos(directory: Path) -> list[Path]:
    """Noise defeats JPEG compression, so each file is as big as a real photo."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(PHOTOS):
        img = Image.frombytes("RGB", SIZE, os.urandom(SIZE[0] * SIZE[1] * 3))
        out = io.BytesIO()
        img.save(out, "JPEG", quality=QUALITY)
        path = directory / f"IMG_{n:04d}.jpg"
        path.write_bytes(out.getvalue())
        paths.append(path)
    return paths


def _hash_all(paths: list[Path]) -> None:
    for path in paths:
        hashlib.sha256(path.read_bytes()).hexdigest()


def run(workdir: Path) -> tuple[Metric, Metric]:
    paths = make_photos(workdir / "photos")
    total_mb = sum(p.stat().st_size for p in paths) / 1e6
    hash_s = seconds(lambda: _hash_all(paths))  # the floor: reading and hashing once
    child = run_child("import_child", str(workdir / "photos-vault"), *map(str, paths))
    per_s = PHOTOS / child["seconds"]
    speed = Metric(
        value=per_s,
        unit="photos/s",
        target=">= 5",
        detail={
            "photos": PHOTOS,
            "mean_photo_mb": round(total_mb / PHOTOS, 2),
            "import_s": round(child["seconds"], 2),
            "mb_per_s": round(total_mb / child["seconds"], 1),
            "read_and_hash_only_s": round(hash_s, 2),
            "ratio_hash_only_over_import": round(hash_s / child["seconds"], 3),
        },
    )
    memory = Metric(
        value=child["peak_mb"],
        unit="MB peak RSS of the importing process",
        target="<= 300",
        detail={"before_import_mb": round(child["before_mb"], 1)},
    )
    return speed, memory


def run_2gb(workdir: Path) -> Metric:
    """A 2 GB video (a sparse file: no disk space, but every byte is read and encrypted)."""
    source = workdir / "video.mp4"
    with open(source, "wb") as f:
        f.truncate(2 << 30)
    try:
        child = run_child("import_child", str(workdir / "video-vault"), str(source))
    finally:
        source.unlink()
    return Metric(
        value=child["peak_mb"],
        unit="MB peak RSS of the importing process",
        target="<= 300",
        detail={
            "before_import_mb": round(child["before_mb"], 1),
            "import_s": round(child["seconds"], 1),
            "mb_per_s": round((2 << 30) / 1e6 / child["seconds"], 1),
        },
    )
