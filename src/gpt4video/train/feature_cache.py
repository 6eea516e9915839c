"""Frozen-encoder feature cache: each clip's frame tokens computed once, stored fp16, memory-mapped.

The encoder never trains, so re-running it every epoch and stage is pure waste (it is ~20 % of a step's
time on a CPU). The cache lives in ``$GPT4VIDEO_HOME/features/<key>/``, where the key hashes the encoder's
identity (name, layer, CLS, image size, hidden size), its precision and the frames per clip, plus the
list of clips with their size and mtime: change any of them and a new cache is built. A cache is built in
a ``.partial`` folder that records how many clips are already on disk (a killed build resumes there) and is
renamed into place only when complete, so an unfinished cache never loads.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path

import numpy as np
import torch
from tqdm import tqdm

from gpt4video import weights
from gpt4video.model.encoder import FrameEncoder


def cache_key(encoder: FrameEncoder, num_frames: int, videos: Sequence[str], bf16: bool = False) -> str:
    """Hash of everything the cached tokens depend on, the encoder's precision (bf16 autocast or not) included."""
    clips = []
    for v in sorted(videos):
        st = os.stat(v)
        clips.append([os.path.abspath(v), st.st_size, st.st_mtime_ns])
    ident: dict = {"encoder": asdict(encoder.spec), "num_frames": num_frames, "clips": clips, "format": 1}
    if not bf16:  # recorded only for fp32, so bf16 caches built before this field keep their key
        ident["fp32"] = True
    return hashlib.sha256(json.dumps(ident, sort_keys=True).encode()).hexdigest()[:20]


class FeatureCache:
    """``tokens(path) -> [T, L, D]`` float16 tensor for every clip it was built for."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.index: dict[str, int] = json.loads((folder / "index.json").read_text())
        self.array = np.load(folder / "tokens.npy", mmap_mode="r")

    def __contains__(self, path: str) -> bool:
        return os.path.abspath(path) in self.index

    def tokens(self, path: str) -> torch.Tensor:
        return torch.from_numpy(np.array(self.array[self.index[os.path.abspath(path)]]))

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
        """Open the cache for these clips, computing it first if no complete one exists."""
        videos = sorted({os.path.abspath(v) for v in videos})
        root = root or weights.home() / "features"
        folder = root / cache_key(encoder, num_frames, videos, bf16)
        if (folder / "index.json").is_file():
            return cls(folder)
        # One builder per key at a time: two runs on the same clips would otherwise share the .partial folder
        # (one renames it away under the other). The lock is released when its holder exits, killed or not;
        # the next holder finds the cache complete, or resumes the partial build.
        root.mkdir(parents=True, exist_ok=True)
        with open(root / f"{folder.name}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if (folder / "index.json").is_file():
                return cls(folder)
            # Built in a ".partial" folder whose progress file counts the rows already flushed to disk, so a
            # killed build resumes where it stopped; renamed into place only when complete.
            partial = root / f"{folder.name}.partial"
            partial.mkdir(parents=True, exist_ok=True)
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
            (partial / "index.json").write_text(json.dumps({v: i for i, v in enumerate(videos)}))
            progress_file.unlink()
            os.replace(partial, folder)
            return cls(folder)


def _write_json(path: Path, data: dict) -> None:
    tmp = path.with_name(f".{path.name}.part")
    tmp.write_text(json.dumps(data))
    os.replace(tmp, path)
