"""One assistant turn: messages → videos → model → ``<video>`` tags → reply.

This is the object users, the CLI and the HTTP server talk to; none of them knows how the model works
inside. Every ``<video>`` prompt of a reply is rendered through the configured gallery backend
(``config.generation``) and its file listed in ``videos``; a backend that is missing or fails leaves a
message in the reply and the conversation goes on.

Safety (:mod:`gpt4video.safety`, on by default) checks the user's text and each input video before the model
sees them, the reply, each ``<video>`` prompt before any generator and each generated clip before its file is
written. A refused turn gets a polite refusal naming the category and nothing is generated; a blocked prompt
or clip is left out with a note. Every verdict is listed in the reply's ``safety``.
"""

from __future__ import annotations

import logging
import os
import time
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import torch
from transformers.generation.streamers import BaseStreamer

from gpt4video.conversation import Message, VideoPart, parse_messages
from gpt4video.generation.backend import GenerationError
from gpt4video.generation.gallery import Gallery
from gpt4video.model.gpt4video import GPT4Video
from gpt4video.protocol import parse_reply
from gpt4video.safety.guards import SafetyGuards, new_turn_id, refusal
from gpt4video.safety.verdict import Verdict

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
    """Every safety check of the turn and its verdict (:class:`~gpt4video.safety.verdict.Verdict` fields)."""
    refused: bool = False
    """Whether a guard refused the turn (``text`` is then the refusal and nothing was generated)."""
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds spent in decode, encode, abstract, prefill, generate, render (videos), safety, and in total."""
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

    def __init__(
        self,
        model: GPT4Video,
        cache_size: int = 16,
        gallery: Gallery | None = None,
        guards: SafetyGuards | None = None,
        safety: bool = True,
    ) -> None:
        """``guards`` default to :class:`SafetyGuards` under the shipped policy; ``safety=False`` turns every
        check off (for measuring the model alone)."""
        self.model = model.eval()
        self.guards = (guards or SafetyGuards()) if safety else None
        self._cache: OrderedDict[tuple[Any, ...], tuple[torch.Tensor, Verdict | None]] = OrderedDict()
        self._cache_size = cache_size
        g = model.config.generation
        self.gallery = gallery or Gallery(
            sources={g.generator: g.generator_name_or_path} if g.generator_name_or_path else None
        )

    def render_videos(
        self, prompts: list[str], seed: int | None = None, turn: str | None = None
    ) -> tuple[list[str], list[str], list[Verdict]]:
        """Render each prompt with the configured backend: the files made, one line per prompt for the reply
        (where the video is, or why there is none), and the safety verdicts of every prompt and clip. Never
        raises: a failed or blocked video is a message."""
        g = self.model.config.generation
        paths, notes, verdicts = [], [], []
        for i, prompt in enumerate(prompts):
            settings = dict(backend=g.generator, out_dir=g.output_dir, seed=None if seed is None else seed + i,
                            num_frames=g.num_frames, height=g.height, width=g.width, steps=g.steps)  # fmt: skip
            try:
                if self.guards is None:
                    clip = self.gallery.render(prompt, **settings)
                else:
                    clip, checked = self.guards.render(self.gallery, prompt, turn, **settings)
                    verdicts += checked
                    if clip is None:
                        blocked = next(v for v in checked if not v.safe)
                        what = "its prompt" if blocked.check == "video_prompt" else "the clip"
                        notes.append(f"(I did not make that video: {what} was flagged as {blocked.category}.)")
                        continue
            except GenerationError as e:
                notes.append(f"(I could not make that video: {e})")
            except Exception as e:  # a backend's own failure must not end the conversation
                _log.exception("video backend %s failed", g.generator)
                notes.append(f"(I could not make that video: the {g.generator} backend failed: {e})")
            else:
                paths.append(str(clip.path))
                notes.append(f"(video saved to {clip.path})")
        return paths, notes, verdicts

    @classmethod
    def from_pretrained(cls, name_or_path: str | os.PathLike[str] = "gpt4video-nano", **kwargs: Any) -> Assistant:
        """``gpt4video-nano`` (the embedded default), another named config, or a saved model folder."""
        return cls(GPT4Video.from_pretrained(name_or_path), **kwargs)

    def _video_tokens(
        self, video: VideoPart, turn: str
    ) -> tuple[torch.Tensor | None, Verdict | None, float, float, float]:
        """Tokens of one video, its input-video verdict, and the seconds spent decoding, encoding and abstracting.

        The frames are checked before the encoder sees them; a refused video gets no tokens. Videos from files
        are cached by (path, size, mtime) with their verdict, so earlier videos of a multi-turn chat are not
        decoded, checked and encoded again on every turn.
        """
        key: tuple[Any, ...] | None = None
        if video.path is not None:
            st = Path(video.path).stat() if Path(video.path).exists() else None
            key = (os.path.abspath(video.path), st.st_size, st.st_mtime_ns) if st else None
        if key is not None and key in self._cache:
            self._cache.move_to_end(key)
            tokens, verdict = self._cache[key]
            if verdict is not None:  # checked when first seen; this turn spent no time on it
                verdict = replace(verdict, seconds=0.0, reason=f"{verdict.reason} (checked in an earlier turn)")
            return tokens, verdict, 0.0, 0.0, 0.0
        t0 = time.perf_counter()
        frames = np.ascontiguousarray(self.model.load_frames(video))
        t1 = time.perf_counter()
        verdict = self.guards.check_frames("input_video", frames, turn) if self.guards else None
        if verdict is not None and not verdict.safe:
            return None, verdict, t1 - t0, 0.0, 0.0
        t2 = time.perf_counter()
        frame_tokens = self.model.frame_tokens(torch.from_numpy(frames)[None])
        t3 = time.perf_counter()
        tokens = self.model.video_tokens(frame_tokens)[0]
        t4 = time.perf_counter()
        if key is not None:
            self._cache[key] = (tokens, verdict)
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return tokens, verdict, t1 - t0, t3 - t2, t4 - t3

    def _refused(self, verdict: Verdict, verdicts: list[Verdict], timings: dict[str, float], t0: float) -> ChatResult:
        timings["safety"] = round(sum(v.seconds for v in verdicts), 4)
        timings["total"] = time.perf_counter() - t0
        return ChatResult(text=refusal(verdict), prompts=[], safety=[v.to_dict() for v in verdicts], refused=True,
                          timings=timings)  # fmt: skip

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
        turn, verdicts = new_turn_id(), []
        parsed = parse_messages(messages)
        timings = {"decode": 0.0, "encode": 0.0, "abstract": 0.0}
        if self.guards is not None:
            verdicts.append(self.guards.check_text("user_text", _last_user_text(parsed), turn))
            if not verdicts[-1].safe:
                return self._refused(verdicts[-1], verdicts, timings, t_start)
        encoded = self.model.conversation.encode(parsed, add_generation_prompt=True)
        tokens = []
        for video in encoded.videos:
            tok, verdict, t_dec, t_enc, t_abs = self._video_tokens(video, turn)
            timings["decode"] += t_dec
            timings["encode"] += t_enc
            timings["abstract"] += t_abs
            if verdict is not None:
                verdicts.append(verdict)
                if not verdict.safe:
                    return self._refused(verdict, verdicts, timings, t_start)
            tokens.append(tok)
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
        if self.guards is not None:
            verdicts.append(self.guards.check_text("reply_text", reply.text, turn))
            if not verdicts[-1].safe:
                result = self._refused(verdicts[-1], verdicts, timings, t_start)
                result.raw = raw
                return result
        text, videos = reply.text, []
        if reply.prompts and self.model.config.generation.render and render:
            t_render = time.perf_counter()
            videos, notes, checked = self.render_videos(reply.prompts, seed, turn)
            verdicts += checked
            text = "\n".join([text, *notes]) if text else "\n".join(notes)
            timings["render"] = time.perf_counter() - t_render - sum(v.seconds for v in checked)
        timings["safety"] = round(sum(v.seconds for v in verdicts), 4)
        timings["total"] = time.perf_counter() - t_start
        return ChatResult(text=text, prompts=reply.prompts, videos=videos, safety=[v.to_dict() for v in verdicts],
                          timings=timings, raw=raw)  # fmt: skip


def _last_user_text(messages: Sequence[Message]) -> str:
    """The text of the latest user message (what this turn asks; earlier turns were checked in theirs)."""
    for message in reversed(messages):
        if message.role == "user":
            return "\n".join(p for p in message.parts if isinstance(p, str))
    return ""
