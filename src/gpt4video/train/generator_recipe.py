"""The nano generator's training recipe, readable top to bottom, configured by YAML.

    gpt4video train configs/train/nano-generator.yaml [--resume]

Denoising diffusion in pixel space on single-object ShapesWorld clips (64×64, 8 frames, folded into channels
for the nano UNet, :func:`~gpt4video.generation.nano_pipeline.fold`): clean-clip (x0; or v, ε) MSE at
uniform timesteps, or EDM's preconditioned loss at log-normal noise levels; the prompt dropped to "" for a
share of samples (classifier-free guidance), AdamW with a cosine schedule after warm-up, bf16 autocast, an
EMA of the weights (what is saved and sampled). Every ``sample_every`` steps the EMA model draws clips for
held-out prompts and :mod:`gpt4video.eval.clip_reader` scores them, so the curve shows whether videos follow
prompts, not only the loss.

Safe to kill: an atomic checkpoint every ``checkpoint_every`` steps, and every random draw of step ``s`` comes
from a generator seeded by ``(seed, s)``, so ``--resume`` sees exactly the batches an uninterrupted run would.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from diffusers import EDMDPMSolverMultistepScheduler
from diffusers.training_utils import EMAModel
from tqdm import tqdm
from transformers import get_cosine_schedule_with_warmup

from gpt4video.config import ConfigError, check_keys
from gpt4video.data.generator_data import build_clips
from gpt4video.data.shapesworld import BACKGROUND_KINDS
from gpt4video.eval.clip_reader import read_clip
from gpt4video.generation.nano_pipeline import (
    PREDICTION_TYPES,
    SIGMA_DATA,
    NanoVideoPipeline,
    encode_prompts,
    fold,
    nano_scheduler,
    nano_unet,
    size_multiple,
)
from gpt4video.train.checkpoint import atomic_save
from gpt4video.train.config import load_recipe_file
from gpt4video.train.run_log import append_row, plot_losses, truncate_rows
from gpt4video.visualize import clips_sheet, save_image_atomic

CHECKPOINT = "checkpoint.pt"


@dataclass
class GeneratorData:
    train_clips: int = 12000
    val_clips: int = 64
    num_frames: int = 8
    size: int = 64
    seed: int = 0
    uncond_prob: float = 0.1
    """Share of samples trained with the empty prompt (the unconditional branch of guidance)."""
    backgrounds: list[str] = field(default_factory=lambda: list(BACKGROUND_KINDS))
    """ShapesWorld background kinds trained on (prompts never name the background)."""


@dataclass
class GeneratorTrain:
    seed: int = 0
    max_steps: int = 8000
    batch_size: int = 8
    lr: float = 3e-4
    weight_decay: float = 0.0
    warmup_steps: int = 100
    max_grad_norm: float = 1.0
    bf16: bool = True
    ema_decay: float = 0.999
    log_every: int = 10
    eval_every: int = 250
    sample_every: int = 1000
    sample_prompts: int = 16
    sample_steps: int = 20
    checkpoint_every: int = 100


@dataclass
class EDMSettings:
    """Noise levels for ``prediction: edm``: ``ln σ ~ N(p_mean, p_std²)`` while training (Karras et al. 2022)."""

    sigma_data: float = SIGMA_DATA
    p_mean: float = -1.2
    p_std: float = 1.2


@dataclass
class GeneratorRecipeConfig:
    """One YAML file: ``recipe: generator``, the UNet widths, the data and the schedule."""

    recipe: str = "generator"
    output_dir: str = "runs/nano-generator"
    channels: list[int] = field(default_factory=lambda: [128, 192, 192])
    """UNet level widths; each level but the last halves the folded grid, the last two cross-attend."""
    patch: int = 4
    """Pixel blocks folded into channels (``p×p``); the folded grid is ``size / patch``."""
    prediction: str = "sample"
    """What the UNet predicts: ``sample`` (the clean clip), ``v_prediction``, ``epsilon``, or ``edm``
    (EDM-preconditioned, :func:`~gpt4video.generation.nano_pipeline.nano_scheduler`)."""
    edm: EDMSettings = field(default_factory=EDMSettings)
    data: GeneratorData = field(default_factory=GeneratorData)
    train: GeneratorTrain = field(default_factory=GeneratorTrain)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> GeneratorRecipeConfig:
        check_keys(cls, raw, "")
        data, train, edm = raw.get("data") or {}, raw.get("train") or {}, raw.get("edm") or {}
        check_keys(GeneratorData, data, "data.")
        check_keys(GeneratorTrain, train, "train.")
        check_keys(EDMSettings, edm, "edm.")
        top = {k: v for k, v in raw.items() if k not in ("data", "train", "edm")}
        cfg = cls(**top, edm=EDMSettings(**edm), data=GeneratorData(**data), train=GeneratorTrain(**train))
        if cfg.recipe != "generator":
            raise ConfigError(f"recipe must be 'generator' for this recipe, got {cfg.recipe!r}")
        if not 0.0 <= cfg.data.uncond_prob < 1.0:
            raise ConfigError(f"data.uncond_prob must be in [0, 1), got {cfg.data.uncond_prob}")
        if cfg.prediction not in PREDICTION_TYPES:
            raise ConfigError(f"prediction must be one of {list(PREDICTION_TYPES)}, got {cfg.prediction!r}")
        if cfg.edm.sigma_data <= 0 or cfg.edm.p_std <= 0:
            raise ConfigError(f"edm.sigma_data and edm.p_std must be > 0, got {cfg.edm}")
        if len(cfg.channels) < 2:
            raise ConfigError(f"channels needs at least 2 levels (the last two cross-attend), got {cfg.channels}")
        multiple = size_multiple(cfg.patch, len(cfg.channels))
        if cfg.data.size % multiple:
            raise ConfigError(
                f"data.size must be a multiple of patch·2^(levels-1) = {multiple} (the UNet halves the folded grid "
                f"at each level but the last), got {cfg.data.size}"
            )
        unknown = sorted(set(cfg.data.backgrounds) - set(BACKGROUND_KINDS))
        if unknown or not cfg.data.backgrounds:
            raise ConfigError(f"data.backgrounds must be some of {list(BACKGROUND_KINDS)}, got {cfg.data.backgrounds}")
        return cfg

    @classmethod
    def from_file(cls, path: str | Path) -> GeneratorRecipeConfig:
        return load_recipe_file(cls, path)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def to_model_range(frames: np.ndarray) -> torch.Tensor:
    """uint8 ``[B, T, H, W, 3]`` → float ``[B, 3, T, H, W]`` in [-1, 1] (the UNet's layout)."""
    return torch.from_numpy(frames).permute(0, 4, 1, 2, 3).float() / 127.5 - 1.0


def step_draws(seed: int, step: int, n_clips: int, cfg: GeneratorRecipeConfig, shape: tuple[int, ...]) -> dict:
    """Everything random about one training step, from ``(seed, step)`` alone."""
    g = torch.Generator().manual_seed(seed * 1_000_003 + step)
    b = cfg.train.batch_size
    return {
        "clips": torch.randint(0, n_clips, (b,), generator=g),
        "prompt": torch.randint(0, 3, (b,), generator=g),
        "uncond": torch.rand(b, generator=g) < cfg.data.uncond_prob,
        "timesteps": torch.randint(0, 1000, (b,), generator=g),
        "noise": torch.randn((b, *shape), generator=g),
        "log_sigma": cfg.edm.p_mean + cfg.edm.p_std * torch.randn(b, generator=g),
    }


@torch.no_grad()
def sample_and_read(pipe: NanoVideoPipeline, scenes: list, prompts: list[str], steps: int, seed: int) -> dict:
    """Draw one clip per prompt and score colour, shape and motion with the clip reader."""
    out = pipe(prompts, num_frames=scenes[0].num_frames, num_inference_steps=steps,
               generator=torch.Generator().manual_seed(seed))  # fmt: skip
    frames = (out.frames * 255).round().astype(np.uint8)
    hits = {"color": 0, "shape": 0, "motion": 0, "all": 0}
    for scene, clip in zip(scenes, frames, strict=True):
        o, r = scene.objects[0], read_clip(clip)
        ok = {"color": r.color == o.color, "shape": r.shape == o.shape, "motion": r.motion == o.motion}
        for k, v in ok.items():
            hits[k] += v
        hits["all"] += all(ok.values())
    return {k: round(v / len(scenes), 3) for k, v in hits.items()} | {"frames": frames}


def edm_loss(
    unet: torch.nn.Module,
    scheduler: EDMDPMSolverMultistepScheduler,
    x0: torch.Tensor,
    cond: torch.Tensor,
    sentence: torch.Tensor,
    sigma: torch.Tensor,
    noise: torch.Tensor,
    bf16: bool,
) -> torch.Tensor:
    """EDM's loss: ``λ(σ)·‖D(x0 + σn; σ) − x0‖²`` with ``λ = (σ² + σ_d²) / (σ·σ_d)²`` — unit weight on the UNet's
    own output — where ``D`` is the clean-clip estimate through the sampler's own preconditioning, so training
    and sampling cannot disagree on ``c_in``, ``c_noise``, ``c_skip`` and ``c_out``."""
    s = sigma.view(-1, 1, 1, 1)
    noisy = x0 + s * noise
    model_in = scheduler.precondition_inputs(noisy, s)
    with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
        out = unet(model_in, scheduler.precondition_noise(sigma), encoder_hidden_states=cond,
                   class_labels=sentence).sample  # fmt: skip
    denoised = scheduler.precondition_outputs(noisy, out.float(), s)
    sd2 = scheduler.config.sigma_data**2
    weight = (s**2 + sd2) / (s**2 * sd2)
    return (weight * (denoised - x0) ** 2).mean()


def train(cfg: GeneratorRecipeConfig, resume: bool = False, progress: bool = True) -> dict[str, Any]:
    """Run (or resume) the generator recipe; returns the final metrics, also in ``output_dir/metrics.json``."""
    t, d = cfg.train, cfg.data
    out = Path(cfg.output_dir)
    out.mkdir(parents=True, exist_ok=True)
    metrics_file = out / "metrics.jsonl"
    torch.manual_seed(t.seed)

    # 1. Data: rendered clips and the frozen text encoder's states of all their prompts, computed once.
    train_set = build_clips("train", d.train_clips, d.num_frames, d.size, d.seed, progress, d.backgrounds)
    val_set = build_clips("val", d.val_clips, d.num_frames, d.size, d.seed, backgrounds=d.backgrounds)
    flat = [p for ps in train_set.prompts for p in ps]
    encoded = [encode_prompts(flat[i : i + 256]) for i in range(0, len(flat), 256)]
    states = torch.cat([e[0] for e in encoded]).to(torch.bfloat16).view(len(train_set.prompts), 3, -1, 384)
    pooled = torch.cat([e[1] for e in encoded]).view(len(train_set.prompts), 3, 384)
    empty, empty_pooled = (x[0] for x in encode_prompts([""]))
    val_states, val_pooled = encode_prompts([ps[0] for ps in val_set.prompts])
    clips = train_set.frames  # uint8; a batch is scaled and folded when drawn
    val_video = fold(to_model_range(val_set.frames), cfg.patch)
    shape = tuple(val_video.shape[1:])

    # 2. Model, noise schedule, optimiser, EMA.
    unet = nano_unet(d.num_frames, d.size, cfg.patch, tuple(cfg.channels))
    noise_schedule = nano_scheduler(cfg.prediction, cfg.edm.sigma_data)
    optimizer = torch.optim.AdamW(unet.parameters(), lr=t.lr, weight_decay=t.weight_decay)
    lr_schedule = get_cosine_schedule_with_warmup(optimizer, t.warmup_steps, t.max_steps)
    ema = EMAModel(unet.parameters(), decay=t.ema_decay, use_ema_warmup=True)

    def loss_on(
        x0: torch.Tensor, cond: torch.Tensor, sentence: torch.Tensor, draw: dict[str, torch.Tensor]
    ) -> torch.Tensor:
        if cfg.prediction == "edm":
            return edm_loss(unet, noise_schedule, x0, cond, sentence, draw["log_sigma"].exp(), draw["noise"], t.bf16)
        timesteps, noise = draw["timesteps"], draw["noise"]
        noisy = noise_schedule.add_noise(x0, noise, timesteps)
        target = {"sample": x0, "epsilon": noise}.get(cfg.prediction)
        if target is None:
            target = noise_schedule.get_velocity(x0, noise, timesteps)
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=t.bf16):
            pred = unet(noisy, timesteps, encoder_hidden_states=cond, class_labels=sentence).sample
        return F.mse_loss(pred.float(), target)

    # 3. Resume: model, EMA, optimiser, schedule and the step (the data draws follow from the step).
    start = 0
    if resume and (out / CHECKPOINT).is_file():
        state = torch.load(out / CHECKPOINT, weights_only=False)
        unet.load_state_dict(state["unet"])
        ema.load_state_dict(state["ema"])
        optimizer.load_state_dict(state["optimizer"])
        lr_schedule.load_state_dict(state["scheduler"])
        start = state["step"]
        truncate_rows(metrics_file, start)
    elif metrics_file.exists():
        metrics_file.unlink()
    (out / "recipe.json").write_text(json.dumps(cfg.to_dict(), indent=2))
    n_params = sum(p.numel() for p in unet.parameters())

    def ema_pipeline() -> NanoVideoPipeline:
        model = nano_unet(d.num_frames, d.size, cfg.patch, tuple(cfg.channels))
        ema.copy_to(model.parameters())
        scheduler = nano_scheduler(cfg.prediction, cfg.edm.sigma_data)
        pipe = NanoVideoPipeline(model.eval(), scheduler, d.num_frames, cfg.patch)
        pipe.set_progress_bar_config(disable=True)
        return pipe

    # 4. The loop.
    unet.train()
    bar = tqdm(range(start, t.max_steps), initial=start, total=t.max_steps, disable=not progress)
    t0, busy = time.perf_counter(), 0.0
    for step in bar:
        s0 = time.perf_counter()
        draw = step_draws(t.seed, step, len(clips), cfg, shape)
        cond = states[draw["clips"], draw["prompt"]].float()
        sentence = pooled[draw["clips"], draw["prompt"]].clone()
        cond[draw["uncond"]] = empty
        sentence[draw["uncond"]] = empty_pooled
        x0 = fold(to_model_range(clips[draw["clips"].numpy()]), cfg.patch)
        loss = loss_on(x0, cond, sentence, draw)
        loss.backward()
        grad_norm = torch.nn.utils.clip_grad_norm_(unet.parameters(), t.max_grad_norm)
        optimizer.step()
        lr_schedule.step()
        optimizer.zero_grad(set_to_none=True)
        ema.step(unet.parameters())
        busy += time.perf_counter() - s0
        done = step + 1
        if done % t.log_every == 0 or done == t.max_steps:
            row = {"step": done, "loss": round(loss.item(), 6), "lr": lr_schedule.get_last_lr()[0],
                   "grad_norm": round(float(grad_norm), 4), "step_s": round(busy / (done - start), 3)}  # fmt: skip
            append_row(metrics_file, row)
            bar.set_postfix(loss=f"{row['loss']:.4f}")
        if done % t.eval_every == 0 or done == t.max_steps:
            unet.eval()
            g = torch.Generator().manual_seed(t.seed)  # the same noise and timesteps at every evaluation
            with torch.no_grad():
                n = len(val_video)
                val_draw = {"timesteps": torch.randint(0, 1000, (n,), generator=g),
                            "noise": torch.randn(val_video.shape, generator=g),
                            "log_sigma": cfg.edm.p_mean + cfg.edm.p_std * torch.randn(n, generator=g)}  # fmt: skip
                val = np.mean([loss_on(val_video[i : i + 16], val_states[i : i + 16], val_pooled[i : i + 16],
                                       {k: v[i : i + 16] for k, v in val_draw.items()}).item()
                               for i in range(0, n, 16)])  # fmt: skip
            unet.train()
            append_row(metrics_file, {"step": done, "val_loss": round(float(val), 6)})
        if done % t.sample_every == 0 or done == t.max_steps:
            k = t.sample_prompts
            scores = sample_and_read(ema_pipeline(), val_set.scenes[:k], [p[2] for p in val_set.prompts[:k]],
                                     t.sample_steps, t.seed)  # fmt: skip
            sheet = clips_sheet(scores.pop("frames"), [p[2][:40] for p in val_set.prompts[:k]])
            save_image_atomic(sheet, out / f"samples-{done:06d}.png")
            append_row(metrics_file, {"step": done, **{f"sample_{k_}": v for k_, v in scores.items()}})
        if done % t.checkpoint_every == 0 or done == t.max_steps:
            atomic_save({"step": done, "unet": unet.state_dict(), "ema": ema.state_dict(),
                         "optimizer": optimizer.state_dict(), "scheduler": lr_schedule.state_dict(),
                         "config": cfg.to_dict()}, out / CHECKPOINT)  # fmt: skip

    # 5. Results: the EMA pipeline (fp16 UNet), metrics and the loss curve.
    pipe = ema_pipeline()
    pipe.unet.half()  # not .to(dtype): diffusers warns there about fp32-only modules this UNet lacks
    pipe.save_pretrained(out / "final", safe_serialization=True)
    rows = [json.loads(line) for line in metrics_file.read_text().splitlines()]
    last = [r for r in rows if "loss" in r][-1]
    val_rows = [r for r in rows if "val_loss" in r]
    samples = [r for r in rows if "sample_color" in r]
    summary = {
        "recipe": "generator",
        "steps": last["step"],
        "parameters": n_params,
        "final_loss": last["loss"],
        "final_val_loss": val_rows[-1]["val_loss"] if val_rows else None,
        "seconds_per_step": last["step_s"],
        "wall_seconds_this_run": round(time.perf_counter() - t0),
        "samples": {k[len("sample_") :]: v for k, v in samples[-1].items() if k != "step"} if samples else None,
    }
    (out / "metrics.json").write_text(json.dumps(summary, indent=2))
    plot_losses(rows, out / "loss.png", title="nano generator")
    return summary
