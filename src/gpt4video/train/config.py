"""RecipeConfig: one YAML file says what a training run does (model, stage, data, schedule, output)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from gpt4video.config import ConfigError, check_keys, load_config_file
from gpt4video.conversation import TEMPLATES

_Recipe = TypeVar("_Recipe")

SOURCES = ("captions", "qa", "dialogues", "safety")
"""Training sources, in the order their samples are listed."""


@dataclass
class DataSettings:
    """Which samples a stage trains on. Paths are relative to the working directory."""

    root: str = "data/shapesworld"
    train_split: str = "train"
    val_split: str = "val"
    sources: list[str] = field(default_factory=lambda: ["captions", "qa"])
    """Any of ``captions``, ``qa``, ``dialogues`` (ShapesWorld) and ``safety`` (the safety dialogues)."""
    dialogue_types: list[str] | None = None
    qa_turns: int = 1
    """QA rows of one clip asked as dialogues of up to this many turns (seeded order): the clip's tokens are
    then paid once for several answers, ~3× more supervised answers per token at 8 turns."""
    repeat: dict[str, int] = field(default_factory=dict)
    """Times each source's samples appear per epoch, e.g. ``{safety: 4}``: the 724 safety dialogues were 5.7 %
    of the instruct mix, too few for the model to learn to refuse (0 % of held-out harmful requests)."""
    template: str | None = None
    """Chat template of the training samples; default the model's. ``plain`` (LLaVA's pretraining format: no
    system prompt, no role markers) for stage-1 alignment, where the frozen LLM only has to read the video."""
    safety_dir: str = "data/safety"
    max_train_samples: int | None = None
    max_val_samples: int = 64


@dataclass
class TrainSettings:
    seed: int = 0
    max_steps: int = 300
    batch_size: int = 8
    grad_accum: int = 1
    lr: float = 1e-3
    weight_decay: float = 0.0
    warmup_steps: int = 20
    max_grad_norm: float = 1.0
    bf16: bool = True
    eval_every: int = 50
    checkpoint_every: int = 25
    log_every: int = 5
    feature_cache: bool = True
    group_by_length: bool = False
    """Batches of similar-length samples (padded tokens 1.42x → 1.015x the real ones on the nano instruct mix)."""
    deterministic: bool = False
    """torch deterministic algorithms (needed for bit-identical resume tests; a little slower)."""


@dataclass
class RecipeConfig:
    """A training run: start from ``model`` (+ ``init_from``), train the ``stage`` set, write to ``output_dir``."""

    model: str = "gpt4video-nano"
    stage: str = "align"
    init_from: str | None = None
    """A previous stage's output folder whose trained tensors this stage starts from."""
    output_dir: str = "runs/nano-align"
    data: DataSettings = field(default_factory=DataSettings)
    train: TrainSettings = field(default_factory=TrainSettings)

    @classmethod
    def from_file(cls, path: str | Path) -> RecipeConfig:
        return load_recipe_file(cls, path)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> RecipeConfig:
        check_keys(cls, raw, "")
        data = raw.get("data") or {}
        train = raw.get("train") or {}
        check_keys(DataSettings, data, "data.")
        check_keys(TrainSettings, train, "train.")
        top = {k: v for k, v in raw.items() if k not in ("data", "train")}
        cfg = cls(**top, data=DataSettings(**data), train=TrainSettings(**train))
        if cfg.stage not in ("align", "instruct"):
            raise ConfigError(f"stage must be align or instruct, got {cfg.stage!r}")
        if cfg.data.qa_turns < 1:
            raise ConfigError(f"data.qa_turns must be at least 1, got {cfg.data.qa_turns}")
        unknown = set(cfg.data.sources) - set(SOURCES)
        if unknown:
            raise ConfigError(f"data.sources: unknown source(s) {sorted(unknown)}")
        if not isinstance(cfg.data.repeat, dict):
            raise ConfigError(f"data.repeat must map sources to whole numbers, got {cfg.data.repeat!r}")
        for source, times in cfg.data.repeat.items():
            if source not in cfg.data.sources:
                raise ConfigError(f"data.repeat: {source!r} is not one of data.sources {cfg.data.sources}")
            if not isinstance(times, int) or times < 1:
                raise ConfigError(f"data.repeat.{source} must be a whole number ≥ 1, got {times!r}")
        if cfg.data.template is not None and cfg.data.template not in TEMPLATES:
            raise ConfigError(f"data.template: unknown template {cfg.data.template!r}; known: {', '.join(TEMPLATES)}")
        return cfg

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def load_recipe_file(cls: type[_Recipe], path: str | Path) -> _Recipe:
    """``cls.from_dict`` of a recipe YAML file, every error a :class:`ConfigError` that names the file (shared
    by the LLM, generator and text-guard recipes)."""
    return load_config_file(cls, path, "recipe config")
