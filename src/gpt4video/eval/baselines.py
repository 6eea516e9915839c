"""Baselines that show what the video path adds, run through the same benchmarks as the model itself.

* ``text-only`` — the same model (LLM and LoRA included) with every video removed from the conversation: the
  "blind" baseline of the VQA literature, answering from the question and the answer priors alone;
* ``untrained`` — the same configuration with its abstractor, projector and LoRA freshly seeded, as before
  training: the LLM sees video tokens that carry nothing it has learnt to read.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import torch

VARIANTS = ("full", "text-only", "untrained")


def strip_videos(messages: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The conversation with its video parts removed (text parts kept, in order)."""
    out = []
    for m in messages:
        content = m.get("content")
        if isinstance(content, list):
            content = [p for p in content if not (isinstance(p, Mapping) and p.get("type") == "video")]
        out.append({**m, "content": content})
    return out


class TextOnly:
    """A model wrapper whose conversations lose their videos before they are encoded.

    Video tokens the benchmarks compute are ignored; the clip is never decoded (``load_frames`` returns a
    placeholder), so the baseline costs only the LLM.
    """

    def __init__(self, model: Any) -> None:
        self.model = model
        self.config = model.config

    def load_frames(self, video: Any) -> np.ndarray:
        return np.zeros((1, 1, 1, 3), np.uint8)

    def frame_tokens(self, frames: torch.Tensor) -> torch.Tensor:
        return torch.zeros(1, 1, 1)

    def video_tokens(self, frame_tokens: torch.Tensor, frame_mask: torch.Tensor | None = None) -> torch.Tensor:
        return torch.zeros(1, 1, 1)

    def encode_conversations(
        self, conversations: Sequence[Sequence[Mapping[str, Any]]], add_generation_prompt: bool
    ) -> list[Any]:
        return self.model.encode_conversations([strip_videos(c) for c in conversations], add_generation_prompt)

    def generate_encoded(self, encoded: Sequence[Any], video_tokens: Sequence[Any], max_new_tokens: int) -> list[str]:
        return list(self.model.generate_encoded(encoded, [None] * len(encoded), max_new_tokens))


def load_variant(name_or_path: str, variant: str = "full") -> Any:
    """The model named ``name_or_path`` as one of :data:`VARIANTS`."""
    from gpt4video.config import GPT4VideoConfig
    from gpt4video.model.gpt4video import GPT4Video

    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}; expected one of {', '.join(VARIANTS)}")
    if variant == "untrained":  # the config alone: trainables seeded from config.seed, nothing loaded
        return GPT4Video.from_config(GPT4VideoConfig.from_pretrained(name_or_path))
    model = GPT4Video.from_pretrained(name_or_path)
    return TextOnly(model) if variant == "text-only" else model
