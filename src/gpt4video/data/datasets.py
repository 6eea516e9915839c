"""Datasets: the JSONL files of ``docs/data.md`` → model-ready samples.

A sample is an OpenAI-style message list whose video parts carry absolute paths; the model's
:class:`~gpt4video.conversation.ConversationEncoder` turns it into token ids, labels (assistant turns only)
and its videos in slot order. QA rows become one-turn dialogues, so the same loader feeds alignment
(captions/QA) and instruction tuning (dialogues).
"""

from __future__ import annotations

import json
import os
import random
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from torch.utils.data import Dataset

from gpt4video.conversation import ConversationEncoder, Encoded


class DataFormatError(ValueError):
    """A data file is malformed; the message names the file and line."""


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """Rows of a JSONL file; a bad line raises :class:`DataFormatError` naming it. Blank lines are skipped."""
    path = Path(path)
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as e:
                    raise DataFormatError(f"{path}:{n}: not valid JSON ({e.msg})") from None
                if not isinstance(row, dict):
                    raise DataFormatError(f"{path}:{n}: expected a JSON object")
                yield row
    except UnicodeDecodeError as e:
        raise DataFormatError(f"{path}: not UTF-8 ({e.reason} at byte {e.start})") from None
    except FileNotFoundError:
        raise DataFormatError(f"{path}: file not found") from None


def write_jsonl(path: str | Path, rows: Iterable[dict[str, Any]]) -> Path:
    """Write rows as JSONL atomically (temp file, then rename): an interrupted write never leaves half a file.

    Keys keep their insertion order and nothing else varies, so the same rows give byte-identical files.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return path


def resolve_videos(messages: Sequence[dict[str, Any]], root: Path) -> list[dict[str, Any]]:
    """Copy of ``messages`` with relative video paths made absolute against the dataset folder."""
    out = []
    for m in messages:
        content = m.get("content")
        if isinstance(content, list):
            content = [
                {**p, "path": str(root / p["path"])}
                if isinstance(p, dict) and p.get("type") == "video" and "path" in p
                else p
                for p in content
            ]
        out.append({**m, "content": content})
    return out


def qa_to_messages(row: dict[str, Any]) -> list[dict[str, Any]]:
    """A QA row ``{"video", "question", "answer"}`` as a one-turn dialogue about the video."""
    content = [{"type": "video", "path": row["video"]}, {"type": "text", "text": row["question"]}]
    return [{"role": "user", "content": content}, {"role": "assistant", "content": row["answer"]}]


def qa_dialogues(rows: Iterable[dict[str, Any]], turns: int, seed: int) -> list[list[dict[str, Any]]]:
    """QA rows grouped by clip into dialogues of up to ``turns`` question/answer turns, video in the first.

    Each clip's questions are shuffled (seeded by ``seed`` and the clip) before being cut into dialogues, so no
    kind of question always comes first; clips keep their file order.
    """
    by_clip: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_clip[row["video"]].append(row)
    out = []
    for video, clip_rows in by_clip.items():
        random.Random(f"{seed}:{video}").shuffle(clip_rows)
        for i in range(0, len(clip_rows), turns):
            chunk = clip_rows[i : i + turns]
            messages = qa_to_messages(chunk[0])
            for row in chunk[1:]:
                messages.append({"role": "user", "content": row["question"]})
                messages.append({"role": "assistant", "content": row["answer"]})
            out.append(messages)
    return out


class DialogueDataset(Dataset):
    """Message lists from a dataset folder: ``dialogues.jsonl`` rows and, optionally, ``qa.jsonl`` rows.

    ``types`` filters dialogue rows by their ``type`` (understanding, generation, multi_video, safety, …).
    With ``qa_turns`` > 1 the QA rows of a clip become dialogues of up to that many turns (:func:`qa_dialogues`).
    Extra message lists (e.g. safety dialogues, which need no video files) can be appended with ``extra``.
    """

    def __init__(
        self,
        root: str | Path,
        *,
        dialogues: bool = True,
        qa: bool = False,
        captions: bool = False,
        types: Sequence[str] | None = None,
        qa_turns: int = 1,
        seed: int = 0,
        extra: Sequence[list[dict[str, Any]]] = (),
    ) -> None:
        self.root = Path(root)
        self.samples: list[list[dict[str, Any]]] = []
        if captions:
            for row in read_jsonl(self.root / "clips.jsonl"):
                q = {"video": row["path"], "question": "Describe the video.", "answer": row["caption"]}
                self.samples.append(resolve_videos(qa_to_messages(q), self.root))
        if qa:
            rows = read_jsonl(self.root / "qa.jsonl")
            grouped = qa_dialogues(rows, qa_turns, seed) if qa_turns > 1 else map(qa_to_messages, rows)
            self.samples += [resolve_videos(m, self.root) for m in grouped]
        if dialogues:
            for row in read_jsonl(self.root / "dialogues.jsonl"):
                if types is None or row.get("type") in types:
                    self.samples.append(resolve_videos(row["messages"], self.root))
        self.samples += [list(m) for m in extra]

    def __len__(self) -> int:
        return len(self.samples)

    def __getitem__(self, i: int) -> list[dict[str, Any]]:
        return self.samples[i]

    def encode(self, i: int, encoder: ConversationEncoder) -> Encoded:
        """Sample ``i`` as token ids and assistant-only labels, ready for :meth:`GPT4Video.forward`."""
        return encoder.encode(self.samples[i], add_generation_prompt=False)
