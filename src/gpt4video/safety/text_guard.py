"""The text guard: small classifiers over text features from the embedded SmolLM2-135M-Instruct.

The features are the LLM's states after its first 16 layers, reading the text as a user turn, mean-pooled over
the turn and over the assistant header after it (:mod:`gpt4video.llm_embedding`); the LLM stays frozen and the
guard is a standardisation and five one-hidden-layer heads whose logits are averaged (``members``; a linear
head could not keep end-to-end false refusals under 5 % on val, and one hidden-layer head's figures move with
its seed: docs/safety.md). The LLM's features were chosen by validation F1 on the 599-source set over a
MiniLM encoder tuned by LoRA; the recipe still trains that kind (``encoder: all-minilm-l6-v2``; its LoRA
adapter is saved in ``encoder/``).

It reads every :func:`~gpt4video.safety.normalize.readings` of every piece of a text (long texts are cut into
overlapping pieces, :func:`~gpt4video.safety.normalize.chunks`) and reports, per hazard category, the highest
calibrated probability any reading of any piece got. The head is trained by the project on its own labelled
requests (``gpt4video train configs/train/text-guard.yaml``) and committed in ``checkpoints/text-guard``:
``config.json`` (labels, features, temperature) and ``model.safetensors`` (the head, with the features'
standardisation).
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
from gpt4video.llm_embedding import MEAN, LLMEmbedder, default_llm_embedder
from gpt4video.safety.normalize import chunks, readings
from gpt4video.safety.taxonomy import BENIGN, CATEGORIES, HAZARDS
from gpt4video.safety.term_rules import term_scores
from gpt4video.text_embedding import EMBEDDING_SIZE, SentenceEmbedder, default_embedder

TEXT_GUARD_DIR = CHECKPOINTS_DIR / "text-guard"
MINILM = "all-minilm-l6-v2"
LLM = "smollm2-135m-instruct"
EMBEDDINGS = (MINILM, LLM)
"""The text features a guard can read: MiniLM sentence embeddings, or the embedded LLM's states."""

Embedder = SentenceEmbedder | LLMEmbedder


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
    embedding: str = MINILM
    """Which features the head reads: one of :data:`EMBEDDINGS`."""
    embedding_layers: int = 0
    """For the LLM's features: how many of its decoder layers run."""
    embedding_read: str = MEAN
    """For the LLM's features: which positions are pooled (:data:`~gpt4video.llm_embedding.READS`)."""
    input_size: int = EMBEDDING_SIZE
    standardize: bool = False
    """Standardise each feature by the training set's mean and deviation (the LLM's states are far from unit
    scale; a few of their dimensions are in the thousands)."""
    members: int = 1
    """Heads trained apart (their own initialisation, batch order and dropout) whose logits are averaged: one
    hidden-layer head's val figures move by several points from one seed to the next; their mean does not."""


class TextGuardHead(nn.Module):
    """Text features ``[N, input_size]`` → logits over hazard categories and ``benign``."""

    def __init__(self, config: TextGuardConfig) -> None:
        super().__init__()
        self.config = config
        n, d = len(config.labels), config.input_size
        if config.standardize:
            self.register_buffer("feature_mean", torch.zeros(d))
            self.register_buffer("feature_std", torch.ones(d))
        if config.members < 1:
            raise ValueError(f"a text guard head has at least one member, got members={config.members}")
        members = [self._member(config, d, n) for _ in range(config.members)]
        self.net = members[0] if config.members == 1 else nn.ModuleList(members)

    @staticmethod
    def _member(config: TextGuardConfig, d: int, n: int) -> nn.Sequential:
        if config.hidden:
            return nn.Sequential(
                nn.Linear(d, config.hidden), nn.GELU(), nn.Dropout(config.dropout), nn.Linear(config.hidden, n),
            )  # fmt: skip
        return nn.Sequential(nn.Dropout(config.dropout), nn.Linear(d, n))

    def member(self, k: int) -> nn.Sequential:
        """The ``k``-th of the heads whose logits are averaged."""
        return self.net if isinstance(self.net, nn.Sequential) else self.net[k]

    def fit_standardization(self, features: torch.Tensor) -> None:
        """Take each feature's mean and deviation from the training features."""
        self.feature_mean.copy_(features.mean(0))
        self.feature_std.copy_(features.std(0).clamp(min=1e-6))

    def forward(self, features: torch.Tensor, member: int | None = None) -> torch.Tensor:
        """Logits: the mean of the members' (or only ``member``'s, to train it)."""
        if self.config.standardize:
            features = (features - self.feature_mean) / self.feature_std
        ks = range(self.config.members) if member is None else [member]
        return torch.stack([self.member(k)(features) for k in ks]).mean(0) * self.config.logit_scale

    def probabilities(self, embeddings: torch.Tensor) -> torch.Tensor:
        """Calibrated class probabilities."""
        return torch.softmax(self(embeddings) / self.config.temperature, dim=-1)

    def save_pretrained(self, folder: str | Path) -> None:
        """``config.json`` and ``model.safetensors``: the heads' weights in fp16 (the committed guard's scores move
        by at most 2e-4, no val or test decision changes), the standardisation in fp32 (the LLM's features reach
        the thousands, where fp16 rounding moved scores by up to 0.19). Loading casts back to fp32."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "config.json").write_text(json.dumps(asdict(self.config), indent=2) + "\n")
        tensors = {k: v if k.startswith("feature_") else v.half() for k, v in self.state_dict().items()}
        save_file({k: v.contiguous() for k, v in tensors.items()}, folder / "model.safetensors")

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

    base = AutoModel.from_pretrained(str(weights.path(MINILM)))
    return SentenceEmbedder(model=PeftModel.from_pretrained(base, str(adapter)).merge_and_unload())


def guard_embedder(config: TextGuardConfig, folder: Path) -> Embedder:
    """The features a saved guard reads: the LLM's (shared per process), or MiniLM with the guard's adapter."""
    if config.embedding == LLM:
        return default_llm_embedder(config.embedding_layers, config.embedding_read)
    if config.embedding == MINILM:
        return tuned_embedder(folder / "encoder") if (folder / "encoder").is_dir() else default_embedder()
    known = ", ".join(EMBEDDINGS)
    raise ValueError(f"{folder / 'config.json'}: unknown embedding {config.embedding!r}; known: {known}")


class TextGuard:
    """``scores(texts)`` → per text, the hazard categories' scores in [0, 1] (the policy decides). With
    ``term_rules`` (the default) the :mod:`~gpt4video.safety.term_rules` floor is part of every score."""

    def __init__(
        self, folder: str | Path | None = None, embedder: Embedder | None = None, term_rules: bool = True
    ) -> None:
        folder = Path(folder or TEXT_GUARD_DIR)
        self.head = TextGuardHead.from_pretrained(folder)
        self.embedder = embedder or guard_embedder(self.head.config, folder)
        self.term_rules = term_rules

    def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return guard_scores(self.embedder, self.head, texts, self.term_rules)


@torch.inference_mode()
def guard_scores(
    embedder: Embedder, head: TextGuardHead, texts: Sequence[str], term_rules: bool = True
) -> list[dict[str, float]]:
    """Per text, each hazard's highest score over every reading of every piece (and, with ``term_rules``, the
    term rules' floor on each piece): the guard's run-time reading, shared with the recipe so that its
    reported figures are the guard's own."""
    pieces: list[str] = []
    owner: list[int] = []
    floors: list[dict[str, float]] = [{} for _ in texts]
    for i, text in enumerate(texts):
        for piece in chunks(text) if text.strip() else [""]:
            if term_rules:
                floors[i] |= term_scores(piece)
            for reading in readings(piece):
                pieces.append(reading)
                owner.append(i)
    probs = head.probabilities(torch.from_numpy(embedder.embed(pieces))).numpy()
    out: list[dict[str, float]] = [dict.fromkeys(HAZARDS, 0.0) for _ in texts]
    for i, p in zip(owner, probs, strict=True):
        for c, s in hazard_scores(p, head.config.labels).items():
            out[i][c] = max(out[i][c], s)
    for scores, floor in zip(out, floors, strict=True):
        for c, s in floor.items():
            scores[c] = max(scores[c], s)
    return out
