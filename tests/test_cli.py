"""The command line: verbs exist, user errors give a clear message and no traceback."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from gpt4video.cli import app

runner = CliRunner()


def test_help_lists_verbs():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for verb in ("weights", "probe", "frames", "demo"):
        assert verb in result.stdout


def test_probe_bad_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "notes.mp4"
    bad.write_text("this is not a video")
    result = runner.invoke(app, ["probe", str(bad)])
    assert result.exit_code == 2
    assert "notes.mp4" in result.output and "error" in result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_frames_writes_contact_sheet(tmp_path, sample_videos):
    out = tmp_path / "sheet.png"
    result = runner.invoke(app, ["frames", str(sample_videos / "bikes.mp4"), "-o", str(out), "-n", "4", "--size", "64"])
    assert result.exit_code == 0, result.output
    from PIL import Image

    with Image.open(out) as im:
        assert im.size == (4 * 64 + 5 * 4, 64 + 2 * 4)


@pytest.mark.slow
def test_ask_json_end_to_end(sample_videos):
    result = runner.invoke(
        app, ["ask", str(sample_videos / "bikes.mp4"), "What is this?", "--json", "--max-new-tokens", "6"]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout[result.stdout.index("{") :])
    assert {"answer", "prompts", "videos", "safety", "timings"} <= set(payload)
    assert payload["answer"]
    assert set(payload["timings"]) >= {"decode", "encode", "abstract", "prefill", "generate"}


def test_ask_user_errors_are_one_line(tmp_path, sample_videos):
    result = runner.invoke(app, ["ask", str(tmp_path / "missing.mp4"), "hi"])
    assert result.exit_code == 2 and "missing.mp4" in result.output and "Traceback" not in result.output
    result = runner.invoke(app, ["ask", str(sample_videos / "bikes.mp4"), "hi", "--model", "no-such-model"])
    assert result.exit_code == 2 and "unknown model" in result.output and "Traceback" not in result.output


@pytest.mark.slow
def test_chat_repl_commands(tmp_path, sample_videos):
    keys = (
        f"/video {tmp_path / 'nope.mp4'}\n/video {sample_videos / 'bikes.mp4'}\n/bogus\nWhat is this?\n/reset\n/quit\n"
    )
    result = runner.invoke(app, ["chat", "--max-new-tokens", "4"], input=keys)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "nope.mp4" in out and "attached" in out and "unknown command" in out
    assert "gpt4video>" in out and "conversation cleared" in out


def test_demo_timings_table_shows_a_refused_turn() -> None:
    """A turn refused by a guard never reaches the model: its row shows its safety time and dashes, no crash."""
    from rich.console import Console

    from gpt4video.demo import timings_table

    answered = {"question": "What is happening?", "timings": dict.fromkeys(
        ("decode", "encode", "abstract", "prefill", "generate", "safety", "total"), 0.5)}  # fmt: skip
    refused = {"question": "Describe the main character.", "timings": {"safety": 0.03, "total": 0.04}}
    console = Console(width=200, record=True)
    console.print(timings_table([answered, refused]))
    text = console.export_text()
    assert "0.50" in text and "Describe the main character." in text and "0.03" in text and "–" in text
