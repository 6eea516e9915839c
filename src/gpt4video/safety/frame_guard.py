"""The frame guard: NudeNet's detector (``320n.onnx`` from the PyPI package ``nudenet``) run with onnxruntime.

NudeNet is a YOLOv8-style detector of 18 body-part classes, exposed or covered, plus faces. A frame's score
for ``sexual_content`` is the highest confidence of any *exposed intimate* class in it (genitalia, female
breast, buttocks, anus); the clip's score is the highest over its sampled frames. Faces, feet, covered parts
and the like are reported in ``detections`` but score nothing: a person on screen is not a hazard.

Pre-processing follows the detector's training: pad to a square at the bottom/right with black, resize to
320×320, RGB scaled to [0, 1]. No NMS is needed for a score (the best box of a class is its score).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from PIL import Image

from gpt4video import weights

LABELS = (
    "FEMALE_GENITALIA_COVERED", "FACE_FEMALE", "BUTTOCKS_EXPOSED", "FEMALE_BREAST_EXPOSED",
    "FEMALE_GENITALIA_EXPOSED", "MALE_BREAST_EXPOSED", "ANUS_EXPOSED", "FEET_EXPOSED", "BELLY_COVERED",
    "FEET_COVERED", "ARMPITS_COVERED", "ARMPITS_EXPOSED", "FACE_MALE", "BELLY_EXPOSED",
    "MALE_GENITALIA_EXPOSED", "ANUS_COVERED", "FEMALE_BREAST_COVERED", "BUTTOCKS_COVERED",
)  # fmt: skip
"""NudeNet 3.4's class order (the detector's output rows 4..21)."""
EXPLICIT = frozenset(
    {"FEMALE_GENITALIA_EXPOSED", "MALE_GENITALIA_EXPOSED", "FEMALE_BREAST_EXPOSED", "BUTTOCKS_EXPOSED",
     "ANUS_EXPOSED"}
)  # fmt: skip
"""Classes whose detection counts as explicit sexual content."""
SIZE = 320
MIN_REPORTED = 0.2
"""Detections below this confidence are not listed (NudeNet's own cut-off)."""


def preprocess(frame: np.ndarray, size: int = SIZE) -> np.ndarray:
    """``H×W×3`` uint8 RGB → ``3×size×size`` float32: padded square, resized, in [0, 1]."""
    if frame.ndim != 3 or frame.shape[2] != 3:
        raise ValueError(f"a frame must be H×W×3 RGB, got shape {frame.shape}")
    h, w = frame.shape[:2]
    side = max(h, w)
    square = np.zeros((side, side, 3), np.uint8)
    square[:h, :w] = frame
    resized = np.asarray(Image.fromarray(square).resize((size, size), Image.Resampling.BILINEAR))
    return resized.astype(np.float32).transpose(2, 0, 1) / 255.0


class FrameGuard:
    """``scores(frames)`` → per-class best confidence over the frames; ``sexual_content`` from explicit ones."""

    def __init__(self, model_path: str | None = None, threads: int = 1) -> None:
        import onnxruntime as ort

        path = model_path or str(weights.path("nudenet-320n"))
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        self.session = ort.InferenceSession(path, options, providers=["CPUExecutionProvider"])
        self.input_name = self.session.get_inputs()[0].name

    def class_scores(self, frames: Sequence[np.ndarray] | np.ndarray) -> dict[str, float]:
        """The best confidence of every NudeNet class over ``frames`` (T×H×W×3 uint8)."""
        if len(frames) == 0:
            return dict.fromkeys(LABELS, 0.0)
        batch = np.stack([preprocess(np.asarray(f)) for f in frames])
        out = self.session.run(None, {self.input_name: batch})[0]  # [T, 4 + classes, anchors]
        best = out[:, 4:, :].max(axis=(0, 2))
        return {label: float(s) for label, s in zip(LABELS, best, strict=True)}

    def scores(self, frames: Sequence[np.ndarray] | np.ndarray) -> tuple[dict[str, float], dict[str, float]]:
        """(hazard scores for the policy, the detections at or above NudeNet's reporting cut-off)."""
        classes = self.class_scores(frames)
        explicit = max(classes[c] for c in EXPLICIT)
        detections = {c: round(s, 3) for c, s in sorted(classes.items(), key=lambda kv: -kv[1]) if s >= MIN_REPORTED}
        return {"sexual_content": explicit}, detections


@lru_cache(maxsize=1)
def default_frame_guard() -> FrameGuard:
    """The embedded detector, loaded once per process."""
    return FrameGuard()


def sample_frames(frames: np.ndarray, count: int) -> np.ndarray:
    """``count`` evenly spaced frames of a clip (all of them when it has fewer)."""
    if count <= 0 or len(frames) <= count:
        return frames
    return frames[np.linspace(0, len(frames) - 1, count).round().astype(int)]
