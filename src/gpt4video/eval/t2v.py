"""Text-to-video attribute accuracy: does a generated clip show the colour, shape and direction asked for?

Prompts are terse requests ("a red circle moving to the right") for single-object ShapesWorld scenes with a
directional motion: half from the test split (combinations seen in training, new seeds), half from the
compositional split (colour–shape–motion triples the generator never saw). Each clip is read back by
:mod:`gpt4video.eval.clip_reader` (100 % colour, shape and direction on rendered ShapesWorld clips) and scored
on ``color``, ``shape``, ``direction`` and ``all`` three at once, overall and per subset.

There is no CLIPSIM here: the project embeds no image–text model (DINOv2 and MiniLM share no space), and a
similarity computed from the reader's own description would only restate these accuracies.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from tqdm.auto import tqdm

from gpt4video.data.generator_data import single_object_scenes
from gpt4video.data.shapesworld import SceneGraph
from gpt4video.data.text import short_prompt
from gpt4video.eval.clip_reader import read_clip
from gpt4video.generation.backend import VideoBackend
from gpt4video.visualize import clips_sheet, save_image_atomic

ATTRIBUTES = ("color", "shape", "direction", "all")


@dataclass(frozen=True)
class T2VCase:
    prompt: str
    scene: SceneGraph
    subset: str
    """``seen`` (test split) or ``unseen`` (compositional split: a held-out triple)."""


def t2v_cases(per_subset: int = 32, seed: int = 0) -> list[T2VCase]:
    """The fixed evaluation prompts (deterministic in the arguments)."""
    rng = random.Random(f"t2v-eval|{seed}")
    cases = []
    for subset, split in (("seen", "test"), ("unseen", "compositional")):
        for scene in single_object_scenes(split, per_subset, directional=True):
            cases.append(T2VCase(short_prompt(scene, rng), scene, subset))
    return cases


def _rates(rows: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(rows)
    return {"n": n, **{a: round(sum(r[a] for r in rows) / n, 4) if n else None for a in ATTRIBUTES}}


def evaluate_t2v(
    backend: VideoBackend,
    per_subset: int = 32,
    seed: int = 0,
    steps: int | None = None,
    progress: bool = True,
    sheet: Path | None = None,
) -> dict[str, Any]:
    """Generate one clip per case (seed ``seed + i``) and score what the reader sees against the scene; with
    ``sheet``, the first 8 clips of each subset go into one picture, labelled with their prompt and verdict."""
    rows, shown, labels = [], [], []
    t0 = time.perf_counter()
    for i, case in enumerate(tqdm(t2v_cases(per_subset, seed), desc="t2v", disable=not progress)):
        frames = backend.generate(case.prompt, seed=seed + i, steps=steps)
        seen, want = read_clip(frames), case.scene.objects[0]
        ok = {"color": seen.color == want.color, "shape": seen.shape == want.shape,
              "direction": seen.direction == want.motion}  # fmt: skip
        rows.append({**ok, "all": all(ok.values()), "subset": case.subset, "prompt": case.prompt,
                     "read": {"color": seen.color, "shape": seen.shape, "motion": seen.motion}})  # fmt: skip
        if sheet is not None and sum(r["subset"] == case.subset for r in rows) <= 8:
            shown.append(frames)
            labels.append(("ok " if all(ok.values()) else "x  ") + case.prompt[:36])
    seconds = time.perf_counter() - t0
    if sheet is not None and shown:
        save_image_atomic(clips_sheet(np.stack(shown), labels), sheet)
    return {
        "backend": backend.name,
        **_rates(rows),
        "per_subset": {s: _rates([r for r in rows if r["subset"] == s]) for s in ("seen", "unseen")},
        "seconds_per_clip": round(seconds / max(1, len(rows)), 3),
        "predictions": rows,
    }
