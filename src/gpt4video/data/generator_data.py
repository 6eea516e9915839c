"""Training and evaluation clips for the nano generator: single-object ShapesWorld scenes, rendered directly
at the generator's size (no codec in between), each with the prompts people would write for it.

The train split never holds a held-out colour–shape–motion triple (ShapesWorld's rule), so the
compositional split's prompts ask for combinations the generator never saw.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from tqdm import tqdm

from gpt4video.data.shapesworld import DIRECTIONS, SceneGraph, render, sample_scene
from gpt4video.data.text import canonical_description, caption, short_prompt


@dataclass
class GeneratorClips:
    """Rendered clips ``[N, T, H, W, 3]`` uint8, their scenes, and per clip the prompts that describe it."""

    frames: np.ndarray
    scenes: list[SceneGraph]
    prompts: list[list[str]]


def single_object_scenes(
    split: str,
    count: int,
    num_frames: int = 8,
    size: int = 64,
    directional: bool = False,
    start: int = 0,
    backgrounds: Sequence[str] | None = None,
) -> list[SceneGraph]:
    """The first ``count`` one-object scenes of ``split`` from seed ``start`` on (only those moving in one of
    the 8 directions with ``directional``; only those on one of ``backgrounds``' kinds if given)."""
    scenes: list[SceneGraph] = []
    seed = start
    while len(scenes) < count:
        scene = sample_scene(seed, split, num_frames=num_frames, size=size)
        seed += 1
        if len(scene.objects) != 1 or (directional and scene.objects[0].motion not in DIRECTIONS):
            continue
        if backgrounds is None or scene.background["kind"] in backgrounds:
            scenes.append(scene)
    return scenes


def scene_prompts(scene: SceneGraph, rng: random.Random) -> list[str]:
    """Three ways to ask for the scene: the canonical prompt, a paraphrased caption, a terse request."""
    return [canonical_description(scene), caption(scene, rng), short_prompt(scene, rng)]


def build_clips(
    split: str,
    count: int,
    num_frames: int = 8,
    size: int = 64,
    seed: int = 0,
    progress: bool = False,
    backgrounds: Sequence[str] | None = None,
) -> GeneratorClips:
    """Render ``count`` single-object clips of ``split`` with their prompts (deterministic in the arguments)."""
    scenes = single_object_scenes(split, count, num_frames, size, backgrounds=backgrounds)
    rng = random.Random(f"generator-prompts|{split}|{seed}")
    frames = np.stack([render(s) for s in tqdm(scenes, desc=f"render {split}", disable=not progress)])
    return GeneratorClips(frames, scenes, [scene_prompts(s, rng) for s in scenes])
