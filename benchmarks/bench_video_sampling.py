"""Benchmark: sample 8 frames from a 60 s 720p H.264 clip with load_video vs decord vs decoding it all.

The clip (1280x720, 30 fps, 60 s, x264 ``veryfast`` with B-frames, a keyframe every ``--gop`` seconds)
is written once with PyAV and cached. All three readers get the same file and the same frame indices
(middle of each of 8 segments, as GPT4Video samples). Each run opens the file afresh, as a data loader
would. Reported: the median over ``--repeats`` runs.

- ``load_video``: :func:`gpt4video.video.load_video` (8 frames, 224x224, resize + crop included),
  with its default threads (stretches between keyframes decoded in parallel) and with ``threads=1``;
- ``read_frames full-res``: the same decode path returning full 1280x720 frames (like decord);
- ``decord``: ``decord.VideoReader(path).get_batch(indices)`` (full-res frames, its default threads);
- ``decode_all``: PyAV decodes every frame (threads on) and keeps the 8 wanted ones as RGB.

Run: ``python benchmarks/bench_video_sampling.py [--cache DIR] [--gop 2] [--repeats 5] [--json out.json]``
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import av
import numpy as np
from rich.console import Console
from rich.table import Table

from gpt4video.video import load_video, read_frames, sample_indices

WIDTH, HEIGHT, FPS, SECONDS = 1280, 720, 30, 60


def make_clip(path: Path, gop_s: float) -> Path:
    """A 60 s 720p30 clip with moving texture and shapes (compresses like real footage, not noise)."""
    if path.exists():
        return path
    rng = np.random.default_rng(0)
    # Smooth random texture, larger than a frame so it can pan.
    small = rng.integers(0, 256, (HEIGHT // 16 + 2, (WIDTH * 2) // 16 + 2, 3), dtype=np.uint8)
    texture = np.kron(small, np.ones((16, 16, 1), np.uint8))[: HEIGHT + 32, : WIDTH * 2]
    texture = ((texture.astype(np.uint16) + np.roll(texture, 8, axis=0) + np.roll(texture, 8, axis=1)) // 3).astype(
        np.uint8
    )
    tmp = path.with_suffix(".tmp.mp4")
    with av.open(str(tmp), mode="w") as out:
        stream = out.add_stream("libx264", rate=FPS)
        stream.width, stream.height, stream.pix_fmt = WIDTH, HEIGHT, "yuv420p"
        gop = str(int(round(gop_s * FPS)))
        stream.options = {"preset": "veryfast", "g": gop, "keyint_min": gop, "crf": "23"}
        # One slice per frame, as cameras and phones write it (FFmpeg's default here is sliced threads,
        # which splits frames into slices and flatters slice-threaded decoding).
        stream.codec_context.thread_type = "FRAME"
        for i in range(FPS * SECONDS):
            x = (i * 6) % WIDTH
            frame = texture[16 : 16 + HEIGHT, x : x + WIDTH].copy()
            bx, by = (i * 11) % (WIDTH - 200), (i * 7) % (HEIGHT - 150)
            frame[by : by + 150, bx : bx + 200] = ((i * 3) % 256, 255 - (i * 5) % 256, 128)
            frame[:40, : (i * WIDTH) // (FPS * SECONDS) + 1] = 255  # progress bar
            out.mux(stream.encode(av.VideoFrame.from_ndarray(frame, format="rgb24")))
        out.mux(stream.encode(None))
    os.replace(tmp, path)
    return path


def decode_all(path: Path, indices: list[int]) -> np.ndarray:
    """The naive way: decode every frame, convert the wanted ones."""
    wanted = set(indices)
    picked: dict[int, np.ndarray] = {}
    with av.open(str(path)) as c:
        stream = c.streams.video[0]
        stream.thread_type = "AUTO"
        for k, frame in enumerate(c.decode(stream)):
            if k in wanted:
                picked[k] = frame.to_ndarray(format="rgb24")
    return np.stack([picked[i] for i in indices])


def time_it(fn: Callable[[], object], repeats: int) -> tuple[float, list[float], object]:
    fn()  # warm up: page cache, codec init, lazy imports
    times, result = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), times, result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "gpt4video-bench")
    ap.add_argument("--gop", type=float, default=2.0, help="seconds between keyframes (default 2)")
    ap.add_argument("--frames", type=int, default=8)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--json", type=Path, default=None, help="also write the results here")
    args = ap.parse_args(argv)
    console = Console()

    args.cache.mkdir(parents=True, exist_ok=True)
    path = args.cache / f"bench_720p30_60s_gop{args.gop:g}s_1slice.mp4"
    t0 = time.perf_counter()
    fresh = not path.exists()
    make_clip(path, args.gop)
    if fresh:
        console.print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - t0:.1f} s")

    import decord  # imported late: optional dependency (the ``bench`` extra)

    n_total = FPS * SECONDS
    indices = sample_indices(n_total, args.frames)
    stats: dict[str, int] = {}
    read_frames(path, indices, size=None, stats=stats)

    runs = {
        "load_video (224x224)": lambda: load_video(path, args.frames, 224),
        "load_video (224x224, threads=1)": lambda: load_video(path, args.frames, 224, threads=1),
        "read_frames full-res": lambda: read_frames(path, indices, size=None),
        "decord get_batch full-res": lambda: decord.VideoReader(str(path)).get_batch(indices).asnumpy(),
        "decode_all (PyAV)": lambda: decode_all(path, indices),
    }
    results: dict[str, dict[str, object]] = {}
    outputs: dict[str, object] = {}
    for name, fn in runs.items():
        med, times, out = time_it(fn, args.repeats)
        results[name] = {"median_s": med, "runs_s": times}
        outputs[name] = out

    ours, theirs = np.asarray(outputs["read_frames full-res"]), np.asarray(outputs["decord get_batch full-res"])
    diff_decord = float(np.abs(ours.astype(np.int16) - theirs.astype(np.int16)).mean())
    diff_all = float(np.abs(ours.astype(np.int16) - np.asarray(outputs["decode_all (PyAV)"]).astype(np.int16)).mean())

    lv = results["load_video (224x224)"]["median_s"]
    rf = results["read_frames full-res"]["median_s"]
    dc = results["decord get_batch full-res"]["median_s"]
    da = results["decode_all (PyAV)"]["median_s"]
    lv1 = results["load_video (224x224, threads=1)"]["median_s"]
    ratios = {
        "load_video / decord (target <= 1)": lv / dc,
        "load_video threads=1 / decord": lv1 / dc,
        "read_frames full-res / decord": rf / dc,
        "decode_all / load_video (target >= 5)": da / lv,
        "decode_all / load_video threads=1": da / lv1,
    }

    table = Table(title=f"{path.name}: {args.frames} frames at indices {indices}")
    table.add_column("reader")
    table.add_column("median ms", justify="right")
    table.add_column("runs ms", justify="right")
    for name, r in results.items():
        table.add_row(name, f"{r['median_s'] * 1e3:.1f}", " ".join(f"{t * 1e3:.0f}" for t in r["runs_s"]))
    console.print(table)
    for k, v in ratios.items():
        console.print(f"{k}: [bold]{v:.2f}[/bold]")
    console.print(
        f"load_video decode path: {stats['decoded']} of {n_total} frames decoded, {stats['seeks']} seeks; "
        f"mean |diff| vs decord {diff_decord:.2f}, vs decode_all {diff_all:.2f} (0-255 scale)"
    )
    console.print(f"cpu cores: {os.cpu_count()}, av {av.__version__}, decord {decord.__version__}")

    if args.json:
        payload = {
            "clip": str(path),
            "gop_s": args.gop,
            "indices": indices,
            "results": results,
            "ratios": ratios,
            "decode_stats": stats,
            "mean_abs_diff_vs_decord": diff_decord,
            "mean_abs_diff_vs_decode_all": diff_all,
            "cpu_count": os.cpu_count(),
        }
        args.json.write_text(json.dumps(payload, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
