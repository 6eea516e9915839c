"""Writing a ShapesWorld split: file layout and schemas, determinism (also across workers), the compositional
split, retrieval-chosen companions, atomic writes, and the agreement measure."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

from gpt4video.data import shapes_dataset as sd
from gpt4video.data import text
from gpt4video.data.shapesworld import COLORS, SHAPES, SceneGraph, is_held_out, sample_scene
from gpt4video.protocol import parse_reply
from gpt4video.video import probe_video

FILES = ("clips.jsonl", "qa.jsonl", "dialogues.jsonl", "meta.json")
SMALL = {"num_frames": 8, "size": 64, "progress": False}


class BagOfWords:
    """A fake embedder: unit vectors of colour and shape word counts, so neighbours are predictable."""

    vocab = (*COLORS, *SHAPES)

    def embed(self, texts: list[str]) -> np.ndarray:
        rows = [[t.split().count(w) + 0.01 * (i + 1) for i, w in enumerate(self.vocab)] for t in texts]
        v = np.asarray(rows, np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def train(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("train")
    return out, sd.write_split(out, "train", 12, 3, embedder=BagOfWords(), **SMALL)


def test_layout_and_schemas(train: tuple[Path, dict]) -> None:
    out, stats = train
    clips = rows(out / "clips.jsonl")
    assert [c["clip_id"] for c in clips] == [f"train-{3_000_000 + i}" for i in range(12)]
    for c in clips:
        assert list(c) == ["clip_id", "path", "split", "caption", "canonical_caption", "detailed_caption", "scene"]
        assert c["path"] == f"clips/{c['clip_id']}.mp4" and c["split"] == "train"
        info = probe_video(out / c["path"])
        assert (info.width, info.height, info.num_frames, info.codec) == (64, 64, 8, "h264")
        scene = SceneGraph.from_dict(c["scene"])
        assert scene == sample_scene(scene.seed, "train", num_frames=8, size=64)
        assert c["canonical_caption"] == text.canonical_description(scene)
    qa = rows(out / "qa.jsonl")
    assert all(list(q) == ["video", "question", "answer", "kind"] for q in qa)
    assert {q["video"] for q in qa} == {c["path"] for c in clips}
    dialogues = rows(out / "dialogues.jsonl")
    assert len({d["id"] for d in dialogues}) == len(dialogues) == 4 * 12
    for d in dialogues:
        assert list(d)[:4] == ["id", "type", "videos", "messages"] and d["type"] in text.DIALOGUE_TYPES
        assert all((out / v).is_file() for v in d["videos"])
        assert ("requested" in d) == (d["type"] == "generation")
        prompts = [parse_reply(m["content"]).prompts for m in d["messages"] if m["role"] == "assistant"]
        assert sum(map(len, prompts)) == (1 if d["type"] == "generation" else 0)
    assert stats["num_qa"] == len(qa) and stats["qa_kinds"] == {
        k: sum(q["kind"] == k for q in qa) for k in text.QA_KINDS
    }
    assert stats["dialogue_types"] == {"understanding": 12, "generation": 24, "multi_video": 12}
    meta = json.loads((out / "meta.json").read_text())
    assert meta["split"] == "train" and meta["seed"] == 3 and meta["num_clips"] == 12
    assert stats["clips_per_s"] > 0 and not list(out.glob("**/*.tmp"))


def test_same_seed_gives_identical_files_whatever_the_workers(train: tuple[Path, dict], tmp_path: Path) -> None:
    first, _ = train
    again = tmp_path / "again"
    sd.write_split(again, "train", 12, 3, embedder=BagOfWords(), **SMALL)
    parallel = tmp_path / "parallel"
    sd.write_split(parallel, "train", 12, 3, workers=2, embedder=BagOfWords(), **SMALL)
    for name in FILES:
        assert (again / name).read_bytes() == (first / name).read_bytes(), name
        assert (parallel / name).read_bytes() == (first / name).read_bytes(), name
    other = tmp_path / "other"
    sd.write_split(other, "train", 12, 4, embedder=BagOfWords(), **SMALL)
    assert (other / "clips.jsonl").read_bytes() != (first / "clips.jsonl").read_bytes()


def test_compositional_clips_all_hold_out_a_triple_and_train_clips_none(train: tuple[Path, dict], tmp_path) -> None:
    out, _ = train
    sd.write_split(tmp_path, "compositional", 12, 0, embedder=BagOfWords(), **SMALL)
    for folder, held in ((tmp_path, True), (out, False)):
        for c in rows(folder / "clips.jsonl"):
            objects = c["scene"]["objects"]
            assert all(is_held_out(o["color"], o["shape"], o["motion"]) == held for o in objects)
        for d in rows(folder / "dialogues.jsonl"):
            if d["type"] == "generation":
                r = d["requested"]
                assert is_held_out(r["color"], r["shape"], r["motion"]) == held


def test_companions_come_from_caption_retrieval(train: tuple[Path, dict]) -> None:
    out, stats = train
    clips = rows(out / "clips.jsonl")
    vectors = BagOfWords().embed([c["canonical_caption"] for c in clips])
    for i, d in enumerate(d for d in rows(out / "dialogues.jsonl") if d["type"] == "multi_video"):
        assert d["videos"][0] == clips[i]["path"] and len(d["videos"]) in (2, 3)
        sims = vectors @ vectors[i]
        sims[i] = -np.inf
        expected = [clips[j]["path"] for j in np.argsort(-sims, kind="stable")[: len(d["videos"]) - 1]]
        assert d["videos"][1:] == expected
        first = d["messages"][0]["content"]
        assert [p["path"] for p in first if p["type"] == "video"] == d["videos"]
    assert 0.0 <= stats["random_agreement"] <= 1.0 and stats["retrieval_agreement"] >= stats["random_agreement"]


def test_agreement_measures() -> None:
    scenes = [sample_scene(seed, "train") for seed in range(40)]
    same = [[i] for i in range(40)]
    assert sd.retrieval_agreement(scenes, same) == 1.0 == sd.retrieval_agreement(scenes, same, min_shared=3)
    assert sd.retrieval_agreement(scenes, [[] for _ in scenes]) == 0.0
    baseline = sd.random_neighbours([2] * 40, seed=1)
    assert baseline == sd.random_neighbours([2] * 40, seed=1)
    assert all(len(set(js)) == 2 and i not in js for i, js in enumerate(baseline))
    a, b = sample_scene(1, "train"), sample_scene(2, "train")
    expected = any(getattr(x, k) == getattr(y, k) for x in a.objects for y in b.objects for k in ("color", "shape"))
    expected |= any(x.motion == y.motion for x in a.objects for y in b.objects)
    assert sd.shares_attribute(a, b) == expected


def test_an_interrupted_write_leaves_the_old_files_whole(train, tmp_path, monkeypatch) -> None:
    sd.write_split(tmp_path, "train", 3, 0, embedder=BagOfWords(), **SMALL)
    before = {name: (tmp_path / name).read_bytes() for name in FILES}

    real_replace = os.replace

    def crash_on_data_files(src: str, dst: str | Path) -> None:
        if Path(dst).name in FILES:
            raise KeyboardInterrupt
        real_replace(src, dst)  # the clips themselves

    monkeypatch.setattr(sd.os, "replace", crash_on_data_files)
    with pytest.raises(KeyboardInterrupt):
        sd.write_split(tmp_path, "train", 5, 0, embedder=BagOfWords(), **SMALL)
    monkeypatch.undo()
    assert {name: (tmp_path / name).read_bytes() for name in FILES} == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_bad_arguments(tmp_path: Path) -> None:
    sd.write_split(tmp_path, "val", 1, 0, **SMALL)  # one clip: no companions, so no embedder is loaded
    assert [d["type"] for d in rows(tmp_path / "dialogues.jsonl")] == ["understanding", "generation", "generation"]
    with pytest.raises(ValueError, match="own folder"):
        sd.write_split(tmp_path, "train", 1, 0, **SMALL)
    with pytest.raises(ValueError, match="unknown split"):
        sd.write_split(tmp_path / "x", "dev", 1, 0, **SMALL)
    with pytest.raises(ValueError, match="num_videos"):
        sd.write_split(tmp_path / "x", "train", 0, 0, **SMALL)
    with pytest.raises(ValueError, match="clip index"):
        sd.clip_seed(0, sd.MAX_CLIPS_PER_SEED)
