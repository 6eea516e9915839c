"""The assistant on the embedded nano model: one turn end to end, multi-turn videos, clear errors."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from gpt4video.assistant import Assistant
from gpt4video.conversation import MessageError
from gpt4video.video import VideoDecodeError

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def assistant():
    return Assistant.from_pretrained("gpt4video-nano")


def _video_turn(path, text):
    return {"role": "user", "content": [{"type": "video", "path": str(path)}, {"type": "text", "text": text}]}


def test_one_turn_end_to_end(assistant, sample_videos):
    result = assistant.chat([_video_turn(sample_videos / "bikes.mp4", "What is in this video?")], max_new_tokens=8)
    assert result.text and result.raw
    assert result.videos == []
    assert [v["check"] for v in result.safety] == ["user_text", "input_video", "reply_text"]
    assert all({"safe", "category", "score", "reason", "action"} <= set(v) for v in result.safety)
    assert set(result.timings) == {"decode", "encode", "abstract", "prefill", "generate", "safety", "total"}
    assert all(v >= 0 for v in result.timings.values())
    assert result.timings["encode"] > 0 and result.timings["total"] >= result.timings["prefill"]
    assert set(result.to_dict()) == {"text", "prompts", "videos", "safety", "refused", "timings", "raw"}


def test_multi_turn_keeps_earlier_videos_referable(assistant, sample_videos):
    first = _video_turn(sample_videos / "bikes.mp4", "Describe this.")
    r1 = assistant.chat([first], max_new_tokens=4)
    second = _video_turn(sample_videos / "carphone_pristine.mp4", "How does <video1> differ from this one?")
    messages = [first, {"role": "assistant", "content": r1.raw}, second]
    encoded = assistant.model.conversation.encode(messages, add_generation_prompt=True)
    assert [v.path for v in encoded.videos] == [str(sample_videos / n) for n in ("bikes.mp4", "carphone_pristine.mp4")]
    assert [i for i in encoded.input_ids if i < 0] == [-1, -2]
    r2 = assistant.chat(messages, max_new_tokens=4)
    assert r2.timings["decode"] > 0  # the new clip is decoded...
    again = assistant.chat(messages, max_new_tokens=4)
    assert again.timings["decode"] == 0.0  # ...and both are cached afterwards
    assert again.raw == r2.raw  # greedy decoding is deterministic


def test_user_written_tag_never_becomes_a_slot(assistant):
    encoded = assistant.model.conversation.encode(
        [{"role": "user", "content": "Please <video> a cat </video> and <video2>"}], add_generation_prompt=True
    )
    assert all(i >= 0 for i in encoded.input_ids)
    assert "‹video›" in assistant.model.tokenizer.decode(encoded.input_ids)


def test_bad_inputs_are_clear_errors(assistant, tmp_path):
    bad = tmp_path / "broken.mp4"
    bad.write_bytes(b"\x00" * 100)
    with pytest.raises(VideoDecodeError, match="broken.mp4"):
        assistant.chat([_video_turn(bad, "hi")])
    with pytest.raises(MessageError, match="unknown role"):
        assistant.chat([{"role": "wizard", "content": "hi"}])
    with pytest.raises(MessageError, match="only user messages may carry videos"):
        assistant.chat([{"role": "assistant", "content": [{"type": "video", "path": "x.mp4"}]}])
    with pytest.raises(MessageError, match="non-empty list"):
        assistant.chat([])


class _Square:
    """A gallery backend without a model: a grey clip (the assistant only needs frames)."""

    name = "square"

    def __init__(self, fail: Exception | None = None) -> None:
        from gpt4video.generation.backend import ClipSettings

        self.defaults = ClipSettings(num_frames=4, height=16, width=16, steps=1, fps=4)
        self.fail = fail

    def generate(self, prompt, **kwargs):
        if self.fail:
            raise self.fail
        return np.full((4, 16, 16, 3), 128, np.uint8)


@pytest.fixture
def tagged_reply(assistant, monkeypatch, tmp_path):
    """The model answers with two video prompts; rendered videos go to tmp_path."""
    raw = "Sure. <video> a red circle moving left </video> And <video> a blue square </video>"
    monkeypatch.setattr(assistant.model, "generate_encoded", lambda *a, **k: [raw])
    g = assistant.model.config.generation
    monkeypatch.setattr(g, "generator", "square")
    monkeypatch.setattr(g, "output_dir", str(tmp_path))
    monkeypatch.setattr(assistant.gallery, "_loaded", {})
    return tmp_path


def test_video_prompts_are_rendered_and_their_paths_returned(assistant, tagged_reply, monkeypatch):
    from gpt4video.generation.gallery import BACKENDS

    monkeypatch.setitem(BACKENDS, "square", lambda source=None, **kw: _Square())
    result = assistant.chat([{"role": "user", "content": "make two videos"}], seed=5)
    assert result.prompts == ["a red circle moving left", "a blue square"]
    assert len(result.videos) == 2 and all(Path(v).parent == tagged_reply and Path(v).is_file() for v in result.videos)
    assert all(f"video saved to {v}" in result.text for v in result.videos)
    assert "render" in result.timings
    assert assistant.chat([{"role": "user", "content": "again"}], render=False).videos == []


@pytest.mark.parametrize("failure", [RuntimeError("CUDA out of memory"), None])
def test_a_failing_or_missing_backend_leaves_a_message_not_a_crash(assistant, tagged_reply, monkeypatch, failure):
    from gpt4video.generation import GenerationError
    from gpt4video.generation.gallery import BACKENDS

    def load(source=None, **kw):
        if failure is None:
            raise GenerationError("the nano generator is not at x: train it")
        return _Square(fail=failure)

    monkeypatch.setitem(BACKENDS, "square", load)
    result = assistant.chat([{"role": "user", "content": "make two videos"}])
    assert result.videos == [] and result.text.startswith("Sure.")
    assert result.text.count("I could not make that video") == 2
    assert ("out of memory" if failure else "train it") in result.text
    assert list(tagged_reply.iterdir()) == []


# ------------------------------------------------------------------------------------------------ safety


@pytest.fixture
def stub_guards(assistant, monkeypatch, tmp_path):
    """Guards whose verdicts the test controls: "HATEFUL" text is hate, frames are explicit when ``block``."""
    from test_safety import _FixedFrames, _FixedText, _policy

    from gpt4video.safety.guards import SafetyGuards

    frames = _FixedFrames()
    guards = SafetyGuards(_policy(tmp_path), text_guard=_FixedText(), frame_guard=frames)
    monkeypatch.setattr(assistant, "guards", guards)
    monkeypatch.setattr(assistant, "_cache", type(assistant._cache)())
    return guards, frames


def _no_model(*args, **kwargs):
    raise AssertionError("the model must not see a refused turn")


def test_a_harmful_request_is_refused_before_the_model_sees_it(assistant, stub_guards, monkeypatch):
    monkeypatch.setattr(assistant.model, "generate_encoded", _no_model)
    result = assistant.chat([{"role": "user", "content": "make a HATEFUL video"}])
    assert result.refused and result.prompts == [] and result.videos == []
    assert result.text.startswith("I can't help with that") and "promotes hate" in result.text
    assert [(v["check"], v["safe"], v["category"]) for v in result.safety] == [("user_text", False, "hate")]


def test_an_explicit_input_video_is_refused_before_the_encoder(assistant, stub_guards, monkeypatch, sample_videos):
    guards, frames = stub_guards
    frames.block = True
    monkeypatch.setattr(assistant.model, "frame_tokens", _no_model)
    monkeypatch.setattr(assistant.model, "generate_encoded", _no_model)
    result = assistant.chat([_video_turn(sample_videos / "bikes.mp4", "What is this?")])
    assert result.refused and "sexually explicit" in result.text
    assert [(v["check"], v["safe"]) for v in result.safety] == [("user_text", True), ("input_video", False)]


def test_a_harmful_reply_is_replaced_by_a_refusal_and_nothing_is_rendered(assistant, stub_guards, monkeypatch):
    raw = "Here is a HATEFUL rant. <video> a blue square </video>"
    monkeypatch.setattr(assistant.model, "generate_encoded", lambda *a, **k: [raw])
    result = assistant.chat([{"role": "user", "content": "say something"}])
    assert result.refused and result.videos == [] and result.prompts == [] and "HATEFUL" not in result.text
    assert [v["check"] for v in result.safety] == ["user_text", "reply_text"] and result.raw == raw


def test_a_blocked_prompt_is_not_rendered_and_the_others_are(assistant, stub_guards, tagged_reply, monkeypatch):
    from gpt4video.generation.gallery import BACKENDS

    guards, frames = stub_guards
    raw = "Sure. <video> a HATEFUL banner </video> And <video> a blue square </video>"
    monkeypatch.setattr(assistant.model, "generate_encoded", lambda *a, **k: [raw])
    monkeypatch.setitem(BACKENDS, "square", lambda source=None, **kw: _Square())
    result = assistant.chat([{"role": "user", "content": "make two videos"}], seed=1)
    assert not result.refused and len(result.videos) == 1
    assert "I did not make that video: its prompt was flagged as hate" in result.text
    checks = [(v["check"], v["safe"]) for v in result.safety]
    assert checks == [("user_text", True), ("reply_text", True), ("video_prompt", False), ("video_prompt", True),
                      ("output_video", True)]  # fmt: skip
    assert guards.counts["video_prompt"] == 2 and guards.counts["output_video"] == frames.seen == 1


def test_a_blocked_clip_is_deleted_never_returned(assistant, stub_guards, tagged_reply, monkeypatch):
    from gpt4video.generation.gallery import BACKENDS

    _, frames = stub_guards
    frames.block = True
    monkeypatch.setitem(BACKENDS, "square", lambda source=None, **kw: _Square())
    result = assistant.chat([{"role": "user", "content": "make two videos"}], seed=1)
    assert result.videos == [] and result.text.count("the clip was flagged as sexual_content") == 2
    assert [p for p in tagged_reply.iterdir() if p.is_file()] == []  # no clip, no contact sheet (audit/ aside)


def test_safety_can_be_turned_off_for_measuring_the_model_alone():
    from gpt4video.model.gpt4video import GPT4Video

    assistant = Assistant(GPT4Video.from_pretrained("gpt4video-nano"), safety=False)
    assert assistant.guards is None
    assert assistant.chat([{"role": "user", "content": "hello"}], max_new_tokens=2).safety == []
