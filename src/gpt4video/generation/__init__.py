"""From ``<video>`` prompt to video file: the text-to-video gallery (nano, ZeroScope, ModelScope, AnimateDiff,
CogVideoX) behind one interface. Importing this package loads no model and no diffusers."""

from gpt4video.generation.backend import ClipSettings, GenerationError, VideoBackend
from gpt4video.generation.gallery import BACKENDS, Gallery, GeneratedVideo

__all__ = ["BACKENDS", "Gallery", "GeneratedVideo", "GenerationError", "ClipSettings", "VideoBackend"]
