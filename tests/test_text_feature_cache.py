"""The text guard recipe's feature cache: each text read once, kept between runs, never half-written."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from gpt4video.train.text_feature_cache import CachedTextEmbedder, embedder_key


class CountingEmbedder:
    """Stands in for the LLM: a text's features are a function of the text; counts what it is asked to read."""

    size = 3

    def __init__(self, folder: Path, layers: int = 16, read: str = "mean") -> None:
        self.model = SimpleNamespace(config=SimpleNamespace(name_or_path=str(folder)))
        self.layers, self.max_length, self.read, self.asked = layers, 256, read, []

    def embed(self, texts: list[str]) -> np.ndarray:
        self.asked += list(texts)
        return np.array([[len(t), t.count("a"), hash(t) % 97] for t in texts], np.float32)


@pytest.fixture
def weights_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "llm"
    folder.mkdir()
    (folder / "model.safetensors").write_bytes(b"1234")
    return folder


def test_each_text_is_read_once_and_the_features_are_the_embedders(tmp_path: Path, weights_folder: Path) -> None:
    inner = CountingEmbedder(weights_folder)
    cache = CachedTextEmbedder(inner, tmp_path / "features")
    texts = ["a cat", "a dog", "a cat", "banana"]
    first = cache.embed(texts)
    assert inner.asked == ["a cat", "a dog", "banana"]  # a repeated text is read once
    assert np.array_equal(first, inner.embed(texts))
    inner.asked = []
    again = CachedTextEmbedder(inner, tmp_path / "features")  # a later run
    assert len(again) == 3
    assert np.array_equal(again.embed(["banana", "a new one", "a cat"])[[0, 2]], first[[3, 0]])
    assert inner.asked == ["a new one"]
    assert again.size == 3 and again.layers == 16  # the embedder's own attributes


def test_another_embedder_or_other_weights_get_their_own_store(tmp_path: Path, weights_folder: Path) -> None:
    key = embedder_key(CountingEmbedder(weights_folder))
    assert embedder_key(CountingEmbedder(weights_folder, layers=12)) != key
    assert embedder_key(CountingEmbedder(weights_folder, read="mean+header")) != key
    assert key == "db8bdf27d700021c9399"  # the mean read's key from before reads existed: its stores stay valid
    (weights_folder / "model.safetensors").write_bytes(b"123456")
    assert embedder_key(CountingEmbedder(weights_folder)) != key


def test_an_unfinished_shard_is_never_read(tmp_path: Path, weights_folder: Path) -> None:
    inner = CountingEmbedder(weights_folder)
    cache = CachedTextEmbedder(inner, tmp_path / "features")
    cache.embed(["kept"])
    np.save(cache.folder / "shard-0123abcd.npy", np.zeros((1, 3), np.float32))  # a run killed before its index
    (cache.folder / ".shard-4567.77.npy").write_bytes(b"partial")
    reopened = CachedTextEmbedder(inner, tmp_path / "features")
    assert len(reopened) == 1
    reopened.embed(["fresh"])
    assert inner.asked[-1] == "fresh" and len(CachedTextEmbedder(inner, tmp_path / "features")) == 2


def test_two_runs_filling_the_store_at_once_keep_each_others_shards(tmp_path: Path, weights_folder: Path) -> None:
    first, second = (CachedTextEmbedder(CountingEmbedder(weights_folder), tmp_path / "features") for _ in range(2))
    first.embed(["a cat", "a dog"])
    second.embed(["banana"])  # opened before the first stored: it must not take the first's shard name
    reopened = CachedTextEmbedder(CountingEmbedder(weights_folder), tmp_path / "features")
    assert len(reopened) == 3 and len(list(first.folder.glob("shard-*.json"))) == 2
    texts = ["a dog", "banana", "a cat"]
    assert np.array_equal(reopened.embed(texts), CountingEmbedder(weights_folder).embed(texts))
