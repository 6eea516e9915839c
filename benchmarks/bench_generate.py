"""The nano generator on this CPU: seconds per clip at default settings, peak memory, and the training-step
cost of the folded 2D UNet against a UNet3DConditionModel of the same widths over the same 4×4-folded frames
(measured in one process, so the ratio holds on a noisy shared machine).

Usage: .venv/bin/python benchmarks/bench_generate.py [--clips 5] [--out docs/results/bench-generate.json]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import time
from pathlib import Path

import torch
import torch.nn.functional as F
from diffusers import UNet3DConditionModel

from gpt4video.generation.nano_backend import NANO_GENERATOR_DIR, NanoBackend
from gpt4video.generation.nano_pipeline import nano_unet
from gpt4video.text_embedding import EMBEDDING_SIZE

PROMPTS = (
    "a red circle moving to the right",
    "a small blue star moving up",
    "a green square sliding to the left",
    "a large yellow hexagon drifting down and to the right",
    "a purple triangle moving diagonally up",
)


def step_seconds(unet: torch.nn.Module, x: torch.Tensor, context: torch.Tensor, repeats: int = 2, **extra) -> float:
    """Fastest of ``repeats`` bf16 training steps (forward, backward, AdamW) after one warm-up."""
    opt = torch.optim.AdamW(unet.parameters(), 1e-4)
    t = torch.randint(0, 1000, (x.shape[0],))
    times = []
    for _ in range(repeats + 1):
        start = time.perf_counter()
        with torch.autocast("cpu", dtype=torch.bfloat16):
            out = unet(x, t, encoder_hidden_states=context, **extra).sample
        F.mse_loss(out.float(), x).backward()
        opt.step()
        opt.zero_grad()
        times.append(time.perf_counter() - start)
    return min(times[1:])


def unet3d_like_nano(frames: int = 8, grid: int = 16) -> UNet3DConditionModel:
    """The 3D alternative: frames stay a time axis, only the 4×4 pixel blocks are folded (48 channels)."""
    return UNet3DConditionModel(
        sample_size=grid, in_channels=48, out_channels=48, block_out_channels=(128, 192, 192), layers_per_block=1,
        down_block_types=("DownBlock3D", "CrossAttnDownBlock3D", "CrossAttnDownBlock3D"),
        up_block_types=("CrossAttnUpBlock3D", "CrossAttnUpBlock3D", "UpBlock3D"),
        cross_attention_dim=EMBEDDING_SIZE, attention_head_dim=8, norm_num_groups=32,
    )  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clips", type=int, default=5)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()

    backend = NanoBackend()
    backend.generate(PROMPTS[0], seed=0)  # warm-up: first-call allocations, MiniLM load
    seconds = []
    for i in range(args.clips):
        start = time.perf_counter()
        backend.generate(PROMPTS[i % len(PROMPTS)], seed=i)
        seconds.append(time.perf_counter() - start)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    files = [p for p in NANO_GENERATOR_DIR.rglob("*.safetensors")]

    torch.manual_seed(0)
    context = torch.randn(8, 32, EMBEDDING_SIZE)
    sentence = torch.randn(8, EMBEDDING_SIZE)
    folded_2d = step_seconds(nano_unet(), torch.randn(8, 384, 16, 16), context, class_labels=sentence)
    folded_3d = step_seconds(unet3d_like_nano(), torch.randn(8, 48, 8, 16, 16), context)
    result = {
        "seconds_per_clip_median": round(statistics.median(seconds), 3),
        "seconds_per_clip": [round(s, 3) for s in seconds],
        "defaults": {"frames": 8, "size": 64, "steps": backend.defaults.steps, "guidance": backend.defaults.guidance},
        "peak_rss_mb": round(peak_mb),
        "parameters": sum(p.numel() for p in backend.pipe.unet.parameters()),
        "weights_mb": round(sum(p.stat().st_size for p in files) / 2**20, 1),
        "train_step_s": {"unet2d_folded": round(folded_2d, 3), "unet3d_same_widths": round(folded_3d, 3)},
        "unet3d_over_2d": round(folded_3d / folded_2d, 1),
        "threads": torch.get_num_threads(),
    }
    print(json.dumps(result, indent=2))
    if args.out:
        args.out.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
