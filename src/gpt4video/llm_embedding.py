"""Text features from the embedded LLM: the mean of SmolLM2-135M-Instruct's states after its first layers.

The text guard reads a request the way the assistant receives it — as a user turn in the LLM's chat template
— and a linear head over these features separates harm from harmless look-alikes better than one over
MiniLM's sentence embeddings (a linear probe on frozen features, 599-source val split: F1 0.980 against 0.876,
docs/safety.md). Only the first ``layers`` decoder layers are kept and run (the middle of the 30 read best),
so a guard check costs about half a forward pass of the model, and no logits are computed. The states are
the model's own final RMSNorm applied to that layer's output, mean-pooled over every token of the turn.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import torch
from transformers import AutoModel, AutoTokenizer

from gpt4video.model.llm import embedded_llm_dir
from gpt4video.text_embedding import mean_pool


class LLMEmbedder:
    """``embed(texts) -> float32 [N, hidden_size]``: mean-pooled states of each text as a chat user turn."""

    def __init__(self, layers: int = 16, max_length: int = 256, batch_size: int = 32) -> None:
        folder = str(embedded_llm_dir())
        self.tokenizer = AutoTokenizer.from_pretrained(folder)
        self.tokenizer.padding_side = "right"
        self.model = AutoModel.from_pretrained(folder).eval()
        self.model.layers = self.model.layers[:layers]  # the rest is never run (nor reported as unused weights)
        self.model.config.num_hidden_layers = layers
        self.layers = layers
        self.size = int(self.model.config.hidden_size)
        self.max_length = max_length
        self.batch_size = batch_size

    def as_turn(self, text: str) -> str:
        """``text`` as the single user turn of a chat, the way the assistant's LLM would read it."""
        return self.tokenizer.apply_chat_template(
            [{"role": "user", "content": text}], tokenize=False, add_generation_prompt=True
        )

    def pooled(self, texts: Sequence[str]) -> torch.Tensor:
        """Mean-pooled states ``[N, hidden_size]`` of one batch."""
        batch = self.tokenizer([self.as_turn(t) for t in texts], padding=True, truncation=True,
                               max_length=self.max_length, return_tensors="pt")  # fmt: skip
        return mean_pool(self.model(**batch).last_hidden_state, batch["attention_mask"])

    @torch.inference_mode()
    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = [self.pooled(texts[i : i + self.batch_size]).numpy() for i in range(0, len(texts), self.batch_size)]
        return np.concatenate(out) if out else np.zeros((0, self.size), np.float32)


@lru_cache(maxsize=2)
def default_llm_embedder(layers: int = 16) -> LLMEmbedder:
    """The embedded LLM's first ``layers`` layers, loaded once per process."""
    return LLMEmbedder(layers=layers)
