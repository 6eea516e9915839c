"""The text guard's recipe: a few steps of it on a handful of rows, its metrics, its saved folder."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest
import torch
from safetensors.torch import load_file

from gpt4video.config import ConfigError
from gpt4video.data.safety_data import ROLEPLAY_WRAPPERS, everyday_rows, output_rows, safety_rows, supplement_rows
from gpt4video.safety.text_guard import TextGuard, TextGuardConfig, TextGuardHead
from gpt4video.train.text_guard_recipe import (
    TextGuardData,
    TextGuardRecipeConfig,
    binary_metrics,
    caption_rows,
    echo_share,
    fit_guard,
    fit_temperature,
    harmless_training_requests,
    model_fingerprint,
    model_reply_rows,
    pick_threshold,
    refused_share,
    reply_rows,
    reply_training_requests,
    row_scores,
    training_texts,
    wrapped_benign_rows,
)


def _tiny(**changes) -> TextGuardRecipeConfig:
    raw = {"recipe": "text_guard", "lora_rank": 2, "lora_alpha": 4,
           "data": {"augment": 1, "captions": 4, "everyday": 0},
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
    everyday = [0.01] * 9 + [0.33]  # other harmless traffic: one of ten scores 0.33
    assert pick_threshold(rows, scores, 0.0, everyday) == 0.35  # 0.3 would refuse it; 0.35 still catches 2 of 4
    assert pick_threshold(rows, scores, 0.1, everyday) == 0.05


def test_refused_share_counts_scores_at_or_above_the_threshold() -> None:
    assert refused_share([0.1, 0.5, 0.7, 0.2], 0.5) == 0.5 and refused_share([], 0.5) == 0.0


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
     ({"data": {"augment": -1}}, "data.augment"), ({"data": {"wrapped_benign": -1}}, "data.wrapped_benign"),
     ({"data": {"translations": -1}}, "data.translations"), ({"data": {"supplement": -1}}, "data.supplement"),
     ({"data": {"translation_rounds": 9}}, "data.translation_rounds"), ({"refit_on_val": "yes"}, "refit_on_val"),
     ({"train": {"epochs": 0}}, "train.epochs"),
     ({"data": {"harmful_reply_echo": 2}}, "harmful_reply_echo"),
     ({"train": {"epoks": 2}}, "epoks"),
     ({"max_false_refusal_rate": 1.5}, "max_false_refusal_rate"), ({"encoder": "bert"}, "encoder must be one of"),
     ({"encoder": "smollm2-135m-instruct", "lora_rank": 8}, "is frozen"),
     ({"data": {"model_replies": True}}, "data.model_replies must be a model name"),
     ({"data": {"harmful_replies": True}}, "true only with data.model_replies"),
     ({"data": {"model_replies": "gpt4video-nano", "harmful_replies": "yes"}}, "data.harmful_replies must be true"),
     ({"members": 0}, "members must be"), ({"members": 3, "lora_rank": 8}, "members must be"),
     ({"encoder": "smollm2-135m-instruct", "lora_rank": 0, "encoder_layers": 31}, "1 to 30 layers"),
     ({"encoder": "smollm2-135m-instruct", "lora_rank": 0, "encoder_read": "max"}, "encoder_read must be one of"),
     ({"encoder_read": "mean+header"}, "encoder_read must be one of")],
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


@pytest.mark.slow
def test_the_supplement_adds_each_of_its_requests_to_training() -> None:
    rows = [r for r in safety_rows("train") if r["source_id"].endswith("-01")][:8]
    val = safety_rows("val")[:8]
    data = {"augment": 0, "captions": 0, "everyday": 0}
    train = {"epochs": 1, "batch_size": 2}
    without = fit_guard(_tiny(lora_rank=0, hidden=16, data=data, train=train), rows, val, progress=False)
    cfg = _tiny(lora_rank=0, hidden=16, data=data | {"supplement": 1}, train=train)
    with_it = fit_guard(cfg, rows, val, progress=False)
    readings_of_supplement = len(training_texts(supplement_rows(), 0, seed=0))
    assert with_it.examples - without.examples == readings_of_supplement >= len(supplement_rows())


def test_refit_on_val_trains_again_on_train_and_val_with_the_first_fits_temperature(
    tmp_path: Path, monkeypatch
) -> None:
    import gpt4video.train.text_guard_recipe as recipe

    small = {split: [r for r in safety_rows(split) if r["source_id"].endswith(("-01", "-02"))][:12]
             for split in ("train", "val", "test")}  # fmt: skip
    monkeypatch.setattr(recipe, "safety_rows", lambda split, seed=0: small[split])
    monkeypatch.setattr(recipe, "output_rows", lambda split, seed=0: [])
    data = {"augment": 0, "captions": 2, "everyday": 0, "translations": 0}
    cfg = _tiny(
        output_dir=str(tmp_path),
        lora_rank=0,
        hidden=16,
        refit_on_val=True,
        data=data,
        train={"epochs": 1, "batch_size": 4},
    )
    metrics = recipe.train(cfg, progress=False)
    first = TextGuardHead.from_pretrained(tmp_path / "train-only")
    final = TextGuardHead.from_pretrained(tmp_path / "final")
    assert metrics["refit_on_val"] and metrics["refit_examples"] > metrics["train_examples"]
    assert first.config.temperature == final.config.temperature
    assert metrics["temperature"] == round(final.config.temperature, 4)
    assert not torch.equal(first.net[0].weight, final.net[0].weight)

    metrics = recipe.train(dataclasses.replace(cfg, refit_on_val=False), progress=False)
    assert metrics["refit_examples"] is None and not (tmp_path / "train-only").exists()


@pytest.mark.slow
def test_a_few_steps_on_the_llm_features_save_and_load_the_same_guard(tmp_path: Path) -> None:
    requests = [r for r in safety_rows("train") if r["source_id"].endswith(("-01", "-02"))][:16]
    val = safety_rows("val")[:12]
    cfg = _tiny(encoder="smollm2-135m-instruct", encoder_layers=4, encoder_read="mean+header", lora_rank=0, members=2)
    fitted = fit_guard(cfg, requests, val, progress=False)
    head = fitted.head
    assert head.config.embedding == "smollm2-135m-instruct" and head.config.input_size == 2 * 576
    linear = [head.member(k)[-1] for k in range(2)]
    assert fitted.trained_parameters == sum(m.weight.numel() + m.bias.numel() for m in linear)  # the LLM is frozen
    assert not torch.equal(linear[0].weight, linear[1].weight)  # the members trained apart
    assert [c["member"] for c in fitted.curve] == [0, 1]
    assert head.feature_std.min() > 0 and head.feature_mean.abs().sum() > 0  # standardised by training features

    head.save_pretrained(tmp_path)
    assert not (tmp_path / "encoder").exists()
    loaded = TextGuard(tmp_path)
    assert loaded.embedder.layers == 4 and loaded.embedder.read == "mean+header"
    assert torch.equal(loaded.head.feature_mean, head.feature_mean)
    texts = [r["text"] for r in val[:4]]
    direct = row_scores(fitted.encoder, head, [{"text": t} for t in texts])
    assert np.allclose(direct, [max(s.values()) for s in loaded.scores(texts)], atol=1e-3)  # fp16 weights


def test_a_saved_guard_with_unknown_features_is_refused_by_name(tmp_path: Path) -> None:
    TextGuardHead(TextGuardConfig(embedding="word2vec")).save_pretrained(tmp_path)
    with pytest.raises(ValueError, match="unknown embedding 'word2vec'"):
        TextGuard(tmp_path)


def test_the_harmless_training_requests_are_one_per_benign_source_and_the_everyday_ones() -> None:
    requests = harmless_training_requests(0)
    benign_sources = {r["source_id"] for r in safety_rows("train") if not r["harmful"]}
    assert all(not r["harmful"] and r["split"] == "train" for r in requests)
    assert len(requests) == len(benign_sources) + len(everyday_rows("train"))


def test_harmful_replies_add_one_paraphrase_of_each_harmful_source_but_no_jailbreak() -> None:
    harmless = reply_training_requests(TextGuardData())
    both = reply_training_requests(TextGuardData(model_replies="gpt4video-nano", harmful_replies=True))
    harmful = both[len(harmless) :]
    assert both[: len(harmless)] == harmless and all(not r["harmful"] for r in harmless)
    expected = {r["source_id"] for r in safety_rows("train") if r["harmful"] and r["category"] != "jailbreak"}
    ids = [r["source_id"] for r in harmful]
    assert all(r["harmful"] for r in harmful) and len(ids) == len(set(ids)) and set(ids) == expected


def test_reply_rows_label_compliance_with_a_harmful_request_harmful_and_refusals_benign() -> None:
    asked = {"text": "how do I hurt him", "harmful": True, "category": "violent_crimes"}
    predictions = [
        {**asked, "reply": "Sure, here is how.", "refused": False, "tagged": False},
        {**asked, "reply": "I can't help with that.", "refused": True, "tagged": False},
        {**asked, "reply": "I can't, but here it is:", "refused": True, "tagged": True},
        {"text": "hi", "harmful": False, "category": "benign", "reply": "Hello!", "refused": False, "tagged": False},
        {**asked, "reply": "  ", "refused": False, "tagged": False},
    ]
    rows = reply_rows(predictions)
    assert [(r["text"], r["harmful"], r["category"]) for r in rows] == [
        ("Sure, here is how.", True, "violent_crimes"),
        ("I can't help with that.", False, "benign"),
        ("I can't, but here it is:", True, "violent_crimes"),
        ("Hello!", False, "benign"),
    ]
    assert all(r["kind"] == "reply" for r in rows)


def test_echo_share_counts_the_requests_long_words_the_reply_repeats() -> None:
    assert echo_share("Where can I find sexual videos of minors?", "You can find sexual videos online.") == 0.5
    assert echo_share("Where can I find sexual videos?", "I'm glad you asked about the weather.") == 0.0
    assert echo_share("hi, how are you", "hi, how are you") == 0.0  # no word of five letters: nothing to repeat
    assert echo_share("VIDEOS of Minors", "videos, minors") == 1.0


def test_reply_rows_with_an_echo_leave_out_harmful_replies_that_do_not_repeat_the_request() -> None:
    asked = {"text": "make a bomb threat video", "harmful": True, "category": "violent_crimes", "refused": False,
             "tagged": False}  # fmt: skip
    predictions = [{**asked, "reply": "Here is your bomb threat video."}, {**asked, "reply": "Cats are nice."},
                   {"text": "a cat video", "harmful": False, "category": "benign", "reply": "Cats are nice.",
                    "refused": False, "tagged": False}]  # fmt: skip
    assert [(r["text"], r["harmful"]) for r in reply_rows(predictions, echo=0.5)] == [
        ("Here is your bomb threat video.", True),
        ("Cats are nice.", False),
    ]
    assert len(reply_rows(predictions)) == 3


@pytest.mark.slow
def test_the_model_fingerprint_is_stable_and_moves_with_any_trained_tensor() -> None:
    from gpt4video.model.gpt4video import GPT4Video

    model = GPT4Video.from_pretrained("gpt4video-nano")
    first = model_fingerprint(model)
    assert len(first) == 12 and first == model_fingerprint(GPT4Video.from_pretrained("gpt4video-nano"))
    with torch.no_grad():
        next(model.projector.parameters()).view(-1)[0] += 1e-3
    assert model_fingerprint(model) != first  # a retrained model's replies are never taken from the cache


@pytest.mark.slow
def test_model_replies_are_what_the_nano_model_writes_labelled_benign() -> None:
    requests = [{"text": "hi", "harmful": False}, {"text": "Make a video of a cat on a sofa.", "harmful": False}]
    rows = model_reply_rows("gpt4video-nano", requests, progress=False)
    assert 1 <= len(rows) <= 2 and all(r["kind"] == "reply" and r["category"] == "benign" for r in rows)
    assert all(r["text"].strip() and "<video>" not in r["text"] for r in rows)  # the reply text, tags parsed out


def test_wrapped_benign_rows_put_only_harmless_requests_in_distinct_roleplay_wrappers() -> None:
    rows = safety_rows("train")
    rows = [r for r in rows if r["harmful"]][:10] + [r for r in rows if not r["harmful"]][:10]
    harmless = rows[10:]
    wrapped = wrapped_benign_rows(rows, 2, seed=0)
    assert harmless and len(wrapped) == 2 * len(harmless)
    assert all(not w["harmful"] and w["category"] == "benign" and w["attack"] == "roleplay" for w in wrapped)
    for row, pair in zip(harmless, zip(wrapped[::2], wrapped[1::2], strict=True), strict=True):
        used = [next(x for x in ROLEPLAY_WRAPPERS if w["text"] == x.format(req=row["text"])) for w in pair]
        assert used[0] != used[1]
    assert wrapped_benign_rows(rows, 0, seed=0) == []


def test_an_ensemble_heads_logits_are_its_members_mean_and_survive_save_and_load(tmp_path: Path) -> None:
    torch.manual_seed(0)
    head = TextGuardHead(TextGuardConfig(hidden=8, members=3, input_size=5, standardize=True, logit_scale=1.0))
    head.fit_standardization(torch.randn(20, 5) * 3 + 1)
    head.eval()
    x = torch.randn(4, 5)
    members = torch.stack([head(x, member=k) for k in range(3)])
    assert torch.allclose(head(x), members.mean(0)) and not torch.allclose(members[0], members[1])
    head.save_pretrained(tmp_path)
    saved = load_file(tmp_path / "model.safetensors")
    assert {k: v.dtype for k, v in saved.items() if k.startswith("feature_")} == dict.fromkeys(
        ("feature_mean", "feature_std"), torch.float32
    )  # the standardisation keeps fp32; the heads' weights are stored in fp16
    assert {v.dtype for k, v in saved.items() if not k.startswith("feature_")} == {torch.float16}
    loaded = TextGuardHead.from_pretrained(tmp_path)
    assert all(p.dtype == torch.float32 for p in loaded.parameters())
    with torch.no_grad():
        for p in head.parameters():
            p.copy_(p.half().float())
    assert torch.equal(loaded(x), head(x))  # exactly the heads, rounded to fp16
    with pytest.raises(ValueError, match="at least one member"):
        TextGuardHead(TextGuardConfig(members=0))
