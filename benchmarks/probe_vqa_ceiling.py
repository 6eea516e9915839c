"""How far can nano's visual path go without the LLM? The abstractor is trained directly on ShapesWorld QA
through a small question-conditioned classifier (question words -> 2-layer transformer -> attention over the
abstractor's query tokens -> answer class). No LLM step is taken, so a step sees ~80 questions on 8 clips for
the price of 8 abstractor passes: this bounds from above what the LLM path can learn in the same budget.

Usage: .venv/bin/python benchmarks/probe_vqa_ceiling.py STEPS [--patch-positions] [--out FILE.json]
(train clips from the recipe's feature store; the last 200 train clips are held out for validation)."""

import argparse
import collections
import json
import random
import re
import time
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn

from gpt4video.conversation import VideoPart
from gpt4video.model.gpt4video import GPT4Video
from gpt4video.train.feature_cache import FeatureCache, channel_statistics

MAX_WORDS = 24
HELD_OUT = 200


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


class QuestionReader(nn.Module):
    """Question words -> one vector that attends over the video tokens -> answer logits."""

    def __init__(self, vocab: int, answers: int, d: int) -> None:
        super().__init__()
        self.embed = nn.Embedding(vocab, d, padding_idx=0)
        self.position = nn.Parameter(torch.randn(MAX_WORDS, d) * 0.02)
        layer = nn.TransformerEncoderLayer(d, 6, 4 * d, 0.0, batch_first=True, norm_first=True)
        self.encoder = nn.TransformerEncoder(layer, 2, enable_nested_tensor=False)
        self.read = nn.MultiheadAttention(d, 6, batch_first=True)
        self.head = nn.Sequential(nn.Linear(2 * d, d), nn.GELU(), nn.Linear(d, answers))

    def forward(self, ids: torch.Tensor, video: torch.Tensor) -> torch.Tensor:
        real = ids > 0
        h = self.encoder(self.embed(ids) + self.position, src_key_padding_mask=~real)
        q = (h * real[..., None]).sum(1) / real.sum(1, keepdim=True)
        r, _ = self.read(q[:, None], video, video)
        return self.head(torch.cat([q, r[:, 0]], -1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("steps", type=int)
    ap.add_argument("--patch-positions", action="store_true", help="add a learned embedding per patch position")
    ap.add_argument("--eval-every", type=int, default=250)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    torch.manual_seed(0)
    random.seed(0)
    m = GPT4Video.from_pretrained("gpt4video-nano")
    root = Path("data/shapesworld/train").resolve()
    rows = [json.loads(line) for line in open(root / "clips.jsonl")]
    paths = [str(root / r["path"]) for r in rows]
    clip_of = {r["path"]: i for i, r in enumerate(rows)}
    qa = [json.loads(line) for line in open(root / "qa.jsonl")]
    answers = sorted({q["answer"].lower() for q in qa})
    vocab = {w: i + 1 for i, w in enumerate(sorted({w for q in qa for w in words(q["question"])}))}
    by_clip: dict[int, list[tuple[list[int], int, str]]] = collections.defaultdict(list)
    for q in qa:
        ids = [vocab[w] for w in words(q["question"])][:MAX_WORDS]
        answer = answers.index(q["answer"].lower())
        by_clip[clip_of[q["video"]]].append((ids + [0] * (MAX_WORDS - len(ids)), answer, q["kind"]))

    # The recipe's store (same key: encoder, frames, bf16), encoding any clip it does not hold yet.
    cache = FeatureCache.build(
        paths, m.encoder, lambda p: m.load_frames(VideoPart(path=p)), m.config.num_frames, bf16=True
    )
    X = torch.stack([cache.tokens(p) for p in paths])
    abstractor = m.abstractor
    abstractor.set_input_statistics(*channel_statistics(X[:64].float()))
    d = abstractor.config.hidden_size
    patch_position = nn.Parameter(torch.zeros(X.shape[2], d))
    reader = QuestionReader(len(vocab) + 1, len(answers), d)
    params = [*abstractor.parameters(), *reader.parameters()] + ([patch_position] if args.patch_positions else [])
    opt = torch.optim.AdamW([p for p in params if p.requires_grad], lr=1e-3, weight_decay=0.01)
    ntr = len(rows) - HELD_OUT

    def batch(clips: list[int]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, list[str]]:
        items = [(ids, a, kind, k) for k, c in enumerate(clips) for ids, a, kind in by_clip[c]]
        ids = torch.tensor([i[0] for i in items])
        return ids, torch.tensor([i[1] for i in items]), torch.tensor([i[3] for i in items]), [i[2] for i in items]

    def logits(clips: list[int], ids: torch.Tensor, owner: torch.Tensor) -> torch.Tensor:
        x = X[clips].float()
        if args.patch_positions:
            x = x + patch_position * abstractor.input_std
        spatial, temporal = abstractor(x)
        video = torch.cat([spatial, temporal], 1)
        return reader(ids, video[owner])

    curve = []
    t0 = time.time()
    for step in range(1, args.steps + 1):
        clips = random.sample(range(ntr), 8)
        ids, target, owner, _ = batch(clips)
        with torch.autocast("cpu", dtype=torch.bfloat16):
            loss = F.cross_entropy(logits(clips, ids, owner).float(), target)
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        if step % args.eval_every == 0 or step == args.steps:
            good: collections.Counter[str] = collections.Counter()
            total: collections.Counter[str] = collections.Counter()
            with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16):
                for i in range(ntr, len(rows), 25):
                    clips = list(range(i, min(i + 25, len(rows))))
                    ids, target, owner, kinds = batch(clips)
                    hit = (logits(clips, ids, owner).argmax(-1) == target).tolist()
                    for kind, h in zip(kinds, hit, strict=True):
                        total[kind] += 1
                        good[kind] += h
            row = {
                "step": step,
                "seconds": round(time.time() - t0),
                "accuracy": round(sum(good.values()) / sum(total.values()), 3),
                "per_kind": {k: round(good[k] / total[k], 3) for k in sorted(total)},
            }
            curve.append(row)
            print(json.dumps(row), flush=True)
    if args.out:
        args.out.write_text(json.dumps({"patch_positions": args.patch_positions, "curve": curve}, indent=1))


if __name__ == "__main__":
    main()
