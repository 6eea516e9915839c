"""GPT4Video: a unified multimodal LLM for video understanding and safety-aware video generation."""

__version__ = "0.1.0"
