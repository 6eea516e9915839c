"""One assistant turn: messages → videos → model → ``<video>`` tags → reply.

This is the object users, the CLI and the HTTP server talk to; none of them knows how the model works
inside. Every ``<video>`` prompt of a reply is rendered through the configured gallery backend
(``config.generation``) and its file listed in ``videos``; a backend that is missing or fails leaves a
message in the reply and the conversation goes on. The safety guards plug in here in a later issue; until
then a reply's ``safety`` list is empty.
"""

from __future__ import annotations

import logging
import os
import time
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from transformers.generation.streamers import BaseStreamer

from gpt4video.conversation import VideoPart, parse_messages
from gpt4video.generation.backend import GenerationError
from gpt4video.generation.gallery import Gallery
from gpt4video.model.gpt4video import GPT4Video
from gpt4video.protocol import parse_reply

_log = logging.getLogger(__name__)


@dataclass
class ChatResult:
    """What one assistant turn produced."""

    text: str
    """The reply a user reads, with generation tags removed."""
    prompts: list[str]
    """Text-to-video prompts the model asked for, in order."""
    videos: list[str] = field(default_factory=list)
    """Paths of the videos rendered from ``prompts`` (one per prompt that rendered)."""
    safety: list[dict[str, Any]] = field(default_factory=list)
    """Every safety check and its verdict (filled once the guards exist)."""
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds spent in decode, encode, abstract, prefill, generate, render (videos), and in total."""
    raw: str = ""
    """The model's output as generated, tags included."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class _FirstTokenClock(BaseStreamer):
    """Notes when generate emits its first new token, splitting prefill time from decoding time."""

    def __init__(self) -> None:
        self.first: float | None = None

    def put(self, value: torch.Tensor) -> None:
        if self.first is None and value.numel() and value.ndim == 1:
            self.first = time.perf_counter()

    def end(self) -> None:
        pass


class Assistant:
    """A GPT4Video model behind a chat interface (OpenAI-style messages in, :class:`ChatResult` out)."""

    def __init__(self, model: GPT4Video, cache_size: int = 16, gallery: Gallery | None = None) -> None:
        self.model = model.eval()
        self._cache: OrderedDict[tuple[Any, ...], tuple[torch.Tensor, float, float]] = OrderedDict()
        self._cache_size = cache_size
        g = model.config.generation
        self.gallery = gallery or Gallery(
            sources={g.generator: g.generator_name_or_path} if g.generator_name_or_path else None
        )

    def render_videos(self, prompts: list[str], seed: int | None = None) -> tuple[list[str], list[str]]:
        """Render each prompt with the configured backend: the files made, and one line per prompt for the
        reply (where the video is, or why there is none). Never raises: a failed video is a message."""
        g = self.model.config.generation
        paths, notes = [], []
        for i, prompt in enumerate(prompts):
            try:
                clip = self.gallery.render(
                    prompt, backend=g.generator, out_dir=g.output_dir, seed=None if seed is None else seed + i,
                    num_frames=g.num_frames, height=g.height, width=g.width, steps=g.steps,
                )  # fmt: skip
            except GenerationError as e:
                notes.append(f"(I could not make that video: {e})")
            except Exception as e:  # a backend's own failure must not end the conversation
                _log.exception("video backend %s failed", g.generator)
                notes.append(f"(I could not make that video: the {g.generator} backend failed: {e})")
            else:
                paths.append(str(clip.path))
                notes.append(f"(video saved to {clip.path})")
        return paths, notes

    @classmethod
    def from_pretrained(cls, name_or_path: str | os.PathLike[str] = "gpt4video-nano", **kwargs: Any) -> Assistant:
        """``gpt4video-nano`` (the embedded default), another named config, or a saved model folder."""
        return cls(GPT4Video.from_pretrained(name_or_path), **kwargs)

    def _video_tokens(self, video: VideoPart) -> tuple[torch.Tensor, float, float, float]:
        """Tokens of one video and the seconds spent decoding, encoding and abstracting it.

        Videos from files are cached by (path, size, mtime), so earlier videos of a multi-turn chat are not
        decoded and encoded again on every turn.
        """
        key: tuple[Any, ...] | None = None
        if video.path is not None:
            st = Path(video.path).stat() if Path(video.path).exists() else None
            key = (os.path.abspath(video.path), st.st_size, st.st_mtime_ns) if st else None
        if key is not None and key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key][0], 0.0, 0.0, 0.0
        t0 = time.perf_counter()
        frames = torch.from_numpy(np.ascontiguousarray(self.model.load_frames(video)))[None]
        t1 = time.perf_counter()
        frame_tokens = self.model.frame_tokens(frames)
        t2 = time.perf_counter()
        tokens = self.model.video_tokens(frame_tokens)[0]
        t3 = time.perf_counter()
        if key is not None:
            self._cache[key] = (tokens, t2 - t1, t3 - t2)
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return tokens, t1 - t0, t2 - t1, t3 - t2

    @torch.inference_mode()
    def chat(
        self,
        messages: Sequence[Mapping[str, Any]],
        *,
        max_new_tokens: int = 128,
        temperature: float = 0.0,
        top_p: float = 1.0,
        seed: int | None = None,
        render: bool = True,
    ) -> ChatResult:
        """Answer the last user turn of ``messages``; with ``render`` (and ``config.generation.render``) each
        ``<video>`` prompt of the reply becomes a video file (``seed`` makes it reproducible).

        Raises ``MessageError`` for malformed messages and ``VideoDecodeError`` for a bad video: both are
        ``ValueError``s whose message names the problem.
        """
        t_start = time.perf_counter()
        encoded = self.model.conversation.encode(parse_messages(messages), add_generation_prompt=True)
        timings = {"decode": 0.0, "encode": 0.0, "abstract": 0.0}
        tokens = []
        for video in encoded.videos:
            tok, t_dec, t_enc, t_abs = self._video_tokens(video)
            tokens.append(tok)
            timings["decode"] += t_dec
            timings["encode"] += t_enc
            timings["abstract"] += t_abs
        video_tokens = [torch.stack(tokens)] if tokens else [None]
        gen_kwargs: dict[str, Any] = {"do_sample": temperature > 0}
        if temperature > 0:
            gen_kwargs.update(temperature=temperature, top_p=top_p)
            if seed is not None:
                torch.manual_seed(seed)
        clock = _FirstTokenClock()
        t_gen = time.perf_counter()
        raw = self.model.generate_encoded([encoded], video_tokens, max_new_tokens, streamer=clock, **gen_kwargs)[0]
        t_end = time.perf_counter()
        first = clock.first or t_end
        timings["prefill"] = first - t_gen
        timings["generate"] = t_end - first
        timings["total"] = t_end - t_start
        reply = parse_reply(raw, self.model.config.generation.tag)
        text, videos = reply.text, []
        if reply.prompts and self.model.config.generation.render and render:
            t_render = time.perf_counter()
            videos, notes = self.render_videos(reply.prompts, seed)
            text = "\n".join([text, *notes]) if text else "\n".join(notes)
            timings["render"] = time.perf_counter() - t_render
            timings["total"] = time.perf_counter() - t_start
        return ChatResult(text=text, prompts=reply.prompts, videos=videos, timings=timings, raw=raw)
