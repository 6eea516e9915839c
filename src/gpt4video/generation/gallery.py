"""The text-to-video gallery: named backends, loaded lazily and once, and clips written where nothing collides.

gallery = Gallery()
clip = gallery.render("a red circle moving to the right", backend="nano", out_dir="outputs", seed=0)
clip.path, clip.sheet     # outputs/a-red-circle-moving-to-the-right-s0-1f3a9c2e.mp4 and its contact sheet
"""

from __future__ import annotations

import os
import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch

from gpt4video.generation.backend import GenerationError, PromptTruncatedWarning, StepCallback, VideoBackend


def _diffusers(name: str) -> Callable[..., VideoBackend]:
    def load(source: str | None = None, **kwargs: Any) -> VideoBackend:
        from gpt4video.generation.diffusers_backends import SPECS, DiffusersBackend

        return DiffusersBackend(SPECS[name], source, **kwargs)

    return load


def _nano(source: str | None = None, **kwargs: Any) -> VideoBackend:
    from gpt4video.generation.nano_backend import NanoBackend

    return NanoBackend(source, **kwargs)


BACKENDS: dict[str, Callable[..., VideoBackend]] = {
    "nano": _nano,
    "zeroscope": _diffusers("zeroscope"),
    "modelscope": _diffusers("modelscope"),
    "animatediff": _diffusers("animatediff"),
    "cogvideox": _diffusers("cogvideox"),
}
"""Backend name → loader ``(source=None, *, device, dtype, offload) -> VideoBackend``."""


def check_backend(name: str) -> str:
    if name not in BACKENDS:
        raise GenerationError(f"unknown video backend {name!r}; known backends: {', '.join(BACKENDS)}")
    return name


@dataclass
class GeneratedVideo:
    """One clip the gallery made, where it lies, and how it was made."""

    path: Path
    sheet: Path | None
    prompt: str
    backend: str
    seed: int
    seconds: float
    frames: int
    size: tuple[int, int]
    warnings: list[str] = field(default_factory=list)


def slug(text: str, limit: int = 48) -> str:
    """A file-name-safe stem from a prompt: lowercase words joined by dashes."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    out = "-".join(words)[:limit].strip("-")
    return out or "video"


def reserve_path(out_dir: Path, stem: str, suffix: str) -> Path:
    """A new file name in ``out_dir`` no other call (or process) gets: created exclusively, empty."""
    out_dir.mkdir(parents=True, exist_ok=True)
    while True:
        path = out_dir / f"{stem}-{uuid.uuid4().hex[:8]}{suffix}"
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            continue
        os.close(fd)
        return path


class VideoRejected(GenerationError):
    """A generated clip that ``accept`` turned down: never written, never handed out."""


class Gallery:
    """Backends by name, each loaded on first use and kept; renders prompts to video files."""

    def __init__(
        self,
        *,
        sources: dict[str, str] | None = None,
        device: str | None = None,
        dtype: torch.dtype | None = None,
        offload: bool = False,
    ) -> None:
        self.sources = dict(sources or {})
        self.options = {"device": device, "dtype": dtype, "offload": offload}
        self._loaded: dict[str, VideoBackend] = {}

    def backend(self, name: str) -> VideoBackend:
        """The loaded backend ``name`` (loading it the first time)."""
        check_backend(name)
        if name not in self._loaded:
            options = {k: v for k, v in self.options.items() if v is not None and v is not False}
            self._loaded[name] = BACKENDS[name](self.sources.get(name), **options)
        return self._loaded[name]

    def render(
        self,
        prompt: str,
        *,
        backend: str = "nano",
        out_dir: str | os.PathLike[str] = "outputs",
        dest: str | os.PathLike[str] | None = None,
        seed: int | None = None,
        fmt: str = "mp4",
        sheet: bool = True,
        fps: int | None = None,
        callback: StepCallback | None = None,
        accept: Callable[[np.ndarray], bool] | None = None,
        **settings: Any,
    ) -> GeneratedVideo:
        """Generate ``prompt`` and write it (mp4 or gif) plus a contact sheet PNG; no partial file on failure.

        ``settings`` are :meth:`VideoBackend.generate`'s (``num_frames``, ``height``, ``width``, ``steps``,
        ``guidance``, ``negative_prompt``); a seed makes the clip reproducible (one is drawn and reported if not).
        The file gets a fresh, never-colliding name in ``out_dir``, or is exactly ``dest`` (replaced atomically).
        ``accept`` sees the frames before anything is written (the safety guard's hook): when it says no, nothing
        is written and :class:`VideoRejected` is raised.
        """
        import warnings

        from gpt4video.video import write_video
        from gpt4video.visualize import contact_sheet, save_image_atomic

        if dest is not None:
            fmt = Path(dest).suffix.lower().lstrip(".")
        if fmt not in ("mp4", "gif"):
            raise GenerationError(f"video format must be mp4 or gif, got {fmt!r}")
        model = self.backend(backend)
        seed = int(seed) if seed is not None else int(np.random.SeedSequence().entropy % 2**31)
        t0 = time.perf_counter()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", PromptTruncatedWarning)
            frames = model.generate(prompt, seed=seed, callback=callback, **settings)
        seconds = time.perf_counter() - t0
        if accept is not None and not accept(frames):
            raise VideoRejected(f"the video for {prompt.strip()!r} was not accepted, so it was not saved")
        path = Path(dest) if dest is not None else reserve_path(Path(out_dir), f"{slug(prompt)}-s{seed}", f".{fmt}")
        try:
            write_video(path, frames, fps=fps or model.defaults.fps)
            sheet_path = None
            if sheet:
                picks = frames[np.linspace(0, len(frames) - 1, min(8, len(frames))).round().astype(int)]
                sheet_path = save_image_atomic(contact_sheet(picks), path.with_suffix(".png"))
        except BaseException:
            if dest is None:
                path.unlink(missing_ok=True)  # the empty reserved name; a given dest keeps its old file
            raise
        return GeneratedVideo(
            path, sheet_path, prompt.strip(), backend, seed, round(seconds, 3), len(frames),
            (frames.shape[2], frames.shape[1]),
            [str(w.message) for w in caught if issubclass(w.category, PromptTruncatedWarning)],
        )  # fmt: skip
