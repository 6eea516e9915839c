"""The paper's instruction-data builder: captioned videos → LLM-written dialogues → training conversations.

GPT4Video (Wang et al. 2023) made its video instruction data with GPT-4 from captioned videos: the caption
stands in for the video as ``<video> caption </video>`` and the LLM writes three dialogues between two
individuals centred on it; for multi-video dialogues the captions of semantically similar videos, found by
text retrieval, are written ``<video1> … </video1> <video2> … </video2>``. This module does that against any
OpenAI-compatible ``/chat/completions`` endpoint, robustly enough for tens of thousands of captions:

* **Input** (:func:`read_captions`): CSV with ``id`` and ``caption`` columns (others ignored) or JSONL with
  ``{"id": …, "caption": …}``; any problem raises :class:`BuilderInputError` naming the file and line.
  Captions are whitespace-normalised.
* **Requests** (:class:`ChatClient`): async httpx, at most ``concurrency`` in flight, a per-request deadline,
  at most ``max_attempts`` attempts with exponential back-off and jitter (``Retry-After`` honoured, capped at
  ``max_delay``). Connect errors, timeouts, 408/425/429, 5xx and answers that do not validate are retried;
  other 4xx fail the id at once; 401/403/404 abort the run (:class:`EndpointError`), since every request
  would fail alike.
* **Validation** (:func:`parse_dialogues`): code fences stripped, the first JSON value pulled out of prose,
  minor shapes accepted, exactly three dialogues of ≥ 2 non-empty turns required, speakers made A/B.
* **Output** (:func:`build_dialogues`): append-only JSONL, **one line per source id** holding its three
  dialogues (schema in :func:`build_dialogues`), flushed and fsynced line by line. An id whose attempts are
  spent goes to the sibling ``<output stem>.failed.jsonl`` with its error, and the run goes on.
* **Resume**: ids already in the output are skipped; a torn last line from a crash is cut off first.
  Ids in the failed file are tried again unless ``retry_failed=False``. Resume goes by id, so keep one
  output file per mode (single/multi-video) and prompt.
* **Deduplication**: ids whose request would be identical (same caption, and in multi-video mode the same
  companions) share **one** request; every such id still gets its own line, marked ``reused_from``. Answers
  already in the output are reused the same way on resume.
"""

from __future__ import annotations

import asyncio
import csv
import email.utils
import io
import json
import logging
import os
import random
import re
import time
from collections import deque
from collections.abc import Coroutine, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING, Any, Literal

import httpx
from tqdm.auto import tqdm

from gpt4video.protocol import neutralize_user_text

if TYPE_CHECKING:
    from gpt4video.text_embedding import SentenceEmbedder

try:  # POSIX only; elsewhere two builders on one output are simply not prevented
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

NUM_DIALOGUES = 3
MIN_TURNS = 2

# --------------------------------------------------------------------------------------------------------
# Prompt: the paper's recipe. The caption stands in for the video inside <video> tags; the LLM writes three
# dialogues between two individuals (not a user and an AI assistant) so the data reads like people talking
# about something they both watched. Placeholders use string.Template ($videos, $count) so the JSON braces in
# the answer format need no escaping and braces in captions are never interpreted.
# --------------------------------------------------------------------------------------------------------

SYSTEM_PROMPT = (
    "You write training data for a multimodal model that watches videos. You cannot see the videos: each one "
    "is described by a caption written between video tags, such as <video> caption </video>. Write natural, "
    "varied dialogues between two individuals, Person A and Person B, who talk about the video as if they had "
    "both just watched it. They are two people, not a user and an AI assistant. Person A usually asks, remarks "
    "or wonders; Person B answers, explains or adds details. Keep to what the caption supports: do not invent "
    "details that contradict it, and never mention captions, tags or descriptions; speak of 'the video'. "
    "Reply with JSON only, no other text."
)

ANSWER_FORMAT = '{"dialogues": [[{"speaker": "A", "text": "..."}, {"speaker": "B", "text": "..."}, ...], [...], [...]]}'

SINGLE_VIDEO_PROMPT = (
    "$videos\n\n"
    "Write exactly three different dialogues between two individuals, Person A and Person B, centred on the "
    "video above. Each dialogue starts with Person A, alternates between A and B and has at least two turns "
    "(four to eight is best); the three dialogues should look at the video from different angles (what "
    "happens, why, details, what might come next). Return only JSON of this form:\n" + ANSWER_FORMAT
)

MULTI_VIDEO_PROMPT = (
    "$videos\n\n"
    "These $count videos have related content. Write exactly three different dialogues between two "
    "individuals, Person A and Person B, that compare or relate the videos: what they share, how they "
    "differ, and how one connects to another. Refer to them as the first video, the second video, and so on. "
    "Each dialogue starts with Person A, alternates between A and B and has at least two turns (four to eight "
    "is best). Return only JSON of this form:\n" + ANSWER_FORMAT
)


@dataclass(frozen=True)
class PromptTemplate:
    """System message plus user-message templates for one and several videos (``$videos``, ``$count``)."""

    system: str = SYSTEM_PROMPT
    single: str = SINGLE_VIDEO_PROMPT
    multi: str = MULTI_VIDEO_PROMPT

    def messages(self, captions: Sequence[str]) -> list[dict[str, str]]:
        """Chat messages asking for dialogues about these captions (anchor first); tags inside are defused."""
        if not captions:
            raise ValueError("at least one caption is needed")
        safe = [neutralize_user_text(c) for c in captions]
        if len(safe) == 1:
            videos, template = f"<video> {safe[0]} </video>", self.single
        else:
            videos = " ".join(f"<video{k}> {c} </video{k}>" for k, c in enumerate(safe, 1))
            template = self.multi
        user = Template(template).safe_substitute(videos=videos, count=str(len(safe)))
        return [{"role": "system", "content": self.system}, {"role": "user", "content": user}]


PAPER_PROMPT = PromptTemplate()

# --------------------------------------------------------------------------------------------------------
# Input
# --------------------------------------------------------------------------------------------------------


class BuilderInputError(ValueError):
    """A caption or output file cannot be used; the message starts with ``file:line:``."""

    def __init__(self, path: str | os.PathLike[str], line: int | None, problem: str) -> None:
        self.path = str(path)
        self.line = line
        self.problem = problem
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class CaptionRecord:
    """One captioned video; ``line`` is where it starts in the input, for messages."""

    id: str
    caption: str
    line: int


def clean_caption(text: str) -> str:
    """Collapse whitespace, so captions that differ only in spacing count as identical and prompts stay tidy."""
    return " ".join(text.split())


def read_captions(path: str | os.PathLike[str], fmt: Literal["csv", "jsonl"] | None = None) -> list[CaptionRecord]:
    """Read ``id, caption`` records from CSV or JSONL (``fmt`` guessed from the suffix, then the content).

    Rejects, naming the line: non-UTF-8 bytes, a missing column/key, an empty id or caption, a duplicate id,
    a line that is not a JSON object; and a file with no records at all.
    """
    path = Path(path)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise BuilderInputError(path, line, f"not UTF-8 (byte 0x{raw[e.start]:02x})") from None
    if fmt is None:
        suffix = path.suffix.lower()
        if suffix in (".jsonl", ".ndjson", ".json"):
            fmt = "jsonl"
        elif suffix == ".csv":
            fmt = "csv"
        else:
            fmt = "jsonl" if text.lstrip().startswith("{") else "csv"
    rows = _jsonl_rows(path, text) if fmt == "jsonl" else _csv_rows(path, text)
    records: list[CaptionRecord] = []
    first_line: dict[str, int] = {}
    for line, vid, caption in rows:
        if vid in first_line:
            raise BuilderInputError(path, line, f"duplicate id {vid!r} (first on line {first_line[vid]})")
        first_line[vid] = line
        records.append(CaptionRecord(vid, caption, line))
    if not records:
        raise BuilderInputError(path, None, "no captions in the file")
    return records


def _checked(path: Path, line: int, vid: Any, caption: Any) -> tuple[int, str, str]:
    if isinstance(vid, bool) or not isinstance(vid, str | int):
        raise BuilderInputError(path, line, f"id must be a string or an integer, got {type(vid).__name__}")
    vid = str(vid).strip()
    if not vid:
        raise BuilderInputError(path, line, "empty id")
    if not isinstance(caption, str):
        raise BuilderInputError(path, line, f"caption must be a string, got {type(caption).__name__}")
    caption = clean_caption(caption)
    if not caption:
        raise BuilderInputError(path, line, f"empty caption for id {vid!r}")
    return line, vid, caption


def _jsonl_rows(path: Path, text: str) -> Iterator[tuple[int, str, str]]:
    for line, content in enumerate(text.split("\n"), 1):  # not splitlines(): JSON strings may hold U+2028
        if not content.strip():
            continue
        try:
            obj = json.loads(content)
        except ValueError as e:
            raise BuilderInputError(path, line, f"invalid JSON ({e.msg})") from None
        if not isinstance(obj, dict):
            raise BuilderInputError(path, line, "expected a JSON object with 'id' and 'caption'")
        for key in ("id", "caption"):
            if key not in obj:
                raise BuilderInputError(path, line, f"missing key {key!r}")
        yield _checked(path, line, obj["id"], obj["caption"])


def _csv_rows(path: Path, text: str) -> Iterator[tuple[int, str, str]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    header: list[str] | None = None
    cols: dict[str, int] = {}
    end = 0  # last physical line consumed; a quoted caption may span several
    try:
        for row in reader:
            start, end = end + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if header is None:
                header = [cell.strip().lower() for cell in row]
                missing = [c for c in ("id", "caption") if c not in header]
                if missing:
                    raise BuilderInputError(path, start, f"header lacks column(s) {', '.join(missing)}: {row}")
                cols = {c: header.index(c) for c in ("id", "caption")}
                continue
            for c, j in cols.items():
                if j >= len(row):
                    raise BuilderInputError(path, start, f"missing {c} column ({len(row)} of {len(header)} fields)")
            yield _checked(path, start, row[cols["id"]], row[cols["caption"]])
    except csv.Error as e:
        raise BuilderInputError(path, reader.line_num, f"bad CSV ({e})") from None
    if header is None:
        raise BuilderInputError(path, 1, "empty file: expected a header with 'id' and 'caption'")


# --------------------------------------------------------------------------------------------------------
# Answer validation and conversion
# --------------------------------------------------------------------------------------------------------


class InvalidAnswer(ValueError):
    """The LLM's answer is not three usable dialogues (counts as a failed attempt, so it is retried)."""


_FENCE_RE = re.compile(r"```[^\n`]*\n(.*?)```", re.DOTALL)
_START_RE = re.compile(r"[\[{]")
_MAX_JSON_STARTS = 32  # prose can hold many brackets; trying each from scratch must stay cheap
_LIST_KEYS = ("dialogues", "conversations", "dialogs", "dialogue", "conversation", "data")
_TURN_KEYS = ("turns", "dialogue", "conversation", "messages", "lines", "utterances")
_TEXT_KEYS = ("text", "content", "utterance", "message", "line", "says")
_SPEAKER_KEYS = ("speaker", "role", "name", "person", "from")
_STRING_TURN_RE = re.compile(r"^\s*\**\s*(?:person\s+)?([ab])\s*\**\s*:\s*\**\s*(.*)$", re.IGNORECASE | re.DOTALL)


def _json_values(text: str) -> Iterator[Any]:
    """JSON values in an answer: each fenced block, then the whole text, then values found inside prose."""
    for chunk in [*_FENCE_RE.findall(text), text]:
        chunk = chunk.strip()
        try:
            yield json.loads(chunk)
            continue
        except ValueError:
            pass
        decoder = json.JSONDecoder()
        pos = tries = 0
        while tries < _MAX_JSON_STARTS and (m := _START_RE.search(chunk, pos)):
            tries += 1
            try:
                value, end = decoder.raw_decode(chunk, m.start())
            except ValueError:
                pos = m.start() + 1
                continue
            yield value
            pos = end


def _pick(obj: Mapping[str, Any], keys: Sequence[str], kind: type | tuple[type, ...]) -> Any:
    lowered = {str(k).strip().lower(): v for k, v in obj.items()}
    for key in keys:
        if isinstance(lowered.get(key), kind):
            return lowered[key]
    return None


def _as_list(obj: Any, keys: Sequence[str], what: str) -> list[Any]:
    if isinstance(obj, dict):
        found = _pick(obj, keys, list)
        if found is None:
            lists = [v for v in obj.values() if isinstance(v, list)]
            if len(lists) == 1:
                found = lists[0]
            elif what == "dialogues" and len(lists) == len(obj) > 1:  # {"dialogue_1": […], "dialogue_2": […], …}
                found = lists
            else:
                raise InvalidAnswer(f"{what}: an object without a list of {what}")
        obj = found
    if not isinstance(obj, list):
        raise InvalidAnswer(f"{what}: expected a list, got {type(obj).__name__}")
    return obj


def _turn(raw: Any) -> tuple[str | None, str]:
    if isinstance(raw, str):
        m = _STRING_TURN_RE.match(raw)
        speaker, text = (m.group(1).upper(), m.group(2)) if m else (None, raw)
    elif isinstance(raw, dict):
        text = _pick(raw, _TEXT_KEYS, str)
        speaker = _pick(raw, _SPEAKER_KEYS, str)
        if text is None:
            raise InvalidAnswer(f"a turn without text: {str(raw)[:80]}")
    else:
        raise InvalidAnswer(f"a turn must be an object or a string, got {type(raw).__name__}")
    text = text.strip()
    if not text:
        raise InvalidAnswer("a turn with empty text")
    if speaker is not None:
        speaker = re.sub(r"^person\s+", "", speaker.strip().lower()) or None
    return speaker, text


def _dialogue(raw: Any, index: int) -> list[dict[str, str]]:
    turns = [_turn(t) for t in _as_list(raw, _TURN_KEYS, "turns")]
    if any(speaker is None for speaker, _ in turns):  # labels incomplete: the order says who speaks
        merged = [text for _, text in turns]
    else:
        if len({speaker for speaker, _ in turns}) > 2:
            raise InvalidAnswer(f"dialogue {index + 1} has more than two speakers")
        merged, last = [], None
        for speaker, text in turns:  # one speaker's consecutive turns are one turn
            if speaker == last:
                merged[-1] += " " + text
            else:
                merged.append(text)
            last = speaker
    if len(merged) < MIN_TURNS:
        raise InvalidAnswer(f"dialogue {index + 1} has {len(merged)} turn(s) between two speakers, needs {MIN_TURNS}")
    return [{"speaker": "AB"[i % 2], "text": text} for i, text in enumerate(merged)]


def _dialogues(value: Any) -> list[list[dict[str, str]]]:
    items = _as_list(value, _LIST_KEYS, "dialogues")
    if len(items) != NUM_DIALOGUES:
        raise InvalidAnswer(f"expected {NUM_DIALOGUES} dialogues, got {len(items)}")
    return [_dialogue(d, i) for i, d in enumerate(items)]


def parse_dialogues(answer: str) -> list[list[dict[str, str]]]:
    """Three dialogues ``[[{"speaker": "A"|"B", "text": str}, …] × 3]`` from an LLM answer, or InvalidAnswer.

    Repairs what models commonly do (code fences, prose around the JSON, a bare list, ``conversations``
    instead of ``dialogues``, ``"A: …"`` strings, one speaker's turn split in two) but never invents content:
    anything else is rejected so the request is retried.
    """
    if not isinstance(answer, str) or not answer.strip():
        raise InvalidAnswer("empty answer")
    first_error: InvalidAnswer | None = None
    for value in _json_values(answer):
        try:
            return _dialogues(value)
        except InvalidAnswer as e:
            first_error = first_error or e
    raise first_error or InvalidAnswer(f"no JSON in the answer: {answer[:80]!r}")


def to_training_messages(videos: Sequence[str], dialogues: Sequence[Sequence[Mapping[str, str]]]) -> list[list[dict]]:
    """One OpenAI-style conversation per dialogue: A → ``user``, B → ``assistant``, videos in the first turn.

    The videos are ``{"type": "video", "id": …}`` parts (the dataset maps ids to files). A trailing user turn
    is dropped, since nothing would learn from it.
    """
    out = []
    for dialogue in dialogues:
        messages: list[dict[str, Any]] = []
        for i, turn in enumerate(dialogue):
            role = "user" if turn["speaker"] == "A" else "assistant"
            if i == 0:
                content: Any = [*({"type": "video", "id": v} for v in videos), {"type": "text", "text": turn["text"]}]
            else:
                content = turn["text"]
            messages.append({"role": role, "content": content})
        if messages and messages[-1]["role"] == "user":
            messages.pop()
        out.append(messages)
    return out


# --------------------------------------------------------------------------------------------------------
# Client
# --------------------------------------------------------------------------------------------------------


class EndpointError(RuntimeError):
    """The endpoint refuses every request alike (bad key, wrong URL or model): the run stops."""


class RequestFailed(RuntimeError):
    """All attempts for one request are spent (or its error is not worth retrying)."""

    def __init__(self, error: str, attempts: int) -> None:
        super().__init__(error)
        self.error = error
        self.attempts = attempts


class _Retryable(Exception):
    def __init__(self, error: str, retry_after: float | None = None) -> None:
        super().__init__(error)
        self.retry_after = retry_after


RETRY_STATUSES = frozenset({408, 425, 429})
FATAL_STATUSES = frozenset({401, 403, 404})


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date); None if absent or bad."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def chat_completions_url(base_url: str) -> str:
    """The endpoint URL from an OpenAI-style base URL (``https://api.openai.com/v1``) or the full URL."""
    base = base_url.rstrip("/")
    return base if base.endswith("/chat/completions") else base + "/chat/completions"


class ChatClient:
    """Asks an OpenAI-compatible endpoint for dialogues: bounded concurrency, deadlines, bounded retries.

    Use as ``async with ChatClient(...) as client: await client.generate_dialogues(messages)``.
    ``requests`` counts HTTP requests sent, ``retries`` the ones that were not a first attempt.
    """

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str | None = None,
        *,
        concurrency: int = 4,
        max_attempts: int = 4,
        timeout: float = 60.0,
        base_delay: float = 1.0,
        max_delay: float = 60.0,
        temperature: float | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        if concurrency < 1 or max_attempts < 1 or timeout <= 0 or base_delay < 0 or max_delay < 0:
            raise ValueError("concurrency and max_attempts must be ≥ 1, timeout > 0, delays ≥ 0")
        self.url = chat_completions_url(base_url)
        self.model = model
        self.max_attempts = max_attempts
        self.timeout = timeout
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.temperature = temperature
        self.extra_body = dict(extra_body or {})
        self.headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.requests = 0
        self.retries = 0
        self._semaphore = asyncio.Semaphore(concurrency)
        self._http = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout),
            limits=httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency),
        )

    async def __aenter__(self) -> ChatClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    def backoff(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait after failed attempt ``attempt`` (1-based): exponential with jitter, capped."""
        delay = self.base_delay * 2 ** (attempt - 1) * random.uniform(0.5, 1.0)
        if retry_after is not None:
            delay = max(delay, retry_after)
        return min(delay, self.max_delay)

    async def complete(self, messages: Sequence[Mapping[str, Any]]) -> str:
        """One request; the answer's text. Raises _Retryable, InvalidAnswer, RequestFailed or EndpointError."""
        body: dict[str, Any] = {"model": self.model, "messages": list(messages), **self.extra_body}
        if self.temperature is not None:
            body["temperature"] = self.temperature
        async with self._semaphore:
            self.requests += 1
            try:
                async with asyncio.timeout(self.timeout):  # a whole-request deadline, not just per read
                    response = await self._http.post(self.url, json=body, headers=self.headers)
            except (TimeoutError, httpx.TimeoutException):
                raise _Retryable(f"no answer within {self.timeout:g} s") from None
            except httpx.RequestError as e:
                raise _Retryable(f"{type(e).__name__}: {e}") from None
        status = response.status_code
        if status != 200:
            detail = f"HTTP {status}: {response.text[:200]}"
            if status in RETRY_STATUSES or status >= 500:
                raise _Retryable(detail, parse_retry_after(response.headers.get("retry-after")))
            if status in FATAL_STATUSES:
                hint = " (an OpenAI-style base_url usually ends in /v1)" if status == 404 else ""
                raise EndpointError(f"{self.url} (model {self.model!r}) refused the request: {detail}{hint}")
            raise RequestFailed(detail, 0)
        try:
            content = response.json()["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError):
            raise InvalidAnswer(f"not a chat completion: {response.text[:200]!r}") from None
        if isinstance(content, list):  # some servers return content parts
            content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
        if not isinstance(content, str):
            raise InvalidAnswer("the completion has no text content")
        return content

    async def generate_dialogues(self, messages: Sequence[Mapping[str, Any]]) -> tuple[list[list[dict]], int]:
        """Three validated dialogues and the attempts used; RequestFailed once ``max_attempts`` are spent."""
        error = ""
        for attempt in range(1, self.max_attempts + 1):
            if attempt > 1:
                self.retries += 1
            retry_after = None
            try:
                return parse_dialogues(await self.complete(messages)), attempt
            except RequestFailed as e:
                raise RequestFailed(e.error, attempt) from None
            except InvalidAnswer as e:
                error = f"invalid answer: {e}"
            except _Retryable as e:
                error, retry_after = str(e), e.retry_after
            if attempt < self.max_attempts:
                delay = self.backoff(attempt, retry_after)
                log.debug("attempt %d failed (%s); retrying in %.2f s", attempt, error, delay)
                await asyncio.sleep(delay)
        raise RequestFailed(error, self.max_attempts)


# --------------------------------------------------------------------------------------------------------
# Planning: which requests to make
# --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Job:
    """One request: its captions (anchor first) and the anchor ids that share it (identical captions)."""

    captions: tuple[str, ...]
    companions: tuple[str, ...]
    ids: tuple[str, ...]

    def videos(self, anchor: str) -> list[str]:
        """The video ids of one anchor's dialogues, anchor first."""
        return [anchor, *self.companions]


def plan_jobs(
    records: Sequence[CaptionRecord],
    *,
    multi_video: bool = False,
    companions: int = 1,
    embedder: SentenceEmbedder | None = None,
    pool: Sequence[CaptionRecord] | None = None,
) -> list[Job]:
    """Group records with identical captions into one job; in multi-video mode add retrieved companions.

    Companions come from ``pool`` (default: ``records``), one video per distinct caption (its first id), so
    a video is never paired with a copy of itself.
    """
    groups: dict[str, list[str]] = {}
    for r in records:
        groups.setdefault(r.caption, []).append(r.id)
    if not multi_video:
        return [Job((caption,), (), tuple(ids)) for caption, ids in groups.items()]
    if companions < 1:
        raise ValueError("multi-video dialogues need companions ≥ 1")
    first: dict[str, str] = {}
    for r in pool if pool is not None else records:
        first.setdefault(r.caption, r.id)
    for r in records:
        first.setdefault(r.caption, r.id)
    if len(first) < 2:
        raise ValueError("multi-video dialogues need at least two distinct captions")
    from gpt4video.data.retrieval import CaptionIndex  # lazy: loads torch

    captions = list(first)
    index = CaptionIndex([first[c] for c in captions], captions, embedder)
    row = {c: i for i, c in enumerate(captions)}
    caption_of = {first[c]: c for c in captions}
    jobs = []
    for caption, ids in groups.items():
        found = [vid for vid, _ in index.neighbours(row[caption], min(companions, len(captions) - 1))]
        jobs.append(Job((caption, *(caption_of[v] for v in found)), tuple(found), tuple(ids)))
    return jobs


# --------------------------------------------------------------------------------------------------------
# Output: append-only JSONL with resume
# --------------------------------------------------------------------------------------------------------


def failed_path_for(output_path: str | os.PathLike[str]) -> Path:
    """``out.jsonl`` → ``out.failed.jsonl`` (other names get ``.failed.jsonl`` appended)."""
    p = Path(output_path)
    return p.with_name(p.stem + ".failed.jsonl") if p.suffix == ".jsonl" else p.with_name(p.name + ".failed.jsonl")


def read_jsonl_repairing(path: Path) -> list[dict[str, Any]]:
    """The records of an append-only JSONL file, cutting off a torn last line (a crash mid-write) in place.

    A bad line anywhere but at the end cannot come from a crash, so it is an error rather than data to drop.
    """
    if not path.exists():
        return []
    raw = path.read_bytes()
    keep = raw.rfind(b"\n") + 1  # everything after the last newline is a torn write
    lines = raw[:keep].split(b"\n")[:-1]
    records: list[dict[str, Any]] = []
    for number, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or not isinstance(obj.get("id"), str):
                raise ValueError("not a record with an id")
        except ValueError:
            if number == len(lines):  # a last line garbled by a crash
                keep -= len(line) + 1
                break
            raise BuilderInputError(path, number, "not a JSON record; fix or remove the line to resume") from None
        records.append(obj)
    if keep < len(raw):
        log.warning("%s: cutting off %d byte(s) of an incomplete last line", path, len(raw) - keep)
        with open(path, "r+b") as f:
            f.truncate(keep)
            f.flush()
            os.fsync(f.fileno())
    return records


class OutputLog:
    """The output and failed files, opened for appending after resume repair; one fsynced line per write."""

    def __init__(self, output_path: str | os.PathLike[str]) -> None:
        self.path = Path(output_path)
        self.failed_path = failed_path_for(self.path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._out = open(self.path, "ab")
        try:
            if fcntl is not None:
                try:
                    fcntl.flock(self._out.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    raise RuntimeError(f"{self.path} is being written by another build") from None
            self.done = {r["id"]: r for r in read_jsonl_repairing(self.path)}
            self.failed = {r["id"]: r for r in read_jsonl_repairing(self.failed_path) if r["id"] not in self.done}
            self._failed = open(self.failed_path, "ab")
        except BaseException:
            self._out.close()
            raise

    def __enter__(self) -> OutputLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close both files (every line is already on disk)."""
        self._failed.close()
        self._out.close()

    @staticmethod
    def _append(f: Any, record: Mapping[str, Any]) -> None:
        f.write(json.dumps(record, ensure_ascii=False).encode() + b"\n")  # one write: a line is whole or torn
        f.flush()
        os.fsync(f.fileno())

    def write_done(self, record: Mapping[str, Any]) -> None:
        """Append one finished id."""
        self._append(self._out, record)
        self.done[record["id"]] = dict(record)
        self.failed.pop(record["id"], None)

    def write_failed(self, record: Mapping[str, Any]) -> None:
        """Append one id whose attempts are spent."""
        self._append(self._failed, record)
        self.failed[record["id"]] = dict(record)


# --------------------------------------------------------------------------------------------------------
# The build
# --------------------------------------------------------------------------------------------------------


@dataclass
class BuildSummary:
    """What one run did; ``done`` includes ``reused`` (lines answered without a request of their own)."""

    total: int = 0
    done: int = 0
    reused: int = 0
    skipped_resumed: int = 0
    skipped_failed: int = 0
    failed: int = 0
    requests: int = 0
    retries: int = 0
    elapsed_s: float = 0.0
    output_path: str = ""
    failed_path: str = ""
    failures: dict[str, str] = field(default_factory=dict)
    """id → last error, for this run's failures."""


def _split_work(
    jobs: Sequence[Job], out: OutputLog, retry_failed: bool, summary: BuildSummary
) -> tuple[deque[tuple[Job, list[str]]], list[tuple[Job, list[str], dict[str, Any]]]]:
    """Jobs still to request, and jobs whose answer is already in the output (identical captions)."""
    answers = {
        tuple(r["captions"]): r
        for r in out.done.values()
        if isinstance(r.get("captions"), list) and isinstance(r.get("dialogues"), list)
    }
    queue: deque[tuple[Job, list[str]]] = deque()
    reuse: list[tuple[Job, list[str], dict[str, Any]]] = []
    for job in jobs:
        pending = []
        for vid in job.ids:
            if vid in out.done:
                summary.skipped_resumed += 1
            elif vid in out.failed and not retry_failed:
                summary.skipped_failed += 1
            else:
                pending.append(vid)
        if pending and job.captions in answers:
            reuse.append((job, pending, answers[job.captions]))
        elif pending:
            queue.append((job, pending))
    return queue, reuse


def _done_record(job: Job, vid: str, model: str, dialogues: list[list[dict]], origin: str | None) -> dict[str, Any]:
    videos = job.videos(vid)
    return {
        "id": vid,
        "videos": videos,
        "captions": list(job.captions),
        "model": model,
        "dialogues": dialogues,
        "messages": to_training_messages(videos, dialogues),
        "reused_from": origin,
    }


def _failed_record(job: Job, vid: str, model: str, error: RequestFailed) -> dict[str, Any]:
    return {
        "id": vid,
        "videos": job.videos(vid),
        "captions": list(job.captions),
        "model": model,
        "error": error.error,
        "attempts": error.attempts,
        "failed_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


async def _run_all(coroutines: list[Coroutine[Any, Any, None]]) -> None:
    """Run workers together; the first error (e.g. EndpointError) cancels the rest and is raised."""
    tasks = [asyncio.create_task(c) for c in coroutines]
    try:
        if tasks:
            finished, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
            for task in finished:
                if task.exception() is not None:
                    raise task.exception()
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


async def abuild_dialogues(
    input_path: str | os.PathLike[str],
    output_path: str | os.PathLike[str],
    *,
    base_url: str,
    model: str,
    api_key_env: str = "OPENAI_API_KEY",
    concurrency: int = 4,
    max_attempts: int = 4,
    timeout: float = 60.0,
    multi_video: bool = False,
    companions: int = 1,
    embedder: SentenceEmbedder | None = None,
    limit: int | None = None,
    progress: bool = True,
    base_delay: float = 1.0,
    max_delay: float = 60.0,
    retry_failed: bool = True,
    prompt: PromptTemplate = PAPER_PROMPT,
    temperature: float | None = None,
    extra_body: Mapping[str, Any] | None = None,
    input_format: Literal["csv", "jsonl"] | None = None,
) -> BuildSummary:
    """The async body of :func:`build_dialogues` (same arguments), for callers already inside an event loop."""
    started = time.monotonic()
    if concurrency < 1 or max_attempts < 1 or timeout <= 0 or (limit is not None and limit < 0):
        raise ValueError("concurrency and max_attempts must be ≥ 1, timeout > 0 and limit ≥ 0")
    records = read_captions(input_path, input_format)
    selected = records[:limit] if limit is not None else records
    jobs = plan_jobs(selected, multi_video=multi_video, companions=companions, embedder=embedder, pool=records)
    api_key = os.environ.get(api_key_env) or None
    if api_key is None:
        log.info("$%s is not set: sending requests without an Authorization header", api_key_env)
    summary = BuildSummary(total=len(selected))
    client = ChatClient(
        base_url, model, api_key, concurrency=concurrency, max_attempts=max_attempts, timeout=timeout,
        base_delay=base_delay, max_delay=max_delay, temperature=temperature, extra_body=extra_body,
    )  # fmt: skip
    try:
        with OutputLog(output_path) as out:
            summary.output_path, summary.failed_path = str(out.path), str(out.failed_path)
            queue, reuse = _split_work(jobs, out, retry_failed, summary)
            todo = sum(len(p) for _, p in queue) + sum(len(p) for _, p, _ in reuse)
            with tqdm(total=todo, unit="id", desc="dialogues", disable=not progress) as bar:

                def finish(job: Job, pending: list[str], dialogues: list[list[dict]], origin: str | None) -> None:
                    for vid in pending:
                        out.write_done(_done_record(job, vid, model, dialogues, origin))
                        summary.done += 1
                        summary.reused += int(origin is not None)
                        origin = origin or vid  # the rest of a group reuse this id's answer
                        bar.update()

                async def worker() -> None:
                    while queue:
                        job, pending = queue.popleft()
                        try:
                            dialogues, _ = await client.generate_dialogues(prompt.messages(job.captions))
                        except RequestFailed as e:
                            log.warning("giving up on %s after %d attempt(s): %s", ", ".join(pending), e.attempts, e)
                            for vid in pending:
                                out.write_failed(_failed_record(job, vid, model, e))
                                summary.failed += 1
                                summary.failures[vid] = e.error
                                bar.update()
                            bar.set_postfix(failed=summary.failed)
                        else:
                            finish(job, pending, dialogues, None)

                for job, pending, previous in reuse:
                    finish(job, pending, previous["dialogues"], previous.get("reused_from") or previous["id"])
                await _run_all([worker() for _ in range(min(concurrency, len(queue)))])
    finally:
        await client.aclose()
        summary.requests, summary.retries = client.requests, client.retries
        summary.elapsed_s = time.monotonic() - started
    return summary


def build_dialogues(
    input_path: str | os.PathLike[str],
    output_path: str | os.PathLike[str],
    *,
    base_url: str,
    model: str,
    api_key_env: str = "OPENAI_API_KEY",
    concurrency: int = 4,
    max_attempts: int = 4,
    timeout: float = 60.0,
    multi_video: bool = False,
    companions: int = 1,
    embedder: SentenceEmbedder | None = None,
    limit: int | None = None,
    progress: bool = True,
    **options: Any,
) -> BuildSummary:
    """Write the paper's dialogues for every captioned video in ``input_path`` to ``output_path`` (JSONL).

    Runs the async builder to completion; safe to interrupt and rerun (it resumes). ``limit`` takes the
    first N input records (companions are still drawn from the whole file). ``options`` go to
    :func:`abuild_dialogues`: ``base_delay``, ``max_delay``, ``retry_failed``, ``prompt``, ``temperature``,
    ``extra_body`` (e.g. ``{"response_format": {"type": "json_object"}}``), ``input_format``.

    Each output line (one per source id)::

        {"id": "v1", "videos": ["v1", "v9"], "captions": ["…", "…"], "model": "gpt-4",
         "dialogues": [[{"speaker": "A", "text": "…"}, {"speaker": "B", "text": "…"}, …] × 3],
         "messages": [[{"role": "user", "content": [{"type": "video", "id": "v1"}, {"type": "video", "id": "v9"},
                                                    {"type": "text", "text": "…"}]},
                       {"role": "assistant", "content": "…"}, …] × 3],
         "reused_from": null}

    ``videos``/``captions`` hold the anchor first, then retrieved companions (multi-video mode);
    ``messages[i]`` is ``dialogues[i]`` as a training conversation (see :func:`to_training_messages`);
    ``reused_from`` names the id whose request produced these dialogues when the captions were identical.
    Failed ids go to :func:`failed_path_for` as ``{"id", "videos", "captions", "model", "error", "attempts",
    "failed_at"}``.
    """
    return asyncio.run(
        abuild_dialogues(
            input_path,
            output_path,
            base_url=base_url,
            model=model,
            api_key_env=api_key_env,
            concurrency=concurrency,
            max_attempts=max_attempts,
            timeout=timeout,
            multi_video=multi_video,
            companions=companions,
            embedder=embedder,
            limit=limit,
            progress=progress,
            **options,
        )
    )
