"""Which head should the text guard put on the LLM's features? Each variant trained by the recipe, scored on val.

Usage: .venv/bin/python benchmarks/compare_guard_heads.py data/safety/safety_val.jsonl \\
           --replies runs/safety-sweep/val-replies.jsonl --variant hidden=0 --variant hidden=256,dropout=0.3 \\
           [--config configs/train/text-guard.yaml] [--strict 0.3 0.4 0.5] >> docs/results/guard-head-comparison.jsonl

A variant is the recipe's config with some fields set (``hidden=256``, ``dropout=0.3``, ``train.epochs=20``,
``data.wrapped_benign=1``). Each is trained exactly as ``gpt4video train`` trains it (:func:`fit_guard`:
same rows, disguises, model replies and calibration; the LLM's features come from the recipe's feature cache,
so after the first variant no text is read twice) — as the recipe's first fit: ``refit_on_val`` is not applied,
since a refitted guard has trained on val — then scored on the val split two ways:

* the guard alone on the requests, at the threshold the recipe would pick (``val_at_val_best``);
* end to end, as ``benchmarks/sweep_safety_thresholds.py`` scores the shipped guard: the model's cached
  replies (``--replies``, that script's file; requests it lacks are answered and added) replayed through the
  policy for every user-text × reply threshold pair, and its pick (``end_to_end``).

Prints one JSON line per variant. Test is never read. The model's replies to the training requests (the
recipe's ``data.model_replies``, with ``data.harmful_replies`` the harmful ones too) are the recipe's own,
kept by request in its output folder (:func:`model_predictions`): after a new authoring batch only its training
requests are answered, here or by ``gpt4video train``, whichever runs first.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import json
from pathlib import Path
from typing import Any

import yaml
from sweep_safety_thresholds import cached_replies, sweep

from gpt4video.data.datasets import read_jsonl
from gpt4video.data.safety_data import output_rows, safety_rows
from gpt4video.eval.safety import check_safety_rows
from gpt4video.safety.policy import DEFAULT_POLICY
from gpt4video.safety.text_guard import guard_scores
from gpt4video.train.text_guard_recipe import (
    TextGuardRecipeConfig,
    binary_metrics,
    fit_guard,
    model_predictions,
    pick_on_val,
    reply_rows,
    reply_training_requests,
)


def with_overrides(cfg: TextGuardRecipeConfig, spec: str) -> TextGuardRecipeConfig:
    """``cfg`` with the fields of ``spec`` (``name=value,data.name=value,train.name=value``) set; values read as
    YAML."""
    fields: dict[str, dict[str, Any]] = {"": {}, "data": {}, "train": {}}
    for item in filter(None, spec.split(",")):
        name, _, value = item.partition("=")
        group, _, field = name.rpartition(".")
        fields[group][field] = yaml.safe_load(value)
    data, train = dataclasses.replace(cfg.data, **fields["data"]), dataclasses.replace(cfg.train, **fields["train"])
    return dataclasses.replace(cfg, **fields[""], data=data, train=train)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the val requests, e.g. data/safety/safety_val.jsonl")
    parser.add_argument("--replies", type=Path, required=True, help="sweep_safety_thresholds.py's val replies")
    parser.add_argument("--model", default="gpt4video-nano", help="the model that answers val requests missing there")
    parser.add_argument("--variant", action="append", required=True, help="fields to set, e.g. hidden=256")
    parser.add_argument("--config", type=Path, default=Path("configs/train/text-guard.yaml"))
    parser.add_argument("--policy", type=Path, default=DEFAULT_POLICY)
    parser.add_argument("--max-false-refusal-rate", type=float, default=0.05)
    parser.add_argument("--strict", type=float, nargs="*", default=[], help="strict-category levels to sweep")
    args = parser.parse_args()
    base = TextGuardRecipeConfig.from_file(args.config)
    val = check_safety_rows(list(read_jsonl(args.data)), str(args.data))
    replies = cached_replies(val, args.replies, args.model, 8)
    seed = base.data.seed
    configs = [with_overrides(base, spec) for spec in args.variant]
    # the model's replies to every variant's training requests, answered at once as the recipe answers them and
    # kept per request, as the val replies are
    requests = [reply_training_requests(cfg.data) if cfg.data.model_replies else [] for cfg in configs]
    asked = {r["text"]: r for own in requests for r in own}
    model = next((cfg.data.model_replies for cfg in configs if cfg.data.model_replies), None)
    answered = model_predictions(model, list(asked.values()), True, Path(base.output_dir)) if model else []
    base_rows = safety_rows("train", seed) + output_rows("train", seed)
    calibration_rows = safety_rows("val", seed) + output_rows("val", seed)
    raw_policy = yaml.safe_load(args.policy.read_text())
    for spec, cfg, own in zip(args.variant, configs, requests, strict=True):
        texts = {r["text"] for r in own}
        train_rows = base_rows + reply_rows([p for p in answered if p["text"] in texts], cfg.data.harmful_reply_echo)
        fitted = fit_guard(cfg, train_rows, calibration_rows, progress=True)
        scores, _, best = pick_on_val(fitted.encoder, fitted.head, val, cfg.max_false_refusal_rate)
        alone = binary_metrics(val, scores, best)
        scorer = functools.partial(guard_scores, fitted.encoder, fitted.head)
        _, pick = sweep(val, replies, scorer, raw_policy, args.max_false_refusal_rate, best, args.strict)
        line = {"variant": spec, "val_best_threshold": best,
                "val_at_val_best": {k: alone[k] for k in ("precision", "recall", "f1", "false_refusal_rate")},
                "end_to_end": {k: v for k, v in pick.items() if k != "pick"}}  # fmt: skip
        print(json.dumps(line), flush=True)


if __name__ == "__main__":
    main()
