"""Benchmarks: answer scoring, batched video QA, the ShapesWorld suite and `gpt4video eval …`."""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
import torch
from typer.testing import CliRunner

from gpt4video import cli
from gpt4video.data.datasets import DataFormatError, read_jsonl, resolve_videos
from gpt4video.data.shapes_dataset import write_split
from gpt4video.eval import VideoTokenCache, evaluate_shapes, evaluate_videoqa, load_qa_rows, normalize, score
from gpt4video.eval.shapes import dialogue_answer_correct
from gpt4video.video import VideoDecodeError

runner = CliRunner()


# ------------------------------------------------------------------------------------------------ scoring


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Red Star.", "red star"),
        ("  Two   objects!  ", "2 objects"),
        ("twenty", "20"),
        ("Zero", "0"),
        ("An apple, a pear and the plum", "apple pear and plum"),
        ("It moves up-left.", "it moves up-left"),
        ("It's blue", "its blue"),
        ("yes.", "yes"),
        ("", ""),
    ],
)
def test_normalize(text, expected):
    assert normalize(text) == expected


@pytest.mark.parametrize(
    ("prediction", "answer", "exact", "contains"),
    [
        ("2", "2", True, True),
        ("Two.", "2", True, True),
        ("There are two objects.", "2", False, True),
        ("There are 12 objects.", "2", False, False),
        ("The red star", "red star", True, True),
        ("It is a red star.", "red star", False, True),
        ("A star that is red", "red star", False, False),
        ("up-left", "up-left", True, True),
        ("It moves up-left.", "up-left", False, True),
        ("It moves up-left.", "up", False, False),
        ("It moves up.", "up-left", False, False),
        ("Yes.", "yes", True, True),
        ("No, there is not.", "no", False, True),
        ("not", "no", False, False),
        ("I don't know", "no", False, False),
        ("yes and no", "yes", False, False),
        ("yes and no", "no", False, False),
        ("Yes, yes!", "yes", False, True),
        ("nothing", "no", False, False),
        ("purple", "pink", False, False),
        ("", "red", False, False),
        ("", "", True, True),
        ("anything", "", False, False),
    ],
)
def test_score(prediction, answer, exact, contains):
    assert score(prediction, answer) == {"exact": exact, "contains": contains}


@pytest.mark.parametrize(
    ("reply", "answer", "kind", "right"),
    [
        ("The circle drifts downwards.", "down", "direction", True),
        ("It moves diagonally up and to the left.", "up-left", "direction", True),
        ("It moves diagonally up and to the left.", "up", "direction", False),
        ("It hops up and down.", "bounces", "event", True),
        ("It hops up and down.", "grows", "event", False),
        ("Yes, it spins.", "yes", "event", True),
        ("There are no red objects.", "0", "count", True),
        ("There are 2 objects.", "0", "count", False),
        ("Video 2, with 3 objects.", "video 2", "count", True),
    ],
)
def test_dialogue_answers_accept_shapesworld_paraphrases(reply, answer, kind, right):
    assert dialogue_answer_correct(reply, answer, kind) is right


# ------------------------------------------------------------------------------------------------ stub model


def _videos(conversation):
    return [
        p["path"] for m in conversation if isinstance(m["content"], list) for p in m["content"] if p["type"] == "video"
    ]


def _last_user_text(conversation):
    content = [m for m in conversation if m["role"] == "user"][-1]["content"]
    return content if isinstance(content, str) else " ".join(p["text"] for p in content if p["type"] == "text")


class StubModel:
    """Just what the evaluators call: frames → small tensors → a reply chosen by ``reply(conversation)``."""

    config = SimpleNamespace(generation=SimpleNamespace(tag="video"))

    def __init__(self, reply):
        self.reply = reply
        self.loaded: list[str] = []
        self.video_calls = 0
        self.batches: list[int] = []

    def load_frames(self, video):
        self.loaded.append(video.path)
        if "bad" in Path(video.path).name:
            raise VideoDecodeError(f"{video.path}: not a video")
        return np.zeros((2, 4, 4, 3), np.uint8)

    def frame_tokens(self, frames):
        assert frames.ndim == 5 and frames.dtype == torch.uint8
        return torch.zeros(*frames.shape[:2], 3, 4)

    def video_tokens(self, frame_tokens):
        self.video_calls += 1
        return torch.ones(frame_tokens.shape[0], 5, 8)

    def encode_conversations(self, conversations, add_generation_prompt):
        assert add_generation_prompt
        return [list(c) for c in conversations]

    def generate_encoded(self, encoded, video_tokens, max_new_tokens):
        self.batches.append(len(encoded))
        for conversation, tokens in zip(encoded, video_tokens, strict=True):
            n = len(_videos(conversation))
            assert (tokens is None) if n == 0 else tuple(tokens.shape) == (n, 5, 8)
        return [self.reply(c) for c in encoded]


ROWS = [
    {"video": "a.mp4", "question": "What colour?", "answer": "red", "kind": "color"},
    {"video": "a.mp4", "question": "How many?", "answer": "2", "kind": "count"},
    {"video": "b.mp4", "question": "What colour is it?", "answer": "blue", "kind": "color"},
    {"video": "b.mp4", "question": "How many objects?", "answer": "3", "kind": "count"},
    {"video": "c.mp4", "question": "Is it there?", "answer": "no"},
    {"video": "bad.mp4", "question": "What colour, again?", "answer": "red", "kind": "color"},
    {"video": "c.mp4", "question": "Is it big?", "answer": "yes", "kind": "yesno"},
    {"video": "bad.mp4", "question": "Which shape?", "answer": "star", "kind": "shape"},
    {"video": "a.mp4", "question": "Does it spin?", "answer": "no", "kind": "yesno"},
]
CANNED = {
    "What colour?": "Red.",  # exact
    "How many?": "There are two objects.",  # contains only
    "What colour is it?": "green",  # wrong
    "How many objects?": "three",  # exact
    "Is it there?": "No <video> a red star moving left </video>",  # the tag is not part of the answer
    "Is it big?": "yes and no",  # hedged: wrong
    "Does it spin?": "I don't know",  # "know" does not contain "no"
}


def _canned(conversation):
    return CANNED[_last_user_text(conversation)]


def test_videoqa_scores_per_kind_and_overall(tmp_path):
    result = evaluate_videoqa(StubModel(_canned), ROWS, root=tmp_path, batch_size=4, progress=False)
    assert result["n"] == 9 and result["errors"] == 2
    assert result["exact"] == pytest.approx(3 / 9) and result["contains"] == pytest.approx(4 / 9)
    kinds = result["per_kind"]
    assert list(kinds) == ["color", "count", "shape", "unknown", "yesno"]
    assert kinds["color"] == {"exact": 1 / 3, "contains": 1 / 3, "n": 3}
    assert kinds["count"] == {"exact": 0.5, "contains": 1.0, "n": 2}
    assert kinds["unknown"] == {"exact": 1.0, "contains": 1.0, "n": 1}  # the tag is dropped: "No"
    assert kinds["yesno"] == {"exact": 0.0, "contains": 0.0, "n": 2}
    assert kinds["shape"] == {"exact": 0.0, "contains": 0.0, "n": 1}
    preds = result["predictions"]
    assert [p["question"] for p in preds] == [r["question"] for r in ROWS]
    assert preds[4]["prediction"] == "No" and "<video>" in preds[4]["raw"]
    assert preds[0]["video"] == "a.mp4"  # rows come back as given, not resolved


def test_videoqa_bad_video_is_a_wrong_row_not_a_crash(tmp_path):
    model = StubModel(_canned)
    result = evaluate_videoqa(model, ROWS, root=tmp_path, batch_size=3, progress=False)
    bad = [p for p in result["predictions"] if p["video"] == "bad.mp4"]
    assert len(bad) == 2 and all(not p["exact"] and not p["contains"] and "not a video" in p["error"] for p in bad)
    assert all("error" not in p for p in result["predictions"] if p["video"] != "bad.mp4")
    assert model.loaded.count(str(tmp_path / "bad.mp4")) == 1  # the failure is remembered too


def test_videoqa_batch_size_does_not_change_the_result(tmp_path):
    one, four = StubModel(_canned), StubModel(_canned)
    a = evaluate_videoqa(one, ROWS, root=tmp_path, batch_size=1, progress=False)
    b = evaluate_videoqa(four, ROWS, root=tmp_path, batch_size=4, progress=False)
    assert a == b
    assert one.batches == [1] * 7  # the two bad rows never reach generate
    assert four.batches == [4, 2, 1]  # batches of 4 rows, less their bad rows


def test_videoqa_encodes_each_clip_once(tmp_path):
    model = StubModel(_canned)
    cache = VideoTokenCache(model)
    evaluate_videoqa(model, ROWS, root=tmp_path, batch_size=2, progress=False, cache=cache)
    assert cache.computed == 3 and model.video_calls == 3
    assert sorted(model.loaded) == sorted(str(tmp_path / n) for n in ("a.mp4", "b.mp4", "c.mp4", "bad.mp4"))
    evaluate_videoqa(model, ROWS[:2], root=tmp_path, progress=False, cache=cache)  # a shared cache is reused
    assert model.video_calls == 3


def test_videoqa_paths_root_and_absolute(tmp_path):
    model = StubModel(lambda c: "red")
    rows = [
        {"video": "clips/x.mp4", "question": "q1", "answer": "red"},
        {"video": str(tmp_path / "abs.mp4"), "question": "q2", "answer": "red"},
    ]
    result = evaluate_videoqa(model, rows, root=tmp_path / "split", progress=False)
    assert model.loaded == [str(tmp_path / "split" / "clips" / "x.mp4"), str(tmp_path / "abs.mp4")]
    assert result["exact"] == 1.0 and result["per_kind"] == {"unknown": {"exact": 1.0, "contains": 1.0, "n": 2}}
    evaluate_videoqa(model, rows[:1], progress=False)  # no root: the path as written
    assert model.loaded[-1] == "clips/x.mp4"


def test_videoqa_empty_and_malformed_rows():
    empty = evaluate_videoqa(StubModel(_canned), [], progress=False)
    assert empty["n"] == 0 and empty["exact"] is None and empty["per_kind"] == {} and empty["predictions"] == []
    with pytest.raises(DataFormatError, match="row 2: 'question'"):
        evaluate_videoqa(StubModel(_canned), [ROWS[0], {"video": "a.mp4", "answer": "x"}], progress=False)
    with pytest.raises(ValueError, match="batch_size"):
        evaluate_videoqa(StubModel(_canned), ROWS, batch_size=0, progress=False)


def test_load_qa_rows(tmp_path):
    f = tmp_path / "qa.jsonl"
    f.write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    assert load_qa_rows(f) == ROWS and load_qa_rows(f, limit=2) == ROWS[:2]
    with pytest.raises(DataFormatError, match="file not found"):
        load_qa_rows(tmp_path / "missing.jsonl")
    f.write_text(json.dumps(ROWS[0]) + "\n{not json\n")
    with pytest.raises(DataFormatError, match="qa.jsonl:2"):
        load_qa_rows(f)
    f.write_text(json.dumps({"video": "a.mp4", "question": "q", "answer": None}) + "\n")
    with pytest.raises(DataFormatError, match="'answer'"):
        load_qa_rows(f)


# ------------------------------------------------------------------------------------------------ ShapesWorld


class Crc:
    """A stand-in sentence embedder (unit vectors from word checksums): fast and deterministic."""

    def embed(self, texts):
        out = np.zeros((len(texts), 64), np.float32)
        for i, t in enumerate(texts):
            for w in t.lower().split():
                out[i, zlib.crc32(w.encode()) % 64] += 1
        return out / np.linalg.norm(out, axis=1, keepdims=True).clip(1e-9)


@pytest.fixture(scope="module")
def shapes_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("shapesworld")
    write_split(root / "test", "test", 3, 0, num_frames=8, size=64, embedder=Crc(), progress=False)
    return root


def _oracle(root: Path, split: str = "test"):
    """A reply function that answers as the dataset does: the QA answer, or the dialogue's next turn."""
    folder = root / split
    truth = {}
    for row in read_jsonl(folder / "dialogues.jsonl"):
        for j, m in enumerate(row["messages"]):
            if m["role"] == "assistant":
                truth[json.dumps(resolve_videos(row["messages"][:j], folder), sort_keys=True)] = m["content"]
    for row in read_jsonl(folder / "qa.jsonl"):
        conv = [{"role": "user", "content": [{"type": "video", "path": str(folder / row["video"])},
                                             {"type": "text", "text": row["question"]}]}]  # fmt: skip
        truth[json.dumps(conv, sort_keys=True)] = row["answer"]
    return lambda conversation: truth[json.dumps(conversation, sort_keys=True)]


def test_shapes_with_a_perfect_model(shapes_root):
    model = StubModel(_oracle(shapes_root))
    result = evaluate_shapes(model, shapes_root, "test", batch_size=4, progress=False)
    assert result["split"] == "test" and "predictions" not in result["qa"]
    assert result["qa"]["exact"] == 1.0 and result["qa"]["n"] == sum(
        1 for _ in read_jsonl(shapes_root / "test/qa.jsonl")
    )
    gen = result["generation"]
    assert gen["n_generation"] == 6 and gen["n_understanding"] >= 6
    assert gen["tag_rate"] == 1.0 and gen["attribute_coverage"] == 1.0 and gen["spurious_tag_rate"] == 0.0
    assert set(gen["per_attribute"]) >= {"color", "shape", "motion"} and set(gen["per_attribute"].values()) == {1.0}
    assert gen["errors"] == 0
    for name in ("understanding", "multi_video"):
        assert result["dialogue_qa"][name]["accuracy"] == 1.0 and result["dialogue_qa"][name]["n"] > 0
    assert model.video_calls == 3  # three clips, each encoded once for QA and every dialogue


def test_shapes_with_a_model_that_always_tags(shapes_root):
    oracle = _oracle(shapes_root)
    model = StubModel(lambda c: oracle(c) if "<video>" in oracle(c) else oracle(c) + " <video> a red star </video>")
    gen = evaluate_shapes(model, shapes_root, max_dialogues=6, batch_size=8, progress=False)["generation"]
    assert gen["spurious_tag_rate"] == 1.0 and gen["tag_rate"] == 1.0 and gen["attribute_coverage"] == 1.0
    assert gen["n_generation"] == 3  # first 6 rows: clip 0's four dialogues, clip 1's understanding + request


def test_shapes_with_a_model_that_never_tags(shapes_root):
    result = evaluate_shapes(StubModel(lambda c: "I am not sure."), shapes_root, max_qa=5, progress=False)
    gen = result["generation"]
    assert gen["tag_rate"] == 0.0 and gen["attribute_coverage"] == 0.0 and gen["spurious_tag_rate"] == 0.0
    assert set(gen["per_attribute"].values()) == {0.0}
    assert result["qa"]["n"] == 5 and result["qa"]["exact"] == 0.0


def test_shapes_limits_and_missing_files(shapes_root, tmp_path):
    result = evaluate_shapes(StubModel(lambda c: "x"), shapes_root, max_qa=0, max_dialogues=0, progress=False)
    assert result["qa"]["n"] == 0 and result["generation"]["n_generation"] == 0
    assert result["generation"]["tag_rate"] is None
    with pytest.raises(DataFormatError, match="file not found"):
        evaluate_shapes(StubModel(lambda c: "x"), tmp_path, "test", progress=False)


# ------------------------------------------------------------------------------------------------ CLI


def _single_error(result, *needles):
    text = " ".join(result.output.split())  # rich may wrap a long path over two lines
    assert result.exit_code == 2, result.output
    assert text.count("error:") == 1 and "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    for needle in needles:
        assert needle in text, result.output


def test_cli_eval_user_errors(tmp_path):
    _single_error(runner.invoke(cli.app, ["eval", "videoqa", "--data", str(tmp_path / "nope.jsonl")]), "file not found")
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n")
    _single_error(runner.invoke(cli.app, ["eval", "videoqa", "--data", str(bad)]), "bad.jsonl:1")
    good = tmp_path / "qa.jsonl"
    good.write_text(json.dumps(ROWS[0]) + "\n")
    result = runner.invoke(cli.app, ["eval", "videoqa", "--data", str(good), "--model", "no-such-model"])
    _single_error(result, "unknown model")
    _single_error(runner.invoke(cli.app, ["eval", "shapes", "--root", str(tmp_path)]), "file not found")
    _single_error(runner.invoke(cli.app, ["eval", "shapes", "--split", "holdout"]), "unknown split")


def test_cli_eval_shapes_with_a_stub_model(shapes_root, monkeypatch):
    monkeypatch.setattr(cli, "_load_eval_model", lambda name, variant="full": StubModel(_oracle(shapes_root)))
    args = ["eval", "shapes", "--root", str(shapes_root), "--limit-qa", "6", "--limit-dialogues", "8"]
    result = runner.invoke(cli.app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert {"model", "seconds", "split", "qa", "generation", "dialogue_qa"} <= set(payload)
    assert payload["qa"]["n"] == 6 and payload["generation"]["tag_rate"] == 1.0
    result = runner.invoke(cli.app, args)
    assert result.exit_code == 0, result.output
    assert "attribute coverage" in result.stdout and "spurious" in result.stdout and "count" in result.stdout


def test_cli_eval_videoqa_table_and_predictions(shapes_root, monkeypatch, tmp_path):
    monkeypatch.setattr(cli, "_load_eval_model", lambda name, variant="full": StubModel(_oracle(shapes_root)))
    out = tmp_path / "preds" / "p.jsonl"
    data = shapes_root / "test" / "qa.jsonl"
    result = runner.invoke(cli.app, ["eval", "videoqa", "--data", str(data), "--limit", "5", "--predictions", str(out)])
    assert result.exit_code == 0, result.output
    assert "all" in result.stdout and "1.000" in result.stdout
    preds = list(read_jsonl(out))
    assert len(preds) == 5 and all(p["exact"] and p["prediction"] == p["answer"] for p in preds)


@pytest.mark.slow
def test_cli_eval_videoqa_json_with_nano(shapes_root, tmp_path):
    data = shapes_root / "test" / "qa.jsonl"
    result = runner.invoke(
        cli.app, ["eval", "videoqa", "--data", str(data), "--json", "--limit", "4", "--batch-size", "2"]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout[result.stdout.index("{") :])
    assert {"exact", "contains", "n", "per_kind", "model", "seconds"} <= set(payload)
    assert "predictions" not in payload
    assert payload["n"] == 4 and payload["model"] == "gpt4video-nano" and payload["errors"] == 0
    assert 0 <= payload["exact"] <= payload["contains"] <= 1
    assert sum(k["n"] for k in payload["per_kind"].values()) == 4
