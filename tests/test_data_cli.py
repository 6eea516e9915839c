"""`gpt4video data …`: ShapesWorld, safety and builder commands from the command line."""

from __future__ import annotations

import json

from llm_stub_server import StubLLM
from typer.testing import CliRunner

from gpt4video.cli import app

runner = CliRunner()


def test_data_shapes_is_deterministic(tmp_path):
    args = ["data", "shapes", "--videos", "4", "--split", "train", "--frames", "8", "--size", "64", "--workers", "1"]
    for name in ("a", "b"):
        result = runner.invoke(app, [*args, "--out", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
    for f in ("clips.jsonl", "qa.jsonl", "dialogues.jsonl"):
        first, second = (tmp_path / "a" / "train" / f).read_bytes(), (tmp_path / "b" / "train" / f).read_bytes()
        assert first and first == second, f
    clips = [json.loads(line) for line in (tmp_path / "a" / "train" / "clips.jsonl").read_text().splitlines()]
    assert len(clips) == 4 and all((tmp_path / "a" / "train" / c["path"]).is_file() for c in clips)


def test_data_shapes_rejects_unknown_split(tmp_path):
    result = runner.invoke(app, ["data", "shapes", "--out", str(tmp_path), "--videos", "2", "--split", "holdout"])
    assert result.exit_code == 2 and "unknown split" in result.output


def test_data_safety_writes_every_split(tmp_path):
    result = runner.invoke(app, ["data", "safety", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for split in ("train", "val", "test"):
        rows = [json.loads(line) for line in (tmp_path / f"safety_{split}.jsonl").read_text().splitlines()]
        assert rows and all({"text", "harmful", "category"} <= set(r) for r in rows)
        assert (tmp_path / f"safety_dialogues_{split}.jsonl").stat().st_size > 0
        everyday = [json.loads(line) for line in (tmp_path / f"everyday_{split}.jsonl").read_text().splitlines()]
        assert everyday and all(r["harmful"] is False and r["frame"] == "everyday" for r in everyday)


def test_data_build_against_a_local_endpoint(tmp_path, monkeypatch):
    captions = tmp_path / "captions.csv"
    captions.write_text("id,caption\nv1,a dog runs on a beach\nv2,a chef slices onions\n")
    out = tmp_path / "dialogues.jsonl"
    with StubLLM() as stub:
        result = runner.invoke(
            app, ["data", "build", str(captions), "--out", str(out), "--base-url", stub.base_url, "--model", "stub"]
        )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(r["id"] for r in rows) == ["v1", "v2"] and all(len(r["dialogues"]) == 3 for r in rows)


def test_data_build_bad_file_names_the_line(tmp_path):
    captions = tmp_path / "captions.csv"
    captions.write_text("id,caption\nv1,a dog runs\nv2,\n")
    result = runner.invoke(
        app, ["data", "build", str(captions), "--out", str(tmp_path / "o.jsonl"), "--base-url", "http://127.0.0.1:9",
              "--model", "m"],
    )  # fmt: skip
    assert result.exit_code == 2 and "captions.csv:3" in result.output and "Traceback" not in result.output
