"""Tiny random models of the paper configuration's real classes, saved like hub checkpoints.

The 7B configuration loads CLIP ViT-L/14 and a LLaMA through ``from_pretrained``; these folders hold a
``CLIPVisionModel`` and a ``LlamaForCausalLM`` of the same classes, small enough for a test, so the tests run
the very same loading code. The LLaMA uses the embedded SmolLM2 tokenizer (its vocab size follows it).
"""

from __future__ import annotations

from pathlib import Path

import torch
from transformers import CLIPVisionConfig, CLIPVisionModel, LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerBase

IMAGE_SIZE = 28  # 28 px, patch 14 -> 2x2 patches + CLS = 5 tokens per frame
CLIP_HIDDEN = 32
LLM_HIDDEN = 32


def save_tiny_models(root: Path, tokenizer: PreTrainedTokenizerBase, seed: int = 0) -> tuple[Path, Path]:
    """Write ``root/clip`` and ``root/llm`` (with the tokenizer); return both folders."""
    torch.manual_seed(seed)
    vision = CLIPVisionConfig(
        hidden_size=CLIP_HIDDEN,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=2,
        image_size=IMAGE_SIZE,
        patch_size=14,
    )
    CLIPVisionModel(vision).save_pretrained(root / "clip")
    llm = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=LLM_HIDDEN,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        intermediate_size=64,
        max_position_embeddings=2048,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    LlamaForCausalLM(llm).save_pretrained(root / "llm")
    tokenizer.save_pretrained(root / "llm")
    return root / "clip", root / "llm"
