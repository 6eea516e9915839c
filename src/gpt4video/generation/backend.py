"""One interface for every text-to-video model of the gallery: a prompt in, uint8 frames ``T×H×W×3`` out.

The LLM's ``<video>`` prompt reaches a generator through :meth:`VideoBackend.generate` only, so any model
can stand behind the tag with no trained parameters between the two (the paper's claim). Requests are
checked here, before any model runs, so an impossible size or an empty prompt is a clear error, not a
traceback from deep inside a UNet.
"""

from __future__ import annotations

import warnings
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

MAX_PROMPT_CHARS = 2000
MAX_SIDE = 2048
MAX_FRAMES = 256


class GenerationError(ValueError):
    """A generation request that cannot be served, with a message a user can act on."""


class PromptTruncatedWarning(UserWarning):
    """The prompt is longer than the backend's text encoder reads; its end was dropped."""


@dataclass(frozen=True)
class ClipSettings:
    """What one clip is made with; each backend has its own defaults (ZeroScope: 24 frames of 576×320)."""

    num_frames: int = 16
    height: int = 256
    width: int = 256
    steps: int = 25
    guidance: float = 7.5
    fps: int = 8
    multiple_of: int = 8
    """Height and width must be multiples of this (the VAE's or UNet's downsampling factor)."""

    def with_overrides(self, **overrides: int | float | None) -> ClipSettings:
        """These settings with every non-None override applied."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


StepCallback = Callable[[int, int], None]
"""Called after each denoising step with ``(step, total_steps)``: progress bars hang off it."""


def step_end_callback(callback: StepCallback | None, total: int) -> Callable[..., dict] | None:
    """A diffusers ``callback_on_step_end`` that reports ``(step, total)`` to ``callback`` (None for None)."""
    if callback is None:
        return None

    def on_step_end(pipe: object, i: int, t: object, tensors: dict) -> dict:
        callback(i + 1, total)
        return tensors

    return on_step_end


def check_request(prompt: str, settings: ClipSettings) -> str:
    """The stripped prompt, or a :class:`GenerationError` naming what is wrong with the request."""
    if not isinstance(prompt, str) or not prompt.strip():
        raise GenerationError("the video prompt is empty: say what the video should show")
    prompt = prompt.strip()
    if len(prompt) > MAX_PROMPT_CHARS:
        raise GenerationError(f"the video prompt is {len(prompt)} characters long; the limit is {MAX_PROMPT_CHARS}")
    s = settings
    for name, value, low, high in (
        ("frames", s.num_frames, 1, MAX_FRAMES),
        ("height", s.height, s.multiple_of, MAX_SIDE),
        ("width", s.width, s.multiple_of, MAX_SIDE),
        ("steps", s.steps, 1, 1000),
    ):
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise GenerationError(f"{name} must be a whole number from {low} to {high}, got {value!r}")
    for name, value in (("height", s.height), ("width", s.width)):
        if value % s.multiple_of:
            raise GenerationError(f"{name} must be a multiple of {s.multiple_of} for this backend, got {value}")
    if not np.isfinite(s.guidance) or s.guidance < 0:
        raise GenerationError(f"guidance must be a number ≥ 0, got {s.guidance!r}")
    return prompt


def to_uint8_frames(frames: np.ndarray) -> np.ndarray:
    """Pipeline output (floats in [0, 1], any leading batch axis of 1) as contiguous uint8 ``T×H×W×3``."""
    arr = np.asarray(frames)
    while arr.ndim > 4 and arr.shape[0] == 1:
        arr = arr[0]
    if arr.ndim != 4 or arr.shape[-1] != 3:
        raise GenerationError(f"the generator returned frames of shape {arr.shape}, not T×H×W×3")
    if arr.dtype != np.uint8:
        arr = (np.clip(np.nan_to_num(arr.astype(np.float32)), 0.0, 1.0) * 255.0).round().astype(np.uint8)
    return np.ascontiguousarray(arr)


class VideoBackend(ABC):
    """A loaded text-to-video model. Subclasses implement :meth:`_generate`; checks and defaults live here."""

    name: str = "backend"
    defaults: ClipSettings = ClipSettings()
    max_prompt_tokens: int | None = None
    """The text encoder's limit, when known: longer prompts are truncated with a warning."""

    def generate(
        self,
        prompt: str,
        *,
        num_frames: int | None = None,
        height: int | None = None,
        width: int | None = None,
        steps: int | None = None,
        guidance: float | None = None,
        seed: int | None = None,
        negative_prompt: str | None = None,
        callback: StepCallback | None = None,
    ) -> np.ndarray:
        """Frames ``T×H×W×3`` uint8 for ``prompt``; the same seed gives the same clip."""
        settings = self.defaults.with_overrides(
            num_frames=num_frames, height=height, width=width, steps=steps, guidance=guidance
        )
        prompt = check_request(prompt, settings)
        dropped = self.truncation(prompt)
        if dropped:
            warnings.warn(
                f"{self.name}: the prompt is longer than the text encoder's {self.max_prompt_tokens} tokens; "
                f"{dropped} token(s) at the end were dropped",
                PromptTruncatedWarning,
                stacklevel=2,
            )
        frames = self._generate(prompt, settings, seed, negative_prompt, callback)
        return to_uint8_frames(frames)

    def truncation(self, prompt: str) -> int:
        """How many of the prompt's tokens the text encoder will drop (0 when unknown or within the limit)."""
        return 0

    @abstractmethod
    def _generate(
        self,
        prompt: str,
        settings: ClipSettings,
        seed: int | None,
        negative_prompt: str | None,
        callback: StepCallback | None,
    ) -> np.ndarray: ...
