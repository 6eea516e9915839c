"""The text guard: a classifier over all-MiniLM-L6-v2 sentence embeddings, the encoder tuned by LoRA.

The embedded MiniLM stays as shipped; the guard adds a LoRA adapter (peft, merged into its own copy at load)
and a linear head over the mean-pooled, unit-length embedding, chosen over a head on frozen embeddings by
validation F1 on the 315-source set (0.950 against 0.864, docs/safety.md); ``lora_rank: 0`` in the recipe
trains the latter.

It reads every :func:`~gpt4video.safety.normalize.readings` of every piece of a text (long texts are cut into
overlapping pieces, :func:`~gpt4video.safety.normalize.chunks`) and reports, per hazard category, the highest
calibrated probability any reading of any piece got. The head is trained by the project on its own labelled
requests (``gpt4video train configs/train/text-guard.yaml``) and committed in ``checkpoints/text-guard``:
``config.json`` (labels, temperature), ``model.safetensors`` (the head) and ``encoder/`` (the LoRA adapter).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import torch
from safetensors.torch import load_file, save_file
from torch import nn

from gpt4video import weights
from gpt4video.config import CHECKPOINTS_DIR
from gpt4video.safety.normalize import chunks, readings
from gpt4video.safety.taxonomy import BENIGN, CATEGORIES, HAZARDS
from gpt4video.text_embedding import EMBEDDING_SIZE, SentenceEmbedder, default_embedder

TEXT_GUARD_DIR = CHECKPOINTS_DIR / "text-guard"


@dataclass
class TextGuardConfig:
    labels: list[str] = field(default_factory=lambda: list(CATEGORIES))
    hidden: int = 256
    """Width of the hidden layer (0: a linear classifier)."""
    dropout: float = 0.1
    temperature: float = 1.0
    """Logits are divided by this before the softmax (fitted on the validation split: calibration)."""
    logit_scale: float = 20.0
    """Logits are the head's output times this (unit-length embeddings give small raw logits)."""
    embedding: str = "all-minilm-l6-v2"


class TextGuardHead(nn.Module):
    """Sentence embedding ``[N, 384]`` → logits over hazard categories and ``benign``."""

    def __init__(self, config: TextGuardConfig) -> None:
        super().__init__()
        self.config = config
        n = len(config.labels)
        if config.hidden:
            self.net = nn.Sequential(
                nn.Linear(EMBEDDING_SIZE, config.hidden), nn.GELU(), nn.Dropout(config.dropout),
                nn.Linear(config.hidden, n),
            )  # fmt: skip
        else:
            self.net = nn.Sequential(nn.Dropout(config.dropout), nn.Linear(EMBEDDING_SIZE, n))

    def forward(self, embeddings: torch.Tensor) -> torch.Tensor:
        return self.net(embeddings) * self.config.logit_scale

    def probabilities(self, embeddings: torch.Tensor) -> torch.Tensor:
        """Calibrated class probabilities."""
        return torch.softmax(self(embeddings) / self.config.temperature, dim=-1)

    def save_pretrained(self, folder: str | Path) -> None:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "config.json").write_text(json.dumps(asdict(self.config), indent=2) + "\n")
        save_file({k: v.contiguous() for k, v in self.state_dict().items()}, folder / "model.safetensors")

    @classmethod
    def from_pretrained(cls, folder: str | Path) -> TextGuardHead:
        folder = Path(folder)
        if not (folder / "model.safetensors").is_file():
            raise FileNotFoundError(
                f"no text guard at {folder}: train it with `gpt4video train configs/train/text-guard.yaml`"
            )
        head = cls(TextGuardConfig(**json.loads((folder / "config.json").read_text())))
        head.load_state_dict(load_file(folder / "model.safetensors"))
        return head.eval()


def hazard_scores(probs: np.ndarray, labels: Sequence[str]) -> dict[str, float]:
    """Per hazard category: its own probability, except that the most likely hazard gets the whole harmful
    mass ``1 - P(benign)`` (so harm split between two close categories still reaches a threshold)."""
    index = {label: i for i, label in enumerate(labels)}
    scores = {c: float(probs[index[c]]) for c in HAZARDS}
    top = max(HAZARDS, key=lambda c: probs[index[c]])
    scores[top] = float(1.0 - probs[index[BENIGN]])
    return scores


def tuned_embedder(adapter: str | Path) -> SentenceEmbedder:
    """The embedded MiniLM with the guard's LoRA adapter merged in (a copy: the shared embedder is untouched)."""
    from peft import PeftModel
    from transformers import AutoModel

    base = AutoModel.from_pretrained(str(weights.path("all-minilm-l6-v2")))
    return SentenceEmbedder(model=PeftModel.from_pretrained(base, str(adapter)).merge_and_unload())


class TextGuard:
    """``scores(texts)`` → per text, the hazard categories' scores in [0, 1] (the policy decides)."""

    def __init__(self, folder: str | Path | None = None, embedder: SentenceEmbedder | None = None) -> None:
        folder = Path(folder or TEXT_GUARD_DIR)
        self.head = TextGuardHead.from_pretrained(folder)
        if embedder is None:
            embedder = tuned_embedder(folder / "encoder") if (folder / "encoder").is_dir() else default_embedder()
        self.embedder = embedder

    def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return guard_scores(self.embedder, self.head, texts)


@torch.inference_mode()
def guard_scores(embedder: SentenceEmbedder, head: TextGuardHead, texts: Sequence[str]) -> list[dict[str, float]]:
    """Per text, each hazard's highest score over every reading of every piece: the guard's run-time reading,
    shared with the recipe so that its reported figures are the guard's own."""
    pieces: list[str] = []
    owner: list[int] = []
    for i, text in enumerate(texts):
        for piece in chunks(text) if text.strip() else [""]:
            for reading in readings(piece):
                pieces.append(reading)
                owner.append(i)
    probs = head.probabilities(torch.from_numpy(embedder.embed(pieces))).numpy()
    out: list[dict[str, float]] = [dict.fromkeys(HAZARDS, 0.0) for _ in texts]
    for i, p in zip(owner, probs, strict=True):
        for c, s in hazard_scores(p, head.config.labels).items():
            out[i][c] = max(out[i][c], s)
    return out
