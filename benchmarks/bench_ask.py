"""`gpt4video ask` on a 10 s clip with the nano config: where the time goes, token budgets, peak memory.

Usage: .venv/bin/python benchmarks/bench_ask.py [--runs 3] [--json out.json]

Reports the median of each stage over ``--runs`` fresh turns (the video-token cache is cleared between
runs), the prefill length of a one-question turn for both shipped configs next to the peers' budgets, and
the process's peak resident memory. The 7B row counts video tokens from its config and text tokens with the
nano tokenizer on the 7B's template (its LLaMA tokenizer cannot be downloaded here), so it is approximate.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import tempfile
from pathlib import Path

import av
import numpy as np
from rich.console import Console
from rich.table import Table

from gpt4video.assistant import Assistant
from gpt4video.config import GPT4VideoConfig
from gpt4video.conversation import ConversationEncoder

QUESTION = "What is happening in this video?"


def make_clip(path: Path, seconds: int = 10, fps: int = 30, width: int = 1280, height: int = 720) -> Path:
    """A 10 s 720p H.264 clip: a moving gradient with a bright square, enough texture to cost real decoding."""
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=fps, options={"preset": "veryfast", "g": str(2 * fps)})
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        yy, xx = np.mgrid[0:height, 0:width]
        for i in range(seconds * fps):
            img = np.stack([(xx + 4 * i) % 256, (yy + 2 * i) % 256, (xx + yy) % 256], -1).astype(np.uint8)
            x = (i * 7) % (width - 120)
            img[300:420, x : x + 120] = 255
            for packet in stream.encode(av.VideoFrame.from_ndarray(img, format="rgb24")):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


def prefill_length(config_name: str, assistant: Assistant) -> int:
    config = GPT4VideoConfig.from_pretrained(config_name)
    enc = ConversationEncoder(assistant.model.tokenizer, config.llm.chat_template, config.llm.system_prompt)
    content = [{"type": "video", "path": "x.mp4"}, {"type": "text", "text": QUESTION}]
    ids = enc.encode([{"role": "user", "content": content}], add_generation_prompt=True).input_ids
    return len(ids) - 1 + config.abstractor.num_video_tokens


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    console = Console()

    with tempfile.TemporaryDirectory() as tmp:
        clip = make_clip(Path(tmp) / "clip10s.mp4")
        assistant = Assistant.from_pretrained("gpt4video-nano")
        messages = [
            {"role": "user", "content": [{"type": "video", "path": str(clip)}, {"type": "text", "text": QUESTION}]}
        ]
        runs = []
        for _ in range(args.runs):
            assistant._cache.clear()
            runs.append(assistant.chat(messages, max_new_tokens=32).timings)
    stages = ("decode", "encode", "abstract", "prefill", "generate", "total")
    median = {k: statistics.median(r[k] for r in runs) for k in stages}
    budgets = {
        "gpt4video-nano": prefill_length("gpt4video-nano", assistant),
        "gpt4video-7b (approx.)": prefill_length("gpt4video-7b", assistant),
    }
    video_tokens = {
        n: GPT4VideoConfig.from_pretrained(n).abstractor.num_video_tokens for n in ("gpt4video-nano", "gpt4video-7b")
    }
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    table = Table(title=f"gpt4video ask, 10 s 1280×720 clip, median of {args.runs} (s)")
    for k in stages:
        table.add_column(k, justify="right")
    table.add_row(*(f"{median[k]:.2f}" for k in stages))
    console.print(table)
    tok = Table(title="tokens per video and prefill of a one-question turn")
    for col in ("model", "video tokens", "prefill tokens"):
        tok.add_column(col)
    tok.add_row("gpt4video-nano", str(video_tokens["gpt4video-nano"]), str(budgets["gpt4video-nano"]))
    tok.add_row("gpt4video-7b", str(video_tokens["gpt4video-7b"]), f"≈{budgets['gpt4video-7b (approx.)']}")
    tok.add_row("Video-ChatGPT", "356", "—")
    tok.add_row("Video-LLaVA", "8×256 = 2048", "—")
    console.print(tok)
    console.print(f"peak resident memory of the nano assistant process: {peak_mb:.0f} MB")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "timings": median,
                    "runs": runs,
                    "video_tokens": video_tokens,
                    "prefill": budgets,
                    "peak_rss_mb": peak_mb,
                },
                indent=2,
            )  # fmt: skip
        )


if __name__ == "__main__":
    main()
