"""Benchmarks: video QA on any QA file, and the ShapesWorld suite (QA + when to ask for a video)."""

from gpt4video.eval.shapes import evaluate_shapes
from gpt4video.eval.videoqa import VideoTokenCache, evaluate_videoqa, load_qa_rows, normalize, score

__all__ = ["VideoTokenCache", "evaluate_shapes", "evaluate_videoqa", "load_qa_rows", "normalize", "score"]
