"""Tiny random instances of the gallery's real diffusers pipeline classes, saved like hub checkpoints.

ZeroScope and ModelScope are ``TextToVideoSDPipeline``s, AnimateDiff an ``AnimateDiffPipeline`` (its motion
adapter saved on its own, as on the hub), CogVideoX a ``CogVideoXPipeline``. Each is built from configs,
``save_pretrained`` to a folder, and then loaded by the backend's own code — the path real weights take.
"""

from __future__ import annotations

import json
from pathlib import Path

import torch
from diffusers import (
    AutoencoderKL,
    AutoencoderKLCogVideoX,
    CogVideoXDDIMScheduler,
    CogVideoXPipeline,
    CogVideoXTransformer3DModel,
    DDIMScheduler,
    MotionAdapter,
    TextToVideoSDPipeline,
    UNet2DConditionModel,
    UNet3DConditionModel,
)
from transformers import CLIPTextConfig, CLIPTextModel, CLIPTokenizer, T5Config, T5EncoderModel, T5TokenizerFast
from transformers.convert_slow_tokenizer import bytes_to_unicode

TEXT_HIDDEN = 32
PROMPT_TOKENS = 16


def _clip_text() -> tuple[CLIPTextModel, CLIPTokenizer]:
    """A byte-level CLIP BPE with no merges (every character a token) and a 2-layer CLIP text model."""
    chars = list(bytes_to_unicode().values())
    vocab = {c: i for i, c in enumerate([*chars, *(c + "</w>" for c in chars), "<|startoftext|>", "<|endoftext|>"])}
    tokenizer = CLIPTokenizer(vocab=vocab, merges=[], model_max_length=PROMPT_TOKENS)
    config = CLIPTextConfig(
        vocab_size=len(vocab), hidden_size=TEXT_HIDDEN, intermediate_size=37, num_attention_heads=4,
        num_hidden_layers=2, projection_dim=TEXT_HIDDEN, max_position_embeddings=PROMPT_TOKENS,
        bos_token_id=len(vocab) - 2, eos_token_id=len(vocab) - 1, pad_token_id=len(vocab) - 1,
    )  # fmt: skip
    return CLIPTextModel(config), tokenizer


def _vae() -> AutoencoderKL:
    return AutoencoderKL(
        block_out_channels=[32, 32], in_channels=3, out_channels=3, latent_channels=4, norm_num_groups=32,
        down_block_types=["DownEncoderBlock2D"] * 2, up_block_types=["UpDecoderBlock2D"] * 2, sample_size=16,
    )  # fmt: skip


def save_text_to_video_sd(folder: Path, seed: int = 0) -> Path:
    """A ZeroScope/ModelScope-class pipeline (UNet3D + VAE + CLIP text), 16×16 frames from 8×8 latents."""
    torch.manual_seed(seed)
    unet = UNet3DConditionModel(
        sample_size=8, in_channels=4, out_channels=4, block_out_channels=(32, 32), layers_per_block=1,
        down_block_types=("CrossAttnDownBlock3D", "DownBlock3D"), up_block_types=("UpBlock3D", "CrossAttnUpBlock3D"),
        cross_attention_dim=TEXT_HIDDEN, attention_head_dim=4, norm_num_groups=32,
    )  # fmt: skip
    text_encoder, tokenizer = _clip_text()
    pipe = TextToVideoSDPipeline(vae=_vae(), text_encoder=text_encoder, tokenizer=tokenizer, unet=unet,
                                 scheduler=DDIMScheduler())  # fmt: skip
    pipe.save_pretrained(folder)
    return folder


def save_animatediff(base: Path, adapter: Path, seed: int = 0) -> tuple[Path, Path]:
    """A Stable-Diffusion-class base (UNet2D + VAE + CLIP text) and, separately, its motion adapter."""
    torch.manual_seed(seed)
    unet = UNet2DConditionModel(
        sample_size=8, in_channels=4, out_channels=4, block_out_channels=(32, 64), layers_per_block=2,
        down_block_types=("CrossAttnDownBlock2D", "DownBlock2D"), up_block_types=("UpBlock2D", "CrossAttnUpBlock2D"),
        cross_attention_dim=TEXT_HIDDEN, norm_num_groups=2,
    )  # fmt: skip
    MotionAdapter(
        block_out_channels=(32, 64), motion_layers_per_block=2, motion_norm_num_groups=2, motion_num_attention_heads=4
    ).save_pretrained(adapter)
    text_encoder, tokenizer = _clip_text()
    base.mkdir(parents=True, exist_ok=True)
    for name, part in (("unet", unet), ("vae", _vae()), ("text_encoder", text_encoder), ("tokenizer", tokenizer)):
        part.save_pretrained(base / name)
    DDIMScheduler(beta_schedule="linear", clip_sample=False).save_pretrained(base / "scheduler")
    index = {
        "_class_name": "StableDiffusionPipeline", "_diffusers_version": "0.42.1",
        "unet": ["diffusers", "UNet2DConditionModel"], "vae": ["diffusers", "AutoencoderKL"],
        "text_encoder": ["transformers", "CLIPTextModel"], "tokenizer": ["transformers", "CLIPTokenizer"],
        "scheduler": ["diffusers", "DDIMScheduler"], "safety_checker": [None, None], "feature_extractor": [None, None],
        "image_encoder": [None, None], "requires_safety_checker": False,
    }  # fmt: skip
    (base / "model_index.json").write_text(json.dumps(index))
    return base, adapter


def _t5() -> tuple[T5EncoderModel, T5TokenizerFast]:
    """A word-level Unigram T5 tokenizer over a dozen words (unknown words map to <unk>) and a 2-layer T5."""
    words = "a red blue green circle square moving left right up down".split()
    vocab = [("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0), ("▁", -2.0), *((f"▁{w}", -1.0) for w in words)]
    tokenizer = T5TokenizerFast(vocab=vocab, extra_ids=0, model_max_length=PROMPT_TOKENS)
    config = T5Config(vocab_size=len(vocab), d_model=TEXT_HIDDEN, d_ff=37, d_kv=8, num_layers=2, num_heads=4,
                      relative_attention_num_buckets=8, pad_token_id=0, eos_token_id=1)  # fmt: skip
    return T5EncoderModel(config), tokenizer


def save_cogvideox(folder: Path, seed: int = 0) -> Path:
    """A CogVideoX-class pipeline: 3D transformer over 2×2-patched latents, causal 3D VAE (time ÷4), T5."""
    torch.manual_seed(seed)
    transformer = CogVideoXTransformer3DModel(
        num_attention_heads=4, attention_head_dim=8, in_channels=4, out_channels=4, time_embed_dim=2,
        text_embed_dim=TEXT_HIDDEN, num_layers=1, sample_width=2, sample_height=2, sample_frames=9, patch_size=2,
        temporal_compression_ratio=4, max_text_seq_length=PROMPT_TOKENS,
    )  # fmt: skip
    vae = AutoencoderKLCogVideoX(
        in_channels=3, out_channels=3, latent_channels=4, layers_per_block=1, norm_num_groups=2,
        down_block_types=("CogVideoXDownBlock3D",) * 4, up_block_types=("CogVideoXUpBlock3D",) * 4,
        block_out_channels=(8, 8, 8, 8), temporal_compression_ratio=4,
    )  # fmt: skip
    text_encoder, tokenizer = _t5()
    pipe = CogVideoXPipeline(tokenizer=tokenizer, text_encoder=text_encoder, vae=vae, transformer=transformer,
                             scheduler=CogVideoXDDIMScheduler())  # fmt: skip
    pipe.save_pretrained(folder)
    return folder
