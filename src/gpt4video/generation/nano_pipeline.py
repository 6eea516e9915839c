"""The nano generator: a small text-conditioned video diffusion model, trained by this project on ShapesWorld.

Built from diffusers parts and packaged as a diffusers pipeline (``save_pretrained``/``from_pretrained``):
a :class:`~diffusers.UNet2DConditionModel` denoises the whole clip at once, its 8 frames folded into the
channels and each p×p pixel block into the channels too (pixel-unshuffle; the committed model uses p = 4:
8×64×64×3 → 384×16×16, a 2×2 variant 96×32×32). Measured on this 2-core CPU, a UNet3DConditionModel of the
same width took 43 s a training step at 64×64 (4.9 s after the 4×4 unshuffle) against 0.4 s for this one, and
motion between frames is a channel pattern the 2D UNet sees in one piece. No VAE: ShapesWorld's flat colours
need none, and per-frame autoencoders trained here (AutoencoderKL, AutoencoderTiny) did not yet reproduce even
the backgrounds after minutes of training (docs/generation.md). A DDIM scheduler predicting the clean clip
(EDM preconditioning with DPM-Solver++ is an option of the recipe, measured worse with this UNet).

The text encoder is the embedded all-MiniLM-L6-v2 (frozen, shared with caption retrieval and the text guard):
its token states are the UNet's cross-attention context, so it is not saved into the pipeline folder.
Classifier-free guidance uses the empty prompt as the unconditional input.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from diffusers import DDIMScheduler, DiffusionPipeline, EDMDPMSolverMultistepScheduler, UNet2DConditionModel
from diffusers.utils import BaseOutput

from gpt4video.text_embedding import EMBEDDING_SIZE, SentenceEmbedder, default_embedder

PROMPT_TOKENS = 32
"""The context length the nano UNet is trained and run on (MiniLM tokens incl. [CLS]/[SEP])."""


def nano_unet(
    num_frames: int = 8, size: int = 64, patch: int = 4, channels: tuple[int, ...] = (128, 192, 192)
) -> UNet2DConditionModel:
    """A fresh nano UNet over folded clips: one ResNet a level, each level but the last halving the grid;
    cross-attention to the prompt's tokens (and self-attention) only at the last two, coarsest levels, where it
    is cheap. The prompt's pooled sentence embedding is added to the timestep embedding too, so every ResNet —
    the full-resolution ones included — hears what colour, shape and motion were asked for (a trial with
    cross-attention alone had the right colour in 2 of 16 samples after 1,000 steps)."""
    folded = 3 * num_frames * patch * patch
    plain = len(channels) - 2
    return UNet2DConditionModel(
        sample_size=size // patch,
        in_channels=folded,
        out_channels=folded,
        down_block_types=("DownBlock2D",) * plain + ("CrossAttnDownBlock2D",) * 2,
        up_block_types=("CrossAttnUpBlock2D",) * 2 + ("UpBlock2D",) * plain,
        block_out_channels=channels,
        layers_per_block=1,
        norm_num_groups=32,
        cross_attention_dim=EMBEDDING_SIZE,
        attention_head_dim=32,
        class_embed_type="projection",
        projection_class_embeddings_input_dim=EMBEDDING_SIZE,
    )


def size_multiple(patch: int, levels: int) -> int:
    """What a clip's height and width must be a multiple of: the UNet halves the folded grid at each level but
    the last."""
    return patch * 2 ** (levels - 1)


def fold(video: torch.Tensor, patch: int) -> torch.Tensor:
    """``[B, 3, T, H, W]`` → ``[B, 3·T·p², H/p, W/p]``: frames and p×p pixel blocks into channels."""
    b, c, t, h, w = video.shape
    return F.pixel_unshuffle(video.reshape(b, c * t, h, w), patch)


def unfold(folded: torch.Tensor, patch: int, num_frames: int) -> torch.Tensor:
    """The inverse of :func:`fold`."""
    x = F.pixel_shuffle(folded, patch)
    b, ct, h, w = x.shape
    return x.reshape(b, ct // num_frames, num_frames, h, w)


PREDICTION_TYPES = ("v_prediction", "sample", "epsilon", "edm")
SIGMA_DATA = 0.4
"""The standard deviation of ShapesWorld training clips in [-1, 1] (measured: 0.41), EDM's σ_data."""


def nano_scheduler(
    prediction_type: str = "sample", sigma_data: float = SIGMA_DATA
) -> DDIMScheduler | EDMDPMSolverMultistepScheduler:
    """The sampler the UNet was trained for.

    ``sample``/``v_prediction``/``epsilon``: cosine-schedule DDIM, its clean-clip estimate clipped to [-1, 1].
    The committed UNet predicts the clean clip: with ε or v it must hand the input noise back out at every
    pixel, and measured here it had not learned to (v-prediction samples were still pure noise at 1,000 steps
    with the 4×4 folding and at 2,000 with the 2×2 one, docs/generation.md); x0 prediction learns colours and
    places early, at the price of soft edges.

    ``edm``: Karras et al.'s preconditioning (EDM): the UNet sees ``c_in(σ)·x`` and ``c_noise(σ) = ¼ log σ`` and
    its output ``F`` enters the clean-clip estimate as ``c_skip(σ)·x + c_out(σ)·F`` — near σ = 0 the skip
    carries the input's detail past the UNet's narrow first level, at large σ ``F`` alone makes the clip.
    Sampled with DPM-Solver++ (2M) over Karras σs.
    """
    if prediction_type not in PREDICTION_TYPES:
        raise ValueError(f"prediction_type must be one of {PREDICTION_TYPES}, got {prediction_type!r}")
    if prediction_type == "edm":
        return EDMDPMSolverMultistepScheduler(sigma_data=sigma_data, prediction_type="epsilon")
    return DDIMScheduler(
        num_train_timesteps=1000,
        beta_schedule="squaredcos_cap_v2",
        prediction_type=prediction_type,
        clip_sample=True,
        set_alpha_to_one=True,
        timestep_spacing="trailing",
    )


@dataclass
class NanoVideoPipelineOutput(BaseOutput):
    frames: np.ndarray | torch.Tensor
    """``[B, T, H, W, 3]`` floats in [0, 1] (``output_type="np"``) or ``[B, 3, T, H, W]`` in [-1, 1] (``"pt"``)."""


def encode_prompts(
    prompts: Sequence[str], embedder: SentenceEmbedder | None = None, length: int = PROMPT_TOKENS
) -> tuple[torch.Tensor, torch.Tensor]:
    """MiniLM token states ``[N, length, 384]`` with padding positions zeroed (training and sampling agree),
    and the sentence embedding ``[N, 384]`` (mean over real tokens, unit length: all-MiniLM-L6-v2's own)."""
    embedder = embedder or default_embedder()
    states, mask = embedder.token_states(list(prompts), length=length)
    m = mask[..., None].to(states.dtype)
    states = states * m
    pooled = F.normalize(states.sum(1) / m.sum(1).clamp(min=1.0), dim=-1)
    return states, pooled


class NanoVideoPipeline(DiffusionPipeline):
    """Text → 8 frames of 64×64 with the nano UNet. ``pipe(prompt).frames[0]`` is ``T×H×W×3`` in [0, 1]."""

    model_cpu_offload_seq = "unet"

    def __init__(
        self,
        unet: UNet2DConditionModel,
        scheduler: DDIMScheduler | EDMDPMSolverMultistepScheduler,
        num_frames: int = 8,
        patch: int = 4,
    ):
        super().__init__()
        self.register_modules(unet=unet, scheduler=scheduler)
        self.register_to_config(num_frames=num_frames, patch=patch)

    @torch.no_grad()
    def __call__(
        self,
        prompt: str | list[str],
        negative_prompt: str | list[str] | None = None,
        num_frames: int | None = None,
        height: int | None = None,
        width: int | None = None,
        num_inference_steps: int = 25,
        guidance_scale: float = 4.0,
        generator: torch.Generator | None = None,
        output_type: str = "np",
        callback_on_step_end: Callable[[Any, int, Any, dict[str, Any]], dict[str, Any]] | None = None,
    ) -> NanoVideoPipelineOutput:
        prompts = [prompt] if isinstance(prompt, str) else list(prompt)
        frames_, patch = self.config.num_frames, self.config.patch
        if num_frames not in (None, frames_):
            raise ValueError(f"this nano UNet makes {frames_}-frame clips, not {num_frames}")
        size = self.unet.config.sample_size * patch
        height, width = height or size, width or size
        multiple = size_multiple(patch, len(self.unet.config.block_out_channels))
        if height % multiple or width % multiple:
            raise ValueError(f"height and width must be multiples of {multiple}, got {height}×{width}")
        negatives = negative_prompt or ""
        negatives = [negatives] * len(prompts) if isinstance(negatives, str) else list(negatives)
        if len(negatives) != len(prompts):
            raise ValueError(f"{len(negatives)} negative prompts for {len(prompts)} prompts")
        device, dtype = self._execution_device, self.unet.dtype
        guided = guidance_scale > 1.0
        cond, pooled = encode_prompts([*negatives, *prompts] if guided else prompts)
        cond, pooled = cond.to(device, dtype), pooled.to(device, dtype)
        shape = (len(prompts), self.unet.config.in_channels, height // patch, width // patch)
        self.scheduler.set_timesteps(num_inference_steps, device=device)
        noise = torch.randn(shape, generator=generator, dtype=torch.float32)
        sample = (noise * self.scheduler.init_noise_sigma).to(device, dtype)
        for i, t in enumerate(self.progress_bar(self.scheduler.timesteps)):
            model_in = self.scheduler.scale_model_input(torch.cat([sample, sample]) if guided else sample, t)
            pred = self.unet(model_in, t, encoder_hidden_states=cond, class_labels=pooled).sample
            if guided:
                uncond, text = pred.chunk(2)
                pred = uncond + guidance_scale * (text - uncond)
            sample = self.scheduler.step(pred, t, sample, generator=generator).prev_sample
            if callback_on_step_end is not None:
                callback_on_step_end(self, i, t, {"latents": sample})
        video = unfold(sample.float(), patch, frames_).clamp(-1, 1)
        if output_type == "pt":
            return NanoVideoPipelineOutput(frames=video)
        frames = ((video + 1) / 2).permute(0, 2, 3, 4, 1).cpu().numpy()  # B, T, H, W, C
        return NanoVideoPipelineOutput(frames=frames)
