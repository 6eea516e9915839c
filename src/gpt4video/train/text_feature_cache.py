"""Frozen text features, computed once per text: the text guard recipe's features pass, kept between runs.

The guard's LLM never trains, so a reading's features depend only on its text and on the embedder (which
layers of which weights, how long a text may be, which positions are pooled). Reading the full training set
takes about half an hour on a 2-core CPU; with this cache a rerun after an authoring batch is added reads only
the new texts, and head settings can be compared without re-reading anything.

Store: ``$GPT4VIDEO_HOME/features/text-<key>/``, the key hashing the embedder's identity (weights, layers,
length, read). Features live in shards (``shard-<id>.npy`` float32 + ``shard-<id>.json``, the sha256 of each
row's text); a shard is written to temporary names and its index renamed into place last, so a killed run
leaves no shard half-read, and its id hashes its texts (as :mod:`gpt4video.train.feature_cache` names its
shards), so two runs filling the store at once never pair one's index with the other's features. Features
are computed in the order the texts are asked for, each text once, in the embedder's own batches: the same as
uncached features to float rounding (other batch neighbours, other padding).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from gpt4video import weights
from gpt4video.llm_embedding import MEAN, LLMEmbedder


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def embedder_key(embedder: LLMEmbedder) -> str:
    """Hash of everything a text's features depend on besides the text."""
    folder = Path(embedder.model.config.name_or_path)
    files = sorted((p.name, p.stat().st_size) for p in folder.glob("*") if p.is_file())
    ident = {"kind": type(embedder).__name__, "folder": folder.name, "files": files, "layers": embedder.layers,
             "max_length": embedder.max_length, "format": 1}  # fmt: skip
    if embedder.read != MEAN:  # the mean read's key predates reads: its stored features stay valid
        ident["read"] = embedder.read
    return hashlib.sha256(json.dumps(ident, sort_keys=True).encode()).hexdigest()[:20]


class CachedTextEmbedder:
    """``embed(texts)`` like ``embedder.embed``, reading each text's features from the store when it has them
    and storing those it computes. Other attributes are the embedder's."""

    def __init__(self, embedder: LLMEmbedder, root: Path | None = None) -> None:
        self.embedder = embedder
        self.folder = (root or weights.home() / "features") / f"text-{embedder_key(embedder)}"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.index: dict[str, tuple[str, int]] = {}
        self.shards: dict[str, np.ndarray] = {}
        for index_file in sorted(self.folder.glob("shard-*.json")):
            shard = index_file.stem.removeprefix("shard-")
            self.shards[shard] = np.load(self.folder / f"shard-{shard}.npy", mmap_mode="r")
            for row, digest in enumerate(json.loads(index_file.read_text())):
                self.index.setdefault(digest, (shard, row))

    def __getattr__(self, name: str) -> object:
        return getattr(self.embedder, name)

    def __len__(self) -> int:
        return len(self.index)

    def _store(self, digests: list[str], features: np.ndarray) -> None:
        shard = hashlib.sha256("".join(digests).encode()).hexdigest()[:16]
        npy, index_file = self.folder / f"shard-{shard}.npy", self.folder / f"shard-{shard}.json"
        tmp = self.folder / f".shard-{shard}.{os.getpid()}"
        np.save(f"{tmp}.npy", features)
        os.replace(f"{tmp}.npy", npy)
        Path(f"{tmp}.json").write_text(json.dumps(digests))
        os.replace(f"{tmp}.json", index_file)
        self.shards[shard] = np.load(npy, mmap_mode="r")
        for row, digest in enumerate(digests):
            self.index.setdefault(digest, (shard, row))

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        digests = [_digest(t) for t in texts]
        missing = list(dict.fromkeys(d for d in digests if d not in self.index))
        if missing:
            text_of = dict(zip(digests, texts, strict=True))
            self._store(missing, self.embedder.embed([text_of[d] for d in missing]).astype(np.float32))
        out = np.empty((len(texts), self.embedder.size), np.float32)
        for i, d in enumerate(digests):
            shard, row = self.index[d]
            out[i] = self.shards[shard][row]
        return out
