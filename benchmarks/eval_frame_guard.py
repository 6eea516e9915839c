"""The frame guard (NudeNet 320n) on footage the project can make or ships: what it scores, and what passes.

Usage: .venv/bin/python benchmarks/eval_frame_guard.py [--clips 50] [--json docs/results/frame-guard.json]

Skin-free synthetic clips must pass: ShapesWorld clips (all backgrounds), clips the nano generator draws for
held-out prompts, and random noise at 16/64/256 px; the bundled real clips (two with people, one cartoon)
show the detector's classes on real footage. For each set: the highest and median ``sexual_content`` score
and the share of clips the shipped policy passes, warns on and blocks at ``output_video``.
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

import numpy as np
from rich.console import Console
from rich.table import Table

from gpt4video import weights
from gpt4video.data.generator_data import build_clips
from gpt4video.eval.t2v import t2v_cases
from gpt4video.generation.gallery import Gallery
from gpt4video.safety.frame_guard import FrameGuard, sample_frames
from gpt4video.safety.policy import SafetyPolicy
from gpt4video.video import load_video


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clips", type=int, default=50, help="Clips per synthetic set.")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    guard, policy = FrameGuard(), SafetyPolicy.default()
    rng = np.random.default_rng(0)
    sets: dict[str, list[np.ndarray]] = {
        "ShapesWorld clips": list(build_clips("val", args.clips, num_frames=8, size=64, seed=0).frames),
        "nano generator clips": [
            Gallery().backend("nano").generate(case.prompt, seed=i) for i, case in enumerate(t2v_cases(args.clips // 2))
        ],
    }
    for size in (16, 64, 256):
        sets[f"uniform noise {size} px"] = [rng.integers(0, 256, (8, size, size, 3), np.uint8) for _ in range(20)]
    weights.ensure(["sample-videos"], progress=False)
    for name in ("bigbuckbunny.mp4", "bikes.mp4", "carphone_pristine.mp4"):
        sets[name] = [load_video(str(weights.path("sample-videos") / name), num_frames=8, size=224)]
    rows = {}
    for name, clips in sets.items():
        scores, detections = [], {}
        for clip in clips:
            s, d = guard.scores(sample_frames(clip, policy.settings.output_video_frames))
            scores.append(s["sexual_content"])
            for k, v in d.items():
                detections[k] = max(detections.get(k, 0.0), v)
        actions = [policy.decide("output_video", {"sexual_content": s}).action for s in scores]
        rows[name] = {
            "n": len(clips), "max": round(max(scores), 3), "median": round(statistics.median(scores), 3),
            **{a: round(actions.count(a) / len(actions), 3) for a in ("allow", "warn", "block")},
            "top_detections": dict(sorted(detections.items(), key=lambda kv: -kv[1])[:3]),
        }  # fmt: skip
    table = Table(title="frame guard (NudeNet 320n): sexual_content score, shipped output_video policy")
    for col in ("footage", "n", "max", "median", "allow", "warn", "block", "top detections"):
        table.add_column(col, justify="left" if col in ("footage", "top detections") else "right")
    for name, r in rows.items():
        top = ", ".join(f"{k} {v:.2f}" for k, v in r["top_detections"].items())
        table.add_row(name, str(r["n"]), *(f"{r[k]:.3f}" for k in ("max", "median", "allow", "warn", "block")), top)
    Console().print(table)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n")


if __name__ == "__main__":
    main()
