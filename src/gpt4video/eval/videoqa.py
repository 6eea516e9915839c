"""Video question answering: ask a model every question of a QA file and score its short answers.

Answers in ShapesWorld (and in most video-QA sets) are a word or two, but a model may reply with a sentence,
so each prediction gets two scores after :func:`normalize`:

* ``exact`` — the normalised reply equals the normalised answer ("Two." == "2");
* ``contains`` — the normalised answer appears as whole words in the reply ("There are two objects" contains
  "2"; "not" never contains "no"). For a yes/no answer the opposite word must also be absent, so a reply that
  hedges with both "yes" and "no" is wrong either way.

The model only needs ``load_frames``, ``frame_tokens``, ``video_tokens``, ``encode_conversations`` and
``generate_encoded`` (as :class:`~gpt4video.model.gpt4video.GPT4Video` has), so tests can pass a stub.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch
from tqdm.auto import tqdm

from gpt4video.conversation import VideoPart
from gpt4video.data.datasets import DataFormatError, read_jsonl
from gpt4video.protocol import DEFAULT_TAG, parse_reply
from gpt4video.video import VideoDecodeError

UNKNOWN_KIND = "unknown"
"""The ``per_kind`` group of rows without a ``kind``."""

_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty"
).split()
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(_NUMBERS)}
_ARTICLES = frozenset(("a", "an", "the"))
_OPPOSITE = {"yes": "no", "no": "yes"}
_APOSTROPHES = re.compile(r"['’`]")
_PUNCTUATION = re.compile(r"[^\w\s-]|_|(?<!\w)-|-(?!\w)")  # a hyphen inside a word stays: "up-left"
_VIDEO_ERRORS = (VideoDecodeError, OSError)


def _words(text: str) -> list[str]:
    text = _APOSTROPHES.sub("", text.lower())  # "it's" → "its", not "it s"
    words = _PUNCTUATION.sub(" ", text).split()
    return [_NUMBER_WORDS.get(w, w) for w in words if w not in _ARTICLES]


def normalize(text: str) -> str:
    """Lowercase, punctuation (trailing period included) gone, articles dropped, "zero"…"twenty" as digits.

    Both sides of a comparison go through this, so "The red star." matches "red star" and "two" matches "2".
    A hyphen inside a word is kept, so "up-left" stays one word and never contains the answer "up".
    """
    return " ".join(_words(text))


def _has_phrase(words: Sequence[str], phrase: Sequence[str]) -> bool:
    n = len(phrase)
    return any(list(words[i : i + n]) == list(phrase) for i in range(len(words) - n + 1))


def score(prediction: str, answer: str) -> dict[str, bool]:
    """``exact`` and ``contains`` of one prediction (see the module docstring).

    ``contains`` matches whole words only, and for a yes/no answer also requires the opposite word absent:
    "yes and no" is neither yes nor no. An answer that normalises to nothing is only ever matched exactly.
    """
    pred, ans = _words(prediction), _words(answer)
    exact = pred == ans
    if not ans:
        return {"exact": exact, "contains": exact}
    contains = _has_phrase(pred, ans)
    if contains and len(ans) == 1 and ans[0] in _OPPOSITE:
        contains = _OPPOSITE[ans[0]] not in pred
    return {"exact": exact, "contains": contains}


class VideoTokenCache:
    """Video tokens per clip file, computed once per run: a ShapesWorld clip has about ten questions.

    A clip that fails to load is remembered too, so its other questions fail at once with the same error.
    ``computed`` counts the clips actually encoded.
    """

    def __init__(self, model: Any) -> None:
        self.model = model
        self.computed = 0
        self._tokens: dict[str, torch.Tensor | Exception] = {}

    @torch.inference_mode()
    def get(self, path: str | Path) -> torch.Tensor:
        """``[1, Q+1, H]`` tokens of one clip; raises ``VideoDecodeError``/``OSError`` for a bad file."""
        key = str(path)
        if key not in self._tokens:
            try:
                frames = np.ascontiguousarray(self.model.load_frames(VideoPart(path=key)))
                self._tokens[key] = self.model.video_tokens(self.model.frame_tokens(torch.from_numpy(frames)[None]))
                self.computed += 1
            except _VIDEO_ERRORS as e:
                self._tokens[key] = e
        hit = self._tokens[key]
        if isinstance(hit, Exception):
            raise hit
        return hit

    def for_messages(self, messages: Sequence[Mapping[str, Any]]) -> torch.Tensor | None:
        """Tokens of every video in a conversation, in slot order (``[n, Q+1, H]``), or None without videos."""
        paths = [
            p["path"]
            for m in messages
            if isinstance(m.get("content"), list)
            for p in m["content"]
            if isinstance(p, Mapping) and p.get("type") == "video" and "path" in p
        ]
        return torch.cat([self.get(p) for p in paths]) if paths else None


def reply_tag(model: Any) -> str:
    """The generation tag the model writes (``video`` unless its config says otherwise)."""
    generation = getattr(getattr(model, "config", None), "generation", None)
    return getattr(generation, "tag", DEFAULT_TAG)


def generate_replies(
    model: Any,
    conversations: Sequence[Sequence[Mapping[str, Any]]],
    video_tokens: Sequence[torch.Tensor | None],
    max_new_tokens: int,
) -> list[str]:
    """Raw replies (tags included) to a batch of conversations whose video tokens are already computed."""
    encoded = model.encode_conversations(conversations, add_generation_prompt=True)
    return list(model.generate_encoded(encoded, list(video_tokens), max_new_tokens))


def check_qa_rows(rows: Iterable[Mapping[str, Any]], where: str = "qa") -> list[dict[str, Any]]:
    """Rows as dicts with string ``video``, ``question`` and ``answer``; a bad row is a :class:`DataFormatError`."""
    out = []
    for i, row in enumerate(rows, 1):
        for key in ("video", "question"):
            if not isinstance(row.get(key), str) or not row[key]:
                raise DataFormatError(f"{where} row {i}: '{key}' must be a non-empty string")
        answer = row.get("answer")
        if not isinstance(answer, str | int | float) or isinstance(answer, bool):
            raise DataFormatError(f"{where} row {i}: 'answer' must be a string")
        out.append({**row, "answer": str(answer)})
    return out


def load_qa_rows(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The first ``limit`` rows (all when None) of a QA JSONL file, checked; raises :class:`DataFormatError`."""
    rows = []
    for row in read_jsonl(path):
        if limit is not None and len(rows) >= limit:
            break
        rows.append(row)
    return check_qa_rows(rows, str(path))


def _rate(flags: Sequence[bool]) -> float | None:
    return sum(flags) / len(flags) if flags else None


def summarize(predictions: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Overall and per-kind ``exact``, ``contains`` and ``n`` of scored predictions (rates None when n is 0)."""
    groups: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for p in predictions:
        groups[p.get("kind") or UNKNOWN_KIND].append(p)

    def stats(items: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
        return {
            "exact": _rate([p["exact"] for p in items]),
            "contains": _rate([p["contains"] for p in items]),
            "n": len(items),
        }

    return {
        **stats(predictions),
        "errors": sum("error" in p for p in predictions),
        "per_kind": {kind: stats(groups[kind]) for kind in sorted(groups)},
    }


def _resolve(video: str, root: Path | None) -> str:
    path = Path(video)
    return str(root / path if root is not None and not path.is_absolute() else path)


def evaluate_videoqa(
    model: Any,
    rows: Iterable[Mapping[str, Any]],
    *,
    root: str | Path | None = None,
    batch_size: int = 8,
    max_new_tokens: int = 16,
    progress: bool = True,
    cache: VideoTokenCache | None = None,
) -> dict[str, Any]:
    """Answer every ``{"video", "question", "answer", "kind"?}`` row with greedy decoding, in batches.

    Relative video paths are taken from ``root``. Each clip is encoded once (``cache``, shareable across calls).
    A clip that cannot be read scores its rows wrong with an ``error`` field instead of stopping the run.
    Returns :func:`summarize`'s numbers plus ``predictions``: each row with ``prediction`` (the reply a user
    reads, tags removed), ``raw``, ``exact``, ``contains`` and possibly ``error``.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    rows = check_qa_rows(rows)
    base = Path(root) if root is not None else None
    cache = cache if cache is not None else VideoTokenCache(model)
    tag = reply_tag(model)
    predictions: list[dict[str, Any]] = []
    with tqdm(total=len(rows), desc="videoqa", unit="q", disable=not progress, leave=False) as bar:
        for start in range(0, len(rows), batch_size):
            batch = rows[start : start + batch_size]
            results: list[dict[str, Any]] = [{} for _ in batch]
            todo, convs, tokens = [], [], []
            for i, row in enumerate(batch):
                path = _resolve(row["video"], base)
                try:
                    tokens.append(cache.get(path))
                except _VIDEO_ERRORS as e:
                    results[i] = {"prediction": "", "raw": "", "error": str(e)}
                    continue
                todo.append(i)
                content = [{"type": "video", "path": path}, {"type": "text", "text": row["question"]}]
                convs.append([{"role": "user", "content": content}])
            raws = generate_replies(model, convs, tokens, max_new_tokens) if convs else []
            for i, raw in zip(todo, raws, strict=True):
                results[i] = {"prediction": parse_reply(raw, tag).text, "raw": raw}
            for row, result in zip(batch, results, strict=True):
                failed = {"exact": False, "contains": False}
                scores = failed if "error" in result else score(result["prediction"], row["answer"])
                predictions.append({**row, **result, **scores})
            bar.update(len(batch))
    return {**summarize(predictions), "predictions": predictions}
