"""Pick the reply check's threshold on the validation split, end to end (guards + the model).

Usage: .venv/bin/gpt4video eval safety --data data/safety/safety_val.jsonl --predictions VAL.jsonl
       .venv/bin/python benchmarks/sweep_reply_threshold.py VAL.jsonl

The text guard's threshold is picked on requests by its recipe; the model's own replies are another
distribution (the nano model rambles), so the reply check's threshold is picked here on what the model
actually wrote to the validation requests: every reply is re-scored by the text guard and, for each
candidate threshold (one for every category at ``reply_text``), each row's end-to-end outcome is recomputed
— refused by the user-text check as recorded, else stopped when its reply is flagged, a prompt of it was
blocked, or the reply is a refusal. Prints one JSON line per threshold and the pick by the text guard recipe's
own rule (``pick_threshold``: the best F1 among those refusing at most ``--max-false-refusal-rate`` of the
benign requests, ties to the stricter).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from gpt4video.data.datasets import read_jsonl
from gpt4video.eval.safety import is_refusal
from gpt4video.protocol import parse_reply
from gpt4video.safety.text_guard import TextGuard
from gpt4video.train.text_guard_recipe import THRESHOLD_GRID, binary_metrics, pick_threshold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("predictions", type=Path)
    parser.add_argument("--max-false-refusal-rate", type=float, default=0.05)
    args = parser.parse_args()
    rows = list(read_jsonl(args.predictions))
    replies = [parse_reply(r["model_reply"]) for r in rows]
    scores = TextGuard().scores([reply.text for reply in replies])
    # A row stopped whatever the reply threshold scores 1.0; any other row is stopped from its reply's score.
    stopped_anyway = [
        any(v["check"] == "user_text" and not v["safe"] for v in row["safety"]) or row["prompt_blocked"]
        or (is_refusal(reply.text) and not reply.prompts)
        for row, reply in zip(rows, replies, strict=True)
    ]  # fmt: skip
    effective = [1.0 if anyway else max(s.values()) for anyway, s in zip(stopped_anyway, scores, strict=True)]
    for threshold in THRESHOLD_GRID:
        m = binary_metrics(rows, effective, threshold)
        print(json.dumps({k: m[k] for k in ("threshold", "precision", "recall", "f1", "false_refusal_rate")}))
    pick = pick_threshold(rows, effective, args.max_false_refusal_rate)
    print(json.dumps({"pick": pick, **binary_metrics(rows, effective, pick)}))


if __name__ == "__main__":
    main()
