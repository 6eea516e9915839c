"""What the safety guards cost a nano turn: the same turns with the guards on and off, in one process.

Usage: .venv/bin/python benchmarks/bench_safety.py [--runs 5] [--json out.json]

Two turns, each ``--runs`` times (median): a text-only request, and a question about the bundled real clip
(Big Buck Bunny, H.264) with the video cache cleared each time, so the input-video check runs every time. The
guards' own seconds come from the verdicts; the share is guard seconds over the guarded turn's total (target:
≤ 10 %). The reply length is fixed (``max_new_tokens``) so both arms generate the same number of tokens.
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

from rich.console import Console
from rich.table import Table

from gpt4video import weights
from gpt4video.assistant import Assistant
from gpt4video.model.gpt4video import GPT4Video


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--max-new-tokens", type=int, default=32)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    weights.ensure(["sample-videos"], progress=False)
    clip = weights.path("sample-videos") / "bigbuckbunny.mp4"
    model = GPT4Video.from_pretrained("gpt4video-nano")
    guarded, bare = Assistant(model), Assistant(model, safety=False)
    turns = {
        "text": [{"role": "user", "content": "Make a video of a red circle moving to the right."}],
        "video": [{"role": "user", "content": [{"type": "video", "path": str(clip)},
                                               {"type": "text", "text": "What is happening in this video?"}]}],
    }  # fmt: skip
    guarded.chat(turns["text"], max_new_tokens=2, render=False)  # load both guards once, outside the timing
    rows = {}
    for name, messages in turns.items():
        on, off, guard = [], [], []
        for _ in range(args.runs):
            for assistant, out in ((guarded, on), (bare, off)):
                assistant._cache.clear()
                result = assistant.chat(messages, max_new_tokens=args.max_new_tokens, render=False)
                out.append(result.timings["total"])
                if assistant is guarded:
                    guard.append(sum(v["seconds"] for v in result.safety))
        rows[name] = {
            "turn_s_guards_off": round(statistics.median(off), 4),
            "turn_s_guards_on": round(statistics.median(on), 4),
            "guard_s": round(statistics.median(guard), 4),
            "guard_share": round(statistics.median(g / t for g, t in zip(guard, on, strict=True)), 4),
            "on_over_off": round(statistics.median(on) / statistics.median(off), 3),
        }
    table = Table(title=f"safety guards on a nano turn (median of {args.runs}, {args.max_new_tokens} new tokens)")
    for col in ("turn", "guards off s", "guards on s", "guard s", "guard share", "on / off"):
        table.add_column(col, justify="left" if col == "turn" else "right")
    for name, r in rows.items():
        table.add_row(name, *(str(r[k]) for k in ("turn_s_guards_off", "turn_s_guards_on", "guard_s", "guard_share",
                                                    "on_over_off")))  # fmt: skip
    Console().print(table)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n")


if __name__ == "__main__":
    main()
