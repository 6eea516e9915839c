"""GPT4VideoConfig: every choice that defines a GPT4Video model, in one serialisable object.

One config class covers both the paper's configuration (CLIP ViT-L/14 + a 7B LLaMA, `configs/gpt4video-7b.yaml`)
and the embedded default (`configs/gpt4video-nano.yaml`); the model code never branches on which one it runs.
Configs are plain YAML or JSON; unknown keys are an error, so a typo never silently falls back to a default.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Protocol, Self, TypeVar

import yaml

CONFIG_NAME = "config.json"
CONFIGS_DIR = Path(os.environ.get("GPT4VIDEO_CONFIGS") or Path(__file__).resolve().parents[2] / "configs")
"""Where named configs (``gpt4video-nano``) live: the repo's ``configs/`` (the project installs editable)."""
CHECKPOINTS_DIR = CONFIGS_DIR.parent / "checkpoints"
"""Trained weights of named models (``checkpoints/gpt4video-nano/``, ``checkpoints/nano-t2v/``), committed."""


class _HasFromDict(Protocol):
    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Any: ...


_FromDict = TypeVar("_FromDict", bound=_HasFromDict)


class ConfigError(ValueError):
    """A config file or value is wrong; the message names the key."""


@dataclass
class EncoderConfig:
    """The frozen frame encoder: a transformers id/folder (CLIP vision tower, DINOv2) or ``embedded:dinov2-s14``."""

    name_or_path: str = "embedded:dinov2-s14"
    layer: int = -1
    """Which hidden state to take: -1 the last (after the final norm for DINOv2), -2 the penultimate (CLIP)."""
    keep_cls: bool = True
    image_size: int = 224


@dataclass
class AbstractorConfig:
    """The video abstractor (mPLUG-Owl style) and its projector into the LLM."""

    hidden_size: int = 1024
    num_layers: int = 6
    num_heads: int = 16
    num_spatial_queries: int = 64
    num_temporal_queries: int = 64
    mlp_ratio: float = 2.75
    """SwiGLU inner size over width (mPLUG-Owl: 2816 for width 1024)."""
    max_frames: int = 64
    """Size of the learned temporal position table; longer inputs are rejected with a clear error."""
    layer_norm_eps: float = 1e-6
    dropout: float = 0.0

    @property
    def num_video_tokens(self) -> int:
        """Tokens per video in the LLM: the summed spatial+temporal query outputs plus the end token."""
        return self.num_spatial_queries + 1


@dataclass
class LLMConfig:
    """The language model: hub id, local folder, a ``.gguf`` file, or ``embedded:smollm2-135m-instruct``."""

    name_or_path: str = "embedded:smollm2-135m-instruct"
    chat_template: str = "chatml"
    """A name in :data:`gpt4video.conversation.TEMPLATES` (``chatml``, ``vicuna_v1``)."""
    system_prompt: str = (
        "You are GPT4Video, a helpful assistant that understands videos and can create them. "
        "When, and only when, the user asks for a video, answer briefly and add "
        "<video> a text-to-video prompt </video>."
    )
    max_length: int = 2048


@dataclass
class LoRASettings:
    """LoRA on the frozen LLM (reference: q_proj and v_proj, r=16, alpha=16, dropout 0.1)."""

    r: int = 16
    alpha: int = 16
    dropout: float = 0.1
    target_modules: list[str] = field(default_factory=lambda: ["q_proj", "v_proj"])


@dataclass
class GenerationSettings:
    """The text-to-video side: the tag word of the protocol and the gallery model used by default."""

    tag: str = "video"
    generator: str = "nano"
    """The gallery backend that renders the model's prompts (``nano``, ``zeroscope``, ``modelscope``, …)."""
    generator_name_or_path: str | None = None
    """A hub id or folder for that backend; ``None`` for its default."""
    render: bool = True
    """Render each prompt of a reply into a video file (off: the reply carries the prompts only)."""
    output_dir: str = "outputs/videos"
    num_frames: int | None = None
    height: int | None = None
    width: int | None = None
    steps: int | None = None
    """``None``: the backend's own defaults (nano: 8 frames of 64×64, 25 steps)."""


@dataclass
class GPT4VideoConfig:
    """A whole GPT4Video model: encoder → abstractor → projector → LLM (+LoRA) → ``<video>`` → gallery."""

    name: str = "gpt4video"
    num_frames: int = 8
    encoder: EncoderConfig = field(default_factory=EncoderConfig)
    abstractor: AbstractorConfig = field(default_factory=AbstractorConfig)
    llm: LLMConfig = field(default_factory=LLMConfig)
    lora: LoRASettings | None = field(default_factory=LoRASettings)
    generation: GenerationSettings = field(default_factory=GenerationSettings)
    seed: int = 0
    """Seed for initialising trainable parts that no checkpoint provides."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build from a nested dict; unknown keys raise :class:`ConfigError` naming them."""
        return _build(cls, data, "")

    def to_yaml(self) -> str:
        return yaml.safe_dump(self.to_dict(), sort_keys=False)

    @classmethod
    def from_file(cls, path: str | Path) -> Self:
        """Read a ``.yaml``/``.yml``/``.json`` config."""
        return load_config_file(cls, path, "config")

    def save_pretrained(self, directory: str | Path) -> Path:
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        out = directory / CONFIG_NAME
        out.write_text(json.dumps(self.to_dict(), indent=2) + "\n")
        return out

    @classmethod
    def from_pretrained(cls, name_or_path: str | Path) -> Self:
        """A saved model folder, a config file, or a named config in ``configs/`` (``gpt4video-nano``)."""
        p = Path(name_or_path)
        if p.is_dir():
            return cls.from_file(p / CONFIG_NAME)
        if p.is_file():
            return cls.from_file(p)
        named = CONFIGS_DIR / f"{name_or_path}.yaml"
        if named.is_file():
            return cls.from_file(named)
        known = sorted(f.stem for f in CONFIGS_DIR.glob("gpt4video-*.yaml"))
        raise ConfigError(f"unknown model {str(name_or_path)!r}: not a folder, a config file, or one of {known}")


def load_config_file(cls: type[_FromDict], path: str | Path, kind: str) -> _FromDict:
    """``cls.from_dict`` of a YAML (or, by its suffix, JSON) file holding a mapping; every error is a
    :class:`ConfigError` that names the file (``kind`` says what was being read: "config", "recipe config",
    "safety policy"). The one loader of the model config, the recipes and the safety policy."""
    path = Path(path)
    is_json = path.suffix == ".json"
    try:
        text = path.read_text()
    except OSError as e:
        raise ConfigError(f"cannot read {kind} {path}: {e.strerror}") from None
    try:
        raw = json.loads(text) if is_json else yaml.safe_load(text)
    except (yaml.YAMLError, json.JSONDecodeError) as e:
        raise ConfigError(f"{path}: not valid {'JSON' if is_json else 'YAML'}: {e}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    try:
        return cls.from_dict(raw)
    except ConfigError as e:
        raise ConfigError(f"{path}: {e}") from None


def check_keys(cls: type, data: Any, where: str) -> None:
    """Raise :class:`ConfigError` unless ``data`` is a mapping whose keys are all fields of ``cls``."""
    if not isinstance(data, dict):
        raise ConfigError(f"{where.rstrip('.') or 'config'}: expected a mapping, got {type(data).__name__}")
    known = [f.name for f in fields(cls)]
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise ConfigError(f"unknown key(s) {', '.join(where + k for k in unknown)}; known: {', '.join(known)}")


def _build(cls: type, data: dict[str, Any], where: str) -> Any:
    check_keys(cls, data, where)
    kwargs = {}
    hints = {
        "encoder": EncoderConfig,
        "abstractor": AbstractorConfig,
        "llm": LLMConfig,
        "lora": LoRASettings,
        "generation": GenerationSettings,
    }
    for key, value in data.items():
        sub = hints.get(key) if cls is GPT4VideoConfig else None
        if sub is not None and value is not None:
            value = _build(sub, value, f"{where}{key}.")
        kwargs[key] = value
    try:
        return cls(**kwargs)
    except TypeError as e:
        raise ConfigError(f"{where or 'config'}: {e}") from None
