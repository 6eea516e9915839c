"""Chat templates and messages → token ids with video slots and assistant-only labels.

Like LLaVA's ``conversation.py``, the template is rendered here piece by piece rather than through the
tokenizer's Jinja template, because training needs to know exactly which tokens the assistant wrote: only
those (and the end-of-turn marker) carry a label; system, user, role headers and video tokens get -100.

A video in a message becomes a slot (and a newline): ``<video>`` ⟨video tokens⟩ ``</video>`` when the
conversation holds one video, ``<video1>`` ⟨…⟩ ``</video1>``, ``<video2>`` … when it holds several
(numbered in order of appearance, across turns, so earlier videos stay referable). In ``input_ids``
each slot is one sentinel id ``-(k + 1)`` for video ``k``; the model swaps it for that video's embeddings.

Messages follow the OpenAI chat format; content is a string or a list of parts
``{"type": "text", "text": …}`` / ``{"type": "video", "path": …}``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from transformers import PreTrainedTokenizerBase

from gpt4video.protocol import DEFAULT_TAG, neutralize_user_text

IGNORE_INDEX = -100
ROLES = ("system", "user", "assistant")


class MessageError(ValueError):
    """A message is malformed; the message says which one and why."""


@dataclass(frozen=True)
class ChatTemplate:
    """How one turn of each role is written around its content."""

    name: str
    system: str
    user: str
    assistant_prefix: str
    assistant_suffix: str
    add_bos: bool = False


TEMPLATES: dict[str, ChatTemplate] = {
    "chatml": ChatTemplate(
        "chatml",
        system="<|im_start|>system\n{}<|im_end|>\n",
        user="<|im_start|>user\n{}<|im_end|>\n",
        assistant_prefix="<|im_start|>assistant\n",
        assistant_suffix="<|im_end|>\n",
    ),
    "vicuna_v1": ChatTemplate(
        "vicuna_v1",
        system="{} ",
        user="USER: {} ",
        assistant_prefix="ASSISTANT: ",
        assistant_suffix="</s>",
        add_bos=True,
    ),
    # LLaVA's "plain" pretraining format: the request and the answer with no role markers and no system
    # prompt. Stage-1 alignment trains only the video path with the LLM frozen, so the ~50-token system
    # prompt and the role markers would be paid on every sample for nothing (95 → 45 ids for a caption).
    "plain": ChatTemplate("plain", system="", user="{}\n", assistant_prefix="", assistant_suffix="\n"),
}


def get_template(name: str) -> ChatTemplate:
    try:
        return TEMPLATES[name]
    except KeyError:
        raise MessageError(f"unknown chat template {name!r}; known: {', '.join(TEMPLATES)}") from None


@dataclass(frozen=True)
class VideoPart:
    """A video in a message: a file path, or frames already loaded (``T×H×W×3`` uint8)."""

    path: str | None = None
    frames: Any = None


@dataclass
class Message:
    role: str
    parts: list[str | VideoPart]


@dataclass
class Encoded:
    """One conversation as token ids (video slots as sentinels ``-(k+1)``), labels, and its videos in order."""

    input_ids: list[int]
    labels: list[int]
    videos: list[VideoPart] = field(default_factory=list)


def parse_messages(messages: Sequence[Mapping[str, Any]]) -> list[Message]:
    """Normalise OpenAI-style messages; raise :class:`MessageError` naming the bad message."""
    if not isinstance(messages, Sequence) or isinstance(messages, str) or not messages:
        raise MessageError("messages must be a non-empty list of {'role': ..., 'content': ...} objects")
    out = []
    for i, m in enumerate(messages):
        if not isinstance(m, Mapping) or "role" not in m:
            raise MessageError(f"message {i} must be an object with 'role' and 'content'")
        role = m["role"]
        if role not in ROLES:
            raise MessageError(f"message {i}: unknown role {role!r}; expected one of {', '.join(ROLES)}")
        content = m.get("content")
        parts: list[str | VideoPart] = []
        if isinstance(content, str):
            parts.append(content)
        elif isinstance(content, list):
            for j, part in enumerate(content):
                parts.append(_parse_part(part, i, j))
        elif content is not None:
            raise MessageError(f"message {i}: content must be a string or a list of parts")
        if role != "user" and any(isinstance(p, VideoPart) for p in parts):
            raise MessageError(f"message {i}: only user messages may carry videos")
        out.append(Message(role, parts))
    return out


def _parse_part(part: Any, i: int, j: int) -> str | VideoPart:
    kind = part.get("type") if isinstance(part, Mapping) else None
    if kind == "text" and isinstance(part.get("text"), str):
        return part["text"]
    if kind == "video":
        if part.get("frames") is not None:
            return VideoPart(frames=part["frames"])
        if isinstance(part.get("path"), str | Path):
            return VideoPart(path=str(part["path"]))
        raise MessageError(f"message {i} part {j}: a video part needs 'path' (a file) or 'frames'")
    raise MessageError(f"message {i} part {j}: expected {{'type': 'text', 'text': str}} or {{'type': 'video', ...}}")


def slot_names(num_videos: int, tag: str = DEFAULT_TAG) -> list[tuple[str, str]]:
    """Opening and closing slot text for each video: unnumbered when there is one, numbered otherwise."""
    if num_videos == 1:
        return [(f"<{tag}>", f"</{tag}>")]
    return [(f"<{tag}{k}>", f"</{tag}{k}>") for k in range(1, num_videos + 1)]


class ConversationEncoder:
    """Turn messages into :class:`Encoded` token ids and labels for one template and tokenizer."""

    def __init__(
        self, tokenizer: PreTrainedTokenizerBase, template: str | ChatTemplate, system_prompt: str | None = None,
        tag: str = DEFAULT_TAG,
    ) -> None:  # fmt: skip
        self.tokenizer = tokenizer
        self.template = get_template(template) if isinstance(template, str) else template
        self.system_prompt = system_prompt
        self.tag = tag

    def _ids(self, text: str) -> list[int]:
        return self.tokenizer(text, add_special_tokens=False).input_ids if text else []

    def encode(self, messages: Sequence[Mapping[str, Any]] | Iterable[Message], add_generation_prompt: bool) -> Encoded:
        """Encode a conversation; with ``add_generation_prompt`` it ends where the assistant's reply begins."""
        msgs = list(messages)
        msgs = msgs if msgs and isinstance(msgs[0], Message) else parse_messages(msgs)
        if self.system_prompt and msgs[0].role != "system":
            msgs = [Message("system", [self.system_prompt]), *msgs]
        videos = [p for m in msgs for p in m.parts if isinstance(p, VideoPart)]
        slots = slot_names(len(videos), self.tag)
        t = self.template
        ids: list[int] = [self.tokenizer.bos_token_id] if t.add_bos and self.tokenizer.bos_token_id is not None else []
        labels: list[int] = [IGNORE_INDEX] * len(ids)

        def add(text: str, learn: bool) -> None:
            piece = self._ids(text)
            ids.extend(piece)
            labels.extend(piece if learn else [IGNORE_INDEX] * len(piece))

        k = 0
        for m in msgs:
            if m.role == "assistant":
                add(t.assistant_prefix, False)
                add("".join(p for p in m.parts if isinstance(p, str)), True)
                add(t.assistant_suffix, True)
                continue
            if m.role == "system" and not t.system:  # a template with no system turn (plain) drops it
                continue
            fmt = t.system if m.role == "system" else t.user
            before, after = fmt.split("{}")
            add(before, False)
            for p in m.parts:
                if isinstance(p, VideoPart):
                    add(slots[k][0], False)
                    ids.append(-(k + 1))
                    labels.append(IGNORE_INDEX)
                    add(slots[k][1] + "\n", False)
                    k += 1
                else:
                    add(neutralize_user_text(p, self.tag) if m.role == "user" else p, False)
            add(after, False)
        if add_generation_prompt:
            add(t.assistant_prefix, False)
        return Encoded(ids, labels, videos)
