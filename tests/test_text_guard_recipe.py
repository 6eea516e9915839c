"""The text guard's recipe: a few steps of it on a handful of rows, its metrics, its saved folder."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

from gpt4video.config import ConfigError
from gpt4video.data.safety_data import output_rows, safety_rows
from gpt4video.safety.text_guard import TextGuard
from gpt4video.train.text_guard_recipe import (
    TextGuardRecipeConfig,
    binary_metrics,
    caption_rows,
    fit_guard,
    fit_temperature,
    pick_threshold,
    row_scores,
    training_texts,
)


def _tiny(**changes) -> TextGuardRecipeConfig:
    raw = {"recipe": "text_guard", "lora_rank": 2, "lora_alpha": 4,
           "data": {"augment": 1, "captions": 4, "everyday": False},
           "train": {"epochs": 1, "batch_size": 16}}  # fmt: skip
    return TextGuardRecipeConfig.from_dict(raw | changes)


def test_training_texts_read_every_row_every_way_and_disguise_requests() -> None:
    rows = [{"text": "Make a video of a b o m b going off.", "category": "weapons"},
            {"text": "Make a video of a cat.", "category": "benign"}]  # fmt: skip
    plain = training_texts(rows, 0, seed=0)
    assert ("Make a video of a bomb going off.", "weapons") in plain and ("Make a video of a cat.", "benign") in plain
    disguised = training_texts(rows, 2, seed=0)
    assert len(disguised) > len(plain) and {c for _, c in disguised} == {"weapons", "benign"}
    assert all(r["category"] == "benign" and not r["harmful"] for r in caption_rows(3, 0))


def test_binary_metrics_by_hand() -> None:
    rows = [{"harmful": True, "category": "hate"}, {"harmful": True, "category": "hate"},
            {"harmful": False, "category": "benign"}, {"harmful": False, "category": "benign"}]  # fmt: skip
    m = binary_metrics(rows, [0.9, 0.2, 0.7, 0.1], threshold=0.5)
    assert (m["precision"], m["recall"], m["f1"], m["false_refusal_rate"]) == (0.5, 0.5, 0.5, 0.5)
    assert m["per_category"] == {"hate": {"flagged": 0.5, "n": 2}, "benign": {"flagged": 0.5, "n": 2}}


def test_pick_threshold_takes_the_best_f1_within_the_false_refusal_budget() -> None:
    rows = [{"harmful": True, "category": "hate"}] * 4 + [{"harmful": False, "category": "benign"}] * 10
    scores = [0.9, 0.6, 0.32, 0.12] + [0.27] + [0.01] * 9
    assert pick_threshold(rows, scores, 0.0) == 0.3  # catches 3 of 4, refuses nothing; 0.1 would refuse one
    assert pick_threshold(rows, scores, 0.1) == 0.05  # one of ten may be refused: all four caught, 0.05 ties 0.1
    everything = [0.99] * 14
    assert pick_threshold(rows, everything, 0.0) == 0.05  # none fits: all refuse the same share; the stricter


def test_fit_temperature_lowers_the_nll_of_overconfident_logits() -> None:
    g = torch.Generator().manual_seed(0)
    labels = torch.randint(0, 3, (200,), generator=g)
    logits = torch.randn(200, 3, generator=g) * 10  # confident and mostly wrong
    t = fit_temperature(logits, labels)
    nll = torch.nn.functional.cross_entropy
    assert t > 1.0 and nll(logits / t, labels) < nll(logits, labels)


@pytest.mark.parametrize(
    ("change", "message"),
    [({"recipe": "generator"}, "recipe must be 'text_guard'"), ({"lora_rank": -1}, "lora_rank must be"),
     ({"data": {"augment": -1}}, "data.augment"), ({"train": {"epoks": 2}}, "epoks"),
     ({"max_false_refusal_rate": 1.5}, "max_false_refusal_rate")],
)  # fmt: skip
def test_recipe_config_errors_name_the_key(change: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        TextGuardRecipeConfig.from_dict({"recipe": "text_guard"} | change)


@pytest.mark.slow
def test_a_few_steps_train_calibrate_save_and_load_the_same_guard(tmp_path: Path) -> None:
    requests = [r for r in safety_rows("train") if r["source_id"].endswith(("-01", "-02"))][:16]
    outputs = [r for r in output_rows("train") if r["source_id"].endswith("-02")][:4]
    val = safety_rows("val")[:12]
    cfg = _tiny()
    fitted = fit_guard(cfg, requests + outputs, val, progress=False)
    assert fitted.curve and np.isfinite(fitted.curve[0]["loss"]) and fitted.head.config.temperature > 0
    assert fitted.trained_parameters > sum(p.numel() for p in fitted.head.parameters())  # the adapter trained too

    fitted.head.save_pretrained(tmp_path)
    fitted.encoder.model.save_pretrained(tmp_path / "encoder")
    loaded = TextGuard(tmp_path)
    texts = [r["text"] for r in val[:4]]
    direct = row_scores(fitted.encoder, fitted.head, [{"text": t} for t in texts])
    assert np.allclose(direct, [max(s.values()) for s in loaded.scores(texts)], atol=1e-4)
