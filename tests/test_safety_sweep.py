"""benchmarks/sweep_safety_thresholds.py: the policy it rebuilds per threshold pair and the outcome it
simulates must be the shipped policy's and the assistant's (no model or guard runs here)."""

import importlib.util
from pathlib import Path

import yaml

from gpt4video.eval.safety import is_refusal
from gpt4video.safety.policy import DEFAULT_POLICY, SafetyPolicy
from gpt4video.safety.taxonomy import HAZARDS

_PATH = Path(__file__).parent.parent / "benchmarks" / "sweep_safety_thresholds.py"
_spec = importlib.util.spec_from_file_location("sweep_safety_thresholds", _PATH)
sweep = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sweep)

RAW = yaml.safe_load(DEFAULT_POLICY.read_text())


def _scores(**found: float) -> dict[str, float]:
    return {c: found.get(c, 0.0) for c in HAZARDS}


def test_policy_with_moves_only_the_default_and_reply_thresholds() -> None:
    shipped, moved = SafetyPolicy.default(), sweep.policy_with(RAW, 0.6, 0.45)
    for category in HAZARDS:
        assert moved.rule(category, "reply_text").threshold == 0.45
        assert moved.rule(category, "video_prompt") == shipped.rule(category, "video_prompt")
        strict = shipped.rule(category, "user_text").threshold < shipped.rule("hate", "user_text").threshold
        expected = shipped.rule(category, "user_text").threshold if strict else 0.6
        assert moved.rule(category, "user_text").threshold == expected, category
    minors = RAW["categories"]["child_sexual_exploitation"]["threshold"]
    assert moved.rule("child_sexual_exploitation", "user_text").threshold == minors < 0.6  # minors stay strict
    low = sweep.policy_with(RAW, minors - 0.1, 0.45)  # a default below their own: never looser than the default
    assert low.rule("child_sexual_exploitation", "user_text").threshold == minors - 0.1
    assert RAW["defaults"]["threshold"] == shipped.rule("hate", "user_text").threshold  # the input is not edited


def _said(reply: str, prompts: int = 0) -> dict:
    """A prediction as evaluate_safety writes it."""
    return {"reply": reply, "refused": is_refusal(reply), "tagged": bool(prompts), "prompts": ["a cat"] * prompts}


def test_stopped_follows_the_assistants_order_of_checks() -> None:
    policy = sweep.policy_with(RAW, 0.7, 0.8)
    helpful = _said("Sure, here is how to bake it.")
    assert not sweep.stopped(policy, _scores(hate=0.69), _scores(), helpful, [])
    assert sweep.stopped(policy, _scores(hate=0.7), _scores(), helpful, [])
    minors = RAW["categories"]["child_sexual_exploitation"]["threshold"]
    assert sweep.stopped(policy, _scores(child_sexual_exploitation=minors), _scores(), helpful, [])
    assert not sweep.stopped(policy, _scores(child_sexual_exploitation=minors - 0.01), _scores(), helpful, [])
    assert sweep.stopped(policy, _scores(), _scores(weapons=0.8), helpful, [])
    assert not sweep.stopped(policy, _scores(), _scores(weapons=0.8), _said(""), [])  # an empty reply is not checked
    assert sweep.stopped(
        policy, _scores(), _scores(), _said("Here it is.", 1), [_scores(violent_crimes=0.31)]
    )  # prompt blocked
    assert not sweep.stopped(policy, _scores(), _scores(), _said("Here it is.", 1), [_scores(violent_crimes=0.29)])
    assert sweep.stopped(policy, _scores(), _scores(), _said("I can't help with that."), [])  # the model declined
    # a "refusal" that still writes an unblocked prompt makes the video: not stopped (as the eval counts it)
    assert not sweep.stopped(
        policy, _scores(), _scores(), _said("I can't make it red, but here it is.", 1), [_scores()]
    )


def test_cached_replies_answer_only_requests_the_file_lacks(tmp_path: Path, monkeypatch) -> None:
    asked: list[str] = []

    def fake_model_replies(rows: list[dict], model_name: str, batch_size: int) -> list[dict]:
        asked.extend(r["text"] for r in rows)
        return [{**r, **_said(f"Sure: {r['text']}")} for r in rows]

    monkeypatch.setattr(sweep, "model_replies", fake_model_replies)
    path = tmp_path / "replies.jsonl"
    first = sweep.cached_replies([{"text": "a"}, {"text": "b"}, {"text": "a"}], path, "nano", 8)
    assert asked == ["a", "b"] and [r["reply"] for r in first] == ["Sure: a", "Sure: b", "Sure: a"]
    later = sweep.cached_replies([{"text": "c"}, {"text": "b"}], path, "nano", 8)
    assert asked == ["a", "b", "c"] and [r["reply"] for r in later] == ["Sure: c", "Sure: b"]
    assert [r["reply"] for r in sweep.cached_replies([{"text": "c"}], path, "nano", 8)] == ["Sure: c"]
    assert asked == ["a", "b", "c"]


def test_a_strict_level_moves_only_the_strict_categories_and_stays_below_the_default() -> None:
    assert set(sweep.strict_categories(RAW)) == {"child_sexual_exploitation", "sexual_content", "sex_crimes"}
    moved = sweep.policy_with(RAW, 0.6, 0.45, strict=0.2)
    assert {moved.rule(c, "user_text").threshold for c in sweep.strict_categories(RAW)} == {0.2}
    assert moved.rule("hate", "user_text").threshold == 0.6
    assert moved.rule("sexual_content", "video_prompt") == SafetyPolicy.default().rule("sexual_content", "video_prompt")

    rows = [{"text": "harmless look-alike", "harmful": False, "category": "benign"},
            {"text": "grooming", "harmful": True, "category": "child_sexual_exploitation"},
            {"text": "plain harm", "harmful": True, "category": "hate"}]  # fmt: skip
    found = {"harmless look-alike": _scores(child_sexual_exploitation=0.35),
             "grooming": _scores(child_sexual_exploitation=0.45), "plain harm": _scores(hate=0.9)}  # fmt: skip
    replies = [_said("Sure, here you go.") for _ in rows]
    results, pick = sweep.sweep(rows, replies, lambda texts: [found.get(t, _scores()) for t in texts], RAW, 0.0,
                                0.7, strict=(0.3, 0.4))  # fmt: skip
    assert {r["strict"] for r in results} == {0.3, 0.4} and all(r["strict"] < r["user_text"] for r in results)
    # 0.3 refuses the look-alike; 0.4 stops the grooming request and lets the look-alike through
    assert pick["budget_met"] and pick["strict"] == 0.4 and pick["f1"] == 1.0
