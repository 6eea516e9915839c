"""The training recipe for both stages, readable top to bottom (torchtune-style), configured by YAML.

Stage 1 ``align``: captions and QA, training the abstractor + projector with the LLM frozen.
Stage 2 ``instruct``: dialogues (understanding, generation, multi-video, safety), training LoRA + abstractor +
projector, starting from stage 1's tensors (``init_from``).

    gpt4video train configs/train/nano-align.yaml [--resume]
    torchrun --nproc_per_node 2 -m gpt4video.train.recipe configs/train/nano-align.yaml     # DDP, gloo on CPU

What makes it safe to kill: a checkpoint (trained tensors, optimiser, scheduler, RNG states, step) is written
atomically every ``checkpoint_every`` steps; the data order is a pure function of (seed, step), so ``--resume``
continues with exactly the batches an uninterrupted run would have seen.
"""

from __future__ import annotations

import functools
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch
from accelerate import Accelerator
from tqdm import tqdm
from transformers import get_cosine_schedule_with_warmup

from gpt4video.conversation import ConversationEncoder, Encoded, VideoPart
from gpt4video.data.datasets import DialogueDataset, read_jsonl
from gpt4video.model.gpt4video import GPT4Video
from gpt4video.train.checkpoint import atomic_save, restore_rng, rng_states
from gpt4video.train.config import SOURCES, RecipeConfig
from gpt4video.train.feature_cache import FeatureCache, channel_statistics
from gpt4video.train.run_log import append_row, plot_losses, truncate_rows

CHECKPOINT = "checkpoint.pt"
STATISTICS_CLIPS = 64


def load_samples(cfg: RecipeConfig, split: str, repeat: bool = False) -> list[list[dict[str, Any]]]:
    """The message lists of one split, from the sources the config names (in the order of ``SOURCES``).

    With ``repeat`` (the training split), each source appears ``data.repeat[source]`` times.
    """
    d = cfg.data
    samples: list[list[dict[str, Any]]] = []
    for source in SOURCES:
        if source not in d.sources:
            continue
        if source == "safety":
            part = [row["messages"] for row in read_jsonl(Path(d.safety_dir) / f"safety_dialogues_{split}.jsonl")]
        else:
            part = DialogueDataset(
                Path(d.root) / split,
                dialogues=source == "dialogues",
                qa=source == "qa",
                captions=source == "captions",
                types=d.dialogue_types,
                qa_turns=d.qa_turns,
                seed=cfg.train.seed,
            ).samples
        samples += part * (d.repeat.get(source, 1) if repeat else 1)
    return samples


def subset(samples: list[Any], limit: int | None, seed: int) -> list[Any]:
    """A seeded random subset in file order: the first N rows would be all captions, the next all QA."""
    if limit is None or limit >= len(samples):
        return samples
    return [samples[i] for i in sorted(sample_order(len(samples), seed, -1)[:limit])]


LENGTH_GROUP = 50
"""With ``group_by_length``, each run of 50 global batches of an epoch's permutation is sorted by length."""


def sample_order(n: int, seed: int, epoch: int, lengths: tuple[int, ...] | None = None, group: int = 1) -> list[int]:
    """The permutation of epoch ``epoch``: a pure function, so a resumed run sees the same batches.

    With ``lengths``, every ``group`` consecutive positions are sorted longest first (transformers'
    ``group_by_length``): a batch then holds samples of similar length, and less of it is padding.
    """
    return list(_order(n, seed, epoch, lengths, group))


@functools.lru_cache(maxsize=8)
def _order(n: int, seed: int, epoch: int, lengths: tuple[int, ...] | None, group: int) -> tuple[int, ...]:
    perm = torch.randperm(n, generator=torch.Generator().manual_seed(seed * 100_003 + epoch)).tolist()
    if lengths is None or group <= 1:
        return tuple(perm)
    return tuple(j for i in range(0, n, group) for j in sorted(perm[i : i + group], key=lambda j: -lengths[j]))


def batch_indices(
    n: int,
    seed: int,
    micro_step: int,
    batch_size: int,
    rank: int,
    world: int,
    lengths: tuple[int, ...] | None = None,
) -> list[int]:
    """Sample indices of this rank's micro-batch number ``micro_step`` (global batch = batch_size × world)."""
    group = LENGTH_GROUP * batch_size * world if lengths is not None else 1
    start = (micro_step * world + rank) * batch_size
    out = []
    for k in range(start, start + batch_size):
        epoch, pos = divmod(k, n)
        out.append(_order(n, seed, epoch, lengths, group)[pos])
    return out


def sequence_length(encoded: Encoded, video_tokens: int) -> int:
    """LLM positions of an encoded sample: each one-id video slot becomes the abstractor's Q+1 tokens."""
    return len(encoded.input_ids) + len(encoded.videos) * (video_tokens - 1)


def save_checkpoint(path: Path, model: GPT4Video, optimizer: Any, scheduler: Any, step: int, cfg: RecipeConfig) -> None:
    """Trained tensors, optimiser, scheduler, RNG states and step, written atomically."""
    state = {
        "step": step,
        "trained": {k: v.detach().clone() for k, v in model.trained_state_dict().items()},
        "optimizer": optimizer.state_dict(),
        "scheduler": scheduler.state_dict(),
        "rng": rng_states(),
        "config": cfg.to_dict(),
    }
    atomic_save(state, path)


def train(cfg: RecipeConfig, resume: bool = False, progress: bool = True) -> dict[str, Any]:
    """Run (or resume) one stage; returns the final metrics, also written to ``output_dir/metrics.json``."""
    t = cfg.train
    # The scheduler steps once per optimiser step: accelerate's default steps it once per process (it assumes
    # a schedule counted in one process's batches), which under DDP ran the cosine out at max_steps / world.
    accelerator = Accelerator(cpu=not torch.cuda.is_available(), step_scheduler_with_optimizer=False)
    rank, world = accelerator.process_index, accelerator.num_processes
    out = Path(cfg.output_dir)
    out.mkdir(parents=True, exist_ok=True)
    metrics_file = out / "metrics.jsonl"
    torch.manual_seed(t.seed)
    random.seed(t.seed)
    np.random.seed(t.seed)
    if t.deterministic:
        torch.use_deterministic_algorithms(True)

    # 1. Model: base models + the trainable set of this stage (stage 2 starts from stage 1's tensors).
    model = GPT4Video.from_pretrained(cfg.model)
    if cfg.init_from:
        model.load_trained(Path(cfg.init_from) / "model.safetensors")
    trainable = model.set_trainable(cfg.stage)
    model.train()

    # 2. Data: message lists, and the frozen encoder's tokens for every clip, computed once and cached.
    train_samples = subset(load_samples(cfg, cfg.data.train_split, repeat=True), cfg.data.max_train_samples, t.seed)
    val_samples = subset(load_samples(cfg, cfg.data.val_split), cfg.data.max_val_samples, t.seed)
    chat = model.conversation  # the model's template, or the one the stage trains in (``plain`` for stage 1)
    conversation = chat
    if cfg.data.template is not None:
        conversation = ConversationEncoder(model.tokenizer, cfg.data.template, chat.system_prompt, chat.tag)
    encoded_all = [conversation.encode(s, False) for s in train_samples + val_samples]
    videos = sorted({v.path for e in encoded_all for v in e.videos})
    q = model.config.abstractor.num_video_tokens
    lengths = tuple(sequence_length(e, q) for e in encoded_all[: len(train_samples)]) if t.group_by_length else None
    cache = None
    if t.feature_cache and videos:
        with accelerator.main_process_first():
            cache = FeatureCache.build(
                videos, model.encoder, lambda p: model.load_frames(VideoPart(path=p)), model.config.num_frames,
                bf16=t.bf16, progress=progress and accelerator.is_main_process,
            )  # fmt: skip

    def frame_tokens(parts: list[VideoPart]) -> torch.Tensor | None:
        if not parts:
            return None
        if cache is not None:
            return torch.stack([cache.tokens(p.path).float() for p in parts])
        frames = torch.from_numpy(np.stack([model.load_frames(p) for p in parts]))
        return model.frame_tokens(frames)

    # Stage 1 from scratch: the abstractor standardises the encoder's tokens with their statistics on (up to
    # STATISTICS_CLIPS of) the training clips; later stages inherit them with the trained tensors.
    train_videos = sorted({v.path for e in encoded_all[: len(train_samples)] for v in e.videos})
    if not cfg.init_from and train_videos:
        clips = train_videos[:: max(1, len(train_videos) // STATISTICS_CLIPS)][:STATISTICS_CLIPS]
        model.abstractor.set_input_statistics(*channel_statistics(frame_tokens([VideoPart(path=c)])[0] for c in clips))

    def loss_on(samples: list[list[dict[str, Any]]]) -> tuple[torch.Tensor, int]:
        encoded = [conversation.encode(s, add_generation_prompt=False) for s in samples]
        frames = [frame_tokens(e.videos) for e in encoded]
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=t.bf16):
            out_ = wrapped(encoded, frame_tokens=frames)
        tokens = sum(sequence_length(e, q) for e in encoded)
        return out_.loss.float(), tokens

    # 3. Optimiser and schedule: AdamW on the trainable set, cosine decay after a linear warm-up.
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=t.lr, weight_decay=t.weight_decay)
    scheduler = get_cosine_schedule_with_warmup(optimizer, t.warmup_steps, t.max_steps)
    wrapped, optimizer, scheduler = accelerator.prepare(model, optimizer, scheduler)

    # 4. Resume: trained tensors, optimiser, scheduler, RNG states and the step; data order follows the step.
    start = 0
    if resume and (out / CHECKPOINT).is_file():
        state = torch.load(out / CHECKPOINT, weights_only=False)
        model.load_trained(state["trained"])
        optimizer.load_state_dict(state["optimizer"])
        scheduler.load_state_dict(state["scheduler"])
        restore_rng(state["rng"])
        start = state["step"]
        if accelerator.is_main_process:
            truncate_rows(metrics_file, start)
    elif accelerator.is_main_process and metrics_file.exists():
        metrics_file.unlink()
    if accelerator.is_main_process:
        (out / "recipe.json").write_text(json.dumps({**cfg.to_dict(), "trainable": len(trainable)}, indent=2))

    # 5. The loop: gradient accumulation, clipping, logging, periodic eval and atomic checkpoints.
    bar = tqdm(range(start, t.max_steps), initial=start, total=t.max_steps, disable=not (progress and rank == 0))
    t0, samples_done, tokens_done = time.perf_counter(), 0, 0
    for step in bar:
        for a in range(t.grad_accum):
            micro_step = step * t.grad_accum + a
            idx = batch_indices(len(train_samples), t.seed, micro_step, t.batch_size, rank, world, lengths)
            loss, tokens = loss_on([train_samples[i] for i in idx])
            accelerator.backward(loss / t.grad_accum)
            samples_done += len(idx) * world
            tokens_done += tokens * world
        grad_norm = accelerator.clip_grad_norm_(params, t.max_grad_norm)
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad(set_to_none=True)
        done = step + 1
        if accelerator.is_main_process and (done % t.log_every == 0 or done == t.max_steps):
            elapsed = time.perf_counter() - t0
            row = {
                "step": done, "loss": round(loss.item(), 6), "lr": scheduler.get_last_lr()[0],
                "grad_norm": round(float(grad_norm), 4), "samples_per_s": round(samples_done / elapsed, 3),
                "tokens_per_s": round(tokens_done / elapsed, 1),
            }  # fmt: skip
            append_row(metrics_file, row)
            bar.set_postfix(loss=f"{row['loss']:.3f}")
        if done % t.eval_every == 0 or done == t.max_steps:
            wrapped.eval()  # no dropout: a clean validation loss that draws nothing from the training RNG
            val = evaluate_loss(val_samples, loss_on, t.batch_size)
            wrapped.train()
            if accelerator.is_main_process:
                append_row(metrics_file, {"step": done, "val_loss": round(val, 6)})
        if accelerator.is_main_process and (done % t.checkpoint_every == 0 or done == t.max_steps):
            save_checkpoint(out / CHECKPOINT, model, optimizer, scheduler, done, cfg)
        accelerator.wait_for_everyone()

    # 6. Results: the trained tensors (what from_pretrained loads), metrics JSON and the loss curve.
    summary: dict[str, Any] = {}
    if accelerator.is_main_process:
        model.save_pretrained(out / "final")
        rows = list(read_jsonl(metrics_file))
        summary = summarize(rows, cfg)
        (out / "metrics.json").write_text(json.dumps(summary, indent=2))
        plot_losses(rows, out / "loss.png", title=f"{cfg.model} · {cfg.stage}")
    accelerator.wait_for_everyone()
    return summary


@torch.no_grad()
def evaluate_loss(samples: list[list[dict[str, Any]]], loss_on: Any, batch_size: int) -> float:
    """Mean loss over the validation samples (fixed subset, so curves are comparable across steps)."""
    if not samples:
        return float("nan")
    losses = [loss_on(samples[i : i + batch_size])[0].item() for i in range(0, len(samples), batch_size)]
    return float(np.mean(losses))


def summarize(rows: list[dict[str, Any]], cfg: RecipeConfig) -> dict[str, Any]:
    train_rows = [r for r in rows if "loss" in r]
    val_rows = [r for r in rows if "val_loss" in r]
    last = train_rows[-1] if train_rows else {}
    return {
        "model": cfg.model,
        "stage": cfg.stage,
        "steps": last.get("step", 0),
        "final_loss": last.get("loss"),
        "final_val_loss": val_rows[-1]["val_loss"] if val_rows else None,
        "samples_per_s": last.get("samples_per_s"),
        "tokens_per_s": last.get("tokens_per_s"),
        "bf16": cfg.train.bf16,
    }


def main(argv: list[str] | None = None) -> None:
    """Entry point for ``torchrun -m gpt4video.train.recipe CONFIG [--resume]``."""
    args = list(sys.argv[1:] if argv is None else argv)
    resume = "--resume" in args
    paths = [a for a in args if a != "--resume"]
    if len(paths) != 1:
        raise SystemExit("usage: python -m gpt4video.train.recipe CONFIG.yaml [--resume]")
    summary = train(RecipeConfig.from_file(paths[0]), resume=resume)
    if summary:
        print(json.dumps(summary))


if __name__ == "__main__":
    main()
