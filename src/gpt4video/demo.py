"""`make demo`: the main job on the embedded default, as far as the project has built it.

Today: sample frames from a bundled real clip and save a contact sheet, turn them into the frozen
encoder's patch tokens, and let the embedded LLM answer a text question. The model issue grows this
into video question answering and generation.
"""

from __future__ import annotations

import time
from pathlib import Path

import torch
from rich.console import Console
from rich.table import Table

from gpt4video import weights
from gpt4video.model.encoder import EMBEDDED_DINOV2, FrameEncoder
from gpt4video.model.llm import EMBEDDED_LLM, chat_once, load_llm
from gpt4video.video import load_video, probe_video
from gpt4video.visualize import contact_sheet, save_image_atomic

DEMO_CLIP = "bigbuckbunny.mp4"
DEMO_QUESTION = "In two sentences: why does a video model sample only a few frames of a long video?"


def run_demo(out_dir: Path, num_frames: int = 8, console: Console | None = None) -> dict[str, object]:
    """Run every stage that exists on the embedded default; return what it measured."""
    console = console or Console()
    clip = weights.path("sample-videos") / DEMO_CLIP
    info = probe_video(clip)
    table = Table(title=f"input video: {clip.name}", show_header=False)
    for key in ("duration", "fps", "width", "height", "codec"):
        table.add_row(key, str(getattr(info, key)))
    console.print(table)

    t0 = time.perf_counter()
    frames = load_video(clip, num_frames=num_frames, size=224)
    t_sample = time.perf_counter() - t0
    sheet = save_image_atomic(contact_sheet(frames), out_dir / "frames.png")
    console.print(f"[green]sampled {num_frames} frames[/] {tuple(frames.shape)} in {t_sample:.2f} s → {sheet}")

    encoder = FrameEncoder.from_pretrained(EMBEDDED_DINOV2)
    t0 = time.perf_counter()
    tokens = encoder(torch.from_numpy(frames))
    t_encode = time.perf_counter() - t0
    console.print(
        f"[green]frozen encoder[/] {EMBEDDED_DINOV2}: tokens {tuple(tokens.shape)} "
        f"in {t_encode:.2f} s ({num_frames / t_encode:.1f} frames/s)"
    )

    model, tokenizer = load_llm(EMBEDDED_LLM)
    t0 = time.perf_counter()
    answer = chat_once(model, tokenizer, DEMO_QUESTION)
    t_answer = time.perf_counter() - t0
    console.print(f"[bold]user:[/] {DEMO_QUESTION}\n[bold]assistant:[/] {answer}  [dim]({t_answer:.1f} s)[/]")
    return {
        "clip": str(clip),
        "frames_png": str(sheet),
        "token_shape": list(tokens.shape),
        "answer": answer,
        "seconds": {"sample": t_sample, "encode": t_encode, "answer": t_answer},
    }
