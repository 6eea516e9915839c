"""Frozen-encoder feature cache: each clip's frame tokens computed once, stored fp16, memory-mapped.

The encoder never trains, so re-running it every epoch and stage is pure waste (it is ~20 % of a step's
time on a CPU). The cache is a per-clip store in ``$GPT4VIDEO_HOME/features/<key>/``, where the key hashes the
encoder's identity (name, layer, CLS, image size, hidden size), its precision and the frames per clip. Inside,
clips live in shards (``shard-<id>/tokens.npy`` + ``index.json``), each clip recorded with its size and mtime:
a build encodes only the clips no shard holds (or whose file changed since) into one new shard, so a stage
whose clip set overlaps an earlier stage's (same train clips, another validation subset) encodes only the
difference. A shard is built in a ``.partial`` folder that records how many clips are already on disk (a
killed build resumes there) and is renamed into place only when complete, so an unfinished shard never loads.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict
from pathlib import Path

import numpy as np
import torch
from tqdm import tqdm

from gpt4video import weights
from gpt4video.model.encoder import FrameEncoder


def cache_key(encoder: FrameEncoder, num_frames: int, bf16: bool = False) -> str:
    """Hash of everything a clip's cached tokens depend on besides the clip: encoder, precision, frames."""
    ident = {"encoder": asdict(encoder.spec), "num_frames": num_frames, "bf16": bf16, "format": 2}
    return hashlib.sha256(json.dumps(ident, sort_keys=True).encode()).hexdigest()[:20]


def channel_statistics(clips: Iterable[torch.Tensor]) -> tuple[torch.Tensor, torch.Tensor]:
    """Per-channel mean and std over every token of every clip (``[..., D]`` tensors), accumulated in float64."""
    total, total_sq, count = 0.0, 0.0, 0
    for tokens in clips:
        flat = tokens.reshape(-1, tokens.shape[-1]).double()
        total, total_sq, count = total + flat.sum(0), total_sq + flat.pow(2).sum(0), count + flat.shape[0]
    if not count:
        raise ValueError("no tokens to take statistics of")
    mean = total / count
    std = (total_sq / count - mean.pow(2)).clamp(min=0).sqrt()
    return mean.float(), std.float()


def _stamp(path: str) -> list[int]:
    st = os.stat(path)
    return [st.st_size, st.st_mtime_ns]


class FeatureCache:
    """``tokens(path) -> [T, L, D]`` float16 tensor for every clip of every complete shard in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.index: dict[str, tuple[int, int]] = {}  # abspath -> (shard, row), for clips unchanged on disk
        self.arrays: list[np.ndarray] = []
        for shard in sorted(p for p in folder.glob("shard-*") if p.is_dir() and not p.name.endswith(".partial")):
            entries = json.loads((shard / "index.json").read_text())
            self.arrays.append(np.load(shard / "tokens.npy", mmap_mode="r"))
            for path, (row, size, mtime) in entries.items():
                if os.path.exists(path) and _stamp(path) == [size, mtime]:
                    self.index[path] = (len(self.arrays) - 1, row)

    def __contains__(self, path: str) -> bool:
        return os.path.abspath(path) in self.index

    def tokens(self, path: str) -> torch.Tensor:
        shard, row = self.index[os.path.abspath(path)]
        return torch.from_numpy(np.array(self.arrays[shard][row]))

    @classmethod
    def build(
        cls,
        videos: Sequence[str],
        encoder: FrameEncoder,
        load_frames: Callable[[str], np.ndarray],
        num_frames: int,
        *,
        root: Path | None = None,
        bf16: bool = False,
        progress: bool = True,
    ) -> FeatureCache:
        """Open the cache for these clips, encoding first the ones it does not hold yet."""
        videos = sorted({os.path.abspath(v) for v in videos})
        root = root or weights.home() / "features"
        folder = root / cache_key(encoder, num_frames, bf16)
        folder.mkdir(parents=True, exist_ok=True)
        cache = cls(folder)
        if all(v in cache.index for v in videos):
            return cache
        # One builder per store at a time: two runs needing the same clips would otherwise share the .partial
        # shard (one renames it away under the other). The lock is released when its holder exits, killed or
        # not; the next holder finds the clips cached, or resumes the partial shard.
        with open(root / f"{folder.name}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            cache = cls(folder)
            missing = [v for v in videos if v not in cache.index]
            if missing:
                _build_shard(folder, missing, encoder, load_frames, num_frames, bf16, progress)
            return cls(folder)


def _build_shard(
    folder: Path,
    videos: list[str],
    encoder: FrameEncoder,
    load_frames: Callable[[str], np.ndarray],
    num_frames: int,
    bf16: bool,
    progress: bool,
) -> None:
    """Encode ``videos`` into a new shard; its id hashes the clips, so a killed build resumes the same one."""
    stamps = {v: _stamp(v) for v in videos}
    shard_id = hashlib.sha256(json.dumps(stamps, sort_keys=True).encode()).hexdigest()[:16]
    partial = folder / f"shard-{shard_id}.partial"
    partial.mkdir(exist_ok=True)
    shape = (len(videos), num_frames, encoder.tokens_per_frame, encoder.hidden_size)
    progress_file = partial / "progress.json"
    done = 0
    if progress_file.is_file() and (partial / "tokens.npy").is_file():
        done = json.loads(progress_file.read_text())["done"]
        array = np.lib.format.open_memmap(partial / "tokens.npy", mode="r+")
        if array.shape != shape:
            done = 0
    if done == 0:
        array = np.lib.format.open_memmap(partial / "tokens.npy", mode="w+", dtype=np.float16, shape=shape)
    bar = tqdm(total=len(videos), initial=done, desc="encoding clips (feature cache)", disable=not progress)
    for i in range(done, len(videos)):
        frames = torch.from_numpy(np.ascontiguousarray(load_frames(videos[i])))
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            array[i] = encoder(frames).float().numpy().astype(np.float16)
        bar.update()
        if (i + 1) % 32 == 0 or i + 1 == len(videos):
            array.flush()
            _write_json(progress_file, {"done": i + 1})
    bar.close()
    del array
    _write_json(partial / "index.json", {v: [i, *stamps[v]] for i, v in enumerate(videos)})
    progress_file.unlink()
    os.replace(partial, folder / f"shard-{shard_id}")


def _write_json(path: Path, data: dict) -> None:
    tmp = path.with_name(f".{path.name}.part")
    tmp.write_text(json.dumps(data))
    os.replace(tmp, path)
