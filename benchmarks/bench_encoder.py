"""Frame-encoder throughput on CPU: converted DINOv2-S/14 in torch fp32, torch bf16 autocast, onnxruntime.

All three take the same uint8 frames [B,224,224,3] and return the same [B,257,384] tokens (preprocessing
included), so frames/s is what a caller sees. Also reports what bf16 costs in accuracy (max |bf16 - fp32|).

    .venv/bin/python benchmarks/bench_encoder.py [--batch 8] [--runs 7] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import onnxruntime as ort
import torch

from gpt4video.model.encoder import FrameEncoder, OnnxFrameEncoder


def frames(batch: int, size: int = 224) -> torch.Tensor:
    """Deterministic, image-like uint8 frames: smooth gradients plus texture and a little noise."""
    g = torch.Generator().manual_seed(0)
    y, x = torch.meshgrid(torch.linspace(0, 1, size), torch.linspace(0, 1, size), indexing="ij")
    out = []
    for i in range(batch):
        base = torch.stack([x, y, (x * y + i / batch) % 1], dim=-1) * 200
        texture = torch.sin(x * (10 + 5 * i)) * torch.cos(y * (7 + 3 * i)) * 30
        out.append(base + texture[..., None] + torch.rand(size, size, 3, generator=g) * 25)
    return torch.stack(out).clamp(0, 255).to(torch.uint8)


def time_runs(fn: Callable[[], torch.Tensor], warmup: int, runs: int) -> tuple[list[float], torch.Tensor]:
    for _ in range(warmup):
        out = fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return times, out


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--ort-threads", type=int, default=2, help="onnxruntime intra-op threads")
    ap.add_argument("--torch-threads", type=int, default=None, help="torch.set_num_threads value")
    ap.add_argument("--json", type=Path, default=None, help="also write the results here")
    args = ap.parse_args()
    if args.torch_threads:
        torch.set_num_threads(args.torch_threads)

    x = frames(args.batch)
    encoder = FrameEncoder.embedded()
    onnx_encoder = OnnxFrameEncoder(intra_op_threads=args.ort_threads)

    def bf16() -> torch.Tensor:
        with torch.autocast("cpu", dtype=torch.bfloat16):
            return encoder(x)

    variants: dict[str, Callable[[], torch.Tensor]] = {
        "torch fp32": lambda: encoder(x),
        "torch bf16 autocast": bf16,
        f"onnxruntime cpu ({args.ort_threads} thr)": lambda: onnx_encoder(x),
    }
    rows, outputs = [], {}
    for name, fn in variants.items():
        times, out = time_runs(fn, args.warmup, args.runs)
        outputs[name] = out.float()
        med = statistics.median(times)
        rows.append({"variant": name, "median_s": med, "min_s": min(times), "frames_per_s": args.batch / med})

    ref = outputs["torch fp32"]
    scale = ref.abs().max().item()
    for row in rows:
        d = (outputs[row["variant"]] - ref).abs()
        row["max_abs_diff_vs_fp32"] = d.max().item()
        row["mean_abs_diff_vs_fp32"] = d.mean().item()
        row["cosine_vs_fp32_min"] = (
            torch.nn.functional.cosine_similarity(outputs[row["variant"]], ref, dim=-1).min().item()
        )
        row["speedup_vs_fp32"] = row["frames_per_s"] / rows[0]["frames_per_s"]

    env = {
        "cpu": cpu_name(),
        "torch": torch.__version__,
        "torch_threads": torch.get_num_threads(),
        "onnxruntime": ort.__version__,
        "batch": args.batch,
        "image_size": encoder.spec.image_size,
        "tokens": list(ref.shape[1:]),
        "warmup": args.warmup,
        "runs": args.runs,
        "max_abs_fp32_output": scale,
    }
    threads = env["torch_threads"]
    print(f"# {env['cpu']} | torch {env['torch']} ({threads} threads) | onnxruntime {ort.__version__}")
    print(f"# batch {args.batch} x 224 px -> {list(ref.shape)}; median of {args.runs}, {args.warmup} warm-up")
    print(f"# largest |fp32 output| = {scale:.2f}")
    cols = [("median s", 9), ("frames/s", 9), ("vs fp32", 8), ("max|d| vs fp32", 15)]
    cols += [("mean|d|", 9), ("min cos", 8)]
    head = f"{'variant':<28} " + " ".join(f"{c:>{w}}" for c, w in cols)
    print(head)
    print("-" * len(head))
    for r in rows:
        speed = f"{r['median_s']:>9.3f} {r['frames_per_s']:>9.1f} {r['speedup_vs_fp32']:>7.2f}x"
        diff = f"{r['max_abs_diff_vs_fp32']:>15.3e} {r['mean_abs_diff_vs_fp32']:>9.2e}"
        print(f"{r['variant']:<28} {speed} {diff} {r['cosine_vs_fp32_min']:>8.5f}")
    if args.json:
        args.json.write_text(json.dumps({"env": env, "results": rows}, indent=2) + "\n")
        print(f"# wrote {args.json}")


if __name__ == "__main__":
    main()
