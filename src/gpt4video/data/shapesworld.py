"""ShapesWorld: the project's procedural video world, deterministic from a seed.

Coloured shapes that move, appear, grow and rotate on varied backgrounds. Every clip comes with its scene
graph (objects, attributes, per-frame positions, events in order), from which captions, questions with
checkable answers, generation requests and safety dialogues are made (:mod:`gpt4video.data.text`). It is to
this project what Shakespeare is to nanoGPT: small enough to train on a laptop, and every answer and every
generated clip can be checked by a program.

Colours are saturated and backgrounds are muted (low saturation), so an object's colour name is never
ambiguous against its background. Compositional generalisation is tested with a fixed set of
colour–shape–motion triples that never occur in the train/val/test splits (:func:`is_held_out`).
"""

from __future__ import annotations

import hashlib
import math
import random
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
from PIL import Image, ImageDraw

SHAPES = ("circle", "square", "triangle", "star", "hexagon")
COLORS: dict[str, tuple[int, int, int]] = {
    "red": (220, 30, 30),
    "orange": (245, 125, 15),
    "yellow": (245, 215, 20),
    "green": (30, 165, 60),
    "cyan": (20, 200, 215),
    "blue": (30, 70, 225),
    "purple": (135, 50, 200),
    "pink": (245, 100, 180),
}
BACKGROUNDS: dict[str, tuple[int, int, int]] = {
    "gray": (128, 128, 128),
    "light gray": (200, 200, 200),
    "dark gray": (48, 48, 48),
    "beige": (214, 200, 168),
    "sage": (150, 162, 142),
    "taupe": (120, 108, 98),
}
SIZES: dict[str, float] = {"small": 0.09, "medium": 0.13, "large": 0.18}
"""Radius of each size as a fraction of the frame side."""
DIRECTIONS: dict[str, tuple[float, float]] = {
    "left": (-1, 0),
    "right": (1, 0),
    "up": (0, -1),
    "down": (0, 1),
    "up-left": (-math.sqrt(0.5), -math.sqrt(0.5)),
    "up-right": (math.sqrt(0.5), -math.sqrt(0.5)),
    "down-left": (-math.sqrt(0.5), math.sqrt(0.5)),
    "down-right": (math.sqrt(0.5), math.sqrt(0.5)),
}
MOTIONS = (*DIRECTIONS, "bounce", "rotate", "grow", "shrink", "appear", "disappear", "still")
BACKGROUND_KINDS = ("plain", "gradient", "noise")
SPLITS = ("train", "val", "test", "compositional")


@dataclass
class ObjectSpec:
    """One object of a scene: what it is and how it moves."""

    id: int
    shape: str
    color: str
    size: str
    motion: str
    start: tuple[float, float]
    """Centre at frame 0, as fractions of width and height."""
    speed: float = 0.0
    """Displacement per frame (fraction of the side) for directional motions; degrees per frame for rotate."""
    event_frame: int | None = None
    """The frame an ``appear`` object appears or a ``disappear`` object vanishes."""


@dataclass
class SceneGraph:
    """Everything true about one clip: enough to render it, describe it, and check answers about it."""

    clip_id: str
    seed: int
    split: str
    num_frames: int
    width: int
    height: int
    fps: int
    background: dict[str, Any]
    objects: list[ObjectSpec]
    tracks: dict[str, list[list[float]]] = field(default_factory=dict)
    """Per object id: per frame ``[x, y, scale, angle, visible]`` (x, y in pixels)."""
    events: list[dict[str, Any]] = field(default_factory=list)
    """In order of frame, then object: ``{"frame", "object", "event"}``."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> SceneGraph:
        objects = [ObjectSpec(**{**o, "start": tuple(o["start"])}) for o in d["objects"]]
        return cls(**{**d, "objects": objects})


def _triple_hash(color: str, shape: str, motion: str) -> int:
    return int(hashlib.sha256(f"{color}|{shape}|{motion}".encode()).hexdigest()[:8], 16)


def is_held_out(color: str, shape: str, motion: str) -> bool:
    """True for the ~8% of colour–shape–motion triples reserved for the compositional split."""
    return _triple_hash(color, shape, motion) % 12 == 0


def _allowed_motions(shape: str) -> tuple[str, ...]:
    return tuple(m for m in MOTIONS if not (m == "rotate" and shape == "circle"))  # a turning circle looks still


def _pick_object(rng: random.Random, split: str, taken: set[tuple[str, str]]) -> tuple[str, str, str]:
    """A (colour, shape, motion) for the split: held-out triples only in, and always in, the compositional split."""
    for _ in range(1000):
        color, shape = rng.choice(list(COLORS)), rng.choice(SHAPES)
        motion = rng.choice(_allowed_motions(shape))
        if (color, shape) in taken:
            continue
        if is_held_out(color, shape, motion) == (split == "compositional"):
            return color, shape, motion
    raise RuntimeError("could not sample an object for split " + split)


def sample_scene(seed: int, split: str = "train", num_frames: int = 16, size: int = 224, fps: int = 8) -> SceneGraph:
    """A random scene graph, fully determined by (seed, split, num_frames, size, fps).

    1–3 objects with distinct colour–shape pairs; the compositional split has one object whose triple is
    held out, so every compositional clip tests an unseen combination and nothing else.
    """
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {', '.join(SPLITS)}")
    if not 8 <= num_frames <= 64:
        raise ValueError(f"num_frames must be between 8 and 64, got {num_frames}")
    rng = random.Random(f"shapesworld|{split}|{seed}")
    n_objects = 1 if split == "compositional" else rng.choice((1, 1, 2, 2, 3))
    kind = rng.choice(BACKGROUND_KINDS)
    bg_names = rng.sample(list(BACKGROUNDS), 2)
    colors = bg_names[: 2 if kind == "gradient" else 1]
    background = {"kind": kind, "colors": colors, "noise_seed": rng.randrange(2**31)}
    objects: list[ObjectSpec] = []
    taken: set[tuple[str, str]] = set()
    for i in range(n_objects):
        color, shape, motion = _pick_object(rng, split, taken)
        taken.add((color, shape))
        size_name = rng.choice(list(SIZES))
        objects.append(_place(rng, i, shape, color, size_name, motion, num_frames, objects))
    clip_id = f"{split}-{seed:06d}"
    scene = SceneGraph(clip_id, seed, split, num_frames, size, size, fps, background, objects)
    scene.tracks = {str(o.id): _track(o, num_frames, size) for o in objects}
    scene.events = _events(scene)
    return scene


_EXTENT = {"star": 1.15, "triangle": 1.1}
"""Outer radius of the drawn polygon as a multiple of the size's radius (see :func:`_polygon`)."""


def _place(
    rng: random.Random, i: int, shape: str, color: str, size: str, motion: str, t: int, others: list[ObjectSpec]
) -> ObjectSpec:
    # The farthest any point of the shape reaches from its centre: star and triangle tips stick out past r,
    # and grow ends (shrink starts) at 1.4× the size's radius.
    r = SIZES[size] * _EXTENT.get(shape, 1.0) * (1.4 if motion in ("grow", "shrink") else 1.0)
    speed = 0.0
    event_frame = None
    dx, dy = DIRECTIONS.get(motion, (0.0, 0.0))
    if motion in DIRECTIONS:
        speed = rng.uniform(0.025, 0.045)
        speed = min(speed, (1 - 2 * r) / max(abs(dx), abs(dy)) / (t - 1))  # the whole path stays in the frame
    elif motion == "rotate":
        speed = rng.uniform(8.0, 20.0) * rng.choice((-1, 1))
    elif motion == "bounce":
        speed = rng.uniform(0.12, 0.2)  # amplitude
    elif motion in ("appear", "disappear"):
        event_frame = rng.randint(t // 4, (3 * t) // 4)
    travel = speed * (t - 1)
    best, best_gap = (0.5, 0.5), -1.0
    for _ in range(40):  # spread objects apart: keep the start farthest from the others
        lo_x, hi_x = r + max(0.0, -dx * travel), 1 - r - max(0.0, dx * travel)
        lo_y, hi_y = r + max(0.0, -dy * travel), 1 - r - max(0.0, dy * travel)
        if motion == "bounce":
            lo_y, hi_y = r, 1 - r - speed
        x, y = rng.uniform(lo_x, max(lo_x, hi_x)), rng.uniform(lo_y, max(lo_y, hi_y))
        gap = min((math.dist((x, y), o.start) for o in others), default=1.0)
        if gap > best_gap:
            best, best_gap = (x, y), gap
        if gap > 0.35:
            break
    start = (round(best[0], 4), round(best[1], 4))
    return ObjectSpec(i, shape, color, size, motion, start, round(speed, 4), event_frame)


def _track(o: ObjectSpec, t: int, side: int) -> list[list[float]]:
    rows = []
    dx, dy = DIRECTIONS.get(o.motion, (0.0, 0.0))
    for f in range(t):
        x, y = o.start
        scale, angle, visible = 1.0, 0.0, 1.0
        if o.motion in DIRECTIONS:
            x, y = x + dx * o.speed * f, y + dy * o.speed * f
        elif o.motion == "bounce":
            y = y + o.speed * abs(math.sin(math.pi * 2 * f / (t - 1)))
        elif o.motion == "rotate":
            angle = o.speed * f
        elif o.motion == "grow":
            scale = 0.6 + 0.8 * f / (t - 1)
        elif o.motion == "shrink":
            scale = 1.4 - 0.8 * f / (t - 1)
        elif o.motion == "appear":
            visible = float(f >= (o.event_frame or 0))
        elif o.motion == "disappear":
            visible = float(f < (o.event_frame or t))
        rows.append([round(x * side, 2), round(y * side, 2), round(scale, 4), round(angle % 360, 2), visible])
    return rows


def _events(scene: SceneGraph) -> list[dict[str, Any]]:
    events = []
    for o in scene.objects:
        if o.motion == "appear":
            events.append({"frame": o.event_frame, "object": o.id, "event": "appears"})
        elif o.motion == "disappear":
            events.append({"frame": 0, "object": o.id, "event": "is present"})
            events.append({"frame": o.event_frame, "object": o.id, "event": "disappears"})
        else:
            events.append({"frame": 0, "object": o.id, "event": "is present"})
    return sorted(events, key=lambda e: (e["frame"], e["object"]))


def _polygon(shape: str, cx: float, cy: float, r: float, angle: float) -> list[tuple[float, float]]:
    k, radii, offset = {
        "square": (4, (r * 1.0,), 45.0),
        "triangle": (3, (r * 1.1,), -90.0),
        "hexagon": (6, (r,), 0.0),
        "star": (10, (r * 1.15, r * 0.5), -90.0),
    }[shape]
    pts = []
    for i in range(k):
        a = math.radians(offset + angle + 360.0 * i / k)
        rad = radii[i % len(radii)]
        pts.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
    return pts


def draw_shape(
    draw: ImageDraw.ImageDraw, shape: str, x: float, y: float, r: float, angle: float, fill: tuple[int, ...] | int
) -> None:
    """One shape as ShapesWorld draws it: centre (x, y), size radius r in pixels, turned by ``angle`` degrees."""
    if shape == "circle":
        draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)
    else:
        draw.polygon(_polygon(shape, x, y, r, angle), fill=fill)


def render_background(scene: SceneGraph) -> np.ndarray:
    """The clip's static background, ``H×W×3`` uint8."""
    h, w = scene.height, scene.width
    bg = scene.background
    first = np.array(BACKGROUNDS[bg["colors"][0]], dtype=np.float32)
    if bg["kind"] == "gradient":
        last = np.array(BACKGROUNDS[bg["colors"][1]], dtype=np.float32)
        ramp = np.linspace(0.0, 1.0, h, dtype=np.float32)[:, None, None]
        img = np.broadcast_to(first + (last - first) * ramp, (h, w, 3)).copy()
    else:
        img = np.broadcast_to(first, (h, w, 3)).copy()
    if bg["kind"] == "noise":
        img += np.random.default_rng(bg["noise_seed"]).normal(0.0, 10.0, (h, w, 1)).astype(np.float32)
    return np.clip(img, 0, 255).astype(np.uint8)


def render(scene: SceneGraph) -> np.ndarray:
    """All frames of a scene, ``T×H×W×3`` uint8, objects drawn in id order over the background."""
    background = Image.fromarray(render_background(scene))
    frames = np.empty((scene.num_frames, scene.height, scene.width, 3), np.uint8)
    side = min(scene.width, scene.height)
    for f in range(scene.num_frames):
        img = background.copy()
        draw = ImageDraw.Draw(img)
        for o in scene.objects:
            x, y, scale, angle, visible = scene.tracks[str(o.id)][f]
            if not visible:
                continue
            draw_shape(draw, o.shape, x, y, SIZES[o.size] * side * scale, angle, COLORS[o.color])
        frames[f] = np.asarray(img)
    return frames
