"""GPT4Video: frozen frame encoder → video abstractor → projector → LLM (frozen, + LoRA).

The chat's video slots (sentinel ids from :mod:`gpt4video.conversation`) are replaced in the LLM's input
embeddings by each video's tokens; generation runs through the LLM's own ``generate`` with ``inputs_embeds``
and its KV cache. Only the trained parts are ever saved (abstractor, projector, LoRA); the encoder and LLM are
rebuilt from the base models the config names, so a checkpoint is megabytes, not gigabytes.
"""

from __future__ import annotations

import os
import tempfile
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import numpy as np
import torch
from peft import LoraConfig, PeftModel, get_peft_model, get_peft_model_state_dict, set_peft_model_state_dict
from safetensors.torch import load_file, save_file
from torch import nn

from gpt4video.config import CHECKPOINTS_DIR, GPT4VideoConfig
from gpt4video.conversation import IGNORE_INDEX, ConversationEncoder, Encoded, VideoPart
from gpt4video.model.abstractor import VideoAbstractor, VideoProjector
from gpt4video.model.encoder import FrameEncoder
from gpt4video.model.llm import load_llm
from gpt4video.video import load_video

WEIGHTS_NAME = "model.safetensors"
INPUT_STATISTICS = ("abstractor.input_mean", "abstractor.input_std")
"""Buffers older checkpoints lack; loading one without them keeps the identity (no standardisation)."""

TrainableSet = Literal["none", "align", "instruct"]


class GPT4Video(nn.Module):
    """The whole model. Build with :meth:`from_config` or :meth:`from_pretrained`."""

    def __init__(self, config: GPT4VideoConfig, encoder: FrameEncoder, llm: nn.Module, tokenizer: Any) -> None:
        super().__init__()
        self.config = config
        self.encoder = encoder
        self.llm = llm
        self.tokenizer = tokenizer
        with torch.random.fork_rng():
            torch.manual_seed(config.seed)
            self.abstractor = VideoAbstractor(config.abstractor, encoder.hidden_size)
            self.projector = VideoProjector(config.abstractor, llm.config.hidden_size)
        self.conversation = ConversationEncoder(
            tokenizer, config.llm.chat_template, config.llm.system_prompt, config.generation.tag
        )
        self.set_trainable("none")

    # ---------------------------------------------------------------- building, saving, loading

    @classmethod
    def from_config(cls, config: GPT4VideoConfig, dtype: torch.dtype = torch.float32) -> GPT4Video:
        """Load the named base models and attach freshly initialised trainable parts (seeded)."""
        enc = config.encoder
        encoder = FrameEncoder.from_pretrained(
            enc.name_or_path, layer=enc.layer, keep_cls=enc.keep_cls, dtype=dtype, image_size=enc.image_size
        )
        llm, tokenizer = load_llm(config.llm.name_or_path, dtype=dtype)
        llm.requires_grad_(False)
        if config.lora is not None:
            lora = config.lora
            # LoRA A is initialised at random: seed it like the abstractor, so a config builds one model.
            with torch.random.fork_rng(), warnings.catch_warnings():
                torch.manual_seed(config.seed)
                # peft calls a transformers method that transformers 5 deprecates; nothing for a user to act on.
                warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*", category=FutureWarning)
                llm = get_peft_model(
                    llm,
                    LoraConfig(
                        r=lora.r,
                        lora_alpha=lora.alpha,
                        lora_dropout=lora.dropout,
                        target_modules=list(lora.target_modules),
                        task_type="CAUSAL_LM",
                    ),
                )
        if tokenizer.pad_token_id is None:
            tokenizer.pad_token = tokenizer.eos_token
        model = cls(config, encoder, llm, tokenizer)
        # Eval mode, as transformers' from_pretrained: LoRA dropout must not perturb inference (train with .train()).
        return model.to(dtype).eval()

    @classmethod
    def from_pretrained(cls, name_or_path: str | os.PathLike[str], dtype: torch.dtype = torch.float32) -> GPT4Video:
        """A saved folder (config.json + model.safetensors), or a named model such as ``gpt4video-nano``.

        A named model takes its config from ``configs/NAME.yaml`` and its trained tensors from
        ``checkpoints/NAME/`` when they exist (until then its trainable parts are seeded, untrained).
        """
        path = Path(name_or_path)
        folder = path if path.is_dir() else CHECKPOINTS_DIR / str(name_or_path)
        if path.is_dir() or (folder / WEIGHTS_NAME).is_file():
            config = GPT4VideoConfig.from_pretrained(folder)
            model = cls.from_config(config, dtype)
            if (folder / WEIGHTS_NAME).is_file():
                model.load_trained(folder / WEIGHTS_NAME)
            return model
        return cls.from_config(GPT4VideoConfig.from_pretrained(name_or_path), dtype)

    def trained_state_dict(self) -> dict[str, torch.Tensor]:
        """Every tensor training may change: abstractor, projector and (if present) the LoRA weights."""
        state = {f"abstractor.{k}": v for k, v in self.abstractor.state_dict().items()}
        state.update({f"projector.{k}": v for k, v in self.projector.state_dict().items()})
        if isinstance(self.llm, PeftModel):
            state.update({f"lora.{k}": v for k, v in get_peft_model_state_dict(self.llm).items()})
        return state

    def load_trained(self, file: str | os.PathLike[str] | dict[str, torch.Tensor]) -> None:
        """Load tensors written by :meth:`save_pretrained` (a file, or the state dict itself).

        A missing or unexpected key, or a wrong shape, is an error raised before anything is loaded.
        """
        state = dict(file) if isinstance(file, dict) else load_file(str(file))
        file = "checkpoint" if isinstance(file, dict) else file
        current = self.trained_state_dict()
        for key in INPUT_STATISTICS:  # saved before the abstractor standardised its inputs: identity statistics
            if key not in state and any(k.startswith("abstractor.") for k in state):
                state[key] = torch.zeros_like(current[key]) if key.endswith("mean") else torch.ones_like(current[key])
        expected = set(current)
        if set(state) != expected:
            missing, extra = sorted(expected - set(state)), sorted(set(state) - expected)
            raise ValueError(f"{file}: checkpoint does not fit this config (missing {missing[:4]}, extra {extra[:4]})")
        shapes = {k: v.shape for k, v in current.items()}
        wrong = [f"{k} {tuple(v.shape)} != {tuple(shapes[k])}" for k, v in state.items() if v.shape != shapes[k]]
        if wrong:  # checked before loading anything, so a bad checkpoint never leaves the model half-loaded
            raise ValueError(f"{file}: checkpoint does not fit this config (shape mismatch: {wrong[:4]})")
        self.abstractor.load_state_dict({k[11:]: v for k, v in state.items() if k.startswith("abstractor.")})
        self.projector.load_state_dict({k[10:]: v for k, v in state.items() if k.startswith("projector.")})
        lora = {k[5:]: v for k, v in state.items() if k.startswith("lora.")}
        if lora:
            set_peft_model_state_dict(self.llm, lora)

    def save_pretrained(self, directory: str | os.PathLike[str]) -> Path:
        """Write config.json and the trained tensors only (safetensors), atomically."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        self.config.save_pretrained(directory)
        fd, tmp = tempfile.mkstemp(prefix=f".{WEIGHTS_NAME}.", dir=directory)
        os.close(fd)
        try:
            state = {k: v.detach().contiguous() for k, v in self.trained_state_dict().items()}
            save_file(state, tmp, metadata={"format": "pt", "model": self.config.name})
            os.replace(tmp, directory / WEIGHTS_NAME)
        finally:
            Path(tmp).unlink(missing_ok=True)
        return directory

    def set_trainable(self, stage: TrainableSet) -> list[str]:
        """Freeze everything, then unfreeze a named set; returns the trainable parameter names.

        ``align``: abstractor + projector (stage 1). ``instruct``: LoRA + abstractor + projector (stage 2).
        """
        if stage not in ("none", "align", "instruct"):
            raise ValueError(f"unknown trainable set {stage!r}; expected none, align or instruct")
        self.requires_grad_(False)
        if stage in ("align", "instruct"):
            self.abstractor.requires_grad_(True)
            self.projector.requires_grad_(True)
        if stage == "instruct":
            if not isinstance(self.llm, PeftModel):
                raise ValueError("the instruct set trains LoRA, but this config has no lora section")
            for name, p in self.llm.named_parameters():
                if "lora_" in name:
                    p.requires_grad_(True)
        return [n for n, p in self.named_parameters() if p.requires_grad]

    # ---------------------------------------------------------------- videos → tokens

    def load_frames(self, video: VideoPart) -> np.ndarray:
        """Frames of a video part, sampled the way this model was configured (T×S×S×3 uint8)."""
        if video.frames is not None:
            return np.asarray(video.frames, dtype=np.uint8)
        return load_video(video.path, num_frames=self.config.num_frames, size=self.config.encoder.image_size)

    def frame_tokens(self, frames: torch.Tensor) -> torch.Tensor:
        """The frozen encoder on ``[N, T, H, W, 3]`` uint8 frames → ``[N, T, L, D]``."""
        n, t = frames.shape[:2]
        tokens = self.encoder(frames.flatten(0, 1))
        return tokens.view(n, t, *tokens.shape[1:])

    def video_tokens(self, frame_tokens: torch.Tensor, frame_mask: torch.Tensor | None = None) -> torch.Tensor:
        """Abstractor + projector: ``[N, T, L, D]`` → ``[N, Q+1, H_llm]`` in the LLM's embedding space."""
        dtype = self.projector.end_token.dtype
        return self.projector(*self.abstractor(frame_tokens.to(dtype), frame_mask))

    # ---------------------------------------------------------------- text + videos → LLM inputs

    def encode_conversations(
        self, conversations: Sequence[Sequence[dict[str, Any]]], add_generation_prompt: bool
    ) -> list[Encoded]:
        return [self.conversation.encode(c, add_generation_prompt) for c in conversations]

    def embed_inputs(
        self,
        encoded: Sequence[Encoded],
        video_tokens: Sequence[torch.Tensor | None],
        padding_side: Literal["left", "right"] = "right",
    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Input embeddings with every video slot filled, padded into a batch: (embeds, attention mask, labels).

        ``video_tokens[i]`` holds sample i's videos, ``[n_i, Q+1, H]``, in slot order.
        """
        table = self.llm.get_input_embeddings()
        device = table.weight.device
        rows, labels = [], []
        for i, enc in enumerate(encoded):
            ids = torch.tensor(enc.input_ids, device=device)
            slot_positions = (ids < 0).nonzero().flatten().tolist()
            vids = video_tokens[i]
            n_vids = 0 if vids is None else vids.shape[0]
            if len(slot_positions) != n_vids:
                raise ValueError(f"sample {i}: {len(slot_positions)} video slots but {n_vids} videos")
            text = table(ids.clamp(min=0))
            pieces, lab, start = [], [], 0
            for pos in slot_positions:
                k = -int(ids[pos]) - 1
                pieces += [text[start:pos], vids[k].to(text.dtype)]
                lab += enc.labels[start:pos] + [IGNORE_INDEX] * vids.shape[1]
                start = pos + 1
            pieces.append(text[start:])
            lab += enc.labels[start:]
            rows.append(torch.cat(pieces))
            labels.append(torch.tensor(lab))
        longest = max(r.shape[0] for r in rows)
        if longest > self.config.llm.max_length:
            limit = self.config.llm.max_length
            raise ValueError(f"conversation is {longest} tokens, over the model's max_length {limit}")
        hidden = rows[0].shape[1]
        embeds = rows[0].new_zeros(len(rows), longest, hidden)
        mask = torch.zeros(len(rows), longest, dtype=torch.long, device=device)
        out_labels = torch.full((len(rows), longest), IGNORE_INDEX, dtype=torch.long, device=device)
        for i, (r, lab) in enumerate(zip(rows, labels, strict=True)):
            sl = slice(longest - len(r), longest) if padding_side == "left" else slice(0, len(r))
            embeds[i, sl], mask[i, sl], out_labels[i, sl] = r, 1, lab
        return embeds, mask, out_labels

    def _videos_to_tokens(self, encoded: Sequence[Encoded]) -> list[torch.Tensor | None]:
        out: list[torch.Tensor | None] = []
        for enc in encoded:
            if not enc.videos:
                out.append(None)
                continue
            # Each clip through the encoder on its own (clips may differ in length and size), then padded to the
            # longest with its padded frames masked out of the abstractor's attention.
            tokens = [self.frame_tokens(torch.from_numpy(self.load_frames(v))[None])[0] for v in enc.videos]
            frames = tokens[0].new_zeros(len(tokens), max(t.shape[0] for t in tokens), *tokens[0].shape[1:])
            mask = torch.zeros(frames.shape[:2], dtype=torch.bool, device=frames.device)
            for k, t in enumerate(tokens):
                frames[k, : t.shape[0]], mask[k, : t.shape[0]] = t, True
            out.append(self.video_tokens(frames, None if mask.all() else mask))
        return out

    def forward(
        self,
        encoded: Sequence[Encoded],
        video_tokens: Sequence[torch.Tensor | None] | None = None,
        frame_tokens: Sequence[torch.Tensor | None] | None = None,
    ) -> Any:
        """Training forward: loss on assistant tokens only.

        Videos come as final ``video_tokens``, as cached encoder ``frame_tokens`` (``[n_i, T, L, D]`` per sample;
        the abstractor runs here, inside the forward, so DDP sees its parameters), or are loaded and encoded.
        """
        if video_tokens is None and frame_tokens is not None:
            video_tokens = [None if f is None else self.video_tokens(f) for f in frame_tokens]
        if video_tokens is None:
            video_tokens = self._videos_to_tokens(encoded)
        embeds, mask, labels = self.embed_inputs(encoded, video_tokens, "right")
        return self.llm(inputs_embeds=embeds, attention_mask=mask, labels=labels)

    @torch.inference_mode()
    def generate(
        self,
        conversations: Sequence[Sequence[dict[str, Any]]],
        max_new_tokens: int = 128,
        video_tokens: Sequence[torch.Tensor | None] | None = None,
        **generate_kwargs: Any,
    ) -> list[str]:
        """Reply to each conversation (batched, left-padded); returns the raw text, tags included."""
        encoded = self.encode_conversations(conversations, add_generation_prompt=True)
        return self.generate_encoded(encoded, video_tokens, max_new_tokens, **generate_kwargs)

    @torch.inference_mode()
    def generate_encoded(
        self,
        encoded: Sequence[Encoded],
        video_tokens: Sequence[torch.Tensor | None] | None = None,
        max_new_tokens: int = 128,
        **generate_kwargs: Any,
    ) -> list[str]:
        """:meth:`generate` on conversations already encoded (videos loaded and encoded unless given)."""
        if video_tokens is None:
            video_tokens = self._videos_to_tokens(encoded)
        embeds, mask, _ = self.embed_inputs(encoded, video_tokens, "left")
        kwargs = {"do_sample": False, "pad_token_id": self.tokenizer.pad_token_id, **generate_kwargs}
        out = self.llm.generate(inputs_embeds=embeds, attention_mask=mask, max_new_tokens=max_new_tokens, **kwargs)
        return self.tokenizer.batch_decode(out, skip_special_tokens=True)
