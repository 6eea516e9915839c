"""The command line: verbs exist, user errors give a clear message and no traceback."""

from __future__ import annotations

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
