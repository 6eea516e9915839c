"""Colour probe with the frozen nano LLM in the loop: can abstractor + projector learn to make the LLM name a
clip's colour? A: as built; B: video tokens layer-normed to the text-embedding scale.

Usage: .venv/bin/python benchmarks/probe_colour.py A|B STEPS  (single-object train clips from the feature store;
teacher-forced choice among the colour words, validated on the last 20 %)."""

import json
import sys
import time
from pathlib import Path

import torch
import torch.nn.functional as F

from gpt4video.conversation import VideoPart
from gpt4video.model.gpt4video import GPT4Video
from gpt4video.train.feature_cache import FeatureCache, channel_statistics

variant, steps = sys.argv[1], int(sys.argv[2])
torch.manual_seed(0)
m = GPT4Video.from_pretrained("gpt4video-nano")
root = Path("data/shapesworld/train").resolve()
rows = [json.loads(line) for line in open(root / "clips.jsonl")]
rows = [r for r in rows if len(r["scene"]["objects"]) == 1]
colors = sorted({r["scene"]["objects"][0]["color"] for r in rows})
paths = [str(root / r["path"]) for r in rows]
# The recipe's store (same key: encoder, frames, bf16), encoding any single-object clip it does not hold yet.
cache = FeatureCache.build(paths, m.encoder, lambda p: m.load_frames(VideoPart(path=p)), m.config.num_frames, bf16=True)
X = torch.stack([cache.tokens(p) for p in paths])
Y = torch.tensor([colors.index(r["scene"]["objects"][0]["color"]) for r in rows])
ntr = int(0.8 * len(Y))
m.set_trainable("align")
m.train()
m.abstractor.set_input_statistics(*channel_statistics(X[:64].float()))
tok = m.tokenizer
color_ids = [tok(c, add_special_tokens=False).input_ids[0] for c in colors]
emb = m.llm.get_input_embeddings()
scale = emb.weight.std().item()
norm = torch.nn.LayerNorm(576)
with torch.no_grad():
    norm.weight.fill_(scale)
params = [p for p in m.parameters() if p.requires_grad] + (list(norm.parameters()) if variant == "B" else [])
opt = torch.optim.AdamW(params, lr=1e-3)
conv = [
    {"role": "user", "content": [{"type": "video", "path": "x"}, {"type": "text", "text": "What colour is the shape?"}]}
]
enc = m.conversation.encode(conv, add_generation_prompt=True)
ids = torch.tensor(enc.input_ids)
slot = int((ids < 0).nonzero()[0])
text = emb(ids.clamp(min=0)).detach()


def logits(xb):
    v = m.video_tokens(xb.float())
    if variant == "B":
        v = norm(v)
    e = torch.cat([text[:slot].expand(len(xb), -1, -1), v, text[slot + 1 :].expand(len(xb), -1, -1)], 1)
    return m.llm(inputs_embeds=e).logits[:, -1][:, color_ids]


t0 = time.time()
for step in range(1, steps + 1):
    idx = torch.randint(0, ntr, (8,))
    with torch.autocast("cpu", dtype=torch.bfloat16):
        loss = F.cross_entropy(logits(X[idx]).float(), Y[idx])
    opt.zero_grad()
    loss.backward()
    torch.nn.utils.clip_grad_norm_(params, 1.0)
    opt.step()
    if step % 40 == 0:
        with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16):
            acc = (
                torch.cat([(logits(X[i : i + 16]).argmax(1) == Y[i : i + 16]) for i in range(ntr, len(Y), 16)])
                .float()
                .mean()
            )
        print(
            variant,
            step,
            round(loss.item(), 3),
            "val acc",
            round(acc.item(), 3),
            f"{time.time() - t0:.0f}s",
            flush=True,
        )
