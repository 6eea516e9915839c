"""Training throughput of the nano recipe: fp32 vs bf16 autocast, with and without the feature cache.

Usage: .venv/bin/python benchmarks/bench_train.py [--steps 6] [--stage align|instruct] [--json out.json]

Each variant runs the real recipe (`gpt4video.train.recipe.train`) for ``--steps`` steps of batch 8 on the
ShapesWorld train split (``data/shapesworld``, see docs/data.md) in one process, one after another, and
reports samples/s and tokens/s from the steps after the first (warm-up), plus the process's peak memory. The
cached variants share one feature cache, built before timing starts.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import tempfile
from pathlib import Path

from rich.console import Console
from rich.table import Table

from gpt4video.data.datasets import read_jsonl
from gpt4video.train.config import RecipeConfig
from gpt4video.train.recipe import train

VARIANTS = {
    "fp32 + feature cache": {"bf16": False, "feature_cache": True},
    "bf16 + feature cache": {"bf16": True, "feature_cache": True},
    "bf16, encoder every step": {"bf16": True, "feature_cache": False},
}


def run(stage: str, steps: int, out: Path, **train_overrides: object) -> dict[str, float]:
    sources = ["captions", "qa"] if stage == "align" else ["dialogues", "qa"]
    cfg = RecipeConfig.from_dict(
        {
            "model": "gpt4video-nano", "stage": stage, "output_dir": str(out),
            "data": {"sources": sources, "max_train_samples": 8 * steps, "max_val_samples": 8},
            "train": {"max_steps": steps, "batch_size": 8, "log_every": 1, "eval_every": 10_000,
                      "checkpoint_every": 10_000, **train_overrides},
        }
    )  # fmt: skip
    train(cfg, progress=False)
    rows = [r for r in read_jsonl(out / "metrics.jsonl") if "loss" in r]
    # rates in metrics.jsonl are cumulative since the start; recover per-step rates from successive rows
    secs = [8 / r["samples_per_s"] * r["step"] for r in rows]
    tokens = [r["tokens_per_s"] * s for r, s in zip(rows, secs, strict=True)]
    step_s = [b - a for a, b in zip(secs, secs[1:], strict=False)]
    step_tok = [b - a for a, b in zip(tokens, tokens[1:], strict=False)]
    return {
        "samples_per_s": 8 / statistics.median(step_s),
        "tokens_per_s": statistics.median(step_tok) / statistics.median(step_s),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=6)
    parser.add_argument("--stage", choices=("align", "instruct"), default="align")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, overrides in VARIANTS.items():
            results[name] = run(args.stage, args.steps, Path(tmp) / name.replace(" ", "_"), **overrides)
    base = results["fp32 + feature cache"]["samples_per_s"]
    table = Table(title=f"nano {args.stage} training, batch 8, median step after warm-up")
    for col in ("variant", "samples/s", "tokens/s", "vs fp32"):
        table.add_column(col)
    for name, r in results.items():
        table.add_row(
            name, f"{r['samples_per_s']:.2f}", f"{r['tokens_per_s']:.0f}", f"{r['samples_per_s'] / base:.2f}×"
        )
    console = Console()
    console.print(table)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    console.print(f"peak resident memory: {peak:.0f} MB")
    if args.json:
        args.json.write_text(json.dumps({"results": results, "peak_rss_mb": peak}, indent=2))


if __name__ == "__main__":
    main()
