"""Sentence embeddings from the embedded all-MiniLM-L6-v2: mean-pooled, L2-normalised token states.

The same recipe as sentence-transformers' all-MiniLM-L6-v2 (Transformer → mean pooling → Normalize), run
through plain transformers so no hub download or extra package is involved. Used for caption retrieval
(multi-video dialogues), the text guard, and as the nano generator's text encoder.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import torch
from transformers import AutoModel, AutoTokenizer

from gpt4video import weights

EMBEDDING_SIZE = 384


def mean_pool(states: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """Each text's mean token state ``[N, L, D] → [N, D]`` over its real tokens (``mask`` 1; padding left out)."""
    m = mask.unsqueeze(-1).to(states.dtype)
    return (states * m).sum(1) / m.sum(1).clamp(min=1e-9)


class SentenceEmbedder:
    """``embed(texts) -> float32 [N, 384]`` unit vectors; cosine similarity is a dot product."""

    def __init__(
        self,
        folder: str | None = None,
        max_length: int = 128,
        batch_size: int = 64,
        model: torch.nn.Module | None = None,
    ) -> None:
        """``model`` replaces the folder's encoder (the text guard's fine-tuned copy); its tokenizer stays."""
        folder = folder or str(weights.path("all-minilm-l6-v2"))
        self.tokenizer = AutoTokenizer.from_pretrained(folder)
        self.model = (model or AutoModel.from_pretrained(folder)).eval()
        self.max_length = max_length
        self.batch_size = batch_size

    @torch.inference_mode()
    def token_states(self, texts: Sequence[str], length: int | None = None) -> tuple[torch.Tensor, torch.Tensor]:
        """Last hidden states ``[N, L, 384]`` and attention mask ``[N, L]`` (for conditioning on tokens).

        With ``length`` every text is truncated or padded to exactly that many tokens (a generator is trained
        and run on one fixed context length); otherwise the batch is padded to its longest text.
        """
        batch = self.tokenizer(
            list(texts),
            padding="max_length" if length else True,
            truncation=True,
            max_length=length or self.max_length,
            return_tensors="pt",
        )
        return self.model(**batch).last_hidden_state, batch["attention_mask"]

    def token_count(self, text: str) -> int:
        """Tokens of ``text`` with the special ones, before any truncation."""
        return len(self.tokenizer(text, verbose=False).input_ids)

    def pooled(self, texts: Sequence[str]) -> torch.Tensor:
        """Mean-pooled, unit-length embeddings of one batch, with gradients if the encoder has any to give."""
        batch = self.tokenizer(list(texts), padding=True, truncation=True, max_length=self.max_length,
                               return_tensors="pt")  # fmt: skip
        states = self.model(**batch).last_hidden_state
        return torch.nn.functional.normalize(mean_pool(states, batch["attention_mask"]), dim=-1)

    @torch.inference_mode()
    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = [self.pooled(texts[i : i + self.batch_size]).numpy() for i in range(0, len(texts), self.batch_size)]
        return np.concatenate(out) if out else np.zeros((0, EMBEDDING_SIZE), np.float32)


@lru_cache(maxsize=1)
def default_embedder() -> SentenceEmbedder:
    """The embedded model, loaded once per process."""
    return SentenceEmbedder()
