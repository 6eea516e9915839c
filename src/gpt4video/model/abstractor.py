"""The video abstractor and projector: T×L frame tokens → a few tokens in the LLM's embedding space.

Follows mPLUG-Owl's visual abstractor, which the published GPT4Video code loads. Two sets of learnable
queries (spatial and temporal) are layer-normed and attend over concat(queries, layer-normed frame tokens)
— cross- and self-attention in one step — then an output projection and a SwiGLU MLP, each residual.
Frame tokens carry a learned temporal position embedding, so the temporal queries can tell frames apart.

Frame tokens are first standardised per channel with the frozen encoder's statistics on the training clips
(``input_mean``/``input_std`` buffers, set once before stage 1 by :meth:`VideoAbstractor.set_input_statistics`
and saved with the trained tensors). Without it, a clip's tokens are a large component every clip shares plus
a ~2 % clip-specific part (a small object on a background), so at first the queries' output is nearly the
same for every clip and the LLM cannot read colour or shape from it; standardised, a colour probe through the
abstractor reaches 60 % after 50 steps instead of 25 % (``docs/training.md``).

Both query sets run through the same layers in one pass (one attention call, ``Qs + Qt`` queries). The
projector maps the spatial and the temporal outputs through their own linear layers, adds them, and appends
a learned end token: ``Q + 1`` tokens per video (65 with the paper's 64 + 64 queries).
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from gpt4video.config import AbstractorConfig


class AbstractorLayer(nn.Module):
    """Queries attend over [queries; frame tokens]; output projection and SwiGLU MLP, both residual."""

    def __init__(self, config: AbstractorConfig) -> None:
        super().__init__()
        d, eps = config.hidden_size, config.layer_norm_eps
        if d % config.num_heads:
            raise ValueError(f"abstractor hidden_size {d} is not divisible by num_heads {config.num_heads}")
        self.num_heads = config.num_heads
        self.dropout = config.dropout
        self.norm_q = nn.LayerNorm(d, eps=eps)
        self.norm_kv = nn.LayerNorm(d, eps=eps)
        self.q_proj = nn.Linear(d, d)
        self.k_proj = nn.Linear(d, d)
        self.v_proj = nn.Linear(d, d)
        self.o_proj = nn.Linear(d, d)
        inner = int(round(d * config.mlp_ratio))
        self.norm_mlp = nn.LayerNorm(d, eps=eps)
        self.gate_proj = nn.Linear(d, inner)
        self.up_proj = nn.Linear(d, inner)
        self.down_proj = nn.Linear(inner, d)

    def _heads(self, x: torch.Tensor) -> torch.Tensor:
        b, n, d = x.shape
        return x.view(b, n, self.num_heads, d // self.num_heads).transpose(1, 2)

    def forward(self, queries: torch.Tensor, frames: torch.Tensor, key_mask: torch.Tensor | None) -> torch.Tensor:
        q_in = self.norm_q(queries)
        kv = torch.cat([q_in, self.norm_kv(frames)], dim=1)
        attn = F.scaled_dot_product_attention(
            self._heads(self.q_proj(q_in)),
            self._heads(self.k_proj(kv)),
            self._heads(self.v_proj(kv)),
            attn_mask=key_mask,
            dropout_p=self.dropout if self.training else 0.0,
        )
        b, h, n, dh = attn.shape
        queries = queries + self.o_proj(attn.transpose(1, 2).reshape(b, n, h * dh))
        x = self.norm_mlp(queries)
        return queries + self.down_proj(F.silu(self.gate_proj(x)) * self.up_proj(x))


class VideoAbstractor(nn.Module):
    """Compress ``[B, T, L, D_enc]`` frame tokens into spatial and temporal query outputs ``[B, Q, width]``."""

    def __init__(self, config: AbstractorConfig, encoder_hidden_size: int) -> None:
        super().__init__()
        self.config = config
        d = config.hidden_size
        self.input_proj = nn.Identity() if encoder_hidden_size == d else nn.Linear(encoder_hidden_size, d)
        self.register_buffer("input_mean", torch.zeros(encoder_hidden_size))
        self.register_buffer("input_std", torch.ones(encoder_hidden_size))
        self.temporal_position = nn.Parameter(torch.zeros(config.max_frames, d))
        self.spatial_queries = nn.Parameter(torch.randn(config.num_spatial_queries, d) * 0.02)
        self.temporal_queries = nn.Parameter(torch.randn(config.num_temporal_queries, d) * 0.02)
        self.layers = nn.ModuleList(AbstractorLayer(config) for _ in range(config.num_layers))
        self.norm = nn.LayerNorm(d, eps=config.layer_norm_eps)

    @torch.no_grad()
    def set_input_statistics(self, mean: torch.Tensor, std: torch.Tensor) -> None:
        """Per-channel mean and std of the encoder's tokens on the training clips (std clamped away from 0)."""
        self.input_mean.copy_(mean)
        self.input_std.copy_(std.clamp(min=1e-4))

    def forward(
        self, frame_tokens: torch.Tensor, frame_mask: torch.Tensor | None = None
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """``frame_mask[b, t]`` is False for padded frames, whose tokens no query may attend to."""
        if frame_tokens.ndim != 4:
            raise ValueError(f"frame tokens must be [B, T, L, D], got shape {tuple(frame_tokens.shape)}")
        b, t, n, _ = frame_tokens.shape
        if t > self.config.max_frames:
            raise ValueError(f"{t} frames exceed the abstractor's max_frames={self.config.max_frames}")
        standardized = (frame_tokens - self.input_mean) / self.input_std
        frames = self.input_proj(standardized.to(frame_tokens.dtype)) + self.temporal_position[:t, None, :]
        frames = frames.reshape(b, t * n, -1)
        queries = torch.cat([self.spatial_queries, self.temporal_queries]).expand(b, -1, -1)
        key_mask = None
        if frame_mask is not None:
            if frame_mask.shape != (b, t):
                raise ValueError(f"frame_mask must be [B, T] = {(b, t)}, got {tuple(frame_mask.shape)}")
            if not frame_mask.any(dim=1).all():
                raise ValueError("every video needs at least one real (unmasked) frame")
            token_mask = frame_mask.bool().repeat_interleave(n, dim=1)
            keep = torch.cat([token_mask.new_ones(b, queries.shape[1]), token_mask], dim=1)
            key_mask = keep[:, None, None, :]
        for layer in self.layers:
            queries = layer(queries, frames, key_mask)
        queries = self.norm(queries)
        qs = self.config.num_spatial_queries
        return queries[:, :qs], queries[:, qs:]


class VideoProjector(nn.Module):
    """Spatial and temporal outputs through their own linear maps, summed, plus a learned end token."""

    def __init__(self, config: AbstractorConfig, llm_hidden_size: int) -> None:
        super().__init__()
        if config.num_spatial_queries != config.num_temporal_queries:
            raise ValueError(
                "the projector sums spatial and temporal outputs, so num_spatial_queries "
                f"({config.num_spatial_queries}) must equal num_temporal_queries ({config.num_temporal_queries})"
            )
        self.spatial_fc = nn.Linear(config.hidden_size, llm_hidden_size)
        self.temporal_fc = nn.Linear(config.hidden_size, llm_hidden_size)
        self.end_token = nn.Parameter(torch.randn(1, llm_hidden_size) * 0.02)

    def forward(self, spatial: torch.Tensor, temporal: torch.Tensor) -> torch.Tensor:
        tokens = self.spatial_fc(spatial) + self.temporal_fc(temporal)
        return torch.cat([tokens, self.end_token.expand(tokens.shape[0], 1, -1).to(tokens.dtype)], dim=1)
