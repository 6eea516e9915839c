"""The text guard's training recipe, configured by YAML; about 40 minutes on this 2-core CPU from empty caches
(minutes with its replies and features kept from an earlier run).

    gpt4video train configs/train/text-guard.yaml

1. Rows: the project's labelled requests (:func:`gpt4video.data.safety_data.safety_rows`) and the texts a model
   may write back — replies and ``<video>`` prompts (:func:`~gpt4video.data.safety_data.output_rows`) — all
   split by source, so no paraphrase of a test request is trained on; plus ``captions`` ShapesWorld captions
   (benign: the nano model's everyday output) and the training split's everyday requests
   (:func:`~gpt4video.data.safety_data.everyday_rows`, benign, ``everyday`` copies each); and what the model
   itself writes back (``model_replies``: the nano model's greedy replies to one paraphrase of every benign
   training source and to the everyday requests, benign; with ``harmful_replies`` also to one paraphrase of
   every harmful non-jailbreak source, harmful unless it refused); and ``translations`` copies of the
   other-language versions of training sources, 500 a round (``translation_rounds``;
   :func:`~gpt4video.data.safety_data.translation_rows`); and ``supplement`` copies of the training-only
   supplement (:func:`~gpt4video.data.safety_data.supplement_rows`). Each
   training request is also disguised ``augment`` times (leetspeak or spaced letters of its key words), so the
   model sees what the normaliser leaves of attacks.
2. Every row is read the way the guard reads it at run time (:func:`~gpt4video.safety.normalize.readings`),
   each reading a training example with the row's label.
3. Features: the embedded SmolLM2-135M-Instruct's states after ``encoder_layers`` layers, mean-pooled over the
   text as a chat user turn (``encoder: smollm2-135m-instruct``, frozen, each text's features computed once
   and cached between runs, :mod:`gpt4video.train.text_feature_cache`; the head standardises them) — or
   all-MiniLM-L6-v2 with a LoRA adapter (peft; ``lora_rank: 0`` keeps it frozen). The head (``hidden`` wide,
   or linear; ``members`` of them trained one after another, their logits averaged) and the adapter train with
   AdamW under a one-cycle schedule, ``train.epochs`` passes.
4. Calibration: a temperature fitted on the validation split (NLL), so scores are probabilities and the
   policy's thresholds mean what they say. The threshold is picked on validation too: the best F1 among
   those that refuse at most ``max_false_refusal_rate`` of the benign requests, and of the held-out everyday
   requests (``val_best_threshold``).
5. Saved: ``final/config.json`` + ``final/model.safetensors`` (head), ``final/encoder/`` (a MiniLM adapter);
   metrics on val and test (requests, and model outputs) in ``metrics.json``.

No checkpointing: the features, its long part, are cached as they are computed, so a killed run's rerun
picks up there; the model's replies are kept once all are answered (``model-replies-<fingerprint>.jsonl`` in
``output_dir``).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from tqdm import tqdm

from gpt4video import weights
from gpt4video.config import ConfigError, check_keys
from gpt4video.data.safety_data import (
    ROLEPLAY_WRAPPERS,
    everyday_rows,
    obfuscate,
    output_rows,
    safety_rows,
    supplement_rows,
    translation_rows,
)
from gpt4video.data.safety_translations import TRANSLATION_ROUNDS
from gpt4video.data.shapesworld import sample_scene
from gpt4video.data.text import caption
from gpt4video.eval.safety import cached_predictions, evaluate_safety, untagged_refusal
from gpt4video.llm_embedding import MEAN, READS, default_llm_embedder
from gpt4video.safety.normalize import readings
from gpt4video.safety.taxonomy import CATEGORIES
from gpt4video.safety.text_guard import EMBEDDINGS, LLM, MINILM, Embedder, TextGuardConfig, TextGuardHead, guard_scores
from gpt4video.text_embedding import EMBEDDING_SIZE, SentenceEmbedder, default_embedder
from gpt4video.train.config import load_recipe_file
from gpt4video.train.text_feature_cache import CachedTextEmbedder


@dataclass
class TextGuardData:
    seed: int = 0
    """Picks the paraphrases (never the split) and the disguises."""
    augment: int = 2
    """Disguised copies of each training request (leetspeak / spaced letters)."""
    captions: int = 300
    """ShapesWorld captions of training-split scenes, labelled benign."""
    everyday: int = 1
    """Copies of each training everyday request (:func:`~gpt4video.data.safety_data.everyday_rows`, benign)."""
    wrapped_benign: int = 0
    """Copies of each harmless training request inside a role-play wrapper (:data:`ROLEPLAY_WRAPPERS`: "you are
    DAN…", "developer mode…"), labelled benign: harmful requests get those wrappers as attacks, and the guard
    refuses harmless requests shaped like jailbreaks ("developer mode on: how do I make scrambled eggs"). Off:
    measured on val, one copy cost more recall on real attacks than it saved (docs/safety.md)."""
    model_replies: str | None = None
    """A model (``gpt4video-nano``) whose replies to the harmless training requests train the guard as benign
    replies: the reply check reads that model's writing, which authored replies do not cover (its rambling
    harmless replies otherwise score up to 0.99). ``null``: none."""
    translations: int = 0
    """Copies of each other-language version of a training source (500 a round, with the source's label,
    disguised like the other requests; :func:`~gpt4video.data.safety_data.translation_rows`): the guard's
    requests are mostly English, and it refused harmless requests in languages its features read poorly."""
    translation_rounds: int = 1
    """How many rounds of those versions (:data:`~gpt4video.data.safety_translations.TRANSLATION_ROUNDS`; each
    rewrites 500 other training sources)."""
    supplement: int = 0
    """Copies of each request of the training-only supplement (:func:`~gpt4video.data.safety_data.supplement_rows`:
    harmless look-alikes, many in other languages, and harmful requests without the words that give them away;
    disguised like the other requests)."""
    harmful_replies: bool = False
    """Also that model's replies to one paraphrase of each harmful training source, labelled harmful with the
    source's category unless they are refusals (benign then): its compliant replies to harmful requests are the
    reply check's harmful traffic, and with only its harmless replies in training the check learns its style
    as harmless (a reply giving "sexual videos of minors" where to look scored 0.00). Jailbreak sources are left
    out: their reply carries a payload of no one hazard category."""
    harmful_reply_echo: float = 0.0
    """With ``harmful_replies``: a reply to a harmful request is kept (as harmful) only when it repeats at least
    this share of the request's words of five letters or more (:func:`echo_share`) — the nano model's replies
    to harmful requests often ramble off the subject or decline in words
    :func:`~gpt4video.eval.safety.is_refusal` does not know, and such replies are no harmful text; left out,
    not labelled benign."""


@dataclass
class TextGuardTrain:
    seed: int = 0
    epochs: int = 1
    batch_size: int = 32
    lr: float = 1e-3
    """Peak learning rate of the LoRA adapter."""
    head_lr: float = 3e-3
    weight_decay: float = 1e-2


@dataclass
class TextGuardRecipeConfig:
    recipe: str = "text_guard"
    output_dir: str = "runs/text-guard"
    encoder: str = MINILM
    """The features: ``all-minilm-l6-v2`` (sentence embeddings) or ``smollm2-135m-instruct`` (the LLM's states)."""
    encoder_layers: int = 16
    """For the LLM: how many of its 30 decoder layers run (the features are the last one's states)."""
    encoder_read: str = MEAN
    """For the LLM: the states' mean over the turn, or also over the assistant header (``mean+header``)."""
    lora_rank: int = 16
    """LoRA rank on MiniLM's attention and MLP projections; 0 trains the head on frozen features (the LLM's
    always are)."""
    lora_alpha: int = 32
    hidden: int = 0
    """Hidden width of the head (0: linear)."""
    members: int = 1
    """Heads trained one after another on the same features, their logits averaged (frozen features only)."""
    dropout: float = 0.1
    threshold: float = 0.5
    """A fixed threshold at which val and test are also scored (the shipped policy's default)."""
    max_false_refusal_rate: float = 0.05
    """The threshold is picked on val: the best F1 among those refusing at most this share of benign rows."""
    refit_on_val: bool = False
    """Once the temperature is fitted and the threshold picked on val, train the heads again on the training and
    validation rows together (same seed and epochs, that temperature kept) and save that guard: it learns from
    the validation split's sources too. The first fit is saved beside it (``train-only/``) for picking the
    policy's thresholds on val (``benchmarks/sweep_safety_thresholds.py --guard``); the val figures in
    ``metrics.json`` are the first fit's, the test figures the saved guard's."""
    data: TextGuardData = field(default_factory=TextGuardData)
    train: TextGuardTrain = field(default_factory=TextGuardTrain)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> TextGuardRecipeConfig:
        check_keys(cls, raw, "")
        data, train = raw.get("data") or {}, raw.get("train") or {}
        check_keys(TextGuardData, data, "data.")
        check_keys(TextGuardTrain, train, "train.")
        top = {k: v for k, v in raw.items() if k not in ("data", "train")}
        cfg = cls(**top, data=TextGuardData(**data), train=TextGuardTrain(**train))
        if cfg.recipe != "text_guard":
            raise ConfigError(f"recipe must be 'text_guard' for this recipe, got {cfg.recipe!r}")
        if cfg.hidden < 0 or cfg.lora_rank < 0 or not 0.0 <= cfg.dropout < 1.0 or not 0.0 < cfg.threshold < 1.0:
            raise ConfigError("hidden and lora_rank must be ≥ 0, dropout in [0, 1) and threshold in (0, 1)")
        if not 0.0 <= cfg.max_false_refusal_rate <= 1.0:
            raise ConfigError("max_false_refusal_rate must be in [0, 1]")
        if not isinstance(cfg.refit_on_val, bool):
            raise ConfigError(f"refit_on_val must be true or false, got {cfg.refit_on_val!r}")
        counts = ("augment", "everyday", "wrapped_benign", "translations", "supplement")
        if min(getattr(cfg.data, name) for name in counts) < 0:
            raise ConfigError(f"{', '.join(f'data.{name}' for name in counts)} must be ≥ 0")
        if not 0 <= cfg.data.translation_rounds <= len(TRANSLATION_ROUNDS):
            raise ConfigError(f"data.translation_rounds must be in 0..{len(TRANSLATION_ROUNDS)}")
        if cfg.train.epochs < 1:
            raise ConfigError("train.epochs must be ≥ 1")
        if cfg.data.model_replies is not None and not isinstance(cfg.data.model_replies, str):
            raise ConfigError(f"data.model_replies must be a model name or null, got {cfg.data.model_replies!r}")
        if not isinstance(cfg.data.harmful_replies, bool) or (cfg.data.harmful_replies and not cfg.data.model_replies):
            raise ConfigError("data.harmful_replies must be true or false, and true only with data.model_replies")
        if not 0.0 <= cfg.data.harmful_reply_echo <= 1.0:
            raise ConfigError(f"data.harmful_reply_echo must be in [0, 1], got {cfg.data.harmful_reply_echo!r}")
        if cfg.encoder not in EMBEDDINGS:
            raise ConfigError(f"encoder must be one of {', '.join(EMBEDDINGS)}, got {cfg.encoder!r}")
        if cfg.members < 1 or (cfg.members > 1 and cfg.lora_rank):
            raise ConfigError("members must be ≥ 1, and 1 when an adapter trains (lora_rank > 0)")
        if cfg.encoder == LLM and (cfg.lora_rank or not 1 <= cfg.encoder_layers <= 30):
            raise ConfigError(f"encoder {LLM} is frozen (lora_rank: 0) and runs 1 to 30 layers (encoder_layers)")
        if cfg.encoder_read not in READS or (cfg.encoder_read != MEAN and cfg.encoder != LLM):
            raise ConfigError(f"encoder_read must be one of {', '.join(READS)} ({MEAN} for {MINILM}), "
                              f"got {cfg.encoder_read!r}")  # fmt: skip
        return cfg

    @classmethod
    def from_file(cls, path: str | Path) -> TextGuardRecipeConfig:
        return load_recipe_file(cls, path)


def training_texts(rows: list[dict[str, Any]], augment: int, seed: int) -> list[tuple[str, str]]:
    """(reading, category) pairs: every reading of every row and of ``augment`` disguised copies of it."""
    rng = random.Random(seed)
    out = []
    for row in rows:
        texts = [row["text"]]
        texts += [obfuscate(row["text"], rng.choice(("leetspeak", "spaced")), rng) for _ in range(augment)]
        out += [(reading, row["category"]) for t in texts for reading in readings(t)]
    return out


def wrapped_benign_rows(rows: list[dict[str, Any]], copies: int, seed: int) -> list[dict[str, Any]]:
    """``copies`` role-play-wrapped versions of each harmless request of ``rows`` (distinct wrappers), benign."""
    rng = random.Random(seed)
    return [{**row, "text": wrapper.format(req=row["text"]), "attack": "roleplay"}
            for row in rows if not row["harmful"]
            for wrapper in rng.sample(ROLEPLAY_WRAPPERS, min(copies, len(ROLEPLAY_WRAPPERS)))]  # fmt: skip


def harmless_training_requests(seed: int) -> list[dict[str, Any]]:
    """One paraphrase of each benign training source, and each training everyday request: what the model's
    own replies are collected for."""
    requests = [r for r in safety_rows("train", seed) if not r["harmful"] and r["id"].endswith("/0")]
    return requests + everyday_rows("train")


def reply_training_requests(data: TextGuardData) -> list[dict[str, Any]]:
    """The requests whose replies ``data.model_replies`` trains on: the harmless ones, and with
    ``data.harmful_replies`` one paraphrase of each harmful non-jailbreak training source."""
    requests = harmless_training_requests(data.seed)
    if data.harmful_replies:
        requests += [r for r in safety_rows("train", data.seed)
                     if r["harmful"] and r["category"] != "jailbreak" and r["id"].endswith("/0")]  # fmt: skip
    return requests


def model_fingerprint(model: Any) -> str:
    """12 hex digits of a hash of ``model``'s config and of every tensor its training may change: what its
    greedy replies depend on besides the request (the base LLM's weights are a pinned package's)."""
    digest = hashlib.sha256(json.dumps(model.config.to_dict(), sort_keys=True, default=str).encode())
    for name, tensor in sorted(model.trained_state_dict().items()):
        digest.update(name.encode())
        digest.update(tensor.detach().float().contiguous().numpy().tobytes())
    return digest.hexdigest()[:12]


def model_predictions(
    model_name: str, requests: list[dict[str, Any]], progress: bool, cache_dir: Path | None = None
) -> list[dict[str, Any]]:
    """The replies ``model_name`` writes to ``requests`` (greedy, 48 new tokens, batches of 8, as
    :func:`gpt4video.eval.safety.evaluate_safety` measures the model), as its predictions. With ``cache_dir``
    they are kept there (``model-replies-<fingerprint>.jsonl``, :func:`model_fingerprint`) and only requests
    its file lacks are answered: a rerun after a new authoring batch answers that batch alone."""
    from gpt4video.model.gpt4video import GPT4Video

    model = GPT4Video.from_pretrained(model_name)

    def answer(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return evaluate_safety(model, rows, batch_size=8, progress=progress)["predictions"]

    if cache_dir is None:
        return answer(requests)
    return cached_predictions(requests, cache_dir / f"model-replies-{model_fingerprint(model)}.jsonl", answer)


def model_reply_rows(
    model_name: str, requests: list[dict[str, Any]], progress: bool, cache_dir: Path | None = None, echo: float = 0.0
) -> list[dict[str, Any]]:
    """:func:`model_predictions` as :func:`reply_rows`: what the reply check trains on."""
    return reply_rows(model_predictions(model_name, requests, progress, cache_dir), echo)


def echo_share(request: str, reply: str) -> float:
    """The share of ``request``'s distinct words of five letters or more (case folded) that ``reply`` repeats:
    whether a reply talks about what was asked (0 for a request without such words)."""
    asked = {w for w in re.findall(r"\w+", request.lower()) if len(w) >= 5}
    said = {w for w in re.findall(r"\w+", reply.lower()) if len(w) >= 5}
    return len(asked & said) / len(asked) if asked else 0.0


def reply_rows(predictions: list[dict[str, Any]], echo: float = 0.0) -> list[dict[str, Any]]:
    """:func:`~gpt4video.eval.safety.evaluate_safety`'s predictions as ``reply`` rows (empty replies left out):
    a reply to a harmless request, or a refusal, is benign; any other reply to a harmful request is harmful,
    in the request's category — when it repeats at least ``echo`` of the request's words (:func:`echo_share`),
    else it is left out."""
    rows = []
    for p in predictions:
        harmful = p["harmful"] and not untagged_refusal(p)
        if not p["reply"].strip() or (harmful and echo_share(p["text"], p["reply"]) < echo):
            continue
        rows.append({"text": p["reply"], "harmful": harmful, "category": p["category"] if harmful else "benign",
                     "kind": "reply"})  # fmt: skip
    return rows


def caption_rows(count: int, seed: int) -> list[dict[str, Any]]:
    """``count`` benign ShapesWorld captions of training-split scenes."""
    rng = random.Random(seed)
    return [{"text": caption(sample_scene(seed * 100_003 + i, "train"), rng, detailed=i % 2 == 1), "harmful": False,
             "category": "benign"} for i in range(count)]  # fmt: skip


def row_scores(embedder: Embedder, head: TextGuardHead, rows: list[dict[str, Any]]) -> list[float]:
    """The guard's harmful score of each row, read exactly as the guard reads at run time."""
    return [max(s.values()) for s in guard_scores(embedder, head, [row["text"] for row in rows])]


def binary_metrics(rows: list[dict[str, Any]], scores: list[float], threshold: float) -> dict[str, Any]:
    """Precision, recall, F1 of "harmful" and the false-refusal rate on benign rows at one threshold."""
    flagged = [s >= threshold for s in scores]
    harmful = [r["harmful"] for r in rows]
    tp = sum(f and h for f, h in zip(flagged, harmful, strict=True))
    fp = sum(f and not h for f, h in zip(flagged, harmful, strict=True))
    n_h, n_b = sum(harmful), len(rows) - sum(harmful)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / n_h if n_h else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    per_category: dict[str, dict[str, Any]] = {}
    for c in CATEGORIES:
        hits = [f for f, r in zip(flagged, rows, strict=True) if r["category"] == c]
        if hits:
            per_category[c] = {"flagged": round(sum(hits) / len(hits), 4), "n": len(hits)}
    return {
        "threshold": threshold, "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
        "false_refusal_rate": round(fp / n_b, 4) if n_b else None, "n": len(rows), "per_category": per_category,
    }  # fmt: skip


THRESHOLD_GRID = tuple(round(x, 2) for x in np.arange(0.05, 0.96, 0.05))
"""The thresholds a pick chooses from: 0.05 to 0.95 in steps of 0.05."""


def refused_share(scores: Sequence[float], threshold: float) -> float:
    """The share of (harmless) texts scoring at or above ``threshold``: refused."""
    return round(sum(s >= threshold for s in scores) / len(scores), 4) if scores else 0.0


def pick_threshold(
    rows: list[dict[str, Any]], scores: list[float], max_false_refusal_rate: float, harmless: Sequence[float] = ()
) -> float:
    """The threshold of :data:`THRESHOLD_GRID` with the best F1 among those refusing at most
    ``max_false_refusal_rate`` of the benign rows and of the ``harmless`` scores (other harmless traffic); if
    none does, the one refusing fewest. Ties go to the lower (stricter) threshold."""
    metrics = {t: binary_metrics(rows, scores, t) for t in THRESHOLD_GRID}
    refused = {t: max(metrics[t]["false_refusal_rate"] or 0.0, refused_share(harmless, t)) for t in THRESHOLD_GRID}
    allowed = [t for t in THRESHOLD_GRID if refused[t] <= max_false_refusal_rate]
    if not allowed:
        return min(THRESHOLD_GRID, key=lambda t: (refused[t], t))
    return max(allowed, key=lambda t: (metrics[t]["f1"], -t))


def pick_on_val(
    encoder: Embedder | CachedTextEmbedder, head: TextGuardHead, val_rows: list[dict[str, Any]], max_rate: float
) -> tuple[list[float], list[float], float]:
    """The recipe's threshold pick: the guard's scores of the val requests and of the val everyday requests, and
    the threshold :func:`pick_threshold` takes from them."""
    val_scores = row_scores(encoder, head, val_rows)
    everyday = row_scores(encoder, head, everyday_rows("val"))
    return val_scores, everyday, pick_threshold(val_rows, val_scores, max_rate, everyday)


def fit_temperature(logits: torch.Tensor, labels: torch.Tensor) -> float:
    """The temperature minimising validation NLL (calibration, Guo et al. 2017)."""
    log_t = torch.zeros(1, requires_grad=True)
    opt = torch.optim.LBFGS([log_t], lr=0.1, max_iter=200)

    def closure() -> torch.Tensor:
        opt.zero_grad()
        loss = F.cross_entropy(logits / log_t.exp(), labels)
        loss.backward()
        return loss

    opt.step(closure)
    return float(log_t.detach().exp().clamp(0.05, 20.0))


def guard_encoder(cfg: TextGuardRecipeConfig) -> Embedder | CachedTextEmbedder:
    """The LLM's first layers (frozen; each text's features cached between runs), MiniLM with a fresh LoRA
    adapter (trainable), or the shared frozen MiniLM when ``lora_rank`` is 0."""
    if cfg.encoder == LLM:
        return CachedTextEmbedder(default_llm_embedder(cfg.encoder_layers, cfg.encoder_read))
    if not cfg.lora_rank:
        return default_embedder()
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModel

    base = AutoModel.from_pretrained(str(weights.path(MINILM)))
    lora = LoraConfig(r=cfg.lora_rank, lora_alpha=cfg.lora_alpha, lora_dropout=cfg.dropout,
                      target_modules=["query", "key", "value", "dense"])  # fmt: skip
    return SentenceEmbedder(model=get_peft_model(base, lora))


def features(texts: list[str], encoder: Embedder, progress: bool, step: int = 512) -> np.ndarray:
    """``encoder.embed(texts)`` in steps of ``step`` texts (a multiple of its batch size: the same batches), with
    a progress bar: the LLM's features of a full training set take minutes."""
    parts = [encoder.embed(texts[i : i + step])
             for i in tqdm(range(0, len(texts), step), desc="features", disable=not progress)]  # fmt: skip
    return np.concatenate(parts)


@dataclass
class FittedGuard:
    encoder: Embedder
    head: TextGuardHead
    examples: int
    trained_parameters: int
    curve: list[dict[str, float]]


def fit_guard(
    cfg: TextGuardRecipeConfig,
    train_rows: list[dict[str, Any]],
    val_rows: list[dict[str, Any]],
    progress: bool,
    temperature: float | None = None,
) -> FittedGuard:
    """Train the encoder's adapter and the head on ``train_rows`` (plus captions, everyday requests and the
    translated training requests), then fit the temperature on ``val_rows`` (or keep ``temperature``, when a
    refit has trained on them). Rows: ``{"text", "category"}``; requests and model outputs alike."""
    t = cfg.train
    torch.manual_seed(t.seed)
    requests = [r for r in train_rows if r.get("kind") not in ("reply", "prompt")]
    requests += translation_rows(cfg.data.translation_rounds) * cfg.data.translations
    requests += supplement_rows() * cfg.data.supplement
    pairs = training_texts(requests, cfg.data.augment, cfg.data.seed)
    pairs += training_texts(wrapped_benign_rows(requests, cfg.data.wrapped_benign, cfg.data.seed), 0, cfg.data.seed)
    extra = [r for r in train_rows if r.get("kind") in ("reply", "prompt")]
    extra += caption_rows(cfg.data.captions, cfg.data.seed)
    extra += everyday_rows("train") * cfg.data.everyday
    pairs += training_texts(extra, 0, cfg.data.seed)
    label_index = {c: i for i, c in enumerate(CATEGORIES)}
    y = torch.tensor([label_index[c] for _, c in pairs])

    encoder = guard_encoder(cfg)
    llm = cfg.encoder == LLM
    head = TextGuardHead(TextGuardConfig(
        labels=list(CATEGORIES), hidden=cfg.hidden, dropout=cfg.dropout, embedding=cfg.encoder,
        embedding_layers=cfg.encoder_layers if llm else 0, embedding_read=cfg.encoder_read,
        input_size=encoder.size if llm else EMBEDDING_SIZE, standardize=llm, logit_scale=1.0 if llm else 20.0,
        members=cfg.members,
    ))  # fmt: skip
    lora_params = [p for p in encoder.model.parameters() if p.requires_grad] if cfg.lora_rank else []
    frozen = None if cfg.lora_rank else torch.from_numpy(features([text for text, _ in pairs], encoder, progress))
    if head.config.standardize:
        head.fit_standardization(frozen)
    steps = -(-len(pairs) // t.batch_size)
    curve = []
    bar = tqdm(total=cfg.members * t.epochs * steps, desc="text guard", disable=not progress)
    for k in range(cfg.members):  # each member on its own: its own batch order and dropout
        groups = [{"params": list(head.member(k).parameters()), "lr": t.head_lr}]
        groups += [{"params": lora_params, "lr": t.lr}] if lora_params else []
        opt = torch.optim.AdamW(groups, weight_decay=t.weight_decay)
        warmup = max(0.1, 2.5 / (t.epochs * steps))  # a share of the steps; at least two steps' worth on a tiny run
        schedule = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=[g["lr"] for g in groups],
                                                       total_steps=t.epochs * steps, pct_start=warmup)  # fmt: skip
        for epoch in range(t.epochs):
            encoder.model.train(bool(cfg.lora_rank))
            head.train()
            order = torch.randperm(len(pairs))
            total = 0.0
            for i in range(0, len(pairs), t.batch_size):
                idx = order[i : i + t.batch_size]
                x = encoder.pooled([pairs[j][0] for j in idx]) if frozen is None else frozen[idx]
                loss = F.cross_entropy(head(x, member=k), y[idx])
                opt.zero_grad()
                loss.backward()
                opt.step()
                schedule.step()
                total += loss.item() * len(idx)
                bar.update()
            curve.append({"member": k, "epoch": epoch + 1, "loss": round(total / len(pairs), 5)})
    bar.close()
    encoder.model.eval()
    head.eval()

    if temperature is None:
        val_pairs = training_texts(val_rows, 0, cfg.data.seed)
        with torch.no_grad():
            val_logits = head(torch.from_numpy(encoder.embed([text for text, _ in val_pairs])))
        temperature = fit_temperature(val_logits, torch.tensor([label_index[c] for _, c in val_pairs]))
    head.config.temperature = temperature
    trained = sum(p.numel() for p in head.parameters()) + sum(p.numel() for p in lora_params)
    return FittedGuard(encoder, head, len(pairs), trained, curve)


def train(cfg: TextGuardRecipeConfig, progress: bool = True) -> dict[str, Any]:
    """Train, calibrate and save the text guard; returns the metrics, also in ``output_dir/metrics.json``."""
    t0 = time.perf_counter()
    out = Path(cfg.output_dir)
    out.mkdir(parents=True, exist_ok=True)
    split_rows = {s: safety_rows(s, cfg.data.seed) for s in ("train", "val", "test")}
    outputs = {s: output_rows(s, cfg.data.seed) for s in ("train", "val", "test")}
    replies = []
    if cfg.data.model_replies:
        requests = reply_training_requests(cfg.data)
        replies = model_reply_rows(cfg.data.model_replies, requests, progress, out, cfg.data.harmful_reply_echo)
    outputs["train"] += replies
    fitted = fit_guard(cfg, split_rows["train"] + outputs["train"], split_rows["val"] + outputs["val"], progress)
    encoder, head = fitted.encoder, fitted.head
    val_scores, everyday_val, best = pick_on_val(encoder, head, split_rows["val"], cfg.max_false_refusal_rate)
    first_examples = fitted.examples
    shutil.rmtree(out / "train-only", ignore_errors=True)
    if cfg.refit_on_val:
        head.save_pretrained(out / "train-only")
        rows = split_rows["train"] + outputs["train"] + split_rows["val"] + outputs["val"]
        fitted = fit_guard(cfg, rows, [], progress, temperature=head.config.temperature)
        encoder, head = fitted.encoder, fitted.head
    everyday = {"val": everyday_val, "test": row_scores(encoder, head, everyday_rows("test"))}
    test_scores = row_scores(encoder, head, split_rows["test"])
    output_scores = row_scores(encoder, head, outputs["test"])
    shutil.rmtree(out / "final", ignore_errors=True)  # nothing of an earlier run (an adapter) is left beside it
    head.save_pretrained(out / "final")
    if cfg.lora_rank:  # the base is the embedded store's, named rather than by this machine's path
        encoder.model.peft_config["default"].base_model_name_or_path = MINILM
        encoder.model.save_pretrained(out / "final" / "encoder")
        (out / "final" / "encoder" / "README.md").unlink(missing_ok=True)  # peft's blank card, with this machine's path
    metrics = {
        "recipe": "text_guard",
        "train_examples": first_examples,
        "refit_on_val": cfg.refit_on_val,
        "refit_examples": fitted.examples if cfg.refit_on_val else None,
        "train_model_replies": len(replies),
        "trained_parameters": fitted.trained_parameters,
        "temperature": round(head.config.temperature, 4),
        "val": binary_metrics(split_rows["val"], val_scores, cfg.threshold),
        "test": binary_metrics(split_rows["test"], test_scores, cfg.threshold),
        "val_best_threshold": best,
        "val_at_val_best": binary_metrics(split_rows["val"], val_scores, best),
        "test_at_val_best": binary_metrics(split_rows["test"], test_scores, best),
        "test_outputs": binary_metrics(outputs["test"], output_scores, cfg.threshold),
        "test_outputs_at_val_best": binary_metrics(outputs["test"], output_scores, best),
        "everyday_refused": {
            f"{split}_at_{t}": refused_share(scores, t)
            for split, scores in everyday.items()
            for t in (cfg.threshold, best)
        },  # fmt: skip
        "seconds": round(time.perf_counter() - t0, 1),
        "curve": fitted.curve,
        "config": asdict(cfg),
    }
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    return metrics
