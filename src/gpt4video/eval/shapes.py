"""The ShapesWorld benchmark: video QA plus whether the model asks for videos when, and only when, it should.

On one split folder (``docs/data.md``) it measures:

* ``qa`` — :func:`~gpt4video.eval.videoqa.evaluate_videoqa` on ``qa.jsonl``;
* ``generation`` — for each ``generation`` dialogue, the reply to the conversation up to its last assistant
  turn: ``tag_rate`` (share holding a ``<video>`` prompt) and ``attribute_coverage`` (share whose first prompt
  states every requested attribute, :func:`~gpt4video.data.text.check_prompt`; no prompt counts as a
  failure), with ``per_attribute`` rates; for each ``understanding`` dialogue, the reply at every assistant
  turn: ``spurious_tag_rate`` (share holding a prompt, which it never should);
* ``dialogue_qa`` — ``accuracy`` on the checkable answers of those understanding turns and of ``multi_video``
  turns. Replies are sentences there, so a reply is right when it ``contains`` the answer (QA scoring) or,
  for a motion, names it in any ShapesWorld paraphrase ("drifts upwards" is ``up``, "hops up and down" is
  ``bounces``), or, for a count of 0, says "no …" (the dataset's own replies all score 1.0).

Earlier assistant turns are the dataset's own (teacher forcing), so each reply is judged on its own.
A clip that cannot be read makes its replies count as empty (no tag, wrong answer) and is counted in
``errors``. Rates are None when nothing was measured. ``max_qa`` / ``max_dialogues`` take the first rows of
each file, a fixed subset, so CPU runs stay short and comparable.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tqdm.auto import tqdm

from gpt4video.data.datasets import DataFormatError, read_jsonl, resolve_videos
from gpt4video.data.text import EVENT_ANSWERS, check_prompt, parse_prompt
from gpt4video.eval.videoqa import (
    VideoTokenCache,
    evaluate_videoqa,
    generate_replies,
    load_qa_rows,
    normalize,
    reply_tag,
    score,
)
from gpt4video.protocol import parse_reply
from gpt4video.video import VideoDecodeError


@dataclass
class _Turn:
    """One reply to generate: the conversation before it and what it is checked against."""

    type: str
    messages: list[dict[str, Any]]
    requested: dict[str, str] = field(default_factory=dict)
    answer: str | None = None
    answer_kind: str | None = None
    prompts: list[str] = field(default_factory=list)
    text: str = ""
    error: str | None = None


def _turns(row: Mapping[str, Any], folder: Path, where: str) -> list[_Turn]:
    kind = row.get("type")
    messages = row.get("messages")
    if not isinstance(messages, list) or not all(isinstance(m, Mapping) for m in messages):
        raise DataFormatError(f"{where}: 'messages' must be a list of objects")
    messages = resolve_videos(messages, folder)
    positions = [j for j, m in enumerate(messages) if m.get("role") == "assistant"]
    if kind == "generation":
        requested = row.get("requested")
        if not positions or not isinstance(requested, Mapping):
            raise DataFormatError(f"{where}: a generation dialogue needs an assistant turn and 'requested'")
        return [_Turn("generation", messages[: positions[-1]], requested=dict(requested))]
    if kind not in ("understanding", "multi_video"):
        return []
    answers = row.get("answers") or []
    out = []
    for k, j in enumerate(positions):
        info = answers[k] if k < len(answers) and isinstance(answers[k], Mapping) else {}
        answer = info.get("answer")
        if kind == "understanding" or answer:  # multi_video turns are only worth a generation when checkable
            out.append(_Turn(kind, messages[:j], answer=str(answer) if answer else None, answer_kind=info.get("kind")))
    return out


def _load_turns(path: str | Path, limit: int | None = None) -> list[_Turn]:
    """The replies to generate for the first ``limit`` dialogues of a ``dialogues.jsonl`` (all when None)."""
    path = Path(path)
    turns: list[_Turn] = []
    for n, row in enumerate(read_jsonl(path), 1):
        if limit is not None and n > limit:
            break
        turns += _turns(row, path.parent, f"{path}: dialogue {n}")
    return turns


def _run(
    model: Any, turns: list[_Turn], cache: VideoTokenCache, batch_size: int, max_new_tokens: int, progress: bool
) -> None:
    """Generate every turn's reply in batches, filling its ``text``, ``prompts`` or ``error``."""
    tag = reply_tag(model)
    with tqdm(total=len(turns), desc="dialogues", unit="reply", disable=not progress, leave=False) as bar:
        for start in range(0, len(turns), batch_size):
            batch, tokens = [], []
            for turn in turns[start : start + batch_size]:
                try:
                    tokens.append(cache.for_messages(turn.messages))
                except (VideoDecodeError, OSError) as e:
                    turn.error = str(e)
                    continue
                batch.append(turn)
            raws = generate_replies(model, [t.messages for t in batch], tokens, max_new_tokens) if batch else []
            for turn, raw in zip(batch, raws, strict=True):
                parsed = parse_reply(raw, tag)
                turn.text, turn.prompts = parsed.text, parsed.prompts
            bar.update(len(turns[start : start + batch_size]))


def _rate(flags: list[bool]) -> float | None:
    return sum(flags) / len(flags) if flags else None


def _covers(turn: _Turn) -> dict[str, bool]:
    if not turn.prompts:
        return dict.fromkeys(turn.requested, False)
    return check_prompt(turn.prompts[0], turn.requested)


_NONE_RE = re.compile(r"\b(no|none|not any)\b")


def dialogue_answer_correct(reply: str, answer: str, kind: str | None = None) -> bool:
    """Whether a sentence reply states a short ShapesWorld answer, paraphrases included (module docstring)."""
    motion = parse_prompt(reply).get("motion") if kind in ("direction", "event") else None
    if motion is not None and answer not in ("yes", "no"):  # "moves up and to the left" is not "up"
        return answer in (motion, EVENT_ANSWERS.get(motion))
    if score(reply, answer)["contains"]:
        return True
    return kind == "count" and answer == "0" and bool(_NONE_RE.search(normalize(reply)))


def _answer_stats(turns: list[_Turn]) -> dict[str, Any]:
    checked = [t for t in turns if t.answer is not None]
    right = [dialogue_answer_correct(t.text, t.answer, t.answer_kind) for t in checked]
    return {"accuracy": _rate(right), "n": len(checked)}


def evaluate_shapes(
    model: Any,
    root: str | Path,
    split: str = "test",
    *,
    max_qa: int | None = None,
    max_dialogues: int | None = None,
    batch_size: int = 8,
    max_new_tokens: int = 64,
    qa_max_new_tokens: int = 16,
    progress: bool = True,
) -> dict[str, Any]:
    """Run the benchmark on ``root/split`` (see the module docstring); both JSONL files are read up front.

    Returns ``{"split", "qa", "generation", "dialogue_qa"}``; ``qa`` is the video-QA summary without its
    predictions, ``generation`` holds ``tag_rate``, ``spurious_tag_rate``, ``attribute_coverage``,
    ``per_attribute``, ``n_generation`` (replies), ``n_understanding`` (replies) and ``errors``.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    folder = Path(root) / split
    qa_rows = load_qa_rows(folder / "qa.jsonl", max_qa)
    turns = _load_turns(folder / "dialogues.jsonl", max_dialogues)
    cache = VideoTokenCache(model)
    qa = evaluate_videoqa(
        model, qa_rows, root=folder, batch_size=batch_size, max_new_tokens=qa_max_new_tokens, progress=progress,
        cache=cache,
    )  # fmt: skip
    qa.pop("predictions")
    _run(model, turns, cache, batch_size, max_new_tokens, progress)

    gen = [t for t in turns if t.type == "generation"]
    und = [t for t in turns if t.type == "understanding"]
    covers = [_covers(t) for t in gen]
    attributes = sorted({a for t in gen for a in t.requested})
    return {
        "split": split,
        "qa": qa,
        "generation": {
            "tag_rate": _rate([bool(t.prompts) for t in gen]),
            "spurious_tag_rate": _rate([bool(t.prompts) for t in und]),
            "attribute_coverage": _rate([all(c.values()) for c in covers]),
            "per_attribute": {a: _rate([c[a] for c in covers if a in c]) for a in attributes},
            "n_generation": len(gen),
            "n_understanding": len(und),
            "errors": sum(t.error is not None for t in turns),
        },
        "dialogue_qa": {
            "understanding": _answer_stats(und),
            "multi_video": _answer_stats([t for t in turns if t.type == "multi_video"]),
        },
    }
