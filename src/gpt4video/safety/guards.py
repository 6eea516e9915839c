"""The five check points of a turn, one object: what :class:`~gpt4video.assistant.Assistant` and the
``generate`` command call.

    guards = SafetyGuards()                          # the shipped policy, configs/safety/default.yaml
    guards.check_text("user_text", "make a video of …")
    guards.check_frames("input_video", frames)
    clip, verdicts = guards.render(gallery, prompt, backend="nano")   # prompt and frames checked

Text goes to the :class:`~gpt4video.safety.text_guard.TextGuard`, frames to the
:class:`~gpt4video.safety.frame_guard.FrameGuard`; the :class:`~gpt4video.safety.policy.SafetyPolicy` turns
their scores into a :class:`~gpt4video.safety.verdict.Verdict`. Both guards load on first use. Every verdict
is counted per check point (``counts``) and written to the audit log when the policy keeps one.
"""

from __future__ import annotations

import time
import uuid
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from gpt4video.generation.gallery import Gallery, GeneratedVideo, VideoRejected, reserve_path, slug
from gpt4video.safety.audit import AuditLog
from gpt4video.safety.frame_guard import FrameGuard, default_frame_guard, sample_frames
from gpt4video.safety.policy import SafetyPolicy
from gpt4video.safety.taxonomy import CATEGORY_INFO, SELF_HARM_SUPPORT
from gpt4video.safety.text_guard import TextGuard
from gpt4video.safety.verdict import Verdict


def refusal(verdict: Verdict) -> str:
    """A polite refusal that says which category triggered it and offers something else."""
    info = CATEGORY_INFO[verdict.category or "jailbreak"]
    text = f"I can't help with that: it {info.reason}. I'm happy to help with something else, for example "
    text += f"{info.alternatives[0]}."
    return text + (SELF_HARM_SUPPORT if verdict.category == "self_harm" else "")


class SafetyGuards:
    """Text and frame guards behind one policy; every check returns a :class:`Verdict`."""

    def __init__(
        self,
        policy: SafetyPolicy | str | Path | None = None,
        text_guard: TextGuard | None = None,
        frame_guard: FrameGuard | None = None,
    ) -> None:
        if policy is None:
            policy = SafetyPolicy.default()
        elif not isinstance(policy, SafetyPolicy):
            policy = SafetyPolicy.from_file(policy)
        self.policy = policy
        self._text_guard = text_guard
        self._frame_guard = frame_guard
        s = policy.settings
        self.audit = AuditLog(s.audit_log, s.audit_max_bytes, s.audit_backups, s.audit_content) if s.audit_log else None
        self.counts: Counter[str] = Counter()

    @property
    def text_guard(self) -> TextGuard:
        if self._text_guard is None:
            self._text_guard = TextGuard(term_rules=self.policy.settings.term_rules)
        return self._text_guard

    @property
    def frame_guard(self) -> FrameGuard:
        if self._frame_guard is None:
            self._frame_guard = default_frame_guard()
        return self._frame_guard

    def _record(self, verdict: Verdict, turn: str | None, text: str | None) -> Verdict:
        self.counts[verdict.check] += 1
        if self.audit is not None:
            self.audit.record(turn or "-", verdict, text)
        return verdict

    def check_text(self, point: str, text: str, turn: str | None = None) -> Verdict:
        """User text, reply text or a ``<video>`` prompt (every piece of a long text, every reading of it)."""
        if point not in ("user_text", "reply_text", "video_prompt"):
            raise ValueError(f"{point!r} is not a text check point")
        t0 = time.perf_counter()
        if not self.policy.enabled:
            return self._record(Verdict(point, True, None, 0.0, "safety checks are off in the policy"), turn, text)
        if not text.strip():
            return self._record(Verdict(point, True, None, 0.0, "empty text", seconds=0.0), turn, text)
        scores = self.text_guard.scores([text])[0]
        verdict = self.policy.decide(point, scores, seconds=round(time.perf_counter() - t0, 4))
        return self._record(verdict, turn, text)

    def check_frames(self, point: str, frames: np.ndarray, turn: str | None = None) -> Verdict:
        """Input-video or generated frames (``T×H×W×3`` uint8), sampled as the policy says."""
        if point not in ("input_video", "output_video"):
            raise ValueError(f"{point!r} is not a frame check point")
        t0 = time.perf_counter()
        if not self.policy.enabled:
            return self._record(Verdict(point, True, None, 0.0, "safety checks are off in the policy"), turn, None)
        s = self.policy.settings
        count = s.input_video_frames if point == "input_video" else s.output_video_frames
        scores, detections = self.frame_guard.scores(sample_frames(np.asarray(frames), count))
        found = ", ".join(f"{k} {v:.2f}" for k, v in detections.items()) or "no detections"
        verdict = self.policy.decide(point, scores, seconds=round(time.perf_counter() - t0, 4))
        return self._record(replace(verdict, reason=f"{verdict.reason}; NudeNet: {found}"), turn, None)

    def render(
        self, gallery: Gallery, prompt: str, turn: str | None = None, **render_kwargs: Any
    ) -> tuple[GeneratedVideo | None, list[Verdict]]:
        """Check the prompt, generate, check the frames, and only then write the file (a blocked clip is never
        written where users get it; with ``quarantine_dir`` it is kept there for review)."""
        verdicts = [self.check_text("video_prompt", prompt, turn)]
        if not verdicts[0].safe:
            return None, verdicts

        def accept(frames: np.ndarray) -> bool:
            verdict = self.check_frames("output_video", frames, turn)
            verdicts.append(verdict)
            if not verdict.safe and self.policy.settings.quarantine_dir:
                self._quarantine(frames, prompt)
            return verdict.safe

        try:
            clip = gallery.render(prompt, accept=accept, **render_kwargs)
        except VideoRejected:
            return None, verdicts
        return clip, verdicts

    def _quarantine(self, frames: np.ndarray, prompt: str) -> Path:
        from gpt4video.video import write_video

        folder = Path(self.policy.settings.quarantine_dir or "").expanduser()
        path = reserve_path(folder, f"blocked-{slug(prompt)}", ".mp4")
        write_video(path, frames, fps=8)
        return path


def new_turn_id() -> str:
    """An id that ties one turn's verdicts together in the audit log (no user content in it)."""
    return uuid.uuid4().hex[:12]
