"""The nano generator: clip reader, folded pipeline, recipe (a few steps, resume after a crash), backend."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import torch

from gpt4video.data.generator_data import build_clips, single_object_scenes
from gpt4video.data.shapesworld import DIRECTIONS, is_held_out, render
from gpt4video.eval.clip_reader import read_clip
from gpt4video.eval.t2v import evaluate_t2v, t2v_cases
from gpt4video.generation import GenerationError
from gpt4video.generation.nano_backend import NanoBackend
from gpt4video.generation.nano_pipeline import fold, unfold
from gpt4video.train import generator_recipe
from gpt4video.train.generator_recipe import GeneratorRecipeConfig


def test_reader_reads_rendered_shapesworld_clips() -> None:
    scenes = single_object_scenes("val", 60, num_frames=8, size=64)
    right = {"color": 0, "shape": 0, "motion": 0}
    directional = [s for s in scenes if s.objects[0].motion in DIRECTIONS]
    for scene in scenes:
        o, r = scene.objects[0], read_clip(render(scene))
        right["color"] += r.color == o.color
        right["shape"] += r.shape == o.shape
        right["motion"] += r.motion == o.motion
    assert right["color"] == right["shape"] == len(scenes)
    assert right["motion"] >= 0.9 * len(scenes)  # a slow turn can look still
    assert all(read_clip(render(s)).direction == s.objects[0].motion for s in directional)


def test_reader_on_a_clip_without_an_object() -> None:
    grey = np.full((8, 32, 32, 3), 128, np.uint8)
    assert read_clip(grey).color is None and read_clip(grey).shape is None and read_clip(grey).motion is None
    with pytest.raises(ValueError, match="T×H×W×3"):
        read_clip(grey[..., 0])


def test_fold_is_invertible() -> None:
    video = torch.randn(2, 3, 8, 16, 16)
    folded = fold(video, 4)
    assert folded.shape == (2, 3 * 8 * 16, 4, 4)
    assert torch.equal(unfold(folded, 4, 8), video)


def test_generator_scenes_keep_only_the_asked_backgrounds() -> None:
    scenes = single_object_scenes("train", 20, backgrounds=["plain"])
    assert len(scenes) == 20 and {s.background["kind"] for s in scenes} == {"plain"}
    assert {s.background["kind"] for s in single_object_scenes("train", 40)} == {"plain", "gradient", "noise"}


def test_generator_data_is_deterministic_and_single_object() -> None:
    a, b = build_clips("train", 5, size=32), build_clips("train", 5, size=32)
    assert np.array_equal(a.frames, b.frames) and a.prompts == b.prompts
    assert a.frames.shape == (5, 8, 32, 32, 3)
    assert all(len(s.objects) == 1 for s in a.scenes) and all(len(p) == 3 for p in a.prompts)


def _tiny_config(out: Path, max_steps: int = 6, prediction: str = "v_prediction") -> GeneratorRecipeConfig:
    return GeneratorRecipeConfig.from_dict({
        "recipe": "generator", "output_dir": str(out), "channels": [32, 32, 32], "patch": 2,
        "prediction": prediction,
        "data": {"train_clips": 12, "val_clips": 4, "size": 16},
        "train": {"max_steps": max_steps, "batch_size": 2, "bf16": False, "log_every": 1, "eval_every": 3,
                  "sample_every": max_steps, "sample_prompts": 2, "sample_steps": 2, "checkpoint_every": 1},
    })  # fmt: skip


def _losses(out: Path) -> list[float]:
    rows = [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()]
    return [r["loss"] for r in rows if "loss" in r]


@pytest.mark.slow
def test_recipe_trains_saves_a_loadable_pipeline_and_resumes_exactly(tmp_path: Path, monkeypatch) -> None:
    full = generator_recipe.train(_tiny_config(tmp_path / "full"), progress=False)
    assert full["steps"] == 6 and full["samples"] is not None
    for name in ("checkpoint.pt", "metrics.json", "loss.png", "samples-000006.png", "final/model_index.json"):
        assert (tmp_path / "full" / name).is_file(), name

    # A crash right after the step-3 checkpoint, then --resume: the same losses as the uninterrupted run.
    save = generator_recipe.atomic_save

    def crash_after_three(state: dict, path: Path) -> None:
        save(state, path)
        if state["step"] == 3:
            raise KeyboardInterrupt

    monkeypatch.setattr(generator_recipe, "atomic_save", crash_after_three)
    with pytest.raises(KeyboardInterrupt):
        generator_recipe.train(_tiny_config(tmp_path / "killed"), progress=False)
    monkeypatch.setattr(generator_recipe, "atomic_save", save)
    assert len(_losses(tmp_path / "killed")) == 3
    generator_recipe.train(_tiny_config(tmp_path / "killed"), resume=True, progress=False)
    assert _losses(tmp_path / "killed") == _losses(tmp_path / "full")

    backend = NanoBackend(str(tmp_path / "full" / "final"))
    steps: list[int] = []
    a = backend.generate("a red circle moving left", height=16, width=16, steps=2, seed=1,
                         callback=lambda i, n: steps.append(i))  # fmt: skip
    b = backend.generate("a red circle moving left", height=16, width=16, steps=2, seed=1)
    assert a.shape == (8, 16, 16, 3) and a.dtype == np.uint8 and np.array_equal(a, b) and steps == [1, 2]
    with pytest.raises(GenerationError, match="8-frame clips"):
        backend.generate("a red circle", num_frames=16, height=16, width=16, steps=1)

    scores = evaluate_t2v(backend, per_subset=2, steps=1, progress=False, sheet=tmp_path / "sheet.png")
    assert (tmp_path / "sheet.png").stat().st_size > 0
    assert scores["n"] == 4 and set(scores["per_subset"]) == {"seen", "unseen"}
    assert {"color", "shape", "direction", "all", "seconds_per_clip"} <= set(scores)
    assert [r["subset"] for r in scores["predictions"]] == ["seen", "seen", "unseen", "unseen"]
    assert all(0.0 <= scores[a] <= 1.0 for a in ("color", "shape", "direction", "all"))


@pytest.mark.parametrize("prediction", ["sample", "epsilon", "edm"])
def test_the_saved_pipeline_samples_with_the_prediction_it_was_trained_for(tmp_path: Path, prediction: str) -> None:
    generator_recipe.train(_tiny_config(tmp_path, max_steps=2, prediction=prediction), progress=False)
    scheduler = json.loads((tmp_path / "final" / "scheduler" / "scheduler_config.json").read_text())
    expected = ("EDMDPMSolverMultistepScheduler", "epsilon") if prediction == "edm" else ("DDIMScheduler", prediction)
    assert (scheduler["_class_name"], scheduler["prediction_type"]) == expected
    clip = NanoBackend(str(tmp_path / "final")).generate("a blue star moving up", height=16, width=16, steps=2)
    assert clip.shape == (8, 16, 16, 3)


def test_t2v_prompts_hold_out_unseen_combinations() -> None:
    cases = t2v_cases(per_subset=20)
    assert len(cases) == 40 and all(c.scene.objects[0].motion in DIRECTIONS for c in cases)
    for c in cases:
        o = c.scene.objects[0]
        assert is_held_out(o.color, o.shape, o.motion) == (c.subset == "unseen")
        assert o.color in c.prompt and o.shape in c.prompt


def test_missing_nano_generator_says_how_to_train_it(tmp_path: Path) -> None:
    with pytest.raises(GenerationError, match="nano-generator.yaml"):
        NanoBackend(str(tmp_path))


@pytest.mark.parametrize(
    "change, message",
    [
        ({"recipe": "align"}, "recipe must be 'generator'"),
        ({"data": {"size": 20}}, "multiple of patch·2\\^\\(levels-1\\) = 16"),
        ({"channels": [32]}, "at least 2 levels"),
        ({"prediction": "noise"}, "prediction must be one of"),
        ({"edm": {"sigma_data": 0.0}}, "edm.sigma_data"),
        ({"edm": {"p_man": 0.0}}, "p_man"),
        ({"data": {"backgrounds": ["stripes"]}}, "data.backgrounds"),
        ({"data": {"uncond_prob": 1.0}}, "uncond_prob"),
        ({"train": {"stepz": 3}}, "stepz"),
    ],
)
def test_recipe_config_errors_name_the_key(change: dict, message: str) -> None:
    raw = {"recipe": "generator", **change}
    with pytest.raises(ValueError, match=message):
        GeneratorRecipeConfig.from_dict(raw)
