"""Pictures people look at: contact sheets of sampled frames."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw


def contact_sheet(frames: np.ndarray, columns: int = 4, gap: int = 4, labels: list[str] | None = None) -> Image.Image:
    """Tile frames (T×H×W×3 uint8) into one image, left to right then top to bottom, each labelled."""
    if frames.ndim != 4 or frames.shape[-1] != 3:
        raise ValueError(f"frames must be T×H×W×3, got shape {frames.shape}")
    t, h, w, _ = frames.shape
    columns = max(1, min(columns, t))
    rows = -(-t // columns)
    sheet = Image.new("RGB", (columns * w + (columns + 1) * gap, rows * h + (rows + 1) * gap), "white")
    draw = ImageDraw.Draw(sheet)
    for i, frame in enumerate(frames):
        x = gap + (i % columns) * (w + gap)
        y = gap + (i // columns) * (h + gap)
        sheet.paste(Image.fromarray(frame), (x, y))
        label = labels[i] if labels else f"#{i}"
        draw.rectangle((x, y, x + 7 * len(label) + 6, y + 14), fill="black")
        draw.text((x + 3, y + 2), label, fill="white")
    return sheet


def save_image_atomic(image: Image.Image, path: str | Path) -> Path:
    """Save a PIL image so that a crash never leaves a half-written file at ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.part")
    image.save(tmp, format=path.suffix.lstrip(".").upper().replace("JPG", "JPEG") or "PNG")
    tmp.replace(path)
    return path


def clips_sheet(clips: np.ndarray, labels: list[str], columns: int = 2, scale: int = 2) -> Image.Image:
    """Clips ``N×T×H×W×3`` as one picture: first, middle and last frame of each side by side (upscaled by
    ``scale``, nearest), one labelled cell per clip — how generated clips are shown at a glance."""
    strips = np.stack([np.concatenate(list(c[[0, len(c) // 2, -1]]), axis=1) for c in clips])
    strips = strips.repeat(scale, axis=1).repeat(scale, axis=2)
    return contact_sheet(strips, columns=columns, labels=labels)
