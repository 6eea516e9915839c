"""Text features from the embedded LLM: SmolLM2-135M-Instruct's states after its first layers.

The text guard reads a request the way the assistant receives it — as a user turn in the LLM's chat template
— and a linear head over these features separates harm from harmless look-alikes better than one over
MiniLM's sentence embeddings (a linear probe on frozen features, 599-source val split: F1 0.980 against 0.876,
docs/safety.md). Only the first ``layers`` decoder layers are kept and run (the middle of the 30 read best),
so a guard check costs about half a forward pass of the model, and no logits are computed. The states are
the model's own final RMSNorm applied to that layer's output, mean-pooled over every token of the turn
(``read="mean"``) — and, with ``read="mean+header"``, also mean-pooled over the assistant header that
follows the turn (``<|im_start|>assistant\n``, the chat template's generation prompt): the positions where the
model settles how to answer, which carry what a request asks for more plainly than the mean over its words
(refusal is read off these post-instruction positions in Arditi et al. 2024, "Refusal in language models is
mediated by a single direction"; for the guard alone, val F1 0.921 → 0.943: docs/safety.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import torch
from transformers import AutoModel, AutoTokenizer

from gpt4video.model.llm import embedded_llm_dir
from gpt4video.text_embedding import mean_pool

MEAN = "mean"
MEAN_AND_HEADER = "mean+header"
READS = (MEAN, MEAN_AND_HEADER)
"""How the states become one vector: their mean over the turn, or that mean and the assistant header's."""


class LLMEmbedder:
    """``embed(texts) -> float32 [N, size]``: pooled states of each text as a chat user turn (``size`` is the
    hidden size, twice it with the header)."""

    def __init__(self, layers: int = 16, max_length: int = 256, batch_size: int = 32, read: str = MEAN) -> None:
        if read not in READS:
            raise ValueError(f"unknown read {read!r}; known: {', '.join(READS)}")
        folder = str(embedded_llm_dir())
        self.tokenizer = AutoTokenizer.from_pretrained(folder)
        self.tokenizer.padding_side = "right"
        self.model = AutoModel.from_pretrained(folder).eval()
        self.model.layers = self.model.layers[:layers]  # the rest is never run (nor reported as unused weights)
        self.model.config.num_hidden_layers = layers
        self.layers = layers
        self.read = read
        self.size = int(self.model.config.hidden_size) * (2 if read == MEAN_AND_HEADER else 1)
        self.max_length = max_length
        self.batch_size = batch_size
        self.header = len(self._ids(self.as_turn(""))) - len(self._ids(self.as_turn("", header=False)))
        if max_length <= self.header:
            raise ValueError(f"max_length must exceed the {self.header} tokens of the assistant header")

    def as_turn(self, text: str, header: bool = True) -> str:
        """``text`` as the single user turn of a chat, the way the assistant's LLM would read it (followed by the
        assistant header that prompts its answer)."""
        return self.tokenizer.apply_chat_template(
            [{"role": "user", "content": text}], tokenize=False, add_generation_prompt=header
        )

    def _ids(self, turn: str) -> list[int]:
        return self.tokenizer(turn)["input_ids"]

    def tokenize(self, texts: Sequence[str]) -> dict[str, torch.Tensor]:
        """Token ids of the turns, right-padded. A turn over ``max_length`` tokens loses the end of its text; with
        the header read, the tokens that close the user turn go too, and the header itself is kept (its last
        ``header`` tokens stay in place)."""
        turns = [self.as_turn(t) for t in texts]
        if self.read == MEAN:
            return self.tokenizer(turns, padding=True, truncation=True, max_length=self.max_length,
                                  return_tensors="pt")  # fmt: skip
        cut = self.max_length - self.header
        ids = [x if len(x) <= self.max_length else x[:cut] + x[-self.header :] for x in map(self._ids, turns)]
        return self.tokenizer.pad({"input_ids": ids}, return_tensors="pt")

    def pooled(self, texts: Sequence[str]) -> torch.Tensor:
        """Pooled states ``[N, size]`` of one batch."""
        batch = self.tokenize(texts)
        states, mask = self.model(**batch).last_hidden_state, batch["attention_mask"]
        pooled = mean_pool(states, mask)
        if self.read == MEAN:
            return pooled
        last = mask.sum(1, keepdim=True) - torch.arange(self.header, 0, -1)  # [N, header] positions (right padding)
        header = states.gather(1, last.unsqueeze(-1).expand(-1, -1, states.shape[-1])).mean(1)
        return torch.cat([pooled, header], -1)

    @torch.inference_mode()
    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = [self.pooled(texts[i : i + self.batch_size]).numpy() for i in range(0, len(texts), self.batch_size)]
        return np.concatenate(out) if out else np.zeros((0, self.size), np.float32)


@lru_cache(maxsize=4)
def default_llm_embedder(layers: int = 16, read: str = MEAN) -> LLMEmbedder:
    """The embedded LLM's first ``layers`` layers, loaded once per process (per read)."""
    return LLMEmbedder(layers=layers, read=read)
