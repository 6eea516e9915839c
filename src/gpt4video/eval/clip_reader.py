"""Read a ShapesWorld-style clip back: the object's colour, shape and motion, from its pixels alone.

This is how the generator is checked: ShapesWorld knows what a prompt asked for, and this reader says what
a generated clip shows. It relies only on how ShapesWorld looks — saturated object colours on muted
backgrounds — so it needs no trained model: the object is the saturated pixels; its colour is the nearest
palette colour of their median; its motion comes from the centroid track and the area over time; its shape
is the ShapesWorld outline (drawn by the same code that renders the data) that overlaps it best.
It reads the most prominent object; multi-object clips are out of its scope.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw

from gpt4video.data.shapesworld import COLORS, DIRECTIONS, SHAPES, draw_shape

SATURATION = 0.4
"""Object pixels are more saturated than this; ShapesWorld's backgrounds stay below 0.25."""
MIN_TRAVEL = 0.08
"""A centroid that travels less than this fraction of the frame side is not moving in a direction."""
_SYMMETRY = {"square": 90, "triangle": 120, "hexagon": 60, "star": 72, "circle": 360}


@dataclass(frozen=True)
class ClipReading:
    """What a clip shows; ``None`` where nothing could be read (no object found)."""

    color: str | None
    shape: str | None
    motion: str | None
    """A direction (``left``, ``up-right``, …) or ``still``, ``grow``, ``shrink``, ``appear``, ``disappear``,
    ``bounce``, ``rotate``."""

    @property
    def direction(self) -> str | None:
        return self.motion if self.motion in DIRECTIONS else None


def object_mask(frames: np.ndarray) -> np.ndarray:
    """``[T, H, W]`` bool: pixels saturated and bright enough to belong to an object."""
    f = frames.astype(np.float32) / 255.0
    hi, lo = f.max(-1), f.min(-1)
    return ((hi - lo) / np.maximum(hi, 1e-6) > SATURATION) & (hi > 0.25)


def read_color(frames: np.ndarray, mask: np.ndarray) -> str | None:
    if not mask.any():
        return None
    rgb = np.median(frames[mask].astype(np.float32), axis=0)
    names = list(COLORS)
    palette = np.array([COLORS[n] for n in names], dtype=np.float32)
    return names[int(np.argmin(((palette - rgb) ** 2).sum(1)))]


def _outline(shape: str, size: tuple[int, int], x: float, y: float, r: float, angle: float) -> np.ndarray:
    img = Image.new("L", size, 0)
    draw_shape(ImageDraw.Draw(img), shape, x, y, r, angle, 255)
    return np.asarray(img) > 127


def read_shape(mask: np.ndarray) -> str | None:
    """The ShapesWorld shape (any turn, size matched by area) with the best IoU on the frame of largest area."""
    areas = mask.reshape(len(mask), -1).sum(1)
    if areas.max() < 4:
        return None
    m = mask[int(np.argmax(areas))]
    ys, xs = np.nonzero(m)
    cx, cy, area = xs.mean() + 0.5, ys.mean() + 0.5, float(len(xs))
    h, w = m.shape
    best, best_iou = None, -1.0
    for shape in SHAPES:
        unit = _outline(shape, (400, 400), 200, 200, 100, 0).sum() / 100.0**2  # area at r = 1
        for scale in (0.95, 1.0, 1.05):
            r = scale * math.sqrt(area / unit)
            for angle in range(0, _SYMMETRY[shape], 6):
                t = _outline(shape, (w, h), cx, cy, r, angle)
                iou = (t & m).sum() / max(1, (t | m).sum())
                if iou > best_iou:
                    best, best_iou = shape, iou
    return best


def read_motion(mask: np.ndarray) -> str | None:
    t, h, w = mask.shape
    areas = mask.reshape(t, -1).sum(1).astype(np.float32)
    peak = areas.max()
    if peak < 4:
        return None
    present = areas > 0.08 * peak  # a shrunk object keeps ~18 % of its peak area; a vanished one none
    first, last = int(np.argmax(present)), int(t - 1 - np.argmax(present[::-1]))
    if first > t // 8 and present[first:].all():
        return "appear"
    if last < t - 1 - t // 8 and present[: last + 1].all():
        return "disappear"
    frames = np.nonzero(present)[0]
    cents = np.array([[np.nonzero(mask[i])[1].mean(), np.nonzero(mask[i])[0].mean()] for i in frames]) / max(h, w)
    vx, vy = (np.polyfit(frames, cents[:, k], 1)[0] for k in (0, 1))
    travel = math.hypot(vx, vy) * (frames[-1] - frames[0])
    if travel >= MIN_TRAVEL:
        names = list(DIRECTIONS)
        dots = [vx * DIRECTIONS[n][0] + vy * DIRECTIONS[n][1] for n in names]
        return names[int(np.argmax(dots))]
    if np.ptp(cents[:, 1]) >= MIN_TRAVEL:
        return "bounce"
    ratio = areas[frames[-1]] / max(areas[frames[0]], 1.0)
    if ratio > 1.5:
        return "grow"
    if ratio < 1 / 1.5:
        return "shrink"
    a = mask[frames[0]]
    overlap = min((a & mask[i]).sum() / max(1, (a | mask[i]).sum()) for i in frames)
    return "rotate" if overlap < 0.85 else "still"  # a turning shape stops covering its first outline


def read_clip(frames: np.ndarray) -> ClipReading:
    """Colour, shape and motion of the clip's main object (uint8 ``T×H×W×3``)."""
    frames = np.asarray(frames)
    if frames.ndim != 4 or frames.shape[-1] != 3:
        raise ValueError(f"frames must be T×H×W×3, got shape {frames.shape}")
    mask = object_mask(frames)
    return ClipReading(read_color(frames, mask), read_shape(mask), read_motion(mask))
