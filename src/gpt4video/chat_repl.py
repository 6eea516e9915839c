"""The interactive `gpt4video chat` loop: messages accumulate, videos attach with /video."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console

from gpt4video.assistant import Assistant
from gpt4video.video import VideoDecodeError, probe_video

HELP = "/video PATH attaches a video to your next message · /reset starts over · /quit leaves"


def run_repl(assistant: Assistant, videos: list[str], max_new_tokens: int, console: Console) -> None:
    """Read user turns until /quit or end of input; every answer sees the whole conversation so far."""
    messages: list[dict[str, Any]] = []
    pending: list[str] = []
    for v in videos:
        _attach(v, pending, console)
    console.print(f"[dim]{HELP}[/]")
    while True:
        try:
            line = console.input("[bold cyan]you>[/] ").strip()
        except (EOFError, KeyboardInterrupt):
            console.print()
            return
        if not line:
            continue
        if line in ("/quit", "/exit"):
            return
        if line == "/reset":
            messages.clear()
            pending.clear()
            console.print("[dim]conversation cleared[/]")
            continue
        if line.startswith("/video"):
            _attach(line[len("/video") :].strip(), pending, console)
            continue
        if line.startswith("/"):
            console.print(f"[yellow]unknown command[/] {line.split()[0]} · {HELP}")
            continue
        content: list[dict[str, Any]] = [{"type": "video", "path": p} for p in pending]
        content.append({"type": "text", "text": line})
        turn = [*messages, {"role": "user", "content": content}]
        try:
            result = assistant.chat(turn, max_new_tokens=max_new_tokens)
        except ValueError as e:
            console.print(f"[red]error:[/] {e}")
            continue
        messages = [*turn, {"role": "assistant", "content": result.raw}]
        pending.clear()
        console.print(f"[bold green]gpt4video>[/] {result.text}", highlight=False)
        for prompt in result.prompts:
            console.print(f"[magenta]video prompt:[/] {prompt}")
        for path in result.videos:
            console.print(f"[magenta]video:[/] {path}")


def _attach(path: str, pending: list[str], console: Console) -> bool:
    if not path:
        console.print("[yellow]usage:[/] /video PATH")
        return False
    try:
        info = probe_video(Path(path).expanduser())
    except VideoDecodeError as e:
        console.print(f"[red]error:[/] {e}")
        return False
    pending.append(str(Path(path).expanduser()))
    console.print(f"[dim]attached {path} ({info.duration:.1f} s, {info.width}×{info.height})[/]")
    return True
