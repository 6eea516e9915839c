"""The gallery's diffusers backends: ZeroScope, ModelScope, AnimateDiff, CogVideoX — one class, four specs.

Each takes a hub id or a local folder. Weights are never downloaded here (the project's rule: nothing is
fetched from a model hub at run time): a hub id loads only from the local Hugging Face cache, and a miss says
how to get the weights. CPU runs in fp32; CUDA in the spec's half dtype, with model CPU offload on request.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch

from gpt4video.generation.backend import ClipSettings, GenerationError, StepCallback, VideoBackend, step_end_callback


@dataclass(frozen=True)
class PipelineSpec:
    """How one diffusers pipeline class is loaded and called."""

    name: str
    pipeline_class: str
    default_source: str
    defaults: ClipSettings
    cuda_dtype: torch.dtype = torch.float16
    legacy_callback: bool = False
    """``callback(step, t, latents)`` (TextToVideoSDPipeline) instead of ``callback_on_step_end``."""
    frames_step: int = 1
    """Frame counts must be ``1 + k * frames_step`` (CogVideoX's VAE compresses time by 4)."""
    components: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Extra components loaded on their own when the folder lacks them: ``{name: (class, default source)}``."""


SPECS: dict[str, PipelineSpec] = {
    "zeroscope": PipelineSpec(
        "zeroscope",
        "TextToVideoSDPipeline",
        "cerspense/zeroscope_v2_576w",
        ClipSettings(num_frames=24, height=320, width=576, steps=40, guidance=9.0, fps=8),
        legacy_callback=True,
    ),
    "modelscope": PipelineSpec(
        "modelscope",
        "TextToVideoSDPipeline",
        "ali-vilab/text-to-video-ms-1.7b",
        ClipSettings(num_frames=16, height=256, width=256, steps=25, guidance=9.0, fps=8),
        legacy_callback=True,
    ),
    "animatediff": PipelineSpec(
        "animatediff",
        "AnimateDiffPipeline",
        "emilianJR/epiCRealism",
        ClipSettings(num_frames=16, height=512, width=512, steps=25, guidance=7.5, fps=8),
        components={"motion_adapter": ("MotionAdapter", "guoyww/animatediff-motion-adapter-v1-5-2")},
    ),
    "cogvideox": PipelineSpec(
        "cogvideox",
        "CogVideoXPipeline",
        "THUDM/CogVideoX-2b",
        ClipSettings(num_frames=49, height=480, width=720, steps=50, guidance=6.0, fps=8, multiple_of=16),
        frames_step=4,
    ),
}


def _folder_components(source: str) -> set[str]:
    index = Path(source) / "model_index.json"
    if not index.is_file():
        return set()
    return {k for k, v in json.loads(index.read_text()).items() if isinstance(v, list) and v[0] is not None}


def _load(cls: Any, source: str, what: str, **kwargs: Any) -> Any:
    """``cls.from_pretrained`` from a folder or the local HF cache, with a miss turned into a clear error."""
    try:
        return cls.from_pretrained(source, local_files_only=True, **kwargs)
    except (OSError, ValueError) as e:
        hint = "" if Path(source).exists() else (
            f" Download it first (`hf download {source}`) or pass a local folder; weights are never fetched "
            "at run time."
        )  # fmt: skip
        raise GenerationError(f"cannot load {what} from {source!r}: {str(e).splitlines()[0]}.{hint}") from None


class DiffusersBackend(VideoBackend):
    """A diffusers text-to-video pipeline behind the gallery interface."""

    def __init__(
        self,
        spec: PipelineSpec,
        source: str | None = None,
        *,
        device: str | None = None,
        dtype: torch.dtype | None = None,
        offload: bool = False,
        components: dict[str, str] | None = None,
    ) -> None:
        import diffusers

        self.spec, self.name, self.defaults = spec, spec.name, spec.defaults
        self.source = str(source or spec.default_source)
        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        self.dtype = dtype or (spec.cuda_dtype if self.device.startswith("cuda") else torch.float32)
        extra = {}
        present = _folder_components(self.source)
        for comp, (cls_name, default) in spec.components.items():
            if comp not in present:
                src = (components or {}).get(comp, default)
                extra[comp] = _load(getattr(diffusers, cls_name), src, f"{spec.name}'s {comp}", dtype=self.dtype)
        pipeline_class = getattr(diffusers, spec.pipeline_class)
        self.pipe = _load(pipeline_class, self.source, spec.name, dtype=self.dtype, **extra)
        self.pipe.set_progress_bar_config(disable=True)
        if offload and self.device.startswith("cuda"):
            self.pipe.enable_model_cpu_offload()
        else:
            self.pipe.to(self.device)
        # CogVideoX's transformer is built for one text length (226 for the released models): pass it on.
        self.text_length = getattr(getattr(self.pipe, "transformer", None), "config", {}).get("max_text_seq_length")
        tokenizer = getattr(self.pipe, "tokenizer", None)
        self.max_prompt_tokens = self.text_length or getattr(tokenizer, "model_max_length", None)
        if self.max_prompt_tokens is not None and self.max_prompt_tokens > 100_000:
            self.max_prompt_tokens = None  # tokenizers without a limit report a huge sentinel

    def truncation(self, prompt: str) -> int:
        if self.max_prompt_tokens is None:
            return 0
        return max(0, len(self.pipe.tokenizer(prompt, verbose=False).input_ids) - self.max_prompt_tokens)

    def _generate(
        self,
        prompt: str,
        settings: ClipSettings,
        seed: int | None,
        negative_prompt: str | None,
        callback: StepCallback | None,
    ) -> np.ndarray:
        step = self.spec.frames_step
        if (settings.num_frames - 1) % step:
            raise GenerationError(f"{self.name} needs 1 + {step}·k frames (e.g. 49), got {settings.num_frames}")
        kwargs: dict[str, Any] = dict(
            prompt=prompt,
            negative_prompt=negative_prompt,
            num_frames=settings.num_frames,
            height=settings.height,
            width=settings.width,
            num_inference_steps=settings.steps,
            guidance_scale=settings.guidance,
            output_type="np",
        )
        if self.text_length:
            kwargs["max_sequence_length"] = self.text_length
        if seed is not None:
            kwargs["generator"] = torch.Generator("cpu").manual_seed(seed)
        total = settings.steps
        if callback is not None and self.spec.legacy_callback:
            kwargs["callback"] = lambda i, t, latents: callback(i + 1, total)
        elif callback is not None:
            kwargs["callback_on_step_end"] = step_end_callback(callback, total)
        try:
            out = self.pipe(**kwargs)
        except torch.OutOfMemoryError:
            raise GenerationError(
                f"{self.name} ran out of memory at {settings.num_frames} frames of {settings.width}×"
                f"{settings.height}: try fewer frames, a smaller size or CPU offload"
            ) from None
        return np.asarray(out.frames)
