"""The assistant on the embedded nano model: one turn end to end, multi-turn videos, clear errors."""

from __future__ import annotations

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
    assert result.videos == [] and result.safety == []
    assert set(result.timings) == {"decode", "encode", "abstract", "prefill", "generate", "total"}
    assert all(v >= 0 for v in result.timings.values())
    assert result.timings["encode"] > 0 and result.timings["total"] >= result.timings["prefill"]
    assert set(result.to_dict()) == {"text", "prompts", "videos", "safety", "timings", "raw"}


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
