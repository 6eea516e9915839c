"""Which text features should the guard read? A linear probe on frozen features, scored on the val split.

Usage: .venv/bin/python benchmarks/probe_guard_features.py [--layers 8 12 16 20 24 30]
       [--out docs/results/guard-feature-probe.jsonl]

For each candidate — MiniLM's sentence embedding, and the embedded SmolLM2's states after each of
``--layers`` decoder layers (the model's final RMSNorm applied, mean-pooled over the text as a chat user
turn: what :class:`~gpt4video.llm_embedding.LLMEmbedder` computes) — a multinomial logistic regression
(standardised features, L2 1e-3, L-BFGS) is fitted on the training requests plus the training everyday
requests, one plain reading each, and scored on the val requests by the text guard recipe's own rule: the
best F1 among thresholds refusing at most 5 % of the harmless val requests (``pick_threshold``), and at 0.5.
No disguises, no calibration: a quick comparison of features, not a guard. About 5 minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from tqdm import tqdm

from gpt4video.data.safety_data import everyday_rows, safety_rows
from gpt4video.llm_embedding import LLMEmbedder
from gpt4video.safety.taxonomy import BENIGN, CATEGORIES
from gpt4video.text_embedding import default_embedder, mean_pool
from gpt4video.train.text_guard_recipe import binary_metrics, pick_threshold


def probe(train_x: np.ndarray, train_y: torch.Tensor, val_x: np.ndarray, l2: float = 1e-3) -> np.ndarray:
    """Fit a multinomial logistic regression on standardised features; the val rows' harmful scores."""
    xt, xv = torch.from_numpy(train_x).float(), torch.from_numpy(val_x).float()
    mean, std = xt.mean(0), xt.std(0).clamp(min=1e-6)
    xt, xv = (xt - mean) / std, (xv - mean) / std
    w = torch.zeros(xt.shape[1], len(CATEGORIES), requires_grad=True)
    b = torch.zeros(len(CATEGORIES), requires_grad=True)
    opt = torch.optim.LBFGS([w, b], max_iter=300)

    def closure() -> torch.Tensor:
        opt.zero_grad()
        loss = F.cross_entropy(xt @ w + b, train_y) + l2 * (w**2).sum()
        loss.backward()
        return loss

    opt.step(closure)
    with torch.no_grad():
        return 1.0 - torch.softmax(xv @ w + b, -1)[:, CATEGORIES.index(BENIGN)].numpy()


@torch.inference_mode()
def llm_layer_features(texts: list[str], layers: list[int], batch_size: int = 32) -> dict[int, np.ndarray]:
    """Per layer count L: what ``LLMEmbedder(L)`` would compute, from one forward pass of the whole model."""
    embedder = LLMEmbedder(layers=max(layers))
    out: dict[int, list[np.ndarray]] = {n: [] for n in layers}
    for i in tqdm(range(0, len(texts), batch_size), desc="LLM features"):
        batch = embedder.tokenize(texts[i : i + batch_size])
        states = embedder.model(**batch, output_hidden_states=True).hidden_states
        for n in layers:
            h = states[n] if n == max(layers) else embedder.model.norm(states[n])  # the last is normed already
            out[n].append(mean_pool(h, batch["attention_mask"]).numpy())
    return {n: np.concatenate(v) for n, v in out.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layers", type=int, nargs="+", default=[8, 12, 16, 20, 24, 30])
    parser.add_argument("--out", type=Path, default=Path("docs/results/guard-feature-probe.jsonl"))
    args = parser.parse_args()
    torch.manual_seed(0)

    train = safety_rows("train") + everyday_rows("train")
    val = safety_rows("val")
    train_y = torch.tensor([CATEGORIES.index(r["category"]) for r in train])
    texts = [r["text"] for r in train + val]
    candidates = {"all-minilm-l6-v2 (mean)": default_embedder().embed(texts)}
    for n, x in llm_layer_features(texts, args.layers).items():
        candidates[f"smollm2-135m-instruct, {n} layers (mean)"] = x

    lines = []
    for name, x in candidates.items():
        scores = list(probe(x[: len(train)], train_y, x[len(train) :]))
        best = pick_threshold(val, scores, 0.05)
        at_best, at_half = binary_metrics(val, scores, best), binary_metrics(val, scores, 0.5)
        line = {"features": name, "size": int(x.shape[1]), "val_best_threshold": best,
                "val_f1_at_best": at_best["f1"], "val_refused_at_best": at_best["false_refusal_rate"],
                "val_f1_at_0.5": at_half["f1"], "val_refused_at_0.5": at_half["false_refusal_rate"]}  # fmt: skip
        print(json.dumps(line))
        lines.append(json.dumps(line))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
