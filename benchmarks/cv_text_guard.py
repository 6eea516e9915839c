"""Cross-validation of the text-guard recipe over *sources*: how much the held-out figure depends on the split.

Usage: .venv/bin/python benchmarks/cv_text_guard.py [--folds 5] [--config configs/train/text-guard.yaml]
       [--out docs/results/text-guard-cv.jsonl]

The fixed test split holds 3 sources per hazard category, so one source moves a category's rate by a third
and F1 by several points. Here every source of the safety set is held out once: within each category the
sources are ranked by ``sha256(source_id)`` and dealt into ``--folds`` folds; fold k is the test set, fold
k+1 calibrates the temperature, the rest train — the recipe's own ``fit_guard``. Each fold's row is appended
to ``--out`` as soon as it is done (a killed run keeps what it finished); the last row is the mean and the
spread. About six minutes a fold on the 2-core CPU.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from gpt4video.data.safety_data import SOURCES, SPLITS, output_rows, ranked_source_ids, safety_rows
from gpt4video.train.text_guard_recipe import TextGuardRecipeConfig, binary_metrics, fit_guard, row_scores


def fold_of_sources(folds: int) -> dict[str, int]:
    """Each source's fold: within a category, sources in ``sha256(id)`` order are dealt round-robin."""
    out: dict[str, int] = {}
    for category in {s.category for s in SOURCES}:
        out |= {sid: rank % folds for rank, sid in enumerate(ranked_source_ids(category))}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--config", type=Path, default=Path("configs/train/text-guard.yaml"))
    parser.add_argument("--out", type=Path, default=Path("docs/results/text-guard-cv.jsonl"))
    args = parser.parse_args()
    cfg = TextGuardRecipeConfig.from_file(args.config)
    fold = fold_of_sources(args.folds)
    requests = [r for s in SPLITS for r in safety_rows(s, cfg.data.seed)]
    outputs = [r for s in SPLITS for r in output_rows(s, cfg.data.seed)]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("")
    rows = []
    for k in range(args.folds):
        t0 = time.perf_counter()

        def part(items: list[dict], which: int, k: int = k) -> list[dict]:
            return [r for r in items if fold[r["source_id"]] == (k + which) % args.folds]

        held = {k, (k + 1) % args.folds}
        train = [r for r in requests + outputs if fold[r["source_id"]] not in held]
        fitted = fit_guard(cfg, train, part(requests, 1) + part(outputs, 1), progress=False)
        test_requests, test_outputs = part(requests, 0), part(outputs, 0)
        m = binary_metrics(test_requests, row_scores(fitted.encoder, fitted.head, test_requests), cfg.threshold)
        o = binary_metrics(test_outputs, row_scores(fitted.encoder, fitted.head, test_outputs), cfg.threshold)
        row = {"fold": k, "n": m["n"], "precision": m["precision"], "recall": m["recall"], "f1": m["f1"],
               "false_refusal_rate": m["false_refusal_rate"], "outputs_f1": o["f1"],
               "outputs_false_refusal_rate": o["false_refusal_rate"],
               "per_category": {c: v["flagged"] for c, v in m["per_category"].items()},
               "seconds": round(time.perf_counter() - t0, 1)}  # fmt: skip
        rows.append(row)
        with open(args.out, "a") as f:
            f.write(json.dumps(row) + "\n")
        print(json.dumps({k_: v for k_, v in row.items() if k_ != "per_category"}), flush=True)
    keys = ("precision", "recall", "f1", "false_refusal_rate", "outputs_f1", "outputs_false_refusal_rate")
    summary = {"folds": args.folds, "config": str(args.config)}
    for key in keys:
        values = [r[key] for r in rows]
        summary[key] = {"mean": round(statistics.mean(values), 4), "stdev": round(statistics.stdev(values), 4),
                        "min": min(values), "max": max(values)}  # fmt: skip
    with open(args.out, "a") as f:
        f.write(json.dumps({"summary": summary}) + "\n")
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
