"""GPT4Video: a unified multimodal LLM for video understanding and safety-aware video generation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Assistant", "GPT4Video", "GPT4VideoConfig"]

if TYPE_CHECKING:
    from gpt4video.assistant import Assistant
    from gpt4video.config import GPT4VideoConfig
    from gpt4video.model.gpt4video import GPT4Video


def __getattr__(name: str) -> Any:
    """Import the heavy classes on first use, so `import gpt4video.video` stays light."""
    if name == "Assistant":
        from gpt4video.assistant import Assistant

        return Assistant
    if name == "GPT4Video":
        from gpt4video.model.gpt4video import GPT4Video

        return GPT4Video
    if name == "GPT4VideoConfig":
        from gpt4video.config import GPT4VideoConfig

        return GPT4VideoConfig
    raise AttributeError(f"module 'gpt4video' has no attribute {name!r}")
