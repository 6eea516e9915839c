"""The safety policy: per hazard category and per check point, a threshold and an action, from YAML.

A rule is resolved from the most general to the most specific entry of the policy file::

    defaults                          threshold: 0.5, action: refuse (optional warn_from: 0.3)
    check_points.<point>              e.g. video_prompt: {action: block}
    categories.<category>             e.g. child_sexual_exploitation: {threshold: 0.1}
    categories.<category>.<point>     e.g. sexual_content: {output_video: {threshold: 0.35}}

A guard's score for a category is a calibrated probability; a category is *found* when its score reaches its
threshold, and the most severe action among the found categories decides (refuse > block > warn > allow);
a score between a rule's ``warn_from`` and its threshold is a ``warn``.
The shipped policy is ``configs/safety/default.yaml``; :meth:`SafetyPolicy.default` loads it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gpt4video.config import CONFIGS_DIR, ConfigError, check_keys, load_config_file
from gpt4video.safety.taxonomy import CATEGORY_INFO, HAZARDS
from gpt4video.safety.verdict import ACTIONS, CHECK_POINTS, Verdict

DEFAULT_POLICY = CONFIGS_DIR / "safety" / "default.yaml"
_SEVERITY = {a: i for i, a in enumerate(reversed(ACTIONS))}


@dataclass(frozen=True)
class Rule:
    threshold: float
    action: str
    warn_from: float | None = None
    """Scores from here up to ``threshold`` are reported as ``warn`` (flagged, not acted on)."""


@dataclass
class Settings:
    """How the guards run (not what they decide)."""

    input_video_frames: int = 4
    """Frames of each input video shown to the frame guard (evenly spaced among those the model sees)."""
    output_video_frames: int = 8
    """Frames of each generated clip shown to the frame guard (evenly spaced)."""
    quarantine_dir: str | None = None
    """Where a blocked generated video is moved; ``None`` deletes it."""
    audit_log: str | None = "~/.cache/gpt4video/audit/safety.jsonl"
    """JSONL file of every verdict (rotating); ``None`` turns the audit log off."""
    audit_content: bool = False
    """Also store the checked text in the audit log (off: verdicts only, no user content)."""
    audit_max_bytes: int = 10_000_000
    audit_backups: int = 5
    term_rules: bool = True
    """Add the term rules' floor (:mod:`~gpt4video.safety.term_rules`) to the text guard's scores."""


@dataclass
class SafetyPolicy:
    """Rules for every (category, check point) pair plus the guards' settings."""

    rules: dict[tuple[str, str], Rule]
    settings: Settings = field(default_factory=Settings)
    enabled: bool = True

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> SafetyPolicy:
        known = {"enabled", "defaults", "check_points", "categories", "settings"}
        unknown = sorted(set(raw) - known)
        if unknown:
            raise ConfigError(f"unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        base = _rule_fields(raw.get("defaults") or {}, "defaults", required=True)
        points = _mapping(raw.get("check_points") or {}, "check_points", CHECK_POINTS)
        cats = _mapping(raw.get("categories") or {}, "categories", HAZARDS)
        rules: dict[tuple[str, str], Rule] = {}
        for category in HAZARDS:
            cat_raw = dict(cats.get(category) or {})
            per_point = {p: cat_raw.pop(p) for p in CHECK_POINTS if p in cat_raw}
            cat_fields = _rule_fields(cat_raw, f"categories.{category}")
            for point in CHECK_POINTS:
                merged = {**base, **_rule_fields(points.get(point) or {}, f"check_points.{point}"), **cat_fields}
                merged |= _rule_fields(per_point.get(point) or {}, f"categories.{category}.{point}")
                rules[category, point] = Rule(**merged)
        settings = raw.get("settings") or {}
        check_keys(Settings, settings, "settings.")
        for key in ("audit_content", "term_rules"):
            if not isinstance(settings.get(key, True), bool):
                raise ConfigError(f"settings.{key} must be true or false, got {settings[key]!r}")
        enabled = raw.get("enabled", True)
        if not isinstance(enabled, bool):
            raise ConfigError(f"enabled must be true or false, got {enabled!r}")
        return cls(rules=rules, settings=Settings(**settings), enabled=enabled)

    @classmethod
    def from_file(cls, path: str | Path) -> SafetyPolicy:
        return load_config_file(cls, path, "safety policy")

    @classmethod
    def default(cls) -> SafetyPolicy:
        """The shipped policy: strict for minors and explicit sexual content."""
        return cls.from_file(DEFAULT_POLICY)

    def rule(self, category: str, point: str) -> Rule:
        try:
            return self.rules[category, point]
        except KeyError:
            raise KeyError(f"no rule for category {category!r} at check point {point!r}") from None

    def decide(self, point: str, scores: Mapping[str, float], reason: str = "", seconds: float = 0.0) -> Verdict:
        """The verdict for a guard's per-category scores at one check point."""
        if point not in CHECK_POINTS:
            raise ValueError(f"unknown check point {point!r}; known: {', '.join(CHECK_POINTS)}")
        found = []
        for c, s in scores.items():
            rule = self.rule(c, point)
            if s >= rule.threshold:
                found.append((c, s, rule))
            elif rule.warn_from is not None and s >= rule.warn_from:
                found.append((c, s, Rule(rule.warn_from, "warn")))
        if not found:
            top = max(scores.items(), key=lambda kv: kv[1], default=(None, 0.0))
            return Verdict(point, True, None, round(float(top[1]), 4), reason or "nothing found", "allow", seconds)
        category, score, rule = max(found, key=lambda f: (_SEVERITY[f[2].action], f[1]))
        why = reason or f"{category} ({CATEGORY_INFO[category].llama_guard}) scored {score:.2f} ≥ {rule.threshold}"
        safe = rule.action in ("warn", "allow")
        return Verdict(point, safe, category, round(float(score), 4), why, rule.action, seconds)


def _mapping(raw: Any, where: str, allowed: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(raw, Mapping):
        raise ConfigError(f"{where}: expected a mapping, got {type(raw).__name__}")
    unknown = sorted(set(raw) - set(allowed))
    if unknown:
        raise ConfigError(f"{where}: unknown {', '.join(unknown)}; known: {', '.join(allowed)}")
    return dict(raw)


def _rule_fields(raw: Any, where: str, required: bool = False) -> dict[str, Any]:
    raw = _mapping(raw, where, ("threshold", "action", "warn_from"))
    if required and not {"threshold", "action"} <= set(raw):
        raise ConfigError(f"{where} must set both threshold and action")
    for key in ("threshold", "warn_from"):
        t = raw.get(key)
        if t is None:
            continue
        if isinstance(t, bool) or not isinstance(t, int | float) or not 0.0 <= t <= 1.0:
            raise ConfigError(f"{where}.{key} must be a number in [0, 1], got {t!r}")
        raw[key] = float(t)
    if "action" in raw and raw["action"] not in ACTIONS:
        raise ConfigError(f"{where}.action must be one of {', '.join(ACTIONS)}, got {raw['action']!r}")
    return raw
