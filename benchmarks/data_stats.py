"""Dataset statistics of a ShapesWorld folder: counts per split, QA kind, dialogue type; tokens per sample.

Usage: .venv/bin/python benchmarks/data_stats.py data/shapesworld [--safety data/safety] [--markdown]

Tokens per sample are counted as the nano model sees them: the ChatML template with the system prompt, the
SmolLM2 tokenizer, and 33 tokens for each video slot.
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections import Counter
from pathlib import Path

from transformers import AutoTokenizer

from gpt4video.config import GPT4VideoConfig
from gpt4video.conversation import ConversationEncoder
from gpt4video.data.datasets import qa_to_messages, read_jsonl
from gpt4video.model.llm import embedded_llm_dir


def sample_tokens(encoder: ConversationEncoder, messages: list[dict], video_tokens: int) -> int:
    ids = encoder.encode(messages, add_generation_prompt=False).input_ids
    return sum(video_tokens if i < 0 else 1 for i in ids)


def summary(values: list[int]) -> str:
    return f"mean {statistics.mean(values):.0f}, median {statistics.median(values):.0f}, max {max(values)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--safety", type=Path, default=None)
    args = parser.parse_args()
    config = GPT4VideoConfig.from_pretrained("gpt4video-nano")
    encoder = ConversationEncoder(
        AutoTokenizer.from_pretrained(embedded_llm_dir()), config.llm.chat_template, config.llm.system_prompt
    )
    v = config.abstractor.num_video_tokens
    print("| split | clips | QA | dialogues | QA per kind | dialogues per type | tokens/QA sample | tokens/dialogue |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for split_dir in sorted(p for p in args.root.iterdir() if (p / "clips.jsonl").is_file()):
        clips = sum(1 for _ in read_jsonl(split_dir / "clips.jsonl"))
        qa = list(read_jsonl(split_dir / "qa.jsonl"))
        dialogues = list(read_jsonl(split_dir / "dialogues.jsonl"))
        kinds = Counter(r["kind"] for r in qa)
        types = Counter(r["type"] for r in dialogues)
        qa_tok = [sample_tokens(encoder, qa_to_messages(r), v) for r in qa[:2000]]
        dlg_tok = [sample_tokens(encoder, r["messages"], v) for r in dialogues[:2000]]
        print(
            f"| {split_dir.name} | {clips} | {len(qa)} | {len(dialogues)} | "
            + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
            + " | "
            + ", ".join(f"{k} {n}" for k, n in sorted(types.items()))
            + f" | {summary(qa_tok)} | {summary(dlg_tok)} |"
        )
    if args.safety:
        for f in sorted(args.safety.glob("safety_dialogues_*.jsonl")):
            rows = list(read_jsonl(f))
            harmful = sum(r["harmful"] for r in rows)
            tok = [sample_tokens(encoder, r["messages"], v) for r in rows]
            print(
                f"| {f.stem} | — | — | {len(rows)} ({harmful} harmful) | — | safety {len(rows)} | — | {summary(tok)} |"
            )
    meta = args.root / "train" / "meta.json"
    if meta.is_file():
        print("\ntrain meta:", json.dumps(json.loads(meta.read_text()), indent=1)[:2000])


if __name__ == "__main__":
    main()
