"""The training recipe on tiny random models and a tiny ShapesWorld split: outputs, the feature cache, stage 2 from
stage 1, bit-identical resume after SIGKILL, atomic checkpoints, DDP on CPU (gloo), and the pure pieces.

The models are the tiny ``CLIPVisionModel`` + ``LlamaForCausalLM`` (embedded SmolLM2 tokenizer) of
``test_model.py``, named by a model config YAML that the recipe's ``model:`` points at. ``GPT4VIDEO_HOME`` is a
temporary folder for the whole module (the feature cache lives there), set after the tokenizer was copied out of
the real store.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch
import yaml
from safetensors.torch import load_file
from tiny_models import save_tiny_models
from transformers import (
    AutoTokenizer,
    get_cosine_schedule_with_warmup,
)

from gpt4video.config import CONFIGS_DIR, ConfigError, GPT4VideoConfig
from gpt4video.data import shapes_dataset
from gpt4video.data.datasets import DialogueDataset
from gpt4video.model.encoder import FrameEncoder
from gpt4video.model.gpt4video import WEIGHTS_NAME, GPT4Video
from gpt4video.model.llm import embedded_llm_dir
from gpt4video.train import recipe
from gpt4video.train.config import RecipeConfig
from gpt4video.train.feature_cache import FeatureCache, cache_key, channel_statistics
from gpt4video.train.recipe import CHECKPOINT, batch_indices, sample_order, save_checkpoint, train

TRAIN_CONFIGS = CONFIGS_DIR / "train"
SUBPROCESS_TIMEOUT = 240


class HashEmbedder:
    """A fake sentence embedder: unit bag-of-words vectors (hashed words), enough to pick multi-video companions."""

    def embed(self, texts: list[str]) -> np.ndarray:
        v = np.full((len(texts), 32), 0.01, np.float32)
        for i, t in enumerate(texts):
            for w in t.lower().split():
                v[i, sum(map(ord, w)) % 32] += 1
        return v / np.linalg.norm(v, axis=1, keepdims=True)


# ------------------------------------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Tiny random CLIP + LLaMA folders, a model config naming them, and 6-clip train/val splits."""
    root = tmp_path_factory.mktemp("train")
    tokenizer = AutoTokenizer.from_pretrained(embedded_llm_dir())  # the real store, before GPT4VIDEO_HOME moves
    save_tiny_models(root, tokenizer)

    config = GPT4VideoConfig.from_file(CONFIGS_DIR / "gpt4video-7b.yaml")
    config.name = "tiny"
    config.num_frames = 8
    config.encoder.name_or_path = str(root / "clip")
    config.encoder.image_size = 28
    config.llm.name_or_path = str(root / "llm")
    config.llm.chat_template = "chatml"
    config.llm.system_prompt = "You are a helpful assistant."  # short prompts: fast steps
    abstractor = {"hidden_size": 32, "num_layers": 1, "num_heads": 4, "num_spatial_queries": 4}
    for key, value in {**abstractor, "num_temporal_queries": 4, "max_frames": 16}.items():
        setattr(config.abstractor, key, value)
    (root / "tiny.yaml").write_text(config.to_yaml())

    for split in ("train", "val"):
        shapes_dataset.write_split(
            root / "data" / split, split, 6, 0, num_frames=8, size=32, embedder=HashEmbedder(), progress=False
        )
    return {"root": root, "model": root / "tiny.yaml", "data": root / "data", "home": root / "home"}


@pytest.fixture(scope="module", autouse=True)
def gpt4video_home(tiny: dict[str, Path]):
    """``GPT4VIDEO_HOME`` → a temp folder for every test here (and the subprocesses they start)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GPT4VIDEO_HOME", str(tiny["home"]))
        yield tiny["home"]


def recipe_dict(tiny: dict[str, Path], out: Path, **sections: Any) -> dict[str, Any]:
    """A tiny recipe; ``data={...}`` / ``train={...}`` update those sections, other keywords the top level."""
    data = {"root": str(tiny["data"]), "sources": ["captions", "qa"], "max_val_samples": 4}
    train_ = {
        "seed": 0, "max_steps": 3, "batch_size": 2, "lr": 1e-2, "warmup_steps": 1,
        "log_every": 1, "eval_every": 3, "checkpoint_every": 2, "bf16": False,
    }  # fmt: skip
    data.update(sections.pop("data", {}))
    train_.update(sections.pop("train", {}))
    return {
        "model": str(tiny["model"]),
        "stage": "align",
        "output_dir": str(out),
        **sections,
        "data": data,
        "train": train_,
    }


def write_recipe(path: Path, raw: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(raw, sort_keys=False))
    return path


def metric_rows(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines() if line.strip()]


def train_rows(out: Path) -> list[dict[str, Any]]:
    return [r for r in metric_rows(out) if "loss" in r]


def final_tensors(out: Path) -> dict[str, torch.Tensor]:
    return load_file(str(out / "final" / WEIGHTS_NAME))


def assert_same_tensors(a: dict[str, torch.Tensor], b: dict[str, torch.Tensor]) -> None:
    assert a.keys() == b.keys()
    unequal = [k for k in a if not torch.equal(a[k], b[k])]
    assert not unequal, f"tensors differ: {unequal[:5]}"


def feature_folders(home: Path) -> dict[str, int]:
    """Every store and shard folder under ``$GPT4VIDEO_HOME/features`` (unfinished ones included) with its mtime."""
    root = home / "features"
    folders = sorted(p for p in root.glob("*/*") if p.is_dir()) if root.is_dir() else []
    return {str(p.relative_to(root)): p.stat().st_mtime_ns for p in folders}


def unfinished(names: Any) -> list[str]:
    """Cache folders that are not complete: temp or partial builds."""
    return [n for n in names if Path(n).name.startswith(".") or n.endswith(".partial")]


def count_frames(mp: pytest.MonkeyPatch) -> list[int]:
    """Count the frames through the frozen encoder (of any FrameEncoder) while ``mp`` is active."""
    frames = [0]
    forward = FrameEncoder.forward

    def counting(self: FrameEncoder, x: torch.Tensor) -> torch.Tensor:
        frames[0] += x.shape[0]
        return forward(self, x)

    mp.setattr(FrameEncoder, "forward", counting)
    return frames


def subprocess_env(home: Path) -> dict[str, str]:
    # one thread per process: the runs compared bit for bit use the same kernels and reduction order
    return {**os.environ, "GPT4VIDEO_HOME": str(home), "OMP_NUM_THREADS": "1", "TOKENIZERS_PARALLELISM": "false"}


def run_recipe_cmd(config: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "gpt4video.train.recipe", str(config), *extra]


def log_tail(path: Path, n: int = 3000) -> str:
    return path.read_text(errors="replace")[-n:] if path.exists() else ""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ------------------------------------------------------------------------------------------------ 1. a run's outputs


@pytest.fixture(scope="module")
def fresh_init(tiny: dict[str, Path]) -> dict[str, torch.Tensor]:
    """The trained tensors of the untrained tiny model (seeded, so every build has these)."""
    return GPT4Video.from_pretrained(tiny["model"]).trained_state_dict()


@pytest.fixture(scope="module")
def align_run(tiny: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Stage 1 for 3 steps, in process, counting the frames the encoder sees."""
    out = tmp_path_factory.mktemp("align") / "run"
    cfg = RecipeConfig.from_dict(recipe_dict(tiny, out))
    with pytest.MonkeyPatch.context() as mp:
        calls = count_frames(mp)
        summary = train(cfg, progress=False)
    return {"cfg": cfg, "out": out, "summary": summary, "encoder_frames": calls[0]}


ACCUM_STEPS = {"max_steps": 2, "batch_size": 2, "eval_every": 100, "checkpoint_every": 100}


@pytest.fixture(scope="module")
def accum_run(align_run: dict[str, Any], tiny: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict:
    """After stage 1 (same clips): 2 steps accumulating 2 micro-batches each, started with ``resume=True`` in a
    folder holding a stale metrics log but no checkpoint; counts encoder frames and notes the cache folders."""
    out = tmp_path_factory.mktemp("accum") / "run"
    out.mkdir()
    (out / "metrics.jsonl").write_text(json.dumps({"step": 7, "loss": 1.0}) + "\n")
    cfg = RecipeConfig.from_dict(recipe_dict(tiny, out, train={**ACCUM_STEPS, "grad_accum": 2}))
    before = feature_folders(tiny["home"])
    with pytest.MonkeyPatch.context() as mp:
        calls = count_frames(mp)
        train(cfg, resume=True, progress=False)
    return {"out": out, "encoder_frames": calls[0], "before": before, "after": feature_folders(tiny["home"])}


def test_align_run_writes_metrics_checkpoint_final_and_plot(
    align_run: dict[str, Any], tiny: dict[str, Path], fresh_init: dict[str, torch.Tensor]
) -> None:
    out = align_run["out"]
    rows = metric_rows(out)
    losses = [r for r in rows if "loss" in r]
    assert [r["step"] for r in losses] == [1, 2, 3]
    assert all(math.isfinite(r["loss"]) and r["loss"] > 0 for r in losses)
    assert all(math.isfinite(r["grad_norm"]) and r["samples_per_s"] > 0 for r in losses)
    vals = [r for r in rows if "val_loss" in r]
    assert [r["step"] for r in vals] == [3] and math.isfinite(vals[0]["val_loss"])

    state = torch.load(out / CHECKPOINT, weights_only=False)
    assert state["step"] == 3 and state["config"] == align_run["cfg"].to_dict()
    assert {"optimizer", "scheduler", "rng"} <= set(state)

    final = out / "final"
    assert sorted(p.name for p in final.iterdir()) == ["config.json", WEIGHTS_NAME]
    loaded = GPT4Video.from_pretrained(final)
    assert loaded.config == GPT4VideoConfig.from_file(tiny["model"])
    trained = loaded.trained_state_dict()
    assert_same_tensors(trained, state["trained"])
    assert_same_tensors(trained, final_tensors(out))

    # stage 1 trains the abstractor and projector; LoRA (frozen) is exactly the seeded initialisation
    aligned = [k for k in fresh_init if k.startswith(("abstractor.", "projector.")) and ".input_" not in k]
    lora = [k for k in fresh_init if k.startswith("lora.")]
    assert aligned and lora
    assert any(not torch.equal(trained[k], fresh_init[k]) for k in aligned)
    assert all(torch.equal(trained[k], fresh_init[k]) for k in lora)

    # before step 1, the abstractor took its input statistics from the training clips' cached tokens
    store = next(p for p in (tiny["home"] / "features").iterdir() if p.is_dir())
    cache = FeatureCache(store)
    train_clips = sorted(p for p in cache.index if "/train/" in p)
    mean, std = channel_statistics(cache.tokens(p).float() for p in train_clips)
    assert len(train_clips) == 6 and (std > 0).all()
    assert torch.allclose(trained["abstractor.input_mean"], mean, atol=1e-5)
    assert torch.allclose(trained["abstractor.input_std"], std, atol=1e-5)

    assert (out / "loss.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    summary = json.loads((out / "metrics.json").read_text())
    assert summary == align_run["summary"]
    assert summary["steps"] == 3 and summary["final_loss"] == losses[-1]["loss"]
    assert summary["final_val_loss"] == vals[0]["val_loss"] and summary["stage"] == "align"
    assert json.loads((out / "recipe.json").read_text())["trainable"] == len(aligned)


def test_feature_cache_built_once_and_reused(accum_run: dict[str, Any], align_run: dict[str, Any]) -> None:
    # the 6 train clips + the 4 of the first 4 val samples (captions), 8 frames each, each encoded once
    assert align_run["encoder_frames"] == 10 * 8
    before = accum_run["before"]
    assert len(before) == 1 and not unfinished(before)  # one complete shard, nothing half-built
    shard = Path(os.environ["GPT4VIDEO_HOME"]) / "features" / next(iter(before))
    assert sorted(p.name for p in shard.iterdir()) == ["index.json", "tokens.npy"]
    assert len(json.loads((shard / "index.json").read_text())) == 10
    # the second run on the same clips: every clip's tokens came from the cache, nothing was rebuilt
    assert accum_run["encoder_frames"] == 0
    assert accum_run["after"] == before
    assert [r["step"] for r in train_rows(accum_run["out"])] == [1, 2]


@dataclass
class _StubSpec:
    name: str = "stub"
    layer: int = -1


class _StubEncoder:
    """What FeatureCache.build needs of an encoder: a spec, token grid sizes, and frames → tokens."""

    spec = _StubSpec()
    tokens_per_frame, hidden_size = 2, 3

    def __call__(self, frames: torch.Tensor) -> torch.Tensor:
        return frames.float().mean(dim=(1, 2, 3))[:, None, None].expand(-1, 2, 3) / 255


def test_feature_cache_key_precision_and_concurrent_builds(tiny: dict[str, Path], tmp_path: Path) -> None:
    clips = sorted(str(p) for p in (tiny["data"] / "train" / "clips").glob("*.mp4"))[:3]
    assert len(clips) == 3

    def frames(path: str) -> np.ndarray:
        return np.full((4, 2, 2, 3), clips.index(path) * 10, np.uint8)

    enc = _StubEncoder()
    fp32 = FeatureCache.build(clips, enc, frames, 4, root=tmp_path, bf16=False, progress=False)
    bf16 = FeatureCache.build(clips, enc, frames, 4, root=tmp_path, bf16=True, progress=False)
    assert fp32.folder != bf16.folder  # tokens computed under bf16 autocast are not the fp32 ones
    assert cache_key(enc, 4, bf16=True) != cache_key(enc, 4, bf16=False)
    assert cache_key(enc, 4) != cache_key(enc, 8)
    assert torch.equal(fp32.tokens(clips[2]), torch.full((4, 2, 3), 20 / 255).half())

    # two runs build the same cache at once (the second starts while the first is encoding): both get it
    other = tmp_path / "other"
    started, results = threading.Event(), {}

    def slow_frames(path: str) -> np.ndarray:
        started.set()
        time.sleep(0.2)
        return frames(path)

    def build(name: str, load: Any) -> None:
        results[name] = FeatureCache.build(clips, enc, load, 4, root=other, progress=False)

    first = threading.Thread(target=build, args=("first", slow_frames))
    first.start()
    assert started.wait(30)
    build("second", frames)
    first.join(30)
    assert results.keys() == {"first", "second"} and results["first"].folder == results["second"].folder
    assert not unfinished(str(p.relative_to(other)) for p in other.glob("**/*") if p.is_dir())
    assert [p.name for p in other.iterdir() if p.is_dir()] == [results["first"].folder.name]
    assert len(list(results["first"].folder.iterdir())) == 1  # one shard: the second build encoded nothing
    assert all(torch.equal(results["second"].tokens(c), fp32.tokens(c)) for c in clips)


def test_feature_cache_encodes_only_new_or_changed_clips(tiny: dict[str, Path], tmp_path: Path) -> None:
    """A later stage whose clips overlap an earlier one's encodes only the difference; an edited clip again."""
    src = sorted((tiny["data"] / "train" / "clips").glob("*.mp4"))[:4]
    clips = []
    for p in src:
        clips.append(str(tmp_path / p.name))
        shutil.copy(p, clips[-1])
    encoded: list[str] = []

    def frames(path: str) -> np.ndarray:
        encoded.append(path)
        return np.full((4, 2, 2, 3), Path(path).stat().st_size % 200, np.uint8)

    enc, root = _StubEncoder(), tmp_path / "features"
    first = FeatureCache.build(clips[:2], enc, frames, 4, root=root, progress=False)
    assert encoded == clips[:2] and clips[2] not in first
    second = FeatureCache.build(clips[1:], enc, frames, 4, root=root, progress=False)
    assert encoded == clips[:4]  # clips[1] came from the first shard
    assert all(c in second for c in clips) and len(list(second.folder.iterdir())) == 2
    assert torch.equal(second.tokens(clips[1]), first.tokens(clips[1]))

    with open(clips[0], "ab") as f:  # the file changes: its cached tokens no longer count
        f.write(b"\0" * 7)
    assert clips[0] not in FeatureCache(second.folder)
    third = FeatureCache.build(clips, enc, frames, 4, root=root, progress=False)
    assert encoded == [*clips[:4], clips[0]]
    expected = torch.full((4, 2, 3), (Path(clips[0]).stat().st_size % 200) / 255).half()
    assert torch.equal(third.tokens(clips[0]), expected)


def test_channel_statistics_over_every_token() -> None:
    a = torch.tensor([[[1.0, 10.0], [3.0, 10.0]]])  # [1, 2, 2]
    b = torch.tensor([[5.0, 10.0]])
    mean, std = channel_statistics([a, b])
    assert torch.allclose(mean, torch.tensor([3.0, 10.0])) and torch.allclose(std, torch.tensor([(8 / 3) ** 0.5, 0.0]))
    with pytest.raises(ValueError, match="no tokens"):
        channel_statistics([])


def test_instruct_stage_starts_from_align_and_trains_lora(
    align_run: dict[str, Any], tiny: dict[str, Path], tmp_path: Path, fresh_init: dict[str, torch.Tensor]
) -> None:
    start = final_tensors(align_run["out"])
    out = tmp_path / "instruct"
    raw = recipe_dict(
        tiny,
        out,
        stage="instruct",
        init_from=str(align_run["out"] / "final"),
        data={"sources": ["dialogues", "qa"]},
        train={"max_steps": 2, "lr": 1e-4, "eval_every": 2, "bf16": True},  # small lr: stays near stage 1's
    )
    summary = train(RecipeConfig.from_dict(raw), progress=False)
    assert summary["stage"] == "instruct" and summary["steps"] == 2
    rows = metric_rows(out)
    assert [r["step"] for r in rows if "loss" in r] == [1, 2]
    assert all(math.isfinite(r.get("loss", r.get("val_loss"))) for r in rows)

    trained = final_tensors(out)
    assert trained.keys() == start.keys()
    lora_b = [k for k in trained if k.startswith("lora.") and "lora_B" in k]
    assert lora_b and all(not torch.equal(trained[k], start[k]) for k in lora_b)  # LoRA B left zero
    assert all(start[k].abs().max() == 0 for k in lora_b)
    # it started from stage 1's tensors (within a couple of small Adam steps of them), not a fresh init
    aligned = [k for k in start if k.startswith(("abstractor.", "projector.")) and ".input_" not in k]
    near = [k for k in aligned if torch.allclose(trained[k], start[k], atol=5e-4, rtol=0)]
    assert near == aligned
    assert any(not torch.allclose(fresh_init[k], start[k], atol=5e-4, rtol=0) for k in aligned)
    for k in ("abstractor.input_mean", "abstractor.input_std"):  # inherited from stage 1, never recomputed
        assert torch.equal(trained[k], start[k]) and not torch.equal(start[k], fresh_init[k])
    recipe_json = json.loads((out / "recipe.json").read_text())
    assert recipe_json["trainable"] == len(aligned) + len([k for k in trained if k.startswith("lora.")])


# ------------------------------------------------------------------------------------------------ 2. kill, resume


def test_sigkill_then_resume_matches_an_uninterrupted_run(tiny: dict[str, Path], tmp_path: Path) -> None:
    """Kill -9 mid-run (after a checkpoint at step >= 4), resume: losses and tensors equal a straight run's.

    The stage is instruct, so LoRA dropout is live on trained weights and the restored RNG state matters. The
    killed run also evaluates every 3 steps and the straight one only at the end: evaluation must not perturb
    training (no dropout, no draws from the training RNG)."""
    schedule = {
        "max_steps": 8, "batch_size": 4, "checkpoint_every": 2, "log_every": 1, "eval_every": 100,
        "bf16": False, "deterministic": True,
    }  # fmt: skip
    configs = {
        name: write_recipe(
            tmp_path / f"{name}.yaml",
            recipe_dict(tiny, tmp_path / name, stage="instruct", train={**schedule, "eval_every": every}),
        )
        for name, every in (("killed", 3), ("straight", 100))
    }
    env = subprocess_env(tiny["home"])
    logs = {name: tmp_path / f"{name}.log" for name in ("killed", "straight", "resumed")}

    def start(name: str, *extra: str) -> subprocess.Popen:
        with open(logs[name], "wb") as log:
            cmd = run_recipe_cmd(configs["killed" if name == "resumed" else name], *extra)
            return subprocess.Popen(cmd, env=env, cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT)

    straight = start("straight")  # the reference run, alongside (run alone, the two build the feature cache at once)
    killed = start("killed")
    ckpt, deadline, step = tmp_path / "killed" / CHECKPOINT, time.monotonic() + SUBPROCESS_TIMEOUT, 0
    try:
        while step < 4:
            if killed.poll() is not None:
                too_fast = "before a step-4 checkpoint: make steps slower (bigger batch)"
                pytest.fail(f"run ended (rc {killed.returncode}) {too_fast}\n{log_tail(logs['killed'])}")
            assert time.monotonic() < deadline, "no step-4 checkpoint in time"
            if ckpt.is_file():
                step = torch.load(ckpt, weights_only=False)["step"]
            time.sleep(0.05)
        killed.send_signal(signal.SIGKILL)
        assert killed.wait(30) == -signal.SIGKILL
    finally:
        if killed.poll() is None:
            killed.kill()
    killed_at = torch.load(ckpt, weights_only=False)["step"]
    assert 4 <= killed_at < 8, "the run finished before it was killed"
    assert not (tmp_path / "killed" / "final").exists()

    resumed = subprocess.run(
        run_recipe_cmd(configs["killed"], "--resume"), env=env, cwd=tmp_path, capture_output=True,
        text=True, timeout=SUBPROCESS_TIMEOUT,
    )  # fmt: skip
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert straight.wait(SUBPROCESS_TIMEOUT) == 0, log_tail(logs["straight"])

    a, b = tmp_path / "killed", tmp_path / "straight"
    steps = [r["step"] for r in train_rows(a)]
    assert steps == list(range(1, 9)), f"duplicate or missing steps after resume: {steps}"
    assert [r["step"] for r in metric_rows(a) if "val_loss" in r] == [3, 6, 8]
    assert [r["step"] for r in metric_rows(b) if "val_loss" in r] == [8]
    assert [r["loss"] for r in train_rows(a)] == [r["loss"] for r in train_rows(b)]
    assert [r["lr"] for r in train_rows(a)] == [r["lr"] for r in train_rows(b)]
    assert [r["grad_norm"] for r in train_rows(a)] == [r["grad_norm"] for r in train_rows(b)]
    assert_same_tensors(final_tensors(a), final_tensors(b))
    assert_same_tensors(torch.load(a / CHECKPOINT, weights_only=False)["trained"], final_tensors(b))
    summaries = [json.loads((out / "metrics.json").read_text()) for out in (a, b)]
    assert summaries[0]["final_val_loss"] == summaries[1]["final_val_loss"]
    assert not unfinished(feature_folders(tiny["home"]))


class _TrainedStub:
    """What save_checkpoint needs of a model: its trained tensors."""

    def __init__(self, value: float) -> None:
        self.state = {"projector.w": torch.full((3, 4), value), "lora.a": torch.arange(6.0) * value}

    def trained_state_dict(self) -> dict[str, torch.Tensor]:
        return self.state


def test_crash_while_writing_a_checkpoint_keeps_the_last_good_one(
    tiny: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = RecipeConfig.from_dict(recipe_dict(tiny, tmp_path))
    param = torch.nn.Parameter(torch.ones(4))
    optimizer = torch.optim.AdamW([param], lr=1e-3)
    scheduler = get_cosine_schedule_with_warmup(optimizer, 1, 10)
    path = tmp_path / CHECKPOINT
    save_checkpoint(path, _TrainedStub(1.0), optimizer, scheduler, 2, cfg)
    good = path.read_bytes()

    real_save = torch.save

    def crash_midway(obj: Any, f: Any, *args: Any, **kwargs: Any) -> None:
        real_save(obj, f, *args, **kwargs)  # the bytes are written, then the process "dies" before the rename
        f.write(b"\0" * 100)
        raise OSError("disk full")

    monkeypatch.setattr(torch, "save", crash_midway)
    with pytest.raises(OSError, match="disk full"):
        save_checkpoint(path, _TrainedStub(2.0), optimizer, scheduler, 4, cfg)
    monkeypatch.undo()

    assert path.read_bytes() == good
    state = torch.load(path, weights_only=False)
    assert state["step"] == 2 and torch.equal(state["trained"]["projector.w"], torch.ones(3, 4))
    assert sorted(p.name for p in tmp_path.iterdir()) == [CHECKPOINT]  # no temp file left behind

    save_checkpoint(path, _TrainedStub(3.0), optimizer, scheduler, 6, cfg)  # and the next save still works
    assert torch.load(path, weights_only=False)["step"] == 6
    assert sorted(p.name for p in tmp_path.iterdir()) == [CHECKPOINT]


def test_resume_without_a_checkpoint_starts_fresh(accum_run: dict[str, Any]) -> None:
    # the folder held a stale step-7 row and no checkpoint: the log starts over
    assert [r["step"] for r in metric_rows(accum_run["out"])] == [1, 2, 2]  # losses 1, 2 and the final val loss
    assert torch.load(accum_run["out"] / CHECKPOINT, weights_only=False)["step"] == 2


# ------------------------------------------------------------------------------------------------ 3. DDP


@pytest.mark.slow
def test_ddp_two_cpu_processes_equal_one_process_with_grad_accum(
    tiny: dict[str, Path], tmp_path: Path, accum_run: dict[str, Any], fresh_init: dict[str, torch.Tensor]
) -> None:
    """torchrun --nproc_per_node 2 (gloo): rank r trains on its own micro-batch, gradients are averaged, so two
    steps equal one process accumulating the same two micro-batches per step; the LR schedule is per step."""
    ddp_out = tmp_path / "ddp"
    config = write_recipe(tmp_path / "ddp.yaml", recipe_dict(tiny, ddp_out, train=ACCUM_STEPS))
    cmd = [
        sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", "2", "--master_addr", "127.0.0.1",
        "--master_port", str(free_port()), "-m", "gpt4video.train.recipe", str(config),
    ]  # fmt: skip
    proc = subprocess.run(
        cmd, env=subprocess_env(tiny["home"]), cwd=tmp_path, capture_output=True, text=True, timeout=SUBPROCESS_TIMEOUT
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-4000:]

    assert sorted(p.name for p in (ddp_out / "final").iterdir()) == ["config.json", WEIGHTS_NAME]
    rows = train_rows(ddp_out)
    assert [r["step"] for r in rows] == [1, 2] and all(math.isfinite(r["loss"]) for r in rows)
    summary = json.loads((ddp_out / "metrics.json").read_text())
    assert summary["steps"] == 2 and math.isfinite(summary["final_val_loss"]) and summary["samples_per_s"] > 0
    assert torch.load(ddp_out / CHECKPOINT, weights_only=False)["step"] == 2
    assert summary["final_loss"] == rows[-1]["loss"]

    # the schedule advances once per optimiser step, whatever the world size
    opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=1e-2)
    sched = get_cosine_schedule_with_warmup(opt, 1, 2)
    expected = []
    for _ in range(2):
        opt.step()
        sched.step()
        expected.append(sched.get_last_lr()[0])
    assert [r["lr"] for r in rows] == pytest.approx(expected, abs=1e-12)

    one_out = accum_run["out"]  # one process, same config but grad_accum 2
    assert [r["lr"] for r in train_rows(one_out)] == [r["lr"] for r in rows]
    ddp, single = final_tensors(ddp_out), final_tensors(one_out)
    assert ddp.keys() == single.keys()
    moved = sum((ddp[k] - fresh_init[k]).abs().sum().item() for k in ddp)
    apart = sum((ddp[k] - single[k]).abs().sum().item() for k in ddp)
    assert moved > 0 and apart < 1e-3 * moved, (apart, moved)
    single_val = json.loads((one_out / "metrics.json").read_text())["final_val_loss"]
    assert summary["final_val_loss"] == pytest.approx(single_val, rel=1e-4)


# ------------------------------------------------------------------------------------------------ 4. pure pieces


@pytest.mark.parametrize(("n", "batch_size"), [(12, 3), (10, 3), (5, 4)])
def test_batch_indices_cover_every_sample_once_per_epoch_across_ranks(n: int, batch_size: int) -> None:
    world, micro_steps = 2, 9
    stream = []  # the global order: micro-step by micro-step, rank 0's batch then rank 1's
    for step in range(micro_steps):
        for rank in range(world):
            idx = batch_indices(n, 7, step, batch_size, rank, world)
            assert len(idx) == batch_size and all(0 <= i < n for i in idx)
            stream += idx
    epochs = [stream[k : k + n] for k in range(0, len(stream) - n + 1, n)]
    assert len(epochs) >= 3
    for e, order in enumerate(epochs):
        assert sorted(order) == list(range(n)), f"epoch {e} is not a permutation"
        assert order == sample_order(n, 7, e)
    assert len({tuple(o) for o in epochs}) > 1  # each epoch is reshuffled
    # ranks see disjoint samples within a micro-step while the step stays inside one epoch
    for step in range(micro_steps):
        a, b = (batch_indices(n, 7, step, batch_size, r, world) for r in range(world))
        first, last = step * world * batch_size, (step + 1) * world * batch_size - 1
        if first // n == last // n:
            assert not set(a) & set(b)


def test_group_by_length_batches_similar_lengths_and_keeps_every_sample() -> None:
    n, batch_size, world = 1000, 4, 2
    lengths = tuple(int(x) for x in torch.randint(20, 400, (n,), generator=torch.Generator().manual_seed(0)))
    steps = n // (batch_size * world) * 2  # two epochs

    def stream(lens: tuple[int, ...] | None) -> list[list[int]]:
        return [batch_indices(n, 5, s, batch_size, r, world, lens) for s in range(steps) for r in range(world)]

    grouped, plain = stream(lengths), stream(None)
    for batches in (grouped, plain):
        flat = [i for b in batches for i in b]
        assert sorted(flat[:n]) == sorted(flat[n:]) == list(range(n))  # each epoch: every sample once
    assert grouped[: len(grouped) // 2] != grouped[len(grouped) // 2 :]  # each epoch reshuffled
    padded = [sum(max(lengths[i] for i in b) * len(b) for b in batches) for batches in (grouped, plain)]
    real = sum(lengths) * 2
    assert padded[0] / real < 1.1 < 1.4 < padded[1] / real  # grouping removes most padding
    # a group is a run of whole global batches of one epoch's permutation, sorted longest first
    group = recipe.LENGTH_GROUP * batch_size * world
    order = sample_order(n, 5, 0, lengths, group)
    assert sorted(order[:group]) == sorted(sample_order(n, 5, 0)[:group])
    assert [lengths[i] for i in order[:group]] == sorted((lengths[i] for i in order[:group]), reverse=True)
    assert stream(lengths) == grouped  # still a pure function of (seed, step)


def test_batch_indices_are_a_pure_function_of_seed_and_step() -> None:
    keys = [(s, r) for s in (0, 5, 17, 40) for r in (0, 1)]
    torch.manual_seed(1)
    a = {k: batch_indices(50, 3, k[0], 4, k[1], 2) for k in keys}
    torch.manual_seed(999)  # neither the global RNG nor the order of the calls matters
    torch.rand(10)
    b = {k: batch_indices(50, 3, k[0], 4, k[1], 2) for k in reversed(keys)}
    assert a == b
    assert batch_indices(50, 4, 5, 4, 0, 2) != batch_indices(50, 3, 5, 4, 0, 2)  # the seed does
    # one process's micro-steps 2s, 2s+1 are two ranks' micro-step s (global batch = batch_size x world)
    for s in range(4):
        assert batch_indices(50, 3, 2 * s + 1, 4, 0, 1) == batch_indices(50, 3, s, 4, 1, 2)


def test_recipe_config_rejects_unknown_keys_naming_them(tmp_path: Path) -> None:
    base = yaml.safe_load((TRAIN_CONFIGS / "nano-align.yaml").read_text())
    cases = [
        ({**base, "stages": "align"}, r"unknown key\(s\) stages\b"),
        ({**base, "data": {**base["data"], "sourcez": ["qa"]}}, r"data\.sourcez"),
        ({**base, "train": {**base["train"], "max_step": 3}}, r"train\.max_step\b"),
        ({**base, "stage": "pretrain"}, r"stage.*'pretrain'"),
        ({**base, "data": {**base["data"], "sources": ["qa", "videos"]}}, r"data\.sources.*'videos'"),
        ({**base, "train": [1, 2]}, r"train: expected a mapping"),
        ({**base, "data": 5}, r"data: expected a mapping"),
        ({**base, "data": {**base["data"], "qa_turns": 0}}, r"data\.qa_turns must be at least 1, got 0"),
        ({**base, "data": {**base["data"], "repeat": {"safety": 2}}}, r"data\.repeat: 'safety' is not one of"),
        ({**base, "data": {**base["data"], "repeat": {"qa": 0}}}, r"data\.repeat\.qa must be a whole number"),
        ({**base, "data": {**base["data"], "repeat": 3}}, r"data\.repeat must map sources to whole numbers, got 3"),
        ({**base, "data": {**base["data"], "template": "alpaca"}}, r"data\.template: unknown template 'alpaca'"),
    ]
    for i, (raw, message) in enumerate(cases):
        path = write_recipe(tmp_path / f"bad{i}.yaml", raw)
        with pytest.raises(ConfigError, match=rf"bad{i}\.yaml: .*{message}"):
            RecipeConfig.from_file(path)
    (tmp_path / "list.yaml").write_text("- a\n- b\n")
    with pytest.raises(ConfigError, match="mapping at the top level"):
        RecipeConfig.from_file(tmp_path / "list.yaml")
    (tmp_path / "broken.yaml").write_text("model: [unclosed\n")
    with pytest.raises(ConfigError, match="not valid YAML"):
        RecipeConfig.from_file(tmp_path / "broken.yaml")
    with pytest.raises(ConfigError, match="cannot read"):
        RecipeConfig.from_file(tmp_path / "missing.yaml")


def test_shipped_train_configs_parse() -> None:
    align = RecipeConfig.from_file(TRAIN_CONFIGS / "nano-align.yaml")
    instruct = RecipeConfig.from_file(TRAIN_CONFIGS / "nano-instruct.yaml")
    assert (align.model, align.stage, align.init_from) == ("gpt4video-nano", "align", None)
    assert set(align.data.sources) == {"captions", "qa"}
    assert (instruct.model, instruct.stage) == ("gpt4video-nano", "instruct")
    assert instruct.init_from == f"{align.output_dir}/final"  # stage 2 starts from stage 1's final tensors
    assert {"dialogues", "safety"} <= set(instruct.data.sources)
    for cfg in (align, instruct):
        assert RecipeConfig.from_dict(cfg.to_dict()) == cfg
        t = cfg.train
        assert t.max_steps > t.warmup_steps > 0 and t.checkpoint_every <= t.max_steps and t.batch_size > 0
    assert (CONFIGS_DIR / f"{align.model}.yaml").is_file()


def test_repeat_weights_training_sources_but_not_validation(tiny: dict[str, Path], tmp_path: Path) -> None:
    base = RecipeConfig.from_dict(recipe_dict(tiny, tmp_path / "a"))
    tripled = RecipeConfig.from_dict(recipe_dict(tiny, tmp_path / "b", data={"repeat": {"qa": 3}}))
    captions = DialogueDataset(tiny["data"] / "train", dialogues=False, captions=True).samples
    qa = DialogueDataset(tiny["data"] / "train", dialogues=False, qa=True).samples
    assert recipe.load_samples(base, "train", repeat=True) == captions + qa
    assert recipe.load_samples(tripled, "train", repeat=True) == captions + qa * 3
    assert recipe.load_samples(tripled, "train") == captions + qa  # validation is not weighted


def test_plain_template_reaches_the_training_loop(align_run: dict[str, Any], tiny: dict[str, Path]) -> None:
    out = align_run["out"].parent / "plain"
    cfg = RecipeConfig.from_dict(recipe_dict(tiny, out, data={"template": "plain"}, train={"max_steps": 1}))
    train(cfg, progress=False)
    plain, chat = train_rows(out)[0], train_rows(align_run["out"])[0]
    assert math.isfinite(plain["loss"]) and plain["loss"] != chat["loss"]  # same batch, other text
    assert json.loads((out / "recipe.json").read_text())["data"]["template"] == "plain"


def test_recipe_module_entry_point_usage() -> None:
    with pytest.raises(SystemExit, match="usage"):
        recipe.main([])
    with pytest.raises(SystemExit, match="usage"):
        recipe.main(["a.yaml", "b.yaml"])


def test_export_writes_fp16_that_loads_back(tmp_path: Path) -> None:
    from safetensors.torch import load_file, save_file

    from gpt4video.train.export import export

    src = tmp_path / "final"
    src.mkdir()
    (src / "config.json").write_text('{"name": "x"}')
    save_file({"abstractor.w": torch.randn(4, 4), "projector.step": torch.tensor([3])}, str(src / "model.safetensors"))
    out = export(src, tmp_path / "ckpt")
    state = load_file(str(out / "model.safetensors"))
    assert state["abstractor.w"].dtype == torch.float16 and state["projector.step"].dtype == torch.int64
    assert (out / "config.json").read_text() == '{"name": "x"}'
    assert sorted(p.name for p in out.iterdir()) == ["config.json", "model.safetensors"]
