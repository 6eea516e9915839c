"""The ``nano`` backend: the project's own ShapesWorld generator (:mod:`gpt4video.generation.nano_pipeline`)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch

from gpt4video.config import CHECKPOINTS_DIR
from gpt4video.generation.backend import ClipSettings, GenerationError, StepCallback, VideoBackend, step_end_callback
from gpt4video.generation.nano_pipeline import PROMPT_TOKENS, NanoVideoPipeline
from gpt4video.text_embedding import default_embedder

NANO_GENERATOR_DIR = CHECKPOINTS_DIR / "nano-t2v"
"""Where the committed nano generator lies (a diffusers pipeline folder)."""


class NanoBackend(VideoBackend):
    """64×64, 8-frame ShapesWorld clips on a CPU in seconds."""

    name = "nano"
    defaults = ClipSettings(num_frames=8, height=64, width=64, steps=25, guidance=4.0, fps=8, multiple_of=16)
    max_prompt_tokens = PROMPT_TOKENS

    def __init__(self, source: str | None = None, *, device: str | None = None, **_: object) -> None:
        folder = Path(source) if source else NANO_GENERATOR_DIR
        if not (folder / "model_index.json").is_file():
            raise GenerationError(
                f"the nano generator is not at {folder}: train it with "
                "`gpt4video train configs/train/nano-generator.yaml` (see docs/generation.md)"
            )
        self.device = device or "cpu"
        self.pipe = NanoVideoPipeline.from_pretrained(folder, dtype=torch.float32).to(self.device)
        self.pipe.set_progress_bar_config(disable=True)

    def truncation(self, prompt: str) -> int:
        return max(0, default_embedder().token_count(prompt) - PROMPT_TOKENS)

    def _generate(
        self,
        prompt: str,
        settings: ClipSettings,
        seed: int | None,
        negative_prompt: str | None,
        callback: StepCallback | None,
    ) -> np.ndarray:
        if settings.num_frames != self.pipe.config.num_frames:
            raise GenerationError(
                f"the nano generator makes {self.pipe.config.num_frames}-frame clips, not {settings.num_frames}"
            )
        out = self.pipe(
            prompt,
            negative_prompt=negative_prompt,
            num_frames=settings.num_frames,
            height=settings.height,
            width=settings.width,
            num_inference_steps=settings.steps,
            guidance_scale=settings.guidance,
            generator=torch.Generator().manual_seed(seed) if seed is not None else None,
            callback_on_step_end=step_end_callback(callback, settings.steps),
        )
        return out.frames
