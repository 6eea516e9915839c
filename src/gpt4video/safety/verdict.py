"""What every check returns: one :class:`Verdict`, the same shape at all five check points."""

from __future__ import annotations

from dataclasses import asdict, dataclass

CHECK_POINTS = ("user_text", "input_video", "reply_text", "video_prompt", "output_video")
"""Where guards run, in the order a turn meets them: the user's words and videos before the model sees them,
the model's reply, each ``<video>`` prompt before any generator, each generated clip before it is handed out."""

ACTIONS = ("refuse", "block", "warn", "allow")
"""What a finding does: ``refuse`` the whole turn (a polite refusal, nothing generated), ``block`` the one
item (a prompt not rendered, a video deleted), ``warn`` (kept, flagged), ``allow`` (kept, not flagged)."""


@dataclass(frozen=True)
class Verdict:
    """One check's outcome. ``safe`` is False only when a category reached its threshold and its action is
    ``refuse`` or ``block``; ``category`` is the most likely hazard (``None`` when nothing was found)."""

    check: str
    safe: bool
    category: str | None
    score: float
    reason: str
    action: str = "allow"
    seconds: float = 0.0

    def to_dict(self) -> dict[str, object]:
        return asdict(self)
